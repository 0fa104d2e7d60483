"""The attachment placeholder: labelled, loads only when asked, shows only decodable pictures."""
import json

from PySide6.QtWidgets import QLabel, QPushButton

from app.ui.widgets.attachment_view import AttachmentStrip, decode_image
from tests.fakes.cdn_fake import png_bytes

RAW = json.dumps([{"kind": "photo", "image_url": "https://scontent.example/p.png"},
                  {"kind": "link", "link": "https://www.kommune.dk/affald"}])


def test_placeholder_loads_the_picture_only_on_request(qtbot):
    calls = []

    def loader(item_id, index, ok, fail):
        calls.append((item_id, index))
        ok(png_bytes(8, 6))

    strip = AttachmentStrip(7, RAW, loader=loader)
    qtbot.addWidget(strip)
    texts = [w.text() for w in strip.findChildren(QLabel, "attachmentLabel")]
    assert texts == ["🖼 Photo", "🔗 Link: kommune.dk"]
    buttons = strip.findChildren(QPushButton, "showPicture")
    assert len(buttons) == 1 and calls == []
    assert strip.pictures[0].pixmap().isNull()
    buttons[0].click()
    assert calls == [(7, 0)]
    assert not strip.pictures[0].pixmap().isNull() and strip.pictures[0].pixmap().width() == 8


def test_bad_bytes_and_failures_are_said_in_words(qtbot):
    answers = [b"<html>not a picture</html>"]

    def loader(item_id, index, ok, fail):
        if answers:
            ok(answers.pop())
        else:
            class Refused(Exception):
                message = "The picture is larger than 10 MB; open it on the platform instead."
            fail(Refused())

    strip = AttachmentStrip(7, RAW, loader=loader)
    qtbot.addWidget(strip)
    strip.show()
    strip.buttons[0].click()
    assert "not a picture" in strip.messages[0].text() and strip.pictures[0].pixmap().isNull()
    assert strip.buttons[0].isEnabled()
    strip.buttons[0].click()
    assert "10 MB" in strip.messages[0].text()


def test_decode_refuses_oversized_and_garbage():
    assert decode_image(b"") is None
    assert decode_image(b"GIF89a garbage") is None
    assert decode_image(png_bytes() + b"\0" * (10 * 1024 * 1024)) is None
    assert decode_image(png_bytes()) is not None
