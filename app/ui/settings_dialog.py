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
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QSize, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QFont, QIcon
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox, QDateEdit, QDialog,
                               QDialogButtonBox, QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QScrollArea,
                               QSizePolicy, QSpinBox, QStackedWidget, QTabWidget, QVBoxLayout,
                               QWidget)

from app import i18n
from app.config import SETTINGS, Setting
from app.errors import KnownError
from app.services import account_settings as svc
from app.ui import icons, theme
from app.ui.policy_lock import mark_locked

log = logging.getLogger(__name__)
CTX = "SettingsDialog"

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
CHOICE_LABELS = {
    ("user.language", ""): QT_TRANSLATE_NOOP("SettingsDialog", "Same as Windows"),
    ("user.language", "da"): "Dansk",
    ("user.language", "sv"): "Svenska",
    ("user.language", "en"): "English",
}
CATEGORY_LABELS = {
    "public": QT_TRANSLATE_NOOP("SettingsDialog", "Public holidays"),
    "optional": QT_TRANSLATE_NOOP("SettingsDialog", "Optional holidays"),
    "de_facto": QT_TRANSLATE_NOOP("SettingsDialog", "De facto holidays"),
    "bank": QT_TRANSLATE_NOOP("SettingsDialog", "Bank holidays"),
    "school": QT_TRANSLATE_NOOP("SettingsDialog", "School holidays"),
    "half_day": QT_TRANSLATE_NOOP("SettingsDialog", "Half days"),
    "unofficial": QT_TRANSLATE_NOOP("SettingsDialog", "Unofficial holidays"),
    "workday": QT_TRANSLATE_NOOP("SettingsDialog", "Working-day observances"),
    "catholic": QT_TRANSLATE_NOOP("SettingsDialog", "Catholic holidays"),
    "government": QT_TRANSLATE_NOOP("SettingsDialog", "Government holidays"),
}
# Examples as tooltips and accessible descriptions: short labels keep the page narrow.
CATEGORY_EXAMPLES = {
    ("DK", "optional"): QT_TRANSLATE_NOOP("SettingsDialog", "Constitution Day, Christmas Eve, New Year's Eve"),
    ("SE", "de_facto"): QT_TRANSLATE_NOOP("SettingsDialog", "Midsummer Eve, Christmas Eve, New Year's Eve"),
}
SHARED_NOTE = QT_TRANSLATE_NOOP("SettingsDialog", "Applies to everyone on the team.")
POLICY_HINT = QT_TRANSLATE_NOOP("SettingsDialog", "hours:H, workdays:N or business_hours:H, e.g. workdays:2")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _label_text(setting: Setting) -> str:
    # Declared labels are English sources; context "Settings" (see app.config).
    return QCoreApplication.translate("Settings", setting.label)


def _description_text(setting: Setting) -> str:
    parts = [QCoreApplication.translate("Settings", setting.description)] if setting.description else []
    if setting.scope == "shared":
        parts.append(_tr(SHARED_NOTE))
    return " ".join(parts)


