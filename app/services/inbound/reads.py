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
    from app.services.inbound.inbox import ViewSpec

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
