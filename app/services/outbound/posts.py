"""Posts: compose, check, approve, schedule and publish (issue 19). Qt-free.

A post is one row per account (or manual channel); a post composed for several accounts
shares a ``group_key``. Publishing goes through the outbox (action "publish"): the post is
saved first, the outbox row is claimed atomically, and an attempt whose answer was lost is
settled by asking the platform for a post with that text before anything is sent again.

Scheduling: Facebook schedules natively (``scheduled_publish_time``, 10 minutes to 30 days
ahead), so a Facebook post is handed over as soon as it is inside that window and goes out
with every laptop closed. Every other platform needs a running Svarbox (window or ``svarbox
worker``): ``scheduler.run_due`` hands due posts to the outbox under the team lease "publisher", and the
hand-over itself is one conditional UPDATE, so two clients never queue one post twice.
"""
from __future__ import annotations

import json
import mimetypes
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app import clock
from app.connectors import publishing as pub
from app.errors import NotFoundError, UsageError
from app.i18n import translate
from app.models import tables as t
from app.models.db import rowcount
from app.services.inbound import items as item_service
from app.services.training.training_record import has_certificate

if TYPE_CHECKING:
    from app.connectors.base import Connector
    from app.services.workspace import Workspace

PUBLISH_ACTION = "publish"
PUBLISHER_LEASE = "publisher"



@dataclass
class PostRow:
    id: int
    group_key: str
    account_id: int | None
    account_name: str | None
    platform: str | None
    institution: str | None
    channel: str | None
    text: str
    link: str | None
    images: list[dict[str, Any]]
    scheduled_at: datetime | None
    status: str
    native_schedule: bool
    campaign: str | None
    label: str | None
    author: str
    approved_by: str | None
    review_comment: str | None
    external_id: str | None
    permalink: str | None
    last_error: str | None
    needs_running_client: bool = False

    def to_json(self) -> dict[str, Any]:
        out = dict(self.__dict__)
        out["scheduled_at"] = self.scheduled_at.isoformat() if self.scheduled_at else None
        return out


@dataclass
class Check:
    problems: list[str] = field(default_factory=list)     # stop the post
    warnings: list[str] = field(default_factory=list)     # shown; the person decides

    @property
    def ok(self) -> bool:
        return not self.problems


# --- checks -----------------------------------------------------------------------------------

def post_length(platform: str, text: str) -> int:
    from app.connectors.textlimits import weighted_length
    return weighted_length("x" if platform == "x" else "facebook", text) if platform == "x" else len(text)


