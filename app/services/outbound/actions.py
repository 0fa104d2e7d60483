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

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any, Literal, Protocol

from sqlalchemy.orm import Session

from app.errors import DatabaseError, KnownError, UsageError
from app.i18n import platform_name, translate
from app.models import tables as t
from app.models.tables import OPEN_STATUSES
from app.services.content.signatures import append_signature
from app.services.inbound import items as item_service
from app.services.outbound import banning, localqueue, outbox, outbox_followup, outbox_rules
from app.services.team.collab import ANSWER_ACTIONS, CollisionError
from app.services.workspace import Workspace

# Every action an item can offer, in the order a menu lists them.
ALL_ACTIONS = ("reply", "holding_reply", "private_reply", "no_reply", "refer", "hide", "unhide", "delete", "spam",
               "note", "reject", "approve", "reopen", "assign", "read", "unread", "mute", "block", "report",
               "ban", "unban")
SEND_ACTIONS = ANSWER_ACTIONS
# Actions that go to the platform through the outbox (and can wait in the local queue).
OUTBOX_ACTIONS = frozenset(outbox.ACTIONS)
# Actions that only change Svarbox's own record of the item.
STATUS_ACTIONS = frozenset({"no_reply", "reopen"})
# Irreversible on the platform: the person confirms first.
CONFIRM_FIRST = frozenset({"delete", "reject", "block", "ban"})
# Acting on the author, not the post: where the API offers it (Bluesky, Mastodon), for any
# citizen's item, open or handled.
AUTHOR_ACTIONS = frozenset(outbox.AUTHOR_ACTIONS)
AUTHOR_PLATFORMS = ("bluesky", "mastodon")
# What this computer can keep while the team database cannot be reached.
KEEPABLE = OUTBOX_ACTIONS

# YouTube's moderation queues: comments the channel has to publish or reject.
HELD_STATUSES = ("heldForReview", "likelySpam")
# Meta platforms: the Page/account hides, unhides and deletes comments on its own posts.
META = ("facebook", "instagram", "demo")

# What each platform lets Svarbox do when the connector registry cannot say (see platforms.md).
LOCAL_CAPABILITIES = {
    "facebook": {"reply", "hide", "unhide", "delete", "ban"},
    "instagram": {"reply", "hide", "unhide", "delete"},
    "x": {"reply", "hide", "unhide", "delete"},
    "linkedin": {"reply", "delete"},
    "youtube": {"reply", "reject", "unhide", "delete"},
    "bluesky": {"reply", "hide", "unhide", "delete", "mute", "block", "report"},
    "mastodon": {"reply", "delete", "mute", "block", "report"},   # no hide on Mastodon
    "demo": {"reply", "hide", "unhide", "delete"},
}

# app.models.db.explain()'s sentence; compared translated and as written.
UNREACHABLE = "The team database cannot be reached; check the network and the database address."

Outcome = Literal["queued", "kept", "done", "problems", "collision", "refused"]


class ItemFacts(Protocol):
    """What ``offered`` reads from an item (an ``inbox.ItemRow`` has all of it). Optional facts
    (read with getattr): ``own_conversation`` (X), ``moderation_status`` (YouTube),
    ``human_agent`` (Messenger 7-day tag), ``received_at`` (reply windows), ``author_known``
    and ``author_banned`` (Facebook bans, services.outbound.banning)."""
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


