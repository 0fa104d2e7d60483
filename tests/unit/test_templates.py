from __future__ import annotations

import json

import pytest

from app.errors import UsageError
from app.services.content import templates as tpl
from app.services.content.checker import check
from app.services.content.signatures import append_signature
from app.services.content.templates import (
    CATEGORIES,
    KNOWN_PLACEHOLDERS,
    MissingValuesError,
    Template,
    context_values,
    default_templates,
    export_json,
    import_json,
    missing,
    placeholders,
    render,
)

ALL_VALUES = {
    "author_first_name": "Mette", "author_name": "Mette Kristensen", "account_name": "Viborg Kommune",
    "institution": "Teknik & Miljø", "link": "https://viborg.dk/affald", "case_channel": "borger.dk",
    "my_name": "Anna Jensen", "my_first_name": "Anna", "topic": "tømningen", "answer_by": "fredag",
    "contact": "Borgerservice",
}


def test_categories_are_the_stable_keys():
    assert CATEGORIES == ("holding", "answer", "referral", "link", "thanks", "critical",
                          "spam_threat", "late_apology")
    for key in CATEGORIES:
        assert tpl.category_label(key) and tpl.category_label(key) != key


def test_placeholders_in_order_each_once():
    body = "Hej {author_first_name}, se {link}. Mvh {my_name} – {author_first_name}"
    assert placeholders(body) == ["author_first_name", "link", "my_name"]
    assert placeholders("Ingen pladsholdere") == []
    assert placeholders("{{ikke}} en {link}") == ["link"]


def test_render_every_placeholder():
    body = " | ".join(f"{{{name}}}" for name in KNOWN_PLACEHOLDERS)
    assert render(body, ALL_VALUES) == " | ".join(ALL_VALUES[name] for name in KNOWN_PLACEHOLDERS)


def test_render_literal_braces_and_no_format_tricks():
    assert render("{{x}} {link}", {"link": "https://a.dk"}) == "{x} https://a.dk"
    assert render("{topic}", {"topic": "{link}"}) == "{link}"   # values are not re-scanned


def test_missing_values_are_reported_not_sent():
    body = "Hej {author_first_name}, læs {link} eller skriv til {case_channel}"
    values = {"author_first_name": "Bo", "link": "  ", "case_channel": None}
    assert missing(body, values) == ["link", "case_channel"]
    with pytest.raises(MissingValuesError) as info:
        render(body, values)
    assert info.value.names == ["link", "case_channel"]
    assert isinstance(info.value, UsageError)
    assert missing(body, {**values, "link": "https://a.dk", "case_channel": "borger.dk"}) == []


def test_custom_placeholders_are_asked_for_too():
    assert missing("Zone {parking_zone}", {}) == ["parking_zone"]
    assert render("Zone {parking_zone}", {"parking_zone": "B"}) == "Zone B"


@pytest.mark.parametrize("body", ["Hej {author first name}", "Hej {", "}", "Hej {link", "{Link}"])
def test_malformed_braces_are_usage_errors(body):
    with pytest.raises(UsageError):
        placeholders(body)


def test_context_values():
    values = context_values(author_name="  Mette   Marie Kristensen ", account_name="Viborg Kommune",
                            institution="Kommunikation", my_name="Anna Jensen", link="https://viborg.dk",
                            case_channel=None, topic="")
    assert values == {
        "author_name": "Mette Marie Kristensen", "author_first_name": "Mette",
        "account_name": "Viborg Kommune", "institution": "Kommunikation",
        "my_name": "Anna Jensen", "my_first_name": "Anna", "link": "https://viborg.dk",
    }
    assert context_values() == {}


# --- default packs ------------------------------------------------------------------------

DEFAULTS = default_templates()


@pytest.mark.parametrize("language", ["da", "sv", "en"])
@pytest.mark.parametrize("category", CATEGORIES)
def test_every_category_has_two_defaults_per_language(language, category):
    assert len(tpl.by_category(DEFAULTS, category, language)) >= 2


def test_default_language_filter():
    assert default_templates("sv") and all(t.language == "sv" for t in default_templates("sv"))


@pytest.mark.parametrize("template", DEFAULTS, ids=lambda t: f"{t.language}:{t.name}")
def test_default_templates_are_clean(template):
    assert set(placeholders(template.body)) <= set(KNOWN_PLACEHOLDERS)
    text = render(template.body, ALL_VALUES)
    assert "{" not in text and "}" not in text
    # warm, signed, polite: the checker has nothing to say about a default reply
    signed = append_signature(text, "/Anna, Kommunikation")
    findings = check(signed, platform="facebook", language=template.language,
                     signature="/Anna, Kommunikation", is_late=template.category == "late_apology")
    assert findings == []


def test_default_packs_use_the_pack_format():
    for path in sorted(tpl.templates_dir().glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["format"] == "svarbox-templates" and data["version"] == 1
        assert {t["language"] for t in data["templates"]} == {path.stem}


# --- import / export ----------------------------------------------------------------------

def test_export_import_round_trip(tmp_path):
    mine = [Template("Tak, æøå", "thanks", "da", "Hej {author_first_name}\n\nTusind tak! 🙏"),
            Template("Hänvisning", "referral", "sv", "Hej! Använd {case_channel}. {{inte}}")]
    path = tmp_path / "team.json"
    export_json(mine, path)
    raw = path.read_text(encoding="utf-8")
    assert "æøå" in raw                                   # readable, not \u escapes
    assert json.loads(raw)["format"] == "svarbox-templates"
    assert import_json(path) == mine
    assert tpl.load_pack(path) == mine


def _write(tmp_path, data) -> str:
    path = tmp_path / "pack.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return str(path)


def _pack(*templates, **top):
    return {"format": "svarbox-templates", "version": 1, "templates": list(templates), **top}


GOOD = {"name": "Tak", "category": "thanks", "language": "da", "body": "Hej {author_first_name}"}


@pytest.mark.parametrize("data,words", [
    ('{"format": "svarbox-templates", "version": 1, "templates": [', "not valid JSON"),
    ("", "not valid JSON"),
    ([], "not a Svarbox template file"),
    ({"format": "other", "version": 1, "templates": []}, "not a Svarbox template file"),
    (_pack(version="1"), "version"),
    (_pack(version=2), "newer Svarbox"),
    ({"format": "svarbox-templates", "version": 1}, "\"templates\" must be a list"),
    (_pack("x"), "template 1 is not an object"),
    (_pack({**GOOD, "body": ""}), "\"body\""),
    (_pack({k: v for k, v in GOOD.items() if k != "name"}), "\"name\""),
    (_pack(GOOD, {**GOOD, "category": "jokes"}), "template 2 “Tak” has unknown category “jokes”"),
    (_pack({**GOOD, "language": "de"}), "unknown language “de”"),
    (_pack({**GOOD, "body": "Hej {author first}"}), "Unmatched"),
    (_pack(GOOD, GOOD), "appears twice"),
])
def test_malformed_packs_are_clear_usage_errors(tmp_path, data, words):
    path = _write(tmp_path, data)
    with pytest.raises(UsageError) as info:
        import_json(path)
    assert words in str(info.value)
    assert str(path) in str(info.value)


def test_missing_file(tmp_path):
    with pytest.raises(UsageError, match="no such file"):
        import_json(tmp_path / "nope.json")


def test_same_name_in_two_languages_is_fine(tmp_path):
    path = _write(tmp_path, _pack(GOOD, {**GOOD, "language": "sv"}))
    assert [t.language for t in import_json(path)] == ["da", "sv"]
