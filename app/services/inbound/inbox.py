"""Inbox queries: the saved views, search and paging, straight from SQL.

The window never holds the cache in memory: a view is an ordered array of item ids (8 bytes
each, fetched from a covering index), and rows are loaded by id a page at a time. Sorting and
filtering re-run the query with ORDER BY / WHERE and bound parameters.
"""
from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime, time, timedelta, tzinfo
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import ColumnElement, Select, TextClause, and_, case, func, literal_column, select, text
from sqlalchemy.orm import InstrumentedAttribute, Session

from app import clock
from app.i18n import translate
from app.models import tables as t
from app.services.inbound import item_counts, search_page
from app.services.inbound.search_terms import fts_query, stemmed_terms, ts_query

VIEWS = ("open", "overdue", "due_today", "followup", "answered", "hidden", "mentions",
         "assigned", "held", "failed", "all")
CLI_VIEWS = {"open": "open", "overdue": "overdue", "due-today": "due_today",
             "followup": "followup", "handled": "answered", "held": "held", "failed": "failed", "all": "all"}
# YouTube's moderation queues (held for review, likely spam): the channel publishes or rejects.
HELD_MODERATION = ("heldForReview", "likelySpam")
SORT_KEYS = ("due", "received", "author", "account", "platform", "status")
# Views of running clocks (due_at IS NOT NULL), and the orders whose indexes hold the status.
RUNNING_VIEWS = ("open", "overdue", "due_today", "mentions", "assigned", "held")
STATUS_INDEXED_SORTS = ("author", "account", "platform", "status")
_RUNNING_UNINDEXED_SQL = "+items.status IN ({})".format(", ".join(f"'{s}'" for s in t.OPEN_STATUSES))


def view_label(view: str) -> str:
    return {
        "open": translate("Inbox", "All open"),
        "overdue": translate("Inbox", "Overdue"),
        "due_today": translate("Inbox", "Due today"),
        "followup": translate("Inbox", "Waiting for follow-up"),
        "answered": translate("Inbox", "Answered"),
        "hidden": translate("Inbox", "Hidden and spam"),
        "mentions": translate("Inbox", "Mentions"),
        "assigned": translate("Inbox", "Assigned to me"),
        "held": translate("Inbox", "Held for review"),
        "failed": translate("Inbox", "Failed actions"),
        "all": translate("Inbox", "Everything"),
    }[view]


@dataclass(frozen=True)
class ViewSpec:
    view: str = "open"
    account_id: int | None = None
    institution_id: int | None = None
    search: str | None = None
    sort: str = "due"
    descending: bool = False
    user: str | None = None          # for "assigned"


@dataclass
class ItemRow:
    """One item as the list and the CLI show it: plain data, safe to pass between threads."""
    id: int
    account_id: int
    account_name: str
    platform: str
    institution: str | None
    kind: str
    external_id: str
    author_name: str | None
    text: str
    received_at: datetime
    status: str
    due_at: datetime | None
    first_due_at: datetime | None
    followup_due_at: datetime | None
    handled_at: datetime | None
    handled_by: str | None
    is_hidden: bool
    can_reply: bool
    has_id_number: bool
    outbox_state: str | None
    assigned_to: str | None
    url: str | None
    thread_id: int | None
    timezone: str
    account_policy: str = ""
    attachments: str | None = None     # JSON metadata (photos, stickers, GIFs, links), see services.attachments
    own_conversation: bool | None = None   # X: the account started the conversation
    moderation_status: str | None = None   # YouTube: heldForReview / likelySpam
    human_agent: bool = False              # Messenger: the Page has the HUMAN_AGENT tag (7-day window)
    unread: bool = False                   # not yet opened by the person asking (rows_by_ids(user=))
    author_known: bool = False             # the platform named the author (Facebook bans need it)


# ItemRow's first 23 fields, in the order rows_by_ids selects them.
_ROW_FIELDS = tuple(f.name for f in fields(ItemRow))[:23]


