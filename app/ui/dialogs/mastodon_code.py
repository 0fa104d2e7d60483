"""The account dialog's Mastodon sign-in with a code: for a browser that cannot reach this
computer's 127.0.0.1 (a remote desktop, a browser on another machine), the server shows the
code and the person pastes it (Mastodon's ``urn:ietf:wg:oauth:2.0:oob`` redirect). The token
goes into the dialog's token field and, on Connect, only into the keychain."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget


class MastodonCodePanel(QWidget):
    def __init__(self, dialog):
        super().__init__(dialog)
        self.dialog = dialog
        self.setObjectName("mastodonCode")
        self._started = None
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.start_button = QPushButton(self.tr("Sign in with a code instead…"), self)
        self.start_button.setObjectName("mastodonCodeButton")
        self.start_button.setAccessibleName(self.start_button.text())
        self.start_button.setToolTip(self.tr("When the browser runs on another computer (for example a remote "
                                             "desktop): the server shows a code to paste here"))
        self.start_button.setAccessibleDescription(self.start_button.toolTip())
        self.start_button.clicked.connect(self.begin)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start_button)       # beside "Sign in with the browser…", not across the dialog
        form.addRow(row)
        self.code = QLineEdit(self)
        self.code.setObjectName("mastodonCodeField")
        label = self.tr("Code from the server")
        self.code.setAccessibleName(label)
        self.code.setAccessibleDescription(self.tr("The authorization code the Mastodon server showed"))
        form.addRow(label, self.code)
        self.finish_button = QPushButton(self.tr("Finish sign-in"), self)
        self.finish_button.setObjectName("mastodonCodeFinish")
        self.finish_button.setAccessibleName(self.finish_button.text())
        self.finish_button.clicked.connect(self.finish)
        form.addRow("", self.finish_button)
        self._rows = [self.code, form.labelForField(self.code), self.finish_button]
        self._show_code(False)

    def _show_code(self, visible: bool) -> None:
        for widget in self._rows:
            if widget is not None:
                widget.setVisible(visible)

    def begin(self) -> None:
        from app.services import mastodon_signin
        server = self.dialog.base_url.text()
        self.start_button.setEnabled(False)
        self.dialog._say(self.tr("Registering Svarbox on the server…"))

        def started(result) -> None:
            self.start_button.setEnabled(True)
            self._started = result
            self.dialog.open_browser(result.url)
            self._show_code(True)
            self.dialog.fit()
            self.code.setFocus()
            self.dialog._say(self.tr("Approve Svarbox in the browser, then paste the code the server shows."))

        def failed(exc) -> None:
            self.start_button.setEnabled(True)
            self.dialog._say(getattr(exc, "message", None) or str(exc), error=True)
        self.dialog.runner.run(lambda: mastodon_signin.start(server), on_success=started, on_failure=failed,
                               key="mastodon-code")

    def finish(self) -> None:
        from app.services import mastodon_signin
        if self._started is None:
            self.dialog._say(self.tr("Start with \"Sign in with a code instead…\"."), error=True)
            return
        started, code = self._started, self.code.text()
        self.finish_button.setEnabled(False)

        def done(token: str) -> None:
            self.finish_button.setEnabled(True)
            self.clear()
            self.dialog.token.setText(token)
            self.dialog._say(self.tr("Signed in. Press Connect to finish."))

        def failed(exc) -> None:
            self.finish_button.setEnabled(True)
            self.dialog._say(getattr(exc, "message", None) or str(exc), error=True)
        self.dialog.runner.run(lambda: mastodon_signin.finish(started, code), on_success=done, on_failure=failed,
                               key="mastodon-code")

    def clear(self) -> None:
        self.code.clear()
        self._started = None
        self._show_code(False)
