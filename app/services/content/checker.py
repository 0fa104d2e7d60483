"""The etiquette checker: run live in the composer and by ``svarbox check``.

``check`` takes the outgoing text as previewed, i.e. with the signature already appended
(``signatures.append_signature``), because that is what is sent and what the length limit
counts. Spans are character offsets into that text.

Severities: "error" blocks sending until confirmed (``id-number``) or outright
(``too-long``); "warning" and "hint" are advice. Finding codes are stable API (the UI, the
CLI's JSON and scripts key on them); messages are in the UI language.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from app.connectors import textlimits
from app.errors import UsageError
from app.i18n import LANGUAGES, translate
from app.services.content import idnumbers, signatures

ERROR, WARNING, HINT = "error", "warning", "hint"

CODES = ("id-number", "email", "phone", "too-long", "shouting", "no-greeting",
         "signature-missing", "signature-doubled", "insecure-link", "late-no-apology", "invalid-character")
SEVERITY = {
    "id-number": ERROR,
    "too-long": ERROR,
    "invalid-character": ERROR,
    "email": WARNING,
    "phone": WARNING,
    "shouting": WARNING,
    "no-greeting": HINT,
    "signature-missing": WARNING,
    "signature-doubled": WARNING,
    "insecure-link": WARNING,
    "late-no-apology": WARNING,
}

# Openings that make a reply warm rather than cold. All three languages are accepted
# whatever ``language`` says: teams answer in the citizen's language.
GREETINGS = {
    "da": ("hej", "hejsa", "hey", "hallo", "halløj", "kære", "goddag", "god dag", "godmorgen",
           "god morgen", "godaften", "god aften", "tak", "tusind tak", "mange tak",
           "velkommen"),
    "sv": ("hej", "hejsan", "hallå", "tjena", "tack", "stort tack", "tusen tack", "god dag",
           "goddag", "god morgon", "god kväll", "kära", "bästa", "välkommen"),
    "en": ("hi", "hello", "hey", "dear", "thank you", "thanks", "many thanks", "good morning",
           "good afternoon", "good evening", "welcome"),
}
GREETING_EXAMPLE = {"da": "Hej Anna", "sv": "Hej Anna", "en": "Hi Anna"}
# Apology stems, any language: "beklag" covers beklager/beklagar, "ursäkt" "be om ursäkt".
APOLOGY_STEMS = ("undskyld", "beklag", "ursäkt", "förlåt", "sorry", "apolog", "pardon")
PLATFORM_NAMES = {"facebook": "Facebook", "messenger": "Messenger", "instagram": "Instagram",
                  "x": "X", "linkedin": "LinkedIn", "youtube": "YouTube", "bluesky": "Bluesky",
                  "mastodon": "Mastodon", "demo": "Demo"}

_GREETING_RE = re.compile(
    r"(?i)(?:" + "|".join(sorted({re.escape(g).replace(r"\ ", r"\s+")
                                  for words in GREETINGS.values() for g in words},
                                 key=len, reverse=True)) + r")(?!\w)")
_APOLOGY_RE = re.compile(r"(?i)(?<!\w)(?:" + "|".join(APOLOGY_STEMS) + r")\w*")
# Skipped before the greeting: whitespace, emoji, punctuation, and @handles (X/Instagram).
_LEADING_NOISE = re.compile(r"(?:[^\w@]|@[\w.]+[,:]?)*")
_EMAIL_RE = re.compile(r"(?<![\w.%+\-])[\w.%+\-]+@((?:[\w\-]+\.)+[A-Za-z]{2,})(?![\w\-])")
_PHONE_RE = re.compile(
    r"(?<![\w+@/.\-])(?<![0-9][.,:])"
    r"(?:(?P<intl>(?:\+|00)(?:45|46|47|358|354|298|299|49|44|1|[1-9][0-9]))"
    r"[ \-]?(?:\(0\)[ \-]?)?)?"
    r"(?P<num>[0-9](?:[ \-]?[0-9]){6,11})"
    r"(?![0-9])(?![\-.,/][0-9])(?!\w)"
)
# Danish numbers are 8 digits written whole or as 4+4, 2+2+2+2, 2+2+4, 4+2+2.
_DK_GROUPS = {(8,), (4, 4), (2, 2, 2, 2), (2, 2, 4), (4, 2, 2)}
_SENTENCE_RE = re.compile(r"[^.!?\n]+[.!?]*")
_WORD_RE = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str
    start: int
    end: int
    message: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def to_json(findings: Iterable[Finding], indent: int | None = None) -> str:
    return json.dumps([f.as_dict() for f in findings], ensure_ascii=False, indent=indent)


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.severity == ERROR for f in findings)


def _finding(code: str, start: int, end: int, message: str) -> Finding:
    return Finding(code, SEVERITY[code], start, end, message)


def _overlaps(span: tuple[int, int], others: Iterable[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in others)


def _national_digits(number: str) -> str:
    """Digits without country code or trunk 0, for comparing phone numbers."""
    digits = re.sub(r"\(0\)", "", number)
    digits = re.sub(r"[^0-9+]", "", digits)
    if digits.startswith("+"):
        digits = digits[1:]
    elif digits.startswith("00"):
        digits = digits[2:]
    else:
        return digits.lstrip("0")
    for cc in ("45", "46", "47", "358"):
        if digits.startswith(cc):
            return digits[len(cc):].lstrip("0")
    return digits


def _is_date(groups: list[str], seps: set[str]) -> bool:
    if seps != {"-"} or len(groups) != 3:
        return False
    sizes = tuple(len(g) for g in groups)
    if sizes == (4, 2, 2):
        year, month, day = groups
    elif sizes == (2, 2, 4):
        day, month, year = groups
    else:
        return False
    return 1800 <= int(year) <= 2199 and 1 <= int(month) <= 12 and 1 <= int(day) <= 31


def _looks_like_phone(match: re.Match[str]) -> bool:
    num = match.group("num")
    groups = re.split(r"[ \-]", num)
    digits = "".join(groups)
    seps = set(re.findall(r"[ \-]", num))
    intl = match.group("intl")
    if intl:
        cc = intl.lstrip("+").removeprefix("00")
        if cc == "45":
            return len(digits) == 8
        if cc == "46":
            return 7 <= len(digits.lstrip("0")) <= 9
        return 6 <= len(digits) <= 12
    if _is_date(groups, seps):
        return False
    if digits.startswith("0"):  # Swedish national format: 0 + area code + subscriber
        return 8 <= len(digits) <= 10 and not digits.startswith("00")
    return len(digits) == 8 and tuple(len(g) for g in groups) in _DK_GROUPS


def _domain_allowed(domain: str, own_domains: Iterable[str]) -> bool:
    domain = domain.lower().rstrip(".")
    for own in own_domains:
        own = own.strip().lower().lstrip("@").lstrip(".")
        if own and (domain == own or domain.endswith("." + own)):
            return True
    return False


def _line_span(text: str, index: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, index) + 1
    end = text.find("\n", index)
    return start, len(text) if end < 0 else end


def _shouting(text: str) -> list[Finding]:
    out = []
    for m in _SENTENCE_RE.finditer(text):
        words = [w for w in _WORD_RE.findall(m.group(0)) if len(w) >= 2]
        caps = [w for w in words if w.isupper()]
        # A sentence, not an acronym or two: 3+ capitalised words, most of the sentence.
        if len(caps) >= 3 and len(caps) >= 0.7 * len(words) and sum(map(len, caps)) >= 10:
            raw = m.group(0)
            start = m.start() + len(raw) - len(raw.lstrip())
            end = m.start() + len(raw.rstrip())
            out.append(_finding("shouting", start, end,
                                translate("Checker", "Written in capitals: this reads as shouting.")))
    return out


def check(text: str, *, platform: str, language: str = "da", signature: str | None = None,
          is_late: bool = False, public: bool = True, own_domains: Iterable[str] = (),
          own_phones: Iterable[str] = (), kind: str | None = None) -> list[Finding]:
    """Findings for an outgoing reply, sorted by position.

    ``signature``: the rendered signature expected at the end (None: not checked).
    ``is_late``: the answer goes out after the promised deadline.
    ``public``: a public comment (private e-mail addresses and phone numbers are flagged);
    False for direct messages. ``own_domains``/``own_phones``: the municipality's own
    addresses, never flagged. ``kind="message"`` on facebook uses the Messenger limit.
    """
    # accept locale forms like "da-DK" or "sv_SE" (account settings may hold them)
    language = str(language or "").strip().lower().replace("_", "-").split("-")[0]
    if language not in LANGUAGES:
        raise UsageError(translate("Checker", "Unknown language “{language}”; use one of: {names}.")
                         .format(language=language, names=", ".join(LANGUAGES)))
    limit = textlimits.reply_limit(platform, kind)  # also validates the platform
    if not text or not text.strip():
        return []
    own_domains = list(own_domains)
    findings: list[Finding] = []

    ids = idnumbers.find_id_numbers(text, language)
    id_messages = {
        idnumbers.CPR: lambda: translate(
            "Checker", "This looks like a Danish CPR number. Never publish personal identity numbers."),
        idnumbers.POSSIBLE_CPR: lambda: translate(
            "Checker", "This may be a Danish CPR number (a real birth date; newer numbers have no check digit)."
            " Never publish personal identity numbers."),
        idnumbers.PERSONNUMMER: lambda: translate(
            "Checker", "This looks like a Swedish personnummer. Never publish personal identity numbers."),
        idnumbers.SAMORDNINGSNUMMER: lambda: translate(
            "Checker", "This looks like a Swedish samordningsnummer. Never publish personal identity numbers."),
    }
    for span in ids:
        findings.append(_finding("id-number", span.start, span.end, id_messages[span.kind]()))
    id_spans = [(s.start, s.end) for s in ids]

    urls = textlimits.find_urls(text)
    for start, end in urls:
        if text[start:end].lower().startswith("http://"):
            findings.append(_finding("insecure-link", start, end, translate(
                "Checker", "Link without https: use the secure https:// address.")))

    emails = [(m.start(), m.end(), m.group(1)) for m in _EMAIL_RE.finditer(text)]
    if public:
        for start, end, domain in emails:
            if not _domain_allowed(domain, own_domains):
                findings.append(_finding("email", start, end, translate(
                    "Checker", "E-mail address in a public reply: if it belongs to a private person, "
                               "continue in a private message.")))
        own = {_national_digits(p) for p in own_phones} - {""}
        taken = id_spans + urls + [(s, e) for s, e, _ in emails]
        for m in _PHONE_RE.finditer(text):
            phone = (m.start(), m.end())
            if _overlaps(phone, taken) or not _looks_like_phone(m):
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            if idnumbers.case_context(text[max(line_start, m.start() - 30):m.start()]):
                continue  # "Sag 12345678", "Faktura 20230045"
            if _national_digits(m.group(0)) in own:
                continue
            findings.append(_finding("phone", *phone, translate(
                "Checker", "Phone number in a public reply: make sure it is not a private person's number.")))

    if textlimits.is_weighted(platform):
        for pos in textlimits.invalid_characters(text):
            findings.append(_finding("invalid-character", pos, pos + 1, translate(
                "Checker", "An invisible character (U+{code}) that X refuses: the post would fail. Remove it.")
                .format(code=f"{ord(text[pos]):04X}")))

    length = textlimits.weighted_length(platform, text)
    if length > limit:
        over = textlimits.overflow_index(platform, text, limit)
        key = textlimits.limit_key(platform, kind)
        name = PLATFORM_NAMES.get(key, key)
        if textlimits.is_weighted(platform):
            message = translate("Checker", "{length} weighted characters; {platform} allows {limit}. "
                                           "Shorten the reply by {over}.")
        else:
            message = translate("Checker", "{length} characters; {platform} allows {limit}. "
                                           "Shorten the reply by {over}.")
        findings.append(_finding("too-long", over if over is not None else 0, len(text), message.format(
            length=length, platform=name, limit=limit, over=length - limit)))

    findings.extend(_shouting(text))

    noise = _LEADING_NOISE.match(text)   # (...)* matches every text
    lead = noise.end() if noise else 0
    if lead < len(text) and not _GREETING_RE.match(text, lead):
        word_end = lead + len(text[lead:].split(None, 1)[0])
        findings.append(_finding("no-greeting", lead, word_end, translate(
            "Checker", "The reply starts cold: open with a greeting, e.g. “{example}”.")
            .format(example=GREETING_EXAMPLE[language])))

    if signature and signature.strip():
        found = signatures.find_signatures(text, signature)
        for start, end in found[1:]:
            findings.append(_finding("signature-doubled", start, end, translate(
                "Checker", "Your signature appears more than once.")))
        if not signatures.ends_with_signature(text, signature):
            last = len(text.rstrip())
            start, end = _line_span(text, max(0, last - 1))
            findings.append(_finding("signature-missing", start, end, translate(
                "Checker", "The reply does not end with your signature “{signature}”.")
                .format(signature=signature.strip())))

    if is_late and not _APOLOGY_RE.search(text):
        _start, end = _line_span(text, lead)
        findings.append(_finding("late-no-apology", lead, end, translate(
            "Checker", "The answer comes after the promised time: say sorry for the wait.")))

    findings.sort(key=lambda f: (f.start, CODES.index(f.code), f.end))
    return findings
