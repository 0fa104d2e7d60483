from __future__ import annotations

import pytest

from app.services.content.signatures import (
    DEFAULT_SIGNATURE_FORM,
    append_signature,
    count_signature,
    ends_with_signature,
    render_signature,
    resolve_form,
    sign_outgoing,
    signature_for,
)

SIG = "/Anna, Kommunikation"


def test_default_form_renders_first_name_and_institution():
    assert DEFAULT_SIGNATURE_FORM == "/{my_first_name}, {institution}"
    assert render_signature(None, "Anna Jensen", "Kommunikation") == SIG


def test_empty_values_take_their_punctuation_with_them():
    assert render_signature(None, "Anna Jensen", "") == "/Anna"
    assert render_signature(None, "  Anna   Maria Jensen ", None) == "/Anna"
    assert render_signature("{my_name} – {institution}", "Anna Jensen", "") == "Anna Jensen"
    assert render_signature("/{my_first_name}\n{institution}, {account_name}", "Anna", "", "Malmö stad") \
        == "/Anna\nMalmö stad"


def test_every_signature_placeholder():
    form = "/{my_first_name} ({my_name}), {institution} · {account_name}"
    assert render_signature(form, "Anna Jensen", "Hald Ege Skole", "Viborg Kommune") == \
        "/Anna (Anna Jensen), Hald Ege Skole · Viborg Kommune"


def test_account_then_institution_override_the_personal_form():
    assert resolve_form("/{my_name}") == "/{my_name}"
    assert resolve_form("/{my_name}", institution="{my_first_name}, skolen") == "{my_first_name}, skolen"
    assert resolve_form("/{my_name}", account="/{my_first_name}", institution="x") == "/{my_first_name}"
    assert resolve_form(None) == DEFAULT_SIGNATURE_FORM
    assert resolve_form("  ", account="") == DEFAULT_SIGNATURE_FORM
    assert signature_for("Anna Jensen", institution="Kommunikation") == SIG
    assert signature_for("Anna Jensen", personal_form="/{my_name}", account_form="/{my_first_name}, {account_name}",
                         account_name="Viborg Bibliotekerne") == "/Anna, Viborg Bibliotekerne"


def test_appended_once():
    assert append_signature("Hej Bo\n\nTak for din besked.", SIG) == "Hej Bo\n\nTak for din besked.\n" + SIG


@pytest.mark.parametrize("tail", ["", "\n", "  \n\n", "\t \r\n"])
def test_never_doubled_when_text_already_ends_with_it(tail):
    text = "Hej Bo\n" + SIG + tail
    assert append_signature(text, SIG) == "Hej Bo\n" + SIG
    assert ends_with_signature(text, SIG)


def test_appending_is_idempotent():
    once = append_signature("Hej Bo  \n\n", SIG)
    assert append_signature(once, SIG) == once
    assert count_signature(once, SIG) == 1


def test_hand_typed_variants_count_as_the_signature():
    assert ends_with_signature("Hej\n/anna,   KOMMUNIKATION", SIG)
    assert ends_with_signature("Hej\n/Anna,\nKommunikation\n", SIG)
    assert append_signature("Hej\n/anna, kommunikation", SIG) == "Hej\n/anna, kommunikation"


def test_signature_in_the_middle_is_not_the_end():
    text = "Hej\n" + SIG + "\nPS: husk storskrald"
    assert not ends_with_signature(text, SIG)
    assert append_signature(text, SIG) == text + "\n" + SIG
    assert count_signature(append_signature(text, SIG), SIG) == 2


def test_a_longer_name_is_not_the_signature():
    assert count_signature("Hej\n/Annabelle", "/Anna") == 0
    assert not ends_with_signature("Hej\n/Annabelle", "/Anna")
    assert count_signature("Hej /Anna og /Anna", "/Anna") == 2


def test_empty_text_or_signature():
    assert append_signature("", SIG) == SIG
    assert append_signature("  \n", SIG) == SIG
    assert append_signature("Hej\n", "") == "Hej"
    assert append_signature("Hej", None) == "Hej"
    assert count_signature("Hej", None) == 0


def test_custom_separator_counts_in_length():
    assert append_signature("Tak!", "/Anna", separator=" ") == "Tak! /Anna"


def test_only_replies_are_signed():
    assert sign_outgoing("reply", "Hej Bo", SIG) == "Hej Bo\n" + SIG
    assert sign_outgoing("reply", "Hej Bo\n" + SIG, SIG) == "Hej Bo\n" + SIG
    for action in ("hide", "unhide", "delete"):
        assert sign_outgoing(action, "", SIG) == ""
        assert sign_outgoing(action, "x", SIG) == "x"


@pytest.mark.parametrize("started", ["/Anna", "/anna", "/Anna,", "/Anna, ", "/Anna, Kommu", "  /Anna  "])
def test_a_signature_the_writer_started_is_completed_not_added_twice(started):
    # Issue 14.4: "Tak.\n/Anna" became "Tak.\n/Anna\n/Anna, Kommunikation".
    assert append_signature("Tak for din besked.\n" + started, SIG) == "Tak for din besked.\n" + SIG
    assert count_signature(append_signature("Tak.\n" + started, SIG), SIG) == 1


def test_a_started_signature_over_two_lines_and_alone():
    two = "/Anna\nKommunikation, Viborg"
    assert append_signature("Tak.\n/Anna\nKommunika", two) == "Tak.\n/Anna\nKommunikation, Viborg"
    assert append_signature("/Anna", SIG) == SIG


@pytest.mark.parametrize("ending", ["/Annabelle", "/Ann", "Med venlig hilsen", "Anna", "/Bo", "/", "Tak"])
def test_only_a_real_start_of_the_signature_is_completed(ending):
    # "/Ann" stops inside the name; "Anna" alone lacks the slash the signature starts with
    text = "Hej Bo.\n" + ending
    assert append_signature(text, SIG) == text + "\n" + SIG
