"""Settings that IT's policy locks: greyed out in the settings dialog, saying who set them.

Kept apart from settings_dialog.py so that dialog only calls ``mark_locked`` per field."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel


def locked_text(set_by: str) -> str:
    return QCoreApplication.translate("PolicyLock", "Locked: set by {who}.").format(who=set_by)


def mark_locked(field, set_by: str) -> QLabel:
    """Disable ``field``'s editor and add a line naming who locked it (also read out by
    screen readers as the editor's description)."""
    field.editor.setEnabled(False)
    name = field.setting.key.replace(".", "_")
    note = QLabel(locked_text(set_by), field.container)
    note.setObjectName(f"{name}Locked")
    note.setWordWrap(True)
    note.setTextFormat(Qt.TextFormat.PlainText)   # a path and an organisation name, never markup
    field.container.layout().addWidget(note)
    field.editor.setToolTip(note.text())
    field.locked_note = note
    return note