def end_of_local_day(now: datetime, tz: tzinfo | None = None) -> datetime:
    local = now.astimezone(tz) if tz else now.astimezone()
    end = datetime.combine(local.date() + timedelta(days=1), time(0), tzinfo=local.tzinfo)
    return end.astimezone(UTC)


HANDLED_SQL = "items.status IN ('answered', 'no_reply', 'referred')"
# A literal, so the planner can take the partial index ix_items_mentions_due (migration 0016).
MENTION_SQL = "items.kind = 'mention'"
HIDDEN_SQL = "items.status IN ('hidden', 'spam', 'deleted')"


def _conditions(session: Session, spec: ViewSpec, now: datetime) -> list[Any]:
    c = t.Item
    # Our own replies never have a running deadline or a handled status, so only the
    # "everything" view has to leave them out explicitly (keeping the other views' index
    # scans covering).
    conds: list[ColumnElement[bool] | TextClause] = []
    view = spec.view
    if view == "open":
        conds.append(c.due_at.is_not(None))
    elif view == "overdue":
        conds.append(c.due_at < now)
    elif view == "due_today":
        conds.append(and_(c.due_at >= now, c.due_at < end_of_local_day(now)))
    elif view == "followup":
        conds.append(c.status == t.STATUS_HOLDING)
    elif view == "answered":
        conds.append(text(HANDLED_SQL))
    elif view == "hidden":
        conds.append(text(HIDDEN_SQL))
    elif view == "mentions":
        conds.append(and_(text(MENTION_SQL), c.due_at.is_not(None)))
    elif view == "assigned":
        conds.append(and_(c.assigned_to == (spec.user or ""), c.due_at.is_not(None)))
    elif view == "held":
        # Open items only: the running-clock index range, then the few held among them.
        conds.append(and_(c.due_at.is_not(None), c.moderation_status.in_(HELD_MODERATION)))
    elif view == "failed":
        # Items whose latest outbox action failed (reason on the action): through the
        # outbox's state index, not a scan of the items.
        conds.append(c.id.in_(select(t.OutboxAction.item_id).where(
            t.OutboxAction.state.in_((t.OUTBOX_FAILED, t.OUTBOX_ATTENTION)))))
        conds.append(c.outbox_state.in_((t.OUTBOX_FAILED, t.OUTBOX_ATTENTION)))
    elif view == "all":
        conds.append(c.status != t.STATUS_OWN)
    else:
        raise ValueError(f"unknown view {view!r}")
    if view in RUNNING_VIEWS and spec.sort in STATUS_INDEXED_SORTS:
        # A running clock is status new or holding: said as status, the author, account and
        # status indexes test it without the row (they do not hold due_at: migration 0016).
        # The unary plus keeps SQLite from taking the status index and sorting the view.
        conds.append(text(_RUNNING_UNINDEXED_SQL) if session.get_bind().dialect.name == "sqlite"
                     else c.status.in_(t.OPEN_STATUSES))
    if spec.account_id is not None:
        conds.append(c.account_id == spec.account_id)
    if spec.institution_id is not None:
        conds.append(c.account_id.in_(select(t.Account.id).where(
            t.Account.institution_id == spec.institution_id)))
    if spec.search:
        terms = stemmed_terms(session, spec.search)
        if session.get_bind().dialect.name == "sqlite":
            query = fts_query(terms)
            if query:
                conds.append(c.id.in_(select(literal_column("rowid")).select_from(text("items_fts"))
                                      .where(text("items_fts MATCH :fts")).params(fts=query)))
        else:
            tsq = ts_query(terms)
            if tsq:
                conds.append(text("to_tsvector('simple', coalesce(items.text, '') || ' ' || "
                                  "coalesce(items.author_name, '')) @@ to_tsquery('simple', :tsq)")
                             .bindparams(tsq=tsq))
    return conds


def _order(spec: ViewSpec) -> list[Any]:
    c = t.Item
    desc = spec.descending
    cols: list[InstrumentedAttribute[Any]]
    if spec.sort == "due" and spec.view in ("answered", "hidden"):
        # Handled items have no running clock: newest handled first reads naturally.
        cols = [c.handled_at, c.id]
        desc = not desc
    else:
        key = {"due": c.due_at, "received": c.received_at, "author": c.author_name,
               "account": c.account_id, "platform": c.account_id, "status": c.status}.get(spec.sort, c.due_at)
        cols = [key, c.id]
    return [col.desc() if desc else col.asc() for col in cols]


