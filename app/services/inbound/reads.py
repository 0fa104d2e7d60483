"""Read state per person (issue 16, point 7): an item is unread for a person until they open
it or mark it read; in team mode each colleague has their own. One row per (item, person)
read; no row means unread. Qt-free."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, delete, exists, func, select
from sqlalchemy.orm import Session

from app import clock
from app.models import tables as t
from app.models.db import rowcount

if TYPE_CHECKING:
    from app.services.inbound.inbox import NavigatorCounts, ViewSpec

CHUNK = 500


def mark_read(session: Session, item_ids: Iterable[int], user: str, now: datetime | None = None) -> int:
    """Mark these items read for ``user``; returns how many were unread."""
    now = now or clock.now()
    ids = list(dict.fromkeys(item_ids))
    added = 0
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        known = set(session.scalars(select(t.ItemRead.item_id).where(
            t.ItemRead.user_name == user, t.ItemRead.item_id.in_(chunk))))
        present = set(session.scalars(select(t.Item.id).where(t.Item.id.in_(chunk))))
        for item_id in chunk:
            if item_id in present and item_id not in known:
                session.add(t.ItemRead(item_id=item_id, user_name=user, read_at=now))
                added += 1
        session.flush()
    return added


def mark_unread(session: Session, item_ids: Iterable[int], user: str) -> int:
    ids = list(dict.fromkeys(item_ids))
    removed = 0
    for start in range(0, len(ids), CHUNK):
        removed += rowcount(session.execute(delete(t.ItemRead).where(
            t.ItemRead.user_name == user, t.ItemRead.item_id.in_(ids[start:start + CHUNK])))) or 0
    return removed


def read_among(session: Session, item_ids: Sequence[int], user: str) -> set[int]:
    """Which of ``item_ids`` ``user`` has read (one indexed lookup for a page of rows)."""
    if not item_ids or not user:
        return set()
    return set(session.scalars(select(t.ItemRead.item_id).where(
        t.ItemRead.user_name == user, t.ItemRead.item_id.in_(list(item_ids)))))


def _unread_condition(user: str) -> ColumnElement[bool]:
    return ~exists().where(t.ItemRead.item_id == t.Item.id, t.ItemRead.user_name == user)


def unread_count(session: Session, spec: ViewSpec, user: str, now: datetime | None = None) -> int:
    """Unread items of a view for ``user`` (the view's own conditions, then the read rows)."""
    from app.services.inbound.inbox import _conditions
    now = now or clock.now()
    return session.scalar(select(func.count()).select_from(t.Item).where(
        *_conditions(session, spec, now), t.Item.status != t.STATUS_OWN, _unread_condition(user))) or 0


def mark_view_read(session: Session, spec: ViewSpec, user: str, now: datetime | None = None) -> int:
    """"Mark all read": every item of the view, for ``user``. Returns how many were unread."""
    from app.services.inbound.inbox import view_ids
    now = now or clock.now()
    return mark_read(session, list(view_ids(session, spec, now)), user, now)


# Views whose unread count the navigator shows: the ones that hold work. Answered and hidden
# items are history; an "unread" count there would only grow with every colleague's answer.
UNREAD_VIEWS = ("open", "overdue", "due_today", "followup", "mentions", "assigned", "held", "failed")


def read_counts(session: Session, user: str, now: datetime | None = None) -> tuple[dict[str, int], dict[int, int]]:
    """How many items of each of ``UNREAD_VIEWS``, and of each account's open items, ``user``
    has read. One pass over the person's own read rows (ix_item_reads_user), so the cost
    follows what they have read, not the size of the inbox; unread = a view's count minus
    this. Under row-level security only the items the person may see are counted."""
    from sqlalchemy import and_, case

    from app.services.inbound import item_counts
    from app.services.inbound.inbox import ViewSpec, _conditions
    now = now or clock.now()
    if not user:
        return {}, {}
    with item_counts.one_snapshot(session):
        kept = item_counts.kept_reads(session, user)      # SQLite: kept by triggers
        if kept is not None:
            return _read_counts_kept(session, user, now, kept)
    # Every working view but "failed" holds open items only (a running clock): the join is
    # limited to those, so the planner may start from whichever side is smaller (the open
    # items through ix_items_due, or the person's reads through ix_item_reads_user).
    running = [view for view in UNREAD_VIEWS if view != "failed"]
    columns = [func.sum(case((and_(*_conditions(session, ViewSpec(view=view, user=user), now)), 1), else_=0))
               for view in running]
    rows = session.execute(select(t.Item.account_id, *columns)
                           .select_from(t.Item).join(t.ItemRead, and_(t.ItemRead.item_id == t.Item.id,
                                                                      t.ItemRead.user_name == user))
                           .where(t.Item.due_at.is_not(None))
                           .group_by(t.Item.account_id)).all()
    views = {view: 0 for view in UNREAD_VIEWS}
    per_account: dict[int, int] = {}
    open_at = running.index("open")
    for account_id, *sums in rows:
        for view, n in zip(running, sums, strict=True):
            views[view] += int(n or 0)
        per_account[account_id] = int(sums[open_at] or 0)
    # Failed actions are few (the outbox's state index), whatever the items' clocks say.
    views["failed"] = session.scalar(select(func.count()).select_from(t.ItemRead).where(
        t.ItemRead.user_name == user,
        t.ItemRead.item_id.in_(select(t.Item.id).where(*_conditions(session, ViewSpec(view="failed"), now))))) or 0
    return views, per_account


def _read_counts_kept(session: Session, user: str, now: datetime,
                      kept: dict[tuple[int, str, str, bool], int]) -> tuple[dict[str, int], dict[int, int]]:
    """read_counts on SQLite: the person's read items per account, status, kind and running
    clock are kept (services/inbound/item_counts.py); the moment-dependent parts are the
    short range of items not yet due (and the few assigned, held or failed items), each
    asked whether the person read it."""
    from sqlalchemy import bindparam, text

    from app.services.inbound.inbox import ViewSpec, _conditions, end_of_local_day
    per_account: dict[int, int] = {}
    holding = mentions = 0
    for (account_id, status, kind, running), n in kept.items():
        if running:
            per_account[account_id] = per_account.get(account_id, 0) + n
            holding += n if status == t.STATUS_HOLDING else 0
            mentions += n if kind == "mention" else 0
    read = sum(per_account.values())
    # Left to itself the planner scanned a whole covering index (1M entries, ~200 ms) for
    # this range of ~17,000 entries: it is told which index to walk.
    not_due, today = session.execute(text(
        "SELECT count(*), total(items.due_at < :end) FROM items INDEXED BY ix_items_due "
        "WHERE items.due_at >= :now AND EXISTS (SELECT 1 FROM item_reads "
        "WHERE item_reads.item_id = items.id AND item_reads.user_name = :user)").bindparams(
        bindparam("now", now, type_=t.UTCDateTime()), bindparam("end", end_of_local_day(now), type_=t.UTCDateTime()),
        bindparam("user", user))).one()
    views = {"open": read, "overdue": read - not_due, "due_today": int(today or 0), "followup": holding,
             "mentions": mentions}
    for view in ("assigned", "held", "failed"):
        views[view] = session.scalar(select(func.count()).select_from(t.Item).where(
            *_conditions(session, ViewSpec(view=view, user=user), now), ~_unread_condition(user))) or 0
    return views, per_account


def with_unread(session: Session, counts: NavigatorCounts, user: str,
                now: datetime | None = None) -> NavigatorCounts:
    """``inbox.navigator_counts`` with what ``user`` has not read yet, per working view and
    per account."""
    if not user:
        return counts
    read_views, read_accounts = read_counts(session, user, now)
    counts.unread = {view: max(0, counts.views[view][0] - n) for view, n in read_views.items()}
    for acc in counts.accounts:
        acc.unread = max(0, acc.open - read_accounts.get(acc.account_id, 0))
    return counts
