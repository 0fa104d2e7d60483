"""The planning calendar's parts: a day cell whose entries drag to another day, the status and
channel names and colours, and the dialog for an entry on a channel without an API."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QMimeData, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QSizePolicy,
    QVBoxLayout,
)

MIME = "application/x-svarbox-post"
POST_ROLE = Qt.ItemDataRole.UserRole + 1
# Status -> palette role (theme.PALETTES, light and dark). The status is also written in the
# entry, so colour is never the only signal.
STATUS_ROLE = {"idea": "secondary", "draft": "note", "awaiting_approval": "soon", "scheduled": "banner.outbox",
               "publishing": "banner.outbox", "published": "calm", "failed": "overdue", "rejected": "banner.error"}


def status_name(status: str) -> str:
    names = {"idea": QCoreApplication.translate("Calendar", "idea"),
             "draft": QCoreApplication.translate("Calendar", "draft"),
             "awaiting_approval": QCoreApplication.translate("Calendar", "awaiting approval"),
             "scheduled": QCoreApplication.translate("Calendar", "scheduled"),
             "publishing": QCoreApplication.translate("Calendar", "publishing"),
             "published": QCoreApplication.translate("Calendar", "published"),
             "failed": QCoreApplication.translate("Calendar", "failed"),
             "rejected": QCoreApplication.translate("Calendar", "rejected")}
    return names.get(status, status)


def channel_name(channel: str) -> str:
    names = {"web": QCoreApplication.translate("Calendar", "Website"),
             "newsletter": QCoreApplication.translate("Calendar", "Newsletter"),
             "press": QCoreApplication.translate("Calendar", "Press"),
             "signs": QCoreApplication.translate("Calendar", "Signs")}
    return names.get(channel, channel)


class DayCell(QFrame):
    """One day: its date and the entries on it. Entries can be dragged to another day."""

    def __init__(self, day: date, on_drop: Callable[[int, date], None], parent=None):
        super().__init__(parent)
        self.day = day
        self.setObjectName("calendarDay")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3, 2, 3, 3)
        layout.setSpacing(1)
        self.header = QLabel(self)
        self.header.setObjectName("calendarDayHeader")
        layout.addWidget(self.header)
        self.entries = _EntryList(self, on_drop)
        layout.addWidget(self.entries, 1)


class _EntryList(QListWidget):
    def __init__(self, cell: DayCell, on_drop: Callable[[int, date], None]):
        super().__init__(cell)
        self.cell, self.on_drop = cell, on_drop
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setWordWrap(True)
        self.setSpacing(2)
        # Re-lay out wrapped entries when the column width changes, so none is cut off.
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def mimeTypes(self):  # noqa: N802 (Qt)
        return [MIME]

    def mimeData(self, items):  # noqa: N802 (Qt)
        data = QMimeData()
        if items:
            data.setData(MIME, str(items[0].data(POST_ROLE)).encode())
        return data

    def supportedDropActions(self):  # noqa: N802 (Qt)
        return Qt.DropAction.MoveAction

    def dragEnterEvent(self, event):  # noqa: N802 (Qt)
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event):  # noqa: N802 (Qt)
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event):  # noqa: N802 (Qt)
        if not event.mimeData().hasFormat(MIME):
            event.ignore()
            return
        post_id = int(bytes(event.mimeData().data(MIME)).decode())
        event.setDropAction(Qt.DropAction.IgnoreAction)   # the reload draws the move, not Qt
        event.accept()
        self.on_drop(post_id, self.cell.day)


class ManualEntryDialog(QDialog):
    """A calendar entry for a channel without an API."""

    def __init__(self, parent, moment: datetime):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New calendar entry"))
        form = QFormLayout(self)
        self.channel = QComboBox(self)
        from app.models.tables import MANUAL_CHANNELS
        for channel in MANUAL_CHANNELS:
            self.channel.addItem(channel_name(channel), channel)
        self.title = QLineEdit(self)
        self.when = QDateTimeEdit(moment, self)
        self.when.setCalendarPopup(True)
        self.campaign = QLineEdit(self)
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("When"), self.when)
        form.addRow(self.tr("Campaign"), self.campaign)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
