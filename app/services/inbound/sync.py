"""Background sync: pull new and changed items from each platform into the cache.

One call syncs one account. Each page a connector yields is stored together with its resume
cursor in one short transaction, so a sync killed half-way loses nothing and resumes where
it stopped. Platform faults become account status (needs reconnecting, paused until, offline)
rather than errors: other accounts keep syncing.
"""
from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from app import clock
from app.connectors import base as cb
from app.errors import CredentialError
from app.i18n import translate
from app.models import tables as t
from app.services.content import memory
from app.services.errors import SYNC, user_message
from app.services.inbound import items as item_service
from app.services.outbound.connections import account_options, connector_for
from app.services.workspace import Workspace

log = logging.getLogger(__name__)
SYNC_SOURCE = "main"
TRANSIENT_RETRIES = 3
DEFAULT_BACKOFF = 60.0   # seconds to wait when a platform says "slow down" without saying how long


@dataclass
class SyncResult:
    account_id: int
    account_name: str = ""
    ok: bool = False
    new_items: int = 0
    updated_items: int = 0
    answered_elsewhere: int = 0
    skipped: int = 0
    status: str = "ok"            # ok | needs_reconnect | paused | offline | error | busy | no_token
    message: str | None = None
    paused_until: datetime | None = None
    offline: bool = False
    skipped_reasons: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["paused_until"] = self.paused_until.isoformat() if self.paused_until else None
        return data



# --- storing pages -------------------------------------------------------------------------

def _id_number_flag(text: str, language: str | None) -> bool:
    from app.services.content.id_flags import flagged
    return flagged(text, language)      # read as the account's country reads it


def store_page(session: Session, account: t.Account, page: cb.Page, result: SyncResult,
               now: datetime | None = None) -> None:
    """Upsert one page of threads and items, mark answers written on the platform, save the
    cursor. The caller commits (one transaction per page)."""
    now = now or clock.now()
    # Threads (also the ones only referenced by items).
    thread_ids: dict[str, int] = {}
    wanted = {th.external_id for th in page.threads} | {i.thread_external_id for i in page.items}
    if wanted:
        for tid, ext in session.execute(select(t.Thread.id, t.Thread.external_id).where(
                t.Thread.account_id == account.id, t.Thread.external_id.in_(wanted))):
            thread_ids[ext] = tid
    for th in page.threads:
        if th.external_id in thread_ids:
            session.execute(update(t.Thread).where(t.Thread.id == thread_ids[th.external_id])
                            .values(text=th.text or "", author_name=th.author_name,
                                    url=_safe_url(th.url), kind=th.kind))
        else:
            thread = t.Thread(account_id=account.id, external_id=th.external_id, kind=th.kind,
                              text=th.text or "", author_name=th.author_name, url=_safe_url(th.url),
                              created_at=th.created_at)
            session.add(thread)
            session.flush()
            thread_ids[th.external_id] = thread.id
    for ext in wanted - thread_ids.keys():
        thread = t.Thread(account_id=account.id, external_id=ext, kind="post", text="")
        session.add(thread)
        session.flush()
        thread_ids[ext] = thread.id

    # Items: de-duplicate within the page, then split into new and known.
    unique: dict[str, cb.FetchedItem] = {}
    for it in page.items:
        unique[it.external_id] = it
    existing = {}
    if unique:
        keys = list(unique)
        for start in range(0, len(keys), 500):
            for row in session.execute(select(t.Item.id, t.Item.external_id, t.Item.status,
                                              t.Item.text, t.Item.is_hidden, t.Item.attachments,
                                              t.Item.own_conversation).where(
                    t.Item.account_id == account.id, t.Item.external_id.in_(keys[start:start + 500]))):
                existing[row[1]] = row
    new_rows = []
    for ext, it in unique.items():
        if ext in existing:
            row = existing[ext]
            changes: dict[str, Any] = {}
            if it.text != row.text and not it.is_own:
                changes["text"] = it.text
                changes["has_id_number"] = _id_number_flag(it.text, account.language)
            if it.is_hidden != row.is_hidden:
                changes["is_hidden"] = it.is_hidden
            attachments = _attachments_json(it)
            if attachments != row.attachments and not it.is_own and not getattr(row, "purged", False):
                changes["attachments"] = attachments
            if it.own_conversation is not None and it.own_conversation != row.own_conversation:
                changes["own_conversation"] = it.own_conversation
            if changes:
                changes["moderation_status"] = it.moderation_status
                changes["can_reply"] = it.can_reply
                session.execute(update(t.Item).where(t.Item.id == row.id).values(**changes))
                result.updated_items += 1
            continue
        first_due = None if it.is_own else item_service.first_due_for(account, it.received_at)
        new_rows.append(dict(
            account_id=account.id, thread_id=thread_ids[it.thread_external_id], external_id=ext,
            parent_external_id=it.parent_external_id, kind=it.kind.value, author_id=it.author_id,
            author_name=it.author_name, text=it.text or "", url=_safe_url(it.url),
            received_at=it.received_at, status=t.STATUS_OWN if it.is_own else t.STATUS_NEW,
            is_hidden=it.is_hidden, can_reply=it.can_reply, moderation_status=it.moderation_status,
            own_conversation=it.own_conversation, has_id_number=False if it.is_own else _id_number_flag(it.text, account.language), first_due_at=first_due,  # noqa: E501
            due_at=first_due, cached_at=now, notified_soon=False, notified_overdue=False,
            purged=False, attachments=_attachments_json(it)))
    if new_rows:
        # PostgreSQL: rows differ in which columns are None (parent, url, attachments, ...), and
        # the ORM's bulk insert sends one INSERT per such group unless NULLs are rendered: ~18
        # round trips per page of 100 instead of one. No column left None here has a default.
        postgres = session.get_bind().dialect.name == "postgresql"
        session.execute(insert(t.Item).execution_options(render_nulls=postgres), new_rows)
        result.new_items += sum(1 for r in new_rows if r["status"] != t.STATUS_OWN)

    _mark_answered_elsewhere(session, account, unique.values(), result, now)
    result.skipped += len(page.skipped)
    result.skipped_reasons.extend(page.skipped)
    for reason in page.skipped:
        log.warning("Skipped a malformed item from %s: %s", account.platform, reason)
    if page.cursor is not None:
        _save_cursor(session, account.id, page.cursor, now)


