"""The account dialog's part for Meta's browser sign-ins, where the person pastes the address the
browser ended on (a desktop app cannot receive Meta's redirect):

- Facebook: Facebook Login's manual flow (app/connectors/meta_login.py); the result is the Page's
  own non-expiring token, and the Page id goes into the dialog's page field.
- Instagram: Business Login for Instagram (app/connectors/instagram_login.py); the redirect URL
  registered in the app is typed here, the result is the account's 60-day token, its user_id
  and username, and "Instagram Login" is switched on so Svarbox renews the token in time.

The App ID is the dialog's client id field; the App secret is typed here, used once for the
exchange and cleared, never stored. The token goes into the dialog's token field and from
there, on Connect, only into the keychain."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.connectors.instagram_login import DEFAULT_REDIRECT as INSTAGRAM_REDIRECT
from app.connectors.meta_login import DESKTOP_REDIRECT


def _label(text: str, parent: QWidget, name: str) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class MetaSignInPanel(QWidget):
    def __init__(self, dialog):
        super().__init__(dialog)
        self.dialog = dialog
        self.setObjectName("metaSignIn")
        self.dialog_base: str | None = None     # www.facebook.com; a fake's address in tests
        # Instagram's window (www.instagram.com) and code exchange (api.instagram.com); fakes in tests.
        self.instagram_authorize_url: str | None = None
        self.instagram_token_url: str | None = None
        self.kind = "facebook"
        self._login = None
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.intro = _label("", self, "metaIntro")
        form.addRow(self.intro)
        self.redirect = QLineEdit(INSTAGRAM_REDIRECT, self)
        self.redirect.setObjectName("instagramRedirect")
        redirect_label = self.tr("Redirect URL")
        self.redirect.setAccessibleName(redirect_label)
        self.redirect.setAccessibleDescription(self.tr("Exactly as registered in the app's Business login settings"))
        self.redirect.setToolTip(self.redirect.accessibleDescription())
        form.addRow(redirect_label, self.redirect)
        self._instagram_rows = [self.redirect, form.labelForField(self.redirect)]
        self.secret = QLineEdit(self)
        self.secret.setObjectName("metaAppSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        secret_label = self.tr("App secret")
        self.secret.setAccessibleName(secret_label)
        self.secret.setAccessibleDescription(self.tr("Used once to make the sign-in last; not kept"))
        self.secret.setToolTip(self.secret.accessibleDescription())
        form.addRow(secret_label, self.secret)
        self.paste_hint = _label("", self, "metaPasteHint")
        form.addRow(self.paste_hint)
        self.address = QLineEdit(self)
        self.address.setObjectName("metaAddress")
        self.address.setEchoMode(QLineEdit.EchoMode.Password)    # it carries a token or a code
        address_label = self.tr("Address the browser ended on")
        self.address.setAccessibleName(address_label)
        self.address.setAccessibleDescription(self.tr("Paste the whole address from the browser's address bar"))
        form.addRow(address_label, self.address)
        self.finish_button = QPushButton(self.tr("Finish sign-in"), self)
        self.finish_button.setObjectName("metaFinishButton")
        self.finish_button.setAccessibleName(self.finish_button.text())
        self.finish_button.clicked.connect(self.finish)
        form.addRow("", self.finish_button)
        self._rows = [self.paste_hint, self.address, form.labelForField(self.address), self.finish_button]
        self._show_paste(False)
        self.set_kind("facebook")

    def set_kind(self, kind: str) -> None:
        """"facebook" or "instagram": which of Meta's logins the panel runs."""
        if kind != self.kind:
            self.clear()
        self.kind = kind
        instagram = kind == "instagram"
        for widget in self._instagram_rows:
            if widget is not None:
                widget.setVisible(instagram)
        if instagram:
            self.intro.setText(self.tr(
                "Sign in with Instagram Login, in the municipality's own Meta app: its Instagram App ID goes in "
                "\"App client id\", its Instagram app secret below. Under Instagram → API setup with Instagram "
                "login → Business login settings → OAuth redirect URIs, register the redirect URL below exactly "
                "(for example {url})."
            ).format(url=INSTAGRAM_REDIRECT))
            self.paste_hint.setText(self.tr(
                "Allow Svarbox in the browser. Instagram then sends the browser to the redirect URL, which may show "
                "an error page: that is expected. Copy the whole address from the address bar and paste it here."))
        else:
            self.intro.setText(self.tr(
                "Sign in with the municipality's own Meta app: its App ID goes in \"App client id\", its App secret "
                "below. In the app, under Facebook Login → Settings → Valid OAuth Redirect URIs, register exactly: "
                "{url}").format(url=DESKTOP_REDIRECT))
            self.paste_hint.setText(self.tr(
                "Approve Svarbox in the browser. Facebook then shows a page that says \"Success\": copy that "
                "page's whole address from the address bar and paste it here."))

    def _show_paste(self, visible: bool) -> None:
        for widget in self._rows:
            if widget is not None:
                widget.setVisible(visible)

    def begin(self) -> None:
        """Open Facebook's login dialog in the browser; then wait for the pasted address."""
        from app.errors import KnownError
        from app.services import meta_signin
        try:
            if self.kind == "instagram":
                self._login = meta_signin.instagram_start(self.dialog.client_id.text(), self.redirect.text(),
                                                          authorize_url=self.instagram_authorize_url)
            else:
                self._login = meta_signin.start(self.dialog.client_id.text(), dialog_base=self.dialog_base)
        except KnownError as exc:
            self.dialog._say(exc.message, error=True)
            return
        if not self.secret.text().strip():
            self._login = None
            self.dialog._say(self.tr("Enter the Instagram app secret too: Instagram needs it to finish the sign-in.")
                             if self.kind == "instagram" else
                             self.tr("Enter the Meta app's App secret too: Facebook needs it to make the sign-in "
                                     "last."), error=True)
            return
        self.dialog.open_browser(self._login.url)
        self._show_paste(True)
        self.dialog.fit()
        self.address.setFocus()
        self.dialog._say(self.tr("Waiting for the browser… approve Svarbox there, then paste the address."))

    def finish(self) -> None:
        if self._login is None:
            self.dialog._say(self.tr("Start with \"Sign in with the browser…\"."), error=True)
            return
        from app.services import meta_signin
        login, address, secret = self._login, self.address.text(), self.secret.text()
        page_id = self.dialog.external_id.text().strip() or None
        base_url = self.dialog.base_url.text().strip() or None
        self.finish_button.setEnabled(False)
        if self.kind == "instagram":
            self._finish_instagram(login, address, secret, base_url)
            return
        self.dialog._say(self.tr("Asking Facebook for the Page's token…"))

        def done(page) -> None:
            self.finish_button.setEnabled(True)
            self.clear()
            self.dialog.token.setText(page.page_token)
            self.dialog.external_id.setText(page.page_id)
            if not self.dialog.name.text().strip():
                self.dialog.name.setText(page.page_name)
            self.dialog._say(self.tr("Signed in for the Page {page}. Press Connect to finish.").format(
                page=page.page_name))

        def failed(exc) -> None:
            self.finish_button.setEnabled(True)
            self.dialog._say(getattr(exc, "message", None) or str(exc), error=True)
        self.dialog.runner.run(lambda: meta_signin.finish(login, address, secret, page_id, base_url=base_url),
                               on_success=done, on_failure=failed, key="meta-sign-in")

    def _finish_instagram(self, login, address: str, secret: str, base_url: str | None) -> None:
        from app.services import meta_signin
        self.dialog._say(self.tr("Asking Instagram for the account's token…"))
        token_url = self.instagram_token_url

        def done(signed) -> None:
            self.finish_button.setEnabled(True)
            self.clear()
            self.dialog.token.setText(signed.token)
            self.dialog.external_id.setText(signed.user_id)
            if signed.username:
                self.dialog.handle.setText(signed.username)
            if not self.dialog.name.text().strip():
                self.dialog.name.setText(signed.username or signed.user_id)
            self.dialog.setup.instagram_login.setChecked(True)     # renewed before its 60 days run out
            self.dialog.token_obtained_at = signed.obtained_at.isoformat()
            self.dialog._say(self.tr("Signed in as {account}. Press Connect to finish.").format(
                account=signed.username or signed.user_id))

        def failed(exc) -> None:
            self.finish_button.setEnabled(True)
            self.dialog._say(getattr(exc, "message", None) or str(exc), error=True)
        self.dialog.runner.run(lambda: meta_signin.instagram_finish(login, address, secret, token_url=token_url,
                                                                    base_url=base_url),
                               on_success=done, on_failure=failed, key="meta-sign-in")

    def clear(self) -> None:
        """The secret and the token-carrying address do not linger."""
        self.secret.clear()
        self.address.clear()
        self._login = None
        self._show_paste(False)
