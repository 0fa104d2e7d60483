"""Facebook Login for a desktop app, built by hand as Meta documents it ("Manually Build a Login
Flow", developers.facebook.com/documentation/facebook-login/guides/advanced/manual-flow, updated
10 March 2026), then the Page's own token derived from it.

Facts this module relies on:

- The login dialog is ``https://www.facebook.com/{version}/dialog/oauth?client_id&redirect_uri&state``
  with ``response_type`` and ``scope``. For a desktop app the ``redirect_uri`` must be
  ``https://www.facebook.com/connect/login_success.html`` and desktop apps must use
  ``response_type=token``: the access token arrives in the URL fragment of that page.
- Meta's guide has the desktop app read that address from an embedded web view. Svarbox has none
  (Qt WebEngine would add ~100 MB to the bundle), so the person's own browser shows the dialog and
  the person copies the address of the "Success" page back into Svarbox. A loopback redirect is no
  alternative: Meta allows ``http://localhost`` redirects only while the app is in development mode
  ("Requiring HTTPS for Facebook Login", developers.facebook.com/blog/post/2018/06/08), and every
  redirect URI must be registered exactly (Strict Mode, 2018).
- The dialog's token is short-lived (about an hour). ``GET /oauth/access_token?grant_type=
  fb_exchange_token&client_id&client_secret&fb_exchange_token`` turns it into a long-lived User
  token (about 60 days); this needs the app secret, so the app is the municipality's own and the
  secret is typed in by its IT, used once and not kept
  (developers.facebook.com/docs/facebook-login/guides/access-tokens/get-long-lived).
- ``GET /me/accounts`` with a long-lived User token lists the Pages the person can act for, each
  with a Page token that has no expiry date (same page). That Page token is what Svarbox keeps, in
  the keychain only.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode, urlsplit

import requests

from app.connectors.base import AuthExpired, Malformed, Permanent, PermissionMissing, Transient
from app.connectors.graph import DEFAULT_BASE_URL, GRAPH_VERSION, GraphClient
from app.connectors.http import make_session, parse_json, send

DIALOG_BASE = "https://www.facebook.com"
DESKTOP_REDIRECT = "https://www.facebook.com/connect/login_success.html"
# What a Page needs in Svarbox (docs/connecting.md, Facebook Page, step 2).
SCOPES = ("pages_show_list", "pages_read_engagement", "pages_read_user_content", "pages_manage_engagement",
          "pages_messaging")


@dataclass
class LoginRequest:
    """One sign-in attempt: the address to open and the state that must come back."""
    app_id: str
    state: str
    url: str
    redirect_uri: str = DESKTOP_REDIRECT


@dataclass
class PageSignIn:
    page_id: str
    page_name: str
    page_token: str

    def __repr__(self) -> str:      # the token is not for logs
        return f"PageSignIn(page_id={self.page_id!r}, page_name={self.page_name!r})"


def start(app_id: str, *, dialog_base: str = DIALOG_BASE, redirect_uri: str = DESKTOP_REDIRECT) -> LoginRequest:
    app_id = app_id.strip()
    if not app_id.isdigit():
        raise Permanent("A Meta App ID is a number (App Dashboard → App settings → Basic).", code="bad-app-id")
    state = secrets.token_urlsafe(24)
    url = f"{dialog_base.rstrip('/')}/{GRAPH_VERSION}/dialog/oauth?" + urlencode({
        "client_id": app_id, "redirect_uri": redirect_uri, "state": state, "response_type": "token",
        "scope": ",".join(SCOPES)})
    return LoginRequest(app_id, state, url, redirect_uri)


def token_from_address(login: LoginRequest, address: str) -> str:
    """The short-lived User token from the address the browser ended on (pasted by the person)."""
    address = address.strip()
    parts = urlsplit(address)
    if not address or f"{parts.scheme}://{parts.netloc}{parts.path}" != login.redirect_uri:
        raise Permanent("Paste the whole address of the page Facebook showed after you approved "
                        "(it starts with https://www.facebook.com/connect/login_success.html).", code="not-redirect")
    values = {k: v[0] for k, v in parse_qs(parts.fragment).items()}
    values.update({k: v[0] for k, v in parse_qs(parts.query).items() if k not in values})
    if values.get("error") or values.get("error_reason"):
        raise AuthExpired("Access was not granted on Facebook; sign in again and approve Svarbox.",
                          code=values.get("error_reason") or values.get("error") or "denied")
    if values.get("state") != login.state:
        raise Permanent("The address does not belong to this sign-in (the state differs); start again.",
                        code="state-mismatch")
    token = values.get("access_token")
    if not token:
        raise Permanent("The address has no access token; copy it again once Facebook says Success.",
                        code="no-token")
    return token


def long_lived(app_id: str, app_secret: str, short_token: str, *, base_url: str | None = None,
               session: requests.Session | None = None) -> str:
    """``fb_exchange_token``: the long-lived User token (needs the app secret)."""
    if not app_secret.strip():
        raise Permanent("The app secret is needed to make the sign-in last (App Dashboard → App settings → "
                        "Basic → App secret).", code="no-secret")
    # Asked directly, not through GraphClient: Graph answers a wrong secret with OAuthException
    # code 1 ("Error validating client secret."), which elsewhere means a passing fault; here it
    # is a refusal to show, never to retry.
    url = f"{(base_url or DEFAULT_BASE_URL).rstrip('/')}/oauth/access_token"
    response = send(session or make_session(), "GET", url, params={
        "grant_type": "fb_exchange_token", "client_id": app_id, "client_secret": app_secret.strip(),
        "fb_exchange_token": short_token})
    body = parse_json(response) if response.content else {}
    body = body if isinstance(body, dict) else {}
    error = body.get("error") if isinstance(body.get("error"), dict) else None
    if response.status_code >= 500:
        raise Transient(f"Facebook had a temporary problem (HTTP {response.status_code}); try again.")
    if error or response.status_code >= 400:
        message = str((error or {}).get("message") or f"HTTP {response.status_code}")
        raise AuthExpired(f"Facebook refused to extend the sign-in: {message} Check the App ID and App secret.",
                          code=str((error or {}).get("code") or response.status_code))
    token = body.get("access_token")
    if not isinstance(token, str) or not token:
        raise Malformed("Facebook exchanged the token but returned none.")
    return token


def page_token(user_token: str, page_id: str | None = None, *, base_url: str | None = None,
               session: requests.Session | None = None) -> PageSignIn:
    """The Page's own token from ``/me/accounts``; ``page_id`` chooses when there are several."""
    client = GraphClient(user_token, base_url or DEFAULT_BASE_URL, session)
    pages = []
    for body in client.pages("me/accounts", {"fields": "id,name,access_token", "limit": 100}):
        pages += [p for p in body.get("data", []) if isinstance(p, dict) and p.get("id") and p.get("access_token")]
    if not pages:
        raise PermissionMissing("Facebook lists no Page this person can act for with Svarbox: the person must "
                                "have a role on the Page and approve pages_show_list.", code="no-pages")
    if page_id:
        chosen = [p for p in pages if str(p["id"]) == page_id.strip()]
        if not chosen:
            raise PermissionMissing(f"This person cannot act for Page {page_id} (Pages found: "
                                    + ", ".join(f"{p.get('name')} ({p['id']})" for p in pages) + ").",
                                    code="not-page-admin")
    elif len(pages) > 1:
        raise Permanent("This person acts for several Pages; enter the id of the one to connect: "
                        + ", ".join(f"{p.get('name')} ({p['id']})" for p in pages) + ".", code="several-pages")
    else:
        chosen = pages
    page = chosen[0]
    return PageSignIn(str(page["id"]), str(page.get("name") or page["id"]), str(page["access_token"]))


def finish(login: LoginRequest, address: str, app_secret: str, page_id: str | None = None, *,
           base_url: str | None = None, session: requests.Session | None = None) -> PageSignIn:
    """From the pasted address to the Page's own, non-expiring token."""
    short = token_from_address(login, address)
    user = long_lived(login.app_id, app_secret, short, base_url=base_url, session=session)
    return page_token(user, page_id, base_url=base_url, session=session)
