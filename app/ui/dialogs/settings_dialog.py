"""The settings dialog, rendered from the one declaration ``app.config.SETTINGS``.

Every declared setting becomes a row: its editor follows ``kind`` and ``choices``, its label
and description come from the declaration, and its ``validate`` refuses bad values with a
sentence shown right under the field (warning icon + red text, also given to screen readers).
OK stays disabled while any field is refused. A setting added to SETTINGS shows up here with
no change to this file; ``PAGES`` only decides which tab each group sits on.

The Accounts tab edits each account's response policy, follow-up policy and work calendar
through ``app.services.account_settings``. When saving changes an account's deadlines, the
dialog emits ``needsRecompute(account_id)``: the main window runs the recompute off the GUI
thread. Choosing a language applies it at once (``app.i18n.install`` + ``languageChanged``);
Cancel puts the previous language back.
"""
from __future__ import annotations

import logging
import sys
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import i18n
from app.config import SETTINGS, Setting
from app.errors import KnownError
from app.services import account_settings as svc
from app.ui import icons
from app.ui.dialogs.account_editor import CTX, AccountEditor, FieldMessage, _secondary, _tr  # noqa: F401 - shared helpers
from app.ui.widgets.policy_lock import mark_locked

log = logging.getLogger(__name__)

# Which groups share a tab, in order. A group not listed gets a tab of its own at the end.
PAGES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("personal", QT_TRANSLATE_NOOP("SettingsDialog", "Personal"), ("profile", "sync", "notifications")),
    ("team", QT_TRANSLATE_NOOP("SettingsDialog", "Team rules"), ("privacy", "policies")),
    ("database", QT_TRANSLATE_NOOP("SettingsDialog", "Database"), ("team",)),
)
GROUP_TITLES = {
    "profile": QT_TRANSLATE_NOOP("SettingsDialog", "Profile"),
    "sync": QT_TRANSLATE_NOOP("SettingsDialog", "Synchronisation"),
    "notifications": QT_TRANSLATE_NOOP("SettingsDialog", "Notifications"),
    "privacy": QT_TRANSLATE_NOOP("SettingsDialog", "Privacy"),
    "policies": QT_TRANSLATE_NOOP("SettingsDialog", "Response policies and referrals"),
    "team": QT_TRANSLATE_NOOP("SettingsDialog", "Team database"),
}
# Languages are named in their own language, so anyone can find theirs whatever is showing.
def system_choice_label(platform: str = sys.platform) -> str:
    """"Use the system's language" in the words of the OS it runs on: no "Windows" on Linux."""
    if platform.startswith("win"):
        return QT_TRANSLATE_NOOP("SettingsDialog", "Same as Windows")
    if platform == "darwin":
        return QT_TRANSLATE_NOOP("SettingsDialog", "Same as macOS")
    return QT_TRANSLATE_NOOP("SettingsDialog", "Same as the system")


CHOICE_LABELS = {
    ("user.language", ""): system_choice_label(),
    ("user.language", "da"): "Dansk",
    ("user.language", "sv"): "Svenska",
    ("user.language", "en"): "English",
}
SHARED_NOTE = QT_TRANSLATE_NOOP("SettingsDialog", "Applies to everyone on the team.")


def _label_text(setting: Setting) -> str:
    # Declared labels are English sources; context "Settings" (see app.config).
    return QCoreApplication.translate("Settings", setting.label)


def _description_text(setting: Setting) -> str:
    parts = [QCoreApplication.translate("Settings", setting.description)] if setting.description else []
    if setting.scope == "shared":
        parts.append(_tr(SHARED_NOTE))
    return " ".join(parts)