def check_post(platform: str, text: str, *, link: str | None = None, images: list[dict[str, Any]] | None = None,
               at: datetime | None = None, now: datetime | None = None, language: str = "da",
               account_name: str = "") -> Check:
    """Everything the window and the CLI check before a post is saved for publishing."""
    from app.i18n import platform_name
    from app.services.content.checker import check

    now = now or clock.now()
    images = images or []
    out = Check()
    name = account_name or platform_name(platform)
    if platform in pub.NO_POST_API:
        out.problems.append(translate("Posts", "YouTube has no API for publishing posts: publish on YouTube Studio and "
                                "plan it here as a manual entry."))
        return out
    if not text.strip() and not images:
        out.problems.append(translate("Posts", "The post for {account} is empty.").format(account=name))
    limit = pub.POST_LIMITS.get(platform)
    full = text if not link or link in text else f"{text}\n{link}"
    if limit is not None:
        length = post_length(platform, full)
        if length > limit:
            out.problems.append(translate("Posts", "The post for {account} is {length} characters; {platform} allows {limit}.")  # noqa: E501
                                .format(account=name, length=length, platform=platform_name(platform), limit=limit))
    if len(images) > pub.IMAGE_LIMITS.get(platform, 4):
        out.problems.append(translate("Posts", "{platform} takes at most %n image(s) in a post.", None,
                                      pub.IMAGE_LIMITS.get(platform, 4)).format(platform=platform_name(platform)))
    for image in images:
        shown = image.get("path") or image.get("url") or "?"
        if not (image.get("alt") or "").strip():
            # Our rule, not the platforms': every image gets a description for screen readers.
            out.problems.append(translate("Posts", "The image {name} has no alt text; describe it for people who cannot see it.")  # noqa: E501
                                .format(name=Path(shown).name))
        mime = mimetypes.guess_type(shown)[0] or ""
        if mime not in pub.IMAGE_FORMATS.get(platform, set()):
            out.problems.append(translate("Posts", "{platform} does not take this image format: {name}.")
                                .format(platform=platform_name(platform), name=Path(shown).name))
        if image.get("path") and not Path(image["path"]).is_file():
            out.problems.append(translate("Posts", "The image file {name} does not exist.").format(name=image["path"]))
    if platform in pub.UPLOAD_ONLY and any(not i.get("path") for i in images):
        out.problems.append(translate("Posts", "{platform} needs the image as a file on this computer, not a web "
                                      "address.").format(platform=platform_name(platform)))
    if platform == "instagram":
        if not images:
            out.problems.append(translate("Posts", "Instagram posts need an image."))
        elif not all((i.get("url") or "").startswith("https://") for i in images):
            out.problems.append(translate("Posts", "Instagram fetches the image from a public web address (https://...); "  # noqa: E501
                                    "put it on the website and give that address."))
    if at is not None and at < now - timedelta(minutes=1):
        out.problems.append(translate("Posts", "The publishing time has already passed."))
    if platform == "x":
        out.warnings.append(translate("Posts", "Each post on X costs credits (about ${price} per post).")
                            .format(price=f"{pub.X_POST_PRICE_USD:.3f}"))
    if not link:
        out.warnings.append(translate("Posts", "No link to a permanent web page; people will ask where to read more."))
    try:
        findings = check(full, platform="facebook" if platform in ("demo",) else platform, language=language,
                         signature=None, public=True)
    except UsageError:
        findings = []
    for finding in findings:
        if finding.code in ("too-long", "no-greeting", "signature-doubled", "signature-missing", "late-no-apology"):
            continue      # reply rules; POST_LIMITS did the length check
        # An ID number (CPR/personnummer) never goes out in a public post.
        (out.problems if finding.code == "id-number" else out.warnings).append(finding.message)
    if at is not None and platform not in pub.NATIVE_SCHEDULING:
        out.warnings.append(translate("Posts", "{platform} cannot schedule posts itself: Svarbox must be running at that time "  # noqa: E501
                                "(a window or svarbox worker).").format(platform=platform_name(platform)))
    return out


# --- who may publish --------------------------------------------------------------------------

def _options(account: t.Account) -> dict[str, Any]:
    try:
        loaded: dict[str, Any] = json.loads(account.options or "{}")   # a JSON object
        return loaded
    except ValueError:
        return {}


def publishers(account: t.Account) -> list[str]:
    """The per-account setting "who may publish here" (empty: everyone who can use Svarbox)."""
    return [str(p) for p in _options(account).get("publishers", []) if str(p).strip()]


def set_publishers(session: Session, account_id: int, names: list[str], actor: str,
                   course_pack: str | None = None) -> None:
    account = _account(session, account_id)
    options = _options(account)
    options["publishers"] = [n.strip() for n in names if n.strip()]
    if course_pack is not None:
        options["publish_course_pack"] = course_pack.strip() or None
    account.options = json.dumps(options, ensure_ascii=False)
    item_service.audit(session, actor, "post_publishers_set", account_id=account_id,
                       publishers=options["publishers"], course_pack=options.get("publish_course_pack"))


def may_publish(session: Session, account: t.Account, user: str) -> bool:
    """A publisher of the account (or everyone, when the list is empty) who, where the account
    requires the course, holds a certificate for that training pack (issue 22's record)."""
    allowed = publishers(account)
    if allowed and user not in allowed:
        return False
    pack = _options(account).get("publish_course_pack")
    return not pack or has_certificate(session, user, pack)


def course_status(account: t.Account) -> str | None:
    """The "requires the course" setting, in words for the calendar and the post composer."""
    pack = _options(account).get("publish_course_pack")
    if not pack:
        return None
    return translate("Posts", "Publishing here requires a passed course: “{pack}”.").format(pack=pack)


# --- composing --------------------------------------------------------------------------------

def _account(session: Session, account_id: int | None) -> t.Account:
    account = session.get(t.Account, account_id) if account_id is not None else None
    if account is None:
        raise NotFoundError(translate("Posts", "There is no account {id}.").format(id=account_id))
    return account


def find_account(session: Session, ref: str) -> t.Account:
    """An account by id or by name (case-insensitive)."""
    if ref.isdigit():
        account = session.get(t.Account, int(ref))
        if account is not None:
            return account
    for account in session.scalars(select(t.Account)):
        if account.name.lower() == ref.strip().lower():
            return account
    raise NotFoundError(translate("Posts", "There is no account called “{name}”.").format(name=ref))


