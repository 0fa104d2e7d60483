"""The outbox: every write to a platform is saved first, then sent, exactly once.

States: queued -> sending -> sent | failed (reason in words) | attention; discarded by a
person. An action whose attempt may have reached the platform (the app died or the network
dropped after the request left) is never blindly re-sent: the platform is asked first whether
the reply exists / the comment is already hidden, and only if not is it sent again.

Claiming is one atomic UPDATE on the row (state queued -> sending, with our worker id), so
two workers on one database never send the same action.
"""
from __future__ import annotations

import json
import logging
import os
import socket
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol, cast, runtime_checkable

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app import clock
from app.connectors import base as cb
from app.errors import UsageError
from app.i18n import platform_name, translate  # noqa: F401 - platform_name re-exported
from app.models import tables as t
from app.models.db import rowcount
from app.services.errors import SEND, user_message
from app.services.inbound import items as item_service
from app.services.inbound import pauses
from app.services.outbound import outbox_author

log = logging.getLogger(__name__)

SEND_ACTIONS = ("reply", "holding_reply", "private_reply", "refer")   # refer: the referral template as a reply
# Platforms whose reply call takes the outbox's key as an idempotency key.
IDEMPOTENT_PLATFORMS = frozenset({cb.Platform.MASTODON})
MODERATION_ACTIONS = ("hide", "unhide", "delete", "reject", "approve", "spam")
# Acting on the item's author on the platform (Bluesky, Mastodon; Facebook: ban from the Page).
# The item itself keeps its status: only the outbox state (queued/sent/failed) shows.
AUTHOR_ACTIONS = outbox_author.MODERATOR_ACTIONS + outbox_author.BAN_ACTIONS
ACTIONS = SEND_ACTIONS + MODERATION_ACTIONS + AUTHOR_ACTIONS
REPORT_COMMENT_MAX = 1000    # Mastodon's limit (methods/reports#post); Bluesky allows 2000
STALE_SENDING = timedelta(minutes=2)    # longer than any request's timeout
from app.services.outbound.outbox_rules import MESSENGER_HUMAN_AGENT_WINDOW, MESSENGER_WINDOW, PRIVATE_REPLY_WINDOW  # noqa: E402,F401 - re-exported

ACTION_CAPABILITY = {"reply": cb.Capability.REPLY, "holding_reply": cb.Capability.REPLY,
                     "refer": cb.Capability.REPLY, "spam": cb.Capability.HIDE,
                     "private_reply": cb.Capability.PRIVATE_REPLY,
                     "hide": cb.Capability.HIDE, "unhide": cb.Capability.UNHIDE,
                     "delete": cb.Capability.DELETE, "reject": cb.Capability.REJECT,
                     "approve": cb.Capability.UNHIDE,   # YouTube: publish a held comment
                     "mute": cb.Capability.MUTE, "block": cb.Capability.BLOCK, "report": cb.Capability.REPORT,
                     "ban": cb.Capability.BAN, "unban": cb.Capability.BAN}


@dataclass
class OutboxRow:
    id: int
    item_id: int | None
    account_id: int
    action: str
    state: str
    text: str | None
    author: str
    attempts: int
    last_error: str | None
    created_at: datetime
    sent_at: datetime | None
    next_attempt_at: datetime | None
    result_external_id: str | None
    idempotency_key: str


def _row(a: t.OutboxAction) -> OutboxRow:
    return OutboxRow(a.id, a.item_id, a.account_id, a.action, a.state, a.text, a.author, a.attempts,
                     a.last_error, a.created_at, a.sent_at, a.next_attempt_at, a.result_external_id,
                     a.idempotency_key)


# Validation before queuing lives in outbox_rules (re-exported here for its callers).
from app.services.outbound.outbox_rules import (  # noqa: E402,F401
    _capabilities,
    _options,
    reply_limit_for,
    reply_window,
    validate_reply,
)

if TYPE_CHECKING:
    from app.connectors.publishing import Draft
    from app.services.workspace import Workspace

# --- queueing ------------------------------------------------------------------------------

def target_of(item: t.Item, thread_external_id: str | None) -> cb.Target:
    return cb.Target(external_id=item.external_id, thread_external_id=thread_external_id or "",
                     kind=cb.ItemKind(item.kind), parent_external_id=item.parent_external_id,
                     author_id=item.author_id)


