"""OAuth 2.0 with PKCE and a loopback redirect, for platforms that allow it for desktop apps
(X and YouTube). No client secret is needed for X; Google's "installed app" clients carry a
secret that is not confidential by design, so it may be configured.

Flow: ``LoopbackReceiver`` listens on 127.0.0.1 on a free port; the browser is sent to
``authorization_url``; the platform redirects back with ``code`` and ``state``; ``exchange_code``
turns the code into tokens with the PKCE verifier. Tokens never touch a log or a URL we log.
"""
from __future__ import annotations

import base64
import hashlib
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlencode, urlparse

from app import clock
from app.connectors.base import AuthExpired, ConnectorError, Permanent, RateLimited, Transient
from app.connectors.http import make_session, parse_json, retry_after_to_datetime, send

if TYPE_CHECKING:
    import requests


@dataclass(frozen=True)
class Provider:
    platform: str
    authorize_url: str
    token_url: str
    scopes: tuple[str, ...]
    extra: dict[str, Any] = field(default_factory=dict)
    # Loopback ports to listen on, in order; () = any free port. X only redirects to callback
    # URLs registered exactly in the app, port included, so X gets a few fixed ones.
    fixed_ports: tuple[int, ...] = ()
    needs_client_secret: bool = False


CALLBACK_PATH = "/callback"
# X: "callback URLs must be registered ... and match exactly" (docs.x.com, Developer Apps >
# Callback URLs; at most 10; 127.0.0.1 rather than localhost, cf. RFC 8252 section 8.3 and
# github.com/xdevplatform/xurl issue 63). The account dialog lists these for the admin to register.
X_CALLBACK_PORTS = (47321, 47322, 47323)


PROVIDERS = {
    "x": Provider("x", "https://x.com/i/oauth2/authorize", "https://api.x.com/2/oauth2/token",
                  ("tweet.read", "tweet.write", "users.read", "tweet.moderate.write", "offline.access"),
                  fixed_ports=X_CALLBACK_PORTS),
    # Google desktop ("installed app") clients: any loopback port is accepted
    # (developers.google.com/identity/protocols/oauth2/native-app#redirect-uri_loopback), but the
    # token endpoint requires the client_secret for code exchange and refresh, PKCE or not
    # (same page, "Step 5: Exchange authorization code"; google-auth-oauthlib's
    # InstalledAppFlow always sends it).
    "youtube": Provider("youtube", "https://accounts.google.com/o/oauth2/v2/auth",
                        "https://oauth2.googleapis.com/token",
                        ("https://www.googleapis.com/auth/youtube.force-ssl",),
                        {"access_type": "offline", "prompt": "consent"}, needs_client_secret=True),
}


@dataclass
class TokenSet:
    access_token: str
    refresh_token: str | None = None
    expires_at: datetime | None = None

    def __repr__(self) -> str:   # never print a token by accident
        return f"TokenSet(expires_at={self.expires_at!r}, refresh={'yes' if self.refresh_token else 'no'})"


def redirect_uris(provider: Provider) -> list[str]:
    """The exact callback URLs to register in the platform's app settings ([] = any loopback)."""
    return [f"http://127.0.0.1:{port}{CALLBACK_PATH}" for port in provider.fixed_ports]


def make_pkce() -> tuple[str, str]:
    """(code_verifier, S256 code_challenge) as RFC 7636 describes."""
    verifier = base64.urlsafe_b64encode(secrets.token_bytes(48)).rstrip(b"=").decode()
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    return verifier, challenge


def authorization_url(provider: Provider, client_id: str, redirect_uri: str, state: str, challenge: str,
                      authorize_url: str | None = None) -> str:
    params = {"response_type": "code", "client_id": client_id, "redirect_uri": redirect_uri,
              "scope": " ".join(provider.scopes), "state": state, "code_challenge": challenge,
              "code_challenge_method": "S256", **provider.extra}
    return f"{authorize_url or provider.authorize_url}?{urlencode(params)}"


_PAGE = ("<!doctype html><meta charset=utf-8><title>Svarbox</title>"
         "<p style='font-family:sans-serif'>{text}</p>")


def _first(values: list[str] | None) -> str | None:
    return values[0] if values else None


