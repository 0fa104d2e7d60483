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
        self.unread = 0
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
        self._tooltip()

    def set_unread(self, count: int) -> None:
        """Unread open items for this person, beside the overdue count."""
        self.unread = count
        self._tooltip()

    def _tooltip(self) -> None:
        if self.icon is None:
            return
        text = self.tr("Svarbox – %n overdue", "", self.overdue) if self.overdue else \
            self.tr("Svarbox – nothing overdue")
        if self.unread:
            text += " · " + self.tr("%n unread", "", self.unread)
        self.icon.setToolTip(text)

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