def queue_action(session: Session, item_id: int, action: str, author: str, text: str | None = None,
                 *, confirmed: bool = False, signature: str | None = None,
                 now: datetime | None = None, validated: bool = False) -> int:
    """Validate, save the action (final text included) and change the item's status. The send
    happens later, in ``flush``. Returns the outbox id. ``validated``: the caller already ran
    ``validate_reply`` on this text in this transaction (``services.actions``), so it is not
    run twice; the checker's confirmation rule still applies."""
    if action not in ACTIONS:
        raise UsageError(translate("Outbox", "Unknown action: {action}").format(action=action))
    now = now or clock.now()
    # The window says "queued" once this transaction commits: it must survive a power cut.
    from app.models.db import make_durable
    make_durable(session)
    item = item_service.get_item(session, item_id)
    account = session.get_one(t.Account, item.account_id)
    capability = ACTION_CAPABILITY[action]
    caps = _capabilities(account.platform)
    if capability not in caps and not (action in SEND_ACTIONS and item.kind == "message"):
        raise UsageError(translate("Outbox", "{platform} does not allow this action ({action}).")
                         .format(platform=platform_name(account.platform), action=action))
    final_text = None
    if action == "private_reply":
        # Facebook and Instagram: a private message to the author of a comment, once per comment
        # and within 7 days of it (developers.facebook.com/docs/messenger-platform/discovery/private-replies).
        if item.kind not in ("comment", "reply"):
            raise UsageError(translate("Outbox", "A private reply answers a comment; this is not one."))
        if now - item.received_at > PRIVATE_REPLY_WINDOW:
            raise UsageError(translate("Outbox", "A private reply is possible only within 7 days of the comment."))
        if session.scalar(select(t.OutboxAction.id).where(
                t.OutboxAction.item_id == item.id, t.OutboxAction.action == "private_reply",
                t.OutboxAction.state != t.OUTBOX_FAILED)):
            raise UsageError(translate("Outbox", "This comment already has a private reply; the platform allows one."))
    if action in SEND_ACTIONS:
        from app.services.content.checker import check
        from app.services.content.signatures import append_signature
        # Judged before the signature is added: a reply of only "/Mette, Kommunikation" says nothing.
        if not (text or "").strip():
            raise UsageError(translate("Outbox", "The reply is empty."))
        final_text = append_signature(text or "", signature) if signature else (text or "")
        problems = [] if validated else validate_reply(session, item_id, final_text, signature=signature, now=now)
        if problems:
            raise UsageError(problems[0])
        findings = [f for f in check(final_text, platform=account.platform, language=account.language,
                                     signature=signature, public=item.kind != "message" and action != "private_reply",
                                     kind=item.kind)
                    if f.severity == "error"]
        if findings and not confirmed:
            raise UsageError(translate("Outbox", "The reply needs confirming: {problem}")
                             .format(problem=findings[0].message))
    if action in AUTHOR_ACTIONS:
        if not item.author_id:
            raise UsageError(translate("Outbox", "Svarbox does not know who wrote this, so the author cannot be "
                                       "muted, blocked, reported or banned."))
        if action == "report":
            final_text = (text or "").strip()
            if len(final_text) > REPORT_COMMENT_MAX:
                raise UsageError(translate("Outbox", "The report's comment is longer than {limit} characters.")
                                 .format(limit=REPORT_COMMENT_MAX))
    thread_ext = session.scalar(select(t.Thread.external_id).where(t.Thread.id == item.thread_id)) \
        if item.thread_id else None
    target = target_of(item, thread_ext)
    # An author action leaves the item as it is, so a failure has nothing to put back (and
    # must not undo what happened to the item meanwhile): no snapshot.
    previous = None if action in AUTHOR_ACTIONS else item_service.snapshot(item)
    action_row = t.OutboxAction(
        item_id=item.id, account_id=account.id, action=action, text=final_text, author=author,
        idempotency_key=uuid.uuid4().hex, state=t.OUTBOX_QUEUED, attempts=0, created_at=now,
        target=json.dumps({"external_id": target.external_id, "thread_external_id": target.thread_external_id,
                           "kind": target.kind.value, "parent_external_id": target.parent_external_id,
                           "author_id": target.author_id, "previous": previous.__dict__ if previous else None}))
    session.add(action_row)
    session.flush()
    item.outbox_state = t.OUTBOX_QUEUED
    if action in STATUS_ACTION:
        item_service.apply_action(session, item, STATUS_ACTION[action], author, now=now, outbox_id=action_row.id)
    _moderation_after(item, account.platform, action)
    item_service.audit(session, author, "outbox_queued", item_id=item.id, account_id=account.id,
                       outbox_id=action_row.id, outbox_action=action)
    return action_row.id


