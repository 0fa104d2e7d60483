"""The first page of a search on SQLite, in milliseconds at a million items (issue 18 point 2).

FTS5 first (the plain query) is fast while the word is rare, and costs a row lookup and a sort
per candidate when it is common ('kommune': ~340,000 candidates, 0.4-2 s at 1M). So: count the
candidates with a cap; below it, FTS first; above it, walk the view's own index in its order
and test the rows as they come until the page is full. The walk is capped and gives up early
when the word turns out rare in this view; then the plain query runs after all.

The walk tests each chunk of rows by indexing their text in a small scratch FTS5 table (same
tokenizer, same columns) and running the exact search there: the same query on the same text
gives the same answer as the big index, for complete words (tokens and their inflections), the
word being typed (a prefix of any length) and quoted phrases alike. Asking the big index about
single rows instead cost 25-300 µs a row (far more when the view runs in descending id order),
the scratch table ~5 µs.
"""
from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Sequence
from typing import Any

from app.services.inbound.search_terms import SearchTerm, _fts_term

FTS_FIRST_MAX = 4000        # candidates up to which FTS first is the faster plan
WALK_MAX = 3000             # rows of the view tested (~5 µs each) before the plain query takes over
FIRST_CHUNK = 160           # rows tested at once: 50 matches of a word in a third of the texts ...
MAX_CHUNK = 1024            # ... then more at a time while the page is not full
GIVE_UP_AFTER = 600         # rows walked before judging whether the page can fill within WALK_MAX
PREFIX_LENGTHS = (4, 2)     # the search index's prefix indexes (migration 0003_perf_fts_prefix)
# The search index's tokenizer: the scratch table must split and fold text exactly as it does.
TOKENIZER = "unicode61 remove_diacritics 2"


def probe_query(terms: Sequence[SearchTerm]) -> str | None:
    """An FTS5 query matching every row the exact search matches, cheap to count on the
    search index: whole words and their forms as tokens, a phrase as its words, the word being
    typed cut to the longest indexed prefix length (a one-letter word is left out). None when
    nothing is left to count."""
    parts = []
    for term in terms:
        if not term.prefix:
            parts.append(_fts_term(term))
            continue
        if term.phrase:
            *words, typed = term.words
            parts.extend(f'"{word}"' for word in words)
            cut = _cut(typed)
            if cut:
                parts.append(f'"{cut}"*')
            continue
        cut = _cut(term.words[0])
        if cut is None:
            continue
        alternatives = [f'"{cut}"*'] + [f'"{f}"' for f in term.forms if not f.startswith(cut.casefold())]
        parts.append(alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")")
    return " AND ".join(parts) or None


def _cut(word: str) -> str | None:
    """The word cut to the longest indexed prefix length it reaches (None: one letter)."""
    length = next((n for n in PREFIX_LENGTHS if len(word) >= n), None)
    return None if length is None else word[:length]


def many_candidates(raw: sqlite3.Connection, probe: str | None) -> bool:
    """True when the search has at least FTS_FIRST_MAX candidates (a capped count on the
    index); a search with nothing countable (one typed letter) is taken to have many."""
    if probe is None:
        return True
    (found,) = raw.execute("SELECT count(*) FROM (SELECT rowid FROM items_fts WHERE items_fts "
                           "MATCH ? LIMIT ?)", (probe, FTS_FIRST_MAX)).fetchone()
    return bool(found >= FTS_FIRST_MAX)


