"""Turn a real conversation into a training case: strip what identifies people and places.

Removes links, e-mail addresses, ID numbers (CPR, personnummer), any other long digit run
that could be a phone, account or case number, street addresses, places the trainer marks,
@handles, and names: the names of the people in the conversation (given by the caller), names
after a greeting or "my name is", and a sign-off's name. Names become consistent pseudonyms
(the same person keeps one name through the case); everything else becomes a bracketed label
in the case's language. Over-removal is the safe side: the trainer sees the result and a list
of every replacement before anything is saved.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from app.services.content.idnumbers import find_id_numbers

LABELS = {
    "da": {"link": "[link]", "email": "[e-mail]", "id": "[CPR-nummer]", "number": "[nummer]",
           "address": "[adresse]", "place": "[sted]", "handle": "@borger"},
    "sv": {"link": "[länk]", "email": "[e-post]", "id": "[personnummer]", "number": "[nummer]",
           "address": "[adress]", "place": "[plats]", "handle": "@invanare"},
    "en": {"link": "[link]", "email": "[e-mail]", "id": "[ID number]", "number": "[number]",
           "address": "[address]", "place": "[place]", "handle": "@citizen"},
}
PSEUDONYMS = {
    "da": ["Lone Madsen", "Per Holm", "Birgitte Kjær", "Thomas Lund", "Hanne Bech", "Morten Dahl"],
    "sv": ["Eva Lindqvist", "Anders Berg", "Karin Holm", "Johan Ek", "Maria Sjöberg", "Lars Dahl"],
    "en": ["Alex Morgan", "Sam Taylor", "Jo Parker", "Chris Lee", "Pat Kelly", "Robin Gray"],
}

_UP = "A-ZÆØÅÄÖÉÜ"
_LOW = "a-zæøåäöéüß"
_NAME = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
_LINK = re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"']*[^\s<>\"'.,;:!?)]")
_EMAIL = re.compile(r"(?i)\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_HANDLE = re.compile(r"(?<![\w@])@[\w.]{2,30}")
# Street and place names with an optional house number, floor and side ("Søndergade 12, 2. th").
_ADDRESS = re.compile(
    rf"\b(?:{_NAME}\s)?[{_UP}][\w{_LOW}-]*(?:gade|vej|vejen|stræde|torv|plads|allé|vænget|parken|"
    rf"gatan|vägen|torget|gränd|platsen|stigen|leden|veien|gata|road|street|lane)\b"
    r"(?:\s+\d+\s?[A-Za-z]?\b(?:,?\s*\d+\.?\s*(?:sal|tv|th|mf|tr|vån)?\.?)?)?")
# Six or more digits, possibly grouped by spaces, dashes or dots: phones, accounts, case numbers.
_DIGITS = re.compile(r"(?<![\w])\+?\d(?:[\s.-]?\d){5,}(?![\w])")
_GREETING = re.compile(rf"(?i:\b(?:hej|hejsan|hei|kære|kæreste|kära|hallå|dear|hi|hello)),?\s+({_NAME})")
_MY_NAME = re.compile(rf"(?i:\b(?:jeg hedder|mit navn er|jag heter|mitt namn är|my name is|i am))\s+"
                      rf"({_NAME}(?:\s{_NAME})?)")
_SIGN_OFF = re.compile(rf"(?im)^(?:(?:mvh|hilsen|venlig hilsen|med venlig hilsen|mvh\.|vh|hälsningar|"
                       rf"vänliga hälsningar|med vänlig hälsning|regards|best regards|/)\s*,?\s*\n?\s*)"
                       rf"({_NAME}(?:\s{_NAME})?)\s*$")


@dataclass(frozen=True)
class Replacement:
    kind: str        # link | email | id | number | address | place | handle | name
    original: str
    replacement: str


@dataclass
class Anonymiser:
    """One per case, so a person keeps the same pseudonym in every message of it."""
    language: str = "da"
    names: Iterable[str] = ()
    places: Iterable[str] = ()
    _pseudonyms: dict[str, str] = field(default_factory=dict)
    _next: int = 0
    replacements: list[Replacement] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.language = self.language if self.language in LABELS else "en"
        self.names = [n.strip() for n in self.names if n and n.strip()]
        self.places = [p.strip() for p in self.places if p and p.strip()]

    def pseudonym(self, name: str) -> str:
        """The stand-in for a person; the parts of a full name map to the stand-in's parts, so
        "Anna" later in the case becomes the same person's first name."""
        key = name.casefold()
        if key not in self._pseudonyms:
            pool = PSEUDONYMS[self.language]
            stand_in = pool[self._next % len(pool)]
            self._next += 1
            parts, new_parts = name.split(), stand_in.split()
            self._pseudonyms[key] = stand_in if len(parts) > 1 else new_parts[0]
            if len(parts) > 1:
                for given, short in zip(parts, new_parts):
                    self._pseudonyms.setdefault(given.casefold(), short)
        return self._pseudonyms[key]

    def _sub(self, pattern: re.Pattern[str], kind: str, text: str) -> str:
        label = LABELS[self.language][kind]

        def swap(m: re.Match[str]) -> str:
            self.replacements.append(Replacement(kind, m.group(0), label))
            return label
        return pattern.sub(swap, text)

    def _names_in(self, text: str) -> list[str]:
        found = list(self.names)
        for pattern in (_GREETING, _MY_NAME, _SIGN_OFF):
            found += [m.group(1) for m in pattern.finditer(text)]
        return found

    def __call__(self, text: str) -> str:
        out = self._sub(_LINK, "link", text or "")
        out = self._sub(_EMAIL, "email", out)
        for span in sorted(find_id_numbers(out), key=lambda s: s.start, reverse=True):
            label = LABELS[self.language]["id"]
            self.replacements.append(Replacement("id", span.value, label))
            out = out[:span.start] + label + out[span.end:]
        out = self._sub(_DIGITS, "number", out)
        out = self._sub(_ADDRESS, "address", out)
        for place in sorted(self.places, key=len, reverse=True):
            out = self._sub(re.compile(rf"(?i)(?<!\w){re.escape(place)}(?!\w)"), "place", out)
        out = self._sub(_HANDLE, "handle", out)
        # Names last, longest first, so "Anna Jensen" goes whole before "Anna" alone.
        for name in sorted(set(self._names_in(out)), key=len, reverse=True):
            stand_in = self.pseudonym(name)
            variants = [(name, stand_in)]
            if " " in name:
                variants += [(part, self.pseudonym(part)) for part in name.split() if len(part) > 1]
            for original, new in variants:
                pattern = re.compile(rf"(?i)(?<![\w]){re.escape(original)}(?![\w])")
                if pattern.search(out):
                    self.replacements.append(Replacement("name", original, new))
                    out = pattern.sub(new, out)
        return out


