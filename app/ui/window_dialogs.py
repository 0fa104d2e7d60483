"""The window's small dialogs (questions, text input, the shortcut list), as functions of
the window so tests can replace them one by one. Strings keep the window's translation
context.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox


def pending_on_quit(window, count: int) -> str:
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("MainWindow", "Unsent actions"),
                      QCoreApplication.translate("MainWindow", "%n action(s) have not been sent yet. Keep them "
                                                 "and send them the next time Svarbox starts?", "", count),
                      parent=window)
    keep = box.addButton(QCoreApplication.translate("MainWindow", "Keep for next start"),
                         QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(QCoreApplication.translate("MainWindow", "Discard them"),
                            QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.exec()
    clicked = box.clickedButton()
    return "keep" if clicked is keep else "discard" if clicked is discard else "cancel"


def export_path(window, suggested: str) -> str | None:
    path, _filter = QFileDialog.getSaveFileName(
        window, QCoreApplication.translate("MainWindow", "Export as case record"), suggested + ".pdf",
        QCoreApplication.translate("MainWindow", "Case record – a PDF and a JSON file with the same name (*.pdf)"))
    if not path:
        return None
    base = Path(path)
    return str(base.with_suffix("") if base.suffix.lower() in (".pdf", ".json") else base)


def confirm(window, title: str, text: str) -> bool:
    from app.ui.plaintext import question
    return question(window, title, text)   # plain text: it may quote an author's name


def ask_text(window, title: str, label: str, secret: bool = False) -> str | None:
    if secret:
        text, ok = QInputDialog.getText(window, title, label, QLineEdit.EchoMode.Password)
    else:
        text, ok = QInputDialog.getMultiLineText(window, title, label)
    return text if ok else None


def show_shortcuts(window) -> None:
    lines = []
    for action in window.actions_by_key.values():
        seq = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if seq:
            lines.append(f"{seq}\t{action.text().replace('&', '')}")
    box = QMessageBox(window)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "Keyboard shortcuts"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText("\n".join(lines))
    box.exec()


def author_menu_entries() -> list[tuple[str, str, str]]:
    """The Item menu's author actions (Bluesky, Mastodon): key, label, tooltip."""
    t = QCoreApplication.translate
    return [("mute", t("MainWindow", "&Mute the author"),
             t("MainWindow", "Bluesky and Mastodon: mute the author on the platform")),
            ("block", t("MainWindow", "&Block the author…"), t("MainWindow", "Bluesky and Mastodon: block the author")),
            ("report", t("MainWindow", "R&eport to the moderators…"),
             t("MainWindow", "Bluesky and Mastodon: report the post to the platform's moderators"))]
