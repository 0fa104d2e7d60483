"""Business Login for Instagram ("Instagram API with Instagram Login") for a desktop app, then
the 60-day token, as Meta documents it.

Facts this module relies on (developers.facebook.com/docs/instagram-platform/
instagram-api-with-instagram-login/business-login, updated 13 March 2026, and the reference
pages oauth-authorize, oauth-access-token, access_token and refresh_access_token):

- The authorization window is ``https://www.instagram.com/oauth/authorize?client_id&redirect_uri&
  response_type=code&scope&state``; ``redirect_uri`` must match one of the app's "OAuth redirect
  URIs" exactly (the App Dashboard may have added a trailing slash). Scopes are the
  ``instagram_business_*`` values (the old ``business_*`` ones ended on 27 January 2025).
- Meta redirects to ``{redirect_uri}?code=...&state=...#_``; the ``#_`` is not part of the code.
  A refusal comes back as ``?error=access_denied&error_reason=user_denied&error_description=...``.
  The code is valid for one hour and can be used once.
- ``POST https://api.instagram.com/oauth/access_token`` (form: client_id, client_secret,
  grant_type=authorization_code, redirect_uri exactly as in step 1, code) answers
  ``{"data": [{"access_token", "user_id", "permissions"}]}`` (older answers are flat:
  ``{"access_token", "user_id"}``, as sns-sdks/python-facebook's basic_display_api_user_token.json).
  ``user_id`` is the professional account's id: Svarbox's identity for it.
- That token lives an hour. ``GET https://graph.instagram.com/access_token?grant_type=
  ig_exchange_token&client_secret&access_token`` gives the long-lived one (60 days). The
  reference says the app secret belongs on a server, never stored on a device: Svarbox has no
  server, so the secret is typed in by the municipality's IT, used for these two calls and not
  kept (as the Facebook sign-in in meta_login.py does). Renewal needs no secret:
  ``refresh_access_token?grant_type=ig_refresh_token`` (InstagramConnector, services/inbound/sync).

A desktop app cannot receive the redirect: Instagram's redirect URIs are https addresses
registered exactly, so there is no loopback port to listen on. As in pyfacebook's flow
(DEFAULT_REDIRECT_URI ``https://localhost/``), the browser ends on the registered address
(which may show an error page: nothing listens there) and the person copies that address,
code included, back into Svarbox.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import parse_qs, urlencode, urlsplit

import requests

from app import clock
from app.connectors.base import AuthExpired, Malformed, Permanent, Transient
from app.connectors.graph import INSTAGRAM_LOGIN_BASE_URL, GraphClient, graph_id
from app.connectors.http import make_session, parse_json, send
from app.connectors.meta_login import LoginRequest

AUTHORIZE_URL = "https://www.instagram.com/oauth/authorize"
TOKEN_URL = "https://api.instagram.com/oauth/access_token"
# Nothing listens there: the browser's address bar keeps the code for the person to copy.
DEFAULT_REDIRECT = "https://localhost/"
# What Svarbox needs (docs/connecting.md, Instagram, Instagram Login): the account and its
# media, comments (read, reply, hide, delete) and direct messages.
SCOPES = ("instagram_business_basic", "instagram_business_manage_comments", "instagram_business_manage_messages")


@dataclass
class InstagramSignIn:
    user_id: str
    username: str | None
    token: str
    expires_in: int | None
    obtained_at: datetime

    def __repr__(self) -> str:      # the token is not for logs
        return f"InstagramSignIn(user_id={self.user_id!r}, username={self.username!r})"


def start(app_id: str, redirect_uri: str = DEFAULT_REDIRECT, *, authorize_url: str = AUTHORIZE_URL) -> LoginRequest:
    app_id, redirect_uri = app_id.strip(), redirect_uri.strip()
    if not app_id.isdigit():
        raise Permanent("An Instagram App ID is a number (App Dashboard → Instagram → API setup with Instagram "
                        "login → Business login settings).", code="bad-app-id")
    if not redirect_uri.lower().startswith("https://"):
        raise Permanent("Instagram only returns to https addresses registered in the app; enter the redirect "
                        "URL exactly as registered, for example https://localhost/.", code="bad-redirect")
    state = secrets.token_urlsafe(24)
    url = f"{authorize_url}?" + urlencode({
        "client_id": app_id, "redirect_uri": redirect_uri, "response_type": "code", "scope": ",".join(SCOPES),
        "state": state, "enable_fb_login": "0", "force_authentication": "1"})
    return LoginRequest(app_id, state, url, redirect_uri)


def code_from_address(login: LoginRequest, address: str) -> str:
    """The authorization code from the address the browser ended on (pasted by the person)."""
    address = address.strip()
    parts = urlsplit(address)
    landed = f"{parts.scheme}://{parts.netloc}{parts.path}"
    if not address or landed.rstrip("/") != login.redirect_uri.rstrip("/"):
        raise Permanent(f"Paste the whole address the browser ended on after you allowed access (it starts with "
                        f"{login.redirect_uri}).", code="not-redirect")
    values = {k: v[0] for k, v in parse_qs(parts.query).items()}
    if values.get("error") or values.get("error_reason"):
        raise AuthExpired("Access was not allowed on Instagram; sign in again and allow Svarbox.",
                          code=values.get("error_reason") or values.get("error") or "denied")
    if values.get("state") != login.state:
        raise Permanent("The address does not belong to this sign-in (the state differs); start again.",
                        code="state-mismatch")
    code = (values.get("code") or "").removesuffix("#_")   # "#_ is not part of the code"
    if not code:
        raise Permanent("The address has no code; copy it again once Instagram has sent you on.", code="no-code")
    return code


def _refused(response: requests.Response, body: object, doing: str) -> None:
    if response.status_code >= 500:
        raise Transient(f"Instagram had a temporary problem (HTTP {response.status_code}); try again.")
    if not isinstance(body, dict):
        body = {}
    error = body.get("error")
    # api.instagram.com answers {"error_type", "code", "error_message"}; graph.instagram.com
    # answers Graph's {"error": {"message", "type", "code"}}.
    message = body.get("error_message") or (error.get("message") if isinstance(error, dict) else None)
    if message or response.status_code >= 400:
        code = body.get("code") or (error.get("code") if isinstance(error, dict) else None) or response.status_code
        raise AuthExpired(f"Instagram refused to {doing}: {message or f'HTTP {response.status_code}'} "
                          "Check the Instagram App ID, App secret and redirect URL.", code=str(code))


def exchange_code(app_id: str, app_secret: str, redirect_uri: str, code: str, *, token_url: str = TOKEN_URL,
                  session: requests.Session | None = None) -> tuple[str, str]:
    """(short-lived token, user_id) for the authorization code."""
    if not app_secret.strip():
        raise Permanent("The Instagram app secret is needed (App Dashboard → Instagram → API setup with "
                        "Instagram login → Business login settings → Instagram app secret).", code="no-secret")
    response = send(session or make_session(), "POST", token_url, data={
        "client_id": app_id, "client_secret": app_secret.strip(), "grant_type": "authorization_code",
        "redirect_uri": redirect_uri, "code": code})
    body = parse_json(response) if response.content else {}
    _refused(response, body, "finish the sign-in")
    data = body.get("data") if isinstance(body, dict) else None
    entry = data[0] if isinstance(data, list) and data and isinstance(data[0], dict) else body
    token = entry.get("access_token") if isinstance(entry, dict) else None
    user_id = graph_id(entry.get("user_id")) if isinstance(entry, dict) else None
    if not isinstance(token, str) or not token or user_id is None:
        raise Malformed("Instagram finished the sign-in but returned no token or account id.")
    return token, user_id


def long_lived(app_secret: str, short_token: str, *, base_url: str | None = None,
               session: requests.Session | None = None) -> tuple[str, int | None]:
    """``ig_exchange_token``: the 60-day token and the seconds it lives."""
    url = f"{(base_url or INSTAGRAM_LOGIN_BASE_URL).rstrip('/')}/access_token"
    response = send(session or make_session(), "GET", url, params={
        "grant_type": "ig_exchange_token", "client_secret": app_secret.strip(), "access_token": short_token})
    body = parse_json(response) if response.content else {}
    _refused(response, body, "make the sign-in last")
    token = body.get("access_token") if isinstance(body, dict) else None
    if not isinstance(token, str) or not token:
        raise Malformed("Instagram exchanged the token but returned none.")
    expires = body.get("expires_in")
    return token, int(expires) if isinstance(expires, (int, float)) and not isinstance(expires, bool) else None


def finish(login: LoginRequest, address: str, app_secret: str, *, token_url: str = TOKEN_URL,
           base_url: str | None = None, session: requests.Session | None = None) -> InstagramSignIn:
    """From the pasted address to the account's 60-day token and its identity."""
    code = code_from_address(login, address)
    session = session or make_session()
    short, user_id = exchange_code(login.app_id, app_secret, login.redirect_uri, code, token_url=token_url,
                                   session=session)
    token, expires = long_lived(app_secret, short, base_url=base_url, session=session)
    obtained = clock.now()
    me = GraphClient(token, base_url or INSTAGRAM_LOGIN_BASE_URL, session, "Instagram").get(
        "me", {"fields": "user_id,username"})
    username = me.get("username") if isinstance(me.get("username"), str) else None
    if graph_id(me.get("user_id")) not in (None, user_id):
        raise Malformed("Instagram named two different accounts for one sign-in; start again.")
    return InstagramSignIn(user_id, username, token, expires, obtained)