def compose(session: Session, author: str, texts: dict[int, str], *, link: str | None = None,
            images: list[dict[str, Any]] | None = None, at: datetime | None = None, campaign: str | None = None,
            label: str | None = None, status: str = t.POST_DRAFT, now: datetime | None = None) -> list[int]:
    """Save a post for each account (``texts``: account id -> its text) after the checks.
    Returns the post ids. ``status`` idea/draft saves; anything else goes through ``submit``."""
    now = now or clock.now()
    images = images or []
    problems: list[str] = []
    accounts = {aid: _account(session, aid) for aid in texts}
    if status not in (t.POST_IDEA, t.POST_DRAFT):
        for aid, text in texts.items():
            acc = accounts[aid]
            problems += check_post(acc.platform, text, link=link, images=images, at=at, now=now,
                                   language=acc.language, account_name=acc.name).problems
    if problems:
        raise UsageError("\n".join(dict.fromkeys(problems)))
    group = uuid.uuid4().hex
    ids = []
    for aid, text in texts.items():
        post = t.Post(group_key=group, account_id=aid, text=text, link=link, images=json.dumps(images),
                      scheduled_at=at, status=t.POST_DRAFT if status not in (t.POST_IDEA,) else t.POST_IDEA,
                      campaign=campaign, label=label, author=author, idempotency_key=uuid.uuid4().hex,
                      created_at=now, updated_at=now)
        session.add(post)
        session.flush()
        item_service.audit(session, author, "post_created", account_id=aid, post_id=post.id)
        ids.append(post.id)
    return ids


def add_manual(session: Session, author: str, channel: str, title: str, at: datetime, *,
               text: str = "", campaign: str | None = None, label: str | None = None) -> int:
    """A calendar entry for a channel without an API (web, newsletter, press, signs)."""
    if channel not in t.MANUAL_CHANNELS:
        raise UsageError(translate("Posts", "Unknown channel “{channel}”; use one of: {names}.")
                         .format(channel=channel, names=", ".join(t.MANUAL_CHANNELS)))
    now = clock.now()
    post = t.Post(group_key=uuid.uuid4().hex, account_id=None, channel=channel, title=title, text=text,
                  images="[]", scheduled_at=at, status=t.POST_SCHEDULED, campaign=campaign, label=label,
                  author=author, idempotency_key=uuid.uuid4().hex, created_at=now, updated_at=now)
    session.add(post)
    session.flush()
    item_service.audit(session, author, "post_created", post_id=post.id, channel=channel)
    return post.id


def get(session: Session, post_id: int) -> t.Post:
    post = session.get(t.Post, post_id)
    if post is None:
        raise NotFoundError(translate("Posts", "There is no post {id}.").format(id=post_id))
    return post


def _recheck(session: Session, post: t.Post, now: datetime) -> None:
    if post.account_id is None:
        return
    acc = _account(session, post.account_id)
    at = post.scheduled_at if post.scheduled_at and post.scheduled_at > now else None
    result = check_post(acc.platform, post.text, link=post.link, images=json.loads(post.images or "[]"),
                        at=at, now=now, language=acc.language, account_name=acc.name)
    if result.problems:
        raise UsageError("\n".join(result.problems))


def submit(session: Session, post_id: int, actor: str, now: datetime | None = None) -> str:
    """Send a draft on its way: to "scheduled" when ``actor`` may publish on the account,
    else to "awaiting_approval" (a colleague proposes). Returns the new status."""
    now = now or clock.now()
    post = get(session, post_id)
    if post.status not in (t.POST_IDEA, t.POST_DRAFT, t.POST_FAILED, t.POST_REJECTED):
        raise UsageError(translate("Posts", "Only an idea, a draft, a failed or a rejected post can be submitted."))
    _recheck(session, post, now)
    account = _account(session, post.account_id) if post.account_id else None
    if account is not None and not may_publish(session, account, actor):
        post.status = t.POST_AWAITING
        item_service.audit(session, actor, "post_proposed", account_id=post.account_id, post_id=post.id)
    else:
        post.status = t.POST_SCHEDULED
        post.approved_by = actor
        item_service.audit(session, actor, "post_scheduled", account_id=post.account_id, post_id=post.id)
    post.updated_at = now
    return post.status


