"""Bugs, shown as bugs: a friendly sentence, copyable details and where the log is.

``install_excepthook(log_path)`` routes every uncaught exception here: from the GUI thread
(PySide6 hands exceptions raised in slots to ``sys.excepthook``) and from any other thread
(``threading.excepthook``). The dialog always opens on the GUI thread, one at a time; the
same bug repeating (a failing timer, a failing paint) is logged each time but shown once.
Environment errors (``KnownError``: offline, locked database, ...) that escape anyway get a
plain message box with their sentence, not a crash dialog (architecture convention 3).

The details are redacted with ``app.logs.redact`` (no tokens) and carry the version and
platform an administrator needs.
"""
from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, QUrl, Signal, Slot, qVersion
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app import __version__ as app_version
from app import clock
from app.errors import KnownError
from app.logs import redact

log = logging.getLogger("svarbox.crash")


def environment_summary(log_path: Path | None = None) -> str:
    frozen = "installed" if getattr(sys, "frozen", False) else "from source"
    lines = [
        f"Svarbox {app_version} ({frozen})",
        f"Python {platform.python_version()}, PySide6 {pyside_version}, Qt {qVersion()}",
        f"{platform.platform()} ({platform.machine()})",
        f"Time: {clock.now().strftime('%Y-%m-%d %H:%M:%S')} UTC",
    ]
    if log_path is not None:
        lines.append(f"Log: {log_path}")
    return "\n".join(lines)


def crash_details(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None, *,
                  thread: str | None = None, log_path: Path | None = None, text: str | None = None) -> str:
    """What the Copy button copies: environment, thread and the traceback, redacted."""
    trace = text or "".join(traceback.format_exception(exc_type, exc, tb))
    where = f"Thread: {thread or threading.current_thread().name}"
    return redact(f"{environment_summary(log_path)}\n{where}\n\n{trace.rstrip()}\n")


class CrashDialog(QDialog):
    def __init__(self, details: str, log_path: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.details = details
        self.setWindowTitle(self.tr("Svarbox: unexpected problem"))
        self.setAccessibleName(self.windowTitle())
        self.setSizeGripEnabled(True)
        lay = QVBoxLayout(self)

        top = QHBoxLayout()
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        top.addWidget(icon)
        self.intro = QLabel(self.tr(
            "Svarbox ran into a problem it did not expect. Your work is safe: everything already "
            "saved, including replies waiting in the outbox, stays saved.\n\n"
            "Please copy the details below and send them to your IT support. Then carry on; if "
            "the problem comes back, restart Svarbox."), self)
        self.intro.setObjectName("crashIntro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(self.intro, 1)
        lay.addLayout(top)

        self.details_edit = QPlainTextEdit(self)
        self.details_edit.setObjectName("crashDetails")
        self.details_edit.setReadOnly(True)
        self.details_edit.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.details_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details_edit.setPlainText(details)
        self.details_edit.setAccessibleName(self.tr("Error details"))
        self.details_edit.setAccessibleDescription(self.tr("Technical details for IT support; select "
                                                           "and copy them, or use Copy details"))
        self.details_edit.setMinimumSize(620, 260)
        lay.addWidget(self.details_edit, 1)

        self.log_label = QLabel(self)
        self.log_label.setObjectName("crashLogPath")
        self.log_label.setTextFormat(Qt.TextFormat.PlainText)
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                               | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.log_label.setText(self.tr("The log file is at: {path}").format(path=log_path) if log_path
                               else self.tr("No log file could be written on this computer."))
        lay.addWidget(self.log_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = self.buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setObjectName("crashCopy")
        self.copy_button.setAccessibleDescription(self.tr("Copy the error details to the clipboard"))
        self.copy_button.clicked.connect(self.copy)
        self.open_log_button: QPushButton | None = None
        if log_path is not None:
            self.open_log_button = self.buttons.addButton(self.tr("Open log folder"),
                                                          QDialogButtonBox.ButtonRole.ActionRole)
            self.open_log_button.setObjectName("crashOpenLog")
            self.open_log_button.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(log_path).parent))))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.resize(720, 480)
        close.setFocus()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Copied"))
        QTimer.singleShot(2000, lambda: self.copy_button.setText(self.tr("Copy details")))


