"""Reports on what went out (issue 19, point 8): posts published per account and ISO week,
and the comments each post brought (items in the post's thread, our own replies excluded)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from app import clock
from app.models import tables as t


@dataclass
class WeekRow:
    account: str
    week: str          # ISO week, e.g. "2026-W49"
    published: int

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class PostCommentsRow:
    post_id: int
    account: str
    published_at: datetime | None
    text: str
    permalink: str | None
    comments: int
    open_comments: int

    def to_json(self) -> dict[str, Any]:
        out = dict(self.__dict__)
        out["published_at"] = self.published_at.isoformat() if self.published_at else None
        return out


def _published(session: Session, start: datetime | None, end: datetime | None,
               account_id: int | None = None, institution_id: int | None = None) -> Sequence[Row[t.Post, str]]:
    query = (select(t.Post, t.Account.name).join(t.Account, t.Account.id == t.Post.account_id)
             .where(t.Post.status == t.POST_PUBLISHED, t.Post.published_at.is_not(None)))
    if account_id is not None:
        query = query.where(t.Post.account_id == account_id)
    if institution_id is not None:
        query = query.where(t.Account.institution_id == institution_id)
    if start is not None:
        query = query.where(t.Post.published_at >= start)
    if end is not None:
        query = query.where(t.Post.published_at < end)
    return session.execute(query.order_by(t.Post.published_at, t.Post.id)).all()


def published_per_week(session: Session, start: datetime | None = None, end: datetime | None = None,
                       zone: tzinfo | None = None, account_id: int | None = None,
                       institution_id: int | None = None) -> list[WeekRow]:
    """Weeks are counted in the local time zone (a Monday 00:30 post is that Monday's week)."""
    zone = zone or clock.local_zone()
    counts: dict[tuple[str, str], int] = {}
    for post, account in _published(session, start, end, account_id, institution_id):
        if post.published_at is None:   # the query asks for a publishing moment
            continue
        year, week, _day = post.published_at.astimezone(zone).isocalendar()
        key = (account, f"{year}-W{week:02d}")
        counts[key] = counts.get(key, 0) + 1
    return [WeekRow(a, w, n) for (a, w), n in sorted(counts.items(), key=lambda kv: (kv[0][1], kv[0][0]))]


def comments_per_post(session: Session, start: datetime | None = None, end: datetime | None = None,
                      account_id: int | None = None, institution_id: int | None = None) -> list[PostCommentsRow]:
    rows = []
    for post, account in _published(session, start, end, account_id, institution_id):
        total = open_ = 0
        if post.thread_id is not None:
            base = select(func.count(t.Item.id)).where(t.Item.thread_id == post.thread_id,
                                                       t.Item.status != t.STATUS_OWN)
            total = session.scalar(base) or 0
            open_ = session.scalar(base.where(t.Item.status.in_(t.OPEN_STATUSES))) or 0
        first = (post.text or "").splitlines()[0] if post.text else ""
        rows.append(PostCommentsRow(post.id, account, post.published_at, first[:120], post.permalink, total, open_))
    return rows


def post_report(session: Session, start: datetime | None, end: datetime | None, zone: tzinfo | None = None,
                account_id: int | None = None, institution_id: int | None = None) -> tuple[list[WeekRow],
                                                                                       list[PostCommentsRow]]:
    """Both tables of the report window's Posts tab, for one period and scope."""
    return (published_per_week(session, start, end, zone, account_id, institution_id),
            comments_per_post(session, start, end, account_id, institution_id))
