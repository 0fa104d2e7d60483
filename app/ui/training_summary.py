"""The training summary: a screen a trainer can put on a projector after a session.

Large type, one row per scenario with the four scores (deadline, signature, checker,
template) and the notes that explain them, the total, and "Export…" writing the same summary
as JSON and CSV (``training.Summary.to_json`` / ``to_csv``). Plain text throughout: the notes
quote checker findings and the authors are the pack's invented citizens.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui import icons

SCORE_KEYS = ("deadline", "signature", "checker", "template")
BASE_POINT_SIZE = 15


def _minutes(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    seconds = max(0, int(round(seconds)))
    return f"{seconds // 60}:{seconds % 60:02d}"


class TrainingSummaryWindow(QWidget):
    """``TrainingSummaryWindow(summary)``: non-modal, closes with Esc or Close."""

    def __init__(self, summary, *, runner=None, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("trainingSummary")
        self.setWindowTitle(self.tr("Training summary – Svarbox"))
        self.summary = summary
        self.runner = runner
        # Base path (no extension) for the JSON and CSV files, or None. Tests replace it.
        self.ask_export_path: Callable[[str], str | None] = self._export_path_dialog
        self.exported: tuple[Path, Path] | None = None
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), BASE_POINT_SIZE))
        self.setFont(font)
        self._build()
        self.resize(1280, 800)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

    # --- construction

    def _label(self, text: str, name: str, scale: float, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setText(text)
        label.setWordWrap(True)
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * scale)
        font.setBold(bold)
        label.setFont(font)
        return label

    def _build(self) -> None:
        s = self.summary
        lay = QVBoxLayout(self)
        lay.setContentsMargins(28, 22, 28, 22)
        lay.setSpacing(10)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self._label(self.tr("Training summary"), "summaryTitle", 1.9, bold=True))
        titles.addWidget(self._label(f"{s.trainee} · {s.pack}",
                                     "summarySubtitle", 1.1))
        head.addLayout(titles, 1)
        pct = round(100 * s.total / s.maximum) if s.maximum else 0
        self.total_label = self._label(self.tr("{total} of {maximum} points").format(
            total=s.total, maximum=s.maximum), "summaryTotal", 2.2, bold=True)
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.total_label.setWordWrap(False)
        head.addWidget(self.total_label)
        lay.addLayout(head)
        handled = sum(1 for sc in s.scores if sc.handled)
        self.overview = self._label(self.tr("{pct} % · {handled} of {count} scenarios handled").format(
            pct=pct, handled=handled, count=len(s.scores)), "summaryOverview", 1.1)
        lay.addWidget(self.overview)

        headers = [self.tr("Scenario"), self.tr("Handled as"), self.tr("Time"), self.tr("Deadline"),
                   self.tr("Signature"), self.tr("Checker"), self.tr("Template"), self.tr("Points"),
                   self.tr("Notes")]
        table = QTableWidget(len(s.scores) + 1, len(headers), self)
        table.setObjectName("summaryTable")
        table.setAccessibleName(self.tr("Scores per scenario"))
        table.setAccessibleDescription(self.tr(
            "Each scenario with its deadline, signature, checker and template points, and notes"))
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setAccessibleName(self.tr("Columns"))
        table.verticalHeader().hide()
        # Air between the rows: read from the back of a room, not at arm's length.
        table.verticalHeader().setMinimumSectionSize(int(self.fontMetrics().height() * 1.55))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        table.setAlternatingRowColors(True)
        bold = QFont(self.font())
        bold.setBold(True)
        header_font = QFont(bold)
        table.horizontalHeader().setFont(header_font)
        from app.services.training import POINTS
        for r, sc in enumerate(s.scores):
            scenario = f"{sc.author} · {icons.platform_name(sc.platform)}"
            values = [scenario, self.action_text(sc.action), _minutes(sc.seconds_to_answer)]
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setIcon(icons.platform_icon(sc.platform))
                    item.setToolTip(sc.scenario_id)
                table.setItem(r, c, item)
            for c, key in enumerate(SCORE_KEYS, start=3):
                table.setItem(r, c, self._score_item(sc.points.get(key, 0), POINTS[key], headers[c]))
            total = QTableWidgetItem(str(sc.total))
            total.setFont(bold)
            total.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(r, 7, total)
            table.setItem(r, 8, QTableWidgetItem("\n".join(sc.notes) if sc.notes else self.tr("Well done.")))
        last = len(s.scores)
        for c, text in ((0, self.tr("Total")), (7, str(s.total)), (8, self.tr("of {maximum}").format(
                maximum=s.maximum))):
            item = QTableWidgetItem(text)
            item.setFont(bold)
            if c == 7:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(last, c, item)
        for c in range(len(headers)):
            if table.item(last, c) is None:
                table.setItem(last, c, QTableWidgetItem(""))
            table.item(last, c).setBackground(QBrush(QColor("#E8F0FB")))
            table.item(last, c).setForeground(QBrush(QColor("#173A66")))
        header = table.horizontalHeader()
        for c in range(len(headers) - 1):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        table.setCurrentCell(-1, -1)     # nothing highlighted on the projector
        table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.table = table
        lay.addWidget(table, 1)

        self.status = self._label("", "summaryStatus", 0.85)
        lay.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("summaryExport")
        self.export_button.setAccessibleName(self.tr("Export"))
        self.export_button.setAccessibleDescription(self.tr("Save the summary as a JSON and a CSV file"))
        self.export_button.clicked.connect(self.export)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("summaryClose")
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        for button in (self.export_button, self.close_button):
            button.setMinimumHeight(int(self.fontMetrics().height() * 1.8))
            button.setMinimumWidth(self.fontMetrics().horizontalAdvance(button.text()) + 48)
            buttons.addWidget(button)
        lay.addLayout(buttons)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # Wrapped notes need the height that goes with the notes column's final width.
        self.table.resizeRowsToContents()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()

    def _score_item(self, points: int, maximum: int, column: str) -> QTableWidgetItem:
        item = QTableWidgetItem(f"{points}")
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        # The number says it; the colour and icon repeat it for a glance from the back row.
        urgency = "calm" if points >= maximum else "soon" if points > 0 else "overdue"
        item.setForeground(QBrush(QColor(icons.fg(urgency))))
        item.setIcon(icons.state_icon("ok") if points >= maximum else icons.urgency_icon(
            "soon" if points > 0 else "overdue"))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("{column}: {points} of {maximum}").format(
            column=column, points=points, maximum=maximum))
        return item

    def action_text(self, action: str | None) -> str:
        return {"reply": self.tr("Reply"), "holding_reply": self.tr("Holding reply"),
                "no_reply": self.tr("No reply needed"), "refer": self.tr("Referred"),
                "hide": self.tr("Hidden"), "reject": self.tr("Rejected"), "spam": self.tr("Spam"),
                "delete": self.tr("Deleted"), None: self.tr("Not handled")}.get(action, action or "")

    # --- export

    def _export_path_dialog(self, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the training summary"), suggested + ".json",
                                              self.tr("JSON and CSV with the same name (*.json)"))
        if not path:
            return None
        base = Path(path)
        return str(base.with_suffix("") if base.suffix.lower() in (".json", ".csv") else base)

    def export(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        stem = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in self.summary.trainee).strip("-")
        base = self.ask_export_path(str(Path(folder) / f"svarbox-training-{stem or 'summary'}"))
        if not base:
            return
        json_path, csv_path = Path(base + ".json"), Path(base + ".csv")
        summary = self.summary

        def job():
            json_path.write_text(json.dumps(summary.to_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            # newline="": the csv module already ends rows with \r\n.
            with open(csv_path, "w", encoding="utf-8-sig", newline="") as handle:
                handle.write(summary.to_csv())
            return json_path, csv_path

        def done(paths) -> None:
            self.exported = paths
            self.status.setText(self.tr("Saved {json} and {csv}").format(json=str(paths[0]), csv=paths[1].name))

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, OSError):
                raise exc
            self.status.setText(self.tr("The files could not be written: {reason}").format(
                reason=exc.strerror or str(exc)))
        if self.runner is None:
            try:
                done(job())
            except OSError as exc:
                failed(exc)
        else:
            self.runner.run(job, on_success=done, on_failure=failed, key="training-export")


__all__ = ["TrainingSummaryWindow"]