def _attachments_json(it: cb.FetchedItem) -> str | None:
    """Attachment metadata as stored (JSON), None when the item has none."""
    found = [a.to_json() for a in getattr(it, "attachments", None) or []]
    return json.dumps(found, ensure_ascii=False, sort_keys=True) if found else None


def _mark_answered_elsewhere(session: Session, account: t.Account, fetched: Iterable[cb.FetchedItem],
                             result: SyncResult, now: datetime) -> None:
    """Answers written by the account itself (on the platform, or by Svarbox) stop the clock.

    A reply with a parent answers that parent; a message in a conversation answers every
    earlier open message of that conversation. New citizen items whose answer was stored
    earlier (pages can arrive out of order) are caught by the second query."""
    own = [it for it in fetched if it.is_own]
    targets: list[t.Item] = []
    for it in own:
        if account.platform == cb.Platform.FACEBOOK.value and it.kind == cb.ItemKind.REPLY and it.parent_external_id:
            targets += _facebook_thread_answers(session, account, it)
        elif it.parent_external_id:
            targets += session.scalars(select(t.Item).where(
                t.Item.account_id == account.id, t.Item.external_id == it.parent_external_id,
                t.Item.status.in_(t.OPEN_STATUSES))).all()
        elif it.kind == cb.ItemKind.MESSAGE:
            thread_id = session.scalar(select(t.Thread.id).where(
                t.Thread.account_id == account.id, t.Thread.external_id == it.thread_external_id))
            targets += session.scalars(select(t.Item).where(
                t.Item.thread_id == thread_id, t.Item.received_at <= it.received_at,
                t.Item.status.in_(t.OPEN_STATUSES))).all()
    citizen_ids = [it.external_id for it in fetched if not it.is_own]
    if citizen_ids:
        # Filtered on status in Python: with it in SQL, SQLite prefers the status index and
        # walks every own reply of the cache instead of the (account, parent) index.
        answered = {parent for parent, status in session.execute(
            select(t.Item.parent_external_id, t.Item.status).where(
                t.Item.account_id == account.id, t.Item.parent_external_id.in_(citizen_ids)))
            if status == t.STATUS_OWN}
        if answered:
            targets += session.scalars(select(t.Item).where(
                t.Item.account_id == account.id, t.Item.external_id.in_(answered),
                t.Item.status.in_(t.OPEN_STATUSES))).all()
    seen = set()
    for item in targets:
        if item.id in seen:
            continue
        seen.add(item.id)
        # A holding reply we sent is itself an own reply: it must not close the follow-up.
        if item.status == t.STATUS_HOLDING and item.holding_sent_at and _only_holding_replies(session, item):
            continue
        item_service.apply_action(session, item, "answered_elsewhere", "platform", now=now)
        result.answered_elsewhere += 1


