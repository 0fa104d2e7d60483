"""Turning real conversations into training cases: nothing that identifies a person survives."""
from __future__ import annotations

import pytest

from app.services.content.anonymise import anonymise, case_from_conversation
from app.services.content.idnumbers import find_id_numbers

HOSTILE = [
    # (language, given names, marked places, text, strings that must be gone)
    ("da", ["Anna Jensen"], ["Viborg"],
     "Hej, jeg hedder Anna Jensen og bor på Søndergade 12, 2. th i Viborg. Min CPR er 010203-1234 og "
     "mit tlf 20 30 40 50. Skriv til anna.j@gmail.com eller se https://facebook.com/anna.jensen.9. Hilsen\nAnna",
     ["Anna", "Jensen", "Søndergade", "Viborg", "010203-1234", "20 30 40 50", "anna.j@gmail.com", "facebook.com"]),
    ("da", [], [], "Kære Mette, min søn Oliver (0102031234) blev mobbet på Hald Ege Skole. Ring +45 2030 4050.",
     ["Mette", "0102031234", "2030 4050"]),
    ("sv", ["Sven Ek"], [], "Hej Karin! Jag heter Sven Ek, personnummer 19811218-9876, ring 070-123 45 67. "
     "Bor på Storgatan 3. @sven_ek www.example.se/sven", ["Sven", "Karin", "19811218-9876", "070-123 45 67",
                                                          "Storgatan", "@sven_ek", "example.se"]),
    ("sv", [], [], "Mitt namn är Lena Holm och jag bor på Ringvägen 44B i Malmö. Med vänlig hälsning\nLena Holm",
     ["Lena", "Holm", "Ringvägen"]),
    ("da", ["Ole"], [], "ole@ole.dk skrev: <script>alert('Ole')</script> OLE ole Ole-Bent", ["ole@ole.dk", "'Ole'"]),
]


@pytest.mark.parametrize("language, names, places, text, gone", HOSTILE)
def test_hostile_cases_leave_nothing_identifying(language, names, places, text, gone):
    clean, replaced = anonymise(text, language=language, names=names, places=places)
    for secret in gone:
        assert secret.casefold() not in clean.casefold(), (secret, clean)
    assert not find_id_numbers(clean)
    assert replaced and all(r.original for r in replaced)


def test_what_is_not_personal_stays():
    text = "Hvornår åbner genbrugspladsen i 2026? Den var lukket den 24.12 kl. 10."
    clean, replaced = anonymise(text)
    assert clean == text and replaced == []


def test_a_person_keeps_one_pseudonym_through_the_case():
    scenario, replaced = case_from_conversation(
        [("Anna Jensen", "Hej, hvornår åbner svømmehallen? Mvh Anna"),
         ("Viborg Kommune", "Hej Anna. Den åbner mandag."),
         ("Anna Jensen", "Tak! Anna Jensen")],
        language="da", platform="facebook", kind="comment")
    author = scenario["author"]
    assert author and author != "Anna Jensen"
    first = author.split()[0]
    assert scenario["text"].endswith(first)
    assert scenario["thread"][0]["text"] == f"Hej {first}. Den åbner mandag."
    assert scenario["thread"][1]["text"] == f"Tak! {author}"
    assert {r.original for r in replaced} >= {"Anna Jensen", "Anna"}


def test_labels_follow_the_language():
    assert anonymise("ring 0701234567", language="sv")[0] == "ring [nummer]"
    assert anonymise("se https://x.dk/a", language="sv")[0] == "se [länk]"
    assert anonymise("se https://x.dk/a.", language="da")[0] == "se [link]."
