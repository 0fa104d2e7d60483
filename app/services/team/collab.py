"""Team mode: several communicators on one database, without stepping on each other.

- Collisions: ``answer_guard`` says, in one sentence, why answering an item now would collide
  with a colleague (already answered, or answering right now). ``queue_reply`` is the only way
  the composer queues an answer: it locks the item, re-checks the guard inside that lock and
  refuses with ``CollisionError`` unless the person explicitly chose to answer anyway. The
  lock makes two clients racing for one item queue one answer, not two.
- The composer claims the item while open (``open_composer`` / ``renew_composer`` /
  ``close_composer``, over the claim rows of ``team``), and other clients see the claim by
  polling ``claims_changed_since`` every ``CLAIM_POLL_SECONDS``. Polling rather than
  LISTEN/NOTIFY: it works the same on SQLite, and a few seconds is fast enough.
- Assignments: ``assign`` plus ``assignments_for`` / ``AssignmentWatch`` for the assignee's
  notification poll; ``activity`` is the audit log across every client.
- Shared settings live in ``app.services.team.shared_settings``.

Qt-free; functions take a SQLAlchemy session (the caller's unit of work) or the workspace.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app import clock
from app.errors import NotFoundError, UsageError
from app.i18n import translate
from app.models import tables as t
from app.models.db import table_of
from app.services.inbound import items as item_service
from app.services.team import leases as team

if TYPE_CHECKING:
    from app.models.db import Database
    from app.services.workspace import Workspace

CLAIM_POLL_SECONDS = 3.0            # how often other clients' claims are re-read
ASSIGNMENT_POLL_SECONDS = 15.0
ASSIGNMENT_OVERLAP = timedelta(minutes=2)   # clients' clocks differ; re-read a little history
ANSWER_ACTIONS = ("reply", "holding_reply", "private_reply", "refer")   # refer: the referral sent as a reply



class CollisionError(UsageError):
    """Answering would collide with a colleague. ``kind``: "answered" or "claimed"."""

    def __init__(self, message: str, *, kind: str, colleague: str | None) -> None:
        super().__init__(message)
        self.kind = kind
        self.colleague = colleague


# --- collision detection -------------------------------------------------------------------

@dataclass(frozen=True)
class Collision:
    kind: str                  # "answered" | "claimed"
    colleague: str | None      # None: answered on the platform itself
    message: str


def _hm(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%H:%M") if moment else ""


def find_collision(session: Session, item_id: int, user: str,
                   now: datetime | None = None) -> Collision | None:
    """What a colleague already did or is doing to this item, or None. The person's own
    earlier answers and claims are not collisions."""
    now = now or clock.now()
    item = session.get(t.Item, item_id)
    if item is None:
        raise NotFoundError(translate("Items", "There is no item {id}.").format(id=item_id))
    answer = session.execute(
        select(t.OutboxAction.author, t.OutboxAction.state, t.OutboxAction.sent_at,
               t.OutboxAction.created_at)
        .where(t.OutboxAction.item_id == item_id, t.OutboxAction.action == "reply",
               t.OutboxAction.state != t.OUTBOX_DISCARDED, t.OutboxAction.author != user)
        .order_by(t.OutboxAction.id.desc()).limit(1)).first()
    if answer is not None:
        author, state, sent_at, created_at = answer
        if state == t.OUTBOX_SENT:
            message = translate("Collab", "{name} already answered this at {time}.").format(
                name=author, time=_hm(sent_at or created_at))
        else:
            message = translate("Collab", "{name} already answered this; the answer is waiting in "
                                "the outbox.").format(name=author)
        return Collision("answered", author, message)
    if item.status == t.STATUS_ANSWERED and item.handled_by and item.handled_by != user:
        if item.handled_by == "platform":
            account = session.get(t.Account, item.account_id)
            from app.i18n import platform_name
            return Collision("answered", None, translate(
                "Collab", "This was already answered on {platform} itself.").format(
                    platform=platform_name(account.platform if account else "")))
        return Collision("answered", item.handled_by, translate(
            "Collab", "{name} already marked this as answered at {time}.").format(
                name=item.handled_by, time=_hm(item.handled_at)))
    claim = session.get(t.Claim, item_id)
    if claim is not None and claim.expires_at >= now and claim.user_name != user:
        return Collision("claimed", claim.user_name, translate(
            "Collab", "{name} is answering this right now.").format(name=claim.user_name))
    return None


def answer_guard(session: Session, item_id: int, user: str, now: datetime | None = None) -> str | None:
    """One sentence for the composer when a colleague already answered this item or has it
    open right now; None when answering collides with nobody."""
    collision = find_collision(session, item_id, user, now)
    return collision.message if collision else None


def lock_item(session: Session, item_id: int) -> t.Item | None:
    """Serialise answering one item across every client until the caller's transaction ends,
    and return the item as committed by whoever held the lock before.

    PostgreSQL: a row lock (SELECT ... FOR UPDATE). SQLite has no row locks: a no-op UPDATE
    takes the database's write lock first thing, so the checks that follow and the insert
    are one serialised unit there too."""
    if session.get_bind().dialect.name == "postgresql":
        query = select(t.Item).where(t.Item.id == item_id).with_for_update()
    else:
        items = table_of(t.Item)
        session.execute(update(items).where(items.c.id == item_id)
                        .values(outbox_state=items.c.outbox_state))
        query = select(t.Item).where(t.Item.id == item_id)
    return session.execute(query.execution_options(populate_existing=True)).scalar_one_or_none()


def queue_reply(session: Session, item_id: int, author: str, text: str, *, action: str = "reply",
                override: bool = False, signature: str | None = None, confirmed: bool = False,
                now: datetime | None = None, after_check: Callable[[], None] | None = None,
                validated: bool = False) -> int:
    """Queue an answer unless it collides with a colleague. ``override`` is the person's
    explicit "answer anyway" after reading the warning. Returns the outbox id.

    ``after_check`` is a test hook run after the check, while the item is still locked."""
    from app.services.outbound import outbox

    if action not in ANSWER_ACTIONS:
        raise UsageError(translate("Outbox", "Unknown action: {action}").format(action=action))
    if lock_item(session, item_id) is None:
        raise NotFoundError(translate("Items", "There is no item {id}.").format(id=item_id))
    collision = find_collision(session, item_id, author, now)
    if collision and not override:
        raise CollisionError(collision.message, kind=collision.kind, colleague=collision.colleague)
    if after_check:
        after_check()
    outbox_id = outbox.queue_action(session, item_id, action, author, text, confirmed=confirmed,
                                    signature=signature, now=now, validated=validated)
    if collision:
        item = session.get(t.Item, item_id)
        item_service.audit(session, author, "answered_despite_warning", item_id=item_id,
                           account_id=item.account_id if item else None, outbox_id=outbox_id,
                           collision=collision.kind, colleague=collision.colleague)
    return outbox_id



def known_colleagues(db: Database, exclude: frozenset[str] = frozenset()) -> list[str]:
    """Names to offer for "Assign to…": everyone in the audit log and every live claim."""
    with db.session() as session:
        names = {a.actor for a in activity(session, limit=1000) if a.actor not in exclude}
    names |= set(team.active_claims(db).values())
    return sorted((n for n in names if n and n.strip()), key=str.casefold)

# --- the composer's claim ------------------------------------------------------------------

@dataclass
class ComposerState:
    """What the composer shows when it opens."""
    item_id: int
    claimed: bool                 # False: a colleague holds the item
    warning: str | None           # shown above the editor, before anything is written
    can_send: bool
    cannot_send_reason: str | None


def open_composer(ws: Workspace, item_id: int, *, ttl: timedelta = team.CLAIM_TTL,
                  now: datetime | None = None) -> ComposerState:
    """Claim the item ("<me> is answering" for everyone else) and gather the warnings."""
    from app.services.accounts import can_send

    with ws.db.session() as session:
        account_id = item_service.get_item(session, item_id).account_id
    result = team.claim_item(ws.db, item_id, ws.user, ttl=ttl, now=now)
    with ws.db.session() as session:
        warning = answer_guard(session, item_id, ws.user, now=now)
    ok, reason = can_send(ws, account_id)
    return ComposerState(item_id, result.ok, warning, ok, reason)


def renew_composer(ws: Workspace, item_id: int, *, ttl: timedelta = team.CLAIM_TTL) -> bool:
    """Keep the claim alive while the composer stays open; call every ``renew_every(ttl)``.
    False when a colleague took the item after our claim lapsed."""
    return team.claim_item(ws.db, item_id, ws.user, ttl=ttl).ok


def renew_every(ttl: timedelta = team.CLAIM_TTL) -> float:
    """Seconds between renewals: a third of the TTL survives one missed tick and a slow DB."""
    return max(ttl.total_seconds() / 3, 0.5)


def close_composer(ws: Workspace, item_id: int) -> None:
    team.release_claim(ws.db, item_id)


@dataclass(frozen=True)
class ClaimChanges:
    claims: dict[int, str]                  # item id -> colleague answering it, now
    appeared: dict[int, str] = field(default_factory=dict)   # new or changed hands
    gone: frozenset[int] = frozenset()      # released or expired

    @property
    def changed(self) -> bool:
        return bool(self.appeared or self.gone)


def claims_changed_since(db: Database, previous: Mapping[int, str] | None, *, include_mine: bool = False,
                         now: datetime | None = None) -> ClaimChanges:
    """Polling helper for the list's "<colleague> is answering" marks: the live claims of
    other clients, and what changed since ``previous`` (the ``claims`` of the last poll).
    Expired claims count as gone even though their rows remain."""
    current = team.active_claims(db, now=now, exclude_holder=None if include_mine else team.client_id())
    before = dict(previous or {})
    appeared = {item: user for item, user in current.items() if before.get(item) != user}
    gone = frozenset(item for item in before if item not in current)
    return ClaimChanges(current, appeared, gone)


# --- assignment and the team's activity ----------------------------------------------------

def assign(session: Session, item_id: int, assignee: str | None, actor: str) -> None:
    """Assign an item (None: unassign). The assignee's client notices via ``assignments_for``."""
    item_service.assign(session, item_id, assignee.strip() if assignee else None, actor)