class CrashHandler(QObject):
    """Lives on the GUI thread; any thread reports through ``report`` (a queued signal)."""

    _reported = Signal(object)          # (kind, details, message) tuples cross threads

    def __init__(self, log_path: Path | None, parent: QObject | None = None):
        super().__init__(parent)
        self.log_path = log_path
        self.parent_widget: QWidget | None = None   # the main window, once there is one
        self._showing = False
        self._seen: set[str] = set()
        self.dialogs_shown = 0
        self.last_dialog: CrashDialog | None = None
        self._previous_sys = sys.excepthook
        self._previous_thread = threading.excepthook
        self._reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    # --- hooks

    def sys_hook(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous_sys(exc_type, exc, tb)
            return
        self.report(exc_type, exc, tb)

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        self.report(args.exc_type, args.exc_value, args.exc_traceback,
                    thread=args.thread.name if args.thread else None)

    def report(self, exc_type, exc, tb, *, thread: str | None = None, text: str | None = None) -> None:
        """Log it and show it (safe from any thread)."""
        if exc is not None and isinstance(exc, KnownError):
            log.warning("unhandled environment error: %s", exc.message)
            self._deliver(("known", "", exc.message))
            return
        details = crash_details(exc_type, exc, tb, thread=thread, log_path=self.log_path, text=text)
        log.error("unexpected error\n%s", details)
        self._deliver(("bug", details, ""))

    def _deliver(self, payload) -> None:
        app = QCoreApplication.instance()
        if app is None:
            return
        on_gui = QThread.currentThread() is app.thread()
        if on_gui and QThread.currentThread().loopLevel() == 0:
            self._show(payload)        # no event loop yet (start-up) or any more: show now
        else:
            self._reported.emit(payload)   # later, from the event loop, never inside a paint

    @Slot(object)
    def _show(self, payload) -> None:
        kind, details, message = payload
        if not isinstance(QCoreApplication.instance(), QApplication):
            return
        if kind == "known":
            QMessageBox.warning(self.parent_widget, "Svarbox", message)
            return
        # Same traceback again (a timer or a paint failing over and over): logged, not re-shown.
        fingerprint = details.split("\n\n", 1)[-1]
        if self._showing or fingerprint in self._seen:
            return
        self._seen.add(fingerprint)
        self._showing = True
        try:
            dialog = CrashDialog(details, self.log_path, self.parent_widget)
            self.dialogs_shown += 1
            self.last_dialog = dialog
            dialog.exec()
        finally:
            self._showing = False

    def uninstall(self) -> None:
        if sys.excepthook == self.sys_hook:
            sys.excepthook = self._previous_sys
        if threading.excepthook == self.thread_hook:
            threading.excepthook = self._previous_thread


_handler: CrashHandler | None = None


def install_excepthook(log_path: Path | None, parent: QWidget | None = None) -> CrashHandler:
    """Call on the GUI thread once the QApplication exists. Set ``handler.parent_widget`` to
    the main window when it is made, so the dialog centres on it."""
    global _handler
    if _handler is not None:
        _handler.uninstall()
    app = QCoreApplication.instance()
    _handler = CrashHandler(Path(log_path) if log_path else None, app)
    _handler.parent_widget = parent
    sys.excepthook = _handler.sys_hook
    threading.excepthook = _handler.thread_hook
    return _handler


def show_crash(exc: BaseException, details: str | None = None, log_file: Path | None = None,
               parent: QWidget | None = None) -> None:
    """For bugs caught elsewhere (a background job's failure callback): same dialog, same log.
    ``details`` is a traceback text when the exception crossed threads and lost its own."""
    handler = _handler or CrashHandler(Path(log_file) if log_file else None, QCoreApplication.instance())
    if parent is not None and handler.parent_widget is None:
        handler.parent_widget = parent
    handler.report(type(exc), exc, exc.__traceback__, text=details or None)


def install_qt_message_logging() -> None:
    """Qt's own warnings (qWarning and friends) go to the log file too, not only stderr."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}

    def handler(kind, context, message):
        qt_log.log(levels.get(kind, logging.WARNING), "%s", message)

    qInstallMessageHandler(handler)
