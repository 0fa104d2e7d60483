"""Connecting accounts: check the token against the platform, keep it in the keychain.

The token goes from the user straight to the platform's who-am-I call and then into the OS
keychain under a random reference; the database keeps only that reference.
"""
from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.connectors import base as cb
from app.deadline_policy import parse_policy
from app.errors import KnownError, NotFoundError, UsageError
from app.i18n import translate
from app.models import tables as t
from app.secrets import refresh_ref, secret_ref  # noqa: F401 - re-exported
from app.services.errors import CONNECT, user_message
from app.services.inbound import items as item_service
from app.services.inbound import pauses
from app.services.inbound.calendar import WorkCalendar
from app.services.workspace import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.connectors.atproto import SessionTokens
    from app.connectors.base import Connector

PLATFORMS = tuple(p.value for p in cb.Platform)


@dataclass
class AccountInfo:
    id: int
    name: str
    platform: str
    institution: str | None
    external_id: str | None
    handle: str | None
    policy: str
    followup_policy: str
    calendar: dict[str, Any]
    status: str
    status_message: str | None
    last_sync_ok_at: datetime | None
    has_token: bool | None = None

    def to_json(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["last_sync_ok_at"] = self.last_sync_ok_at.isoformat() if self.last_sync_ok_at else None
        return data


def _info(session: Session, account: t.Account, has_token: bool | None = None) -> AccountInfo:
    institution = session.get(t.Institution, account.institution_id) if account.institution_id else None
    return AccountInfo(account.id, account.name, account.platform, institution.name if institution else None,
                       account.external_id, account.handle, account.policy, account.followup_policy,
                       json.loads(account.calendar or "{}"), account.status, account.status_message,
                       account.last_sync_ok_at, has_token)


def get_or_create_institution(session: Session, name: str | None) -> t.Institution | None:
    if not name or not name.strip():
        return None
    inst = session.scalar(select(t.Institution).where(t.Institution.name == name.strip()))
    if inst is None:
        inst = t.Institution(name=name.strip())
        session.add(inst)
        session.flush()
    return inst


def _find(session: Session, name: str) -> t.Account:
    account = session.scalar(select(t.Account).where(t.Account.name == name))
    if account is None:
        raise NotFoundError(translate("Accounts", "There is no account named {name}.").format(name=name))
    return account


def check_token(ws: Workspace, platform: str, token: str, *, external_id: str | None = None,
                base_url: str | None = None, handle: str | None = None,
                session_factory: Callable[..., Any] | None = None,
                extra: dict[str, Any] | None = None) -> cb.AccountIdentity:
    """Ask the platform who the token belongs to. Raises KnownError in words on failure.
    ``extra``: platform options that decide where to ask (Instagram's ``login``)."""
    from app.connectors.registry import create_connector

    if platform == cb.Platform.DEMO.value or ws.offline_only:
        return cb.AccountIdentity(external_id or "demo", "Demo")
    config = cb.ConnectorConfig(account_external_id=external_id, token=token, base_url=base_url, handle=handle,
                                extra=dict(extra or {}))
    return _whoami(create_connector(cb.Platform(platform), config))


def _whoami(connector: Connector) -> cb.AccountIdentity:
    try:
        return connector.whoami()
    except cb.ConnectorError as exc:
        raise KnownError(user_message(exc, doing=CONNECT)) from None


def bluesky_sign_in(ws: Workspace, identifier: str | None, app_password: str,
                    base_url: str | None = None) -> SessionTokens:
    """Bluesky: trade the handle and app password for a session (access + refresh token).
    The app password is used once and kept nowhere; the session tokens go to the keychain."""
    from app.connectors import atproto

    if not identifier or not identifier.strip():
        raise UsageError(translate("Accounts", "Bluesky needs the account's handle (for example "
                                   "kommune.bsky.social) with the app password."))
    if ws.offline_only:
        return {"accessJwt": app_password, "refreshJwt": None, "did": identifier, "handle": identifier}
    try:
        return atproto.create_session(identifier, app_password, base_url)
    except cb.AuthExpired:
        # Signing in trades a handle and app password, not a token: say which was refused.
        raise KnownError(translate("Accounts", "Bluesky did not accept the handle and app password.")) from None
    except cb.ConnectorError as exc:
        raise KnownError(user_message(exc, doing=CONNECT)) from None


def mastodon_browser_sign_in(base_url: str, open_browser: Callable[[str], object], timeout: float = 300.0) -> str:
    """Mastodon: register Svarbox on the server and sign in through the browser; returns the
    access token (the registered app's secret is used once and not kept)."""
    from app.connectors import mastodon

    if not base_url.lower().startswith(("https://", "http://127.0.0.1", "http://localhost")):
        raise UsageError(translate("Accounts", "A platform address must use https."))
    try:
        token, _app = mastodon.sign_in(base_url, open_browser, timeout=timeout)
    except cb.ConnectorError as exc:
        raise KnownError(user_message(exc, doing=CONNECT)) from None
    return token


def add_account(ws: Workspace, *, platform: str, name: str, token: str | None,
                institution: str | None = None, external_id: str | None = None,
                base_url: str | None = None, policy: str | None = None,
                followup_policy: str | None = None, country: str | None = None,
                handle: str | None = None, keywords: list[str] | None = None,
                language: str | None = None, verify: bool = True, refresh_token: str | None = None,
                oauth: dict[str, Any] | None = None, client_secret: str | None = None,
                options: dict[str, Any] | None = None) -> AccountInfo:
    """Connect an account. ``refresh_token`` and ``oauth`` (client id, token URL) come from a
    browser sign-in; with them an expired access token is renewed without asking. ``options``:
    platform options the token needs from the start (Instagram Login: ``login`` and
    ``token_obtained_at``, so the token is checked at graph.instagram.com and renewed in time)."""
    if platform not in PLATFORMS:
        raise UsageError(translate("Accounts", "Unknown platform {platform}; use one of: {choices}.").format(
            platform=platform, choices=", ".join(PLATFORMS)))
    if not name.strip():
        raise UsageError(translate("Accounts", "An account needs a name."))
    allowed = ws.settings.get("platforms.allowed") or []   # IT's policy (app.policy)
    if allowed and platform != cb.Platform.DEMO.value and platform not in allowed:
        raise UsageError(translate("Accounts", "Your organisation's policy does not allow {platform} accounts "
                                   "(allowed: {choices}).").format(platform=platform, choices=", ".join(allowed)))
    country = country or ws.settings.get("calendar.country") or "DK"
    from app.services.team.shared_settings import setting_value  # shared: the team's database, not this user's file
    policy = policy or setting_value(ws, "policy.default") or "hours:24"
    followup_policy = followup_policy or setting_value(ws, "policy.followup") or "workdays:2"
    parse_policy(policy)
    parse_policy(followup_policy)
    calendar = WorkCalendar.for_country(country)
    closed = ws.settings.get("calendar.closed_days") or []
    if closed:   # the organisation's own closing days, from policy
        calendar = WorkCalendar.for_country(country, closed_dates=frozenset(
            {*calendar.closed_dates, *(date.fromisoformat(d) for d in closed)}))
    if base_url and not base_url.lower().startswith(("https://", "http://127.0.0.1", "http://localhost")):
        raise UsageError(translate("Accounts", "A platform address must use https."))
    if platform != cb.Platform.DEMO.value and not token:
        raise UsageError(translate("Accounts", "A token is needed to connect {platform}.").format(platform=platform))
    if platform == cb.Platform.MASTODON.value and not base_url:
        raise UsageError(translate("Accounts", "Mastodon needs the server's address, for example "
                                   "--base-url https://social.example.dk."))
    identity = None
    if platform == cb.Platform.BLUESKY.value and token:
        # The "token" given is the app password: exchanged here, never stored.
        bsky = bluesky_sign_in(ws, handle or external_id, token, base_url)
        token, refresh_token = bsky["accessJwt"], bsky["refreshJwt"]
        external_id, handle = bsky["did"], bsky.get("handle") or handle
    if verify and token:
        identity = check_token(ws, platform, token, external_id=external_id, base_url=base_url, handle=handle,
                               extra=options)
        if identity.replacement_token:
            token = identity.replacement_token     # e.g. the never-expiring Facebook Page token
    ref: str | None = None
    if token:
        ref = f"account-{uuid.uuid4().hex}"
        ws.credentials.set(ref, token)
        if refresh_token:
            ws.credentials.set(refresh_ref(ref), refresh_token)
        if client_secret:
            # Google's desktop client secret: kept with the tokens in the keychain (never in the
            # database), because every refresh needs it.
            ws.credentials.set(secret_ref(ref), client_secret)
    oauth = {k: v for k, v in (oauth or {}).items() if k != "client_secret"} or None
    try:
        with ws.db.session() as session:
            if session.scalar(select(t.Account.id).where(t.Account.name == name)) is not None:
                raise UsageError(translate("Accounts", "An account named {name} already exists.").format(name=name))
            inst = get_or_create_institution(session, institution)
            account = t.Account(
                name=name, platform=platform, institution_id=inst.id if inst else None,
                external_id=external_id or (identity.external_id if identity else None),
                handle=handle or (identity.handle if identity else None), base_url=base_url,
                policy=policy, followup_policy=followup_policy, calendar=json.dumps(calendar.to_dict()),
                language=language or ("sv" if (country or "DK").upper() == "SE" else "da"),
                credential_ref=ref, options=json.dumps({**(options or {}), **{
                    k: v for k, v in (("keywords", keywords), ("oauth", oauth),
                                      # keywords given = monitoring chosen
                                      ("keyword_monitoring", bool(keywords))) if v}}),
                sync_interval_minutes=int(ws.settings.get("sync.interval_minutes") or 5))
            session.add(account)
            session.flush()
            item_service.audit(session, ws.user, "account_added", account_id=account.id, platform=platform)
            return _info(session, account, bool(token))
    except BaseException:
        if ref:
            ws.credentials.delete(ref)   # no orphaned secret when the account was not saved
            ws.credentials.delete(refresh_ref(ref))
            ws.credentials.delete(secret_ref(ref))
        raise


def reconnect(ws: Workspace, name: str, token: str) -> AccountInfo:
    with ws.db.session() as session:
        account = _find(session, name)
        platform, external_id, base_url, handle = account.platform, account.external_id, account.base_url, account.handle  # noqa: E501
        ref = account.credential_ref or f"account-{uuid.uuid4().hex}"
    if platform == cb.Platform.BLUESKY.value:
        bsky = bluesky_sign_in(ws, handle or external_id, token, base_url)
        token = bsky["accessJwt"]
        refresh_jwt = bsky["refreshJwt"]
        if refresh_jwt:
            ws.credentials.set(refresh_ref(ref), refresh_jwt)
    identity = check_token(ws, platform, token, external_id=external_id, base_url=base_url, handle=handle)
    token = identity.replacement_token or token
    ws.credentials.set(ref, token)
    with ws.db.session() as session:
        account = _find(session, name)
        account.credential_ref, account.status, account.status_message = ref, "ok", None
        account.paused_until = None
        pauses.forget(ws, account.id)
        item_service.audit(session, ws.user, "account_reconnected", account_id=account.id)
        return _info(session, account, True)


def remove_account(ws: Workspace, name: str) -> None:
    with ws.db.session() as session:
        account = _find(session, name)
        ref = account.credential_ref
        item_service.audit(session, ws.user, "account_removed", account_id=account.id, platform=account.platform)
        session.delete(account)
    if ref:
        ws.credentials.delete(ref)
        ws.credentials.delete(refresh_ref(ref))
        ws.credentials.delete(secret_ref(ref))



def list_accounts(ws: Workspace, check_keychain: bool = False) -> list[AccountInfo]:
    with ws.db.session() as session:
        out = []
        for account in session.scalars(select(t.Account).order_by(t.Account.name)):
            has = None
            if check_keychain and account.credential_ref:
                try:
                    has = ws.credentials.get(account.credential_ref) is not None
                except KnownError:
                    has = None
            out.append(_info(session, account, has))
        return out


def test_account(ws: Workspace, name: str) -> cb.AccountIdentity:
    with ws.db.session() as session:
        account = _find(session, name)
        platform, ref = account.platform, account.credential_ref
        external_id, base_url, handle = account.external_id, account.base_url, account.handle
    if platform == cb.Platform.DEMO.value or ws.offline_only:
        return cb.AccountIdentity(external_id or "demo", name)
    token = ws.credentials.get(ref) if ref else None
    if not token:
        raise KnownError(translate("Accounts", "No token for {name} in your keychain; reconnect the account.")
                         .format(name=name))
    if platform == cb.Platform.BLUESKY.value:
        # The stored Bluesky session lasts hours: test it the way sync uses it, renewing it
        # with the refresh token (and keeping the renewed pair) when it has expired.
        from app.services.outbound.connections import connector_for
        with ws.db.session() as session:
            connector = connector_for(ws, _find(session, name))
        return _whoami(connector)
    return check_token(ws, platform, token, external_id=external_id, base_url=base_url, handle=handle)


def can_send(ws: Workspace, account_id: int) -> tuple[bool, str | None]:
    """Team mode: a colleague without the token sees the items but cannot send, and is told why."""
    with ws.db.session() as session:
        account = session.get(t.Account, account_id)
        if account is None:
            return False, translate("Accounts", "The account no longer exists.")
        if ws.offline_only or account.platform == cb.Platform.DEMO.value:
            return True, None
        ref, name = account.credential_ref, account.name
    try:
        token = ws.credentials.get(ref) if ref else None
    except KnownError as exc:
        return False, exc.message
    if not token:
        return False, translate("Accounts", "Your keychain has no token for {name}; connect it on this "
                                "computer to send from it.").format(name=name)
    return True, None