def offered(item: ItemFacts, caps: frozenset[str] | set[str] | None = None,
            now: datetime | None = None) -> frozenset[str]:
    """The actions ``item`` offers: only what the platform accepts for this very item (own post
    or a citizen's, top-level or reply, whose conversation, hidden or not, message window open
    or not) and what its state in Svarbox allows. docs/actions.md is the table of these rules
    (tests/unit/test_actions_table.py checks this function against it)."""
    platform = getattr(item, "platform", "")     # a bare row from a caller that passes caps
    caps = set(capabilities(platform) if caps is None else caps)
    kind, status = item.kind, item.status
    out = {"note"}
    if status == t.STATUS_DELETED:
        return frozenset(out | {"read", "unread"})
    if status != t.STATUS_OWN:
        out |= {"assign", "read", "unread"}   # Svarbox's own record: who takes it, who has read it
    if status == t.STATUS_OWN:
        # The account's own post: every platform lets its author delete it, nothing else.
        if "delete" in caps:
            out.add("delete")
        return frozenset(out)
    if platform in AUTHOR_PLATFORMS:
        # app.bsky.graph.muteActor / app.bsky.graph.block / com.atproto.moderation.createReport;
        # Mastodon POST /api/v1/accounts/:id/mute, /block and /api/v1/reports.
        out |= AUTHOR_ACTIONS & caps
    out |= banning.offered(item, caps)      # Facebook: ban the author from the Page, or lift the ban
    is_open = status in OPEN_STATUSES
    hidden = bool(item.is_hidden)
    if kind == "message":
        # Answered in the conversation while the platform's window is open (Messenger: 24 hours,
        # 7 days with the human-agent tag). Messages cannot be hidden or deleted.
        if _window_open(item, now):
            out.add("reply")
    elif "reply" in caps and item.can_reply and not (platform == "instagram" and hidden) \
            and not (platform == "youtube" and kind == "reply"):
        # Instagram refuses replies to a hidden comment; YouTube threads are flat (a reply
        # answers the top-level comment).
        out.add("reply")
    if "reply" in out and status == t.STATUS_NEW:
        out.add("holding_reply")
    if "private_reply" in caps and kind in ("comment", "reply") and is_open and _within(item, now, outbox_rules.PRIVATE_REPLY_WINDOW):  # noqa: E501
        # Facebook/Instagram: one private message to the commenter within 7 days (the outbox
        # also checks "once per comment").
        out.add("private_reply")
    # A Page recommendation can only be commented on, and a post that tags the Instagram account
    # is someone else's media: neither can be hidden or deleted through the API.
    someone_elses = kind == "review" or (kind == "mention" and platform == "instagram")
    moderation = _moderation(item, caps) if kind != "message" and not someone_elses else set()
    out |= moderation
    if is_open:
        out.add("no_reply")
        if "reply" in out:
            out.add("refer")         # the referral is sent as a reply, so only where one can go
        if moderation & {"hide", "reject"}:
            out.add("spam")          # spam hides on the platform, so only where it can
    else:
        out.add("reopen")
        if status == t.STATUS_HIDDEN and "reply" in out:
            # Hide first, then refer: a comment with an ID number or health details is taken out
            # of view at once and its author sent to the case channel (the shipped "hidden
            # comment" referral template says exactly that).
            out.add("refer")
    return frozenset(out)


def _moderation(item: ItemFacts, caps: set[str]) -> set[str]:
    """Hide/unhide/delete/reject/approve for a citizen's comment, reply or mention."""
    platform, hidden = getattr(item, "platform", ""), bool(item.is_hidden)
    out: set[str] = set()
    if platform in META:
        # Graph API: a Page (or Instagram professional account) hides, unhides and deletes
        # comments on its own posts.
        out.add("unhide" if hidden else "hide")
        out.add("delete")
    elif platform == "x":
        # X hides only replies in conversations the account started (POST /2/tweets/:id/hidden
        # answers 403 otherwise) and deletes only the account's own posts.
        if getattr(item, "own_conversation", None) is True:
            out.add("unhide" if hidden else "hide")
    elif platform == "linkedin":
        # LinkedIn has no hiding; an organisation deletes comments on its own posts.
        out.add("delete")
    elif platform == "bluesky":
        # app.bsky.feed.threadgate hiddenReplies: the threadgate record lives in the root
        # author's repo, so only on threads the account started (known from the connector;
        # unknown is not offered). A citizen's post is theirs to delete (deleteRecord works
        # on one's own repo only).
        if getattr(item, "own_conversation", None) is True:
            out.add("unhide" if hidden else "hide")
    elif platform == "mastodon":
        pass        # no hide on Mastodon (mute, block or report on the server); delete own posts only
    elif platform == "youtube":
        # YouTube: the channel publishes or rejects citizens' comments (setModerationStatus);
        # only a comment's author may delete it.
        if getattr(item, "moderation_status", None) in HELD_STATUSES:
            out |= {"approve", "reject"}
        elif not hidden:
            out.add("reject")        # a rejected comment cannot be changed any more
    else:
        out |= {"unhide" if hidden else "hide", "delete"}
    return {a for a in out if a in caps or (a == "approve" and "unhide" in caps)}