def _load_target(action: t.OutboxAction) -> cb.Target:
    data = json.loads(action.target)
    return cb.Target(external_id=data["external_id"], thread_external_id=data["thread_external_id"],
                     kind=cb.ItemKind(data["kind"]), parent_external_id=data.get("parent_external_id"),
                     author_id=data.get("author_id"))


# --- human follow-up: retry, edit, discard -------------------------------------------------

# What each outbox action does to the item's status (items.apply_action) when it is queued.
STATUS_ACTION = {"reply": "reply", "holding_reply": "holding_reply", "private_reply": "reply", "hide": "hide",
                 "unhide": "unhide", "delete": "delete", "reject": "reject", "approve": "unhide",
                 "refer": "refer", "spam": "spam"}


def _restore_after_failure(session: Session, action: t.OutboxAction) -> bool:
    """The platform refused: the item goes back exactly where it was before the action was
    queued (status, clocks, visibility, so the same views), marked failed with the reason."""
    if not action.item_id:
        return False
    item = session.get(t.Item, action.item_id)
    data = json.loads(action.target)
    previous = data.get("previous")
    if item is None or not previous or data.get("restored"):
        return False
    item_service.restore(item, previous)
    data["restored"] = True
    action.target = json.dumps(data)
    item_service.audit(session, "outbox", "outbox_failed_restored", item_id=item.id, account_id=item.account_id,
                       outbox_id=action.id, outbox_action=action.action, status_after=item.status)
    return True


def _moderation_after(item: t.Item, platform: str, action: str) -> None:
    """YouTube: what the channel's queue says once the action is done (approve publishes;
    reject and spam reject), so the item leaves the Held view (restored if it fails)."""
    if platform != "youtube":
        return
    if action == "approve":
        item.moderation_status = "published"
    elif action in ("reject", "spam"):
        item.moderation_status = "rejected"


def pending_count(session: Session) -> int:
    return session.scalar(select(func.count(t.OutboxAction.id)).where(
        t.OutboxAction.state.in_((t.OUTBOX_QUEUED, t.OUTBOX_SENDING)))) or 0


def failed_count(session: Session) -> int:
    return session.scalar(select(func.count(t.OutboxAction.id)).where(
        t.OutboxAction.state.in_((t.OUTBOX_FAILED, t.OUTBOX_ATTENTION)))) or 0


def actions_for_item(session: Session, item_id: int) -> list[OutboxRow]:
    return [_row(a) for a in session.scalars(select(t.OutboxAction).where(
        t.OutboxAction.item_id == item_id).order_by(t.OutboxAction.id))]


def list_actions(session: Session, states: tuple[str, ...] | None = None, limit: int = 500) -> list[OutboxRow]:
    query = select(t.OutboxAction).order_by(t.OutboxAction.id.desc()).limit(limit)
    if states:
        query = query.where(t.OutboxAction.state.in_(states))
    return [_row(a) for a in session.scalars(query)]


def _set_item_state(session: Session, action: t.OutboxAction) -> None:
    if action.item_id:
        item = session.get(t.Item, action.item_id)
        if item is not None:
            item.outbox_state = action.state


# --- sending -------------------------------------------------------------------------------

@dataclass
class FlushResult:
    outbox_id: int
    action: str
    state: str
    message: str | None = None
    result_external_id: str | None = None
    settled_by_check: bool = False   # outcome was unknown; the platform check decided

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def worker_id() -> str:
    from app.services.team.leases import client_id
    return client_id()


def _backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(30 * 2 ** max(attempts - 1, 0), 30 * 60))


