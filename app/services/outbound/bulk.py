"""Bulk actions on many items through the one door (``services.actions``): hide, spam, no
reply needed, assign, approve, reject, refer and "close with a template" act on every chosen
item one by one, so each item's own rules apply (an item that cannot be hidden is refused in
words, not hidden by force). One progress callback, one summary; failures at the platform
come later, from the outbox, and land in the Failed view like any other.

Qt-free: the window runs ``run`` on its task runner, the CLI calls it directly.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.errors import UsageError
from app.i18n import translate
from app.services.outbound import actions

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.services.workspace import Workspace

BULK_ACTIONS = ("hide", "spam", "no_reply", "assign", "approve", "reject", "refer", "reply", "unhide", "read",
                "unread", "reopen")


@dataclass
class BulkSummary:
    action: str
    done: list[int] = field(default_factory=list)            # queued, kept or changed
    refused: list[tuple[int, str]] = field(default_factory=list)   # (item id, reason in words)
    outbox_ids: list[int] = field(default_factory=list)
    changed: set[int] = field(default_factory=set)

    @property
    def total(self) -> int:
        return len(self.done) + len(self.refused)

    def line(self) -> str:
        """The one summary sentence."""
        text = translate("Bulk", "{done} of {total} done.").format(done=len(self.done), total=self.total)
        if self.refused:
            text += " " + translate("Bulk", "{n} not possible: {reason}").format(
                n=len(self.refused), reason=self.refused[0][1])
        return text


def template_reply(session: Session, item_id: int, body: str, my_name: str, signature: str | None) -> str:
    """A template filled for one item (author, account, case channel), the signature appended."""
    from app.models import tables as t
    from app.services.content import templates as tpl
    from app.services.content.signatures import append_signature
    from app.services.inbound import items as item_service
    item = item_service.get_item(session, item_id)
    account = session.get_one(t.Account, item.account_id)
    institution = session.get(t.Institution, account.institution_id) if account.institution_id else None
    values = tpl.context_values(author_name=item.author_name, account_name=account.name,
                                institution=institution.name if institution else None, my_name=my_name,
                                case_channel=institution.case_channel if institution else None)
    text = tpl.render(body, values)
    return append_signature(text, signature) if signature and signature.strip() else text


def run(ws: Workspace, item_ids: Iterable[int], action: str, actor: str, *, assignee: str | None = None,
        template_body: str | None = None, template_category: str | None = None,
        signature_for: Callable[[object, int], str | None] | None = None, ban: bool = False,
        read_only: bool = False, progress: Callable[[int, int], None] | None = None,
        override: bool = False) -> BulkSummary:
    """Act on each item; ``progress(done, total)`` after each. ``reply`` needs
    ``template_body`` (close with a template); ``assign`` needs ``assignee`` ("" unassigns).
    ``signature_for(session, account_id)`` gives the signature appended to replies.
    ``override``: assign even to a colleague who is away (the person was warned)."""
    if action not in BULK_ACTIONS:
        raise UsageError(translate("Bulk", "Not a bulk action: {action}").format(action=action))
    if action == "reply" and not (template_body or "").strip():
        raise UsageError(translate("Bulk", "Choose the template to close the items with."))
    ids = list(dict.fromkeys(item_ids))
    summary = BulkSummary(action)
    for n, item_id in enumerate(ids, 1):
        try:
            request = _request(ws, item_id, action, actor, assignee, template_body, template_category,
                               signature_for, ban, override)
            result = actions.perform(ws, request, read_only=read_only)
        except UsageError as exc:        # a template that cannot be filled for this item, a gone item
            summary.refused.append((item_id, exc.message))
        else:
            if result.ok:
                summary.done.append(item_id)
                summary.changed |= set(result.changed)
                if result.outbox_id:
                    summary.outbox_ids.append(result.outbox_id)
                summary.outbox_ids.extend(result.also_queued)     # Facebook spam + ban
            else:
                summary.refused.append((item_id, "; ".join(result.problems) or result.message
                                        or actions.not_offered()))
        if progress:
            progress(n, len(ids))
    return summary


def _request(ws: Workspace, item_id: int, action: str, actor: str, assignee: str | None,
             template_body: str | None, template_category: str | None,
             signature_for: Callable[[object, int], str | None] | None, ban: bool,
             override: bool = False) -> actions.Request:
    if action == "assign":
        return actions.Request(item_id, "assign", actor, assignee or "", override=override)
    if action == "reply":
        from app.services.inbound import items as item_service
        with ws.db.session() as session:
            account_id = item_service.get_item(session, item_id).account_id
            signature = signature_for(session, account_id) if signature_for else None
            text = template_reply(session, item_id, template_body or "", actor, signature)   # run() refused none
        return actions.Request(item_id, "reply", actor, text, signature=signature,
                               template_category=template_category)
    if action == "refer":
        from app.services.inbound import items as item_service
        signature = None
        if signature_for:
            with ws.db.session() as session:
                signature = signature_for(session, item_service.get_item(session, item_id).account_id)
        return actions.Request(item_id, "refer", actor, None, signature=signature)
    return actions.Request(item_id, action, actor, ban=ban and action == "spam")
