"""Banning an author: where the platform allows it, and why not elsewhere (issue 16, point 3).

- Facebook: a Page bans a person with POST /{page-id}/blocked and lifts it with DELETE
  (developers.facebook.com/docs/graph-api/reference/page/blocked). Graph names the person by
  the comment's ``from.id``, which it leaves out for many people (without the right
  permission, or for people who limit what apps see): then nobody can be banned.
- YouTube: only together with rejecting a comment (``setModerationStatus`` with
  ``banAuthor=true``), so the ban rides on spam/reject there.
- Instagram has no API to ban or restrict an account; the comment can be hidden.
- Bluesky and Mastodon block the author instead (outbox "block").

Qt-free; the door (services.outbound.actions) asks this module and never the other way round.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.i18n import platform_name, translate
from app.models import tables as t

BAN_PLATFORMS = ("facebook",)
# Item kinds whose author Graph names and a Page can ban: comments, replies, visitor posts.
BAN_KINDS = ("comment", "reply")


def offered(item: Any, caps: set[str] | frozenset[str]) -> set[str]:
    """"ban" or "unban" for a citizen's Facebook comment whose author Graph named. The fact
    ``author_banned`` (read with getattr) is known to the door; unknown offers "ban"."""
    platform = getattr(item, "platform", "")
    if platform not in BAN_PLATFORMS or "ban" not in caps or item.kind not in BAN_KINDS:
        return set()
    if getattr(item, "author_known", None) is not True:
        return set()
    return {"unban"} if getattr(item, "author_banned", None) is True else {"ban"}


def spam_can_ban(item: Any, offered_actions: set[str] | frozenset[str]) -> bool:
    """May "spam" also ban the author? YouTube: wherever spam rejects; Facebook: where "ban" is offered."""
    if "spam" not in offered_actions:
        return False
    return getattr(item, "platform", "") == "youtube" or "ban" in offered_actions


def author_banned(session: Session, item: t.Item) -> bool:
    """Svarbox's last word on this author of this account: a ban or an unban that is sent or
    on its way (a failed or discarded one did not happen)."""
    if not item.author_id:
        return False
    last = session.scalar(
        select(t.OutboxAction.action).join(t.Item, t.Item.id == t.OutboxAction.item_id)
        .where(t.OutboxAction.account_id == item.account_id, t.Item.author_id == item.author_id,
               t.OutboxAction.action.in_(("ban", "unban")),
               t.OutboxAction.state.in_((t.OUTBOX_QUEUED, t.OUTBOX_SENDING, t.OUTBOX_SENT)))
        .order_by(t.OutboxAction.id.desc()).limit(1))
    return last == "ban"


def why_not(platform: str, item: Any, action: str) -> str | None:
    """Why banning (or unbanning) is not possible for this item, and what can be done instead;
    None where this module has nothing to say."""
    if action not in ("ban", "unban"):
        return None
    if platform == "instagram":
        return translate("Actions", "Instagram has no way for an app to ban or restrict an account; hide the "
                         "comment instead (restricting is done in the Instagram app).")
    if platform == "youtube":
        return translate("Actions", "On YouTube the author is banned together with rejecting a comment: use "
                         "Spam and choose \u201cReject and ban the author\u201d.")
    if platform in ("bluesky", "mastodon"):
        return translate("Actions", "{platform} has no bans by an account; block the author instead.").format(
            platform=platform_name(platform))
    if platform != "facebook":
        return translate("Actions", "{platform} does not let Svarbox ban an author.").format(
            platform=platform_name(platform))
    if item.kind not in BAN_KINDS:
        return translate("Actions", "Only the author of a comment can be banned from the Page.")
    if getattr(item, "author_known", None) is not True:
        return translate("Actions", "Facebook did not tell Svarbox who wrote this comment, so its author "
                         "cannot be banned from the Page; hide the comment instead.")
    if action == "unban":
        return translate("Actions", "Svarbox has not banned this author from the Page.")
    return translate("Actions", "This author is already banned from the Page (or the ban is on its way).")


def read_only_refusal() -> str:
    return translate("Actions", "Banning needs the team database, which cannot be reached; mark the item as "
                     "spam now and ban the author later.")