def _window_open(item: ItemFacts, now: datetime | None) -> bool:
    received = getattr(item, "received_at", None)
    if received is None:
        return True
    window = (outbox_rules.MESSENGER_HUMAN_AGENT_WINDOW if getattr(item, "human_agent", False)
              else outbox_rules.MESSENGER_WINDOW)
    return _within(item, now, window)


def _within(item: ItemFacts, now: datetime | None, span: timedelta) -> bool:
    received = getattr(item, "received_at", None)
    if received is None:
        return True
    from app import clock
    return bool((now or clock.now()) <= received + span)


def resolve(action: str, available: frozenset[str] | set[str]) -> str:
    """"Hide" on a platform that can only reject (YouTube) means reject; "unhide" a held
    comment means approve (publish)."""
    if action == "hide" and "hide" not in available and "reject" in available:
        return "reject"
    if action == "unhide" and "unhide" not in available and "approve" in available:
        return "approve"     # YouTube: "unhide" a held comment is publishing it
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
    override: bool = False               # "answer anyway" after a collision warning; assign to someone away
    template_category: str | None = None  # the kind of template the answer came from
    ban: bool = False                    # spam: also ban the author (YouTube: channel; Facebook: Page)
    delay_seconds: int = 0               # answers: wait this long before sending ("Undo send")


@dataclass
class Result:
    outcome: Outcome
    item_id: int
    action: str
    changed: tuple[int, ...] = ()        # item ids whose rows changed (repaint these)
    outbox_id: int | None = None         # queued: the shared outbox row
    also_queued: tuple[int, ...] = ()    # queued with it (Facebook spam + ban: the ban's row)
    local_key: str | None = None         # kept: the local queue's key
    message: str | None = None           # one sentence for the person (kept, refused, collision)
    problems: list[str] = field(default_factory=list)
    colleague: str | None = None         # collision: who
    collision: str | None = None         # collision: "answered" | "claimed" | "away" (assign)

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
    if action == "reply" and request.template_category == "referral":
        # A reply written from a referral template is a referral: answered and referred.
        request = replace(request, action="refer")
        action = "refer"
    if request.ban and action == "spam" and read_only:
        return Result("refused", item_id, action, message=banning.read_only_refusal())
    if action == "refer" and not (request.text or "").strip() and not read_only:
        try:
            with ws.db.session() as session:
                text = referral_text(session, item_id, request.actor, request.signature)
        except UsageError as exc:
            return Result("problems", item_id, action, problems=[exc.message])
        request = replace(request, text=text, template_category="referral")
    if read_only:
        if not allowed_while_read_only(action):
            return Result("refused", item_id, action, message=read_only_refusal())
        return _keep(ws, request, localqueue.new_key())
    if action in OUTBOX_ACTIONS:
        return _queue(ws, request, now)
    try:
        with ws.db.session() as session:
            item = item_service.get_item(session, item_id)
            if action not in offered(_facts(session, item), now=now):
                return Result("problems", item_id, action, problems=[not_offered_reason(session, item, action)])
            if action == "note":
                item_service.add_note(session, item_id, request.actor, request.text or "")
            elif action == "assign":
                assignee = (request.text or "").strip() or None
                from app.services.team import handover
                away = handover.who_is_away(session, assignee)
                if away is not None and not request.override:
                    # Away (holidays, issue 16 point 8): say so; the person may assign anyway.
                    return Result("collision", item_id, action, colleague=away[0], collision="away",
                                  message=handover.away_warning(*away))
                item_service.assign(session, item_id, assignee, request.actor)
            elif action in ("read", "unread"):
                from app.services.inbound import reads
                (reads.mark_read if action == "read" else reads.mark_unread)(session, [item_id], request.actor)
            else:
                item_service.apply_action(session, item, action, request.actor, now=now)
    except UsageError as exc:
        return Result("problems", item_id, action, problems=[exc.message])
    return Result("done", item_id, action, changed=(item_id,))


