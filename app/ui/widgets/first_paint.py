"""The first page painted before the heavy imports (SQLAlchemy, the services, the main
window): a plain table of the Open view's first 50 rows, read with ``sqlite3``. It shows what
the cache holds (due time, account, author, text) and is replaced by the real window as soon
as that window has its first page; it takes no actions, so it cannot misstate anything."""
from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QMainWindow, QTableView

from app.i18n import translate


class FirstPaintWindow(QMainWindow):
    def __init__(self, rows):
        super().__init__()
        self.setWindowTitle("Svarbox")
        self.table = QTableView(self)
        self.model = QStandardItemModel(0, 4, self.table)
        self.model.setHorizontalHeaderLabels([
            translate("FirstPaint", "Due"), translate("FirstPaint", "Account"),
            translate("FirstPaint", "From"), translate("FirstPaint", "Message")])
        for row in rows:
            due = (row.due_at.astimezone(ZoneInfo(row.zone)).strftime("%d-%m %H:%M")
                   if row.due_at else "")
            cells = [due, f"{row.account} ({row.platform})", row.author or "",
                     " ".join(row.text.split())[:200]]
            items = [QStandardItem(text) for text in cells]
            for item in items:
                item.setEditable(False)
            self.model.appendRow(items)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setEnabled(False)          # a picture of the inbox until the window is ready
        self.setCentralWidget(self.table)
        self.statusBar().showMessage(translate("FirstPaint", "Opening Svarbox…"))
        self.resize(1400, 860)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def row_count(self) -> int:
        return self.model.rowCount()


def show_first_page(rows) -> FirstPaintWindow | None:
    """Show ``rows`` (``app.services.inbound.first_page.read_first_page``) at once; None without rows."""
    if not rows:
        return None
    window = FirstPaintWindow(rows)
    window.show()
    return window