def view_ids(session: Session, spec: ViewSpec, now: datetime | None = None,
             limit: int | None = None) -> array[int]:
    """Ordered ids of every item in the view (compact: 8 bytes per item); with ``limit``,
    only the first ones (the first page, shown while the rest loads)."""
    now = now or clock.now()
    sql_limit = limit
    if limit is not None and spec.search:
        first, few = _search_plan(session, spec, now, limit)
        if first is not None:
            return first
        if few:
            # Few candidates: FTS first, all of them sorted, is the plan. With a LIMIT the
            # planner may walk the view's index instead and ask each row (30-50 ms for a
            # word in 20 items of a million).
            sql_limit = None
    query = select(t.Item.id).where(*_conditions(session, spec, now)).order_by(*_order(spec))
    if sql_limit is not None:
        query = query.limit(sql_limit)
    # Plain integers need none of the ORM's per-row work: read the driver's cursor directly
    # (three to four times faster on a view of half a million items).
    result = array("q")
    cursor = session.connection().execute(query).cursor
    while True:
        chunk = cursor.fetchmany(50000)
        if not chunk:
            break
        result.extend(row[0] for row in chunk)
    if limit is not None:
        del result[limit:]
    return result


def _search_first_page(session: Session, spec: ViewSpec, now: datetime, limit: int) -> array[int] | None:
    """The first ``limit`` ids of a search (SQLite; ``search_page`` explains the plan), or
    None when the plain query is the better plan."""
    return _search_plan(session, spec, now, limit)[0]


def _search_plan(session: Session, spec: ViewSpec, now: datetime, limit: int) -> tuple[array[int] | None, bool]:
    """The first page by the walk, or None; and whether the search has few candidates."""
    if session.get_bind().dialect.name != "sqlite":
        return None, False
    terms = stemmed_terms(session, spec.search or "")
    exact = fts_query(terms)
    if exact is None:
        return None, False
    # The SQLite driver's own connection (this path runs on SQLite only); SQLAlchemy types it Any.
    raw = cast(sqlite3.Connection, session.connection().connection.driver_connection)
    probe = search_page.probe_query(terms)
    if search_page.candidates(raw, probe, search_page.FTS_FIRST_MAX) < search_page.FTS_FIRST_MAX:
        return None, True
    view = select(t.Item.id, t.Item.text, t.Item.author_name).where(
        *_conditions(session, ViewSpec(**{**spec.__dict__, "search": None}), now),
        *(text(term) for term in search_page.walk_terms(spec.view))).order_by(*_order(spec))
    view_sql, view_params = _driver_sql(session, view)
    narrowed = spec.account_id is not None or spec.institution_id is not None
    walkable = search_page.walkable_sql(raw, view_sql, view_params, spec.view, spec.sort, narrowed)
    if walkable is not None:
        page = search_page.walk(raw, walkable, view_params, exact, limit, search_page.SWITCH_ROWS)
        if page is not None:
            return page, False
    # The word is not dense in the view's first rows (or no index gives the order). With fewer
    # than IDS_WALK_MAX candidates: the plain query on the view's index, within a budget;
    # failing that, FTS first with every candidate sorted (no LIMIT). More: the text walk with
    # more patience, then the plain query as planned.
    found = search_page.candidates(raw, probe, search_page.IDS_WALK_MAX)
    if found >= search_page.IDS_WALK_MAX:
        if walkable is None:
            return None, False
        patience = search_page.WALK_MAX * 3 // 2
        return search_page.walk(raw, walkable, view_params, exact, limit, patience), False
    sql = None if walkable is None else search_page.with_search(raw, search_page.ids_only(walkable), view_params)
    if sql is None:
        return None, True
    return search_page.walk_ids_sql(raw, sql, [exact, *view_params], limit, found), True