def _facebook_thread_answers(session: Session, account: t.Account, own: cb.FetchedItem) -> list[Any]:
    """Which open comments a Page reply in a Facebook comment thread answers. facebook.com puts
    every reply under the top-level comment, so the parent says little: the comments answered are
    those of the people the reply tags (message_tags), else every open citizen comment of that
    thread written before the reply."""
    parent = own.parent_external_id
    if session.scalar(select(t.OutboxAction.id).where(t.OutboxAction.result_external_id == own.external_id)):
        return []      # sent by Svarbox: the outbox already closed the item it answered
    # Two index lookups (the comment itself; its replies), filtered here: as one OR, and with
    # status or time in SQL, SQLite read every item of the account per reply (0.5 s each at 1M).
    found: dict[int, Any] = {}
    for condition in (t.Item.external_id == parent, t.Item.parent_external_id == parent):
        for row in session.execute(select(t.Item.id, t.Item.status, t.Item.received_at).where(
                t.Item.account_id == account.id, condition)):
            if row.status in t.OPEN_STATUSES and row.received_at <= own.received_at:
                found[row.id] = row
    if not found:
        return []
    candidates = session.scalars(select(t.Item).where(t.Item.id.in_(sorted(found)))).all()
    tagged = set(getattr(own, "tagged_ids", None) or [])
    if tagged:
        chosen = [c for c in candidates if c.author_id in tagged]
        if chosen:
            return chosen
    return list(candidates)


def _only_holding_replies(session: Session, item: t.Item) -> bool:
    """True when every own reply to the item is one of our holding replies."""
    own_ids = set(session.scalars(select(t.Item.external_id).where(
        t.Item.account_id == item.account_id, t.Item.parent_external_id == item.external_id,
        t.Item.status == t.STATUS_OWN)))
    holding_ids = set(session.scalars(select(t.OutboxAction.result_external_id).where(
        t.OutboxAction.item_id == item.id, t.OutboxAction.action == "holding_reply")))
    return bool(own_ids) and own_ids <= holding_ids


def _save_cursor(session: Session, account_id: int, cursor: str, now: datetime) -> None:
    state = session.get(t.SyncState, (account_id, SYNC_SOURCE))
    if state is None:
        session.add(t.SyncState(account_id=account_id, source=SYNC_SOURCE, cursor=cursor, updated_at=now))
    else:
        state.cursor = cursor
        state.updated_at = now


def _safe_url(url: str | None) -> str | None:
    """Only http(s) links are kept: a javascript: or file: link is never offered to open."""
    if url and url.lower().startswith(("https://", "http://")):
        return url
    return None


# --- the sync itself -----------------------------------------------------------------------

def sync_account(ws: Workspace, account_id: int, progress: Callable[[int], None] | None = None,
                 *, connector: cb.Connector | None = None, now: datetime | None = None,
                 sleep: Callable[[float], None] = time.sleep, force: bool = False) -> SyncResult:
    """Sync one account to the end of the platform's paging. Never raises for platform
    faults: they are recorded on the account and returned in the result."""
    now = now or clock.now()
    with ws.db.session() as session:
        account = session.get(t.Account, account_id)
        if account is None:
            return SyncResult(account_id, ok=False, status="error",
                              message=translate("Sync", "The account no longer exists."))
        result = SyncResult(account_id, account.name)
        if not force and account.paused_until and account.paused_until > now:
            result.status, result.paused_until = "paused", account.paused_until
            result.message = translate("Sync", "Paused by the platform until {time}.").format(
                time=_local_hm(account.paused_until))
            return result
        cursor = session.scalar(select(t.SyncState.cursor).where(
            t.SyncState.account_id == account_id, t.SyncState.source == SYNC_SOURCE))
    if connector is None and ws.db.dialect != "sqlite":
        from app.services.accounts import can_send
        ok, why = can_send(ws, account_id)
        if not ok:
            # Team mode: the token is in a colleague's keychain and their client syncs this
            # account. Take no lease and leave the shared account's status alone.
            result.status, result.message = "no_token", why
            return result
    from app.services.team import leases as team
    lease = team.acquire_sync_lease(ws, account_id)
    if not lease:
        result.status = "busy"
        result.message = translate("Sync", "A colleague's Svarbox is syncing this account.")
        return result
    try:
        if connector is None:
            refresh_instagram_token_if_due(ws, account_id)
        return _run_sync(ws, account_id, cursor, result, progress, connector, sleep)
    finally:
        team.release_sync_lease(ws, account_id)


