"""The tray icon (count of overdue items) and desktop notifications.

Offscreen test runs and some desktops have no system tray: then nothing is shown, but the
notifications are still recorded in ``sent`` so behaviour stays testable.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from app.ui import icons


class Tray(QObject):
    showRequested = Signal()
    syncRequested = Signal()
    quitRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.sent: list[tuple[str, str]] = []
        self.overdue = 0
        self.icon: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(icons.app_icon(), self)
            menu = QMenu()
            menu.addAction(self.tr("Show Svarbox"), self.showRequested.emit)
            menu.addAction(self.tr("Sync now"), self.syncRequested.emit)
            menu.addSeparator()
            menu.addAction(self.tr("Quit"), self.quitRequested.emit)
            self._menu = menu   # the tray icon does not own its menu
            self.icon.setContextMenu(menu)
            self.icon.activated.connect(self._activated)
            self.icon.setToolTip("Svarbox")
            self.icon.show()

    @property
    def available(self) -> bool:
        return self.icon is not None

    def set_overdue(self, count: int) -> None:
        self.overdue = count
        if self.icon is None:
            return
        self.icon.setIcon(icons.badge_icon(count))
        self.icon.setToolTip(self.tr("Svarbox – %n overdue", "", count) if count else self.tr("Svarbox – nothing overdue"))  # noqa: E501

    def notify(self, title: str, text: str, urgent: bool = False) -> None:
        self.sent.append((title, text))
        if self.icon is not None and QSystemTrayIcon.supportsMessages():
            kind = QSystemTrayIcon.MessageIcon.Warning if urgent else QSystemTrayIcon.MessageIcon.Information
            self.icon.showMessage(title, text, kind, 10000)

    def _activated(self, reason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.showRequested.emit()

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()
