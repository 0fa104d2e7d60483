"""The "new version available" line in the main window's status bar.

The check runs on a worker thread (a slow feed must not hold up the window) and only when
policy names a feed; demo and training workspaces never ask. The line offers the download
page in the browser and "Dismiss"; nothing is downloaded by Svarbox."""
from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.services import updates


class UpdateNotice(QWidget):
    def __init__(self, settings, notice: updates.Notice, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("updateNotice")
        self.settings, self.notice = settings, notice
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setObjectName("updateNoticeText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)   # the feed's text is never markup
        self.label.setText(self.tr("Svarbox {version} is available.").format(version=notice.version))
        self.label.setToolTip(notice.notes)
        lay.addWidget(self.label)
        self.open_button = QPushButton(self.tr("Download page"), self)
        self.open_button.setObjectName("updateNoticeOpen")
        self.open_button.setToolTip(notice.url)
        self.open_button.clicked.connect(self.open_page)
        lay.addWidget(self.open_button)
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.setObjectName("updateNoticeDismiss")
        self.dismiss_button.setAccessibleDescription(self.tr("No notice for this version again"))
        self.dismiss_button.clicked.connect(self.dismiss)
        lay.addWidget(self.dismiss_button)

    def open_page(self) -> None:
        QDesktopServices.openUrl(QUrl(self.notice.url))   # the browser; IT's software centre may own updates

    def dismiss(self) -> None:
        try:
            updates.dismiss(self.settings, self.notice.version)
        except OSError:
            pass   # the line goes now; it may come back next start
        self.hide()
        self.deleteLater()


class _Relay(QObject):
    found = Signal(object)


def start_update_check(window, settings, offline_only: bool = False) -> threading.Thread | None:
    """Check in the background; add the notice to ``window``'s status bar when there is one."""
    if offline_only or not (settings.get("update.feed_url") or "").strip():
        return None
    relay = _Relay(window)

    def show(notice) -> None:
        widget = UpdateNotice(settings, notice, window)
        window.statusBar().addPermanentWidget(widget)
        window.update_notice = widget

    relay.found.connect(show)

    def work() -> None:
        notice = updates.check(settings)
        if notice is not None:
            relay.found.emit(notice)

    thread = threading.Thread(target=work, name="svarbox-update-check", daemon=True)
    thread.start()
    return thread
