"""Issue 14.7: CPR numbers that fail modulus 11 (real since 2007), more written forms, and the
detection and false-alarm rates measured over generated cases.

The generators build numbers from first principles (calendar dates, the CPR century rule,
modulus 11 by hand), never with the code under test.
"""
from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from app.services.content import checker
from app.services.content.idnumbers import CPR, PERSONNUMMER, POSSIBLE_CPR, find_id_numbers

WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)


def mod11(ten: str) -> int:
    return sum(int(c) * w for c, w in zip(ten, WEIGHTS)) % 11


def luhn_ok(ten: str) -> bool:
    total = 0
    for i, ch in enumerate(ten):
        product = int(ch) * (2 if i % 2 == 0 else 1)
        total += product // 10 + product % 10
    return total % 10 == 0


def cpr(rng: random.Random, *, passes_mod11: bool) -> str:
    """A CPR number of someone born 1937-2025 (7th digit 0-3 for 19xx, 4 for 2000-2036)."""
    while True:
        born = date(1937, 1, 1) + timedelta(days=rng.randrange(0, 89 * 365))
        seventh = rng.choice("0123") if born.year < 2000 else "4"
        ten = born.strftime("%d%m%y") + seventh + f"{rng.randrange(1000):03d}"
        if (mod11(ten) == 0) == passes_mod11:
            return ten


def test_a_failing_modulus_11_number_written_bare_is_a_possible_cpr_number():
    # 0102031235: 1 Feb 2003, fails modulus 11: a real CPR number since 2007
    assert mod11("0102031235") != 0
    spans = find_id_numbers("Mit nummer er 0102031235, tak", "da")
    assert [(s.kind, s.value) for s in spans] == [(POSSIBLE_CPR, "0102031235")]
    assert [s.kind for s in find_id_numbers("2412801234", "da")] == [POSSIBLE_CPR]
    assert [s.kind for s in find_id_numbers("2412801234")] == [POSSIBLE_CPR]


@pytest.mark.parametrize("text,value", [
    ("født 24.12.80-1234 i Viborg", "24.12.80-1234"),
    ("241280 1234", "241280 1234"),
    ("241280 - 1234", "241280 - 1234"),
    ("24.12.80 1234", "24.12.80 1234"),
    ("２４１２８０－１２３４", "２４１２８０－１２３４"),       # full-width digits and dash
    ("241280\u20111234", "241280\u20111234"),               # non-breaking hyphen
])
def test_more_written_forms_of_a_cpr_number(text, value):
    spans = find_id_numbers(text, "da")
    assert [s.value for s in spans] == [value]
    assert spans[0].kind in (CPR, POSSIBLE_CPR)
    assert text[spans[0].start:spans[0].end] == value


def test_a_danish_number_is_called_a_cpr_number_on_a_danish_account():
    # 100380-0004: 10 Mar 1980 as CPR, and 2010-03-80? no: as YYMMDD 10-03-80 is day 80,
    # a samordningsnummer date; search one that is both a CPR date and a valid personnummer.
    both = next(n for n in (f"010203{i:04d}" for i in range(10000)) if luhn_ok(n))
    assert [s.kind for s in find_id_numbers(both[:6] + "-" + both[6:], "da")] == [CPR]
    assert [s.kind for s in find_id_numbers(both[:6] + "-" + both[6:], "sv")] == [PERSONNUMMER]
    findings = checker.check("Dit nummer " + both[:6] + "-" + both[6:], platform="facebook", language="da")
    assert any("CPR" in f.message for f in findings)
    assert not any("personnummer" in f.message for f in findings)


def test_detection_rate_over_generated_cpr_numbers():
    rng = random.Random(14)
    forms = [lambda n: n[:6] + "-" + n[6:], lambda n: n, lambda n: n[:6] + " " + n[6:],
             lambda n: f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:]}", lambda n: "CPR " + n]
    sentences = ["Mit CPR er {}.", "Hej, det drejer sig om {} – kan I hjælpe?", "{}", "Søn: {}, tak"]
    cases = found = certain = 0
    for i in range(400):
        number = cpr(rng, passes_mod11=i % 3 == 0)       # most numbers since 2007 fail it
        text = rng.choice(sentences).format(forms[i % len(forms)](number))
        spans = find_id_numbers(text, "da")
        cases += 1
        found += bool(spans)
        certain += bool(spans) and spans[0].kind == CPR
    assert found / cases >= 0.99, f"detected {found}/{cases}"
    # with a dash, a dotted date, a "CPR" word or modulus 11 the warning is certain
    assert certain / cases >= 0.6


def test_false_alarm_rate_on_phone_order_and_invoice_numbers():
    rng = random.Random(41)
    texts = []
    for _ in range(100):    # Danish phone numbers: 8 digits, spaced or not, with +45
        n = f"{rng.randrange(20, 100)}{rng.randrange(10**6):06d}"
        texts.append(rng.choice(["Ring på {}", "tlf. {}", "{}", "+45 {}"]).format(
            rng.choice([n, f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}", f"{n[:4]} {n[4:]}"])))
    for _ in range(100):    # Swedish phone numbers: 0 + area/mobile prefix, 10 digits
        n = "07" + rng.choice("02369") + f"{rng.randrange(10**7):07d}"
        texts.append(rng.choice(["Ring {}", "mobil: {}", "{}", "Tel {}"]).format(
            rng.choice([n, f"{n[:3]}-{n[3:6]} {n[6:8]} {n[8:]}", "+46" + n[1:]])))
    for _ in range(100):    # order and invoice numbers, with their words
        n = f"{rng.randrange(10**9, 10**10)}"
        texts.append(rng.choice(["Ordre {}", "Faktura nr. {}", "Ordrenr. {}", "kundenummer {}",
                                 "Ärende {}", "OCR {}"]).format(
            rng.choice([n, n[:6] + "-" + n[6:], f"{n}{rng.randrange(10)}", n[:8]])))
    def lang(text):
        return "sv" if "07" in text else "da"
    alarms = [t for t in texts if find_id_numbers(t, lang(t))]
    certain = [t for t in alarms if any(s.kind != POSSIBLE_CPR for s in find_id_numbers(t, lang(t)))]
    # What is left are numbers that pass a checksum by chance (~1 in 11 of the date-valid):
    # reported on purpose, one confirm too many is cheaper than a published ID number.
    assert len(alarms) / len(texts) <= 0.03, alarms
    assert len(certain) / len(texts) <= 0.02, certain


def test_checker_warns_on_a_possible_cpr_number():
    findings = checker.check("Dit nummer 0102031235 er noteret.", platform="facebook", language="da")
    assert [f.code for f in findings if f.code == "id-number"] == ["id-number"]
    assert any("may be" in f.message for f in findings)