def approve(session: Session, post_id: int, actor: str, comment: str | None = None,
            now: datetime | None = None) -> None:
    now = now or clock.now()
    post = get(session, post_id)
    if post.status != t.POST_AWAITING:
        raise UsageError(translate("Posts", "Only a post awaiting approval can be approved."))
    account = _account(session, post.account_id)
    if not may_publish(session, account, actor):
        raise UsageError(translate("Posts", "You may not publish on {account}; ask one of its publishers.").format(account=account.name))  # noqa: E501
    _recheck(session, post, now)
    post.status, post.approved_by, post.review_comment, post.updated_at = t.POST_SCHEDULED, actor, comment, now
    item_service.audit(session, actor, "post_approved", account_id=post.account_id, post_id=post.id,
                       comment=comment)


def reject(session: Session, post_id: int, actor: str, comment: str) -> None:
    post = get(session, post_id)
    if post.status != t.POST_AWAITING:
        raise UsageError(translate("Posts", "Only a post awaiting approval can be rejected."))
    if not comment.strip():
        raise UsageError(translate("Posts", "Say why the post is rejected, so the colleague can fix it."))
    account = _account(session, post.account_id)
    if not may_publish(session, account, actor):
        raise UsageError(translate("Posts", "You may not publish on {account}; ask one of its publishers.").format(account=account.name))  # noqa: E501
    post.status, post.review_comment, post.updated_at = t.POST_REJECTED, comment, clock.now()
    item_service.audit(session, actor, "post_rejected", account_id=post.account_id, post_id=post.id, comment=comment)


def edit(session: Session, post_id: int, actor: str, *, text: str | None = None, at: datetime | None = None,
         comment: str | None = None, campaign: str | None = None, label: str | None = None) -> None:
    """Change a post not yet handed to the platform (a publisher editing a proposal keeps it
    awaiting approval; the change and the comment are audited)."""
    post = get(session, post_id)
    if post.status in (t.POST_PUBLISHING, t.POST_PUBLISHED) or (post.native_schedule and post.outbox_id):
        raise UsageError(translate("Posts", "This post is already with the platform and cannot be changed here."))
    if at is not None and post.account_id is not None and at < clock.now() - timedelta(minutes=1):
        raise UsageError(translate("Posts", "The publishing time has already passed."))
    if text is not None:
        post.text = text
    if at is not None:
        post.scheduled_at = at
    if campaign is not None:
        post.campaign = campaign or None
    if label is not None:
        post.label = label or None
    if comment:
        post.review_comment = comment
    post.updated_at = clock.now()
    if post.status == t.POST_SCHEDULED:
        _recheck(session, post, post.updated_at)
    item_service.audit(session, actor, "post_edited", account_id=post.account_id, post_id=post.id,
                       comment=comment, moved=at.isoformat() if at else None)


def reschedule(session: Session, post_id: int, at: datetime, actor: str) -> None:
    """Drag in the calendar: a new moment, the same checks."""
    edit(session, post_id, actor, at=at)


# --- handing over to the outbox ---------------------------------------------------------------

def _draft(post: t.Post, native_at: datetime | None) -> pub.Draft:
    images = tuple(pub.Image(i.get("path"), i.get("alt") or "", i.get("url")) for i in json.loads(post.images or "[]"))
    return pub.Draft(text=post.text, link=post.link, images=images, publish_at=native_at, key=post.idempotency_key)


def native_window(platform: str, at: datetime | None, now: datetime) -> bool:
    """True when the platform can hold this post itself from now on."""
    return (platform in pub.NATIVE_SCHEDULING and at is not None
            and now + pub.FB_SCHEDULE_MIN <= at <= now + pub.FB_SCHEDULE_MAX)


def needs_running_client(platform: str | None, at: datetime | None, status: str, now: datetime) -> bool:
    """A scheduled post that goes out only if some Svarbox is running at its moment."""
    if platform is None or status not in (t.POST_SCHEDULED, t.POST_AWAITING):
        return False
    if platform in pub.NATIVE_SCHEDULING and at is not None and at >= now + pub.FB_SCHEDULE_MIN:
        return False
    return True


