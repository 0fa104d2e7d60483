"""The report window: on-time rate and response times per account for a period, a weekly
chart, and the table as CSV.

Figures come from ``app.services.records.reports`` (the definitions live there); they are computed
on the window's task runner, so a year of items never freezes the window. The chart is drawn
with QPainter (QtCharts is not shipped): received items per week as bars, the on-time rate
as a line on its own axis, with axis labels and a legend.
"""
from __future__ import annotations

import textwrap
from collections.abc import Callable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QPainter, QPainterPath, QPalette, QPen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app import clock as app_clock
from app.errors import KnownError
from app.ui import icons

PERIODS = ("this_week", "last_week", "this_month", "last_month", "custom")
RECALC_DELAY_MS = 250
BAR_COLOUR = "#8FB3DE"
BAR_EDGE = "#4F7DB3"
LINE_COLOUR = "#0F5C63"


def period_bounds(kind: str, today: date, first: date | None = None, last: date | None = None) -> tuple[date, date]:
    """First and last local day (both included) of a period choice."""
    if kind == "this_week":
        monday = today - timedelta(days=today.weekday())
        return monday, monday + timedelta(days=6)
    if kind == "last_week":
        monday = today - timedelta(days=today.weekday() + 7)
        return monday, monday + timedelta(days=6)
    if kind == "this_month":
        start = today.replace(day=1)
        following = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        return start, following - timedelta(days=1)
    if kind == "last_month":
        end = today.replace(day=1) - timedelta(days=1)
        return end.replace(day=1), end
    return first or today, last or today


def _nice_step(maximum: float, ticks: int = 4) -> float:
    """A round axis step (1, 2, 5 × 10^n) giving about ``ticks`` ticks up to ``maximum``."""
    if maximum <= 0:
        return 1
    raw = maximum / ticks
    magnitude = 10 ** len(str(int(raw))) / 10 if raw >= 1 else 1
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return max(1, factor * magnitude)
    return 10 * magnitude


