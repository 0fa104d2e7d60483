"""Human follow-up on queued outbox actions: undo within the grace period, retry, edit and
discard. Each puts the item where the platform's truth says it is (the action's status again,
or back to before the action)."""
from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import clock
from app.errors import NotFoundError, UsageError
from app.i18n import translate
from app.models import tables as t
from app.services.inbound import items as item_service
from app.services.outbound.outbox import SEND_ACTIONS, STATUS_ACTION, _moderation_after, _set_item_state
from app.services.outbound.outbox_rules import validate_reply

if TYPE_CHECKING:
    from app.config import UserSettings

UNDO_SETTING = "outbox.undo_seconds"
UNDO_DEFAULT = 10


def undo_seconds(settings: UserSettings | None) -> int:
    """How long a reply waits before it is sent, so "Undo" can take it back (0: at once)."""
    value = settings.get(UNDO_SETTING) if settings is not None else None
    try:
        return UNDO_DEFAULT if value is None else max(0, min(int(value), 120))
    except (TypeError, ValueError):
        return UNDO_DEFAULT


def hold_for_undo(session: Session, outbox_id: int, seconds: int, now: datetime | None = None) -> datetime:
    """Keep a queued answer back for ``seconds``: no worker claims it before then."""
    action = _get(session, outbox_id)
    action.next_attempt_at = (now or clock.now()) + timedelta(seconds=seconds)
    return action.next_attempt_at


def undo(session: Session, outbox_id: int, actor: str) -> None:
    """"Undo send": take back an answer that has not left yet; the item is back where it was.
    Refused in words once a worker has started sending it."""
    action = _get(session, outbox_id)
    if action.state != t.OUTBOX_QUEUED or action.attempts:
        raise UsageError(translate("Outbox", "Too late to undo: the reply is already being sent."))
    discard(session, outbox_id, actor)
    item_service.audit(session, actor, "outbox_undo", item_id=action.item_id, account_id=action.account_id,
                       outbox_id=action.id)


def set_ban(session: Session, outbox_id: int) -> None:
    """Spam on YouTube: reject and ban the author from the channel (``banAuthor``). Facebook
    bans with an outbox action of its own ("ban"), see services.outbound.actions."""
    action = _get(session, outbox_id)
    data = json.loads(action.target)
    data["ban"] = True
    action.target = json.dumps(data)



def _reapply(session: Session, action: t.OutboxAction, actor: str) -> None:
    """Retry or edit after a failure put the item back: the action's status applies again,
    with a fresh snapshot to return to should it fail once more."""
    data = json.loads(action.target)
    if not data.get("restored") or not action.item_id or action.action not in STATUS_ACTION:
        return
    item = session.get(t.Item, action.item_id)
    if item is None:
        return
    data["previous"], data["restored"] = item_service.snapshot(item).__dict__, False
    action.target = json.dumps(data)
    item_service.apply_action(session, item, STATUS_ACTION[action.action], actor, outbox_id=action.id)
    account = session.get(t.Account, item.account_id)
    _moderation_after(item, account.platform if account else "", action.action)


def _get(session: Session, outbox_id: int) -> t.OutboxAction:
    action = session.get(t.OutboxAction, outbox_id)
    if action is None:
        raise NotFoundError(translate("Outbox", "There is no outbox action {id}.").format(id=outbox_id))
    return action


def retry(session: Session, outbox_id: int, actor: str) -> None:
    action = _get(session, outbox_id)
    if action.state not in (t.OUTBOX_FAILED, t.OUTBOX_ATTENTION, t.OUTBOX_QUEUED):
        raise UsageError(translate("Outbox", "Only failed or waiting actions can be retried."))
    action.state, action.next_attempt_at, action.last_error = t.OUTBOX_QUEUED, None, None
    _reapply(session, action, actor)
    _set_item_state(session, action)
    item_service.audit(session, actor, "outbox_retry", item_id=action.item_id,
                       account_id=action.account_id, outbox_id=action.id)


def edit(session: Session, outbox_id: int, text: str, actor: str) -> None:
    action = _get(session, outbox_id)
    if action.action not in SEND_ACTIONS or action.state not in (t.OUTBOX_FAILED, t.OUTBOX_QUEUED):
        raise UsageError(translate("Outbox", "Only a reply that is waiting or failed can be edited."))
    if action.attempts and action.state == t.OUTBOX_FAILED and action.result_external_id:
        raise UsageError(translate("Outbox", "This reply already reached the platform."))
    problems = validate_reply(session, action.item_id, text) if action.item_id else []
    if problems:
        raise UsageError(problems[0])
    action.text = text
    action.state, action.next_attempt_at, action.last_error = t.OUTBOX_QUEUED, None, None
    _reapply(session, action, actor)
    _set_item_state(session, action)
    item_service.audit(session, actor, "outbox_edit", item_id=action.item_id,
                       account_id=action.account_id, outbox_id=action.id)


def discard(session: Session, outbox_id: int, actor: str) -> None:
    """Drop an unsent action and put the item back as it was before it."""
    action = _get(session, outbox_id)
    if action.state in (t.OUTBOX_SENT, t.OUTBOX_SENDING):
        raise UsageError(translate("Outbox", "This action has already been sent or is being sent."))
    action.state = t.OUTBOX_DISCARDED
    if action.action == "publish":
        from app.services.outbound import posts
        posts.record_failed(session, action, translate("Outbox", "Discarded before it was published."))
    if action.item_id:
        item = session.get(t.Item, action.item_id)
        data = json.loads(action.target)
        previous = data.get("previous")
        if item is not None:
            # A failed action already put the item back when it failed; what happened to the
            # item since (a colleague's answer) stays.
            if previous and not data.get("restored"):
                item_service.restore(item, previous)
            item.outbox_state = None
    item_service.audit(session, actor, "outbox_discard", item_id=action.item_id,
                       account_id=action.account_id, outbox_id=action.id)


def discard_all_pending(session: Session, actor: str) -> int:
    ids = list(session.scalars(select(t.OutboxAction.id).where(
        t.OutboxAction.state.in_((t.OUTBOX_QUEUED, t.OUTBOX_FAILED, t.OUTBOX_ATTENTION)))))
    for outbox_id in ids:
        discard(session, outbox_id, actor)
    return len(ids)