@dataclass(frozen=True)
class Assignment:
    event_id: int
    item_id: int
    account_id: int | None
    by: str
    at: datetime

    @property
    def message(self) -> str:
        """For the desktop notification: who, never the citizen's text."""
        return translate("Collab", "{name} assigned an item to you.").format(name=self.by)


def assignments_for(session: Session, user: str, since: datetime) -> list[Assignment]:
    """Items assigned to ``user`` by a colleague after ``since`` and still assigned to them,
    newest last (one per item)."""
    rows = session.execute(
        select(t.AuditEvent.id, t.AuditEvent.item_id, t.AuditEvent.account_id, t.AuditEvent.actor,
               t.AuditEvent.at, t.AuditEvent.details)
        .where(t.AuditEvent.action == "assign", t.AuditEvent.at > since, t.AuditEvent.actor != user)
        .order_by(t.AuditEvent.at, t.AuditEvent.id)).all()
    latest: dict[int, Assignment] = {}
    for event_id, item_id, account_id, actor, at, details in rows:
        try:
            assignee = json.loads(details or "{}").get("assignee")
        except ValueError:
            continue
        if item_id is not None and assignee == user:
            latest[item_id] = Assignment(event_id, item_id, account_id, actor, at)
    if not latest:
        return []
    still = set(session.scalars(select(t.Item.id).where(t.Item.id.in_(list(latest)),
                                                        t.Item.assigned_to == user)))
    return sorted((a for a in latest.values() if a.item_id in still), key=lambda a: (a.at, a.event_id))


