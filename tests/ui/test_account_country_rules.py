"""Issue 14.6 in the account editor: a switch for the calendar's ``country_rules`` (eves and
half days), kept as stored when the account is saved for another reason, saved both ways."""
from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtWidgets import QDialog

from app import i18n
from app.models import tables as t
from app.secrets import MemoryStore
from app.services.inbound.calendar import WorkCalendar
from app.ui.accessibility import unnamed_controls
from app.ui.dialogs.settings_dialog import SettingsDialog
from tests.factories import make_account

CHRISTMAS_EVE = date(2026, 12, 24)          # a Thursday: closed by the Danish country rules


@pytest.fixture
def workspace(tmp_path, qapp):
    from app.services.workspace import open_workspace
    i18n.install("en")
    ws = open_workspace(data_dir=str(tmp_path), user="Mette Jensen", credentials=MemoryStore())
    with ws.db.session() as s:
        ws.extras["viborg"] = make_account(s, "Viborg Kommune", policy="workdays:2", institution="Viborg Kommune").id
    yield ws
    ws.close()


def _edit(qtbot, workspace, change):
    """Open the settings, let ``change`` act on Viborg's editor, press OK; the stored calendar."""
    dialog = SettingsDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    editor = dialog.account_editor(workspace.extras["viborg"])
    change(editor)
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with workspace.db.session() as s:
        return json.loads(s.get(t.Account, workspace.extras["viborg"]).calendar or "{}")


def test_country_rules_switch_saves_both_ways_and_survives_other_edits(qtbot, workspace):
    def switch_off(editor):
        box = editor.country_rules_check
        assert box.isChecked() and box.accessibleName().strip() and "Christmas Eve" in box.toolTip()
        assert unnamed_controls(editor) == []
        box.setChecked(False)

    stored = _edit(qtbot, workspace, switch_off)
    assert stored["country_rules"] is False
    assert WorkCalendar.from_dict(stored).is_open(CHRISTMAS_EVE)

    def other_edit(editor):        # the switch shows what is stored; a policy edit keeps it
        assert not editor.country_rules_check.isChecked()
        editor.policy_edit.setText("hours:8")

    stored = _edit(qtbot, workspace, other_edit)
    assert stored["country_rules"] is False
    with workspace.db.session() as s:
        assert s.get(t.Account, workspace.extras["viborg"]).policy == "hours:8"

    stored = _edit(qtbot, workspace, lambda editor: editor.country_rules_check.setChecked(True))
    assert stored["country_rules"] is True
    assert not WorkCalendar.from_dict(stored).is_open(CHRISTMAS_EVE)


def test_the_description_follows_the_country(qtbot, workspace):
    dialog = SettingsDialog(workspace)
    qtbot.addWidget(dialog)
    editor = dialog.account_editor(workspace.extras["viborg"])
    editor.country_combo.setCurrentIndex(editor.country_combo.findData("SE"))
    assert "14:00" in editor.country_rules_check.accessibleDescription()
    assert editor.calendar_dict()["country_rules"] is True
