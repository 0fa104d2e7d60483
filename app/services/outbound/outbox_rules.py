"""What the outbox checks before it queues a reply: the platform's length limit, its reply
windows (Messenger 24 hours, 7 with the human-agent tag; Meta's private replies 7 days), the
signature and the platform's own refusals known in advance. Split from outbox.py."""
from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import clock
from app.connectors import base as cb
from app.i18n import platform_name, translate
from app.models import tables as t
from app.services.inbound import items as item_service

MESSENGER_WINDOW = timedelta(hours=24)
MESSENGER_HUMAN_AGENT_WINDOW = timedelta(days=7)
PRIVATE_REPLY_WINDOW = timedelta(days=7)   # Meta: one private reply per comment, within 7 days


def _capabilities(platform: str) -> frozenset[Any]:
    from app.connectors.registry import capabilities_of
    return capabilities_of(platform)


def reply_limit_for(item: t.Item, account: t.Account) -> int:
    from app.connectors.textlimits import reply_limit
    return reply_limit("messenger" if item.kind == "message" else account.platform)


def reply_window(item: t.Item, now: datetime | None = None) -> tuple[datetime, datetime] | None:
    """Messenger only: (standard window end, human-agent window end) after the citizen's message."""
    if item.kind != "message":
        return None
    # The windows count from the citizen's LATEST message in the conversation, not from the one
    # selected (Messenger Send API, message tags).
    start = item.received_at
    from sqlalchemy.orm import object_session
    from sqlalchemy.orm.exc import UnmappedInstanceError
    try:
        session = object_session(item)
    except UnmappedInstanceError:      # a plain row (the window's ItemRow): its own time only
        session = None
    if session is not None:
        latest = session.scalar(select(func.max(t.Item.received_at)).where(
            t.Item.thread_id == item.thread_id, t.Item.kind == "message", t.Item.status != t.STATUS_OWN))
        if latest is not None:
            latest = latest if latest.tzinfo else latest.replace(tzinfo=start.tzinfo)
            start = max(start, latest)
    return start + MESSENGER_WINDOW, start + MESSENGER_HUMAN_AGENT_WINDOW


def validate_reply(session: Session, item_id: int, text: str, *, signature: str | None = None,
                   now: datetime | None = None) -> list[str]:
    """Problems that stop a reply from being queued, in words, for the composer to show
    before Send is pressed. Empty when the reply can go."""
    from app.connectors.textlimits import weighted_length
    from app.services.content.signatures import ends_with_signature

    now = now or clock.now()
    item = item_service.get_item(session, item_id)
    account = session.get_one(t.Account, item.account_id)
    problems = []
    if not text.strip():
        problems.append(translate("Outbox", "The reply is empty."))
    platform_key = "messenger" if item.kind == "message" else account.platform
    limit = reply_limit_for(item, account)
    length = weighted_length(platform_key, text)
    if length > limit:
        problems.append(translate("Outbox", "The reply is {length} characters; {platform} allows {limit}.")
                        .format(length=length, platform=platform_name(platform_key), limit=limit))
    if cb.Capability.REPLY not in _capabilities(account.platform) and item.kind != "message":
        problems.append(translate("Outbox", "{platform} does not allow replies from Svarbox.")
                        .format(platform=platform_name(account.platform)))
    if not item.can_reply:
        if account.platform == "instagram" and item.is_hidden:
            problems.append(translate("Outbox", "Instagram does not allow replies to a hidden comment; unhide it first."))  # noqa: E501
        elif account.platform == "x":
            problems.append(translate("Outbox", "Answer on X: X lets apps reply only to posts that mention or "
                                      "quote the account, so this keyword hit can be answered on x.com only."))
        elif account.platform == "youtube" and item.kind == "reply":
            problems.append(translate("Outbox", "YouTube threads are flat: reply to the first comment of the thread instead."))  # noqa: E501
        else:
            problems.append(translate("Outbox", "The platform does not allow a reply to this item."))
    elif account.platform == "instagram" and item.is_hidden:
        problems.append(translate("Outbox", "Instagram does not allow replies to a hidden comment; unhide it first."))
    window = reply_window(item)
    human_agent = bool(_options(account).get("human_agent"))
    closes = window[1] if window and human_agent else window[0] if window else None
    if closes and now > closes:
        message = (translate("Outbox", "Messenger's 7-day human-agent window closed at {time}; "
                             "answer through the official case channel instead.") if human_agent else
                   translate("Outbox", "Messenger's 24-hour reply window closed at {time}; "
                             "answer through the official case channel instead."))
        problems.append(message.format(time=closes.astimezone().strftime("%d.%m %H:%M")))
    if signature is not None and signature.strip() and not ends_with_signature(text, signature):
        problems.append(translate("Outbox", "The reply has no signature."))
    if signature is not None and not signature.strip():
        problems.append(translate("Outbox", "You have no signature yet; add one in Settings."))
    return problems


def _options(account: t.Account) -> dict[str, Any]:
    try:
        loaded: dict[str, Any] = json.loads(account.options or "{}")   # a JSON object
        return loaded
    except ValueError:
        return {}
