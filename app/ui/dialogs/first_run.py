"""The first ten minutes: who is writing, for which unit, in which language, where cases go.

Shown at the first start (no name yet) and whenever a reply or an export needs the person's
name and none is set. Public replies are signed with this name, never with the OS login.
After the first start the dialog offers the demo workspace or connecting a real account.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from app.errors import KnownError
from app.services import profile
from app.services.content.signatures import render_signature

LANGUAGES = (("", "System language"), ("da", "Dansk"), ("sv", "Svenska"), ("en", "English"))


class FirstRunDialog(QDialog):
    """``mode="welcome"``: the first start, ends with "demo" or "connect" in ``choice``.
    ``mode="name"``: only the profile, asked before a reply or an export."""

    def __init__(self, ws, parent=None, *, mode: str = "welcome", case_channel: str = ""):
        super().__init__(parent)
        self.ws = ws
        self.mode = mode
        self.choice: str | None = None
        self.setObjectName("firstRunDialog")
        self.setWindowTitle(self.tr("Welcome to Svarbox") if mode == "welcome" else self.tr("Your name"))
        self.setModal(True)
        self.setMinimumWidth(540)   # room for the examples in the fields, in Danish and Swedish
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Before your first reply: your name signs every public reply and every case export, "
            "so citizens and colleagues see who answered.") if mode == "welcome" else self.tr(
            "Replies and case exports are signed with your name. Enter it to continue."), self)
        intro.setObjectName("firstRunIntro")
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        lay.addWidget(intro)

        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("firstRunName")
        self.name_edit.setPlaceholderText(self.tr("e.g. Mette Jensen"))
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setText(ws.settings.get("user.name") or "")
        form.addRow(self.tr("Your &name:"), self.name_edit)
        self.unit_edit = QLineEdit(self)
        self.unit_edit.setObjectName("firstRunUnit")
        self.unit_edit.setPlaceholderText(self.tr("e.g. Viborg Kommune – Kommunikation"))
        self.unit_edit.setAccessibleName(self.tr("Unit or organisation"))
        self.unit_edit.setText(ws.settings.get(profile.UNIT_KEY) or "")
        form.addRow(self.tr("&Unit or organisation:"), self.unit_edit)
        self.language_box = QComboBox(self)
        self.language_box.setObjectName("firstRunLanguage")
        self.language_box.setAccessibleName(self.tr("Language"))
        for code, label in LANGUAGES:
            self.language_box.addItem(self.tr("System language") if code == "" else label, code)
        current = ws.settings.get("user.language") or ""
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(current)))
        form.addRow(self.tr("&Language:"), self.language_box)
        self.case_edit = QLineEdit(self)
        self.case_edit.setObjectName("firstRunCaseChannel")
        self.case_edit.setPlaceholderText(self.tr("e.g. viborg.dk/kontakt or 87 87 87 87"))
        self.case_edit.setAccessibleName(self.tr("Official case channel"))
        self.case_edit.setText(case_channel or "")
        form.addRow(self.tr("Official &case channel:"), self.case_edit)
        lay.addLayout(form)

        self.preview = QLabel(self)
        self.preview.setObjectName("firstRunSignaturePreview")
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setWordWrap(True)
        lay.addWidget(self.preview)
        self.error = QLabel(self)
        self.error.setObjectName("firstRunError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.hide()
        lay.addWidget(self.error)

        buttons = QDialogButtonBox(self)
        if mode == "welcome":
            self.demo_button = QPushButton(self.tr("Try the &demo workspace"), self)
            self.demo_button.setObjectName("firstRunDemo")
            self.demo_button.setToolTip(self.tr("Practise on made-up messages; nothing reaches a platform"))
            self.connect_button = QPushButton(self.tr("&Connect an account…"), self)
            self.connect_button.setObjectName("firstRunConnect")
            self.connect_button.setToolTip(self.tr("Connect your Facebook page, Instagram, X, LinkedIn or YouTube"))
            buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.AcceptRole)
            buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.demo_button.clicked.connect(lambda: self._finish("demo"))
            self.connect_button.clicked.connect(lambda: self._finish("connect"))
            self.demo_button.setDefault(True)
        else:
            save = buttons.addButton(QDialogButtonBox.StandardButton.Save)
            save.setObjectName("firstRunSave")
            save.clicked.connect(lambda: self._finish("save"))
            save.setDefault(True)
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel).clicked.connect(self.reject)
        lay.addWidget(buttons)
        self.name_edit.textChanged.connect(self._update_preview)
        self.unit_edit.textChanged.connect(self._update_preview)
        self._update_preview()
        self.name_edit.setFocus()

    def _update_preview(self) -> None:
        name = " ".join(self.name_edit.text().split())
        if not name:
            self.preview.setText(self.tr("Your replies cannot be sent until your name is set."))
            return
        signature = render_signature(self.ws.settings.get("user.signature"), name,
                                     self.unit_edit.text().strip() or None)
        self.preview.setText(self.tr("Your replies will end with: {signature}").format(signature=signature))

    def _finish(self, choice: str) -> None:
        try:
            profile.save_profile(self.ws, name=self.name_edit.text(), unit=self.unit_edit.text(),
                                 language=self.language_box.currentData() or "",
                                 case_channel=self.case_edit.text())
        except KnownError as exc:
            self.error.setText(exc.message)
            self.error.show()
            self.name_edit.setFocus()
            return
        self.choice = choice
        self.accept()


def run_first_run(ws, parent=None) -> str | None:
    """At start-up: the dialog when it is due. Returns "demo", "connect" or None (not shown or
    closed; the name is asked again before the first reply)."""
    if not profile.needs_first_run(ws):
        return None
    dialog = FirstRunDialog(ws, parent, case_channel=_case_channel(ws))
    dialog.exec()
    return dialog.choice


def ensure_person_name(window) -> bool:
    """Before a public reply or an export: True when the person's name is set, else ask for it.
    Setting it re-renders the open item's signature, so the preview shows the real name before
    anything is sent (the person presses Send again)."""
    ws = window.ws
    if ws.person_name:
        return True
    dialog = FirstRunDialog(ws, window, mode="name", case_channel=_case_channel(ws))
    if dialog.exec() != QDialog.DialogCode.Accepted or not ws.person_name:
        window.statusBar().showMessage(profile.missing_name_message(), 8000)
        return False
    window.user = ws.person_name
    item_id = window.composer.item_id
    if item_id is not None:
        window.inbox._show_item(item_id, force=True)
    window.statusBar().showMessage(window.tr(
        "Your name is set. Check the signature in the preview, then send."), 8000)
    return False


def _case_channel(ws) -> str:
    try:
        from app.services.team.shared_settings import setting_value
        return str(setting_value(ws, "org.case_channel") or "")
    except Exception:  # the team database may be away; the field just starts empty
        return ""