def referral_text(session: Session, item_id: int, my_name: str, signature: str | None = None) -> str:
    """The referral template in the account's language, the case channel filled in and the
    signature appended: the first referral template that can be filled for this item and fits
    the platform's limit. Refuses in words otherwise (no case channel, a value Svarbox does not
    have, too long for X), so a referral never reaches a citizen with a hole in it."""
    from app.connectors.textlimits import weighted_length
    from app.services.content import templates as tpl
    from app.services.content.templates_store import templates_for
    item = item_service.get_item(session, item_id)
    account = session.get(t.Account, item.account_id)
    if account is None:
        raise UsageError(translate("Actions", "The account no longer exists."))
    institution = session.get(t.Institution, account.institution_id) if account.institution_id else None
    channel = (institution.case_channel or "").strip() if institution else ""
    if not channel:
        raise UsageError(translate("Actions", "No case channel is set for this account's institution; add it "
                                   "in Settings before referring."))
    choices = [x for x in templates_for(session, account.language) if x.category == "referral"] \
        or [x for x in templates_for(session) if x.category == "referral"]
    if not choices:
        raise UsageError(translate("Actions", "There is no referral template; add one in Templates."))
    # The shipped packs list the general referral ("your own case") first; the others (a hidden
    # comment, a complaint) say things that are true only sometimes, so they are never picked
    # for the person: they are chosen in the composer.
    shipped = [(x.name, x.language) for x in tpl.default_templates() if x.category == "referral"]
    choices.sort(key=lambda x: shipped.index((x.name, x.language)) if (x.name, x.language) in shipped
                 else len(shipped))
    choices = choices[:1]
    values = tpl.context_values(author_name=item.author_name, account_name=account.name,
                                institution=institution.name if institution else None, my_name=my_name,
                                link=None, case_channel=channel)
    platform_key = "messenger" if item.kind == "message" else account.platform
    limit = outbox_rules.reply_limit_for(item, account)
    problem = None
    for choice in choices:
        try:
            text = tpl.render(choice.body, values)
        except tpl.MissingValuesError as exc:
            problem = problem or translate(
                "Actions", "The referral template needs values Svarbox does not have ({names}); write "
                "the referral in the composer instead.").format(names=", ".join(exc.names))
            continue
        if signature and signature.strip():
            text = append_signature(text, signature)
        if weighted_length(platform_key, text) > limit:
            problem = translate("Actions", "The referral template is longer than {platform} allows ({limit} "
                                "characters); write a shorter referral in the composer.").format(
                platform=platform_name(platform_key), limit=limit)
            continue
        return text
    raise UsageError(problem or not_offered())


def not_offered() -> str:
    return translate("Actions", "That action is not possible for this item.")


def not_offered_reason(session: Session, item: t.Item, action: str) -> str:
    """Why the platform would refuse ``action`` on ``item``, in words where we know it."""
    facts = _facts(session, item)
    return why_not(facts.platform, facts, action)


def why_not(platform: str, item: Any, action: str) -> str:
    """Why ``action`` is not offered for ``item`` (an ItemRow or Item), and what can be done
    instead, in one sentence for the window, the CLI and training."""
    ban_reason = banning.why_not(platform, item, action)
    if ban_reason is not None:
        return ban_reason
    if item.status == t.STATUS_OWN and action != "delete":
        return translate("Actions", "This is the account's own post; it can only be deleted.")
    if action == "spam" and item.kind == "message":
        return translate("Actions", "A direct message cannot be hidden on the platform; mark it as needing "
                         "no reply instead.")
    if platform == "x" and action in ("hide", "unhide", "spam"):
        return translate("Actions", "X lets the account hide only replies in conversations it started; "
                         "this post is not one of them.")
    if platform == "x" and action == "delete":
        return translate("Actions", "X lets the account delete only its own posts.")
    if platform == "youtube" and action == "delete":
        return translate("Actions", "YouTube lets only a comment's author delete it; reject it instead.")
    if platform == "bluesky" and action in ("hide", "unhide", "spam"):
        return translate("Actions", "Bluesky lets the account hide only replies in threads it started; mute, "
                         "block or report the author instead.")
    if platform == "mastodon" and action in ("hide", "unhide", "spam"):
        return translate("Actions", "Mastodon has no way to hide a post; mute, block or report the author "
                         "instead.")
    if action in AUTHOR_ACTIONS and platform not in AUTHOR_PLATFORMS:
        return translate("Actions", "Svarbox can mute, block and report only on Bluesky and Mastodon; on "
                         "{platform} do it on the platform itself.").format(platform=platform_name(platform))
    if platform == "linkedin" and action in ("hide", "spam"):
        return translate("Actions", "LinkedIn cannot hide comments; delete it or mark it as needing no reply.")
    if action == "refer" and not item.can_reply:
        return translate("Actions", "The referral is sent as a reply, and the platform does not allow one "
                         "here; mark it as needing no reply and refer on the platform itself.")
    if item.kind == "message" and action in ("reply", "holding_reply", "refer"):
        return translate("Actions", "The platform's reply window for this conversation has closed; "
                         "answer through the official case channel instead.")
    return not_offered()


