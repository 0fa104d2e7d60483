"""Settings that IT's policy locks: greyed out in the settings dialog, saying who set them.

Kept apart from settings_dialog.py so that dialog only calls ``mark_locked`` per field."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel


def locked_text(set_by: str) -> str:
    return QCoreApplication.translate("PolicyLock", "Locked: set by {who}.").format(who=set_by)


class LockedNote(QLabel):
    """"Locked: set by …", re-translated when the language changes."""

    def __init__(self, set_by: str, parent=None):
        super().__init__(locked_text(set_by), parent)
        self.set_by = set_by

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setText(locked_text(self.set_by))
        super().changeEvent(event)


def mark_locked(field, set_by: str) -> QLabel:
    """Disable ``field``'s editor and add a line naming who locked it (also read out by
    screen readers as the editor's description)."""
    field.editor.setEnabled(False)
    name = field.setting.key.replace(".", "_")
    note = LockedNote(set_by, field.container)
    note.setObjectName(f"{name}Locked")
    note.setWordWrap(True)
    note.setTextFormat(Qt.TextFormat.PlainText)   # a path and an organisation name, never markup
    field.container.layout().addWidget(note)
    field.editor.setToolTip(note.text())
    field.locked_note = note
    return note