INSTAGRAM_REFRESH_AFTER = timedelta(days=50)   # long-lived Instagram Login tokens live 60 days


def refresh_instagram_token_if_due(ws: Workspace, account_id: int, now: datetime | None = None) -> bool:
    """Instagram Login: renew the long-lived token once it is 50 days old, well before its 60
    days run out; the new token replaces the old one in the keychain. True when renewed."""
    now = now or clock.now()
    with ws.db.session() as session:
        account = session.get_one(t.Account, account_id)
        options = account_options(account)
        if account.platform != cb.Platform.INSTAGRAM.value or options.get("login") != "instagram" \
                or not account.credential_ref or options.get("demo") or ws.offline_only:
            return False
        obtained = options.get("token_obtained_at")
        try:
            # Unknown age (connected before this was tracked): try now; a fresh token is refused
            # (it must be 24 hours old) and is then counted from today.
            age = now - datetime.fromisoformat(obtained) if obtained else INSTAGRAM_REFRESH_AFTER
        except (TypeError, ValueError):
            age = INSTAGRAM_REFRESH_AFTER
        if age < INSTAGRAM_REFRESH_AFTER:
            return False
        ref = account.credential_ref
    from app.connectors.instagram import InstagramConnector
    connector = connector_for(ws, account)
    if not isinstance(connector, InstagramConnector):   # the platform checked above says it is
        return False
    try:
        token, _seconds = connector.refresh_long_lived_token()
    except cb.ConnectorError as exc:
        log.warning("Renewing the Instagram token of account %s failed: %s", account_id, exc.message)
        if not obtained:
            with ws.db.session() as session:
                account = session.get_one(t.Account, account_id)
                options = account_options(account)
                options["token_obtained_at"] = now.isoformat()
                account.options = json.dumps(options)
        return False
    ws.credentials.set(ref, token)
    with ws.db.session() as session:
        account = session.get_one(t.Account, account_id)
        options = account_options(account)
        options["token_obtained_at"] = now.isoformat()
        account.options = json.dumps(options)
        item_service.audit(session, "sync", "token_renewed", account_id=account_id)
    return True


def _run_sync(ws: Workspace, account_id: int, cursor: str | None, result: SyncResult,
              progress: Callable[[int], None] | None, connector: cb.Connector | None,
              sleep: Callable[[float], None]) -> SyncResult:
    from app.services.team import leases as team
    attempt = 0
    stored = 0
    refreshed = renew_first = False
    auth_message = ""
    while True:
        try:
            if renew_first:
                # Inside the try: a 429 or a broken connection while renewing pauses or
                # retries like any other call; only a refused refresh token means reconnecting.
                renew_first = False
                if not renew_token(ws, account_id):
                    return _finish(ws, result, "needs_reconnect", auth_message)
                refreshed = True
            with ws.db.session() as session:
                account = session.get_one(t.Account, account_id)
                conn = connector or connector_for(ws, account)
            for page in conn.fetch(cursor, None):
                with ws.db.session() as session:
                    account = session.get_one(t.Account, account_id)
                    store_page(session, account, page, result)
                    memory.refresh(session, account_id=account_id)     # the memory learns the new items
                if page.cursor is not None:
                    cursor = page.cursor
                stored += len(page.items)
                if progress:
                    progress(stored)
                if not team.acquire_sync_lease(ws, account_id):
                    # Our lease lapsed (a page took longer than its TTL) and a colleague's
                    # client took over: stop here rather than sync the account twice.
                    result.status = "busy"
                    result.message = translate("Sync", "A colleague's Svarbox took over syncing "
                                               "this account.")
                    return result
            break
        except cb.Transient as exc:
            attempt += 1
            if isinstance(exc, cb.Offline) or attempt > TRANSIENT_RETRIES:
                return _finish(ws, result, "offline" if isinstance(exc, cb.Offline) else "error",
                               user_message(exc, doing=SYNC), offline=isinstance(exc, cb.Offline))
            sleep(min(2 ** attempt, 30))
        except cb.AuthExpired as exc:
            if connector is None and not refreshed:
                renew_first, auth_message = True, user_message(exc, doing=SYNC)
                continue              # renew the access token, then try once more
            return _finish(ws, result, "needs_reconnect", user_message(exc, doing=SYNC))
        except cb.PermissionMissing as exc:
            return _finish(ws, result, "needs_reconnect", user_message(exc, doing=SYNC))
        except cb.RateLimited as exc:
            until = exc.retry_at or (clock.now() + timedelta(seconds=DEFAULT_BACKOFF))
            result.paused_until = until
            return _finish(ws, result, "paused", None, paused_until=until)   # _finish says until when
        except (cb.Malformed, cb.Permanent) as exc:
            return _finish(ws, result, "error", user_message(exc, doing=SYNC))
        except CredentialError as exc:
            return _finish(ws, result, "needs_reconnect", exc.message)
    return _finish(ws, result, "ok", None, ok=True)


