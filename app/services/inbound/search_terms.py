"""Inbox search: what a person types, as FTS5 (SQLite) or tsquery (PostgreSQL) terms.

Complete words match as tokens with their Nordic inflections, the word being typed as a prefix,
quoted text exactly (issue 18 point 2, issue 21). The view queries in ``inbox`` use these.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import tables as t


def search_terms(words: str) -> list[tuple[str, bool]]:
    """The words of a search as (word, is_prefix): complete words match as whole tokens, only
    the word still being typed (the last one, when nothing follows it) as a prefix."""
    tokens = re.findall(r"\w+", words or "", flags=re.UNICODE)
    if not tokens:
        return []
    typing = bool(re.search(r"\w$", words, flags=re.UNICODE))
    return [(tok, typing and i == len(tokens) - 1) for i, tok in enumerate(tokens)]


@dataclass(frozen=True)
class SearchTerm:
    """One part of a search; every part must match. A word matches as a whole token (as a
    prefix while it is being typed) or as one of its inflected `forms`; a quoted phrase
    matches exactly, its words in order."""
    words: tuple[str, ...]
    prefix: bool = False
    forms: tuple[str, ...] = ()
    phrase: bool = False


def parse_search(words: str, languages: Sequence[str] = ()) -> list[SearchTerm]:
    """What a person typed as search terms. Words outside quotes get the inflections of each
    of `languages` (nordic.inflections: "vej" also finds "vejen"); quoted text is an exact
    phrase ("vejen er lukket"). Without languages, plain words only (search_terms)."""
    from app.services.content import nordic

    terms: list[SearchTerm] = []
    parts = re.split(r'"', words or "")
    for index, part in enumerate(parts):
        last = index == len(parts) - 1
        if index % 2:          # inside quotes (an unclosed quote runs to the end)
            tokens = tuple(re.findall(r"\w+", part, flags=re.UNICODE))
            if tokens:
                typing = last and bool(re.search(r"\w$", part, flags=re.UNICODE))
                terms.append(SearchTerm(tokens, typing, phrase=True))
            continue
        plain = search_terms(part)
        for tok, prefix in plain:
            forms: dict[str, None] = {}
            for language in languages:
                forms.update(dict.fromkeys(nordic.inflections(tok, language)))
            typing = prefix and last
            forms.pop(tok.casefold(), None)
            if typing:
                # The word is still growing: no shorter forms ("komm" is not "kom"), and those
                # beginning with it match its prefix already.
                forms = {f: None for f in forms
                         if len(f) >= len(tok) and not f.startswith(tok.casefold())}
            terms.append(SearchTerm((tok,), typing, tuple(forms)))
    return terms


def _fts_term(term: SearchTerm) -> str:
    if term.phrase:
        return '"' + " ".join(term.words) + '"' + ("*" if term.prefix else "")
    alternatives = [f'"{term.words[0]}"' + ("*" if term.prefix else "")]
    alternatives += [f'"{form}"' for form in term.forms]
    return alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")"


def fts_query(words: str | list[SearchTerm], languages: Sequence[str] = ()) -> str | None:
    """Turn what a person typed into a safe FTS5 query (every part must match; see
    ``parse_search``). Tokens are quoted, so FTS5 syntax in the text is plain text."""
    terms = parse_search(words, languages) if isinstance(words, str) else words
    if not terms:
        return None
    return " AND ".join(_fts_term(term) for term in terms)


def ts_query(terms: list[SearchTerm]) -> str | None:
    """The same search as a PostgreSQL tsquery over to_tsvector('simple', ...)."""
    parts = []
    for term in terms:
        if term.phrase:
            words = list(term.words)
            if term.prefix:
                words[-1] += ":*"
            parts.append("(" + " <-> ".join(words) + ")")
        else:
            alternatives = [term.words[0] + (":*" if term.prefix else ""), *term.forms]
            parts.append("(" + " | ".join(alternatives) + ")")
    return " & ".join(parts) or None


def search_languages(session: Session) -> tuple[str, ...]:
    """The languages whose inflections a search adds: those of the workspace's accounts."""
    from app.services.content import nordic

    if session.get_bind().dialect.name == "sqlite":
        # The driver directly: through the ORM this lookup cost ~0.5 ms of a 20 ms search.
        raw = session.connection().connection.driver_connection
        assert raw is not None
        found = {row[0] for row in raw.execute("SELECT DISTINCT language FROM accounts")}
    else:
        found = set(session.scalars(select(t.Account.language).distinct()))
    return tuple(sorted(lang for lang in found if lang in nordic.LANGUAGES))


def stemmed_terms(session: Session, words: str) -> list[SearchTerm]:
    """The search with inflections. On SQLite only the forms the index holds are kept (one
    cheap lookup each), so the query and the per-row probe stay as small as the plain one."""
    # A search's first page and then its whole view ask for the same terms in one session.
    memo: dict[str, list[SearchTerm]] = session.info.setdefault("svarbox_search_terms", {})
    if words not in memo:
        memo[words] = _stemmed_terms(session, words)
    return memo[words]


def _stemmed_terms(session: Session, words: str) -> list[SearchTerm]:
    terms = parse_search(words, search_languages(session))
    if session.get_bind().dialect.name != "sqlite" or not any(term.forms for term in terms):
        return terms
    raw = session.connection().connection.driver_connection
    assert raw is not None          # a live SQLite connection (checked just above)
    held: dict[str, bool] = {}

    def in_index(form: str) -> bool:
        if form not in held:
            held[form] = raw.execute("SELECT 1 FROM items_fts WHERE items_fts MATCH ? LIMIT 1",
                                     (f'"{form}"',)).fetchone() is not None
        return held[form]

    return [SearchTerm(term.words, term.prefix, tuple(f for f in term.forms if in_index(f)), term.phrase)
            for term in terms]


# Written out literally (not as bound parameters) so SQLite and PostgreSQL can see that the
# query matches the partial index of the same condition (ix_items_handled_view / _hidden_view).
