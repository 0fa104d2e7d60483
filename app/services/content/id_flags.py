"""Incoming items: does a citizen's text show an ID number, and which kind, read in the
language of the account it arrived on (``idnumbers.classify``): a Danish account calls a
number that is both a valid CPR number and a valid personnummer a CPR number, a Swedish one
a personnummer, and a bare 0-leading number is a possible CPR number only on a Danish account
(elsewhere it has the shape of a Swedish phone number)."""
from __future__ import annotations

from app.services.content import idnumbers

# The most certain kind first: what the warning names when a text has several.
_ORDER = (idnumbers.CPR, idnumbers.PERSONNUMMER, idnumbers.SAMORDNINGSNUMMER, idnumbers.POSSIBLE_CPR)


def flagged(text: str | None, language: str | None) -> bool:
    """``has_id_number`` for an incoming item on an account writing ``language``."""
    return bool(text) and bool(idnumbers.find_id_numbers(text or "", language))


def kind_of(text: str | None, language: str | None) -> str | None:
    """The kind of ID number the text shows (the most certain one), or None."""
    kinds = {span.kind for span in idnumbers.find_id_numbers(text or "", language)} if text else set()
    return next((k for k in _ORDER if k in kinds), None)
