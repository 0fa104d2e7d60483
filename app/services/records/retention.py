"""Retention (GDPR): handled items lose their text and author data after ``retention.days``;
"forget this person" removes a citizen from the cache on request.

What the retention rule removes (``purge_expired``), for every item that is handled (any
status but new, holding and our own) since more than ``days`` days (``handled_at``, or
``received_at`` when an old item has none):
- the item's text (""), author name, author id and link; ``purged`` is set. The item's
  id, account, kind, times, status and deadlines stay, so reports keep counting it;
- the internal notes on the item (deleted);
- the text and recipient id of our finished (sent or discarded) outbox actions on it;
- our own replies (status "own") older than the cut-off, once what they answer is purged
  (the item replied to, or for a message without a parent every citizen message of the
  conversation): text and link (they often greet the citizen by name);
- a thread's text, author and link once every item of it is purged (a conversation's
  title is often the citizen's name; a post's text goes too: nothing is left to read it for);
- the full-text index entries: the FTS triggers re-index the blanked text, so a search no
  longer finds purged words.
Open items (new, holding reply sent) are never touched, nor items whose outbox action is
still waiting, being sent, failed or needing attention (a retry needs the recipient).

The audit log keeps that a purge happened and how many rows it touched; audit events never
hold citizens' text or names in the first place.

``forget_author`` handles a request to be forgotten: every item the person wrote on that
account is anonymised like a purge (open ones are closed as "no reply", pending outbox
actions on them discarded), notes on them deleted, and their name (as the items stored it)
is replaced by "[name removed]" in every other cached text: other items, our replies, notes,
outbox texts and thread texts, on all accounts. The platform itself is not changed.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Row, and_, delete, exists, func, or_, select, text, update
from sqlalchemy.orm import Session, aliased

from app import clock
from app.errors import NotFoundError, UsageError
from app.i18n import translate
from app.models import tables as t
from app.models.db import padded_in_list, rowcount
from app.services import attachments
from app.services.content import memory
from app.services.inbound.items import apply_action, audit
from app.services.records import backups

if TYPE_CHECKING:
    from app.config import UserSettings
    from app.services.workspace import Workspace

SETTING_KEY = "retention.days"
LAST_RUN_KEY = "retention.last_run"
SYSTEM_ACTOR = "retention"
PENDING_OUTBOX = (t.OUTBOX_QUEUED, t.OUTBOX_SENDING, t.OUTBOX_FAILED, t.OUTBOX_ATTENTION)
FINISHED_OUTBOX = (t.OUTBOX_SENT, t.OUTBOX_DISCARDED)
RUN_EVERY = timedelta(hours=20)   # "daily", without drifting later each day
BATCH = 2000
MERGE_AFTER = 10_000     # rows emptied in one run from which the search index is merged
MERGE_PAGES = 2000       # FTS5 pages merged per commit (~0.3 s at a million items)



@dataclass
class PurgeResult:
    days: int
    cutoff: datetime
    items: int = 0
    own_replies: int = 0
    notes: int = 0
    outbox_texts: int = 0
    threads: int = 0
    dry_run: bool = False

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["cutoff"] = self.cutoff.isoformat()
        return data


@dataclass
class ForgetResult:
    account_id: int
    items: int = 0
    closed: int = 0
    notes_deleted: int = 0
    texts_scrubbed: int = 0
    discarded_outbox: int = 0
    backups_removed: int = 0      # pre-upgrade copies of the cache (services.records.backups)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# ---------------------------------------------------------------- the setting

def retention_days(session: Session, settings: UserSettings | None = None) -> int:
    """The retention period: the team's shared setting, else this user's, else the default."""
    from app import policy as machine_policy
    from app.settings_schema import SETTINGS_BY_KEY

    pol = machine_policy.load()
    if pol.is_locked(SETTING_KEY):   # IT's locked retention period beats the team's
        return max(1, int(pol.values[SETTING_KEY]))
    row = session.get(t.SharedSetting, SETTING_KEY)
    value = None
    if row is not None:
        try:
            value = json.loads(row.value)
        except ValueError:
            value = None
    if value is None and settings is not None:
        value = settings.get(SETTING_KEY)
    try:
        days = int(value if value is not None else SETTINGS_BY_KEY[SETTING_KEY].default)
    except (TypeError, ValueError):
        days = SETTINGS_BY_KEY[SETTING_KEY].default
    return max(1, days)


def set_retention_days(session: Session, days: int) -> None:
    if int(days) <= 0:
        raise UsageError(translate("Config", "Enter a number greater than zero."))
    row = session.get(t.SharedSetting, SETTING_KEY)
    if row is None:
        session.add(t.SharedSetting(key=SETTING_KEY, value=json.dumps(int(days))))
    else:
        row.value = json.dumps(int(days))


# ---------------------------------------------------------------- the retention rule

_i = t.Item.__table__.c


def _expired_conditions(cutoff: datetime) -> list[Any]:
    handled = [s for s in t.STATUSES if s not in t.OPEN_STATUSES and s != t.STATUS_OWN]
    return [
        _i.status.in_(handled),
        _i.purged.is_(False),
        or_(_i.handled_at < cutoff, and_(_i.handled_at.is_(None), _i.received_at < cutoff)),
        or_(_i.outbox_state.is_(None), _i.outbox_state.not_in(PENDING_OUTBOX)),
    ]


def _expired_own_conditions(cutoff: datetime) -> list[Any]:
    # Our reply goes with what it answers: the item it replies to, or (no parent: a message
    # in a conversation) the conversation's citizen items; only once those are purged.
    parent = aliased(t.Item)
    parent_kept = exists().where(parent.account_id == _i.account_id,
                                 parent.external_id == _i.parent_external_id,
                                 parent.purged.is_(False))
    other = aliased(t.Item)
    thread_kept = exists().where(other.thread_id == _i.thread_id, other.status != t.STATUS_OWN,
                                 other.purged.is_(False))
    kept = or_(parent_kept, and_(_i.parent_external_id.is_(None), thread_kept))
    return [_i.status == t.STATUS_OWN, _i.purged.is_(False), _i.received_at < cutoff, ~kept]


def due_for_purge(session: Session, days: int, now: datetime | None = None) -> int:
    """How many citizen items the retention rule would purge now (for a dry run)."""
    cutoff = (now or clock.now()) - timedelta(days=days)
    return session.scalar(select(func.count()).select_from(t.Item).where(*_expired_conditions(cutoff))) or 0


def purge_expired(session: Session, days: int, now: datetime | None = None, *, dry_run: bool = False,
                  batch: int = BATCH, progress: Callable[[int], None] | None = None,
                  actor: str = SYSTEM_ACTOR) -> PurgeResult:
    """Apply the retention rule (module doc). Commits after each batch of ``batch`` items so
    a first purge of a large cache never holds the write lock for long; safe to run from
    several clients at once (already purged rows are skipped).

    A dry run changes nothing; its ``own_replies`` counts our replies eligible already, not
    those that become eligible when their items are purged in the same run."""
    now = now or clock.now()
    cutoff = now - timedelta(days=days)
    result = PurgeResult(days, cutoff, dry_run=dry_run)
    if dry_run:
        result.items = due_for_purge(session, days, now)
        result.own_replies = session.scalar(select(func.count()).select_from(t.Item)
                                            .where(*_expired_own_conditions(cutoff))) or 0
        return result
    touched_threads: set[int] = set()
    for conditions, key in ((_expired_conditions(cutoff), "items"),
                            (_expired_own_conditions(cutoff), "own_replies")):
        last_id = 0
        while True:   # keyset paging: never rescans the rows already purged
            rows = session.execute(select(_i.id, _i.thread_id).where(_i.id > last_id, *conditions)
                                   .order_by(_i.id).limit(batch)).all()
            if not rows:
                break
            ids = [r[0] for r in rows]
            last_id = ids[-1]
            touched_threads.update(r[1] for r in rows if r[1] is not None)
            _anonymise(session, ids, result)
            setattr(result, key, getattr(result, key) + len(ids))
            session.commit()
            if progress:
                progress(result.items + result.own_replies)
    result.threads = _purge_finished_threads(session, touched_threads)
    if result.items + result.own_replies >= MERGE_AFTER:
        merge_search_index(session)
    if result.items or result.own_replies or result.threads:
        audit(session, actor, "retention_purge", days=days, cutoff=cutoff.isoformat(),
              items=result.items, own_replies=result.own_replies, notes=result.notes,
              outbox_texts=result.outbox_texts, threads=result.threads)
    session.commit()
    return result


def merge_search_index(session: Session, pages: int = MERGE_PAGES) -> int:
    """Merge SQLite's search index into one segment, a step of ``pages`` pages per commit
    (other writers get the lock between steps); returns the steps taken. Each purged row
    leaves delete markers in new segments, and until they are merged with the entries they
    cancel every search reads both: after the first purge of a three-year cache at a million
    items (528,000 rows emptied) counting 60,000 candidates took 61 ms instead of 2.7 ms, and
    a search's first page waited for it (issue 18 point 2). Merged, ~14 s of background work
    at a million items. Nothing to do on PostgreSQL (its GIN index is maintained by VACUUM)."""
    if session.get_bind().dialect.name != "sqlite":
        return 0
    session.commit()
    steps, merge = 0, -pages        # negative: start merging every segment into one
    while True:
        connection = session.connection()
        raw = connection.connection.driver_connection
        assert raw is not None
        before = raw.total_changes
        connection.execute(text("INSERT INTO items_fts(items_fts, rank) VALUES ('merge', :pages)"),
                           {"pages": merge})
        changed = raw.total_changes - before
        session.commit()
        steps += 1
        merge = pages
        if changed < 2:             # FTS5: fewer than two changes, nothing was left to merge
            return steps


def _anonymise(session: Session, ids: list[int], result: PurgeResult | ForgetResult) -> None:
    ids = padded_in_list(ids)        # a few statement shapes, not one per batch size
    memory.forget(session, ids)      # derived from the text: goes with it
    attachments.forget_cached(session, ids)   # pictures loaded on request go with it too
    session.execute(update(t.Item).where(t.Item.id.in_(ids)).values(
        text="", author_name=None, author_id=None, url=None, has_id_number=False, purged=True,
        attachments=None)
        .execution_options(synchronize_session=False))
    notes = rowcount(session.execute(delete(t.Note).where(t.Note.item_id.in_(ids))
                            .execution_options(synchronize_session=False))) or 0
    session.execute(delete(t.Claim).where(t.Claim.item_id.in_(ids)).execution_options(synchronize_session=False))
    outbox = 0
    for action in session.scalars(select(t.OutboxAction).where(
            t.OutboxAction.item_id.in_(ids), t.OutboxAction.state.in_(FINISHED_OUTBOX))):
        action.text = "" if action.text is not None else None
        action.target = _scrub_target(action.target)
        outbox += 1
    if isinstance(result, PurgeResult):
        result.notes += notes
        result.outbox_texts += outbox
    else:
        result.notes_deleted += notes


def _scrub_target(target: str) -> str:
    """Drop the recipient id (a Messenger PSID identifies a person) from a finished action."""
    try:
        data = json.loads(target)
    except ValueError:
        return "{}"
    data["author_id"] = None
    return json.dumps(data)


def _purge_finished_threads(session: Session, thread_ids: set[int]) -> int:
    """Blank threads whose every item is purged."""
    if not thread_ids:
        return 0
    done = 0
    ordered = sorted(thread_ids)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start:start + 500]
        alive = set(session.scalars(select(t.Item.thread_id).where(
            t.Item.thread_id.in_(padded_in_list(chunk)), t.Item.purged.is_(False)).distinct()))
        finished = [tid for tid in chunk if tid not in alive]
        if finished:
            done += rowcount(session.execute(update(t.Thread).where(
                t.Thread.id.in_(padded_in_list(finished)), or_(t.Thread.text != "", t.Thread.author_name.is_not(None),
                                               t.Thread.url.is_not(None)))
                .values(text="", author_name=None, url=None)
                .execution_options(synchronize_session=False))) or 0
    return done


def last_run(session: Session) -> datetime | None:
    row = session.get(t.SharedSetting, LAST_RUN_KEY)
    if row is None:
        return None
    try:
        return datetime.fromisoformat(json.loads(row.value))
    except (TypeError, ValueError):
        return None


def run_retention(ws: Workspace, now: datetime | None = None, *, force: bool = False) -> PurgeResult | None:
    """For start-up and a daily timer (off the GUI thread): purge if the last run was more
    than ~a day ago (or ``force``). Returns None when it was not due."""
    now = now or clock.now()
    with ws.db.session() as session:
        previous = last_run(session)
        if not force and previous is not None and now - previous < RUN_EVERY:
            return None
        days = retention_days(session, getattr(ws, "settings", None))
        result = purge_expired(session, days, now)
        db_file = backups.database_file(session)
        row = session.get(t.SharedSetting, LAST_RUN_KEY)
        stamp = json.dumps(now.isoformat())
        if row is None:
            session.add(t.SharedSetting(key=LAST_RUN_KEY, value=stamp))
        else:
            row.value = stamp
    attachments.prune(ws)    # cached pictures of items purged here or by another client
    backups.prune(db_file, days, now)    # pre-upgrade copies of the cache
    return result


# ---------------------------------------------------------------- forget this person

def _name_pattern(names: set[str]) -> re.Pattern[str] | None:
    # Whole words only ("Ann" must not eat into "Anna"), case-insensitive, any Unicode letters.
    names = {n.strip() for n in names if n and len(n.strip()) >= 2}
    if not names:
        return None
    parts = sorted((re.escape(n) for n in names), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


def forget_author(session: Session, platform_account_id: int, author_id: str | None = None,
                  author_name: str | None = None, actor: str = "user",
                  now: datetime | None = None) -> ForgetResult:
    """Remove a citizen from the cache (module doc). ``platform_account_id`` is the Svarbox
    account (``Account.id``) they wrote to; their items are those with the platform
    ``author_id`` or with ``author_name`` (exact, ignoring case), either one. The audit event
    keeps counts, never the person."""
    from app.services.outbound import outbox_followup as outbox_service

    now = now or clock.now()
    author_name = (author_name or "").strip() or None
    if not (author_id or author_name):
        raise UsageError(translate("Retention", "Name the person: an author name or an author id."))
    if session.get(t.Account, platform_account_id) is None:
        raise NotFoundError(translate("Retention", "There is no account {id}.").format(id=platform_account_id))
    result = ForgetResult(platform_account_id)
    match = []
    if author_id:
        match.append(t.Item.author_id == author_id)
    if author_name:
        # SQLite's lower() folds ASCII only: pick the stored spellings in Python.
        spellings = [n for n in session.scalars(select(t.Item.author_name).where(
            t.Item.account_id == platform_account_id, t.Item.author_name.is_not(None)).distinct())
            if n is not None and n.casefold() == author_name.casefold()]
        if spellings:
            match.append(t.Item.author_name.in_(spellings))
    rows = session.execute(select(t.Item.id, t.Item.author_name).where(
        t.Item.account_id == platform_account_id, t.Item.status != t.STATUS_OWN, or_(*match))).all() \
        if match else []
    names = {r.author_name for r in rows if r.author_name}
    if author_name:
        names.add(author_name)
    ids = [r.id for r in rows]
    if ids:
        for action_id in list(session.scalars(select(t.OutboxAction.id).where(
                t.OutboxAction.item_id.in_(ids), t.OutboxAction.state.in_(
                    (t.OUTBOX_QUEUED, t.OUTBOX_FAILED, t.OUTBOX_ATTENTION))))):
            outbox_service.discard(session, action_id, actor)
            result.discarded_outbox += 1
        for item in session.scalars(select(t.Item).where(t.Item.id.in_(ids),
                                                         t.Item.status.in_(t.OPEN_STATUSES))):
            apply_action(session, item, "no_reply", actor, now=now, reason="forget_author")
            result.closed += 1
        session.flush()
        for start in range(0, len(ids), BATCH):
            _anonymise(session, ids[start:start + BATCH], result)
        result.items = len(ids)
    result.texts_scrubbed = _scrub_names(session, names)
    # A conversation's title is often the person's name.
    folded = {n.casefold() for n in names}
    for thread_id, name in session.execute(select(t.Thread.id, t.Thread.author_name).where(
            t.Thread.account_id == platform_account_id, t.Thread.author_name.is_not(None))).all():
        if name is not None and name.casefold() in folded:
            session.execute(update(t.Thread).where(t.Thread.id == thread_id).values(author_name=None)
                            .execution_options(synchronize_session=False))
    # A pre-upgrade copy of the cache may hold the person's words and cannot be edited safely.
    result.backups_removed = len(backups.remove_all(backups.database_file(session)))
    audit(session, actor, "forget_author", account_id=platform_account_id, items=result.items,
          closed=result.closed, notes_deleted=result.notes_deleted,
          texts_scrubbed=result.texts_scrubbed, discarded_outbox=result.discarded_outbox,
          backups_removed=result.backups_removed)
    session.flush()
    session.expire_all()   # bulk updates bypassed the identity map
    return result


def _scrub_names(session: Session, names: set[str]) -> int:
    """Replace the names in every cached text; returns how many texts changed."""
    pattern = _name_pattern(names)
    if pattern is None:
        return 0
    marker = translate("Retention", "[name removed]")
    changed = 0

    def scrub(model: Any, column: str, ids: list[int] | None = None,
              extra: tuple[ColumnElement[bool], ...] = ()) -> None:
        nonlocal changed
        col = getattr(model, column)

        def batches() -> Iterator[Sequence[Row[int, Any]]]:
            if ids is not None:
                for start in range(0, len(ids), BATCH):
                    yield session.execute(select(model.id, col).where(
                        model.id.in_(ids[start:start + BATCH]), *extra)).all()
                return
            last_id = 0
            while True:
                rows = session.execute(select(model.id, col).where(model.id > last_id, *extra)
                                       .order_by(model.id).limit(BATCH)).all()
                if not rows:
                    return
                last_id = rows[-1][0]
                yield rows

        for rows in batches():
            for row_id, value in rows:
                if value and pattern.search(value):
                    session.execute(update(model).where(model.id == row_id)
                                    .values({column: pattern.sub(marker, value)})
                                    .execution_options(synchronize_session=False))
                    changed += 1

    scrub(t.Item, "text", _item_candidates(session, names), (t.Item.purged.is_(False),))
    scrub(t.Note, "text")
    scrub(t.OutboxAction, "text")
    scrub(t.Thread, "text")
    return changed


def _item_candidates(session: Session, names: set[str]) -> list[int] | None:
    """Items whose text may hold one of the names, from the full-text index (SQLite: FTS5,
    case- and accent-insensitive) or ILIKE (PostgreSQL folds Unicode case); the regex
    confirms. None: no index to ask, scan everything."""
    from app.services.inbound.search_terms import fts_query

    found: set[int] = set()
    if session.get_bind().dialect.name == "sqlite":
        from sqlalchemy import text as sql_text
        for name in names:
            query = fts_query(name)
            if query:
                found.update(session.scalars(sql_text("SELECT rowid FROM items_fts WHERE items_fts MATCH :q"),
                                             {"q": query}))
        return sorted(found)
    if session.get_bind().dialect.name == "postgresql":
        for name in names:
            found.update(session.scalars(select(t.Item.id).where(
                t.Item.text.ilike(f"%{_like_escape(name)}%", escape="\\"))))
        return sorted(found)
    return None


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