def _driver_sql(session: Session, query: Select[Any] | Any) -> tuple[str, list[Any]]:
    """SQL text and values for the driver, as SQLAlchemy would bind them (UTC datetimes as
    naive text). Compiling costs ~10 ms, as much as the whole walk: use the engine's compiled
    cache the way ``execute`` does, and compile afresh only if that is not available."""
    # The compiled cache and positional parameter names are SQLAlchemy internals outside its
    # typed surface: this function handles them as Any (AttributeError/TypeError fall back).
    bind: Any = session.get_bind()
    statement: Any = query
    try:
        compiled, extracted, _, _ = statement._compile_w_cache(
            bind.dialect, compiled_cache=bind._compiled_cache, column_keys=[])
        values = compiled.construct_params(extracted_parameters=extracted)
    except (AttributeError, TypeError):
        compiled = statement.compile(dialect=bind.dialect)
        values = compiled.params
    processors = getattr(compiled, "_bind_processors", {})
    return str(compiled), [processors[k](values[k]) if k in processors else values[k]
                           for k in (compiled.positiontup or [])]


def count(session: Session, spec: ViewSpec, now: datetime | None = None) -> int:
    now = now or clock.now()
    # count(*), not count(id): SQLite then counts the entries of the narrowest index that
    # answers the condition (the handled views' partial indexes) instead of reading rows.
    return session.scalar(select(func.count()).select_from(t.Item).where(*_conditions(session, spec, now))) or 0


def rows_by_ids(session: Session, ids: Sequence[int], user: str | None = None) -> list[ItemRow]:
    """Rows for these ids, in the order given (missing ids, e.g. purged, are left out).
    With ``user``, each row says whether that person has read it yet."""
    if not ids:
        return []
    if session.get_bind().dialect.name == "sqlite":
        return _rows_sqlite(cast(sqlite3.Connection, session.connection().connection.driver_connection),
                            ids, user)
    return _rows_orm(session, ids, user)


def _rows_orm(session: Session, ids: Sequence[int], user: str | None) -> list[ItemRow]:
    """rows_by_ids through SQLAlchemy (PostgreSQL; on SQLite the test of ``_rows_sqlite``)."""
    i, a, inst = t.Item, t.Account, t.Institution
    query = (select(i.id, i.account_id, a.name, a.platform, inst.name, i.kind, i.external_id,
                    i.author_name, i.text, i.received_at, i.status, i.due_at, i.first_due_at,
                    i.followup_due_at, i.handled_at, i.handled_by, i.is_hidden, i.can_reply,
                    i.has_id_number, i.outbox_state, i.assigned_to, i.url, i.thread_id,
                    a.calendar, a.policy, i.attachments, i.own_conversation, i.moderation_status, a.options,
                    i.author_id)
             .join(a, a.id == i.account_id).outerjoin(inst, inst.id == a.institution_id)
             .where(i.id.in_(list(ids))))
    by_id: dict[int, ItemRow] = {}
    zones: dict[str, str] = {}
    for row in session.connection().execute(query):   # Core rows: this runs on the GUI thread
        zone = zones.get(row[23])
        if zone is None:
            zone = zones[row[23]] = _zone_of(row[23])
        columns: dict[str, Any] = dict(zip(_ROW_FIELDS, row[:23]))
        by_id[row[0]] = ItemRow(**columns, timezone=zone, account_policy=row[24], attachments=row[25],
                                own_conversation=row[26], moderation_status=row[27],
                                human_agent=row[3] in ("facebook", "instagram") and _human_agent(row[28]),
                                author_known=row[29] is not None)
    if user and by_id:
        # services.reads keeps the read state; the one lookup is here (reads uses this module).
        read = set(session.scalars(select(t.ItemRead.item_id).where(
            t.ItemRead.user_name == user, t.ItemRead.item_id.in_(list(by_id)))))
        for item_id, item_row in by_id.items():
            item_row.unread = item_id not in read and item_row.status != t.STATUS_OWN
    return [by_id[x] for x in ids if x in by_id]


