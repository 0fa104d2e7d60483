"""The account dialog's part for Facebook browser sign-in (Facebook Login's manual flow for
desktop apps; see app/connectors/meta_login.py for why the person pastes the "Success" address
back instead of a loopback redirect). The App ID is the dialog's client id field, the Page id its
page field; the App secret is typed here, used once for the exchange and cleared, never stored.
The result (the Page's own non-expiring token) goes into the dialog's token field and from there,
on Connect, only into the keychain."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

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
        self._login = None
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.intro = _label(self.tr(
            "Sign in with the municipality's own Meta app: its App ID goes in \"App client id\", its App secret "
            "below. In the app, under Facebook Login → Settings → Valid OAuth Redirect URIs, register exactly: "
            "{url}").format(url=DESKTOP_REDIRECT), self, "metaIntro")
        form.addRow(self.intro)
        self.secret = QLineEdit(self)
        self.secret.setObjectName("metaAppSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        secret_label = self.tr("App secret")
        self.secret.setAccessibleName(secret_label)
        self.secret.setAccessibleDescription(self.tr("Used once to make the sign-in last; not kept"))
        self.secret.setToolTip(self.secret.accessibleDescription())
        form.addRow(secret_label, self.secret)
        self.paste_hint = _label(self.tr(
            "Approve Svarbox in the browser. Facebook then shows a page that says \"Success\": copy that page's "
            "whole address from the address bar and paste it here."), self, "metaPasteHint")
        form.addRow(self.paste_hint)
        self.address = QLineEdit(self)
        self.address.setObjectName("metaAddress")
        self.address.setEchoMode(QLineEdit.EchoMode.Password)    # it carries a token
        address_label = self.tr("Address of the Success page")
        self.address.setAccessibleName(address_label)
        self.address.setAccessibleDescription(self.tr("Paste the address Facebook ended on"))
        form.addRow(address_label, self.address)
        self.finish_button = QPushButton(self.tr("Finish sign-in"), self)
        self.finish_button.setObjectName("metaFinishButton")
        self.finish_button.setAccessibleName(self.finish_button.text())
        self.finish_button.clicked.connect(self.finish)
        form.addRow("", self.finish_button)
        self._rows = [self.paste_hint, self.address, form.labelForField(self.address), self.finish_button]
        self._show_paste(False)

    def _show_paste(self, visible: bool) -> None:
        for widget in self._rows:
            if widget is not None:
                widget.setVisible(visible)

    def begin(self) -> None:
        """Open Facebook's login dialog in the browser; then wait for the pasted address."""
        from app.errors import KnownError
        from app.services import meta_signin
        try:
            self._login = meta_signin.start(self.dialog.client_id.text(), dialog_base=self.dialog_base)
        except KnownError as exc:
            self.dialog._say(exc.message, error=True)
            return
        if not self.secret.text().strip():
            self.dialog._say(self.tr("Enter the Meta app's App secret too: Facebook needs it to make the sign-in "
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

    def clear(self) -> None:
        """The secret and the token-carrying address do not linger."""
        self.secret.clear()
        self.address.clear()
        self._login = None
        self._show_paste(False)
