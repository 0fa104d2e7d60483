"""The settings dialog renders from app.config.SETTINGS, refuses bad values next to the field,
saves where each setting lives, saves account calendars and asks for a deadline recompute,
and re-translates live."""
from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLabel, QLineEdit, QSpinBox, QWidget

from app import i18n
from app.config import SETTINGS, UserSettings
from app.models import tables as t
from app.secrets import MemoryStore
from app.services import account_settings as svc
from app.services.team.shared_settings import get_shared
from app.ui import theme
from app.ui.accessibility import unnamed_controls
from app.ui.dialogs.settings_dialog import SettingsDialog
from tests.factories import make_account


@pytest.fixture
def english(qapp):
    i18n.install("en")
    yield qapp
    i18n.install("en")


@pytest.fixture
def workspace(tmp_path, english):
    from app.services.workspace import open_workspace

    ws = open_workspace(data_dir=str(tmp_path), user="Mette Jensen", credentials=MemoryStore())
    with ws.db.session() as s:
        viborg = make_account(s, "Viborg Kommune", policy="workdays:2", institution="Viborg Kommune")
        malmo = make_account(s, "Malmö stad", country="SE", policy="hours:24", institution="Malmö stad")
        ws.extras["ids"] = {"viborg": viborg.id, "malmo": malmo.id}
    yield ws
    ws.close()


@pytest.fixture
def dialog(qtbot, workspace):
    dlg = SettingsDialog(workspace)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def _editor_kind(setting):
    if setting.kind is bool:
        return QCheckBox
    if setting.choices:
        return QComboBox
    if setting.kind is int:
        return QSpinBox
    return QLineEdit


# Machine settings are IT's alone (policy file or registry); the dialog does not offer them.
EDITABLE = [s for s in SETTINGS if s.scope != "machine"]


def test_rendered_fields_match_the_declaration(dialog):
    assert list(dialog.fields) == [s.key for s in EDITABLE]
    for setting in EDITABLE:
        field = dialog.field(setting.key)
        assert isinstance(field.editor, _editor_kind(setting)), setting.key
        shown = field.editor.text() if isinstance(field.editor, QCheckBox) else field.label.text()
        assert shown.rstrip(":") == setting.label
        assert field.editor.accessibleName() == setting.label
        if setting.description:
            assert setting.description in field.hint.text()
        # each field sits in the section of its declared group
        parent = field.container.parentWidget()
        assert parent is dialog.group_boxes[setting.group], setting.key
        if setting.choices:
            assert [field.editor.itemData(i) for i in range(field.editor.count())] == list(setting.choices)
    assert set(dialog.group_boxes) == {s.group for s in EDITABLE}
    # and the starting values are the declared defaults (nothing saved yet)
    assert {k: f.value() for k, f in dialog.fields.items()} == {s.key: s.default for s in EDITABLE}


def test_invalid_policy_is_refused_next_to_the_field_and_blocks_ok(qtbot, dialog):
    dialog.show_page("team")
    field = dialog.field("policy.default")
    field.editor.setText("hours:-1")

    expected = svc.policy_error("hours:-1")
    assert expected and "positive number" in expected
    message = field.message
    assert message.isVisible()
    assert message.label.text() == expected
    # right under the field, in the same row
    assert message.parentWidget() is field.container
    assert message.geometry().top() >= field.editor.geometry().bottom()
    # red text and a warning icon, and screen readers get the sentence too
    assert theme.fg("field.error").lower() in message.label.styleSheet().lower()
    assert not message.icon.pixmap().isNull()
    assert expected in field.editor.accessibleDescription()
    assert not dialog.ok_button.isEnabled()
    team_tab = dialog.tabs.indexOf(dialog._field_page["policy.default"])
    assert not dialog.tabs.tabIcon(team_tab).isNull()

    dialog.accept()                         # Enter on a disabled OK must not save either
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted

    field.editor.setText("business_hours:8")
    assert not message.isVisible()
    assert dialog.ok_button.isEnabled()
    assert dialog.tabs.tabIcon(team_tab).isNull()