def _hand_over(session: Session, post: t.Post, now: datetime) -> int | None:
    """Move one scheduled post to the outbox: a conditional UPDATE first, so of two clients
    racing for it exactly one wins and writes the outbox row (in the same transaction)."""
    account = session.get_one(t.Account, post.account_id)
    native_at = post.scheduled_at if native_window(account.platform, post.scheduled_at, now) else None
    changed = rowcount(session.execute(update(t.Post).where(
        t.Post.id == post.id, t.Post.status == t.POST_SCHEDULED, t.Post.outbox_id.is_(None)).values(
        status=t.POST_PUBLISHING, native_schedule=native_at is not None, updated_at=now)))
    if not changed:
        return None
    draft = _draft(post, native_at)
    action = t.OutboxAction(item_id=None, account_id=post.account_id, action=PUBLISH_ACTION, text=post.text,
                            author=post.approved_by or post.author, idempotency_key=post.idempotency_key,
                            state=t.OUTBOX_QUEUED, attempts=0, created_at=now,
                            target=json.dumps({"post_id": post.id, "draft": draft.to_json()}))
    session.add(action)
    session.flush()
    session.execute(update(t.Post).where(t.Post.id == post.id).values(outbox_id=action.id))
    item_service.audit(session, post.approved_by or post.author, "outbox_queued", account_id=post.account_id,
                       outbox_id=action.id, outbox_action=PUBLISH_ACTION, post_id=post.id,
                       native_schedule=native_at is not None)
    return action.id


def publish_now(session: Session, post_id: int, actor: str, now: datetime | None = None) -> int:
    """Publish a scheduled/approved post at once (it keeps no moment)."""
    now = now or clock.now()
    post = get(session, post_id)
    if post.status in (t.POST_DRAFT, t.POST_IDEA):
        if submit(session, post_id, actor, now) != t.POST_SCHEDULED:
            raise UsageError(translate("Posts", "The post awaits approval by a publisher of the account."))
    if post.status != t.POST_SCHEDULED:
        raise UsageError(translate("Posts", "Only a scheduled post can be published now."))
    post.scheduled_at = None
    session.flush()
    outbox_id = _hand_over(session, post, now)
    if outbox_id is None:
        raise UsageError(translate("Posts", "Another Svarbox has already taken this post."))
    return outbox_id


def queue_due(ws: Workspace, now: datetime | None = None) -> list[int]:
    """Hand every due post to the outbox: Facebook posts as soon as the platform can hold them
    (native scheduling), the rest when their moment has come. Returns the outbox ids."""
    now = now or clock.now()
    queued: list[int] = []
    with ws.db.session() as session:
        candidates = list(session.execute(
            select(t.Post.id, t.Post.scheduled_at, t.Account.platform).join(t.Account, t.Account.id == t.Post.account_id)  # noqa: E501
            .where(t.Post.status == t.POST_SCHEDULED, t.Post.outbox_id.is_(None))
            .order_by(t.Post.scheduled_at, t.Post.id)))
    for post_id, at, platform in candidates:
        due = at is None or at <= now
        native = native_window(platform, at, now)
        if not (due or native) or platform in pub.NO_POST_API:
            continue
        with ws.db.session() as session:
            outbox_id = _hand_over(session, session.get_one(t.Post, post_id), now)
        if outbox_id is not None:
            queued.append(outbox_id)
    return queued


def settle_native(ws: Workspace, now: datetime | None = None,
                  connector_factory: Callable[[Workspace, t.Account], Connector] | None = None) -> list[int]:
    """Natively scheduled posts whose moment has passed: ask the platform whether it
    published them, and only then show them as published (never assume). Returns post ids."""
    from app.connectors.base import ConnectorError
    from app.services.outbound.connections import connector_for

    now = now or clock.now()
    factory = connector_factory or connector_for
    settled = []
    with ws.db.session() as session:
        due = list(session.scalars(select(t.Post).where(
            t.Post.status == t.POST_SCHEDULED, t.Post.native_schedule.is_(True), t.Post.outbox_id.is_not(None),
            t.Post.scheduled_at <= now)))
        for post in due:
            account = session.get_one(t.Account, post.account_id)
            if post.scheduled_at is None:   # excluded by the query (scheduled_at <= now)
                continue
            try:
                connector = factory(ws, account)
                found = pub.find_published(connector, pub.Draft(text=post.text, link=post.link),
                                           post.scheduled_at - timedelta(minutes=5))
            except ConnectorError:
                continue        # asked again on the next round
            if found is not None:
                post.status, post.published_at = t.POST_PUBLISHED, post.scheduled_at
                post.permalink = found.permalink or post.permalink
                item_service.audit(session, "publisher", "post_published", account_id=post.account_id,
                                   post_id=post.id, native_schedule=True)
                settled.append(post.id)
    return settled