# rows_by_ids's query as SQLite text: through SQLAlchemy, its expanding IN and per-row result
# processing cost 3-13 ms for a page of 50 rows, the query itself 0.3 ms (the window's pages,
# a search's first page and a jump all wait for it).
_ROWS_SQL = (
    "SELECT items.id, items.account_id, accounts.name, accounts.platform, institutions.name, items.kind, "
    "items.external_id, items.author_name, items.text, items.received_at, items.status, items.due_at, "
    "items.first_due_at, items.followup_due_at, items.handled_at, items.handled_by, items.is_hidden, "
    "items.can_reply, items.has_id_number, items.outbox_state, items.assigned_to, items.url, "
    "items.thread_id, accounts.calendar, accounts.policy, items.attachments, items.own_conversation, "
    "items.moderation_status, accounts.options, items.author_id FROM items "
    "JOIN accounts ON accounts.id = items.account_id "
    "LEFT OUTER JOIN institutions ON institutions.id = accounts.institution_id WHERE items.id IN ({marks})")
_MOMENTS = (9, 11, 12, 13, 14)          # received_at, due_at, first_due_at, followup_due_at, handled_at
_FLAGS = (16, 17, 18)                   # is_hidden, can_reply, has_id_number (booleans)


def _moment(value: Any) -> datetime | None:
    """A stored UTC moment (naive text, as SQLAlchemy's SQLite DateTime writes it) as aware UTC."""
    if value is None:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return moment.replace(tzinfo=UTC)


def _rows_sqlite(raw: sqlite3.Connection, ids: Sequence[int], user: str | None) -> list[ItemRow]:
    """rows_by_ids on SQLite, with the driver directly (the same rows and values)."""
    by_id: dict[int, ItemRow] = {}
    wanted = list(ids)
    for start in range(0, len(wanted), 500):
        part = wanted[start:start + 500]
        for row in raw.execute(_ROWS_SQL.format(marks=",".join("?" * len(part))), part):
            values = list(row)
            for k in _MOMENTS:
                values[k] = _moment(values[k])
            for k in (*_FLAGS, 26):      # and own_conversation
                values[k] = None if values[k] is None else bool(values[k])
            columns: dict[str, Any] = dict(zip(_ROW_FIELDS, values[:23]))
            by_id[values[0]] = ItemRow(**columns, timezone=_zone_of(values[23]), account_policy=values[24],
                                       attachments=values[25], own_conversation=values[26],
                                       moderation_status=values[27],
                                       human_agent=values[3] in ("facebook", "instagram") and _human_agent(values[28]),
                                       author_known=values[29] is not None)
    if user and by_id:
        found = list(by_id)
        read: set[int] = set()
        for start in range(0, len(found), 500):
            part = found[start:start + 500]
            read.update(item_id for (item_id,) in raw.execute(
                f"SELECT item_id FROM item_reads WHERE user_name = ? AND item_id IN ({','.join('?' * len(part))})",
                [user, *part]))
        for item_id, item_row in by_id.items():
            item_row.unread = item_id not in read and item_row.status != t.STATUS_OWN
    return [by_id[x] for x in ids if x in by_id]


@lru_cache(maxsize=64)
def _human_agent(options_json: str | None) -> bool:
    """The account's "human_agent" setting (services/platform_options.py)."""
    import json
    try:
        return json.loads(options_json or "{}").get("human_agent") is True
    except (ValueError, AttributeError):
        return False


@lru_cache(maxsize=256)
def _zone_of(calendar_json: str) -> str:
    # The zone is named in the calendar or is the country's default: building a
    # WorkCalendar (holiday tables) to learn it cost ~350 ms of the first page at start-up.
    from app.services.inbound.calendar import zone_name
    return zone_name(calendar_json)


def query_rows(session: Session, spec: ViewSpec, limit: int | None = None,
               now: datetime | None = None) -> list[ItemRow]:
    ids = view_ids(session, spec, now)
    if limit is not None:
        ids = ids[:limit]
    rows: list[ItemRow] = []
    for start in range(0, len(ids), 500):
        rows.extend(rows_by_ids(session, ids[start:start + 500]))
    return rows