def _secondary(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(f"color: {theme.fg('secondary')};")
    return label


class FieldMessage(QWidget):
    """The refusal under a field: warning icon and red text; hidden while the field is fine.

    The text also becomes the field's accessible description and is announced as an alert,
    so a screen reader user hears why the value is refused."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"{name}Message")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 2, 0, 2)
        lay.setSpacing(6)
        self.icon = QLabel(self)
        self.icon.setPixmap(icons.state_icon("warning").pixmap(QSize(16, 16)))
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.icon.setAccessibleName(self.tr("Error"))
        lay.addWidget(self.icon)
        self.label = QLabel(self)
        self.label.setObjectName(f"{name}Error")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)   # messages quote what the user typed
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        lay.addWidget(self.label, 1)
        self._target: QWidget | None = None
        self._description = ""
        self._restyle()
        self.hide()

    def attach(self, target: QWidget) -> None:
        """The field this message is about (gets the message as its accessible description)."""
        self._target = target
        self._description = target.accessibleDescription()

    def set_description(self, text: str) -> None:
        self._description = text
        if self._target is not None and not self.message():
            self._target.setAccessibleDescription(text)

    def message(self) -> str:
        return self.label.text() if not self.isHidden() else ""

    def set_message(self, text: str | None) -> None:
        text = text or ""
        if text == self.message():
            return
        self.label.setText(text)
        self.label.setAccessibleName(text)
        self.setAccessibleName(text)
        self.setVisible(bool(text))
        if self._target is not None:
            self._target.setAccessibleDescription(
                f"{text} {self._description}".strip() if text else self._description)
        if text:
            try:
                QAccessible.updateAccessibility(QAccessibleEvent(self.label, QAccessible.Event.Alert))
            except Exception:  # no accessibility backend (offscreen tests): nothing to tell
                pass

    def _restyle(self) -> None:
        self.label.setStyleSheet(f"color: {theme.fg('field.error')}; font-weight: 600;")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self._restyle()
        super().changeEvent(event)


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

def _iso_label(iso: str) -> str:
    day = QDate.fromString(iso, Qt.DateFormat.ISODate)
    if not day.isValid():
        return iso
    return f"{iso} ({QLocale().dayName(day.dayOfWeek(), QLocale.FormatType.ShortFormat)})"


class AccountEditor(QWidget):
    """Response policy, follow-up policy and work calendar of one account."""

    def __init__(self, account: svc.AccountSettings, on_change, parent: QWidget | None = None):
        super().__init__(parent)
        self.account = account
        self._on_change = on_change
        self._loading = True
        self.setObjectName(f"account{account.id}Editor")
        cal = account.calendar
        self._country = cal.get("country") or "DK"
        self._timezone = cal.get("timezone")
        self._subdivision = cal.get("subdivision")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        outer.addWidget(self.heading)
        self.subheading = _secondary(QLabel(self))
        outer.addWidget(self.subheading)
        self.stored_message = FieldMessage(f"account{account.id}Stored", self)
        outer.addWidget(self.stored_message)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        outer.addLayout(columns, 1)
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        # response time
        self.response_box = QGroupBox(self)
        form = QFormLayout(self.response_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)   # room for the messages
        self.policy_label, self.policy_edit, self.policy_message = self._line_row(form, "policy", account.policy)
        self.followup_label, self.followup_edit, self.followup_message = self._line_row(
            form, "followup", account.followup_policy)
        self.policy_hint = _secondary(QLabel(self.response_box))
        form.addRow(self.policy_hint)
        left.addWidget(self.response_box)

        # calendar: country and holidays
        self.calendar_box = QGroupBox(self)
        cform = QFormLayout(self.calendar_box)
        self.country_label = QLabel(self.calendar_box)
        self.country_combo = QComboBox(self.calendar_box)
        self.country_combo.setObjectName("countryCombo")
        for code in dict.fromkeys((*svc.COUNTRY_CHOICES, self._country)):
            self.country_combo.addItem(code, code)
        self.country_combo.setCurrentIndex(self.country_combo.findData(self._country))
        self.country_label.setBuddy(self.country_combo)
        cform.addRow(self.country_label, self.country_combo)
        self.zone_label = QLabel(self.calendar_box)
        self.zone_value = QLabel(self.calendar_box)
        self.zone_value.setTextFormat(Qt.TextFormat.PlainText)
        cform.addRow(self.zone_label, self.zone_value)
        self.holidays_label = QLabel(self.calendar_box)
        holder = QWidget(self.calendar_box)
        self.category_layout = QVBoxLayout(holder)
        self.category_layout.setContentsMargins(0, 0, 0, 0)
        self.category_layout.setSpacing(2)
        self.categories: dict[str, QCheckBox] = {}
        self.categories_message = FieldMessage(f"account{account.id}Categories", holder)
        cform.addRow(self.holidays_label, holder)
        self._fill_categories(self._country, cal.get("categories") or svc.default_categories(self._country))
        left.addWidget(self.calendar_box)

        # opening hours per weekday
        self.hours_box = QGroupBox(self)
        grid = QGridLayout(self.hours_box)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(2)
        open_hours = cal.get("open_hours") or {}
        self.day_checks: list[QCheckBox] = []
        self.day_edits: list[QLineEdit] = []
        self.day_messages: list[FieldMessage] = []
        for weekday in range(7):
            hours = open_hours.get(str(weekday))
            check = QCheckBox(self.hours_box)
            check.setObjectName(f"day{weekday}Open")
            check.setChecked(hours is not None)
            edit = QLineEdit("-".join(hours) if hours else "08:00-16:00", self.hours_box)
            edit.setObjectName(f"day{weekday}Hours")
            edit.setPlaceholderText("08:00-16:00")
            edit.setEnabled(hours is not None)
            edit.setMaximumWidth(160)
            message = FieldMessage(f"day{weekday}", self.hours_box)
            message.attach(edit)
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._changed)
            edit.textChanged.connect(self._changed)
            grid.addWidget(check, weekday * 2, 0)
            grid.addWidget(edit, weekday * 2, 1, Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(message, weekday * 2 + 1, 0, 1, 2)
            self.day_checks.append(check)
            self.day_edits.append(edit)
            self.day_messages.append(message)
        right.addWidget(self.hours_box)

        # extra closed dates
        self.closed_box = QGroupBox(self)
        closed = QVBoxLayout(self.closed_box)
        add_row = QHBoxLayout()
        self.closed_date = QDateEdit(QDate.currentDate(), self.closed_box)
        self.closed_date.setObjectName("closedDateEdit")
        self.closed_date.setCalendarPopup(True)
        self.closed_date.setDisplayFormat("yyyy-MM-dd")
        self.closed_add = QPushButton(self.closed_box)
        self.closed_add.setObjectName("closedAdd")
        self.closed_add.clicked.connect(self._add_closed)
        add_row.addWidget(self.closed_date, 1)
        add_row.addWidget(self.closed_add)
        closed.addLayout(add_row)
        self.closed_list = QListWidget(self.closed_box)
        self.closed_list.setObjectName("closedList")
        self.closed_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.closed_list.setMinimumHeight(60)
        self.closed_list.setMaximumHeight(110)
        closed.addWidget(self.closed_list)
        self.closed_remove = QPushButton(self.closed_box)
        self.closed_remove.setObjectName("closedRemove")
        self.closed_remove.clicked.connect(lambda: self._remove_selected(self.closed_list))
        closed.addWidget(self.closed_remove, 0, Qt.AlignmentFlag.AlignRight)
        for iso in cal.get("closed_dates") or ():
            self._put(self.closed_list, iso, iso)
        left.addWidget(self.closed_box)

        # special opening hours on a date
        self.special_box = QGroupBox(self)
        special = QVBoxLayout(self.special_box)
        srow = QHBoxLayout()
        self.special_date = QDateEdit(QDate.currentDate(), self.special_box)
        self.special_date.setObjectName("specialDateEdit")
        self.special_date.setCalendarPopup(True)
        self.special_date.setDisplayFormat("yyyy-MM-dd")
        self.special_hours = QLineEdit("08:00-12:00", self.special_box)
        self.special_hours.setObjectName("specialHoursEdit")
        self.special_hours.setPlaceholderText("08:00-12:00")
        self.special_hours.setMaximumWidth(130)
        self.special_add = QPushButton(self.special_box)
        self.special_add.setObjectName("specialAdd")
        self.special_add.clicked.connect(self._add_special)
        srow.addWidget(self.special_date, 1)
        srow.addWidget(self.special_hours)
        srow.addWidget(self.special_add)
        special.addLayout(srow)
        self.special_message = FieldMessage(f"account{account.id}Special", self.special_box)
        self.special_message.attach(self.special_hours)
        self.special_hours.textChanged.connect(lambda: self.special_message.set_message(None))
        special.addWidget(self.special_message)
        self.special_list = QListWidget(self.special_box)
        self.special_list.setObjectName("specialList")
        self.special_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.special_list.setMinimumHeight(60)
        self.special_list.setMaximumHeight(110)
        special.addWidget(self.special_list)
        self.special_remove = QPushButton(self.special_box)
        self.special_remove.setObjectName("specialRemove")
        self.special_remove.clicked.connect(lambda: self._remove_selected(self.special_list))
        special.addWidget(self.special_remove, 0, Qt.AlignmentFlag.AlignRight)
        for iso, (start, end) in sorted((cal.get("date_hours") or {}).items()):
            self._put(self.special_list, iso, (iso, f"{start}-{end}"))
        right.addWidget(self.special_box)

        self.calendar_message = FieldMessage(f"account{account.id}Calendar", self)
        right.addWidget(self.calendar_message)
        left.addStretch(1)
        right.addStretch(1)

        self.country_combo.currentIndexChanged.connect(self._country_changed)
        self.retranslate()
        self.stored_message.set_message(
            self.tr("The stored work calendar could not be read ({reason}); the country's defaults are "
                "shown and will be saved.").format(reason=account.calendar_error)
            if account.calendar_error else None)
        self._loading = False
        self.validate()

    def _line_row(self, form: QFormLayout, name: str, value: str):
        label = QLabel(self.response_box)
        holder = QWidget(self.response_box)
        lay = QVBoxLayout(holder)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        edit = QLineEdit(value, holder)
        edit.setObjectName(f"{name}Edit")
        lay.addWidget(edit)
        message = FieldMessage(name, holder)
        message.attach(edit)
        lay.addWidget(message)
        label.setBuddy(edit)
        form.addRow(label, holder)
        edit.textChanged.connect(self._changed)
        return label, edit, message

    def _fill_categories(self, country: str, checked) -> None:
        for box in self.categories.values():
            self.category_layout.removeWidget(box)
            box.deleteLater()
        self.category_layout.removeWidget(self.categories_message)
        self.categories = {}
        for category in svc.holiday_categories(country):
            box = QCheckBox(self.category_layout.parentWidget())
            box.setObjectName(f"category_{category}")
            box.setChecked(category in checked)
            box.toggled.connect(self._changed)
            self.category_layout.addWidget(box)
            self.categories[category] = box
        self.category_layout.addWidget(self.categories_message)
        self._translate_categories()

    def _translate_categories(self) -> None:
        for category, box in self.categories.items():
            source = CATEGORY_LABELS.get(category)
            box.setText(_tr(source) if source else category.replace("_", " ").capitalize())
            example = CATEGORY_EXAMPLES.get((self._country, category))
            box.setToolTip(_tr(example) if example else "")
            box.setAccessibleDescription(_tr(example) if example else "")

    def _country_changed(self) -> None:
        country = self.country_combo.currentData()
        if country == self._country:
            return
        try:
            defaults = svc.country_calendar(country)
        except KnownError as exc:
            self.calendar_message.set_message(exc.message)
            return
        # A new country brings its own zone, regions and holiday kinds.
        self._country, self._timezone, self._subdivision = country, None, None
        self.zone_value.setText(defaults["timezone"])
        self._fill_categories(country, defaults["categories"])
        self._changed()

    @staticmethod
    def _put(target: QListWidget, iso: str, data) -> None:
        for row in range(target.count()):
            existing = target.item(row).data(Qt.ItemDataRole.UserRole)
            if (existing[0] if isinstance(existing, tuple) else existing) == iso:
                target.takeItem(row)
                break
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.UserRole, data)
        AccountEditor._label_item(item)
        target.addItem(item)
        target.sortItems()

    @staticmethod
    def _label_item(item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(data, (tuple, list)):
            item.setText(f"{_iso_label(data[0])}  {data[1]}")
        else:
            item.setText(_iso_label(data))

    def _add_closed(self) -> None:
        iso = self.closed_date.date().toString(Qt.DateFormat.ISODate)
        self._put(self.closed_list, iso, iso)
        self._changed()

    def _add_special(self) -> None:
        text = self.special_hours.text().strip()
        error = svc.hours_error(text)
        self.special_message.set_message(error)
        if error:
            self.special_hours.setFocus()
            return
        iso = self.special_date.date().toString(Qt.DateFormat.ISODate)
        self._put(self.special_list, iso, (iso, text))
        self._changed()

    def _remove_selected(self, target: QListWidget) -> None:
        for item in target.selectedItems():
            target.takeItem(target.row(item))
        self._changed()

    def _changed(self, *_args) -> None:
        if not self._loading:
            self.validate()
            self._on_change()

    # --- values

    def policy(self) -> str:
        return self.policy_edit.text().strip()

    def followup_policy(self) -> str:
        return self.followup_edit.text().strip()

    def calendar_dict(self) -> dict:
        open_hours = {}
        for weekday, (check, edit) in enumerate(zip(self.day_checks, self.day_edits)):
            if check.isChecked():
                start, _, end = edit.text().strip().partition("-")
                open_hours[str(weekday)] = [start.strip(), end.strip()]
        return {
            "country": self._country,
            "timezone": self._timezone,
            "subdivision": self._subdivision,
            "categories": [c for c, box in self.categories.items() if box.isChecked()],
            "open_hours": open_hours,
            "closed_dates": [self.closed_list.item(r).data(Qt.ItemDataRole.UserRole)
                             for r in range(self.closed_list.count())],
            "date_hours": {d: list(h.split("-", 1)) for d, h in
                           (self.special_list.item(r).data(Qt.ItemDataRole.UserRole)
                            for r in range(self.special_list.count()))},
        }

    def validate(self) -> bool:
        """Show every refused value next to its field; True when all are accepted."""
        errors = [self.policy_message, self.followup_message]
        self.policy_message.set_message(svc.policy_error(self.policy()))
        self.followup_message.set_message(svc.policy_error(self.followup_policy()))
        for check, edit, message in zip(self.day_checks, self.day_edits, self.day_messages):
            message.set_message(svc.hours_error(edit.text().strip()) if check.isChecked() else None)
            errors.append(message)
        no_category = bool(self.categories) and not any(b.isChecked() for b in self.categories.values())
        self.categories_message.set_message(
            self.tr("Choose at least one kind of holiday to close on.") if no_category else None)
        errors.append(self.categories_message)
        if not any(m.message() for m in errors):
            self.calendar_message.set_message(svc.calendar_error(self.calendar_dict()))
        else:
            self.calendar_message.set_message(None)
        errors.append(self.calendar_message)
        return not any(m.message() for m in errors)

    def error_messages(self) -> list[str]:
        """Refusals that block saving (not the add-a-date helper, not the stored-data notice)."""
        return [m.message() for m in self.findChildren(FieldMessage)
                if m.message() and m is not self.special_message and m is not self.stored_message]

    def has_errors(self) -> bool:
        return bool(self.error_messages())

    def show_error(self, field: str, message: str) -> None:
        target = {svc.FIELD_POLICY: self.policy_message, svc.FIELD_FOLLOWUP: self.followup_message}.get(
            field, self.calendar_message)
        target.set_message(message)

    def retranslate(self) -> None:
        a = self.account
        self.heading.setText(a.name)
        self.subheading.setText(" · ".join(p for p in (icons.platform_name(a.platform), a.institution) if p))
        self.response_box.setTitle(self.tr("Response time"))
        self.policy_label.setText(self.tr("Response policy:"))
        self.policy_edit.setAccessibleName(self.tr("Response policy"))
        self.followup_label.setText(self.tr("Follow-up after a holding reply:"))
        self.followup_edit.setAccessibleName(self.tr("Follow-up policy"))
        self.policy_hint.setText(_tr(POLICY_HINT))
        for m in (self.policy_message, self.followup_message):
            m.set_description(_tr(POLICY_HINT))
        self.calendar_box.setTitle(self.tr("Work calendar"))
        self.country_label.setText(self.tr("Country:"))
        self.country_combo.setAccessibleName(self.tr("Country"))
        for i in range(self.country_combo.count()):
            code = self.country_combo.itemData(i)
            name = QLocale.territoryToString(QLocale.codeToTerritory(code))
            self.country_combo.setItemText(i, f"{code} – {name}" if name else code)
        self.zone_label.setText(self.tr("Time zone:"))
        self.zone_value.setText(self._timezone or svc.country_calendar(self._country)["timezone"])
        self.holidays_label.setText(self.tr("Closed on:"))
        self._translate_categories()
        self.hours_box.setTitle(self.tr("Opening hours"))
        locale = QLocale()
        for weekday, (check, edit) in enumerate(zip(self.day_checks, self.day_edits)):
            day = locale.dayName(weekday + 1, QLocale.FormatType.LongFormat)
            day = day[:1].upper() + day[1:]
            check.setText(day)
            edit.setAccessibleName(self.tr("Opening hours on {day}").format(day=day))
            self.day_messages[weekday].set_description(self.tr("Write them as HH:MM-HH:MM, e.g. 08:00-16:00."))
        self.closed_box.setTitle(self.tr("Extra closed dates"))
        self.closed_date.setAccessibleName(self.tr("Closed date to add"))
        self.closed_add.setText(self.tr("Add"))
        self.closed_add.setAccessibleName(self.tr("Add closed date"))
        self.closed_list.setAccessibleName(self.tr("Extra closed dates"))
        self.closed_remove.setText(self.tr("Remove"))
        self.closed_remove.setAccessibleName(self.tr("Remove the selected closed dates"))
        self.special_box.setTitle(self.tr("Special opening hours on a date"))
        self.special_date.setAccessibleName(self.tr("Date with special opening hours"))
        self.special_hours.setAccessibleName(self.tr("Opening hours on that date"))
        self.special_add.setText(self.tr("Add"))
        self.special_add.setAccessibleName(self.tr("Add special opening hours"))
        self.special_list.setAccessibleName(self.tr("Dates with special opening hours"))
        self.special_remove.setText(self.tr("Remove"))
        self.special_remove.setAccessibleName(self.tr("Remove the selected special opening hours"))
        for target in (self.closed_list, self.special_list):
            for row in range(target.count()):
                self._label_item(target.item(row))


# --- the dialog --------------------------------------------------------------------------

class SettingsDialog(QDialog):
    """Settings of this user, of the team and of each account.

    Signals: ``languageChanged(str)`` with the language now showing (also on Cancel, when it
    goes back); ``needsRecompute(int)`` per account whose deadlines must be recomputed, after
    the save; ``settingsSaved(list)`` with the keys of the declared settings that changed."""

    languageChanged = Signal(str)
    needsRecompute = Signal(int)
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
        for account in accounts:
            editor = AccountEditor(account, self._update_ok)
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
                if svc.update_account_policy(self.ws, account_id, editor.policy(), editor.followup_policy(),
                                             editor.calendar_dict(), self.actor):
                    recompute.append(account_id)
            except svc.AccountSettingsError as exc:
                editor.show_error(exc.field, exc.message)
                self._show_account(account_id)
                self._update_ok()
                return
            except KnownError as exc:
                self.save_message.set_message(exc.message)
                return
        log.info("settings saved: %s; deadlines to recompute for accounts %s", changed, recompute)
        self._language_value_at_open = values.get("user.language", self._language_value_at_open)
        self._language_at_open = i18n.current_language()
        super().accept()
        self.settingsSaved.emit(changed)
        for account_id in recompute:
            self.needsRecompute.emit(account_id)

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


def _screenshot(path: str) -> int:
    """``python -m app.ui.settings_dialog docs/screenshot-settings.png``: the dialog on the
    demo workspace, Accounts tab, one refused value showing how errors look."""
    import tempfile

    from PySide6.QtGui import QPainter, QPixmap

    from app.services.workspace import open_workspace

    app = QApplication.instance() or QApplication([])
    i18n.install("en")
    with tempfile.TemporaryDirectory(prefix="svarbox-settings-shot-") as tmp:
        ws = open_workspace(data_dir=tmp, demo=True, user="Mette Jensen")
        try:
            ws.settings.set("user.name", "Mette Jensen")
            dialog = SettingsDialog(ws)
            dialog.resize(1000, 760)
            dialog.show()
            editor = next(iter(dialog.account_editors.values()), None)
            if editor is not None:
                editor.day_edits[4].setText("08:00-15:30")
                editor._put(editor.closed_list, "2026-06-05", "2026-06-05")
                editor._put(editor.special_list, "2026-12-23", ("2026-12-23", "08:00-12:00"))
                editor.policy_edit.setText("hours:-1")
            dialog.show_page("accounts")
            app.processEvents()
            right = dialog.grab()
            if editor is not None:
                editor.policy_edit.setText("workdays:2")
            dialog.show_page("personal")
            app.processEvents()
            left = dialog.grab()
            canvas = QPixmap(left.width() + right.width() + 16, max(left.height(), right.height()))
            canvas.fill(Qt.GlobalColor.white)
            painter = QPainter(canvas)
            painter.drawPixmap(0, 0, left)
            painter.drawPixmap(left.width() + 16, 0, right)
            painter.end()
            ok = canvas.save(path)
            dialog.reject()
        finally:
            ws.close()
    return 0 if ok else 1


if __name__ == "__main__":
    import sys

    raise SystemExit(_screenshot(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshot-settings.png"))
