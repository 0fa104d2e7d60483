"""Issue 22, point 4: the scenario editor, and a real conversation turned into a training case
that is shown anonymised, with every replacement, before it is saved."""
from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.models import tables as t
from app.services.training import packs as training
from app.services.workspace import open_workspace

START = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


@pytest.fixture
def ws(tmp_path):
    ws = open_workspace(str(tmp_path / "ws"), training=True, user="Mette Jensen")
    pack = training.load_pack("da")
    training.prepare(ws, pack)
    training.release_due(ws, pack, START, START + timedelta(hours=1))
    yield ws
    ws.close()


def test_edit_a_pack_and_save_it_as_json(qtbot, tmp_path, english):
    from app.ui.dialogs.scenario_editor import ScenarioEditorWindow
    editor = ScenarioEditorWindow()
    qtbot.addWidget(editor)
    target = tmp_path / "packs" / "crisis.json"
    editor.ask_save_path = lambda: str(target)
    # An empty pack is refused in words, nothing is written.
    assert not editor.save() and "name" in editor.status.text() and not target.exists()
    editor.name_edit.setText("Crisis evening")
    editor.add_scenario()
    form = editor.form
    form.id_edit.setText("cr-01")
    form.author_edit.setText("Angry Resident")
    form.platform_box.setCurrentText("messenger")
    assert form.kind_box.currentText() == "message"          # only Messenger has private messages
    form.text_edit.setPlainText("Why did nobody tell us the school is closing?")
    form.category_box.setCurrentText("referral")
    form.expect_edit.setText("greet, refer, sign")
    form.hint_edit.setPlainText("Move it to the case channel.")
    form.feedback_edit.setText("A private case belongs in the case channel, not in Messenger.")
    editor.add_scenario()
    editor.form.author_edit.setText("")                       # incomplete second scenario
    assert not editor.save() and "Scenario 2" in editor.status.text()
    editor.remove_scenario()
    assert editor.save(), editor.status.text()
    pack = training.load_pack(str(target))
    assert pack.name == "Crisis evening" and pack.scenarios[0].platform == "messenger"
    assert pack.scenarios[0].feedback["handling"]["miss"].startswith("A private case")
    assert pack.scenarios[0].expect == ("greet", "refer", "sign")


def test_conversation_becomes_a_case_only_after_approval(qtbot, ws, tmp_path, english):
    from app.ui.dialogs.scenario_editor import TrainingCaseFlow
    with ws.db.session() as s:
        item = s.scalar(select(t.Item).where(t.Item.external_id == "da-01"))
        item_id, author, text = item.id, item.author_name, item.text
    assert "Fabriksvej" in text
    flow = TrainingCaseFlow(ws, item_id)
    target = tmp_path / "cases.json"
    seen = {}

    def approve(dialog):
        seen["text"] = dialog.text.toPlainText()
        seen["rows"] = [(dialog.table.item(r, 1).text(), dialog.table.item(r, 2).text())
                        for r in range(dialog.table.rowCount())]
        return False
    flow.approve = approve
    flow.ask_pack_path = lambda: str(target)
    assert flow.run() is None and not target.exists()         # refused: nothing saved
    assert author not in seen["text"] and "Fabriksvej" not in seen["text"] and "[adresse]" in seen["text"]
    assert any(orig == author for orig, _ in seen["rows"])
    assert any("Fabriksvej" in orig for orig, _ in seen["rows"])

    def approve_with_place(dialog):
        dialog.places_edit.setText("tømmedag")
        dialog.places_button.click()
        assert "[sted]" in dialog.text.toPlainText()
        return True
    flow.approve = approve_with_place
    assert flow.run() == target
    data = json.loads(target.read_text(encoding="utf-8"))
    case = data["scenarios"][0]
    assert author not in json.dumps(data, ensure_ascii=False) and "[sted]" in case["text"]
    assert training.load_pack(str(target)).scenarios[0].platform == "facebook"
    assert flow.editor is not None and flow.editor.form.text_edit.toPlainText() == case["text"]
    qtbot.addWidget(flow.editor)


def test_the_item_menu_has_the_hook():
    from pathlib import Path
    source = (Path(__file__).resolve().parents[2] / "app" / "ui" / "main_window.py").read_text(encoding="utf-8")
    assert "make_training_case" in source


def test_edit_pack_opens_an_existing_pack_or_a_new_one(qtbot, tmp_path, english):
    from app.classroom_launch import open_editor
    from app.errors import UsageError
    editor = open_editor(training.packs_dir() / "sv-threats.json")
    qtbot.addWidget(editor)
    assert editor.list.count() == len(training.load_pack("sv-threats").scenarios)
    fresh = open_editor(tmp_path / "new-pack.json")
    qtbot.addWidget(fresh)
    assert fresh.list.count() == 0 and fresh.name_edit.text() == "new-pack"
    broken = tmp_path / "broken.json"
    broken.write_text("{nope", encoding="utf-8")
    with pytest.raises(UsageError, match="not valid JSON"):
        open_editor(broken)