@dataclass
class AccountCount:
    account_id: int
    name: str
    platform: str
    institution_id: int | None
    institution: str | None
    open: int = 0
    overdue: int = 0
    status: str = "ok"
    status_message: str | None = None
    last_sync_ok_at: datetime | None = None
    paused_until: datetime | None = None
    unread: int = 0                        # open items the person has not opened (with user=)
    notify_new: str = "off"                # the account's options here; new_items.with_modes reads the mode


@dataclass
class NavigatorCounts:
    views: dict[str, tuple[int, int]] = field(default_factory=dict)   # view -> (count, overdue)
    accounts: list[AccountCount] = field(default_factory=list)
    unread: dict[str, int] = field(default_factory=dict)   # view -> unread for the person (with user=)


def navigator_counts(session: Session, user: str | None = None,
                     now: datetime | None = None) -> NavigatorCounts:
    """Counts for the navigator: every saved view, and open/overdue per account (the unread
    counts are added by ``reads.with_unread``, the notification modes by ``new_items``)."""
    now = now or clock.now()
    with item_counts.one_snapshot(session):
        return _navigator_counts(session, user, now)


def _navigator_counts(session: Session, user: str | None, now: datetime) -> NavigatorCounts:
    result = NavigatorCounts()
    # SQLite keeps the large counts in item_counts (services/inbound/item_counts.py): what is
    # left to read is the short range of items not yet due. Each row is counted once: "open"
    # and "overdue" are the sums of the per-account counts, a view's overdue count comes
    # with its total.
    kept = item_counts.kept(session)
    per_account = _account_counts(session, now, kept)
    open_total = sum(total for total, _ in per_account.values())
    overdue_total = sum(overdue for _, overdue in per_account.values())
    i = t.Item
    for view in VIEWS:
        if view == "all":
            continue
        if view == "open":
            result.views[view] = (open_total, overdue_total)
        elif view == "overdue":
            result.views[view] = (overdue_total, 0)
        elif kept is not None and view == "followup":
            result.views[view] = (kept.status(t.STATUS_HOLDING), kept.status(t.STATUS_HOLDING, running_only=True)
                                  - _not_due(session, now, i.status == t.STATUS_HOLDING))
        elif kept is not None and view == "mentions":
            running = kept.kind_running("mention")
            result.views[view] = (running, running - _not_due(session, now, text(MENTION_SQL)))
        elif kept is not None and view in ("answered", "hidden"):
            result.views[view] = (kept.status(*(_HANDLED if view == "answered" else _HIDDEN)), 0)
        elif view in ("mentions", "followup", "assigned"):
            conds = _conditions(session, ViewSpec(view=view, user=user), now)
            total, overdue = session.execute(
                select(func.count(), func.sum(case((i.due_at < now, 1), else_=0))).where(*conds)).one()
            result.views[view] = (total or 0, int(overdue or 0))
        else:
            result.views[view] = (count(session, ViewSpec(view=view, user=user), now), 0)
    for acc, inst in session.execute(select(t.Account, t.Institution)
                                     .outerjoin(t.Institution, t.Institution.id == t.Account.institution_id)
                                     .order_by(t.Institution.name, t.Account.name)):
        open_count, overdue = per_account.get(acc.id, (0, 0))
        result.accounts.append(AccountCount(acc.id, acc.name, acc.platform, acc.institution_id,
                                            inst.name if inst else None, open_count, overdue,
                                            acc.status, acc.status_message, acc.last_sync_ok_at,
                                            acc.paused_until, notify_new=acc.options or ""))
    return result


_HANDLED = (t.STATUS_ANSWERED, t.STATUS_NO_REPLY, t.STATUS_REFERRED)      # HANDLED_SQL
_HIDDEN = (t.STATUS_HIDDEN, t.STATUS_SPAM, t.STATUS_DELETED)              # HIDDEN_SQL


def _not_due(session: Session, now: datetime, condition: ColumnElement[bool] | TextClause) -> int:
    """Items with a clock that has not run out yet (a short range: recent items)."""
    return session.scalar(select(func.count()).select_from(t.Item).where(condition, t.Item.due_at >= now)) or 0


