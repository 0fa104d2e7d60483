"""One door for item actions: the window, the CLI and training act on an item only here.

- ``offered(item)`` says which actions an item offers, from the connector's capabilities
  and the item itself (status, kind, hidden, can it be replied to).
- ``perform(ws, request)`` validates once, runs the team collision guard (answers), queues
  in the shared outbox -- or in this computer's local queue while the team database is away
  (read-only team mode) -- or changes the item's status directly (no reply, refer, spam,
  reopen, note), audits, and returns a typed ``Result``: ``queued``, ``kept`` (locally),
  ``done``, ``problems`` (nothing written; the reasons in words), ``collision`` (a colleague;
  the person may answer anyway with ``override``) or ``refused`` (not possible right now).
  ``Result.changed`` lists the item ids whose rows changed, so a window repaints those.

Qt-free; every text is translated here, the callers only show it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, Protocol

from sqlalchemy.orm import Session

from app.errors import DatabaseError, KnownError, UsageError
from app.i18n import translate
from app.models import tables as t
from app.services.content.signatures import append_signature
from app.services.inbound import items as item_service
from app.services.outbound import localqueue, outbox
from app.services.team.collab import ANSWER_ACTIONS, CollisionError
from app.services.workspace import Workspace

# Every action an item can offer, in the order a menu lists them.
ALL_ACTIONS = ("reply", "holding_reply", "private_reply", "no_reply", "refer", "hide", "unhide", "delete", "spam",
               "note", "reject", "reopen")
SEND_ACTIONS = ANSWER_ACTIONS
# Actions that go to the platform through the outbox (and can wait in the local queue).
OUTBOX_ACTIONS = frozenset(outbox.ACTIONS)
# Actions that only change Svarbox's own record of the item.
STATUS_ACTIONS = frozenset({"no_reply", "refer", "spam", "reopen"})
# Irreversible on the platform: the person confirms first.
CONFIRM_FIRST = frozenset({"delete", "reject"})
# What this computer can keep while the team database cannot be reached.
KEEPABLE = OUTBOX_ACTIONS

# What each platform lets Svarbox do when the connector registry cannot say (see platforms.md).
LOCAL_CAPABILITIES = {
    "facebook": {"reply", "hide", "unhide", "delete"},
    "instagram": {"reply", "hide", "unhide", "delete"},
    "x": {"reply", "hide", "unhide"},
    "linkedin": {"reply", "delete"},
    "youtube": {"reply", "reject"},
    "bluesky": {"reply", "hide", "unhide", "delete"},
    "mastodon": {"reply", "delete"},     # no hide on Mastodon: mute, block or report on the server
    "demo": {"reply", "hide", "unhide", "delete"},
}
# Platforms where the account can delete only its own posts: a citizen's post offers no Delete.
OWN_POSTS_ONLY_DELETE = frozenset({"bluesky", "mastodon"})

# app.models.db.explain()'s sentence; compared translated and as written.
UNREACHABLE = "The team database cannot be reached; check the network and the database address."

Outcome = Literal["queued", "kept", "done", "problems", "collision", "refused"]


class ItemFacts(Protocol):
    """What ``offered`` reads from an item (an ``inbox.ItemRow`` has all of it)."""
    @property
    def platform(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def is_hidden(self) -> bool: ...
    @property
    def can_reply(self) -> bool: ...


def capabilities(platform: str) -> frozenset[str]:
    """Capability names ("reply", "hide", ...) of a platform: the registry's, else our table."""
    from app.connectors.registry import capabilities_of
    try:
        return frozenset(str(getattr(c, "value", c)) for c in capabilities_of(platform))
    except (KeyError, ValueError):   # a platform the registry does not know (yet)
        return frozenset(LOCAL_CAPABILITIES.get(platform, {"reply"}))


