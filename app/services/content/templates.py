"""Tone-guide reply templates: categories, placeholders, packs on disk, import/export.

A template body holds ``{placeholder}`` names (``{{`` and ``}}`` are literal braces). A
placeholder with no value is never sent as braces: the composer asks ``missing(body,
values)`` and prompts for those, and ``render`` refuses while any are missing.

Packs are JSON: ``{"format": "svarbox-templates", "version": 1, "templates": [{"name",
"category", "language", "body"}]}``. The default packs live in ``resources/templates``; a
team shares its own library with ``export_json``/``import_json``. Templates carry no
signature: it is appended automatically (see ``signatures``).
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from app.errors import UsageError
from app.i18n import LANGUAGES, translate
from app.resources import resource_path
from app.services.content.signatures import first_name

FORMAT = "svarbox-templates"
VERSION = 1

# Stable keys, in the order the composer lists them.
CATEGORIES = (
    "holding",       # we have seen it, we are finding out, answer follows
    "answer",
    "referral",      # case matters go to the official case channel
    "link",          # point to the permanent page on the municipality's website
    "thanks",
    "critical",      # a critical citizen
    "spam_threat",   # spam or threat: why it was hidden
    "late_apology",  # answer after the promised time
)

# Placeholders the app fills by itself (or asks for by these labels).
KNOWN_PLACEHOLDERS = (
    "author_first_name", "author_name", "account_name", "institution", "link",
    "case_channel", "my_name", "my_first_name", "topic", "answer_by", "contact",
)

_TOKEN = re.compile(r"\{\{|\}\}|\{([a-z_][a-z0-9_]*)\}|[{}]")


def category_label(key: str) -> str:
    labels = {
        "holding": lambda: translate("Templates", "Holding reply"),
        "answer": lambda: translate("Templates", "Answer"),
        "referral": lambda: translate("Templates", "Refer to the official case channel"),
        "link": lambda: translate("Templates", "Link to the permanent web page"),
        "thanks": lambda: translate("Templates", "Thanks"),
        "critical": lambda: translate("Templates", "Critical citizen"),
        "spam_threat": lambda: translate("Templates", "Spam or threat response"),
        "late_apology": lambda: translate("Templates", "Apology for a late answer"),
    }
    return labels[key]() if key in labels else key


def placeholder_label(name: str) -> str:
    """What the ask-for-a-value dialog calls a placeholder (custom ones show their name)."""
    labels = {
        "author_first_name": lambda: translate("Templates", "Citizen's first name"),
        "author_name": lambda: translate("Templates", "Citizen's name"),
        "account_name": lambda: translate("Templates", "Account name"),
        "institution": lambda: translate("Templates", "Institution or department"),
        "link": lambda: translate("Templates", "Link to the web page"),
        "case_channel": lambda: translate("Templates", "Official case channel"),
        "my_name": lambda: translate("Templates", "My name"),
        "my_first_name": lambda: translate("Templates", "My first name"),
        "topic": lambda: translate("Templates", "Topic"),
        "answer_by": lambda: translate("Templates", "When we will answer"),
        "contact": lambda: translate("Templates", "Contact (phone or address)"),
    }
    return labels[name]() if name in labels else name.replace("_", " ")


@dataclass(frozen=True)
class Template:
    name: str
    category: str
    language: str
    body: str

    def placeholders(self) -> list[str]:
        return placeholders(self.body)


class MissingValuesError(UsageError):
    """``render`` was asked to fill a body while some placeholders have no value."""

    def __init__(self, names: list[str]) -> None:
        super().__init__(translate("Templates", "Fill in before sending: {names}.")
                         .format(names=", ".join(placeholder_label(n) for n in names)))
        self.names = names


def _scan(body: str) -> Iterable[re.Match[str]]:
    for m in _TOKEN.finditer(body):
        if m.group(0) in ("{", "}"):
            raise UsageError(translate("Templates", "Unmatched “{brace}” at character {pos}: write "
                                       "placeholders as {{name}} and a literal brace as “{brace}{brace}”.")
                             .format(brace=m.group(0), pos=m.start() + 1))
        yield m


def placeholders(body: str) -> list[str]:
    """Placeholder names in ``body``, each once, in order of first appearance."""
    seen: dict[str, None] = {}
    for m in _scan(body):
        if m.group(1):
            seen.setdefault(m.group(1))
    return list(seen)


def _has_value(values: Mapping[str, object], name: str) -> bool:
    value = values.get(name)
    return value is not None and str(value).strip() != ""


def missing(body: str, values: Mapping[str, object]) -> list[str]:
    """Placeholders of ``body`` without a (non-blank) value: the user must be asked."""
    return [name for name in placeholders(body) if not _has_value(values, name)]


def render(body: str, values: Mapping[str, object]) -> str:
    """Fill ``body``. Raises ``MissingValuesError`` (with ``.names``) if any value is missing,
    so braces never reach a citizen."""
    lacking = missing(body, values)
    if lacking:
        raise MissingValuesError(lacking)
    out, pos = [], 0
    for m in _scan(body):
        out.append(body[pos:m.start()])
        token = m.group(0)
        out.append(str(values[m.group(1)]).strip() if m.group(1) else token[0])
        pos = m.end()
    out.append(body[pos:])
    return "".join(out)


def context_values(*, author_name: str | None = None, account_name: str | None = None,
                   institution: str | None = None, my_name: str | None = None,
                   link: str | None = None, case_channel: str | None = None,
                   **extra: str | None) -> dict[str, str]:
    """The standard placeholder values for one reply. Blank values are left out, so
    ``missing`` reports them and the user is asked."""
    values: dict[str, str | None] = {
        "author_name": " ".join((author_name or "").split()),
        "author_first_name": first_name(author_name),
        "account_name": account_name,
        "institution": institution,
        "my_name": " ".join((my_name or "").split()),
        "my_first_name": first_name(my_name),
        "link": link,
        "case_channel": case_channel,
        **extra,
    }
    return {k: str(v).strip() for k, v in values.items() if v is not None and str(v).strip()}


# --- packs -------------------------------------------------------------------------------

def templates_dir() -> Path:
    return resource_path("templates")


def _bad(source: str, problem: str) -> UsageError:
    return UsageError(f"{source}: {problem}")


def templates_from_data(data: object, source: str = "templates") -> list[Template]:
    """Validate a parsed pack and return its templates; every problem is a ``UsageError``
    naming the file and the template."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _bad(source, translate("Templates", "not a Svarbox template file (expected \"format\": "
                                     "\"{format}\").").format(format=FORMAT))
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _bad(source, translate("Templates", "\"version\" must be a whole number."))
    if version > VERSION:
        raise _bad(source, translate("Templates", "made by a newer Svarbox (version {version}); "
                                     "update Svarbox to import it.").format(version=version))
    items = data.get("templates")
    if not isinstance(items, list):
        raise _bad(source, translate("Templates", "\"templates\" must be a list."))
    out: list[Template] = []
    seen: set[tuple[str, str]] = set()
    for n, item in enumerate(items, start=1):
        where = translate("Templates", "template {n}").format(n=n)
        if not isinstance(item, dict):
            raise _bad(source, translate("Templates", "{where} is not an object.").format(where=where))
        for key in ("name", "category", "language", "body"):
            value = item.get(key)
            if not isinstance(value, str) or not value.strip():
                raise _bad(source, translate("Templates", "{where} needs a non-empty text \"{key}\".")
                           .format(where=where, key=key))
        where = f"{where} “{item['name'].strip()}”"
        if item["category"] not in CATEGORIES:
            raise _bad(source, translate("Templates", "{where} has unknown category “{category}” "
                                         "(use one of: {names}).")
                       .format(where=where, category=item["category"], names=", ".join(CATEGORIES)))
        if item["language"] not in LANGUAGES:
            raise _bad(source, translate("Templates", "{where} has unknown language “{language}” "
                                         "(use one of: {names}).")
                       .format(where=where, language=item["language"], names=", ".join(LANGUAGES)))
        try:
            placeholders(item["body"])
        except UsageError as exc:
            raise _bad(source, f"{where}: {exc}") from None
        name_language = (item["name"].strip().casefold(), item["language"])
        if name_language in seen:
            raise _bad(source, translate("Templates", "{where} appears twice for language “{language}”.")
                       .format(where=where, language=item["language"]))
        seen.add(name_language)
        out.append(Template(item["name"].strip(), item["category"], item["language"], item["body"]))
    return out


