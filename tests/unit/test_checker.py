"""Each finding code fires where it should, stays quiet where it should, with exact spans."""
from __future__ import annotations

import json

import pytest

from app.errors import UsageError
from app.services.content.checker import CODES, Finding, check, has_errors, to_json

SIG = "/Anna, Kommunikation"


def codes(text, **kw):
    kw.setdefault("platform", "facebook")
    return [f.code for f in check(text, **kw)]


def spans(text, code, **kw):
    kw.setdefault("platform", "facebook")
    return [text[f.start:f.end] for f in check(text, **kw) if f.code == code]


def test_a_good_reply_has_no_findings():
    text = "Hej Mette\n\nTak for din besked. Læs mere på https://viborg.dk/affald\n" + SIG
    assert check(text, platform="facebook", signature=SIG, own_domains=["viborg.dk"]) == []


def test_empty_text_has_no_findings():
    assert check("", platform="x") == []
    assert check(" \n", platform="x", signature=SIG, is_late=True) == []


def test_bad_platform_or_language_is_a_usage_error():
    with pytest.raises(UsageError):
        check("Hej", platform="myspace")
    with pytest.raises(UsageError):
        check("Hej", platform="x", language="de")
    assert check("Vi ses", platform="x", language="sv_SE")[0].code == "no-greeting"
    assert check("Hej", platform="x", language="da-DK") == []


# --- id-number ----------------------------------------------------------------------------

def test_id_number_is_an_error_with_exact_span():
    text = "Hej Bo, dit nummer 811218-9876 er modtaget."
    [f] = [f for f in check(text, platform="facebook") if f.code == "id-number"]
    assert (f.severity, f.start, f.end) == ("error", 19, 30)
    assert "personnummer" in f.message
    assert [f.code for f in check("Hej Bo, CPR 111111-1118", platform="x")] == ["id-number"]
    assert "CPR" in check("Hej Bo, CPR 111111-1118", platform="x")[0].message


def test_id_numbers_are_flagged_in_private_messages_too():
    assert "id-number" in codes("Hej Bo, 701063-2391", public=False)


def test_id_number_is_not_also_a_phone():
    assert codes("Hej Bo, 0701234569") == ["id-number"]


# --- email --------------------------------------------------------------------------------

def test_private_email_in_public_reply():
    text = "Hej Bo, skriv til mette.k+test@gmail.com i morgen"
    assert spans(text, "email") == ["mette.k+test@gmail.com"]
    f = [f for f in check(text, platform="facebook") if f.code == "email"][0]
    assert f.severity == "warning"


def test_own_domains_and_private_messages_are_fine():
    text = "Hej Bo, skriv til affald@viborg.dk eller post@teknik.viborg.dk"
    assert "email" not in codes(text, own_domains=["viborg.dk"])
    assert spans(text, "email", own_domains=["malmo.se"]) == ["affald@viborg.dk", "post@teknik.viborg.dk"]
    assert "email" not in codes("Hej Bo, skriv til bo@gmail.com", public=False)
    assert spans("Hej Bo, bo@notviborg.dk", "email", own_domains=["viborg.dk"]) == ["bo@notviborg.dk"]


# --- phone --------------------------------------------------------------------------------

@pytest.mark.parametrize("number", [
    "33 66 33 66", "33663366", "3366 3366", "+45 12345678", "+4512345678", "0045 12 34 56 78",
    "070-123 45 67", "0701234567", "08-123 456 78", "+46 70 123 45 67", "+46 (0)8-123 456 78",
])
def test_phone_numbers_are_flagged_in_public(number):
    text = f"Hej Bo, ring til {number} i morgen."
    assert spans(text, "phone") == [number]
    assert codes(text, public=False) == []


@pytest.mark.parametrize("text", [
    "Hej Bo, tømning 2026-03-14 og 14.03.2026 og 14-03-2026.",
    "Hej Bo, det drejer sig om Sag 2023-004512.",
    "Hej Bo, Faktura 20230045 er betalt.",
    "Hej Bo, prisen er 1 250 000 kr.",
    "Hej Bo, se https://viborg.dk/nyheder/12345678",
    "Hej Bo, vi åbner kl. 10.00-15.30.",
])
def test_dates_case_numbers_amounts_and_urls_are_not_phones(text):
    assert "phone" not in codes(text)


def test_own_phone_numbers_are_fine_in_any_format():
    text = "Hej Bo, ring til Borgerservice på 87 87 50 00 eller +46 40 34 10 00."
    assert codes(text, own_phones=["+45 87875000", "040-34 10 00"]) == []
    assert spans(text, "phone", own_phones=["87875000"]) == ["+46 40 34 10 00"]


# --- too-long -----------------------------------------------------------------------------

def test_too_long_is_an_error_spanning_the_overflow():
    text = "Hej " + "a" * 300
    [f] = [f for f in check(text, platform="x") if f.code == "too-long"]
    assert (f.severity, f.start, f.end) == ("error", 280, 304)
    assert "304" in f.message and "280" in f.message
    assert "too-long" not in codes("Hej " + "a" * 276, platform="x")      # exactly 280


def test_too_long_uses_x_weights():
    assert "too-long" not in codes("Hej " + "😀" * 138, platform="x")     # 4 + 276
    assert "too-long" in codes("Hej " + "😀" * 139, platform="x")         # 4 + 278
    assert "too-long" not in codes("Hej " + "https://viborg.dk/" + "a" * 500, platform="x")


def test_messenger_limit():
    text = "Hej " + "a" * 2000
    assert "too-long" in codes(text, platform="facebook", kind="message")
    assert "too-long" not in codes(text, platform="facebook")
    assert "too-long" in codes(text, platform="messenger")


