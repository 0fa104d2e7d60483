"""The planning calendar (issue 19): week and month views of posts per account and of manual
channels (web, newsletter, press, signs), drag to reschedule, filters, status colours from
the palette, warnings for posts that need a running Svarbox, .ics export.

It docks beside the deadline inbox in the main window (``show_for``), so what goes out and
what comes in are in one window; the dock can be floated to a window of its own. The main
window also gets the scheduler tick (``install_scheduler``): while it runs, due posts on
platforms without native scheduling are published under the team lease.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDockWidget,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import clock as app_clock
from app.errors import KnownError
from app.ui import theme
from app.ui.dialogs.calendar_cells import POST_ROLE, STATUS_ROLE, DayCell, ManualEntryDialog, channel_name, status_name
from app.ui.tasks import TaskRunner


class CalendarWidget(QWidget):
    changed = Signal()

    def __init__(self, ws, *, clock: Callable[[], datetime] | None = None, user: str | None = None, parent=None):
        super().__init__(parent)
        self.ws = ws
        self.clock = clock or app_clock.now
        self.user = user or ws.user
        self.zone = app_clock.local_zone()
        self.mode = "week"
        self.anchor = self.clock().astimezone(self.zone).date()
        self.rows = []
        self.cells: list[DayCell] = []
        self.setObjectName("planningCalendar")
        self._build()
        self.reload()

    # --- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        bar = QHBoxLayout()
        self.week_button = QPushButton(self.tr("Week"), self)
        self.month_button = QPushButton(self.tr("Month"), self)
        group = QButtonGroup(self)
        for button in (self.week_button, self.month_button):
            button.setCheckable(True)
            group.addButton(button)
            bar.addWidget(button)
        self.week_button.setChecked(True)
        self.week_button.clicked.connect(lambda: self.set_mode("week"))
        self.month_button.clicked.connect(lambda: self.set_mode("month"))
        self.prev_button = QPushButton("◀", self)
        self.prev_button.setAccessibleName(self.tr("Previous period"))
        self.today_button = QPushButton(self.tr("Today"), self)
        self.next_button = QPushButton("▶", self)
        self.next_button.setAccessibleName(self.tr("Next period"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        for w in (self.prev_button, self.today_button, self.next_button):
            bar.addWidget(w)
        for w in (self.week_button, self.month_button, self.today_button):
            w.setMaximumWidth(80)
        for w in (self.prev_button, self.next_button):
            w.setMaximumWidth(36)
        self.period_label = QLabel(self)
        self.period_label.setObjectName("calendarPeriod")
        font = self.period_label.font()
        font.setBold(True)
        self.period_label.setFont(font)
        bar.addWidget(self.period_label, 1)
        self.account_filter = QComboBox(self)
        self.institution_filter = QComboBox(self)
        self.campaign_filter = QComboBox(self)
        for combo, name in ((self.account_filter, self.tr("Account")), (self.institution_filter, self.tr("Institution")),  # noqa: E501
                            (self.campaign_filter, self.tr("Campaign or label"))):
            combo.setAccessibleName(name)
            # Long account names must not push the window past a 1366-pixel screen.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(11)
            combo.setToolTip(name)
            combo.currentIndexChanged.connect(lambda _i: self.reload())
            bar.addWidget(combo)
        self.new_button = QPushButton(self.tr("New entry…"), self)
        self.new_button.setToolTip(self.tr("Plan web, newsletter, press or signs next to the posts"))
        self.new_button.clicked.connect(self.new_manual_entry)
        self.ics_button = QPushButton(self.tr("Export .ics…"), self)
        self.ics_button.setToolTip(self.tr("Save the calendar for Outlook or another calendar to import or subscribe to"))  # noqa: E501
        self.ics_button.clicked.connect(self.export_ics)
        self.post_button = QPushButton(self.tr("New post…"), self)
        self.post_button.setToolTip(self.tr("Compose a post for one or more accounts"))
        self.post_button.clicked.connect(self.new_post)
        bar.addWidget(self.post_button)
        bar.addWidget(self.new_button)
        bar.addWidget(self.ics_button)
        outer.addLayout(bar)

        legend = QHBoxLayout()
        legend.setSpacing(6)
        self.legend_labels = []
        for status in ("idea", "draft", "awaiting_approval", "scheduled", "published", "failed"):
            label = QLabel(status_name(status), self)
            label.setObjectName(f"legend_{status}")
            label.setContentsMargins(6, 1, 6, 1)
            self.legend_labels.append((status, label))
            legend.addWidget(label)
        legend.addStretch(1)
        outer.addLayout(legend)

        self.warning = QLabel(self)
        self.warning.setObjectName("calendarWarning")
        self.warning.setWordWrap(True)
        self.warning.setContentsMargins(8, 4, 8, 4)
        outer.addWidget(self.warning)
        self.message = QLabel(self)
        self.message.setObjectName("calendarMessage")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        outer.addWidget(self.message)

        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(3)
        outer.addWidget(self.grid_host, 1)
        self._fill_filters()
        self.apply_colours()

    def apply_colours(self) -> None:
        for status, label in self.legend_labels:
            pair = theme.colours(STATUS_ROLE[status])
            label.setStyleSheet(f"color: {pair.fg}; background: {pair.bg}; border: 1px solid {pair.fg}; "
                                "border-radius: 3px;")
        warn = theme.colours("banner.offline")
        self.warning.setStyleSheet(f"color: {warn.fg}; background: {warn.bg};")
        err = theme.colours("field.error")
        self.message.setStyleSheet(f"color: {err.fg};")

    def _fill_filters(self) -> None:
        from app.services import accounts as account_service
        from app.services.outbound import posts
        rows = TaskRunner.call_in_session(self.ws.db, posts.list_posts)
        infos = account_service.list_accounts(self.ws)
        self.account_filter.blockSignals(True)
        self.account_filter.addItem(self.tr("All accounts"), None)
        for info in infos:
            self.account_filter.addItem(info.name, info.id)
        self.account_filter.blockSignals(False)
        self.institution_filter.blockSignals(True)
        self.institution_filter.addItem(self.tr("All institutions"), None)
        for name in sorted({getattr(i, "institution", None) for i in infos} - {None, ""}):
            self.institution_filter.addItem(name, name)
        self.institution_filter.blockSignals(False)
        self.campaign_filter.blockSignals(True)
        self.campaign_filter.addItem(self.tr("All campaigns and labels"), None)
        for value in sorted({r.campaign for r in rows if r.campaign}):
            self.campaign_filter.addItem(value, ("campaign", value))
        for value in sorted({r.label for r in rows if r.label}):
            self.campaign_filter.addItem("#" + value, ("label", value))
        self.campaign_filter.blockSignals(False)

    # --- navigation -----------------------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        self.mode = mode
        (self.week_button if mode == "week" else self.month_button).setChecked(True)
        self.reload()

    def step(self, direction: int) -> None:
        if self.mode == "week":
            self.anchor += timedelta(days=7 * direction)
        else:
            month = self.anchor.month - 1 + direction
            self.anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        self.reload()

    def go_today(self) -> None:
        self.anchor = self.clock().astimezone(self.zone).date()
        self.reload()

    def days(self) -> list[date]:
        if self.mode == "week":
            start = self.anchor - timedelta(days=self.anchor.weekday())
            return [start + timedelta(days=i) for i in range(7)]
        first = self.anchor.replace(day=1)
        start = first - timedelta(days=first.weekday())
        return [start + timedelta(days=i) for i in range(42)]

    def _period_text(self) -> str:
        days = self.days()
        if self.mode == "week":
            week = days[0].isocalendar()[1]
            return self.tr("Week {week}: {first} – {last}").format(
                week=week, first=days[0].strftime("%d.%m"), last=days[-1].strftime("%d.%m.%Y"))
        return self.tr("{month} {year}").format(month=self._month_name(self.anchor.month), year=self.anchor.year)

    def _month_name(self, month: int) -> str:
        names = [self.tr("January"), self.tr("February"), self.tr("March"), self.tr("April"), self.tr("May"),
                 self.tr("June"), self.tr("July"), self.tr("August"), self.tr("September"), self.tr("October"),
                 self.tr("November"), self.tr("December")]
        return names[month - 1]

    def _weekday_name(self, day: date) -> str:
        names = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"), self.tr("Sat"),
                 self.tr("Sun")]
        return names[day.weekday()]

    # --- data -----------------------------------------------------------------------------
    def _filters(self) -> dict:
        out: dict = {}
        account = self.account_filter.currentData()
        if account is not None:
            out["account_ids"] = [account]
        institution = self.institution_filter.currentData()
        if institution:
            out["institution"] = institution
        tag = self.campaign_filter.currentData()
        if tag:
            out[tag[0]] = tag[1]
        return out

    def reload(self) -> None:
        from app.services.outbound import posts
        days = self.days()
        start = datetime.combine(days[0], time(0), self.zone)
        end = datetime.combine(days[-1] + timedelta(days=1), time(0), self.zone)
        self.rows = TaskRunner.call_in_session(self.ws.db, posts.list_posts, start=start, end=end,
                                               include_unscheduled=False, now=self.clock(), **self._filters())
        self.period_label.setText(self._period_text())
        self._draw(days)
        waiting = [r for r in self.rows if r.needs_running_client and r.status in ("scheduled", "awaiting_approval")]
        self.warning.setVisible(bool(waiting))
        if waiting:
            self.warning.setText(self.tr("⚠ %n post(s) go out only if Svarbox is running at that time "
                                         "(this window or svarbox worker): their platforms cannot schedule.",
                                         "", len(waiting)))

    def _draw(self, days: list[date]) -> None:
        for cell in self.cells:
            self.grid.removeWidget(cell)
            cell.hide()              # not drawn again while its deletion is pending
            cell.deleteLater()
        self.cells = []
        today = self.clock().astimezone(self.zone).date()
        by_day: dict[date, list] = {}
        for row in self.rows:
            by_day.setdefault(row.scheduled_at.astimezone(self.zone).date(), []).append(row)
        columns = 7
        for index, day in enumerate(days):
            cell = DayCell(day, self._dropped, self.grid_host)
            muted = self.mode == "month" and day.month != self.anchor.month
            text = f"{self._weekday_name(day)} {day.day}.{day.month}." if self.mode == "week" or index < 7 \
                else f"{day.day}."
            cell.header.setText(("● " if day == today else "") + text)
            if muted:
                cell.header.setStyleSheet(f"color: {theme.fg('none')};")
            cell.entries.setWordWrap(self.mode == "week")
            cell.entries.setTextElideMode(Qt.TextElideMode.ElideRight)
            cell.entries.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            cell.entries.customContextMenuRequested.connect(
                lambda pos, lst=cell.entries: self._entry_menu(lst, pos))
            for row in sorted(by_day.get(day, []), key=lambda r: r.scheduled_at):
                cell.entries.addItem(self._entry(row))
            self.grid.addWidget(cell, index // columns, index % columns)
            self.cells.append(cell)
        for r in range(6):
            self.grid.setRowStretch(r, 1 if r < len(days) // columns else 0)

    def _entry(self, row) -> QListWidgetItem:
        when = row.scheduled_at.astimezone(self.zone).strftime("%H:%M")
        where = row.account_name or channel_name(row.channel or "")
        first_line = (row.text or "").splitlines()[0] if row.text else ""
        flag = " ⚠" if row.needs_running_client and row.status in ("scheduled", "awaiting_approval") else ""
        compact = self.mode == "month"
        # Status first: if Qt cuts a long wrapped entry, it cuts the post's text, never the status.
        if compact:   # month: one line an entry; the rest is in the tooltip
            text = f"{when} {status_name(row.status)}{flag} · {where} · {first_line[:60]}"
        else:
            text = f"{when} · {status_name(row.status)}{flag}\n{where}\n{first_line[:90]}"
        item = QListWidgetItem(text)
        item.setData(POST_ROLE, row.id)
        pair = theme.colours(STATUS_ROLE.get(row.status, "secondary"))
        item.setForeground(QColor(pair.fg))
        item.setBackground(QColor(pair.bg))
        tip = [f"{where} · {status_name(row.status)}", row.text or ""]
        if row.link:
            tip.append(row.link)
        if row.campaign or row.label:
            tip.append(" / ".join(v for v in (row.campaign, row.label) if v))
        if flag:
            tip.append(self.tr("Goes out only if Svarbox is running at that time."))
        if row.review_comment:
            tip.append(self.tr("Comment: {text}").format(text=row.review_comment))
        if row.last_error:
            tip.append(row.last_error)
        item.setToolTip("\n".join(tip))
        return item

    # --- actions --------------------------------------------------------------------------
    def new_post(self) -> list[int]:
        from app.ui.dialogs.post_composer import PostComposer
        start = datetime.combine(self.anchor, time(9, 0), self.zone)
        dialog = PostComposer(self.ws, self, user=self.user, clock=self.clock, at=start)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        self.reload()
        self.changed.emit()
        return dialog.saved_ids

    def _entry_menu(self, entries: QListWidget, pos) -> None:
        from PySide6.QtWidgets import QMenu
        item = entries.itemAt(pos)
        if item is None:
            return
        post_id = item.data(POST_ROLE)
        row = next((r for r in self.rows if r.id == post_id), None)
        if row is None:
            return
        menu = QMenu(self)
        if row.status == "awaiting_approval":
            menu.addAction(self.tr("Approve"), lambda: self.approve_post(post_id))
            menu.addAction(self.tr("Reject…"), lambda: self._ask_reject(post_id))
        if row.status in ("draft", "idea", "failed", "rejected") and row.account_id:
            menu.addAction(self.tr("Schedule or propose"), lambda: self.submit_post(post_id))
        if row.permalink:
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices
            menu.addAction(self.tr("Open on the platform"), lambda: QDesktopServices.openUrl(QUrl(row.permalink)))
        if not menu.isEmpty():
            menu.exec(entries.viewport().mapToGlobal(pos))

    def _ask_reject(self, post_id: int) -> None:
        from PySide6.QtWidgets import QInputDialog
        text, ok = QInputDialog.getText(self, self.tr("Reject the post"), self.tr("Why? The colleague sees this."))
        if ok:
            self.reject_post(post_id, text)

    def _post_action(self, fn, *args) -> bool:
        try:
            TaskRunner.call_in_session(self.ws.db, fn, *args)
        except KnownError as exc:
            self._say(str(exc))
            return False
        self._say("")
        self.reload()
        self.changed.emit()
        return True

    def approve_post(self, post_id: int, comment: str | None = None) -> bool:
        from app.services.outbound import posts
        return self._post_action(posts.approve, post_id, self.user, comment)

    def reject_post(self, post_id: int, comment: str) -> bool:
        from app.services.outbound import posts
        return self._post_action(posts.reject, post_id, self.user, comment)

    def submit_post(self, post_id: int) -> bool:
        from app.services.outbound import posts
        return self._post_action(posts.submit, post_id, self.user)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _dropped(self, post_id: int, day: date) -> None:
        self.move_post(post_id, day)

    def move_post(self, post_id: int, day: date) -> bool:
        """Drag to reschedule: the same time of day on ``day``, with the same checks."""
        from app.services.outbound import posts
        row = next((r for r in self.rows if r.id == post_id), None)
        if row is None or row.scheduled_at is None:
            return False
        local = row.scheduled_at.astimezone(self.zone)
        moment = datetime.combine(day, local.timetz().replace(tzinfo=None), self.zone)
        try:
            TaskRunner.call_in_session(self.ws.db, posts.reschedule, post_id, moment, self.user)
        except KnownError as exc:
            self._say(str(exc))
            self.reload()
            return False
        self._say("")
        self.reload()
        self.changed.emit()
        return True

    def new_manual_entry(self) -> None:
        start = datetime.combine(self.anchor, time(9, 0), self.zone)
        dialog = ManualEntryDialog(self, start)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.add_manual(dialog.channel.currentData(), dialog.title.text(),
                        dialog.when.dateTime().toPython().replace(tzinfo=self.zone), dialog.campaign.text())

    def add_manual(self, channel: str, title: str, at: datetime, campaign: str = "") -> int | None:
        from app.services.outbound import posts
        if not title.strip():
            self._say(self.tr("Give the entry a title."))
            return None
        post_id = TaskRunner.call_in_session(self.ws.db, posts.add_manual, self.user, channel, title.strip(), at,
                                             campaign=campaign or None)
        self.reload()
        return post_id

    def export_ics(self, path: str | None = None) -> str | None:
        from app.fileio import write_atomic
        from app.services.outbound import ics
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the calendar"), "svarbox-calendar.ics",
                                                  self.tr("iCalendar (*.ics)"))
            if not path:
                return None
        try:
            write_atomic(path, ics.to_ics(self.rows).encode("utf-8"))
        except OSError as exc:
            self._say(self.tr("The calendar could not be saved: {reason}").format(reason=exc.strerror or exc))
            return None
        return path


def show_for(window) -> QDockWidget:
    """Dock the calendar beside the inbox (one window); created once, shown again later."""
    dock = getattr(window, "_calendar_dock", None)
    if dock is None:
        dock = QDockWidget(QCoreApplication.translate("Calendar", "Planning calendar"), window)
        dock.setObjectName("calendarDock")
        dock.setWidget(CalendarWidget(window.ws, clock=getattr(window, "now", None), user=window.user))
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        window._calendar_dock = dock
    dock.show()
    dock.raise_()
    dock.widget().reload()
    return dock


def install_scheduler(window, interval_ms: int = 60_000) -> QTimer:
    """Publish due posts while the window runs (the team lease keeps it to one client)."""
    from app.services.outbound import scheduler

    timer = QTimer(window)
    timer.setObjectName("postScheduler")

    def tick() -> None:
        runner = getattr(window, "runner", None)
        if runner is None or runner.is_busy("posts"):
            return
        # A failed round (team database away, platform down) is logged, not shown: the next
        # round tries again, and the calendar shows each post's own state.
        runner.run(lambda: scheduler.run_due(window.ws), on_success=lambda _r: None,
                   on_failure=lambda exc: logging.getLogger(__name__).warning("Post scheduler round failed: %s", exc),
                   key="posts")

    timer.timeout.connect(tick)
    timer.start(interval_ms)
    return timer
