"""The "Posts" tab of the report window (issue 19, point 8): what was published per account
and ISO week, and the comments each post brought, for the window's period and scope.

Figures come from ``app.services.records.post_reports`` on the window's task runner. Post
texts are our own, but shown as plain text like everything else.
"""
from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import KnownError


def _table(parent: QWidget, name: str, accessible: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _cell(text: str, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class PostReportPanel(QWidget):
    """Two tables: posts per account and week; comments per post."""

    def __init__(self, ws, runner, parent=None):
        super().__init__(parent)
        self.setObjectName("postReportPanel")
        self.ws, self.runner = ws, runner
        self.weeks: list = []
        self.per_post: list = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        self.status = QLabel(self)
        self.status.setObjectName("postReportStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        lay.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        left = QWidget(splitter)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(QLabel(self.tr("Published per account and week"), left))
        self.week_table = _table(left, "postReportWeeks", self.tr("Published posts per account and week"),
                                 [self.tr("Account"), self.tr("Week"), self.tr("Posts")])
        ll.addWidget(self.week_table)
        right = QWidget(splitter)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(QLabel(self.tr("Comments each post brought"), right))
        self.post_table = _table(right, "postReportComments", self.tr("Comments per published post"),
                                 [self.tr("Published"), self.tr("Account"), self.tr("Post"), self.tr("Comments"),
                                  self.tr("Still open")])
        self.post_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        rl.addWidget(self.post_table)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([340, 800])
        lay.addWidget(splitter, 1)

    def load(self, period, account_id: int | None, institution_id: int | None) -> None:
        """Compute both tables for ``period`` (a reports.Period) and the scope, on the runner."""
        from app.services.records import post_reports
        zone = ZoneInfo(period.timezone)
        self._zone = zone
        self.status.setText(self.tr("Calculating…"))
        self.runner.run_in_session(self.ws.db, post_reports.post_report, period.since, period.until, zone,
                                   account_id, institution_id, on_success=self._loaded, on_failure=self._failed,
                                   key="report-posts", latest_only=True, label="report")

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        self.status.setText(exc.message)

    def _loaded(self, result) -> None:
        (self.weeks, self.per_post), zone = result, self._zone
        self.status.setText(self.tr("{posts} posts published in the period; they brought {comments} comments, "
                                    "{open} still open.").format(
            posts=len(self.per_post), comments=sum(r.comments for r in self.per_post),
            open=sum(r.open_comments for r in self.per_post)))
        self.week_table.setRowCount(len(self.weeks))
        for r, row in enumerate(self.weeks):
            year, _, week = row.week.partition("-W")
            self.week_table.setItem(r, 0, _cell(row.account))
            self.week_table.setItem(r, 1, _cell(self.tr("Week {week}, {year}").format(week=int(week), year=year)))
            self.week_table.setItem(r, 2, _cell(str(row.published), number=True))
        self.post_table.setRowCount(len(self.per_post))
        for r, row in enumerate(self.per_post):
            when = row.published_at.astimezone(zone).strftime("%Y-%m-%d %H:%M") if row.published_at else ""
            text = _cell(row.text)
            if row.permalink:
                text.setToolTip(row.permalink)
            for c, item in enumerate((_cell(when), _cell(row.account), text, _cell(str(row.comments), number=True),
                                      _cell(str(row.open_comments), number=True))):
                self.post_table.setItem(r, c, item)


def install(window, splitter: QSplitter) -> QTabWidget:
    """Put the report window's chart and table in a tab beside a "Posts" tab."""
    tabs = QTabWidget(window)
    tabs.setObjectName("reportTabs")
    tabs.addTab(splitter, QCoreApplication.translate("PostReportPanel", "Answers"))
    window.posts_panel = PostReportPanel(window.ws, window.runner, tabs)
    tabs.addTab(window.posts_panel, QCoreApplication.translate("PostReportPanel", "Posts"))
    return tabs
