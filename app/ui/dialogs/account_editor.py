"""The Accounts page's editor of one account: deadline policies, opening hours, holiday
categories, closed days and special opening hours (split out of ``settings_dialog``).
Shares the dialog's translation context for its free-standing strings.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, QLocale, QSize, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError
from app.services import account_settings as svc
from app.ui import icons, theme

CTX = "SettingsDialog"

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
# The calendar's ``country_rules`` (services/inbound/calendar.py, docs/deadlines.md), per country.
COUNTRY_RULES = {
    "DK": QT_TRANSLATE_NOOP("SettingsDialog", "Christmas Eve and New Year's Eve closed; Constitution Day "
                            "(5 June) open until 12:00"),
    "SE": QT_TRANSLATE_NOOP("SettingsDialog", "Closing at 14:00 on Twelfth Night, Maundy Thursday, "
                            "Walpurgis Night and All Saints' Eve"),
    "NO": QT_TRANSLATE_NOOP("SettingsDialog", "Christmas Eve, New Year's Eve and the Wednesday before "
                            "Maundy Thursday close at 12:00"),
}
NO_COUNTRY_RULES = QT_TRANSLATE_NOOP("SettingsDialog", "Svarbox knows no eves or half days for this country.")
POLICY_HINT = QT_TRANSLATE_NOOP("SettingsDialog", "hours:H, workdays:N or business_hours:H, e.g. workdays:2")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


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
        # Kept as stored: a calendar saved without it would fall back to "on".
        self.country_rules_check = QCheckBox(self.calendar_box)
        self.country_rules_check.setObjectName("countryRules")
        self.country_rules_check.setChecked(cal.get("country_rules") is not False)
        self.country_rules_check.toggled.connect(self._changed)
        self._fill_categories(self._country, cal.get("categories") or svc.default_categories(self._country))
        cform.addRow(self.country_rules_check)
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
        rules = _tr(COUNTRY_RULES.get(self._country, NO_COUNTRY_RULES))
        self.country_rules_check.setToolTip(rules)
        self.country_rules_check.setAccessibleDescription(rules)

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
            "country_rules": self.country_rules_check.isChecked(),
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
        self.country_rules_check.setText(self.tr("Also the country's eves and half days"))
        self.country_rules_check.setAccessibleName(self.tr("Country's eves and half days"))
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

