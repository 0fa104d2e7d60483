"""Browser sign-in with Meta's logins for desktop apps, started here and finished from the
address the person pastes back:

- a Facebook Page (Facebook Login's manual flow, app/connectors/meta_login.py): the result is the
  Page's own non-expiring token;
- an Instagram professional account with Instagram Login (Business Login for Instagram,
  app/connectors/instagram_login.py): the result is the account's 60-day token and its user_id.

The caller hands the token to ``accounts.add_account`` (the keychain); the app secret is used for
the exchange only and never stored."""
from __future__ import annotations

from app.connectors import base as cb
from app.connectors import instagram_login, meta_login
from app.errors import KnownError, UsageError
from app.i18n import translate


def start(app_id: str, *, dialog_base: str | None = None) -> meta_login.LoginRequest:
    if not (app_id or "").strip():
        raise UsageError(translate("MetaSignIn", "Enter the municipality's Meta App ID first."))
    try:
        return meta_login.start(app_id, dialog_base=dialog_base or meta_login.DIALOG_BASE)
    except cb.ConnectorError as exc:
        raise UsageError(exc.message) from None


def finish(login: meta_login.LoginRequest, address: str, app_secret: str, page_id: str | None = None, *,
           base_url: str | None = None) -> meta_login.PageSignIn:
    if not (app_secret or "").strip():
        raise UsageError(translate("MetaSignIn", "Enter the Meta app's App secret: Facebook needs it to make "
                                   "the sign-in last. It is used once and not kept."))
    try:
        return meta_login.finish(login, address, app_secret, page_id or None, base_url=base_url)
    except cb.Offline:
        raise KnownError(translate("Accounts", "The platform cannot be reached; check the network.")) from None
    except cb.ConnectorError as exc:
        raise KnownError(translate("Accounts", "The platform answered with an error: {reason}").format(
            reason=exc.message)) from None


def instagram_start(app_id: str, redirect_uri: str | None = None, *,
                    authorize_url: str | None = None) -> meta_login.LoginRequest:
    """Business Login for Instagram (app/connectors/instagram_login.py): the window's address."""
    if not (app_id or "").strip():
        raise UsageError(translate("MetaSignIn", "Enter the Instagram App ID first."))
    try:
        return instagram_login.start(app_id, (redirect_uri or "").strip() or instagram_login.DEFAULT_REDIRECT,
                                     authorize_url=authorize_url or instagram_login.AUTHORIZE_URL)
    except cb.ConnectorError as exc:
        raise UsageError(exc.message) from None


def instagram_finish(login: meta_login.LoginRequest, address: str, app_secret: str, *, token_url: str | None = None,
                     base_url: str | None = None) -> instagram_login.InstagramSignIn:
    """The account's 60-day token and its ``user_id``; the app secret is used here only."""
    if not (app_secret or "").strip():
        raise UsageError(translate("MetaSignIn", "Enter the Instagram app secret: Instagram needs it to finish "
                                   "the sign-in. It is used once and not kept."))
    try:
        return instagram_login.finish(login, address, app_secret, token_url=token_url or instagram_login.TOKEN_URL,
                                      base_url=base_url)
    except cb.Offline:
        raise KnownError(translate("Accounts", "The platform cannot be reached; check the network.")) from None
    except cb.ConnectorError as exc:
        raise KnownError(translate("Accounts", "The platform answered with an error: {reason}").format(
            reason=exc.message)) from None
