"""The first page of a search on SQLite, in milliseconds at a million items (issue 18 point 2).

FTS5 first (the plain query) is fast while the word is rare, and costs a row lookup and a sort
per candidate when it is common ('kommune': ~340,000 candidates, 0.4-2 s at 1M). So: count the
candidates with a cap; below it, FTS first; above it, walk the view's own index in its order
and test the rows as they come until the page is full. The walk is capped and gives up early
when the word turns out rare in the view's first rows; then, for a word with fewer than
IDS_WALK_MAX candidates, the plain query itself runs on the view's index in order with a LIMIT
(each row's id looked up among the candidates SQLite holds, no text read) within a budget of
SQLite steps, and failing that FTS first sorts every candidate. A word with more candidates
than that and rare in the view's first rows is left to the plain query as the planner plans it.

The walk tests each chunk of rows by indexing their text in a small scratch FTS5 table (same
tokenizer, same columns) and running the exact search there: the same query on the same text
gives the same answer as the big index, for complete words (tokens and their inflections), the
word being typed (a prefix of any length) and quoted phrases alike. Asking the big index about
single rows instead cost 25-300 µs a row (far more when the view runs in descending id order),
the scratch table ~5 µs.

Rows retention emptied (no text, no author) cannot match any search. In the views that hold
them (Everything, Answered, Hidden) the walk takes the partial indexes of migration 0013,
which leave them out, in the view's order: after the first purge of a three-year cache they
are most handled items, and they open Everything by deadline and every order oldest first.
"""
from __future__ import annotations

import re
import sqlite3
from array import array
from collections.abc import Sequence
from typing import Any

from app.services.inbound.search_terms import SearchTerm, _fts_term

FTS_FIRST_MAX = 4000        # candidates up to which FTS first is the faster plan
WALK_MAX = 3000             # rows of the view tested (~5 µs each) before the plain query takes over
FIRST_CHUNK = 160           # rows tested at once: 50 matches of a word in a third of the texts ...
MAX_CHUNK = 1024            # ... then more at a time while the page is not full
GIVE_UP_AFTER = FIRST_CHUNK # rows walked before judging whether the page will fill soon
# Projected rows to fill the page above which the walk hands over to the ids walk (a word
# with fewer than IDS_WALK_MAX candidates): testing text costs ~5 µs a row, ~0.1 µs an id.
SWITCH_ROWS = 600
# A word rare in the view's first rows (the walk gave up) with fewer than IDS_WALK_MAX
# candidates: the plain query on the view's index in order, each row's id looked up among the
# candidates SQLite holds (no text read, ~0.1 µs a row), within IDS_STEPS_PER_CANDIDATE
# SQLite steps per candidate (~2 rows, a third of what sorting the candidates costs).
IDS_WALK_MAX = 60_000
IDS_STEPS_PER_CANDIDATE = 20
PROGRESS_STEP = 1000
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


def candidates(raw: sqlite3.Connection, probe: str | None, cap: int) -> int:
    """How many rows the search index holds for the probe, counted up to ``cap`` (~50 ns a
    row on a merged index); a search with nothing countable (one typed letter) has ``cap``."""
    if probe is None:
        return cap
    (found,) = raw.execute("SELECT count(*) FROM (SELECT rowid FROM items_fts WHERE items_fts "
                           "MATCH ? LIMIT ?)", (probe, cap)).fetchone()
    return int(found)


def walk(raw: sqlite3.Connection, view_sql: str, params: Sequence[Any], exact: str,
         limit: int, patience: int) -> array[int] | None:
    """The first ``limit`` ids of the view (``view_sql`` selects id, text and author_name in
    the view's order, without LIMIT) whose text matches ``exact``; None when the walk stops at
    its cap or gives up: when, at the rate found so far, filling the page would take more
    than ``patience`` rows (the word is rare in the view's first rows)."""
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
            if walked >= GIVE_UP_AFTER and (walked * limit) // max(len(result), 1) > patience:
                return None      # at this rate the page would take too long to fill
            chunk_size = min(chunk_size * 2, MAX_CHUNK)
    finally:
        cursor.close()
    del result[limit:]
    return result


def with_search(raw: sqlite3.Connection, sql: str, params: Sequence[Any]) -> str | None:
    """The walkable view query (``walkable_sql``) as the plain search query: the search's
    condition (its parameter first), and the index the view walks named, for with the
    condition the planner would take FTS first and sort. None: no index found."""
    index = None
    named = re.search(r"INDEXED BY (\w+)", sql)
    if named:
        index = named.group(1)
    else:
        for step in _plan(raw, sql, params) or ():
            used = re.search(r"USING (?:COVERING )?INDEX (\w+)", step)
            if used:
                index = used.group(1)
                break
        if index is None or "FROM items " not in sql:
            return None
        sql = sql.replace("FROM items ", f"FROM items INDEXED BY {index} ", 1)
    # The candidate test first (it needs no table row), then the view's terms: the search's
    # parameter is the first one (nothing before WHERE has any).
    parts = re.split(r"\sWHERE\s", sql, maxsplit=1)
    if len(parts) != 2 or "?" in parts[0]:
        return None
    conditions, order_by, order = parts[1].rpartition("ORDER BY ")
    if not order_by or "?" in order:
        return None
    return (f"{parts[0]} WHERE items.id IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?) "
            f"AND ({conditions.strip()}) ORDER BY {order}")