class AssignmentWatch:
    """Remembers what was already notified, so a poll with some overlap (clocks on the team's
    machines differ a little) never notifies the same assignment twice."""

    def __init__(self, user: str, since: datetime | None = None) -> None:
        self.user = user
        self.since = since or clock.now()
        self._seen: set[int] = set()

    def poll(self, session: Session, now: datetime | None = None) -> list[Assignment]:
        now = now or clock.now()
        fresh = [a for a in assignments_for(session, self.user, self.since - ASSIGNMENT_OVERLAP)
                 if a.event_id not in self._seen]
        self._seen.update(a.event_id for a in fresh)
        self.since = max(self.since, now - ASSIGNMENT_OVERLAP)
        return fresh


@dataclass(frozen=True)
class Activity:
    at: datetime
    actor: str
    action: str
    item_id: int | None
    account_id: int | None
    details: dict[str, Any]


def activity(session: Session, *, item_id: int | None = None, since: datetime | None = None,
             limit: int = 200) -> list[Activity]:
    """The audit log, newest first: who did what, from every client on this database."""
    query = select(t.AuditEvent).order_by(t.AuditEvent.at.desc(), t.AuditEvent.id.desc()).limit(limit)
    if item_id is not None:
        query = query.where(t.AuditEvent.item_id == item_id)
    if since is not None:
        query = query.where(t.AuditEvent.at > since)
    out = []
    for event in session.scalars(query):
        try:
            details = json.loads(event.details or "{}")
        except ValueError:
            details = {}
        out.append(Activity(event.at, event.actor, event.action, event.item_id, event.account_id, details))
    return out