def test_invalid_account_values_are_refused_next_to_their_fields(qtbot, dialog, workspace):
    dialog.show_page("accounts")
    editor = dialog.account_editor(workspace.extras["ids"]["viborg"])
    dialog._show_account(editor.account.id)
    editor.policy_edit.setText("hours:-1")
    assert editor.policy_message.isVisible()
    assert editor.policy_message.label.text() == svc.policy_error("hours:-1")
    assert not dialog.ok_button.isEnabled()
    editor.policy_edit.setText("hours:8")

    editor.day_edits[0].setText("16:00-08:00")           # closes before it opens
    assert "close before they open" in editor.day_messages[0].label.text()
    assert not dialog.ok_button.isEnabled()
    editor.day_checks[0].setChecked(False)               # a closed day's hours do not matter
    assert not editor.day_messages[0].isVisible()
    assert dialog.ok_button.isEnabled()

    for check in editor.day_checks:                      # never open: every deadline would fail
        check.setChecked(False)
    assert "no open day" in editor.calendar_message.label.text()
    assert not dialog.ok_button.isEnabled()
    editor.day_checks[2].setChecked(True)
    assert dialog.ok_button.isEnabled()

    for box in editor.categories.values():
        box.setChecked(False)
    assert editor.categories_message.isVisible()
    assert not dialog.ok_button.isEnabled()


def test_valid_values_are_saved_where_they_live(qtbot, dialog, workspace):
    values = {"user.name": "Mette Jensen", "user.signature": "/Mette, {institution}",
              "sync.interval_minutes": 10, "notify.enabled": False, "retention.days": 30,
              "policy.default": "workdays:3", "org.case_channel": "https://viborg.dk/kontakt"}
    for key, value in values.items():
        dialog.field(key).set_value(value)
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.settingsSaved) as saved:
        dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert set(saved.args[0]) == set(values)

    on_disk = UserSettings(workspace.settings.path)      # personal: this user's settings file
    for key in ("user.name", "user.signature", "sync.interval_minutes", "notify.enabled"):
        assert on_disk.get(key) == values[key]
    with workspace.db.session() as s:                    # shared: the team's database
        for key in ("retention.days", "policy.default", "org.case_channel"):
            assert get_shared(s, key) == values[key]
    assert "retention.days" not in json.loads(workspace.settings.path.read_text(encoding="utf-8"))


def test_calendar_edits_are_saved_on_the_account_and_a_recompute_is_asked_for(qtbot, dialog, workspace):
    ids = workspace.extras["ids"]
    editor = dialog.account_editor(ids["viborg"])
    editor.policy_edit.setText("business_hours:8")
    editor.day_edits[4].setText("08:00-15:00")           # Friday closes early
    editor.day_checks[5].setChecked(True)                # Saturday open
    editor.day_edits[5].setText("10:00-13:00")
    editor.categories["optional"].setChecked(False)
    editor.closed_date.setDate(editor.closed_date.date().fromString("2026-06-05", "yyyy-MM-dd"))
    editor.closed_add.click()
    editor.special_date.setDate(editor.special_date.date().fromString("2026-12-23", "yyyy-MM-dd"))
    editor.special_hours.setText("08:00-12:00")
    editor.special_add.click()

    asked = []
    dialog.needsRecompute.connect(lambda account_id, days: asked.append((account_id, days)))
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert asked == [(ids["viborg"], None)]              # Malmö did not change: no recompute

    with workspace.db.session() as s:
        account = s.get(t.Account, ids["viborg"])
        assert account.policy == "business_hours:8"
        calendar = json.loads(account.calendar)
        events = s.query(t.AuditEvent).filter_by(action="account_policy_changed").all()
    assert calendar["open_hours"]["4"] == ["08:00", "15:00"]
    assert calendar["open_hours"]["5"] == ["10:00", "13:00"]
    assert calendar["categories"] == ["public"]
    assert calendar["closed_dates"] == ["2026-06-05"]
    assert calendar["date_hours"] == {"2026-12-23": ["08:00", "12:00"]}
    assert calendar["timezone"] == "Europe/Copenhagen"
    assert [e.account_id for e in events] == [ids["viborg"]]
    assert svc.full_calendar(calendar) == calendar        # stored in the calendar's own full form


def test_country_change_brings_its_holidays(dialog, workspace):
    editor = dialog.account_editor(workspace.extras["ids"]["viborg"])
    editor.country_combo.setCurrentIndex(editor.country_combo.findData("SE"))
    assert editor.zone_value.text() == "Europe/Stockholm"
    assert {c for c, b in editor.categories.items() if b.isChecked()} == {"public", "de_facto"}
    assert editor.calendar_dict()["country"] == "SE"