def offered(item: ItemFacts, caps: frozenset[str] | set[str] | None = None) -> frozenset[str]:
    """The actions ``item`` offers: what the platform can do and what its state allows."""
    caps = set(capabilities(item.platform) if caps is None else caps)
    out = {"note"}
    if item.kind == "message":
        caps &= {"reply", "message"}
        caps.add("reply")   # a direct message is answered in the conversation
    elif item.kind == "review" or (item.kind == "mention" and item.platform == "instagram"):
        # A Page recommendation can only be commented on, and a post that tags the Instagram
        # account is someone else's media: neither can be hidden or deleted through the API.
        caps &= {"reply"}
    if "reply" in caps and item.can_reply:
        out.add("reply")
        if item.status == t.STATUS_NEW:
            out.add("holding_reply")
    if "private_reply" in caps and item.kind in ("comment", "reply") and item.status in t.OPEN_STATUSES:
        # Facebook/Instagram: a private message to the commenter, to take personal data out of
        # public view (once per comment, within 7 days: the outbox checks both).
        out.add("private_reply")
    if item.status in t.OPEN_STATUSES:
        out |= {"no_reply", "refer", "spam"}
    else:
        out.add("reopen")
    if item.is_hidden:
        if "unhide" in caps:
            out.add("unhide")
    elif "hide" in caps:
        out.add("hide")
    elif "reject" in caps:
        out.add("reject")
    if "delete" in caps and item.status != t.STATUS_DELETED and \
            (getattr(item, "platform", None) not in OWN_POSTS_ONLY_DELETE or item.status == t.STATUS_OWN):
        out.add("delete")
    return frozenset(out)


def resolve(action: str, available: frozenset[str] | set[str]) -> str:
    """"Hide" on a platform that can only reject (YouTube) means reject."""
    if action == "hide" and "hide" not in available and "reject" in available:
        return "reject"
    return action


def allowed_while_read_only(action: str) -> bool:
    return action in KEEPABLE


def needs_confirmation(action: str) -> bool:
    return action in CONFIRM_FIRST


def is_unreachable(exc: BaseException) -> bool:
    """Is this the "team database cannot be reached" failure (not a locked or full file)?"""
    if not isinstance(exc, DatabaseError):
        return False
    return exc.message in (UNREACHABLE, translate("Database", UNREACHABLE)) \
        or "cannot be reached" in exc.message


def read_only_refusal() -> str:
    return translate("Actions", "Not possible while the team database cannot be reached; replies, holding "
                     "replies and hiding are kept on this computer, the rest has to wait.")


@dataclass
class ItemTeamState:
    """What the window needs to know about one item before the person writes."""
    answered: str | None = None         # a colleague already answered (one sentence)
    claimed_by: str | None = None       # a colleague is answering right now
    can_send: bool = True
    reason: str | None = None           # why this computer cannot send for the account


def team_state(ws: Workspace, session: Session, row: Any, user: str) -> ItemTeamState:
    """Collision and token facts for ``row`` (an ItemRow), inside the caller's session."""
    from app.services.accounts import can_send
    from app.services.team import collab

    state = ItemTeamState()
    collision = collab.find_collision(session, row.id, user)
    if collision is not None:
        if collision.kind == "claimed":
            state.claimed_by = collision.colleague
        else:
            state.answered = collision.message
    state.can_send, state.reason = can_send(ws, row.account_id)
    return state


@dataclass(frozen=True)
class Request:
    item_id: int
    action: str
    actor: str
    text: str | None = None              # replies: the body; notes: the note
    signature: str | None = None         # replies: appended (and checked) once
    confirmed: bool = False              # the checker's errors were read and accepted
    override: bool = False               # "answer anyway" after a collision warning
    template_category: str | None = None  # the kind of template the answer came from


@dataclass
class Result:
    outcome: Outcome
    item_id: int
    action: str
    changed: tuple[int, ...] = ()        # item ids whose rows changed (repaint these)
    outbox_id: int | None = None         # queued: the shared outbox row
    local_key: str | None = None         # kept: the local queue's key
    message: str | None = None           # one sentence for the person (kept, refused, collision)
    problems: list[str] = field(default_factory=list)
    colleague: str | None = None         # collision: who
    collision: str | None = None         # collision: "answered" | "claimed"

    @property
    def ok(self) -> bool:
        return self.outcome in ("queued", "kept", "done")

    @property
    def sends(self) -> bool:
        """Something waits in the shared outbox now (worth flushing)."""
        return self.outcome == "queued"


