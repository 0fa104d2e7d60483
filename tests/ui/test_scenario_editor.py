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
    from app.ui.dialogs.scenario_editor import code_of, select_code
    form = editor.form
    form.id_edit.setText("cr-01")
    form.author_edit.setText("Angry Resident")
    form.platform_box.setCurrentText("Messenger")             # what the trainer reads and picks
    assert code_of(form.kind_box) == "message"               # only Messenger has private messages
    assert form.kind_box.currentText() == "Private message"
    form.text_edit.setPlainText("Why did nobody tell us the school is closing?")
    select_code(form.category_box, "referral")
    assert form.category_box.currentText() == "Refer to the official case channel"
    for code, check in form.expect_checks.items():
        check.setChecked(code in ("greet", "refer", "sign"))
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
    assert pack.scenarios[0].expect == ("greet", "sign", "refer")   # the new scenario's order, then what was added
    assert json.loads(target.read_text(encoding="utf-8"))["scenarios"][0]["kind"] == "message"


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


@pytest.mark.parametrize("language", ["da", "sv"])
def test_the_editor_shows_labels_not_codes(qtbot, tmp_path, language):
    """Platforms, kinds, expected answers, expected handling and the language are shown in the
    trainer's language; the saved JSON keeps the codes, unknown ones included."""
    import os
    from pathlib import Path

    from app import i18n
    from app.services.content.templates import CATEGORIES
    from app.services.training import training_cases
    from app.ui.dialogs.scenario_editor import EXPECT, ScenarioEditorWindow, code_of
    i18n.install(language)
    try:
        data = training_cases.read_pack(training.packs_dir() / f"{language}-threats.json")
        mastodon = next(i for i, s in enumerate(data["scenarios"]) if s["platform"] == "mastodon")
        data["scenarios"][mastodon]["expect"].append("future-code")     # written by a newer Svarbox
        editor = ScenarioEditorWindow(data, tmp_path / "threats.json")
        qtbot.addWidget(editor)
        editor.list.setCurrentRow(mastodon)
        form = editor.form
        assert form.platform_box.currentText() == "Mastodon" and code_of(form.kind_box) == "mention"
        shown = {
            "kind": [form.kind_box.itemText(i) for i in range(form.kind_box.count())],
            "category": [form.category_box.itemText(i) for i in range(form.category_box.count())],
            "expect": [form.expect_checks[c].text() for c in EXPECT],
            "language": [editor.language_box.itemText(i) for i in range(editor.language_box.count())],
        }
        codes = set(training_cases.KINDS) | set(CATEGORIES) | set(EXPECT) | {"da", "sv", "en"}
        for what, texts in shown.items():
            assert not set(texts) & codes, (what, texts)                # a label, never the code
            assert len(set(texts)) == len(texts), (what, texts)
        assert form.expect_checks["no-reply"].isChecked() and not form.expect_checks["hide"].isChecked()
        assert shown["kind"][training_cases.KINDS.index("mention")] == {"da": "Omtale", "sv": "Omnämnande"}[language]
        from app.ui.accessibility import unnamed_controls
        editor.resize(1366, 768)
        editor.show()
        qtbot.waitExposed(editor)
        assert unnamed_controls(editor) == []
        # Every row of the form is visible at 1366x768 (the check boxes fit in three columns).
        assert form.feedback_edit.geometry().bottom() <= form.height()
        picture = editor.grab()
        assert picture.width() == 1366 and picture.height() == 768
        assert picture.save(str(tmp_path / f"editor-{language}.png"))
        out = os.environ.get("SVARBOX_SCREENSHOTS")
        if out:
            root = Path(__file__).resolve().parents[2]
            target = (root / out) if not Path(out).is_absolute() else Path(out)
            target.mkdir(parents=True, exist_ok=True)
            assert picture.save(str(target / f"screenshot-scenario-editor-{language}.png"))
        # A mention stays a mention on Bluesky; Messenger forces a private message, LinkedIn a comment.
        form.platform_box.setCurrentIndex(form.platform_box.findData("bluesky"))
        assert code_of(form.kind_box) == "mention"
        form.platform_box.setCurrentIndex(form.platform_box.findData("linkedin"))
        assert code_of(form.kind_box) == "comment"
        form.platform_box.setCurrentIndex(form.platform_box.findData("mastodon"))
        form.kind_box.setCurrentIndex(form.kind_box.findData("mention"))
        editor.case_channel_edit.setText("kommunens sikre formular")
        assert editor.save(), editor.status.text()
        saved = json.loads((tmp_path / "threats.json").read_text(encoding="utf-8"))
        again = next(s for s in saved["scenarios"] if s["id"] == data["scenarios"][mastodon]["id"])
        assert again["expect"] == ["no-reply", "report-threat", "stay-calm", "future-code"]
        assert again["platform"] == "mastodon" and again["kind"] == "mention"
        assert saved["language"] == language and saved["case_channel"] == "kommunens sikre formular"
        assert training.load_pack(str(tmp_path / "threats.json")).referral_channel() == "kommunens sikre formular"
        editor.close()
    finally:
        i18n.install("en")


def test_a_bluesky_or_mastodon_conversation_stays_on_its_platform_as_a_case(ws, tmp_path):
    """A case made from a Mastodon mention is a Mastodon mention in the pack (it used to become
    a Facebook comment, and a pack with a Bluesky case could not be saved at all)."""
    from app.services.training import training_cases
    pack = training.load_pack("da")
    cases = []
    with ws.db.session() as s:
        for sc in pack.scenarios:
            if sc.platform in ("bluesky", "mastodon"):
                item = s.scalar(select(t.Item).where(t.Item.external_id == sc.id))
                scenario, _ = training_cases.case_for_item(s, item.id, case_id=f"case-{sc.id}")
                assert (scenario["platform"], scenario["kind"]) == (sc.platform, sc.kind), sc.id
                cases.append(scenario)
    assert {c["platform"] for c in cases} == {"bluesky", "mastodon"}
    target = tmp_path / "cases.json"
    for case in cases:
        training_cases.add_case_to_pack(target, case, "da")
    assert {s.platform for s in training.load_pack(str(target)).scenarios} == {"bluesky", "mastodon"}
