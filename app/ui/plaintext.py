"""Citizen and platform text is shown as written, never interpreted.

Qt guesses: a tooltip, a QLabel in AutoText or a QMessageBox whose text "might be rich text"
(Qt's guess: it starts with something tag-like) is rendered as HTML unless escaped, so a comment
of ``<b>x</b><script>…`` would be shown bold. Tooltips go through ``tip``; dialogs through
``question``/``PlainMessageBox``; labels set ``Qt.TextFormat.PlainText``.
"""
from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # safe: the HTML guess lives in QtGui's Qt namespace
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox


def tip(text: str | None) -> str | None:
    """A tooltip that shows ``text`` literally. Text Qt would take for HTML is escaped and
    wrapped, so the tooltip renders it character for character, line breaks kept."""
    if not text:
        return text
    if not GuiQt.mightBeRichText(text):   # safe: plain text stays as it is
        return text
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"   # safe: escaped


def shown(text: str | None) -> str:
    """What a tooltip or an AutoText label displays for ``text`` (tests use it)."""
    if not text:
        return ""
    if GuiQt.mightBeRichText(text):   # safe: measures only
        doc = QTextDocument()
        doc.setHtml(text)   # safe: only measures what Qt would render
        return doc.toPlainText()
    return text


def question(parent, title: str, text: str) -> bool:
    """Yes/No, with ``text`` shown as plain text (it may quote an author's name)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, "", QMessageBox.StandardButton.Yes
                      | QMessageBox.StandardButton.No, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