def perform(ws: Workspace, request: Request, *, read_only: bool = False, now: datetime | None = None) -> Result:
    """Act on one item (see the module text). Raises only for bugs and for database faults
    other than "the team database is away"; every refusal comes back as a ``Result``."""
    action, item_id = request.action, request.item_id
    if action not in ALL_ACTIONS:
        return Result("problems", item_id, action, problems=[
            translate("Items", "Unknown action: {action}").format(action=action)])
    if read_only:
        if not allowed_while_read_only(action):
            return Result("refused", item_id, action, message=read_only_refusal())
        return _keep(ws, request, localqueue.new_key())
    if action in OUTBOX_ACTIONS:
        return _queue(ws, request, now)
    try:
        with ws.db.session() as session:
            item = item_service.get_item(session, item_id)
            if action not in offered(_facts(session, item)):
                return Result("problems", item_id, action, problems=[not_offered()])
            if action == "note":
                item_service.add_note(session, item_id, request.actor, request.text or "")
            else:
                item_service.apply_action(session, item, action, request.actor, now=now)
    except UsageError as exc:
        return Result("problems", item_id, action, problems=[exc.message])
    return Result("done", item_id, action, changed=(item_id,))


def not_offered() -> str:
    return translate("Actions", "That action is not possible for this item.")


@dataclass(frozen=True)
class _Facts:
    platform: str
    kind: str
    status: str
    is_hidden: bool
    can_reply: bool


def _facts(session: Session, item: t.Item) -> _Facts:
    account = session.get(t.Account, item.account_id)
    return _Facts(account.platform if account else "", item.kind, item.status, bool(item.is_hidden),
                  bool(item.can_reply))


def _keep(ws: Workspace, request: Request, key: str, message: str | None = None) -> Result:
    localqueue.for_workspace(ws).record(ws.db.url, request.item_id, request.action, request.actor, request.text,
                                        signature=request.signature or None, confirmed=request.confirmed,
                                        override=request.override, key=key)
    return Result("kept", request.item_id, request.action, local_key=key, message=message or translate(
        "Actions", "Kept on this computer; it goes to the outbox when the team database is back."))


def _queue(ws: Workspace, request: Request, now: datetime | None) -> Result:
    """Validate once, then queue under the collision guard, in one transaction. The
    idempotency key is chosen first: if the connection drops during COMMIT the local copy
    carries the same key, and its replay finds the row instead of queueing twice."""
    action, item_id = request.action, request.item_id
    signature = request.signature or None
    key = localqueue.new_key()
    try:
        with ws.db.session() as session:
            if action in SEND_ACTIONS:
                # The text as it will be sent: the signature appended once (idempotent).
                text = request.text or ""
                final = append_signature(text, signature) if signature and text.strip() else text
                problems = outbox.validate_reply(session, item_id, final, signature=signature, now=now)
                if problems:
                    return Result("problems", item_id, action, problems=list(problems))
            outbox_id = localqueue.queue_in_session(
                session, item_id, action, request.actor, request.text, signature=signature,
                confirmed=request.confirmed, override=request.override, key=key, validated=True, now=now)
            if request.template_category:
                _record_template_use(session, item_id, request.template_category, request.actor)
    except CollisionError as exc:
        return Result("collision", item_id, action, message=exc.message, colleague=exc.colleague,
                      collision=exc.kind)
    except KnownError as exc:
        if localqueue.offline_error(ws, exc) or is_unreachable(exc):
            return _keep(ws, request, key, exc.message)   # nothing was written, or the key finds it
        if isinstance(exc, UsageError):
            return Result("problems", item_id, action, problems=[exc.message])
        raise
    return Result("queued", item_id, action, changed=(item_id,), outbox_id=outbox_id)


def _record_template_use(session: Session, item_id: int, category: str, actor: str) -> None:
    """Audit which kind of template an answer came from (training scores it; reports may)."""
    from app.services.training.packs import record_template_use
    record_template_use(session, item_id, category, actor)



def forget_author_of(session: Session, item_id: int, actor: str) -> Any:
    """"Forget this person" from an item: every item and mention of its author (retention)."""
    from app.services.records.retention import forget_author
    item = item_service.get_item(session, item_id)
    return forget_author(session, item.account_id, author_id=item.author_id, author_name=item.author_name,
                         actor=actor)


def unsent_count(ws: Workspace) -> int:
    """Actions still waiting in the outbox (the window asks before quitting)."""
    with ws.db.session() as session:
        return outbox.pending_count(session)


def discard_unsent(ws: Workspace, actor: str) -> int:
    with ws.db.session() as session:
        return outbox.discard_all_pending(session, actor)