def _pid_alive(worker: str | None) -> bool:
    """A 'sending' row of a dead process on this machine is settled at once, not after the
    stale timeout; other machines' rows wait for the timeout."""
    if not worker:
        return False
    parts = worker.split(":")
    if len(parts) < 2 or parts[0] != socket.gethostname():
        return True
    try:
        os.kill(int(parts[1]), 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:
        return True
    return True


def recover_interrupted(ws: Workspace, now: datetime | None = None) -> int:
    """Actions left in 'sending' by a worker that died: their outcome is unknown. They go back
    to the queue with ``attempts`` > 0, which makes the next send check the platform first."""
    now = now or clock.now()
    me = worker_id()
    recovered = 0
    with ws.db.session() as session:
        for action in session.scalars(select(t.OutboxAction).where(t.OutboxAction.state == t.OUTBOX_SENDING)):
            stale = action.attempt_started_at is None or action.attempt_started_at < now - STALE_SENDING
            if action.worker == me and not stale:
                continue     # in flight in this process
            # Our own stale row: its attempt broke off (the team database went away before the
            # outcome was stored) and nothing in this process will ever finish it.
            if stale or not _pid_alive(action.worker):
                changed = rowcount(session.execute(update(t.OutboxAction).where(
                    t.OutboxAction.id == action.id, t.OutboxAction.state == t.OUTBOX_SENDING,
                    t.OutboxAction.worker == action.worker).values(
                    state=t.OUTBOX_QUEUED, worker=None, next_attempt_at=None)))
                if changed:
                    recovered += 1
                    item_service.audit(session, "outbox", "outbox_interrupted", item_id=action.item_id,
                                       account_id=action.account_id, outbox_id=action.id)
    return recovered


def _claim_next(ws: Workspace, me: str, now: datetime, account_id: int | None, skip_accounts: set[int]) -> int | None:
    """Atomically move the oldest due action to 'sending' for this worker. Actions of one
    account go out in order: nothing overtakes an earlier action still waiting."""
    with ws.db.session() as session:
        earlier = t.OutboxAction.__table__.alias("earlier")
        blocked = select(earlier.c.id).where(
            earlier.c.account_id == t.OutboxAction.account_id, earlier.c.id < t.OutboxAction.id,
            earlier.c.state.in_((t.OUTBOX_QUEUED, t.OUTBOX_SENDING))).exists()
        # An account the platform paused (a 429 seen by sync or by an earlier send) sends and
        # checks nothing until the announced moment: the limit is the account's, not the action's.
        paused = select(t.Account.id).where(t.Account.id == t.OutboxAction.account_id,
                                            t.Account.paused_until > now).exists()
        query = (select(t.OutboxAction.id).where(
            t.OutboxAction.state == t.OUTBOX_QUEUED,
            (t.OutboxAction.next_attempt_at.is_(None)) | (t.OutboxAction.next_attempt_at <= now),
            ~blocked, ~paused).order_by(t.OutboxAction.id).limit(20))
        if account_id is not None:
            query = query.where(t.OutboxAction.account_id == account_id)
        skip_accounts = skip_accounts | pauses.paused_accounts(ws, now)   # pauses the row may not hold
        if skip_accounts:
            query = query.where(t.OutboxAction.account_id.not_in(skip_accounts))
        candidates = list(session.scalars(query))
    from app.models.db import make_durable
    for candidate in candidates:
        with ws.db.session() as session:
            # The claim (attempts + 1) must outlive a power cut or a server crash: if it were
            # lost after the request left, the retry would send again without checking first.
            make_durable(session)
            changed = rowcount(session.execute(update(t.OutboxAction).where(
                t.OutboxAction.id == candidate, t.OutboxAction.state == t.OUTBOX_QUEUED).values(
                state=t.OUTBOX_SENDING, worker=me, attempt_started_at=now,
                attempts=t.OutboxAction.attempts + 1)))
            if changed:
                item_id = session.scalar(select(t.OutboxAction.item_id).where(t.OutboxAction.id == candidate))
                if item_id:
                    session.execute(update(t.Item).where(t.Item.id == item_id).values(outbox_state=t.OUTBOX_SENDING))
                return candidate
    return None


def flush(ws: Workspace, *, account_id: int | None = None, now: datetime | None = None,
          connector_factory: Callable[..., Any] | None = None, max_actions: int = 1000,
          before_record: Callable[[int], None] | None = None) -> list[FlushResult]:
    """Send every action that is due now. Safe to run in several processes at once.

    ``before_record`` is a test hook run after the platform accepted a write and before the
    result is stored (where a crash leaves the outcome unknown)."""
    from app.services.outbound.connections import connector_for

    factory = connector_factory or connector_for
    me = worker_id()
    recover_interrupted(ws)
    results: list[FlushResult] = []
    skip_accounts: set[int] = set()
    connectors: dict[int, cb.Connector] = {}
    for _ in range(max_actions):
        current = now or clock.now()
        outbox_id = _claim_next(ws, me, current, account_id, skip_accounts)
        if outbox_id is None:
            break
        with ws.db.session() as session:
            action = session.get_one(t.OutboxAction, outbox_id)
            account = session.get_one(t.Account, action.account_id)
            snapshot = (action.id, action.action, action.text, action.attempts, action.account_id,
                        action.created_at, action.idempotency_key)
            target = _load_target(action) if action.action != "publish" else None
            ban = bool(json.loads(action.target).get("ban")) if action.action != "publish" else False
            try:
                connector = connectors.get(account.id) or factory(ws, account)
                connectors[account.id] = connector
            except cb.ConnectorError as exc:
                connector = None
                failure = exc
        if connector is None:
            if failure.code == "no-token" and ws.db.dialect != "sqlite":
                # Team mode: this colleague's keychain lacks the token, a colleague's client
                # sends it. Leave the action and the shared account as they were.
                _unclaim(ws, outbox_id)
                skip_accounts.add(snapshot[4])
                continue
            result = _record_failure(ws, outbox_id, failure, current)
            skip_accounts.add(snapshot[4])
            results.append(result)
            continue
        result = _send_one(ws, connector, snapshot, target, current, before_record, ban=ban)
        if result.state == t.OUTBOX_QUEUED:   # waiting: later actions of this account wait too
            skip_accounts.add(snapshot[4])
        results.append(result)
    return results


def _unclaim(ws: Workspace, outbox_id: int) -> None:
    """Give a claimed action back untouched, as if this worker had never taken it."""
    with ws.db.session() as session:
        action = session.get(t.OutboxAction, outbox_id)
        if action is not None and action.state == t.OUTBOX_SENDING:
            action.state, action.worker, action.attempt_started_at = t.OUTBOX_QUEUED, None, None
            action.attempts = max(action.attempts - 1, 0)
            _set_item_state(session, action)


# (id, action, text, attempts, account id, created at, idempotency key) of a claimed action
Snapshot = tuple[int, str, str | None, int, int, datetime, str]


@runtime_checkable
class PrivateReplier(Protocol):
    """Connectors that answer a comment with a private message (Facebook, Instagram)."""
    def private_reply(self, target: cb.Target, text: str) -> cb.SentReply: ...


class IdempotentReplier(Protocol):
    """Connectors whose reply takes the outbox's key as the platform's idempotency key."""
    def reply(self, target: cb.Target, text: str, idempotency_key: str | None = None) -> cb.SentReply: ...


def _send_one(ws: Workspace, connector: cb.Connector, snapshot: Snapshot, target: cb.Target | None,
              now: datetime, before_record: Callable[[int], None] | None, *, ban: bool = False) -> FlushResult:
    outbox_id, action_name, text, attempts, account_id, created_at, key = snapshot
    settled = False
    try:
        external_id = None
        done = False
        published = None
        if action_name == "publish":
            # A post (services.posts): same exactly-once rule, asked by the post's text.
            from app.connectors import publishing
            draft = _post_draft(ws, outbox_id)
            if attempts > 1:
                published = publishing.find_published(connector, draft, created_at)
                settled = done = published is not None
            if not done:
                published = publishing.publish(connector, draft)
            external_id = published.external_id if published else None
        elif attempts > 1:
            # A previous attempt may have reached the platform: ask before sending again.
            assert target is not None   # every action but publish has one
            external_id, done = _already_done(connector, action_name, target, text, created_at)
            settled = done
        if not done and action_name != "publish":
            assert target is not None   # every action but publish has one
            if action_name == "private_reply":
                if not isinstance(connector, PrivateReplier):
                    raise cb.Permanent("This platform has no private replies.")
                try:
                    external_id = connector.private_reply(target, text or "").external_id
                except cb.Permanent as exc:
                    # Meta allows one private reply per comment (error 10900 "Activity already
                    # replied to"). After an attempt whose answer was lost, that refusal means
                    # our first attempt arrived: sent exactly once.
                    if attempts > 1 and exc.code == "10900":
                        external_id, settled = None, True
                    else:
                        raise
            elif action_name in SEND_ACTIONS:
                if getattr(connector, "platform", None) in IDEMPOTENT_PLATFORMS:
                    # The platform itself refuses a second post with the same key (Mastodon).
                    replier = cast(IdempotentReplier, connector)   # Mastodon, or the demo standing in
                    external_id = replier.reply(target, text or "", idempotency_key=key).external_id
                else:
                    external_id = connector.reply(target, text or "").external_id
            elif action_name in ("hide", "reject", "spam"):
                # Spam hides on the platform; where hiding is rejecting (YouTube) it rejects,
                # banning the author too when the person asked for it.
                rejects = action_name == "reject" or cb.Capability.REJECT in getattr(connector, "capabilities", ())
                if rejects and hasattr(connector, "reject"):
                    if ban:
                        connector.reject(target, ban_author=True)
                    else:
                        connector.reject(target)
                else:
                    connector.set_hidden(target, True)
            elif action_name in ("unhide", "approve"):
                connector.set_hidden(target, False)
            elif action_name == "delete":
                connector.delete(target)
            elif action_name in AUTHOR_ACTIONS:
                external_id = outbox_author.send(connector, action_name, target, text)
        if before_record:
            before_record(outbox_id)
    except cb.ConnectorError as exc:
        return _record_failure(ws, outbox_id, exc, now)
    with ws.db.session() as session:
        action = session.get_one(t.OutboxAction, outbox_id)
        action.state, action.sent_at = t.OUTBOX_SENT, clock.now()
        action.result_external_id, action.last_error, action.worker = external_id, None, None
        _set_item_state(session, action)
        if action.action == "publish":
            from app.services.outbound import posts
            posts.record_sent(session, action, published)
        if action.action == "holding_reply" and action.item_id:
            pass  # the item's follow-up clock started when it was queued
        item_service.audit(session, action.author, "outbox_sent", item_id=action.item_id,
                           account_id=action.account_id, outbox_id=action.id, outbox_action=action.action,
                           attempts=action.attempts, settled_by_check=settled)
    return FlushResult(outbox_id, action_name, t.OUTBOX_SENT, None, external_id, settled)


def _post_draft(ws: Workspace, outbox_id: int) -> Draft:
    from app.services.outbound import posts
    with ws.db.session() as session:
        return posts.draft_of(session.get_one(t.OutboxAction, outbox_id))


def _already_done(connector: cb.Connector, action: str, target: cb.Target, text: str | None,
                  since: datetime) -> tuple[str | None, bool]:
    if action == "private_reply":
        return None, False     # a Messenger message cannot be looked up; the platform's one-per-comment rule settles it
    if action in SEND_ACTIONS:
        existing = connector.find_own_reply(target, text or "", since)
        return existing, existing is not None
    if action in AUTHOR_ACTIONS:
        return None, outbox_author.already_done(connector, action, target)
    state = connector.get_state(target)
    if action == "delete":
        return None, state.get("exists") is False
    if action in ("hide", "reject", "spam"):
        return None, state.get("hidden") is True or state.get("exists") is False
    if action in ("unhide", "approve"):
        return None, state.get("hidden") is False
    return None, False


def _record_failure(ws: Workspace, outbox_id: int, exc: cb.ConnectorError, now: datetime) -> FlushResult:
    """Transient trouble waits and retries; permanent trouble fails with the reason in words."""
    with ws.db.session() as session:
        action = session.get_one(t.OutboxAction, outbox_id)
        account = session.get_one(t.Account, action.account_id)
        action.worker = None
        if isinstance(exc, cb.RateLimited):
            action.state = t.OUTBOX_QUEUED
            action.next_attempt_at = exc.retry_at or now + _backoff(action.attempts)
            account.paused_until = action.next_attempt_at
            pauses.remember(ws, account.id, action.next_attempt_at)
        elif isinstance(exc, (cb.Transient, cb.Malformed)):
            # Malformed: a garbled answer (cut-off JSON) is not a refusal; the write may well
            # have been stored. Wait and retry; the retry asks the platform first (attempts > 1).
            action.state = t.OUTBOX_QUEUED
            action.next_attempt_at = now + _backoff(action.attempts)
        elif isinstance(exc, cb.AuthExpired):
            action.state = t.OUTBOX_FAILED
            account.status = "needs_reconnect"
            account.status_message = user_message(exc)
        else:   # Permanent, PermissionMissing
            action.state = t.OUTBOX_FAILED
        message = user_message(exc, doing=SEND, retry_at=action.next_attempt_at
                               if isinstance(exc, cb.RateLimited) else None)
        action.last_error = message
        if action.state == t.OUTBOX_FAILED:
            _restore_after_failure(session, action)
        _set_item_state(session, action)
        if action.action == "publish":
            from app.services.outbound import posts
            posts.record_failed(session, action, message)
        item_service.audit(session, "outbox", "outbox_attempt_failed", item_id=action.item_id,
                           account_id=action.account_id, outbox_id=action.id, outbox_action=action.action,
                           error_type=type(exc).__name__, code=exc.code, state=action.state)
        return FlushResult(outbox_id, action.action, action.state, message)