class LoopbackReceiver:
    """A one-shot HTTP server on 127.0.0.1 that catches the redirect."""

    def __init__(self, path: str = CALLBACK_PATH, ports: tuple[int, ...] = ()) -> None:
        self.path = path
        self.code: str | None = None
        self.state: str | None = None
        self.error: str | None = None
        self._done = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                url = urlparse(self.path)
                if url.path != receiver.path:
                    self.send_response(404)
                    self.end_headers()
                    return
                query = parse_qs(url.query)
                receiver.code = _first(query.get("code"))
                receiver.state = _first(query.get("state"))
                receiver.error = _first(query.get("error"))
                ok = receiver.code is not None
                body = _PAGE.format(text="Svarbox is connected. You can close this tab." if ok else
                                    "Svarbox was not given access. You can close this tab.").encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                receiver._done.set()

            def log_message(self, *args: Any) -> None:   # the query holds the code: keep it out of logs
                pass

        self._server: HTTPServer | None = None
        for port in ports or (0,):
            try:
                self._server = HTTPServer(("127.0.0.1", port), Handler)
                break
            except OSError:
                continue      # taken by another program: try the next registered port
        if self._server is None:
            raise Permanent("None of the sign-in ports ({ports}) on this computer is free; close the program "
                            "using them and try again.".format(ports=", ".join(map(str, ports))),
                            code="ports-busy")
        self.redirect_uri = f"http://127.0.0.1:{self._server.server_port}{path}"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.1},
                                        daemon=True)
        self._thread.start()

    def wait(self, timeout: float) -> tuple[str | None, str | None, str | None]:
        """(code, state, error) once the browser came back, or (None, None, "timeout")."""
        if not self._done.wait(timeout):
            return None, None, "timeout"
        return self.code, self.state, self.error

    def close(self) -> None:
        if self._server is None:   # never started (no port was free)
            return
        self._server.shutdown()
        self._server.server_close()


def _token_request(provider: Provider, data: dict[str, Any], client_id: str, client_secret: str | None,
                   token_url: str | None, session: requests.Session | None = None) -> TokenSet:
    if provider.needs_client_secret and not client_secret:
        raise Permanent("Google's sign-in needs the desktop client's secret as well as its id (Google Cloud "
                        "console > Credentials > the OAuth client).", code="no-client-secret")
    session = session or make_session()
    auth = None
    if provider.platform == "x" and client_secret:
        auth = (client_id, client_secret)   # confidential X clients use basic auth
    elif client_secret:
        data["client_secret"] = client_secret
    response = send(session, "POST", token_url or provider.token_url, data=data, auth=auth)
    # A busy or failing token endpoint is not a refused sign-in: the caller waits or retries
    # with the same refresh token instead of asking the person to sign in again.
    if response.status_code == 429:
        raise RateLimited("The platform's sign-in service asks us to slow down.", code="rate-limit",
                          retry_at=retry_after_to_datetime(response.headers.get("Retry-After")))
    if response.status_code >= 500:
        raise Transient(f"The platform's sign-in service had a temporary problem (HTTP {response.status_code}).",
                        code=f"http {response.status_code}")
    body = parse_json(response)
    if response.status_code >= 400 or "access_token" not in body:
        error = body.get("error") if isinstance(body, dict) else None
        if error in ("invalid_grant", "invalid_token"):
            raise AuthExpired("The sign-in was refused or has expired; sign in again.", code=str(error))
        raise Permanent(f"The platform refused the sign-in ({error or response.status_code}).",
                        code=str(error or response.status_code))
    expires = body.get("expires_in")
    return TokenSet(body["access_token"], body.get("refresh_token"),
                    clock.now() + timedelta(seconds=int(expires)) if expires else None)


def exchange_code(provider: Provider, client_id: str, code: str, verifier: str, redirect_uri: str, *,
                  client_secret: str | None = None, token_url: str | None = None,
                  session: requests.Session | None = None) -> TokenSet:
    return _token_request(provider, {"grant_type": "authorization_code", "code": code,
                                     "redirect_uri": redirect_uri, "code_verifier": verifier,
                                     "client_id": client_id}, client_id, client_secret, token_url, session)


def refresh(provider: Provider, client_id: str, refresh_token: str, *, client_secret: str | None = None,
            token_url: str | None = None, session: requests.Session | None = None) -> TokenSet:
    tokens = _token_request(provider, {"grant_type": "refresh_token", "refresh_token": refresh_token,
                                       "client_id": client_id}, client_id, client_secret, token_url, session)
    if tokens.refresh_token is None:      # Google keeps the old refresh token; X rotates it
        tokens.refresh_token = refresh_token
    return tokens


def sign_in(provider: Provider, client_id: str, open_browser: Callable[[str], object], *,
            client_secret: str | None = None, timeout: float = 300.0, authorize_url: str | None = None,
            token_url: str | None = None,
            session: requests.Session | None = None) -> TokenSet:
    """The whole loopback flow. ``open_browser(url)`` shows the platform's consent page."""
    verifier, challenge = make_pkce()
    state = secrets.token_urlsafe(24)
    receiver = LoopbackReceiver(ports=provider.fixed_ports)
    try:
        open_browser(authorization_url(provider, client_id, receiver.redirect_uri, state, challenge,
                                       authorize_url))
        code, returned_state, error = receiver.wait(timeout)
    finally:
        receiver.close()
    if error == "timeout":
        raise ConnectorError("No answer from the browser sign-in; try again.", code="timeout")
    if error or code is None:
        raise AuthExpired("Access was not granted in the browser.", code=error or "no-code")
    if returned_state != state:   # a redirect we did not start: refuse (CSRF)
        raise Permanent("The sign-in answer did not match this request; try again.", code="state-mismatch")
    return exchange_code(provider, client_id, code, verifier, receiver.redirect_uri,
                         client_secret=client_secret, token_url=token_url, session=session)
