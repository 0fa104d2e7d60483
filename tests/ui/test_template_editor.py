"""The template editor: edit, refuse broken text in words, delete, share as JSON."""
import json

from app.services.content import templates_store as store
from app.ui.dialogs.template_editor import TemplateEditor


def names(ws, language="da"):
    with ws.db.session() as s:
        return {t.name: t for t in store.templates_for(s, language)}


def test_create_edit_delete_and_share(qtbot, ws, tmp_path):
    editor = TemplateEditor(ws)
    qtbot.addWidget(editor)
    assert editor.list.count() > 20
    editor.new_template()
    editor.name.setText("Snerydning")
    editor.category.setCurrentIndex(editor.category.findData("answer"))
    editor.language.setCurrentIndex(editor.language.findData("da"))
    editor.body.setPlainText("Hej {author_first_name}! Vi rydder {topic} i morgen tidlig.")
    assert "Hej Anna!" in editor.preview.text()           # sample values, plain text
    assert editor.save()
    assert names(ws)["Snerydning"].body.startswith("Hej {author_first_name}!")
    # A broken placeholder is refused with a sentence and nothing is saved.
    editor.body.setPlainText("Hej {author_first_name! ")
    assert not editor.save()
    assert "{" in editor.message.text() or "brace" in editor.message.text().lower()
    assert names(ws)["Snerydning"].body.startswith("Hej {author_first_name}!")
    # Export, then import a changed copy.
    out = tmp_path / "lib.json"
    editor.choose_save = lambda: str(out)
    editor.export_file()
    data = json.loads(out.read_text(encoding="utf-8"))
    assert any(t["name"] == "Snerydning" for t in data["templates"])
    for t in data["templates"]:
        if t["name"] == "Snerydning":
            t["body"] = "Hej {author_first_name}! Ryddet i dag."
    out.write_text(json.dumps(data), encoding="utf-8")
    editor.choose_open = lambda: str(out)
    editor.import_file()
    assert "1 changed" in editor.message.text()
    assert names(ws)["Snerydning"].body == "Hej {author_first_name}! Ryddet i dag."
    # Delete.
    editor.reload(select=("Snerydning", "da"))
    editor.delete()
    assert "Snerydning" not in names(ws)


def test_every_control_is_named(qtbot, ws):
    from app.ui.accessibility import unnamed_controls
    editor = TemplateEditor(ws)
    qtbot.addWidget(editor)
    editor.show()
    assert unnamed_controls(editor) == []