class SettingField:
    """One declared setting: its editor, the label, the description and the message."""

    def __init__(self, setting: Setting, parent: QWidget):
        self.setting = setting
        key = setting.key
        name = key.replace(".", "_")
        self.container = QWidget(parent)
        self.container.setObjectName(f"{name}Row")
        lay = QVBoxLayout(self.container)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        self.label = QLabel(parent)
        self.label.setObjectName(f"{name}Label")
        self.editor = self._make_editor(setting, self.container)
        self.editor.setObjectName(f"{name}Edit")
        self.label.setBuddy(self.editor)
        lay.addWidget(self.editor)
        self.message = FieldMessage(name, self.container)
        lay.addWidget(self.message)
        self.hint = _secondary(QLabel(self.container))
        self.hint.setObjectName(f"{name}Hint")
        lay.addWidget(self.hint)
        self.message.attach(self.editor)
        self.retranslate()

    def _make_editor(self, setting: Setting, parent: QWidget) -> QWidget:
        if setting.kind is bool:
            return QCheckBox(parent)
        if setting.choices:
            combo = QComboBox(parent)
            for value in setting.choices:
                combo.addItem(str(value), value)
            return combo
        if setting.kind is int:
            spin = QSpinBox(parent)
            spin.setRange(0, 1_000_000)   # the declared validator says what is sensible
            spin.setMinimumWidth(120)
            spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            return spin
        edit = QLineEdit(parent)
        edit.setMinimumWidth(360)
        edit.setMaximumWidth(620)     # long lines are hard to read; the hint wraps below
        return edit

    # --- value

    def value(self) -> Any:
        e = self.editor
        if isinstance(e, QCheckBox):
            return e.isChecked()
        if isinstance(e, QComboBox):
            return e.currentData()
        if isinstance(e, QSpinBox):
            return e.value()
        return e.text().strip()

    def set_value(self, value: Any) -> None:
        e = self.editor
        if isinstance(e, QCheckBox):
            e.setChecked(bool(value))
        elif isinstance(e, QComboBox):
            index = e.findData(value)
            if index < 0:            # a value the declaration does not list: keep it visible
                e.addItem(str(value), value)
                index = e.count() - 1
            e.setCurrentIndex(index)
        elif isinstance(e, QSpinBox):
            try:
                e.setValue(int(value))
            except (TypeError, ValueError):
                e.setValue(int(self.setting.default))
        else:
            e.setText("" if value is None else str(value))

    def connect(self, slot) -> None:
        e = self.editor
        if isinstance(e, QCheckBox):
            e.toggled.connect(slot)
        elif isinstance(e, QComboBox):
            e.currentIndexChanged.connect(slot)
        elif isinstance(e, QSpinBox):
            e.valueChanged.connect(slot)
        else:
            e.textChanged.connect(slot)

    def validate(self) -> str | None:
        error = svc.setting_error(self.setting.key, self.value())
        self.message.set_message(error)
        return error

    def retranslate(self) -> None:
        text = _label_text(self.setting)
        description = _description_text(self.setting)
        if isinstance(self.editor, QCheckBox):
            self.editor.setText(text)
            self.label.setText("")
        else:
            self.label.setText(text + ":")
        self.editor.setAccessibleName(text)
        self.message.set_description(description)
        self.editor.setToolTip(description)
        self.hint.setText(description)
        self.hint.setVisible(bool(description))
        if isinstance(self.editor, QComboBox):
            for i in range(self.editor.count()):
                value = self.editor.itemData(i)
                source = CHOICE_LABELS.get((self.setting.key, value))
                self.editor.setItemText(i, _tr(source) if source else str(value))


# --- the accounts page -------------------------------------------------------------------