# --- called by the outbox ---------------------------------------------------------------------

def draft_of(action: t.OutboxAction) -> pub.Draft:
    return pub.Draft.from_json(json.loads(action.target)["draft"])


def record_sent(session: Session, action: t.OutboxAction, published: pub.Published | None) -> None:
    post_id = json.loads(action.target).get("post_id")
    post = session.get(t.Post, post_id) if post_id else None
    if post is None:
        return
    now = clock.now()
    if published is not None:
        post.external_id, post.permalink = published.external_id, published.permalink
    native_future = post.native_schedule and post.scheduled_at is not None and post.scheduled_at > now
    post.status = t.POST_SCHEDULED if native_future else t.POST_PUBLISHED
    post.published_at = post.scheduled_at if native_future else now
    post.last_error, post.updated_at = None, now
    if post.external_id:
        # The post becomes a thread: its comments, when synced, land in the inbox with it.
        thread = session.scalar(select(t.Thread).where(t.Thread.account_id == post.account_id,
                                                       t.Thread.external_id == post.external_id))
        if thread is None:
            thread = t.Thread(account_id=post.account_id, external_id=post.external_id, kind="post",
                              text=post.text, url=post.permalink, created_at=post.published_at)
            session.add(thread)
            session.flush()
        post.thread_id = thread.id
    item_service.audit(session, action.author, "post_published" if not native_future else "post_handed_to_platform",
                       account_id=post.account_id, outbox_id=action.id, post_id=post.id)


def record_failed(session: Session, action: t.OutboxAction, message: str) -> None:
    post_id = json.loads(action.target).get("post_id")
    post = session.get(t.Post, post_id) if post_id else None
    if post is None:
        return
    if action.state in (t.OUTBOX_FAILED, t.OUTBOX_DISCARDED):
        post.status, post.outbox_id = t.POST_FAILED, None
        # A failed post may be fixed and submitted again: a new key for the new attempt.
        post.idempotency_key = uuid.uuid4().hex
    post.last_error, post.updated_at = message, clock.now()


# --- reading ----------------------------------------------------------------------------------

def list_posts(session: Session, *, start: datetime | None = None, end: datetime | None = None,
               account_ids: list[int] | None = None, institution: str | None = None,
               campaign: str | None = None, label: str | None = None, statuses: tuple[str, ...] | None = None,
               now: datetime | None = None, include_unscheduled: bool = True) -> list[PostRow]:
    now = now or clock.now()
    query = (select(t.Post, t.Account, t.Institution)
             .outerjoin(t.Account, t.Account.id == t.Post.account_id)
             .outerjoin(t.Institution, t.Institution.id == t.Account.institution_id)
             .order_by(t.Post.scheduled_at, t.Post.id))
    if start is not None:
        cond = t.Post.scheduled_at >= start
        query = query.where(cond | t.Post.scheduled_at.is_(None) if include_unscheduled else cond)
    if end is not None:
        cond = t.Post.scheduled_at < end
        query = query.where(cond | t.Post.scheduled_at.is_(None) if include_unscheduled else cond)
    if account_ids:
        query = query.where(t.Post.account_id.in_(account_ids))
    if institution:
        query = query.where(t.Institution.name == institution)
    if campaign:
        query = query.where(t.Post.campaign == campaign)
    if label:
        query = query.where(t.Post.label == label)
    if statuses:
        query = query.where(t.Post.status.in_(statuses))
    rows = []
    for post, account, inst in session.execute(query):
        platform = account.platform if account else None
        rows.append(PostRow(post.id, post.group_key, post.account_id, account.name if account else None, platform,
                            inst.name if inst else None, post.channel, post.text if not post.title else post.title,
                            post.link, json.loads(post.images or "[]"), post.scheduled_at, post.status,
                            post.native_schedule, post.campaign, post.label, post.author, post.approved_by,
                            post.review_comment, post.external_id, post.permalink, post.last_error,
                            needs_running_client(platform, post.scheduled_at, post.status, now)))
    return rows


def comments_for(session: Session, post_id: int) -> list[t.Item]:
    post = get(session, post_id)
    if post.thread_id is None:
        return []
    return list(session.scalars(select(t.Item).where(t.Item.thread_id == post.thread_id,
                                                     t.Item.status != t.STATUS_OWN).order_by(t.Item.received_at)))