class WeeklyChart(QWidget):
    """Received items per week (bars, left axis) and the on-time rate (line, right axis)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("weeklyChart")
        self.setAccessibleName(self.tr("Weekly chart"))
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self._points: list = []
        self._bars: list[tuple[QRectF, str]] = []
        self._message = self.tr("Calculating…")

    def sizeHint(self) -> QSize:
        return QSize(760, 260)

    def set_message(self, text: str) -> None:
        self._points, self._message = [], text
        self.setAccessibleDescription(text)
        self.update()

    def set_series(self, points: list) -> None:
        self._points = list(points)
        self._message = "" if any(p.received for p in points) else self.tr("No items in this period.")
        parts = []
        for p in self._points:
            pct = p.on_time_pct
            parts.append(self.tr("Week {week}: {n} items, {pct} on time").format(
                week=p.week_start.isocalendar()[1], n=p.received,
                pct=f"{pct:.0f} %" if pct is not None else self.tr("no deadline passed")))
        self.setAccessibleDescription("; ".join(parts) or self._message)
        self.update()

    def points(self) -> list:
        return list(self._points)

    # --- painting

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = QColor(text)
        muted.setAlpha(150)
        grid = QColor(text)
        grid.setAlpha(40)
        base = pal.color(QPalette.ColorRole.Base)
        p.fillRect(self.rect(), base)
        # The dark teal of the light theme is too dark on a dark base.
        line_colour = QColor(LINE_COLOUR if base.lightness() > 128 else "#6FC7C7")
        fm = self.fontMetrics()
        line_h = fm.height()
        left, right = fm.horizontalAdvance("00000") + 14, fm.horizontalAdvance("100 %") + 16
        top, bottom = line_h * 2 + 14, line_h * 2 + 14
        plot = QRectF(left, top, max(10, self.width() - left - right), max(10, self.height() - top - bottom))
        self._bars = []

        # Legend (top left) and axis titles (above each axis).
        x = plot.left()
        y = 6
        p.setPen(QPen(QColor(BAR_EDGE), 1))
        p.setBrush(QColor(BAR_COLOUR))
        p.drawRect(QRectF(x, y + 3, 14, line_h - 6))
        p.setPen(text)
        received_label = self.tr("Items received")
        p.drawText(QPointF(x + 20, y + fm.ascent()), received_label)
        x += 20 + fm.horizontalAdvance(received_label) + 24
        p.setPen(QPen(line_colour, 3))
        p.drawLine(QPointF(x, y + line_h / 2), QPointF(x + 18, y + line_h / 2))
        p.setBrush(line_colour)
        p.drawEllipse(QPointF(x + 9, y + line_h / 2), 3.5, 3.5)
        p.setPen(text)
        rate_label = self.tr("On time (%)")
        p.drawText(QPointF(x + 24, y + fm.ascent()), rate_label)
        p.setPen(muted)
        axis_y = top - 6 - fm.descent()
        p.drawText(QPointF(4, axis_y), self.tr("Items"))
        pct_title = self.tr("On time")
        p.drawText(QPointF(self.width() - fm.horizontalAdvance(pct_title) - 4, axis_y), pct_title)

        if not self._points or self._message:
            p.setPen(muted)
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter, self._message or self.tr("No items in this period."))
            p.setPen(QPen(grid, 1))
            p.drawLine(plot.bottomLeft(), plot.bottomRight())
            p.end()
            return

        maximum = max(p_.received for p_ in self._points)
        step = _nice_step(maximum)
        top_value = step * max(1, -(-maximum // step))
        # Grid and left axis (counts), right axis (percent).
        ticks = int(round(top_value / step))
        for i in range(ticks + 1):
            value = i * step
            yy = plot.bottom() - plot.height() * value / top_value
            p.setPen(QPen(grid, 1))
            p.drawLine(QPointF(plot.left(), yy), QPointF(plot.right(), yy))
            p.setPen(muted)
            label = f"{value:g}"
            p.drawText(QRectF(0, yy - line_h / 2, left - 8, line_h),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        for pct in (0, 25, 50, 75, 100):
            yy = plot.bottom() - plot.height() * pct / 100
            p.setPen(QPen(line_colour, 1))
            p.drawLine(QPointF(plot.right(), yy), QPointF(plot.right() + 4, yy))
            p.setPen(muted)
            p.drawText(QRectF(plot.right() + 7, yy - line_h / 2, right - 8, line_h),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, f"{pct} %")
        p.setPen(QPen(muted, 1))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        p.drawLine(plot.bottomLeft(), plot.topLeft())
        p.setPen(QPen(line_colour, 1))
        p.drawLine(plot.bottomRight(), plot.topRight())

        n = len(self._points)
        slot = plot.width() / n
        bar_w = max(3.0, min(slot * 0.62, 64.0))
        # Week labels: every week when they fit, else every k-th.
        label_w = fm.horizontalAdvance(self.tr("W{week}").format(week=53)) + 10
        every = max(1, int(-(-label_w // slot)))
        line_points: list[QPointF | None] = []
        for i, point in enumerate(self._points):
            cx = plot.left() + slot * (i + 0.5)
            h = plot.height() * point.received / top_value
            bar = QRectF(cx - bar_w / 2, plot.bottom() - h, bar_w, h)
            p.setPen(QPen(QColor(BAR_EDGE), 1))
            p.setBrush(QBrush(QColor(BAR_COLOUR)))
            if h > 0:
                p.drawRect(bar)
            pct = point.on_time_pct
            tip = self.tr("Week {week} (from {start}): {n} items received, {pct} on time").format(
                week=point.week_start.isocalendar()[1], start=point.week_start.strftime("%d/%m"), n=point.received,
                pct=f"{pct:.0f} %" if pct is not None else self.tr("no deadline passed yet,"))
            self._bars.append((QRectF(cx - slot / 2, plot.top(), slot, plot.height()), tip))
            line_points.append(QPointF(cx, plot.bottom() - plot.height() * pct / 100) if pct is not None else None)
            if i % every == 0:
                p.setPen(text)
                week = self.tr("W{week}").format(week=point.week_start.isocalendar()[1])
                p.drawText(QRectF(cx - slot * every / 2, plot.bottom() + 3, slot * every, line_h),
                           Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, week)
                p.setPen(muted)
                p.drawText(QRectF(cx - slot * every / 2, plot.bottom() + 3 + line_h, slot * every, line_h),
                           Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                           point.week_start.strftime("%d/%m"))
        # The rate: a line through weeks that have one (a gap where none was measured).
        pen = QPen(line_colour, 2.5)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        path, drawing = QPainterPath(), False
        for pt in line_points:
            if pt is None:
                drawing = False
                continue
            if drawing:
                path.lineTo(pt)
            else:
                path.moveTo(pt)
                drawing = True
        p.drawPath(path)
        p.setBrush(line_colour)
        for pt in line_points:
            if pt is not None:
                p.drawEllipse(pt, 3.5, 3.5)
        p.end()

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            pos = event.position() if hasattr(event, "position") else QPointF(event.pos())
            for rect, tip in self._bars:
                if rect.contains(pos):
                    QToolTip.showText(event.globalPos(), tip, self)
                    return True
            QToolTip.hideText()
            return True
        return super().event(event)


class ReportWindow(QWidget):
    """``ReportWindow(ws, runner, clock=..., accounts=[AccountCount])``; non-modal."""

    def __init__(self, ws, runner, *, clock: Callable[[], datetime] | None = None, accounts=None, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("reportWindow")
        self.setWindowTitle(self.tr("Reports – Svarbox"))
        self.ws = ws
        self.runner = runner
        self.clock = clock or (lambda: app_clock.now())
        self.report = None
        self.series: list = []
        self.period = None
        self._gen = 0
        # (path, delimiter) for the CSV, or None. Tests replace it.
        self.ask_csv_path: Callable[[str], tuple[str, str] | None] = self._csv_path_dialog
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RECALC_DELAY_MS)
        self._timer.timeout.connect(self.recalculate)
        self._build()
        self.resize(1180, 760)
        if accounts is None:
            self._load_accounts()
        else:
            self._fill_scopes(accounts)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        self.recalculate()

    # --- construction

    def _build(self) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 12, 12, 12)
        lay.setSpacing(8)

        bar = QHBoxLayout()
        bar.setSpacing(6)
        period_label = QLabel(self.tr("&Period"), self)
        self.period_box = QComboBox(self)
        self.period_box.setObjectName("reportPeriod")
        self.period_box.setAccessibleName(self.tr("Period"))
        for key, text in zip(PERIODS, (self.tr("This week"), self.tr("Last week"), self.tr("This month"),
                                       self.tr("Last month"), self.tr("Custom period"))):
            self.period_box.addItem(text, key)
        period_label.setBuddy(self.period_box)
        bar.addWidget(period_label)
        bar.addWidget(self.period_box)

        today = QDate.currentDate()
        self.from_edit = self._date_edit("reportFrom", self.tr("From"), today.addDays(-27))
        self.to_edit = self._date_edit("reportTo", self.tr("To"), today)
        for label_text, edit in ((self.tr("&From"), self.from_edit), (self.tr("&To"), self.to_edit)):
            label = QLabel(label_text, self)
            # Kerning ("To") can make the hint a pixel short: the last letter would be clipped.
            label.setMinimumWidth(label.sizeHint().width() + 4)
            label.setBuddy(edit)
            bar.addWidget(label)
            bar.addWidget(edit)
        bar.addSpacing(12)
        scope_label = QLabel(self.tr("&Accounts"), self)
        self.scope_box = QComboBox(self)
        self.scope_box.setObjectName("reportScope")
        self.scope_box.setAccessibleName(self.tr("Accounts"))
        self.scope_box.setAccessibleDescription(self.tr("All accounts, one institution's or one account"))
        self.scope_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scope_box.setMinimumContentsLength(30)
        self.scope_box.addItem(self.tr("All accounts"), None)
        scope_label.setBuddy(self.scope_box)
        bar.addWidget(scope_label)
        bar.addWidget(self.scope_box)
        bar.addStretch(1)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.setObjectName("reportExportCsv")
        self.export_button.setAccessibleName(self.tr("Export CSV"))
        self.export_button.setAccessibleDescription(self.tr("Save the table as a CSV file for a spreadsheet"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_csv)
        bar.addWidget(self.export_button)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("reportClose")
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        bar.addWidget(self.close_button)
        lay.addLayout(bar)

        self.status = QLabel(self)
        self.status.setObjectName("reportStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setStyleSheet("font-weight: 600;")
        lay.addWidget(self.status)

        self.chart = WeeklyChart(self)
        chart_box = QFrame(self)
        chart_box.setObjectName("reportChartBox")
        chart_box.setFrameShape(QFrame.Shape.StyledPanel)
        cl = QVBoxLayout(chart_box)
        cl.setContentsMargins(6, 6, 6, 6)
        cl.addWidget(self.chart)

        self.table = QTableWidget(self)
        self.table.setObjectName("reportTable")
        self.table.setAccessibleName(self.tr("Report table"))
        self.table.setAccessibleDescription(self.tr("One row per account and a total row"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setAccessibleName(self.tr("Columns"))

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("reportSplitter")
        splitter.addWidget(chart_box)
        splitter.addWidget(self.table)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 420])
        splitter.handle(1).setAccessibleName(self.tr("Resize chart and table"))
        from app.ui.widgets.post_report_panel import install
        lay.addWidget(install(self, splitter), 1)     # tabs: answers | posts (issue 19)

        self.period_box.currentIndexChanged.connect(self._period_changed)
        self.scope_box.currentIndexChanged.connect(lambda _i: self._timer.start())
        self.from_edit.dateChanged.connect(lambda _d: self._timer.start())
        self.to_edit.dateChanged.connect(lambda _d: self._timer.start())
        self._period_changed()

    def _date_edit(self, name: str, accessible: str, value: QDate) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(accessible)
        return edit

    def _period_changed(self, _index: int = 0) -> None:
        custom = self.period_box.currentData() == "custom"
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        if not custom:
            first, last = period_bounds(self.period_box.currentData(), self._today())
            for edit, day in ((self.from_edit, first), (self.to_edit, last)):
                edit.blockSignals(True)
                edit.setDate(QDate(day.year, day.month, day.day))
                edit.blockSignals(False)
        self._timer.start()

    def _today(self) -> date:
        return self.clock().astimezone().date()

    # --- scope (accounts and institutions)

    def _load_accounts(self) -> None:
        from app.services.inbound import inbox
        self.runner.run_in_session(self.ws.db, lambda s: inbox.navigator_counts(s).accounts,
                                   on_success=self._fill_scopes, on_failure=self._failed, key="report-accounts")

    def _fill_scopes(self, accounts) -> None:
        current = self.scope_box.currentData()
        self.scope_box.blockSignals(True)
        try:
            while self.scope_box.count() > 1:
                self.scope_box.removeItem(1)
            seen_institutions: set = set()
            for acc in sorted(accounts, key=lambda a: (a.institution is None, (a.institution or "").casefold(),
                                                       a.name.casefold())):
                if acc.institution_id is not None and acc.institution_id not in seen_institutions:
                    seen_institutions.add(acc.institution_id)
                    self.scope_box.addItem(self.tr("{institution} – all its accounts").format(
                        institution=acc.institution), f"institution:{acc.institution_id}")
                self.scope_box.addItem(icons.platform_icon(acc.platform), "    " + acc.name, f"account:{acc.account_id}")  # noqa: E501
            index = self.scope_box.findData(current) if current else 0
            self.scope_box.setCurrentIndex(max(0, index))
        finally:
            self.scope_box.blockSignals(False)

    def select_scope(self, kind: str | None, ident: int | None = None) -> bool:
        """Pick "all" (None), ("institution", id) or ("account", id) as if chosen by hand."""
        index = 0 if kind is None else self.scope_box.findData(f"{kind}:{ident}")
        if index < 0:
            return False
        self.scope_box.setCurrentIndex(index)
        self.recalculate()     # no typing to wait for
        return True

    def select_period(self, kind: str, first: date | None = None, last: date | None = None) -> None:
        if kind == "custom" and first and last:
            self.from_edit.setDate(QDate(first.year, first.month, first.day))
            self.to_edit.setDate(QDate(last.year, last.month, last.day))
        self.period_box.setCurrentIndex(PERIODS.index(kind))
        self.recalculate()

    # --- computing

    def recalculate(self) -> None:
        """Compute the report for the current choices on the runner; "Calculating…" meanwhile."""
        self._timer.stop()
        self._gen += 1
        gen = self._gen
        # Combo data: None (all), "account:<id>" or "institution:<id>".
        kind_of, _, ident = (self.scope_box.currentData() or "").partition(":")
        account_id = int(ident) if kind_of == "account" else None
        institution_id = int(ident) if kind_of == "institution" else None
        self._scope, kind = (account_id, institution_id), self.period_box.currentData()
        first = self.from_edit.date().toPython()
        last = self.to_edit.date().toPython()
        now = self.clock()

        def job(s):
            from app.services.records import reports
            zone = reports.report_zone(s, account_id, institution_id)
            day = now.astimezone(ZoneInfo(zone)).date()
            start, end = period_bounds(kind, day, first, last)
            period = reports.days_period(start, end, zone)
            report = reports.build_report(s, period.since, period.until, account_id, institution_id, now, zone)
            series = reports.weekly_series(s, period.since, period.until, account_id, institution_id, now, zone)
            return period, report, series

        self.status.setText(self.tr("Calculating…"))
        self.chart.set_message(self.tr("Calculating…"))
        self.export_button.setEnabled(False)
        self.runner.run_in_session(self.ws.db, job, on_success=lambda r: self._calculated(gen, r),
                                   on_failure=lambda exc: self._failed(exc, gen), key="report", latest_only=True,
                                   label="report")

    def is_calculating(self) -> bool:
        return self.runner.is_busy("report") or self._timer.isActive()

    def _calculated(self, gen: int, result) -> None:
        if gen != self._gen:
            return   # the choices changed meanwhile; a newer result is coming
        self.period, self.report, self.series = result
        report = self.report
        first = self.period.since.date()
        last = (self.period.until - timedelta(days=1)).date()
        total = report.total
        pct = total.on_time_pct
        self.status.setText(self.tr("{first} to {last}: {received} items received, {pct} answered on time, "
                                    "{overdue} overdue now.").format(
            first=first.isoformat(), last=last.isoformat(), received=total.received, overdue=total.overdue_now,
            pct=f"{pct:.1f} %" if pct is not None else self.tr("none measured yet –")))
        self.chart.set_series(self.series)
        self.posts_panel.load(self.period, *self._scope)
        self._fill_table(report)
        self.export_button.setEnabled(True)

    def _failed(self, exc: BaseException, gen: int | None = None) -> None:
        if gen is not None and gen != self._gen:
            return
        if isinstance(exc, KnownError):
            self.status.setText(exc.message)
            self.chart.set_message(exc.message)
            return
        parent = self.parentWidget()
        if parent is not None and hasattr(parent, "_known_or_bug"):
            parent._known_or_bug(exc)
        else:
            raise exc

    def _fill_table(self, report) -> None:
        from app.services.records import reports
        labels = reports.column_labels()
        keys = [key for key, _ in reports.COLUMNS]
        self.table.clear()
        self.table.setColumnCount(len(keys))
        self.table.setRowCount(len(report.rows) + 1)
        # Long headings wrap over lines: the table is wide enough as it is.
        self.table.setHorizontalHeaderLabels([textwrap.fill(labels[k], 16) for k in keys])
        for col, key in enumerate(keys):
            self.table.horizontalHeaderItem(col).setToolTip(labels[key])
        bold = QFont(self.table.font())
        bold.setBold(True)
        total_bg = QColor(icons.bg("none") or "#EEF2F5")
        for r, row in enumerate(report.rows + [report.total]):
            is_total = row is report.total
            cells = reports.format_cells(row)
            for col, (key, text) in enumerate(zip(keys, cells)):
                if key == "platform" and text:
                    text = icons.platform_name(text)
                item = QTableWidgetItem(text)
                if key not in ("account", "institution", "platform"):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if key == "platform" and row.platform:
                    item.setIcon(icons.platform_icon(row.platform))
                if is_total:
                    item.setFont(bold)
                    item.setBackground(QBrush(total_bg.darker(104)))
                self.table.setItem(r, col, item)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()

    # --- export

    def _csv_path_dialog(self, suggested: str) -> tuple[str, str] | None:
        comma = self.tr("CSV, comma-separated (*.csv)")
        semicolon = self.tr("CSV for Danish and Swedish spreadsheets, semicolon-separated (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export the report as CSV"), suggested,
                                                   f"{semicolon};;{comma}", semicolon)
        if not path:
            return None
        return path, ";" if chosen == semicolon else ","

    def export_csv(self) -> None:
        if self.report is None:
            return
        first = self.period.since.date().isoformat()
        last = (self.period.until - timedelta(days=1)).date().isoformat()
        answer = self.ask_csv_path(f"svarbox-report-{first}-{last}.csv")
        if not answer:
            return
        path, delimiter = answer
        report = self.report

        def job():
            # UTF-8 with a byte-order mark: spreadsheets then read æ, ø, å, ä and ö right.
            with open(path, "w", encoding="utf-8-sig", newline="") as handle:
                report.write_csv(handle, delimiter=delimiter)
            return path

        def done(written: str) -> None:
            self.status.setText(self.tr("Saved {path}").format(path=written))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, OSError):
                self.status.setText(self.tr("The file could not be written: {reason}").format(
                    reason=exc.strerror or str(exc)))
            else:
                self._failed(exc)
        self.runner.run(job, on_success=done, on_failure=failed, key="report-export")


__all__ = ["ReportWindow", "WeeklyChart", "period_bounds"]