class SettingsDialog(QDialog):
    """Settings of this user, of the team and of each account.

    Signals: ``languageChanged(str)`` with the language now showing (also on Cancel, when it
    goes back); ``needsRecompute(int, object)`` per account whose deadlines must be recomputed
    (with the changed dates, or None for all), after the save; ``settingsSaved(list)`` with the
    keys of the declared settings that changed."""

    languageChanged = Signal(str)
    needsRecompute = Signal(int, object)    # account id, the changed dates or None (all)
    settingsSaved = Signal(list)

    def __init__(self, ws, parent: QWidget | None = None, *, actor: str | None = None):
        super().__init__(parent)
        self.ws = ws
        self.actor = actor or ws.user
        self.setObjectName("settingsDialog")
        self.setSizeGripEnabled(True)
        self.effective = svc.effective(ws)   # value and source; IT's locked values greyed out
        values = {key: e.value for key, e in self.effective.items()}
        self._language_at_open = i18n.current_language()
        self._language_value_at_open = values.get("user.language", "")

        lay = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        self.tabs.setDocumentMode(False)
        lay.addWidget(self.tabs, 1)

        self.fields: dict[str, SettingField] = {}
        self.group_boxes: dict[str, QGroupBox] = {}
        self._pages: list[tuple[str, str | None, QWidget]] = []   # (page key, title source, widget)
        self._field_page: dict[str, QWidget] = {}
        by_group: dict[str, list[Setting]] = {}
        for setting in SETTINGS:
            if setting.scope == "machine":   # only IT's policy sets these: see `svarbox config show`
                continue
            by_group.setdefault(setting.group, []).append(setting)
        listed = {g for _, _, groups in PAGES for g in groups}
        pages = [p for p in PAGES if any(g in by_group for g in p[2])]
        pages += [(g, None, (g,)) for g in by_group if g not in listed]
        for page_key, title, groups in pages:
            if page_key == "database":
                self._add_accounts_page()   # accounts before the rarely touched database page
            page = self._settings_page(page_key, [(g, by_group[g]) for g in groups if g in by_group], values)
            self._pages.append((page_key, title, page))
            self.tabs.addTab(page, "")
        if not hasattr(self, "accounts_page"):
            self._add_accounts_page()

        self.save_message = FieldMessage("save", self)
        lay.addWidget(self.save_message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.setObjectName("settingsButtons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)

        for field in self.fields.values():
            field.connect(lambda *_a, f=field: self._field_changed(f))
        language = self.fields.get("user.language")
        if language is not None:
            language.connect(self._language_picked)
        self.retranslate()
        for field in self.fields.values():
            field.validate()
        self._update_ok()
        self.resize(960, 700)

    # --- building

    def _settings_page(self, page_key: str, groups, values) -> QWidget:
        scroll = QScrollArea(self.tabs)
        scroll.setObjectName(f"{page_key}Page")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner = QWidget(scroll)
        inner.setObjectName(f"{page_key}PageBody")
        lay = QVBoxLayout(inner)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.setSpacing(12)
        for group, settings in groups:
            box = QGroupBox(inner)
            box.setObjectName(f"{group}Group")
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            form.setVerticalSpacing(10)
            for setting in settings:
                field = SettingField(setting, box)
                field.set_value(values.get(setting.key, setting.default))
                if self.effective[setting.key].locked:
                    mark_locked(field, self.effective[setting.key].set_by)
                form.addRow(field.label, field.container)
                self.fields[setting.key] = field
                self._field_page[setting.key] = scroll
            self.group_boxes[group] = box
            lay.addWidget(box)
        lay.addStretch(1)
        scroll.setWidget(inner)
        return scroll

    def _add_accounts_page(self) -> None:
        page = QWidget(self.tabs)
        page.setObjectName("accountsPage")
        lay = QHBoxLayout(page)
        lay.setContentsMargins(8, 8, 8, 8)
        self.account_list = QListWidget(page)
        self.account_list.setObjectName("accountList")
        self.account_list.setIconSize(QSize(20, 20))
        self.account_list.setMaximumWidth(230)
        self.account_list.setMinimumWidth(170)
        self.account_stack = QStackedWidget(page)
        self.account_editors: dict[int, AccountEditor] = {}
        accounts = svc.list_account_settings(self.ws)
        from app.services.outbound import publishers
        from app.ui.widgets import publisher_box
        who, courses = publishers.load(self.ws), publishers.course_choices()
        for account in accounts:
            editor = AccountEditor(account, self._update_ok)
            publisher_box.attach(editor, self.ws, who[account.id], courses, self.actor)   # issue 19
            scroll = QScrollArea(self.account_stack)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            scroll.setWidget(editor)
            self.account_stack.addWidget(scroll)
            item = QListWidgetItem(icons.platform_icon(account.platform), account.name)
            item.setData(Qt.ItemDataRole.UserRole, account.id)
            self.account_list.addItem(item)
            self.account_editors[account.id] = editor
        self.no_accounts = QLabel(page)
        self.no_accounts.setWordWrap(True)
        self.no_accounts.setVisible(not accounts)
        self.account_list.currentRowChanged.connect(self.account_stack.setCurrentIndex)
        if accounts:
            self.account_list.setCurrentRow(0)
            lay.addWidget(self.account_list)
            lay.addWidget(self.account_stack, 1)
        else:
            self.account_list.hide()
            self.account_stack.hide()
            lay.addWidget(self.no_accounts, 1, Qt.AlignmentFlag.AlignTop)
        self.accounts_page = page
        self._pages.append(("accounts", QT_TRANSLATE_NOOP("SettingsDialog", "Accounts"), page))
        self.tabs.addTab(page, "")

    # --- behaviour

    def field(self, key: str) -> SettingField:
        return self.fields[key]

    def account_editor(self, account_id: int) -> AccountEditor:
        return self.account_editors[account_id]

    def show_page(self, key: str) -> None:
        """Bring a tab forward by page key (personal, team, accounts, database)."""
        for page_key, _title, widget in self._pages:
            if page_key == key:
                self.tabs.setCurrentWidget(widget)

    def _field_changed(self, field: SettingField) -> None:
        field.validate()
        self.save_message.set_message(None)
        self._update_ok()

    def _language_picked(self, *_args) -> None:
        """Show the chosen language at once, so someone who cannot read the current one sees
        the result straight away (Cancel switches back)."""
        code = self.fields["user.language"].value() or None
        self._install_language(code)

    def _install_language(self, code: str | None) -> None:
        if code is not None and code not in i18n.LANGUAGES:
            return
        language = i18n.install(code)
        app = QApplication.instance()
        if app is not None:   # install() only announces a change when a translator came or went
            QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
        self.retranslate()
        self.languageChanged.emit(language)

    def errors(self) -> dict[str, str]:
        """Every refused value: setting key or "account:<id>" to the first message."""
        out = {key: f.message.message() for key, f in self.fields.items() if f.message.message()}
        for account_id, editor in getattr(self, "account_editors", {}).items():
            messages = editor.error_messages()
            if messages:
                out[f"account:{account_id}"] = messages[0]
        return out

    def _update_ok(self) -> None:
        errors = self.errors()
        self.ok_button.setEnabled(not errors)
        self.ok_button.setToolTip(self.tr("Correct the marked fields first.") if errors else "")
        warn = icons.state_icon("warning")
        for page_key, _title, widget in self._pages:
            if page_key == "accounts":
                bad = any(k.startswith("account:") for k in errors)
            else:
                bad = any(self._field_page.get(k) is widget for k in errors)
            self.tabs.setTabIcon(self.tabs.indexOf(widget), warn if bad else QIcon())
        for row in range(self.account_list.count() if hasattr(self, "account_list") else 0):
            item = self.account_list.item(row)
            account_id = item.data(Qt.ItemDataRole.UserRole)
            editor = self.account_editors[account_id]
            item.setIcon(warn if editor.has_errors() else icons.platform_icon(editor.account.platform))

    def accept(self) -> None:
        if self.errors():
            self._update_ok()
            return
        values = {key: field.value() for key, field in self.fields.items()}
        try:
            changed = svc.save_settings(self.ws, values, self.actor)
        except KnownError as exc:
            self.save_message.set_message(exc.message)
            return
        recompute = []
        for account_id, editor in self.account_editors.items():
            try:
                scope = svc.save_account_policy(self.ws, account_id, editor.policy(), editor.followup_policy(),
                                                editor.calendar_dict(), self.actor)
                if scope is not None:
                    recompute.append(scope)
            except svc.AccountSettingsError as exc:
                editor.show_error(exc.field, exc.message)
                self._show_account(account_id)
                self._update_ok()
                return
            except KnownError as exc:
                self.save_message.set_message(exc.message)
                return
        from app.services.outbound import publishers
        for account_id, editor in self.account_editors.items():
            box = editor.publisher_box
            try:
                if box.is_changed() and publishers.save(self.ws, account_id, box.names(), box.course_pack(),
                                                        self.actor):
                    box.mark_saved()
            except KnownError as exc:
                self._show_account(account_id)
                self.save_message.set_message(exc.message)
                return
        log.info("settings saved: %s; deadlines to recompute for accounts %s", changed,
                 [scope.account_id for scope in recompute])
        self._language_value_at_open = values.get("user.language", self._language_value_at_open)
        self._language_at_open = i18n.current_language()
        super().accept()
        self.settingsSaved.emit(changed)
        for scope in recompute:
            self.needsRecompute.emit(scope.account_id, scope.days)

    def reject(self) -> None:
        if i18n.current_language() != self._language_at_open:
            self._install_language(self._language_value_at_open or None)
        super().reject()

    def _show_account(self, account_id: int) -> None:
        self.show_page("accounts")
        for row in range(self.account_list.count()):
            if self.account_list.item(row).data(Qt.ItemDataRole.UserRole) == account_id:
                self.account_list.setCurrentRow(row)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.windowTitle())
        for page_key, title, widget in self._pages:
            text = _tr(title) if title else page_key.replace("_", " ").capitalize()
            self.tabs.setTabText(self.tabs.indexOf(widget), text)
        for group, box in self.group_boxes.items():
            source = GROUP_TITLES.get(group)
            box.setTitle(_tr(source) if source else group.replace("_", " ").capitalize())
        for field in self.fields.values():
            field.retranslate()
        self.account_list.setAccessibleName(self.tr("Accounts"))
        self.no_accounts.setText(self.tr("No accounts are connected yet. Connect one with File → Connect an account; "
                                         "its response policy and work calendar can then be set here."))
        for editor in self.account_editors.values():
            editor.retranslate()
        self.ok_button.setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