def renew_token(ws: Workspace, account_id: int) -> bool:
    """Renew an expired access token with the account's OAuth refresh token, if it has one.
    The new tokens replace the old ones in the keychain. False when there is nothing to try."""
    from app.connectors import oauth
    from app.secrets import refresh_ref, secret_ref

    with ws.db.session() as session:
        account = session.get_one(t.Account, account_id)
        settings = account_options(account).get("oauth") or {}
        ref, platform = account.credential_ref, account.platform
    provider = oauth.PROVIDERS.get(platform)
    if not (ref and provider and settings.get("client_id")):
        return False
    try:
        refresh_token = ws.credentials.get(refresh_ref(ref))
    except CredentialError:
        return False
    if not refresh_token:
        return False
    try:
        client_secret = ws.credentials.get(secret_ref(ref)) or settings.get("client_secret")
    except CredentialError:
        client_secret = settings.get("client_secret")
    try:
        tokens = oauth.refresh(provider, settings["client_id"], refresh_token,
                               client_secret=client_secret, token_url=settings.get("token_url"))
    except (cb.AuthExpired, cb.PermissionMissing, cb.Permanent) as exc:
        # A refused refresh token. A 429, a 5xx or a cut-off answer is raised as itself.
        log.warning("Renewing the token of account %s failed: %s", account_id, exc.message)
        return False
    ws.credentials.set(ref, tokens.access_token)
    if tokens.refresh_token:
        ws.credentials.set(refresh_ref(ref), tokens.refresh_token)
    with ws.db.session() as session:
        item_service.audit(session, "sync", "token_renewed", account_id=account_id)
    return True


def _finish(ws: Workspace, result: SyncResult, status: str, message: str | None, *,
            ok: bool = False, offline: bool = False, paused_until: datetime | None = None) -> SyncResult:
    now = clock.now()
    result.ok, result.status, result.offline = ok, status, offline
    if status == "paused" and paused_until:
        message = translate("Sync", "Paused by the platform until {time}.").format(time=_local_hm(paused_until))
    result.message = message
    with ws.db.session() as session:
        account = session.get(t.Account, result.account_id)
        if account is not None:
            account.status = status
            account.status_message = message
            account.last_sync_at = now
            account.paused_until = paused_until
            if ok:
                account.last_sync_ok_at = now
            item_service.audit(session, "sync", "sync", account_id=account.id, status=status,
                               new=result.new_items, answered_elsewhere=result.answered_elsewhere,
                               skipped=result.skipped)
    return result


def _local_hm(moment: datetime) -> str:
    return moment.astimezone().strftime("%H:%M")


def due_accounts(ws: Workspace, now: datetime | None = None) -> list[int]:
    """Accounts whose interval has passed since their last sync."""
    now = now or clock.now()
    with ws.db.session() as session:
        out = []
        for acc in session.scalars(select(t.Account).where(t.Account.enabled.is_(True))):
            if acc.paused_until and acc.paused_until > now:
                continue
            if acc.last_sync_at is None or acc.last_sync_at + timedelta(minutes=acc.sync_interval_minutes) <= now:
                out.append(acc.id)
        return out


def sync_all(ws: Workspace, account_ids: list[int] | None = None, **kwargs: Any) -> list[SyncResult]:
    with ws.db.session() as session:
        ids = account_ids or list(session.scalars(select(t.Account.id).where(t.Account.enabled.is_(True))
                                                  .order_by(t.Account.id)))
    return [sync_account(ws, account_id, **kwargs) for account_id in ids]
