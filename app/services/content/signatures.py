"""The communicator's signature line, appended exactly once to every outgoing reply.

Malmö's guideline: "Avsluta alltid med ditt namn" (always end with your name). Each
communicator has a personal form (default ``/{my_first_name}, {institution}`` →
"/Anna, Kommunikation"); an account's or an institution's form overrides it, so a school's
channel can sign "/Anna, Hald Ege Skole". The signature is appended to replies only (never to
hide/delete/unhide), is part of the preview, and counts towards the length limit, so the
composer checks ``append_signature(text, signature)``.

Matching is forgiving: case and runs of whitespace do not matter, trailing whitespace and
newlines after the signature are ignored, so a signature the user typed by hand is never
doubled.
"""
from __future__ import annotations

import re

DEFAULT_SIGNATURE_FORM = "/{my_first_name}, {institution}"
SIGNATURE_PLACEHOLDERS = ("my_first_name", "my_name", "institution", "account_name")
SIGNED_ACTIONS = frozenset({"reply", "private_reply", "message"})
DEFAULT_SEPARATOR = "\n"

_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
_DANGLING = " \t,;:-–—|·"


def first_name(name: str | None) -> str:
    parts = (name or "").split()
    return parts[0] if parts else ""


def resolve_form(personal: str | None = None, *, account: str | None = None,
                 institution: str | None = None) -> str:
    """The form to use: the account's override, else the institution's, else the personal
    form, else the default."""
    for form in (account, institution, personal):
        if form and form.strip():
            return form.strip()
    return DEFAULT_SIGNATURE_FORM


def render_signature(form: str | None, my_name: str | None, institution: str | None = None,
                     account_name: str | None = None) -> str:
    """Fill a signature form. Empty values vanish together with the punctuation that joined
    them ("/{my_first_name}, {institution}" without an institution gives "/Anna")."""
    values = {
        "my_first_name": first_name(my_name),
        "my_name": " ".join((my_name or "").split()),
        "institution": (institution or "").strip(),
        "account_name": (account_name or "").strip(),
    }
    form = form if form and form.strip() else DEFAULT_SIGNATURE_FORM
    lines = []
    for line in form.strip().splitlines():
        literals = _PLACEHOLDER.split(line)[0::2]   # prefix, joiners..., suffix
        names = _PLACEHOLDER.findall(line)
        kept, out = False, literals[0]
        for i, name in enumerate(names):
            value = values.get(name, "")
            if not value:
                continue
            out += (literals[i] if kept and i > 0 else "") + value
            kept = True
        if names and not kept:
            continue  # a line of placeholders only, all empty
        lines.append((out + literals[-1]).strip())
    return "\n".join(line for line in lines if line.strip(_DANGLING + "/"))


def signature_for(my_name: str | None, *, personal_form: str | None = None,
                  account_form: str | None = None, institution_form: str | None = None,
                  institution: str | None = None, account_name: str | None = None) -> str:
    """The rendered signature for one reply, overrides applied."""
    form = resolve_form(personal_form, account=account_form, institution=institution_form)
    return render_signature(form, my_name, institution, account_name)


def _pattern(signature: str) -> re.Pattern[str] | None:
    words = signature.split()
    if not words:
        return None
    body = r"\s+".join(re.escape(w) for w in words)
    lead = r"(?<!\w)" if re.match(r"\w", words[0]) else ""
    tail = r"(?!\w)" if re.search(r"\w$", words[-1]) else ""
    return re.compile(lead + body + tail, re.IGNORECASE)


def find_signatures(text: str, signature: str | None) -> list[tuple[int, int]]:
    """Spans of every occurrence of ``signature`` in ``text``."""
    pattern = _pattern(signature or "")
    if pattern is None:
        return []
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def count_signature(text: str, signature: str | None) -> int:
    return len(find_signatures(text, signature))


def ends_with_signature(text: str, signature: str | None) -> bool:
    spans = find_signatures(text, signature)
    return bool(spans) and not text[spans[-1][1]:].strip()


def _started_at(body: str, signature: str) -> int | None:
    """Where a signature the writer began by hand starts ("Tak.\n/Mette" for "/Mette,
    Kommunikation"): the last lines, compared forgivingly (case, runs of whitespace), are the
    start of the signature, its first word complete ("/Met" is not a start). None if
    the text does not end that way."""
    sig_norm = " ".join(signature.split()).casefold()
    lines = body.split("\n")
    for count in range(1, min(len(lines), signature.count("\n") + 1) + 1):
        tail = "\n".join(lines[-count:])
        norm = " ".join(tail.split()).casefold()
        if not norm or not any(ch.isalnum() for ch in norm) or not sig_norm.startswith(norm):
            continue
        rest = sig_norm[len(norm):]
        if rest and norm[-1].isalnum() and rest[0].isalnum() and " " not in norm:
            continue            # stops inside the first word: "/Ann" may be another person
        if count > 1 and not lines[-count].strip():
            continue
        return len(body) - len(tail)
    return None


def append_signature(text: str, signature: str | None, separator: str = DEFAULT_SEPARATOR) -> str:
    """``text`` ending with ``signature`` exactly once (trailing whitespace dropped).
    Idempotent: appending to an already signed text returns it unchanged. A signature the
    writer already started on the last line ("/Mette") is completed, not added again."""
    body = (text or "").rstrip()
    sig = (signature or "").strip()
    if not sig:
        return body
    if not body:
        return sig
    if ends_with_signature(body, sig):
        return body
    started = _started_at(body, sig)
    if started is not None:
        head = body[:started].rstrip()
        return (head + separator + sig) if head else sig
    return body + separator + sig


def sign_outgoing(action: str, text: str, signature: str | None) -> str:
    """The text to send for an outbox action: replies are signed, nothing else is."""
    if str(getattr(action, "value", action)).lower() in SIGNED_ACTIONS:
        return append_signature(text, signature)
    return text