# --- shouting -----------------------------------------------------------------------------

def test_shouting_sentence():
    text = "Hej Bo. VI TØMMER IKKE SKRALDET I DAG! Tak."
    assert spans(text, "shouting") == ["VI TØMMER IKKE SKRALDET I DAG!"]
    assert [f.severity for f in check(text, platform="x") if f.code == "shouting"] == ["warning"]


@pytest.mark.parametrize("text", [
    "Hej Bo, husk dit CPR og MitID når du logger på.",
    "Hej Bo, EU og FN og KL er enige.",
    "Hej Bo, OK!",
    "Hej Bo, se MitID, NemID, CPR og SKAT.",
])
def test_acronyms_are_not_shouting(text):
    assert "shouting" not in codes(text)


# --- no-greeting --------------------------------------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("Hej Bo, tak.", "da"), ("hej!", "da"), ("Kære Bo", "da"), ("Goddag Bo", "da"),
    ("Tak for din besked", "da"), ("Mange tak!", "da"), ("God morgen", "da"),
    ("Hejsan Bo", "sv"), ("Tack för frågan", "sv"), ("God dag", "sv"), ("Hallå!", "sv"),
    ("Hi Bo", "en"), ("Hello", "en"), ("Dear Bo", "en"), ("Thank you", "en"), ("Thanks!", "en"),
    ("@mette_k Hej Mette", "da"), ("  \n👋 Hej", "da"), ("Hej\tBo", "sv"),
])
def test_greetings(text, language):
    assert "no-greeting" not in codes(text, language=language)


@pytest.mark.parametrize("text,word", [
    ("Vi tømmer i morgen.", "Vi"),
    ("Takket være dig", "Takket"),
    ("Hejren flyver", "Hejren"),
    ("@bo Svaret er nej", "Svaret"),
    ("Det er ordnet", "Det"),
])
def test_cold_starts(text, word):
    [f] = [f for f in check(text, platform="facebook") if f.code == "no-greeting"]
    assert f.severity == "hint"
    assert text[f.start:f.end] == word


# --- signature ----------------------------------------------------------------------------

def test_signature_missing_spans_the_last_line():
    text = "Hej Bo\nTak for din besked.\n\n"
    [f] = [f for f in check(text, platform="facebook", signature=SIG) if f.code == "signature-missing"]
    assert text[f.start:f.end] == "Tak for din besked."
    assert f.severity == "warning"
    assert "signature-missing" not in codes(text, signature=None)


def test_signature_at_the_end_with_trailing_whitespace_is_fine():
    assert codes("Hej Bo\n" + SIG + "  \n\n", signature=SIG) == []
    assert codes("Hej Bo\n/anna,  kommunikation", signature=SIG) == []


def test_signature_doubled():
    text = "Hej Bo\n" + SIG + "\n" + SIG
    [f] = [f for f in check(text, platform="facebook", signature=SIG) if f.code == "signature-doubled"]
    assert (f.start, f.end) == (len("Hej Bo\n" + SIG + "\n"), len(text))
    assert "signature-missing" not in codes(text, signature=SIG)


def test_signature_in_the_middle_is_missing_at_the_end():
    text = "Hej Bo\n" + SIG + "\nPS: husk storskrald"
    assert codes(text, signature=SIG) == ["signature-missing"]


# --- insecure-link ------------------------------------------------------------------------

def test_insecure_link():
    text = "Hej Bo, se http://viborg.dk/affald. Eller https://viborg.dk/sne"
    assert spans(text, "insecure-link") == ["http://viborg.dk/affald"]
    assert "insecure-link" not in codes("Hej Bo, se https://viborg.dk og www.viborg.dk/x")


# --- late-no-apology ----------------------------------------------------------------------

def test_late_without_apology():
    text = "Hej Bo\nLampen er skiftet."
    [f] = [f for f in check(text, platform="facebook", is_late=True) if f.code == "late-no-apology"]
    assert (f.start, f.end, f.severity) == (0, 6, "warning")
    assert "late-no-apology" not in codes(text, is_late=False)


@pytest.mark.parametrize("text", [
    "Hej Bo, undskyld ventetiden.", "Hej Bo, vi beklager det sene svar.",
    "Hej Bo, vi ber om ursäkt.", "Hej, förlåt dröjsmålet.", "Hej, vi beklagar.",
    "Hi Bo, sorry for the wait.", "Hi, apologies for the delay.", "Hej, Undskyld!",
])
def test_late_with_apology(text):
    assert "late-no-apology" not in codes(text, is_late=True)


# --- output -------------------------------------------------------------------------------

def test_findings_are_sorted_and_json_serialisable():
    text = "VI ER LUKKET I DAG ALLESAMMEN. Ring 33 66 33 66, CPR 111111-1118, http://a.dk/x"
    findings = check(text, platform="x", signature=SIG, is_late=True)
    assert [f.start for f in findings] == sorted(f.start for f in findings)
    assert set(f.code for f in findings) == {"shouting", "no-greeting", "phone", "id-number",
                                             "insecure-link", "signature-missing", "late-no-apology"}
    data = json.loads(to_json(findings))
    assert data[0].keys() == {"code", "severity", "start", "end", "message"}
    assert all(d["severity"] in ("error", "warning", "hint") for d in data)
    assert has_errors(findings)
    assert not has_errors([Finding("phone", "warning", 0, 1, "x")])


def test_codes_are_stable():
    assert CODES == ("id-number", "email", "phone", "too-long", "shouting", "no-greeting",
                     "signature-missing", "signature-doubled", "insecure-link", "late-no-apology",
                     "invalid-character")
