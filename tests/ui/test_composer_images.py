"""The post composer takes several images, each with its alt text, and checks the count
against each platform's limit before anything is saved (LinkedIn MultiImage: up to 20)."""
from __future__ import annotations

import json

from app.models import tables as t


def _accounts(ws):
    from app.services import accounts
    return {i.platform: i for i in accounts.list_accounts(ws)}


def test_composer_takes_several_images_each_with_its_alt_text(qtbot, ws, tmp_path):
    from app.ui.dialogs.post_composer import PostComposer
    from tests.fakes.publish_fakes import TINY_JPEG
    accounts = _accounts(ws)
    dialog = PostComposer(ws, user="Mette Jensen")
    qtbot.addWidget(dialog)
    dialog.account_boxes[accounts["linkedin"].id].setChecked(True)
    dialog.account_boxes[accounts["x"].id].setChecked(True)
    dialog.text.setPlainText("Vejarbejde på Storegade i uge 50")
    dialog.link.setText("https://www.aarby.dk/vej")
    paths = []
    for i in range(5):
        path = tmp_path / f"vej{i}.jpg"
        path.write_bytes(TINY_JPEG)
        paths.append(path)
    dialog.image.setText(str(paths[0]))
    assert dialog.add_image() is False and "alt text" in dialog.message.text()   # no description: not added
    for i, path in enumerate(paths):
        dialog.image.setText(str(path))
        dialog.alt.setText(f"Kort {i}")
        assert dialog.add_image() is True
    assert dialog.image.text() == "" and dialog.image_list.count() == 5
    # LinkedIn takes five (MultiImage); X at most four: it says so and nothing is saved.
    assert "✖" not in dialog.previews[accounts["linkedin"].id].text()
    assert "4" in dialog.previews[accounts["x"].id].text() and "✖" in dialog.previews[accounts["x"].id].text()
    assert dialog.save(submit=True) == []
    dialog.account_boxes[accounts["x"].id].setChecked(False)
    dialog.image_list.setCurrentRow(0)
    dialog.remove_image()
    [post_id] = dialog.save(submit=True)
    with ws.db.session() as s:
        stored = json.loads(s.get(t.Post, post_id).images)
    assert [i["alt"] for i in stored] == ["Kort 1", "Kort 2", "Kort 3", "Kort 4"]
