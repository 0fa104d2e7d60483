"""The audit log as a data protection officer reads it: who opened, answered, exported, hid,
forgot or reassigned what, and when.

On the team's PostgreSQL the rows a person gets are the ones row-level security lets their
login read (administrators: their institutions' events); ``login`` is the database login the
server recorded, which a client cannot forge. On the single-user SQLite file ``login`` is
empty and ``actor`` is the name set in Svarbox. Never a citizen's text, never a token.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import translate
from app.models import tables as t
from app.services.inbound import items as item_service

# Raw audit actions grouped into what a data protection officer asks about.
CATEGORIES = {
    "opened": ("opened",),
    "answered": ("reply", "holding_reply", "outbox_queued", "outbox_sent", "answered_elsewhere",
                 "answered_despite_warning", "replayed_from_local_queue", "no_reply", "refer"),
    "exported": ("exported",),
    "hid": ("hide", "unhide", "spam", "delete", "reject"),
    "forgot": ("forget_author", "retention_purge"),
    "reassigned": ("assign",),
    "roles": ("role_granted", "role_revoked"),
}
CATEGORY_OF = {action: cat for cat, actions in CATEGORIES.items() for action in actions}
CSV_COLUMNS = ("at", "login", "actor", "category", "action", "item_id", "account_id",
               "outbox_id", "details")


def category_name(category: str) -> str:
    return {"opened": translate("Audit", "opened"), "answered": translate("Audit", "answered"),
            "exported": translate("Audit", "exported"), "hid": translate("Audit", "hid"),
            "forgot": translate("Audit", "forgot"), "reassigned": translate("Audit", "reassigned"),
            "roles": translate("Audit", "roles"), "other": translate("Audit", "other")}.get(
                category, category)


def record_opened(session: Session, actor: str, item_id: int) -> None:
    """An item's conversation was shown to ``actor``: the DPO's "who opened what"."""
    item = item_service.get_item(session, item_id)
    item_service.audit(session, actor, "opened", item_id=item.id, account_id=item.account_id)


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    login: str | None
    actor: str
    action: str
    category: str
    item_id: int | None
    account_id: int | None
    outbox_id: int | None
    details: dict[str, Any]


def audit_log(session: Session, *, since: datetime | None = None, until: datetime | None = None,
              category: str | None = None, actor: str | None = None, item_id: int | None = None,
              limit: int | None = 10_000) -> list[AuditRow]:
    """Events oldest first, filtered; only what this login may read."""
    e = t.AuditEvent
    query = select(e).order_by(e.at, e.id)
    if since is not None:
        query = query.where(e.at >= since)
    if until is not None:
        query = query.where(e.at < until)
    if category is not None:
        if category == "other":
            query = query.where(e.action.not_in(list(CATEGORY_OF)))
        else:
            query = query.where(e.action.in_(CATEGORIES[category]))
    if actor is not None:
        query = query.where((e.actor == actor) | (e.login == actor))
    if item_id is not None:
        query = query.where(e.item_id == item_id)
    if limit is not None:
        query = query.limit(limit)
    out = []
    for event in session.scalars(query):
        try:
            details = json.loads(event.details or "{}")
        except ValueError:
            details = {}
        out.append(AuditRow(event.at, event.login, event.actor, event.action,
                            CATEGORY_OF.get(event.action, "other"), event.item_id, event.account_id,
                            event.outbox_id, details))
    return out


def to_csv(rows: list[AuditRow]) -> str:
    """CSV for a spreadsheet; cells starting with = + - @ are prefixed so no formula runs."""
    def cell(value: object) -> str:
        text = "" if value is None else str(value)
        return "'" + text if text[:1] in ("=", "+", "-", "@") else text

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow([row.at.isoformat(), cell(row.login), cell(row.actor), row.category,
                         cell(row.action), row.item_id, row.account_id, row.outbox_id,
                         cell(json.dumps(row.details, ensure_ascii=False, sort_keys=True))])
    return buffer.getvalue()