def ids_only(walk_sql: str) -> str:
    """The walk's query (id, text, author_name) selecting the ids alone."""
    return "SELECT items.id " + walk_sql[walk_sql.index("FROM items "):]


def walk_ids_sql(raw: sqlite3.Connection, sql: str, params: Sequence[Any], limit: int,
                 candidates: int) -> array[int] | None:
    """The first ``limit`` ids of the search query ``sql`` (the plain query walking the view's
    index in order, each row looked up in the candidates SQLite holds for the IN list), within
    a budget of SQLite steps proportional to the candidates; None when it runs out (the word
    is rare in the view's first rows: sorting the candidates costs less than walking on)."""
    if sorts_in_memory(raw, sql, params):
        return None
    budget = [candidates * IDS_STEPS_PER_CANDIDATE // PROGRESS_STEP]

    def spend() -> bool:
        budget[0] -= 1
        return budget[0] < 0

    raw.set_progress_handler(spend, PROGRESS_STEP)
    try:
        rows = raw.execute(f"{sql} LIMIT ?", [*params, limit]).fetchall()
    except sqlite3.OperationalError:
        if budget[0] < 0:
            return None           # interrupted: out of budget
        raise
    finally:
        raw.set_progress_handler(None, 0)
    return array("q", (row[0] for row in rows))


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


# Rows a search can find: text or an author name (a row retention emptied has neither). The
# walk's query carries this term word for word, so SQLite may use the partial indexes of
# migration 0013, which leave the emptied rows out; HANDLED_ANY_SQL likewise for the handled views.
SEARCHABLE_SQL = "(items.text != '' OR items.author_name IS NOT NULL)"
HANDLED_ANY_SQL = "items.status IN ('answered', 'no_reply', 'referred', 'hidden', 'spam', 'deleted')"
# Views that can hold rows retention emptied (handled items): the walk takes a partial index.
EMPTIED_VIEWS = ("all", "answered", "hidden")


def walk_terms(view: str) -> list[str]:
    """Extra WHERE terms of the walk's query (rows without text or author cannot match)."""
    return [SEARCHABLE_SQL, HANDLED_ANY_SQL] if view in ("answered", "hidden") else [SEARCHABLE_SQL]


def ordered_index(view: str, sort: str) -> str | None:
    """The partial index (searchable rows only) whose order is the view's order."""
    if sort == "due":
        return "ix_items_handled_text" if view in ("answered", "hidden") else "ix_items_due_text"
    return {"received": "ix_items_received_text", "author": "ix_items_author_text",
            "account": "ix_items_account_text", "platform": "ix_items_account_text",
            "status": "ix_items_status_text"}.get(sort)


_TEXT_INDEX = re.compile(r"INDEX ix_items_\w+_text\b")


def _plan(raw: sqlite3.Connection, sql: str, params: Sequence[Any]) -> list[str] | None:
    try:
        return [row[3] for row in raw.execute("EXPLAIN QUERY PLAN " + sql, list(params)).fetchall()]
    except sqlite3.OperationalError:        # "no query solution" for an INDEXED BY
        return None


def sorts_in_memory(raw: sqlite3.Connection, sql: str, params: Sequence[Any]) -> bool:
    """True when SQLite would sort the query's rows itself (or cannot use a named index)."""
    plan = _plan(raw, sql, params)
    return plan is None or any("TEMP B-TREE FOR ORDER BY" in step for step in plan)


def walkable_sql(raw: sqlite3.Connection, sql: str, params: Sequence[Any], view: str, sort: str,
                 narrowed: bool = False) -> str | None:
    """The view query as SQLite will walk it in order without sorting, or None. The planner
    prefers a narrower index and a sort (it does not weigh the LIMIT): name the index that
    yields this order; if none does, a walk would sort the whole view first. A view that can
    hold emptied rows walks the partial index without them, unless it is ``narrowed`` to an
    account or institution (the planner's index for that is narrower still)."""
    plan = _plan(raw, sql, params)
    if plan is not None and not any("TEMP B-TREE FOR ORDER BY" in step for step in plan):
        if view not in EMPTIED_VIEWS or narrowed or any(_TEXT_INDEX.search(step) for step in plan):
            return sql
    index = ordered_index(view, sort)
    if index is None or "FROM items " not in sql:
        return None
    sql = sql.replace("FROM items ", f"FROM items INDEXED BY {index} ", 1)
    return None if sorts_in_memory(raw, sql, params) else sql