def anonymise(text: str, *, language: str = "da", names: Iterable[str] = (),
              places: Iterable[str] = ()) -> tuple[str, list[Replacement]]:
    """`text` without what identifies people and places, and what was replaced."""
    cleaner = Anonymiser(language, names, places)
    return cleaner(text), cleaner.replacements


def case_from_conversation(messages: Iterable[tuple[str, str]], *, language: str, platform: str,
                           kind: str, places: Iterable[str] = (), expected_category: str = "info",
                           case_id: str = "case-1") -> tuple[dict[str, Any], list[Replacement]]:
    """A training scenario (the pack's JSON shape) from (author, text) messages, anonymised;
    the first citizen message is the scenario's text. Returned for the trainer's approval."""
    pairs = list(messages)
    cleaner = Anonymiser(language, [a for a, _ in pairs], places)
    cleaned = [(cleaner.pseudonym(a) if a else "", cleaner(txt)) for a, txt in pairs]
    # The authors' own names are replacements too: the trainer approves every one of them.
    listed = {(r.kind, r.original) for r in cleaner.replacements}
    for a, _ in pairs:
        if a and ("name", a) not in listed:
            listed.add(("name", a))
            cleaner.replacements.insert(0, Replacement("name", a, cleaner.pseudonym(a)))
    author, first = cleaned[0] if cleaned else ("", "")
    scenario = {"id": case_id, "platform": platform, "kind": kind, "author": author, "text": first,
                "arrive_after_s": 0, "expected_category": expected_category, "expect": [],
                "hint": "", "thread": [{"author": a, "text": x} for a, x in cleaned[1:]]}
    return scenario, cleaner.replacements
