"""The audit log in a window, for an administrator or the data protection officer: filter by
what happened, read who did it and when, save it as CSV. Rows are what the database lets this
login read (row-level security); never a citizen's text."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.services.team import audit


class AuditWindow(QDialog):
    def __init__(self, ws, runner, parent=None):
        super().__init__(parent)
        self.ws, self.runner = ws, runner
        self.rows: list[audit.AuditRow] = []
        self.setObjectName("auditWindow")
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(900, 520)
        self.category = QComboBox(self)
        self.category.setAccessibleName(self.tr("What happened"))
        self.category.addItem(self.tr("Everything"), None)
        for key in (*audit.CATEGORIES, "other"):
            self.category.addItem(audit.category_name(key), key)
        self.category.currentIndexChanged.connect(self.reload)
        self.save_button = QPushButton(self.tr("Save as &CSV…"), self)
        self.save_button.clicked.connect(self.save_csv)
        self.status = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:"), self))
        top.addWidget(self.category)
        top.addStretch(1)
        top.addWidget(self.save_button)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Login"),
                                              self.tr("What"), self.tr("Item"), self.tr("Account")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        # Tests replace it: where to save the CSV, or None.
        self.ask_path = lambda: QFileDialog.getSaveFileName(
            self, self.tr("Save the audit log"), "audit.csv", self.tr("CSV files (*.csv)"))[0] or None
        self.reload()

    def reload(self) -> None:
        self.runner.run_in_session(self.ws.db, audit.audit_log, category=self.category.currentData(),
                                   on_success=self._show, on_failure=self._failed, key="audit-window",
                                   latest_only=True)

    def _show(self, rows) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for n, row in enumerate(reversed(rows)):     # newest first
            values = [row.at.astimezone().strftime("%Y-%m-%d %H:%M"), row.actor, row.login or "",
                      audit.category_name(row.category) + f" ({row.action})",
                      "" if row.item_id is None else str(row.item_id),
                      "" if row.account_id is None else str(row.account_id)]
            for col, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(n, col, cell)
        self.status.setText(self.tr("%n event(s)", "", len(rows)))

    def _failed(self, exc) -> None:
        self.status.setText(str(getattr(exc, "message", None) or self.tr("The audit log cannot be read.")))

    def save_csv(self) -> None:
        path = self.ask_path()
        if not path:
            return
        from app.fileio import write_atomic
        try:
            write_atomic(path, audit.to_csv(self.rows).encode("utf-8-sig"))
        except OSError as exc:
            self.status.setText(self.tr("The file cannot be written: {reason}").format(
                reason=exc.strerror or exc))
            return
        self.status.setText(self.tr("Saved {count} events to {path}.").format(count=len(self.rows), path=path))