def _account_counts(session: Session, now: datetime,
                    kept: item_counts.Kept | None) -> dict[int, tuple[int, int]]:
    """Open and overdue items per account: the running clocks (kept, or a range of
    ix_items_account_due per account) less those not yet due (a short range per account).
    A GROUP BY over the whole index read every row of the cache, handled ones included."""
    a, i = t.Account, t.Item
    not_due = (select(func.count()).select_from(i)
               .where(i.account_id == a.id, i.due_at >= now).scalar_subquery())
    if kept is not None:
        running_by = kept.running_by_account()
        rows = [(acc, running_by.get(acc, 0), later) for acc, later in session.execute(select(a.id, not_due))]
    else:
        running = (select(func.count()).select_from(i)
                   .where(i.account_id == a.id, i.due_at.is_not(None)).scalar_subquery())
        rows = [(acc, total, later) for acc, total, later in session.execute(select(a.id, running, not_due))]
    return {acc: (total, total - later) for acc, total, later in rows if total}


@dataclass
class ThreadMessage:
    id: int | None
    author_name: str | None
    text: str
    at: datetime
    is_own: bool
    status: str
    is_hidden: bool
    via: str            # "platform" | "svarbox" | "note"
    sent_by: str | None = None
    outbox_state: str | None = None
    url: str | None = None
    attachments: str | None = None     # JSON metadata, see services.attachments


@dataclass
class ThreadView:
    item: ItemRow
    thread_text: str
    thread_author: str | None
    thread_url: str | None
    thread_kind: str | None
    messages: list[ThreadMessage]
    id_number_kind: str | None = None     # idnumbers.CPR, PERSONNUMMER, ... in the account's reading


def thread_view(session: Session, item_id: int) -> ThreadView | None:
    """The conversation an item belongs to: the post, every message in time order, our
    replies (sent or waiting in the outbox) and internal notes."""
    rows = rows_by_ids(session, [item_id])
    if not rows:
        return None
    row = rows[0]
    thread = session.get(t.Thread, row.thread_id) if row.thread_id else None
    items = (session.scalars(select(t.Item).where(t.Item.thread_id == row.thread_id)
                             .order_by(t.Item.received_at, t.Item.id).limit(500)).all()
             if row.thread_id else [i for i in (session.get(t.Item, item_id),) if i is not None])
    messages = [ThreadMessage(i.id, i.author_name, i.text, i.received_at, i.status == t.STATUS_OWN,
                              i.status, i.is_hidden, "platform", url=i.url, attachments=i.attachments)
                for i in items]
    synced = {i.external_id: m for i, m in zip(items, messages)}
    item_ids = [i.id for i in items]
    for action in session.scalars(select(t.OutboxAction).where(
            t.OutboxAction.item_id.in_(item_ids),
            t.OutboxAction.action.in_(("reply", "holding_reply", "refer")),   # refer: a referral is a reply
            t.OutboxAction.state != t.OUTBOX_DISCARDED)):
        mirror = (synced.get(action.result_external_id) if action.state == t.OUTBOX_SENT
                  and action.result_external_id else None)
        if mirror is not None:
            # Already synced back from the platform: mark it as ours instead of showing it twice.
            mirror.via, mirror.sent_by = "svarbox", action.author
            continue
        messages.append(ThreadMessage(None, None, action.text or "", action.sent_at or action.created_at,
                                      True, t.STATUS_OWN, False, "svarbox", action.author, action.state))
    for note in session.scalars(select(t.Note).where(t.Note.item_id.in_(item_ids))):
        messages.append(ThreadMessage(None, note.author, note.text, note.created_at, True, "note",
                                      False, "note", note.author))
    messages.sort(key=lambda m: m.at)
    kind = None
    if row.has_id_number:
        from app.services.content.id_flags import kind_of
        kind = kind_of(row.text, session.scalar(select(t.Account.language).where(t.Account.id == row.account_id)))
    return ThreadView(row, thread.text if thread else "", thread.author_name if thread else None,
                      thread.url if thread else None, thread.kind if thread else None, messages, kind)
