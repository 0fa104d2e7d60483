"""Danish CPR numbers and Swedish personnummer/samordningsnummer in free text.

Used on outgoing replies (the checker) and on incoming citizen items (flag for hiding).

Shapes found: ``DDMMYY-SSSS`` (CPR), ``YYMMDD-NNNC`` / ``YYMMDD+NNNC`` / ``YYYYMMDD-NNNC``
(personnummer; samordningsnummer has day + 60), each also without separator or with a
space. The number must stand alone: a digit or letter right next to it, a ``+`` in front
(international phone numbers) or a digit group glued on with ``-./,:`` (dates, case numbers
like "2023-004512") means it is part of something else.

Validation, and why:

- Personnummer/samordningsnummer: a real date *and* the Luhn check digit, always. The 10-digit
  form does not say its century, so 29 February passes in any year divisible by 4. ``+``
  (aged 100+) is a Swedish separator only and only in the 10-digit form.
- CPR with ``-``: a real date only. Since 2007 not every CPR number satisfies modulus 11, so
  the check digit cannot be required; the date uses the 7th-digit century rules.
- CPR or personnummer without a separator (or with a space): a real date *and* a valid
  checksum (CPR: modulus 11), unless a word like "CPR"/"personnummer" stands right before it.
  A bare 10-digit run is too often a phone number: Swedish numbers are "07x…"/"08…" with 10
  digits, and e.g. 0701234567 has a valid DDMMYY date. Requiring the checksum cuts those
  collisions to the ~1 in 10 (Luhn) or ~1 in 11 (mod 11) that pass by chance, and such a hit
  is still reported: showing one confirm dialog too many is cheaper than publishing an ID
  number. The price: a post-2007 CPR number that fails modulus 11 is missed when written
  without its dash and without a "CPR" word before it.
- A date-only CPR match right after "ordre", "faktura", "sag", "ärende", … is taken for an
  order/case number and dropped; any checksum-valid match is kept regardless.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

CPR = "cpr"
PERSONNUMMER = "personnummer"
SAMORDNINGSNUMMER = "samordningsnummer"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str   # CPR, PERSONNUMMER or SAMORDNINGSNUMMER
    value: str  # the matched text


_CANDIDATE = re.compile(
    r"(?<![\w+])(?<![0-9][-./,:])"
    r"(?P<head>[0-9]{8}|[0-9]{6})(?P<sep>[-+ ]?)(?P<tail>[0-9]{4})"
    r"(?!\w)(?![-./,:][0-9])"
)
_ID_WORDS = re.compile(
    r"(?i)\b(?:cpr|person\s?n|pers\.?\s?nr|p-?nr|samordningsn|personal identity|personal number"
    r"|personal id|civil registration|social security)\w*[\w.\- ]{0,12}[:#]?\s*$"
)
_CASE_WORDS = re.compile(
    r"(?i)\b(?:ordre|order|faktura|invoice|sag|sags|ärende|arende|kunde|kund|customer|"
    r"ocr|booking|bestilling|bokning|ticket|journal|diarie|dnr|konto|account|kvittering|"
    r"kvitto|receipt|referen[cs]e|ref)\w*[\w.\- ]{0,10}[:#]?\s*$"
)
_CONTEXT_CHARS = 30


def luhn_ok(digits: str) -> bool:
    """Luhn check over a digit string (personnummer: the 10 digits YYMMDDNNNC)."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def cpr_mod11_ok(digits: str) -> bool:
    weights = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
    return sum(int(c) * w for c, w in zip(digits, weights)) % 11 == 0


def _day_ok(year: int | None, month: int, day: int) -> bool:
    if not 1 <= month <= 12 or day < 1:
        return False
    if year is None:  # century unknown: 29 Feb allowed in any year divisible by 4
        days = 29 if month == 2 else calendar.monthrange(2001, month)[1]
        return day <= days
    return day <= calendar.monthrange(year, month)[1]


def cpr_year(yy: int, seventh: int) -> int:
    """Full birth year from the two year digits and the first serial digit (CPR rules)."""
    if seventh <= 3:
        return 1900 + yy
    if seventh in (4, 9):
        return 2000 + yy if yy <= 36 else 1900 + yy
    return 2000 + yy if yy <= 57 else 1800 + yy  # 5-8


def cpr_date_ok(digits: str) -> bool:
    """A real DDMMYY date, century from the 7th digit."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    day, month, yy = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    return _day_ok(cpr_year(yy, int(digits[6])), month, day)


def personnummer_kind(digits: str) -> str | None:
    """PERSONNUMMER or SAMORDNINGSNUMMER when the 10 or 12 digits are a valid Swedish number
    (real date, Luhn check digit), else None."""
    if not digits.isdigit() or len(digits) not in (10, 12):
        return None
    year = None
    if len(digits) == 12:
        century = int(digits[:2])
        if century not in (18, 19, 20):
            return None
        year = int(digits[:4])
        digits = digits[2:]
    month, day = int(digits[2:4]), int(digits[4:6])
    kind = PERSONNUMMER
    if day > 60:
        kind, day = SAMORDNINGSNUMMER, day - 60
    if not _day_ok(year, month, day) or not luhn_ok(digits):
        return None
    return kind


def classify(head: str, sep: str, tail: str, before: str = "") -> str | None:
    """The kind of ID number ``head sep tail`` is, or None. ``before`` is the text just
    before it on the same line, for the keyword rules described in the module doc."""
    digits = head + tail
    se_kind = personnummer_kind(digits)
    if se_kind:
        return se_kind
    if len(digits) != 10 or not cpr_date_ok(digits):
        return None
    keyword = bool(_ID_WORDS.search(before))
    if sep == "+":
        return None  # "+" is Swedish only (aged 100+)
    if sep == "-":
        if cpr_mod11_ok(digits) or keyword or not _CASE_WORDS.search(before):
            return CPR
        return None
    return CPR if cpr_mod11_ok(digits) or keyword else None


def case_context(before: str) -> bool:
    """True when ``before`` ends with an order/invoice/case word ("Sag nr. ", "Faktura: ")."""
    return bool(_CASE_WORDS.search(before))


def find_id_numbers(text: str) -> list[Span]:
    """Every CPR number, personnummer and samordningsnummer in ``text``."""
    found = []
    for m in _CANDIDATE.finditer(text):
        head, sep, tail = m.group("head", "sep", "tail")
        if sep == "+" and len(head) == 8:
            continue  # "+" (aged 100+) only exists in the 10-digit form
        if sep == " ":
            # a space-separated group inside a longer spaced number ("12 811218 9876 5")
            s, e = m.start(), m.end()
            if (s >= 2 and text[s - 1] == " " and text[s - 2].isdigit()) or \
                    (text[e:e + 1] == " " and text[e + 1:e + 2].isdigit()):
                continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[max(line_start, m.start() - _CONTEXT_CHARS):m.start()]
        kind = classify(head, sep, tail, before)
        if kind:
            found.append(Span(m.start(), m.end(), kind, m.group(0)))
    return found


def contains_id_number(text: str) -> bool:
    return bool(find_id_numbers(text))