def import_json(path: str | Path) -> list[Template]:
    """Read and validate a template pack (a team's shared library or a default pack)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UsageError(translate("Templates", "{path}: no such file.").format(path=path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(translate("Templates", "{path}: cannot be read ({error}).")
                         .format(path=path, error=exc)) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UsageError(translate("Templates", "{path}: not valid JSON (line {line}, column {column}: {error}).")
                         .format(path=path, line=exc.lineno, column=exc.colno, error=exc.msg)) from None
    return templates_from_data(data, str(path))


load_pack = import_json


def to_data(templates: Iterable[Template]) -> dict[str, Any]:
    return {"format": FORMAT, "version": VERSION, "templates": [asdict(t) for t in templates]}


def export_json(templates: Iterable[Template], path: str | Path) -> None:
    """Write ``templates`` as a pack (UTF-8, readable: æøå stay letters)."""
    path = Path(path)
    text = json.dumps(to_data(templates), ensure_ascii=False, indent=2) + "\n"
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(translate("Templates", "{path}: cannot be written ({error}).")
                         .format(path=path, error=exc)) from None


def default_templates(language: str | None = None) -> list[Template]:
    """The shipped packs (all languages, or one)."""
    out = []
    for path in sorted(templates_dir().glob("*.json")):
        out.extend(import_json(path))
    return [t for t in out if language is None or t.language == language]


def base_language(language: str | None) -> str:
    """"da-DK", "sv_SE", " SV " -> "da", "sv", "sv": account settings may hold locale forms."""
    return str(language or "").strip().lower().replace("_", "-").split("-")[0]


def offered_order(templates: Iterable[Template], language: str | None) -> list[Template]:
    """Templates as offered for an item of an account writing ``language``: that language's
    first (a Swedish template never heads the list on a Danish item), then by category."""
    lang = base_language(language)
    order = {c: i for i, c in enumerate(CATEGORIES)}
    return sorted(templates, key=lambda t: (base_language(t.language) != lang,
                                            order.get(t.category, 99), t.name))


def by_category(templates: Iterable[Template], category: str, language: str | None = None) -> list[Template]:
    return [t for t in templates if t.category == category and (language is None or t.language == language)]
