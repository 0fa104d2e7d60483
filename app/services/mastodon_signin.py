"""Mastodon sign-in with a code (the out-of-band flow), for a browser that cannot reach this
computer's 127.0.0.1: start it (the server's consent page to open), then finish it with the code
the server showed. The token goes to ``accounts.add_account`` (the keychain); the app
registration's secret is used once and not kept. The loopback flow is
``accounts.mastodon_browser_sign_in``."""
from __future__ import annotations

from app.connectors import base as cb
from app.connectors import mastodon
from app.errors import KnownError, UsageError
from app.i18n import translate


def _server(base_url: str) -> str:
    base_url = (base_url or "").strip()
    if not base_url:
        raise UsageError(translate("Accounts", "Enter the Mastodon server's address first, for example "
                                   "https://social.example.dk."))
    if not base_url.lower().startswith(("https://", "http://127.0.0.1", "http://localhost")):
        raise UsageError(translate("Accounts", "A platform address must use https."))
    return base_url


def _known(exc: cb.ConnectorError) -> KnownError:
    if isinstance(exc, cb.Offline):
        return KnownError(translate("Accounts", "The platform cannot be reached; check the network."))
    return KnownError(translate("Accounts", "The platform answered with an error: {reason}").format(reason=exc.message))


def start(base_url: str) -> mastodon.CodeSignIn:
    try:
        return mastodon.start_code_sign_in(_server(base_url))
    except cb.ConnectorError as exc:
        raise _known(exc) from None


def finish(started: mastodon.CodeSignIn, code: str) -> str:
    try:
        return mastodon.finish_code_sign_in(started, code)
    except cb.ConnectorError as exc:
        raise _known(exc) from None
