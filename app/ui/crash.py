"""The crash dialog: a bug (not an environment error) with copyable details and the log file.

Installed as ``sys.excepthook`` by ``app.gui``; the task runner reports worker bugs here too.
"""
from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from app.errors import KnownError

log = logging.getLogger("svarbox.crash")
_showing = False


class CrashDialog(QDialog):
    def __init__(self, details: str, log_file: Path | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Svarbox – something went wrong"))
        self.setAccessibleName(self.windowTitle())
        lay = QVBoxLayout(self)
        intro = QLabel(self.tr("Svarbox hit a bug. Your data is safe: everything already saved stays saved. "
                               "Please send the details below to your administrator."), self)
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("crashDetails")
        self.details.setReadOnly(True)
        self.details.setPlainText(details)
        self.details.setAccessibleName(self.tr("Error details"))
        self.details.setAccessibleDescription(self.tr("Technical details of the error; select and copy them"))
        self.details.setMinimumSize(560, 240)
        lay.addWidget(self.details)
        if log_file is not None:
            where = QLabel(self.tr("The log is at: {path}").format(path=log_file), self)
            where.setTextFormat(Qt.TextFormat.PlainText)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            lay.addWidget(where)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.setAccessibleName(self.tr("Copy details"))
        copy.setAccessibleDescription(self.tr("Copy the error details to the clipboard"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        lay.addWidget(buttons)


def show_crash(exc: BaseException, details: str | None = None, log_file: Path | None = None, parent=None) -> None:
    """Log a bug and show it, once at a time (a failing paint must not open a hundred dialogs).

    The full crash handler (``app.ui.crash_dialog``: redaction, version, thread hook) is used
    when present; this module is the fallback."""
    try:
        from app.ui import crash_dialog
    except ImportError:
        crash_dialog = None
    if crash_dialog is not None:
        crash_dialog.show_crash(exc, details, log_file, parent)
        return
    global _showing
    details = details or "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    log.error("unhandled error\n%s", details)
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        CrashDialog(details, log_file, parent).exec()
    finally:
        _showing = False


def install_excepthook(log_file: Path | None = None):
    """Route uncaught exceptions to the crash dialog; known errors get a message box."""
    try:
        from app.ui import crash_dialog
    except ImportError:
        crash_dialog = None
    if crash_dialog is not None:
        return crash_dialog.install_excepthook(log_file)
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            return previous(exc_type, exc, tb)
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        if isinstance(exc, KnownError):
            # The environment's fault: say it in words, no stack trace.
            log.warning("%s", exc)
            if QApplication.instance() is not None:
                from PySide6.QtWidgets import QMessageBox
                QMessageBox.warning(None, "Svarbox", exc.message)
            return None
        show_crash(exc, details, log_file)
        return None

    sys.excepthook = hook
    return previous