def test_nothing_changed_asks_for_no_recompute(qtbot, dialog, workspace):
    asked = []
    dialog.needsRecompute.connect(lambda account_id, days: asked.append(account_id))
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert asked == []
    with workspace.db.session() as s:
        assert s.query(t.AuditEvent).filter_by(action="account_policy_changed").count() == 0


def test_a_closed_date_alone_asks_to_recompute_that_date_only(qtbot, dialog, workspace):
    """Only the items whose window spans the new closed date need looking at (issue 18.3)."""
    ids = workspace.extras["ids"]
    editor = dialog.account_editor(ids["malmo"])
    editor.closed_date.setDate(editor.closed_date.date().fromString("2026-06-09", "yyyy-MM-dd"))
    editor.closed_add.click()
    asked = []
    dialog.needsRecompute.connect(lambda account_id, days: asked.append((account_id, days)))
    dialog.ok_button.click()
    assert asked == [(ids["malmo"], frozenset({date(2026, 6, 9)}))]


def test_service_refuses_bad_values_with_the_field_named(workspace):
    account_id = workspace.extras["ids"]["viborg"]
    calendar = svc.country_calendar("DK")
    with pytest.raises(svc.AccountSettingsError) as bad:
        svc.update_account_policy(workspace, account_id, "hours:-1", "workdays:2", calendar, "Mette")
    assert bad.value.field == "policy"
    with pytest.raises(svc.AccountSettingsError) as bad:
        svc.update_account_policy(workspace, account_id, "hours:8", "weeks:2", calendar, "Mette")
    assert bad.value.field == "followup_policy"
    with pytest.raises(svc.AccountSettingsError) as bad:
        svc.update_account_policy(workspace, account_id, "hours:8", "workdays:2",
                                  {**calendar, "open_hours": {"0": ["16:00", "08:00"]}}, "Mette")
    assert bad.value.field == "calendar"
    # the same policy written differently is no change
    assert svc.update_account_policy(workspace, account_id, " Workdays:2 ", "workdays:2",
                                     {"country": "DK"}, "Mette") is False
    assert svc.update_account_policy(workspace, account_id, "hours:24", "workdays:2",
                                     {"country": "DK"}, "Mette") is True


class _Danish(QTranslator):
    """Stands in for a compiled .qm: a few Danish strings."""

    TEXTS = {("SettingsDialog", "Accounts"): "Konti", ("Settings", "Your name"): "Dit navn",
             ("AccountEditor", "Response time"): "Svartid"}

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.TEXTS.get((context, source), "")

    def isEmpty(self):
        return False


def test_language_change_retranslates_the_dialog(qtbot, dialog, workspace):
    accounts_tab = dialog.tabs.indexOf(dialog.accounts_page)
    editor = dialog.account_editor(workspace.extras["ids"]["viborg"])
    assert dialog.tabs.tabText(accounts_tab) == "Accounts"
    danish = _Danish()
    QCoreApplication.installTranslator(danish)     # sends QEvent.LanguageChange, as install() does
    try:
        qtbot.waitUntil(lambda: dialog.tabs.tabText(accounts_tab) == "Konti")
        assert dialog.field("user.name").label.text() == "Dit navn:"
        assert editor.response_box.title() == "Svartid"
    finally:
        QCoreApplication.removeTranslator(danish)
    qtbot.waitUntil(lambda: dialog.tabs.tabText(accounts_tab) == "Accounts")
    assert dialog.field("user.name").label.text() == "Your name:"


def test_choosing_a_language_applies_it_at_once_and_cancel_puts_it_back(qtbot, dialog):
    combo = dialog.field("user.language").editor
    with qtbot.waitSignal(dialog.languageChanged) as changed:
        combo.setCurrentIndex(combo.findData("sv"))
    assert changed.args == ["sv"]
    assert i18n.current_language() == "sv"
    with qtbot.waitSignal(dialog.languageChanged) as back:
        dialog.reject()
    assert back.args == ["en"]
    assert i18n.current_language() == "en"


def test_every_control_has_an_accessible_name(qtbot, dialog):
    for key in ("personal", "team", "accounts", "database"):
        dialog.show_page(key)
        assert unnamed_controls(dialog) == [], key
    # the check itself finds what it should
    probe = QWidget()
    qtbot.addWidget(probe)
    bare, labelled = QLineEdit(probe), QLineEdit(probe)
    bare.setObjectName("bare")
    label = QLabel("Name", probe)
    label.setBuddy(labelled)
    probe.show()
    found = unnamed_controls(probe)
    assert len(found) == 1 and "bare" in found[0]
