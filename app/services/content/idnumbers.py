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
  checksum (CPR: modulus 11), or a word like "CPR"/"personnummer" right before it, is certain.
- A bare date-valid 10-digit number that fails modulus 11 is still a real CPR number (since
  2007 numbers are handed out without it), so it is reported as a *possible* CPR number
  (``POSSIBLE_CPR``), except where it is more likely something else: an order/case word or a
  phone word ("tlf", "ring", "mobil") right before it, or a leading
  0, the shape of every Swedish national phone number ("0701234567"), unless the account is
  Danish. Danish phone numbers
  have 8 digits and never collide. tests/unit/test_idnumbers_rates.py measures the detection
  rate and the false-alarm rate on phone, order and invoice numbers over generated cases.
- Ambiguous numbers: a 10-digit number that is both a date-valid CPR number (DDMMYY) and a
  valid personnummer (YYMMDD + Luhn) is called what the account's country calls it: a CPR
  number for Danish, a personnummer for Swedish (``language``); without a language the
  personnummer reading wins, as before.
- Written forms: ``DD.MM.YY-SSSS`` (dotted date), a space or a spaced dash instead of the dash,
  and full-width or other Unicode digits/dashes (normalised one character for one, so spans
  still point into the original text).
- A date-only CPR match right after "ordre", "faktura", "sag", "ärende", … is taken for an
  order/case number and dropped; any checksum-valid match is kept regardless.
"""
from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass

CPR = "cpr"
PERSONNUMMER = "personnummer"
SAMORDNINGSNUMMER = "samordningsnummer"
POSSIBLE_CPR = "possible_cpr"     # a date-valid bare number failing modulus 11 (see above)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str   # CPR, POSSIBLE_CPR, PERSONNUMMER or SAMORDNINGSNUMMER
    value: str  # the matched text


_CANDIDATE = re.compile(
    r"(?<![\w+])(?<![0-9][-./,:])"
    r"(?P<head>[0-9]{8}|[0-9]{6}|[0-9]{2}\.[0-9]{2}\.[0-9]{2})(?P<sep> ?[-+] ?| ?)(?P<tail>[0-9]{4})"
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
_PHONE_WORDS = re.compile(
    r"(?i)\b(?:tlf|tel|telefon|telephone|phone|mobil|mobile|mob|ring|ringe|ringa|sms|fax)\w*[.:]?\s*(?:på|on|til|till|er|är|is)?[.:]?\s*$"
)
_CONTEXT_CHARS = 30
# Any Unicode decimal digit (category Nd, what str.isdecimal() and _normalise accept). Every
# shape above has at least 10 digits, so a text with fewer shows none: most citizens' texts,
# which sync checks one by one, are answered without normalising them character by character.
_DIGIT = re.compile(r"\d")
_MIN_DIGITS = 10

# One character for one, so spans found in the normalised text are spans of the original.
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d"
_SPACES = "\u00a0\u2007\u202f\u3000"


def _normalise(text: str) -> str:
    out = []
    for ch in text:
        if ch.isdecimal() and not "0" <= ch <= "9":
            out.append(str(unicodedata.decimal(ch)))
        elif ch in _DASHES:
            out.append("-")
        elif ch in _SPACES:
            out.append(" ")
        elif ch in "\uff0e\uff1a":
            out.append("." if ch == "\uff0e" else ":")
        else:
            out.append(ch)
    return "".join(out)


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


def classify(head: str, sep: str, tail: str, before: str = "", language: str | None = None) -> str | None:
    """The kind of ID number ``head sep tail`` is, or None. ``before`` is the text just
    before it on the same line, for the keyword rules described in the module doc;
    ``language`` the account's ("da", "sv"), for ambiguous numbers and phone shapes."""
    dotted = "." in head
    head = head.replace(".", "")
    sep = sep.strip() or (" " if sep else "")
    digits = head + tail
    lang = str(language or "").strip().lower().replace("_", "-").split("-")[0]
    se_kind = None if dotted else personnummer_kind(digits)
    cpr_ok = len(digits) == 10 and sep != "+" and cpr_date_ok(digits)
    if se_kind and not (cpr_ok and lang == "da" and len(head) == 6):
        return se_kind
    if not cpr_ok:
        return None
    keyword = bool(_ID_WORDS.search(before))
    if sep == "-" or dotted:
        if cpr_mod11_ok(digits) or keyword or not _CASE_WORDS.search(before):
            return CPR
        return None
    if cpr_mod11_ok(digits) or keyword:
        return CPR
    if _CASE_WORDS.search(before) or _PHONE_WORDS.search(before):
        return None
    if lang != "da" and digits.startswith("0"):
        return None      # unless the account is Danish: the shape of a Swedish phone number
    return POSSIBLE_CPR


def case_context(before: str) -> bool:
    """True when ``before`` ends with an order/invoice/case word ("Sag nr. ", "Faktura: ")."""
    return bool(_CASE_WORDS.search(before))


def find_id_numbers(text: str, language: str | None = None) -> list[Span]:
    """Every CPR number (certain or possible), personnummer and samordningsnummer in
    ``text``. ``language``: the account's, see ``classify``."""
    if len(_DIGIT.findall(text)) < _MIN_DIGITS:
        return []
    found = []
    original, text = text, _normalise(text)
    for m in _CANDIDATE.finditer(text):
        head, sep, tail = m.group("head", "sep", "tail")
        if sep.strip() == "+" and len(head) == 8:
            continue  # "+" (aged 100+) only exists in the 10-digit form
        if sep == " ":
            # a space-separated group inside a longer spaced number ("12 811218 9876 5")
            s, e = m.start(), m.end()
            if (s >= 2 and text[s - 1] == " " and text[s - 2].isdigit()) or \
                    (text[e:e + 1] == " " and text[e + 1:e + 2].isdigit()):
                continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[max(line_start, m.start() - _CONTEXT_CHARS):m.start()]
        kind = classify(head, sep, tail, before, language)
        if kind:
            found.append(Span(m.start(), m.end(), kind, original[m.start():m.end()]))
    return found


def contains_id_number(text: str) -> bool:
    return bool(find_id_numbers(text))
