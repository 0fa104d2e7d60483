"""Connecting an account: paste a token, or sign in with the browser where the platform allows
it for desktop apps (X, YouTube: OAuth 2.0 with PKCE and a loopback redirect; Mastodon: the
app is registered on the person's own server first, then the same loopback flow; Facebook:
Facebook Login's manual flow, the "Success" address pasted back; Instagram: Business Login for
Instagram, the redirect address pasted back; see meta_sign_in.py).

The token goes straight from this dialog to the platform's who-am-I call and into the OS
keychain (``accounts.add_account``), off the GUI thread: the keychain may ask to be unlocked
and the platform may be slow. The field is never logged, and cleared when the dialog closes.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import accounts
from app.services.errors import known_message
from app.ui import icons

PLATFORMS = ("facebook", "instagram", "x", "linkedin", "youtube", "bluesky", "mastodon")
OAUTH_PLATFORMS = ("x", "youtube")
# Meta's logins: the person pastes the address the browser ended on back (meta_sign_in).
PASTE_BACK = ("facebook", "instagram")
# Browser sign-in without a client id typed in (the app registers itself per server).
SELF_REGISTERING = ("mastodon",)


class AccountDialog(QDialog):
    """``connected(account_id)`` is emitted once the account is saved."""

    connected = Signal(int)

    def __init__(self, ws, runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws, self.runner = ws, runner
        self.setWindowTitle(self.tr("Connect an account"))
        self.setObjectName("accountDialog")
        # Replaceable in tests: how the consent page is shown.
        self.open_browser = lambda url: QDesktopServices.openUrl(QUrl(url))
        self._refresh_token: str | None = None
        self.token_obtained_at: str | None = None    # Instagram Login: when the 60-day token was made
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Svarbox checks the token with the platform and keeps it in this "
                               "computer's keychain, never in the database."), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        form = QFormLayout()
        self.platform = QComboBox(self)
        for key in PLATFORMS:
            self.platform.addItem(icons.platform_icon(key), icons.platform_name(key), key)
        self.name = QLineEdit(self)
        self.institution = QComboBox(self)
        self.institution.setEditable(True)
        self.external_id = QLineEdit(self)
        self.handle = QLineEdit(self)
        from app.services.team.shared_settings import setting_value  # the team's default, not only this user's
        self.policy = QLineEdit(str(setting_value(ws, "policy.default") or "hours:24"), self)
        self.country = QComboBox(self)
        for code, label in (("DK", self.tr("Denmark")), ("SE", self.tr("Sweden")), ("NO", self.tr("Norway")),
                            ("FI", self.tr("Finland"))):
            self.country.addItem(label, code)
        self.base_url = QLineEdit(self)
        self.base_url.setPlaceholderText(self.tr("Leave empty for the platform's own address"))
        self.token = QLineEdit(self)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.client_id = QLineEdit(self)
        self.sign_in = QPushButton(self.tr("Sign in with the browser…"), self)
        fields = [
            (self.tr("Platform"), self.platform, self.tr("Which platform the account is on")),
            (self.tr("Name in Svarbox"), self.name, self.tr("For example: Viborg Kommune (Facebook)")),
            (self.tr("Owned by"), self.institution, self.tr("The institution or department the account belongs to")),
            (self.tr("Page, organisation or channel id"), self.external_id,
             self.tr("Needed where the token alone does not say which page or channel")),
            (self.tr("Username"), self.handle, self.tr("The account's own username (Instagram, X)")),
            (self.tr("Response policy"), self.policy, self.tr("hours:24, workdays:2 or business_hours:8")),
            (self.tr("Work calendar"), self.country, self.tr("Whose public holidays count")),
            (self.tr("API address"), self.base_url, self.tr("Only for testing against another server")),
            (self.tr("Access token"), self.token, self.tr("Paste the token; it is not shown")),
            (self.tr("App client id"), self.client_id, self.tr("Your municipality's app registration, for browser sign-in")),  # noqa: E501
        ]
        for label, widget, description in fields:
            widget.setAccessibleName(label)
            widget.setAccessibleDescription(description)
            widget.setToolTip(description)
            form.addRow(label, widget)
        self.sign_in.setAccessibleName(self.sign_in.text())
        form.addRow("", self.sign_in)
        self.sign_in_hint = QLabel("", self)
        self.sign_in_hint.setObjectName("signInHint")
        self.sign_in_hint.setWordWrap(True)
        self.sign_in_hint.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow("", self.sign_in_hint)
        layout.addLayout(form)
        from app.ui.dialogs.platform_setup import PlatformSetupPanel  # per-platform fields (X, YouTube, ...)
        self.setup = PlatformSetupPanel(self)
        layout.addWidget(self.setup)
        from app.ui.dialogs.meta_sign_in import MetaSignInPanel
        self.meta = MetaSignInPanel(self)
        layout.addWidget(self.meta)
        from app.ui.dialogs.mastodon_code import MastodonCodePanel
        self.mastodon_code = MastodonCodePanel(self)
        layout.addWidget(self.mastodon_code)
        self.message = QLabel("", self)
        self.message.setObjectName("accountDialogMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("Connection status"))
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.connect_button = buttons.addButton(self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setObjectName("connectButton")
        self.connect_button.setAccessibleName(self.tr("Connect"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.platform.currentIndexChanged.connect(self._platform_changed)
        self.sign_in.clicked.connect(self.browser_sign_in)
        self._platform_changed()
        self._load_institutions()

    def _load_institutions(self) -> None:
        def work():
            return sorted({a.institution for a in accounts.list_accounts(self.ws) if a.institution})

        def done(names):
            for name in names:
                self.institution.addItem(name)
            self.institution.setCurrentText("")
        self.runner.run(work, on_success=done, on_failure=lambda exc: None)

    def _platform_changed(self) -> None:
        platform = self.platform.currentData()
        oauth = platform in OAUTH_PLATFORMS
        self.sign_in.setVisible(oauth or platform in SELF_REGISTERING or platform in PASTE_BACK)
        self.client_id.setEnabled(oauth or platform in PASTE_BACK)
        self.meta.setVisible(platform in PASTE_BACK)
        if platform in PASTE_BACK:
            self.meta.set_kind(platform)
        self.mastodon_code.setVisible(platform == "mastodon")
        self.fit()
        hint = self.tr("Enter your Mastodon server's address under API address (for example "
                       "https://social.example.dk) and sign in with the browser. Svarbox registers itself "
                       "on that server; nothing has to be created in advance.") if platform == "mastodon" else ""
        self.base_url.setPlaceholderText(self.tr("Your server, for example https://social.example.dk")
                                         if platform == "mastodon"
                                         else self.tr("Leave empty for the platform's own address"))
        self.sign_in_hint.setText(hint)
        self.sign_in_hint.setVisible(bool(hint))
        self.setup.set_platform(self.platform.currentData())

    def fit(self) -> None:
        """As tall as the fields need, up to the screen: Qt's first size is capped at two thirds
        of the screen, which squeezes the longer platforms' fields on a 768-pixel laptop."""
        screen = self.screen()
        room = screen.availableGeometry().height() - 60 if screen is not None else 700
        wanted = min(self.sizeHint().height(), room)
        if self.height() < wanted:
            self.resize(self.width(), wanted)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #A50E0E;" if error else "")

    def browser_sign_in(self) -> None:
        from app.connectors import oauth
        platform = self.platform.currentData()
        if platform == "mastodon":
            self._mastodon_sign_in()
            return
        if platform in PASTE_BACK:
            self.meta.begin()
            return
        client_id = self.client_id.text().strip()
        if not client_id:
            self._say(self.tr("Enter your municipality's app client id first."), error=True)
            return
        client_secret = self.setup.secret()
        if platform == "youtube" and not client_secret:
            self._say(self.tr("Enter the Google app's client secret too: Google requires it for desktop apps."),
                      error=True)
            return
        self._say(self.tr("Waiting for the browser… approve Svarbox there."))
        self.sign_in.setEnabled(False)
        open_browser = self.open_browser

        def work():
            return oauth.sign_in(oauth.PROVIDERS[platform], client_id, open_browser, timeout=300,
                                 client_secret=client_secret)

        def done(tokens):
            self.sign_in.setEnabled(True)
            self.token.setText(tokens.access_token)
            self._refresh_token = tokens.refresh_token
            self._say(self.tr("Signed in. Press Connect to finish."))

        def failed(exc):
            self.sign_in.setEnabled(True)
            self._say(getattr(exc, "message", None) or str(exc), error=True)
        self.runner.run(work, on_success=done, on_failure=failed, key="oauth")

    def _mastodon_sign_in(self) -> None:
        """Register Svarbox on the server with this run's loopback redirect (Mastodon compares
        redirect URIs exactly), open the server's consent page, exchange the code; the token
        goes into the field and from there only to the keychain (Connect)."""
        server = self.base_url.text().strip()
        if not server:
            self._say(self.tr("Enter the Mastodon server's address under API address first, for example "
                              "https://social.example.dk."), error=True)
            self.base_url.setFocus()
            return
        self._say(self.tr("Waiting for the browser… approve Svarbox there."))
        self.sign_in.setEnabled(False)
        open_browser = self.open_browser

        def done(token: str) -> None:
            self.sign_in.setEnabled(True)
            self.token.setText(token)
            self._refresh_token = None      # Mastodon's tokens do not expire; nothing to renew
            self._say(self.tr("Signed in. Press Connect to finish."))

        def failed(exc) -> None:
            self.sign_in.setEnabled(True)
            self._say(getattr(exc, "message", None) or str(exc), error=True)
        self.runner.run(lambda: accounts.mastodon_browser_sign_in(server, open_browser, timeout=300),
                        on_success=done, on_failure=failed, key="oauth")

    def submit(self) -> None:
        platform = self.platform.currentData()
        values = dict(platform=platform, name=self.name.text().strip(), token=self.token.text().strip(),
                      institution=self.institution.currentText().strip() or None,
                      external_id=self.external_id.text().strip() or None,
                      handle=self.handle.text().strip() or None, base_url=self.base_url.text().strip() or None,
                      policy=self.policy.text().strip() or None, country=self.country.currentData(),
                      refresh_token=self._refresh_token,
                      oauth={"client_id": self.client_id.text().strip()} if self._refresh_token else None,
                      client_secret=self.setup.secret() if self._refresh_token else None)
        settings = self.setup.options()
        if platform == "instagram" and settings.get("login") == "instagram":
            # Checked at graph.instagram.com from the start; the token's age counts from the sign-in.
            values["options"] = {"login": "instagram", **({"token_obtained_at": self.token_obtained_at}
                                                          if self.token_obtained_at else {})}
        if not values["name"]:
            self._say(self.tr("Give the account a name."), error=True)
            return
        if not values["token"]:
            self._say(self.tr("Paste an access token or sign in with the browser."), error=True)
            return
        self.connect_button.setEnabled(False)
        self._say(self.tr("Checking the token with the platform…"))
        ws = self.ws

        def work():
            from app.services import platform_options
            platform_options.validate(**settings)     # refuse a bad setting before connecting
            info = accounts.add_account(ws, **values)
            if settings:
                platform_options.set_options(ws, info.name, **settings)
            return info

        def done(info):
            self.token.clear()
            self._say(self.tr("Connected {name}.").format(name=info.name))
            self.connected.emit(info.id)
            self.accept()

        def failed(exc):
            self.connect_button.setEnabled(True)
            message = known_message(exc)
            if message is not None:
                self._say(message, error=True)
            else:
                self._say(self.tr("Something went wrong: {what}").format(what=type(exc).__name__), error=True)
        self.runner.run(work, on_success=done, on_failure=failed, key="connect-account")

    def done(self, result: int) -> None:   # noqa: D401 - QDialog.done
        self.token.clear()                 # the token does not linger in a closed dialog
        self.setup.clear_secret()
        self.meta.clear()
        self.mastodon_code.clear()
        super().done(result)
