"""The training summary: a screen a trainer can put on a projector after a session.

Large type, one row per scenario with a column per rubric criterion (deadline, signature,
tone, ID numbers, handling, referral; "not applicable" where a criterion does not count for
that scenario), the feedback sentences that explain what was missed, the total, and
"Export…" writing the same summary as JSON and CSV (``training.Summary.to_json`` /
``to_csv``). Plain text throughout: the notes quote checker findings and the authors are the
pack's invented citizens.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeySequence, QShortcut
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

SCORE_KEYS = ("deadline", "signature", "tone", "id_numbers", "handling", "referral")
BASE_POINT_SIZE = 15


def _minutes(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    seconds = max(0, int(round(seconds)))
    return f"{seconds // 60}:{seconds % 60:02d}"


class TrainingSummaryWindow(QWidget):
    """``TrainingSummaryWindow(summary)``: non-modal, closes with Esc or Close."""

    def __init__(self, summary, *, runner=None, parent=None, store_path: str | Path | None = None,
                 session_code: str | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("trainingSummary")
        self.setWindowTitle(self.tr("Training summary – Svarbox"))
        self.summary = summary
        self.runner = runner
        # Base path (no extension) for the JSON and CSV files, or None. Tests replace it.
        self.ask_export_path: Callable[[str], str | None] = self._export_path_dialog
        self.exported: tuple[Path, Path] | None = None
        # Certificate PDF path, or None. Tests replace it.
        self.ask_certificate_path: Callable[[str], str | None] = self._certificate_path_dialog
        self.certificate: Path | None = None
        # Team mode: stores the certificate record the publishing permission can require.
        self.on_certified: Callable[[object], None] | None = None
        self.history: list[dict] = []
        if store_path is not None:
            # Scores per trainee across sessions; a file that cannot be written costs only the history.
            from app.services.training.training_record import ScoreStore
            store = ScoreStore(store_path)
            try:
                store.record(summary, session_code=session_code)
            except OSError:
                pass
            self.history = store.history(summary.trainee)
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
        pct = s.percent
        self.total_label = self._label(self.tr("{total} of {maximum} points").format(
            total=s.total, maximum=s.maximum), "summaryTotal", 2.2, bold=True)
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.total_label.setWordWrap(False)
        head.addWidget(self.total_label)
        lay.addLayout(head)
        handled = sum(1 for sc in s.scores if sc.handled)
        verdict = self.tr("passed") if s.passed else self.tr("not passed yet (needs {pct} %)").format(
            pct=s.pass_percent)
        self.overview = self._label(self.tr("{pct} % · {handled} of {count} scenarios handled · {verdict}").format(
            pct=pct, handled=handled, count=len(s.scores), verdict=verdict), "summaryOverview", 1.1)
        lay.addWidget(self.overview)
        if len(self.history) > 1:
            earlier = ", ".join(f"{h['percent']} %" for h in self.history[-6:-1])
            self.history_label = self._label(self.tr("Earlier sessions: {scores}").format(scores=earlier),
                                             "summaryHistory", 0.9)
            lay.addWidget(self.history_label)

        # Scenario, how it was handled and the time share the first column: six criteria, the
        # points and the feedback must fit a 1366-pixel projector.
        headers = [self.tr("Scenario"), self.tr("Deadline"),
                   self.tr("Signature"), self.tr("Tone"), self.tr("ID numbers"), self.tr("Handling"),
                   self.tr("Referral"), self.tr("Points"), self.tr("Feedback")]
        points_col, notes_col = 1 + len(SCORE_KEYS), 2 + len(SCORE_KEYS)
        table = QTableWidget(len(s.scores) + 1, len(headers), self)
        table.setObjectName("summaryTable")
        table.setAccessibleName(self.tr("Scores per scenario"))
        table.setAccessibleDescription(self.tr(
            "Each scenario with its points per criterion, the total and feedback"))
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
        for r, sc in enumerate(s.scores):
            scenario = f"{sc.author}\n{self.action_text(sc.action)} · {_minutes(sc.seconds_to_answer)}"
            item = QTableWidgetItem(scenario)
            item.setIcon(icons.platform_icon(sc.platform))
            item.setToolTip(f"{sc.scenario_id} · {icons.platform_name(sc.platform)}")
            table.setItem(r, 0, item)
            for c, key in enumerate(SCORE_KEYS, start=1):
                if sc.applies(key):
                    item = self._score_item(sc.points.get(key, 0), sc.maximum[key], headers[c])
                    item.setToolTip(sc.feedback.get(key, ""))
                else:
                    item = self._not_applicable_item(headers[c])
                table.setItem(r, c, item)
            total = QTableWidgetItem(f"{sc.total}/{sc.possible}")
            total.setFont(bold)
            total.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(r, points_col, total)
            # What to learn: the sentence of every criterion not fully earned, then the checker's notes.
            missed = [sc.feedback[k] for k in SCORE_KEYS
                      if sc.applies(k) and sc.points.get(k, 0) < sc.maximum[k] and sc.feedback.get(k)]
            lines = sc.notes if not sc.handled else list(dict.fromkeys(missed + sc.notes))
            table.setItem(r, notes_col, QTableWidgetItem("\n".join(lines) if lines else self.tr("Well done.")))
        last = len(s.scores)
        totals = s.criterion_totals()
        cells = [(0, self.tr("Total")), (points_col, f"{s.total}/{s.maximum}"),
                 (notes_col, self.tr("of {maximum}").format(maximum=s.maximum))]
        cells += [(c, f"{totals[k][0]}/{totals[k][1]}" if totals[k][1] else self.tr("not applicable"))
                  for c, k in enumerate(SCORE_KEYS, start=1)]
        for c, text in cells:
            item = QTableWidgetItem(text)
            item.setFont(bold)
            if 1 <= c <= points_col:
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
        # Criterion columns as narrow as their header or the longest word of "not applicable"
        # (which wraps), so that the points and the feedback stay on the projector.
        metrics = QFontMetrics(self.font())
        small = QFontMetrics(self._small_font())
        bold_metrics = QFontMetrics(header_font)
        na_word = max(self.tr("not applicable").split(), key=small.horizontalAdvance)
        for c in range(1, 1 + len(SCORE_KEYS)):
            width = max(bold_metrics.horizontalAdvance(headers[c]) + 16, small.horizontalAdvance(na_word) + 16,
                        metrics.horizontalAdvance("000/000") + 16, metrics.horizontalAdvance("20") + 44)
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
            table.setColumnWidth(c, width)
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
        self.certificate_button = QPushButton(self.tr("Certificate…"), self)
        self.certificate_button.setObjectName("summaryCertificate")
        self.certificate_button.setAccessibleName(self.tr("Certificate"))
        self.certificate_button.setAccessibleDescription(self.tr("Save a PDF certificate for a passed pack"))
        self.certificate_button.setEnabled(s.passed)
        self.certificate_button.clicked.connect(self.save_certificate)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("summaryClose")
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        for button in (self.certificate_button, self.export_button, self.close_button):
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

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * 0.72)
        return font

    def _not_applicable_item(self, column: str) -> QTableWidgetItem:
        item = QTableWidgetItem(self.tr("not applicable"))
        item.setFont(self._small_font())
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        item.setForeground(QBrush(QColor("#6B7280")))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("{column}: not applicable").format(column=column))
        return item

    def action_text(self, action: str | None) -> str:
        return {"reply": self.tr("Reply"), "holding_reply": self.tr("Holding reply"),
                "no_reply": self.tr("No reply needed"), "refer": self.tr("Referred"),
                "hide": self.tr("Hidden"), "reject": self.tr("Rejected"), "spam": self.tr("Spam"),
                "delete": self.tr("Deleted"), None: self.tr("Not handled")}.get(action, action or "")

    # --- certificate

    def _certificate_path_dialog(self, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the certificate"), suggested,
                                              self.tr("PDF (*.pdf)"))
        return path or None

    def save_certificate(self) -> None:
        from app.services.training.training_record import save_certificate
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        stem = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in self.summary.trainee).strip("-")
        path = self.ask_certificate_path(str(Path(folder) / f"svarbox-certificate-{stem or 'trainee'}.pdf"))
        if not path:
            return
        try:
            self.certificate = save_certificate(self.summary, path)
        except OSError as exc:
            self.status.setText(self.tr("The certificate could not be written: {reason}").format(
                reason=exc.strerror or str(exc)))
            return
        self.status.setText(self.tr("Certificate saved: {path}").format(path=str(self.certificate)))
        if self.on_certified is not None:
            try:
                self.on_certified(self.summary)
            except Exception as exc:     # the PDF exists; say plainly that the record did not
                self.status.setText(self.tr("Certificate saved, but the team record could not be written: "
                                            "{reason}").format(reason=str(exc)))

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
