"""Platform-specific parts of connecting and configuring an account, kept out of the big dialogs:

- X: the exact callback URLs to register in the X app (X refuses any other), the keywords, the
  switch that turns keyword monitoring on (each post read is paid), and a rough monthly cost.
- YouTube: the desktop client's secret (Google's token endpoint requires it) and the warning that
  an app left in "Testing" loses its refresh token after 7 days.
- LinkedIn: the API version (empty = the version Svarbox pins).
- Facebook: whether the Page has Messenger's HUMAN_AGENT permission (answers up to 7 days).

``PlatformSetupPanel`` is embedded in the connect dialog; ``PlatformSettingsDialog`` changes the
same settings of an existing account through ``app.services.platform_options``.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


def _x_callbacks() -> list[str]:
    from app.connectors.oauth import PROVIDERS, redirect_uris  # lazily: keeps HTTP out of UI start-up
    return redirect_uris(PROVIDERS["x"])


def _pinned_linkedin_version() -> str:
    from app.connectors.linkedin import LINKEDIN_VERSION
    return LINKEDIN_VERSION


def _label(text: str, parent: QWidget, name: str) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName(name)
    return label


class PlatformSetupPanel(QWidget):
    """The fields that only some platforms need; ``set_platform`` shows the right ones."""

    def __init__(self, parent: QWidget | None = None, *, for_new_account: bool = True):
        super().__init__(parent)
        self.setObjectName("platformSetup")
        self.platform = ""
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self._rows: dict[str, list[QWidget]] = {"x": [], "youtube": [], "linkedin": [], "facebook": [],
                                                "instagram": []}

        def row(platform: str, label: str | None, widget: QWidget, description: str) -> None:
            widget.setAccessibleName(label or description)
            widget.setAccessibleDescription(description)
            widget.setToolTip(description)
            if label:
                caption = QLabel(label, self)
                form.addRow(caption, widget)
                self._rows[platform].append(caption)
            else:
                form.addRow(widget)
            self._rows[platform].append(widget)

        # X -------------------------------------------------------------------------------
        if for_new_account:
            self.x_callbacks_intro = _label(self.tr(
                "X only returns to addresses registered exactly in your X app. Under User authentication "
                "settings > Callback URI, register all of these:"), self, "xCallbacksIntro")
            row("x", None, self.x_callbacks_intro, self.tr("Callback URLs to register at X"))
            self.x_callbacks = QPlainTextEdit("\n".join(_x_callbacks()), self)
            self.x_callbacks.setReadOnly(True)
            self.x_callbacks.setObjectName("xCallbacks")
            self.x_callbacks.setMaximumHeight(70)
            row("x", None, self.x_callbacks, self.tr("Callback URLs to register at X"))
        self.keywords = QLineEdit(self)
        self.keywords.setObjectName("xKeywords")
        self.keywords.setPlaceholderText(self.tr("For example: svømmehal, Viborg Kommune"))
        row("x", self.tr("Keywords"), self.keywords, self.tr("Comma-separated searches on X"))
        self.monitoring = QCheckBox(self.tr("Monitor the keywords (X charges for every post it returns)"), self)
        self.monitoring.setObjectName("xMonitoring")
        row("x", None, self.monitoring, self.tr("Keyword monitoring"))
        self.mentions_day = QSpinBox(self)
        self.hits_day = QSpinBox(self)
        self.replies_day = QSpinBox(self)
        for spin, value, name in ((self.mentions_day, 10, "xMentionsPerDay"), (self.hits_day, 50, "xHitsPerDay"),
                                  (self.replies_day, 5, "xRepliesPerDay")):
            spin.setRange(0, 100000)
            spin.setValue(value)
            spin.setObjectName(name)
            spin.valueChanged.connect(self._update_cost)
        row("x", self.tr("Mentions a day"), self.mentions_day, self.tr("Expected mentions of the account a day"))
        row("x", self.tr("Keyword hits a day"), self.hits_day, self.tr("Expected posts found by the keywords a day"))
        row("x", self.tr("Replies a day"), self.replies_day, self.tr("Expected replies from Svarbox a day"))
        self.cost = _label("", self, "xCost")
        row("x", None, self.cost, self.tr("Estimated monthly cost at X"))
        self.x_reply_rule = _label(self.tr(
            "Since February 2026 X lets apps reply only to posts that mention or quote the account. Keyword "
            "hits that do not are shown as \"answer on X\"."), self, "xReplyRule")
        row("x", None, self.x_reply_rule, self.tr("X's reply rule"))
        self.monitoring.toggled.connect(self._update_cost)
        # YouTube ---------------------------------------------------------------------------
        if for_new_account:
            self.client_secret = QLineEdit(self)
            self.client_secret.setEchoMode(QLineEdit.EchoMode.Password)
            self.client_secret.setObjectName("clientSecret")
            row("youtube", self.tr("App client secret"), self.client_secret,
                self.tr("The desktop OAuth client's secret from Google Cloud; kept in the keychain"))
            self.testing_warning = _label(self.tr(
                "If the Google app's publishing status is \"Testing\", Google withdraws the sign-in after "
                "7 days and the account must be connected again. Publish the app (\"In production\") "
                "to keep it connected."), self, "youtubeTestingWarning")
            row("youtube", None, self.testing_warning, self.tr("Google's 7-day limit for apps in Testing"))
        else:
            self.client_secret = None
        # LinkedIn --------------------------------------------------------------------------
        self.linkedin_version = QLineEdit(self)
        self.linkedin_version.setObjectName("linkedinVersion")
        self.linkedin_version.setPlaceholderText(_pinned_linkedin_version())
        row("linkedin", self.tr("LinkedIn API version"), self.linkedin_version,
            self.tr("Leave empty for the version Svarbox is tested with"))
        # Facebook --------------------------------------------------------------------------
        self.human_agent = QCheckBox(self.tr("The Page has Messenger's Human Agent permission (answers up to 7 days)"),
                                     self)
        self.human_agent.setObjectName("humanAgent")
        row("facebook", None, self.human_agent, self.tr("Messenger human agent tag"))
        # Instagram ------------------------------------------------------------------------
        self.instagram_login = QCheckBox(self.tr("The token comes from Instagram Login (graph.instagram.com); "
                                                 "Svarbox renews it before its 60 days run out"), self)
        self.instagram_login.setObjectName("instagramLogin")
        row("instagram", None, self.instagram_login, self.tr("Instagram Login"))
        self.page_id = QLineEdit(self)
        self.page_id.setObjectName("instagramPageId")
        row("instagram", self.tr("Linked Facebook Page id"), self.page_id,
            self.tr("Needed for private replies with Facebook Login"))
        self._update_cost()
        self.set_platform("")

    def set_platform(self, platform: str) -> None:
        self.platform = platform or ""
        for key, widgets in self._rows.items():
            for widget in widgets:
                widget.setVisible(key == self.platform)

    def _update_cost(self, *_args) -> None:
        from app.connectors.x import monthly_cost_estimate
        usd = monthly_cost_estimate(self.mentions_day.value(), self.hits_day.value(), self.replies_day.value(),
                                    self.monitoring.isChecked())
        self.cost.setText(self.tr("Rough cost at X: about {usd} US dollars a month (X's pay-per-use prices; "
                                  "check your X developer console).").format(usd=f"{usd:.2f}"))

    def load(self, options: dict) -> None:
        keywords = options.get("keywords") or []
        self.keywords.setText(", ".join(keywords) if isinstance(keywords, list) else str(keywords))
        self.monitoring.setChecked(bool(options.get("keyword_monitoring")))
        self.linkedin_version.setText(str(options.get("linkedin_version") or ""))
        self.human_agent.setChecked(bool(options.get("human_agent")))
        self.instagram_login.setChecked(options.get("login") == "instagram")
        self.page_id.setText(str(options.get("page_id") or ""))

    def options(self) -> dict:
        """The settings of the chosen platform, as ``platform_options.set_options`` takes them."""
        if self.platform == "x":
            return {"keywords": self.keywords.text(), "keyword_monitoring": self.monitoring.isChecked()}
        if self.platform == "linkedin":
            return {"linkedin_version": self.linkedin_version.text().strip()}
        if self.platform == "facebook":
            return {"human_agent": self.human_agent.isChecked()}
        if self.platform == "instagram":
            return {"login": "instagram" if self.instagram_login.isChecked() else "facebook",
                    "page_id": self.page_id.text().strip()}
        return {}

    def secret(self) -> str | None:
        if self.platform == "youtube" and self.client_secret is not None:
            return self.client_secret.text().strip() or None
        return None

    def clear_secret(self) -> None:
        if self.client_secret is not None:
            self.client_secret.clear()


class PlatformSettingsDialog(QDialog):
    """Change an existing account's platform settings (X keywords, LinkedIn version, ...)."""

    def __init__(self, ws, runner, account_name: str, platform: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ws, self.runner, self.account_name = ws, runner, account_name
        self.setWindowTitle(self.tr("Platform settings: {name}").format(name=account_name))
        self.setObjectName("platformSettingsDialog")
        layout = QVBoxLayout(self)
        self.panel = PlatformSetupPanel(self, for_new_account=False)
        self.panel.set_platform(platform)
        layout.addWidget(self.panel)
        self.message = _label("", self, "platformSettingsMessage")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        from app.services import platform_options
        self.loaded = False

        def loaded(options):
            self.panel.load(options)
            self.loaded = True
        self.runner.run(lambda: platform_options.get_options(ws, account_name), on_success=loaded,
                        on_failure=lambda exc: self.message.setText(getattr(exc, "message", str(exc))))

    def save(self) -> None:
        from app.services import platform_options
        changes = self.panel.options()
        if not changes:
            self.accept()
            return
        ws, name = self.ws, self.account_name

        def failed(exc):
            self.message.setText(getattr(exc, "message", None) or str(exc))
        self.runner.run(lambda: platform_options.set_options(ws, name, **changes),
                        on_success=lambda _options: self.accept(), on_failure=failed)