def walk(raw: sqlite3.Connection, view_sql: str, params: Sequence[Any], exact: str,
         limit: int) -> array[int] | None:
    """The first ``limit`` ids of the view (``view_sql`` selects id, text and author_name in
    the view's order, without LIMIT) whose text matches ``exact``; None when the walk stops at
    its cap or gives up (the word is rare in this view: FTS first finds it faster)."""
    if not _scratch_ready(raw):
        return None
    cursor = raw.execute(f"{view_sql} LIMIT ?", [*params, WALK_MAX])
    result, walked, chunk_size = array("q"), 0, FIRST_CHUNK
    try:
        while len(result) < limit:
            rows = cursor.fetchmany(chunk_size)
            walked += len(rows)
            if rows:
                found = _matching(raw, rows, exact)
                result.extend(row[0] for row in rows if row[0] in found)
            if len(rows) < chunk_size:
                # The whole view was read: these are all its matches. Stopped at the cap:
                # the word is rare in this view, and FTS first finds the rest faster.
                if walked >= WALK_MAX and len(result) < limit:
                    return None
                break
            if walked >= GIVE_UP_AFTER and (walked * limit) // max(len(result), 1) > WALK_MAX * 3 // 2:
                return None      # at this rate the page would not fill within the cap
            chunk_size = min(chunk_size * 2, MAX_CHUNK)
    finally:
        cursor.close()
    del result[limit:]
    return result


def _scratch_ready(raw: sqlite3.Connection) -> bool:
    """Create the connection's scratch table once; False when the search index is not built
    the way the scratch table copies it (then the walk would not be exact: no walk)."""
    row = raw.execute("SELECT sql FROM sqlite_master WHERE name = 'items_fts'").fetchone()
    if row is None or f"tokenize='{TOKENIZER}'" not in row[0] or "fts5(text, author_name," not in row[0]:
        return False
    try:
        raw.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.svarbox_walk USING fts5(text, author_name, "
                    f"content='', tokenize='{TOKENIZER}')")
    except sqlite3.Error:
        return False         # no scratch table on this connection: the plain query it is
    return True


def _matching(raw: sqlite3.Connection, rows: list[tuple[int, str | None, str | None]], exact: str) -> set[int]:
    """Which of these rows (id, text, author_name) match the search."""
    # Ascending rowids: FTS5 writes its pending terms out whenever a rowid is not larger than
    # the last one, which made a view walked newest first ten times slower.
    raw.executemany("INSERT INTO temp.svarbox_walk(rowid, text, author_name) VALUES (?, ?, ?)", sorted(rows))
    try:
        return {rowid for (rowid,) in raw.execute(
            "SELECT rowid FROM temp.svarbox_walk WHERE svarbox_walk MATCH ?", (exact,))}
    finally:
        raw.execute("INSERT INTO temp.svarbox_walk(svarbox_walk) VALUES ('delete-all')")


def ordered_index(view: str, sort: str) -> str | None:
    """The index whose order is the view's order, for the orders one exists for."""
    if sort == "due":
        return {"answered": "ix_items_handled_view", "hidden": "ix_items_hidden_view"}.get(view, "ix_items_due")
    return {"received": "ix_items_received", "author": "ix_items_author", "account": "ix_items_account",
            "platform": "ix_items_account"}.get(sort)


def sorts_in_memory(raw: sqlite3.Connection, sql: str, params: Sequence[Any]) -> bool:
    """True when SQLite would sort the query's rows itself (or cannot use a named index)."""
    try:
        plan = raw.execute("EXPLAIN QUERY PLAN " + sql, list(params)).fetchall()
    except sqlite3.OperationalError:        # "no query solution" for an INDEXED BY
        return True
    return any("TEMP B-TREE FOR ORDER BY" in row[3] for row in plan)


def walkable_sql(raw: sqlite3.Connection, sql: str, params: Sequence[Any], view: str, sort: str) -> str | None:
    """The view query as SQLite will walk it in order without sorting, or None. The planner
    prefers a narrower index and a sort (it does not weigh the LIMIT): name the index that
    yields this order; if none does, a walk would sort the whole view first."""
    if not sorts_in_memory(raw, sql, params):
        return sql
    index = ordered_index(view, sort)
    if index is None or "FROM items " not in sql:
        return None
    sql = sql.replace("FROM items ", f"FROM items INDEXED BY {index} ", 1)
    return None if sorts_in_memory(raw, sql, params) else sql
