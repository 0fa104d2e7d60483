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
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from app import clock
from app.connectors import base as cb
from app.errors import CredentialError
from app.i18n import translate
from app.models import tables as t
from app.services.content import memory
from app.services.errors import SYNC, user_message
from app.services.inbound import items as item_service
from app.services.inbound import pauses
from app.services.inbound.store import SYNC_SOURCE, store_page  # noqa: F401 - store_page re-exported
from app.services.outbound.connections import account_options, connector_for
from app.services.workspace import Workspace

log = logging.getLogger(__name__)
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
        paused = pauses.until(ws, account_id, account.paused_until, now)
        if not force and paused:
            result.status, result.paused_until = "paused", paused
            result.message = translate("Sync", "Paused by the platform until {time}.").format(
                time=_local_hm(paused))
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
            pauses.remember(ws, result.account_id, until)    # honoured even if the row cannot take it
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
    held = pauses.paused_accounts(ws, now)
    with ws.db.session() as session:
        out = []
        for acc in session.scalars(select(t.Account).where(t.Account.enabled.is_(True))):
            if (acc.paused_until and acc.paused_until > now) or acc.id in held:
                continue
            if acc.last_sync_at is None or acc.last_sync_at + timedelta(minutes=acc.sync_interval_minutes) <= now:
                out.append(acc.id)
        return out


def sync_all(ws: Workspace, account_ids: list[int] | None = None, **kwargs: Any) -> list[SyncResult]:
    with ws.db.session() as session:
        ids = account_ids or list(session.scalars(select(t.Account.id).where(t.Account.enabled.is_(True))
                                                  .order_by(t.Account.id)))
    return [sync_account(ws, account_id, **kwargs) for account_id in ids]
