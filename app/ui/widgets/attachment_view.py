"""Attachments in the conversation: a labelled placeholder per photo, sticker, GIF or link,
and the picture only when a person presses "Show picture".

The picture is loaded off the GUI thread by app/services/attachments.py (cache in the data
folder, downloaded once) and shown only as bytes Qt decodes with QImage, after the size and
type checks; nothing remote is ever rendered as HTML and links are not made clickable here.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services import attachments as attachment_service

MAX_BYTES = 10 * 1024 * 1024
MAX_SHOWN = QSize(480, 360)


def decode_image(data: bytes) -> QImage | None:
    """A QImage from raw bytes, or None when they are too large or not a picture Qt reads."""
    if not data or len(data) > MAX_BYTES:
        return None
    image = QImage.fromData(data)
    return None if image.isNull() else image


class AttachmentStrip(QWidget):
    """One row per attachment of an item: "Photo" + [Show picture], "Link: kommune.dk", ...

    ``loader(item_id, index, on_success, on_failure)`` starts the load; without one the strip
    uses its window's ``ws`` and ``runner`` (the main window has both)."""

    def __init__(self, item_id: int, raw: str | None, parent: QWidget | None = None, loader=None):
        super().__init__(parent)
        self.setObjectName("attachments")
        self.item_id = item_id
        self.entries = attachment_service.parse(raw)
        self._loader = loader
        self.buttons: list[QPushButton | None] = []
        self.pictures: list[QLabel] = []
        self.messages: list[QLabel] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 2, 0, 0)
        lay.setSpacing(4)
        for index, att in enumerate(self.entries):
            row = QHBoxLayout()
            name = QLabel(self)
            name.setTextFormat(Qt.TextFormat.PlainText)
            name.setText("🖼 " + attachment_service.label(att) if att.get("image_url") else "🔗 " +
                         attachment_service.label(att) if att["kind"] == "link" else attachment_service.label(att))
            name.setObjectName("attachmentLabel")
            name.setStyleSheet("border: 1px dashed #9AA3AE; border-radius: 4px; padding: 2px 6px;"
                               " background: transparent; color: #3D4450;")
            row.addWidget(name)
            button = None
            if att.get("image_url"):
                button = QPushButton(self.tr("Show picture"), self)
                button.setObjectName("showPicture")
                button.setToolTip(self.tr("Load this picture from the platform (kept in your data folder "
                                          "until the item is purged)"))
                button.clicked.connect(lambda _=False, i=index: self.load(i))
                row.addWidget(button)
            row.addStretch(1)
            lay.addLayout(row)
            picture = QLabel(self)
            picture.setObjectName("attachmentPicture")
            picture.setVisible(False)
            lay.addWidget(picture)
            message = QLabel(self)
            message.setTextFormat(Qt.TextFormat.PlainText)
            message.setWordWrap(True)
            message.setObjectName("attachmentMessage")
            message.setStyleSheet("color: #8A1F11; background: transparent; border: none;")
            message.setVisible(False)
            lay.addWidget(message)
            self.buttons.append(button)
            self.pictures.append(picture)
            self.messages.append(message)

    def load(self, index: int) -> None:
        button = self.buttons[index]
        if button is not None:
            button.setEnabled(False)
            button.setText(self.tr("Loading…"))
        loader = self._loader or self._window_loader()
        if loader is None:
            self._failed(index, self.tr("Pictures can be loaded in the main window only."))
            return
        loader(self.item_id, index, lambda data, i=index: self._loaded(i, data),
               lambda exc, i=index: self._failed(i, getattr(exc, "message", None) or str(exc)))

    def _window_loader(self):
        window = self.window()
        ws, runner = getattr(window, "ws", None), getattr(window, "runner", None)
        if ws is None or runner is None:
            return None

        def start(item_id, index, on_success, on_failure):
            runner.run(lambda: attachment_service.load_image(ws, item_id, index),
                       on_success=on_success, on_failure=on_failure, key="attachments")
        return start

    def _loaded(self, index: int, data: bytes) -> None:
        image = decode_image(data)
        if image is None:
            self._failed(index, self.tr("This is not a picture Svarbox can show, or it is larger than 10 MB."))
            return
        pixmap = QPixmap.fromImage(image)
        if pixmap.width() > MAX_SHOWN.width() or pixmap.height() > MAX_SHOWN.height():
            pixmap = pixmap.scaled(MAX_SHOWN, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        picture = self.pictures[index]
        picture.setPixmap(pixmap)
        picture.setAccessibleName(attachment_service.label(self.entries[index]))
        picture.setVisible(True)
        self.messages[index].setVisible(False)
        if self.buttons[index] is not None:
            self.buttons[index].setVisible(False)

    def _failed(self, index: int, message: str) -> None:
        self.messages[index].setText(message)
        self.messages[index].setVisible(True)
        button = self.buttons[index]
        if button is not None:
            button.setEnabled(True)
            button.setText(self.tr("Show picture"))