@dataclass(frozen=True)
class _Facts:
    platform: str
    kind: str
    status: str
    is_hidden: bool
    can_reply: bool
    received_at: datetime | None = None
    own_conversation: bool | None = None
    moderation_status: str | None = None
    human_agent: bool = False
    author_known: bool | None = None
    author_banned: bool | None = None


def _facts(session: Session, item: t.Item) -> _Facts:
    account = session.get(t.Account, item.account_id)
    human_agent = bool(outbox_rules._options(account).get("human_agent")) if account else False
    platform = account.platform if account else ""
    banned = banning.author_banned(session, item) if platform in banning.BAN_PLATFORMS else None
    return _Facts(platform, item.kind, item.status, bool(item.is_hidden),
                  bool(item.can_reply), item.received_at, item.own_conversation, item.moderation_status,
                  human_agent, author_known=bool(item.author_id), author_banned=banned)


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
    also: tuple[int, ...] = ()
    try:
        with ws.db.session() as session:
            item = item_service.get_item(session, item_id)
            facts = _facts(session, item)
            available = offered(facts, now=now)
            if action not in available:
                return Result("problems", item_id, action, problems=[not_offered_reason(session, item, action)])
            if request.ban and action == "spam" and not banning.spam_can_ban(facts, available):
                return Result("problems", item_id, action, problems=[
                    banning.why_not(facts.platform, facts, "ban") or not_offered()])
            if action in SEND_ACTIONS:
                # The text as it will be sent: the signature appended once (idempotent).
                text = request.text or ""
                final = append_signature(text, signature) if signature and text.strip() else text
                problems = outbox_rules.validate_reply(session, item_id, final, signature=signature, now=now)
                if problems:
                    return Result("problems", item_id, action, problems=list(problems))
            outbox_id = localqueue.queue_in_session(
                session, item_id, action, request.actor, request.text, signature=signature,
                confirmed=request.confirmed, override=request.override, key=key, validated=True, now=now)
            if request.ban and action == "spam" and facts.platform == "youtube":
                outbox_followup.set_ban(session, outbox_id)     # banAuthor rides on the rejection
            elif request.ban and action == "spam":
                # Facebook: the ban is its own outbox action, queued after the hide in this
                # transaction, sent exactly once and failing on its own (the hide stays true).
                also = (outbox.queue_action(session, item_id, "ban", request.actor, now=now),)
            if request.delay_seconds > 0 and action in SEND_ACTIONS:
                outbox_followup.hold_for_undo(session, outbox_id, request.delay_seconds, now=now)
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
    return Result("queued", item_id, action, changed=(item_id,), outbox_id=outbox_id, also_queued=also)


def _record_template_use(session: Session, item_id: int, category: str, actor: str) -> None:
    """Audit which kind of template an answer came from (training scores it; reports may)."""
    item = item_service.get_item(session, item_id)
    item_service.audit(session, actor, "template_used", item_id=item_id, account_id=item.account_id,
                       category=category)


def can_take_out_of_view(platform: str, kind: str) -> bool:
    """Whether the account can hide, reject or delete a citizen's ``kind`` item on ``platform``
    at all (a comment under the account's own post; a mention is in someone else's thread).
    Training uses it so nobody is marked down for what the platform does not allow."""
    if kind == "message":
        return False
    facts = _Facts(platform, kind, t.STATUS_NEW, False, True,
                   own_conversation=True if kind == "comment" else False if kind == "mention" else None)
    return bool(offered(facts) & {"hide", "spam", "reject", "delete"})



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
        return outbox_followup.discard_all_pending(session, actor)
