"""Browser sign-in for a Facebook Page (Facebook Login's manual flow for desktop apps, see
app/connectors/meta_login.py): start it, then finish it from the address the person pastes. The
result is the Page's own non-expiring token, which the caller hands to ``accounts.add_account``
(the keychain); the app secret is used for the exchange only and never stored."""
from __future__ import annotations

from app.connectors import base as cb
from app.connectors import meta_login
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
