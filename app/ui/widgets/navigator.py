"""The navigator: saved views with counts, then accounts grouped by owning institution,
each with open/overdue counts and its sync status (last sync, needs reconnecting, paused).
What the person has not opened yet shows as a bold label with the unread count, "Open (3)"."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QBrush, QColor, QFont, QFontMetrics, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import clock
from app.services.inbound.inbox import view_label
from app.ui import icons
from app.ui.plaintext import tip

NAV_VIEWS = ("open", "overdue", "due_today", "followup", "answered", "hidden", "mentions", "assigned", "held",
             "failed")
KeyRole = Qt.ItemDataRole.UserRole + 1
LookRole = Qt.ItemDataRole.UserRole + 7   # what the icons last showed (skip unchanged)
UnreadRole = Qt.ItemDataRole.UserRole + 8  # unread items for this person (bold label, "(n)")
NameRole = Qt.ItemDataRole.UserRole + 2    # the row's name without counts or status


def key_text(key: tuple) -> str:
    """A navigator key as text for QSettings: "view:open", "account:3", "institution:1"."""
    return f"{key[0]}:{key[1]}"


def key_from_text(text: str | None) -> tuple | None:
    if not text or ":" not in text:
        return None
    kind, _, value = text.partition(":")
    if kind == "view" and value in NAV_VIEWS:
        return ("view", value)
    if kind in ("account", "institution"):
        try:
            return (kind, int(value))
        except ValueError:
            return None
    return None


class Navigator(QWidget):
    #: The chosen view changed: a dict of ViewSpec fields (view, account_id, institution_id).
    viewChanged = Signal(dict)
    reconnectRequested = Signal(int)
    syncRequested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("navigatorPane")
        self._accounts: dict[int, object] = {}
        self._shape: tuple = ()
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("navigator")
        self.tree.setAccessibleName(self.tr("Navigator"))
        self.tree.setAccessibleDescription(self.tr(
            "Saved views and accounts with their counts of open and overdue items"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(10)
        self.tree.setUniformRowHeights(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A long name is cut before its unread count, never the count: "Venter på opf… (2)".
        self.tree.setItemDelegateForColumn(0, _KeepCountDelegate(self, self.tree))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        self.reconnect_button = QPushButton(self.tr("Reconnect account…"), self)
        self.reconnect_button.setObjectName("reconnectButton")
        self.reconnect_button.setAccessibleName(self.tr("Reconnect account"))
        self.reconnect_button.setAccessibleDescription(self.tr(
            "Sign in again to the platform for the selected account"))
        self.reconnect_button.setIcon(icons.state_icon("warning"))
        self.reconnect_button.hide()
        self.reconnect_button.clicked.connect(self._reconnect_current)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.tree)
        layout.addWidget(self.reconnect_button)

        bold = QFont(self.tree.font())
        bold.setBold(True)
        self._views_root = QTreeWidgetItem(self.tree, [self.tr("Views")])
        self._section(self._views_root, bold)
        self._view_items: dict[str, QTreeWidgetItem] = {}
        for view in NAV_VIEWS:
            item = QTreeWidgetItem(self._views_root, [view_label(view), "", ""])
            item.setData(0, KeyRole, ("view", view))
            item.setData(0, NameRole, view_label(view))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._view_items[view] = item
        self._accounts_root = QTreeWidgetItem(self.tree, [self.tr("Accounts")])
        self._section(self._accounts_root, bold)
        self.tree.expandAll()
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.setCurrentItem(self._view_items["open"])

    @staticmethod
    def _section(item: QTreeWidgetItem, font: QFont) -> None:
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setFont(0, font)
        item.setFirstColumnSpanned(True)

    # --- selection

    def current_key(self) -> tuple:
        item = self.tree.currentItem()
        key = item.data(0, KeyRole) if item is not None else None
        return tuple(key) if key else ("view", "open")

    def select_key(self, key: tuple | None) -> bool:
        for item in self._all_items():
            data = item.data(0, KeyRole)
            if data and tuple(data) == tuple(key or ()):
                self.tree.setCurrentItem(item)
                return True
        return False

    def select_view(self, view: str) -> None:
        self.select_key(("view", view))

    def spec_fields(self) -> dict:
        kind, value = self.current_key()
        if kind == "account":
            return {"view": "open", "account_id": value, "institution_id": None}
        if kind == "institution":
            return {"view": "open", "account_id": None, "institution_id": value}
        return {"view": value, "account_id": None, "institution_id": None}

    def _all_items(self):
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            yield item
            stack.extend(item.child(i) for i in range(item.childCount()))

    def _current_changed(self, current, _previous) -> None:
        if current is None or not current.data(0, KeyRole):
            return
        self._update_reconnect_button()
        self.viewChanged.emit(self.spec_fields())

    # --- counts and status

    def set_counts(self, counts, now: datetime | None = None) -> None:
        """Update numbers in place (selection and scroll stay); rebuild the account part only
        when accounts or institutions changed."""
        now = now or clock.now()
        unread = getattr(counts, "unread", {}) or {}
        for view, item in self._view_items.items():
            total, overdue = counts.views.get(view, (0, 0))
            self._set_numbers(item, total, overdue, view_label(view), unread.get(view, 0))
            item.setText(0, self.unread_label(view_label(view), unread.get(view, 0)))
        shape = tuple((a.institution_id, a.account_id) for a in counts.accounts)
        if shape != self._shape:
            self._rebuild_accounts(counts.accounts)
            self._shape = shape
        self._accounts = {a.account_id: a for a in counts.accounts}
        per_institution: dict = {}
        for acc in counts.accounts:
            item = self._find(("account", acc.account_id))
            if item is None:
                continue
            self._set_numbers(item, acc.open, acc.overdue, acc.name, acc.unread)
            status = self.status_text(acc, now)
            name = self.unread_label(acc.name, acc.unread)
            item.setText(0, f"{name}\n{status}" if status else name)
            platform = icons.platform_name(acc.platform)
            if platform.casefold() in acc.name.casefold():      # "Viborg (Facebook)" says it already
                described = self.tr("{account} – {status}").format(account=acc.name, status=status or self.tr("ok"))
            else:
                described = self.tr("{account} ({platform}) – {status}").format(
                    account=acc.name, platform=platform, status=status or self.tr("ok"))
            if acc.status in ("error", "offline", "paused", "needs_reconnect") and acc.status_message:
                described += "\n" + acc.status_message    # the reason in words, from the sync
            item.setToolTip(0, tip(described))   # account names come from the platform: never HTML
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, described)
            warn = acc.status in ("needs_reconnect", "error", "offline", "paused")
            # Icons only when something changed: setting hundreds of icons on every refresh
            # kept the GUI thread busy for ~80 ms.
            look = (acc.platform, acc.status, warn)
            if item.data(0, LookRole) != look:
                item.setData(0, LookRole, look)
                item.setIcon(0, icons.platform_icon(acc.platform))
                item.setForeground(0, QBrush(QColor(icons.fg("overdue"))) if acc.status == "needs_reconnect"
                                   else QBrush())
                if warn:
                    item.setIcon(1, icons.state_icon("warning" if acc.status == "needs_reconnect" else "offline"))
                else:
                    item.setIcon(1, QIcon())
            tot = per_institution.setdefault(acc.institution_id, [0, 0, 0])
            tot[0] += acc.open
            tot[1] += acc.overdue
            tot[2] += getattr(acc, "unread", 0)
        for inst_id, (total, overdue, unread_here) in per_institution.items():
            item = self._find(("institution", inst_id))
            if item is not None:
                name = item.data(0, NameRole) or ""
                self._set_numbers(item, total, overdue, name, unread_here)   # the count in the tooltip
        self._update_reconnect_button()

    def set_progress(self, account_id: int, stored: int | None, now: datetime | None = None) -> None:
        """While an account syncs: "Syncing… 120 items" under its name; None puts the status back."""
        item = self._find(("account", account_id))
        acc = self._accounts.get(account_id) if hasattr(self, "_accounts") else None
        if item is None or acc is None:
            return
        status = (self.tr("Syncing… %n item(s)", "", stored) if stored is not None
                  else self.status_text(acc, now or clock.now()))
        item.setText(0, f"{self.unread_label(acc.name, getattr(acc, 'unread', 0))}\n{status}")

    def unread_label(self, label: str, unread: int) -> str:
        return self.tr("{label} ({unread})").format(label=label, unread=unread) if unread else label

    def unread_of(self, key: tuple) -> int:
        """The unread count a row shows (0: none); for tests and the view title."""
        item = self._find(tuple(key))
        return int(item.data(0, UnreadRole) or 0) if item is not None else 0

    def status_text(self, acc, now: datetime) -> str:
        if acc.status == "needs_reconnect":
            return self.tr("Needs reconnecting")
        if acc.status == "paused" and acc.paused_until and acc.paused_until > now:
            return self.tr("Paused until {time}").format(time=_hm(acc.paused_until))
        if acc.status == "offline":
            if acc.last_sync_ok_at:
                return self.tr("Offline – last sync {time}").format(time=_when(acc.last_sync_ok_at, now))
            return self.tr("Offline")
        if acc.status == "error":
            return self.tr("Sync failed")
        if acc.last_sync_ok_at:
            return self.tr("Synced {time}").format(time=_when(acc.last_sync_ok_at, now))
        return self.tr("Not synced yet")

    def _set_numbers(self, item: QTreeWidgetItem, total: int, overdue: int, label: str, unread: int = 0) -> None:
        item.setText(1, str(total) if total else "")
        # Icon and number (the words are in the tooltip and the accessible text): the
        # account names need the width.
        item.setText(2, str(overdue) if overdue else "")
        if item.data(2, LookRole) != bool(overdue):
            item.setData(2, LookRole, bool(overdue))
            item.setForeground(2, QBrush(QColor(icons.fg("overdue"))))
            item.setIcon(2, icons.urgency_icon("overdue") if overdue else QIcon())
        summary = self.tr("{label}: {total} open, {overdue} overdue").format(
            label=label, total=total, overdue=overdue)
        if unread:
            summary += ", " + self.tr("%n unread", "", unread)
        if item.data(0, UnreadRole) != unread:
            item.setData(0, UnreadRole, unread)
            font = QFont(self.tree.font())
            key = item.data(0, KeyRole)
            font.setBold(bool(unread) or bool(key) and key[0] == "institution")   # institutions: always bold
            item.setFont(0, font)
        item.setToolTip(1, tip(summary))
        item.setToolTip(2, tip(summary))
        if item.data(0, KeyRole) and item.data(0, KeyRole)[0] == "view":
            item.setToolTip(0, tip(summary))
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, summary)

    def _find(self, key: tuple) -> QTreeWidgetItem | None:
        for item in self._all_items():
            data = item.data(0, KeyRole)
            if data and tuple(data) == key:
                return item
        return None

    def _rebuild_accounts(self, accounts) -> None:
        current = self.current_key()
        self.tree.blockSignals(True)
        try:
            self._accounts_root.takeChildren()
            groups: dict = {}
            for acc in accounts:
                inst = groups.get(acc.institution_id)
                if inst is None:
                    name = acc.institution or self.tr("No institution")
                    inst = QTreeWidgetItem(self._accounts_root, [name, "", ""])
                    inst.setData(0, KeyRole, ("institution", acc.institution_id)
                                 if acc.institution_id is not None else None)
                    inst.setData(0, NameRole, name)
                    inst.setToolTip(0, tip(name))
                    font = QFont(self.tree.font())
                    font.setBold(True)
                    inst.setFont(0, font)
                    if acc.institution_id is None:
                        inst.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    groups[acc.institution_id] = inst
                item = QTreeWidgetItem(inst, [acc.name, "", ""])
                item.setData(0, KeyRole, ("account", acc.account_id))
                item.setData(0, NameRole, acc.name)   # the name without counts
                item.setIcon(0, icons.platform_icon(acc.platform))
            self.tree.expandAll()
        finally:
            self.tree.blockSignals(False)
        if not self.select_key(current):
            self.select_view("open")

    # --- reconnect / per-account actions

    def _selected_account(self):
        kind, value = self.current_key()
        return self._accounts.get(value) if kind == "account" else None

    def _update_reconnect_button(self) -> None:
        acc = self._selected_account()
        self.reconnect_button.setVisible(bool(acc and acc.status == "needs_reconnect"))

    def _reconnect_current(self) -> None:
        acc = self._selected_account()
        if acc is not None:
            self.reconnectRequested.emit(acc.account_id)

    def _context_menu(self, pos) -> None:
        item = self.tree.itemAt(pos)
        key = item.data(0, KeyRole) if item is not None else None
        if not key or key[0] != "account":
            return
        self.account_menu(key[1]).exec(self.tree.viewport().mapToGlobal(pos))

    def account_menu(self, account_id: int) -> QMenu:
        """The right-click menu of an account: sync, reconnect, new-item notifications, settings."""
        menu = QMenu(self)
        sync = QAction(self.tr("Sync this account now"), menu)
        sync.triggered.connect(lambda: self.syncRequested.emit(account_id))
        reconnect = QAction(self.tr("Reconnect…"), menu)
        reconnect.triggered.connect(lambda: self.reconnectRequested.emit(account_id))
        menu.addAction(sync)
        menu.addAction(reconnect)
        acc = self._accounts.get(account_id)
        if acc is not None and getattr(acc, "platform", None) in ("x", "linkedin", "facebook", "instagram"):
            settings = QAction(self.tr("Platform settings…"), menu)
            settings.triggered.connect(lambda: self.open_platform_settings(account_id))
            menu.addAction(settings)
        notify = menu.addMenu(self.tr("Notify about new items"))
        notify.setObjectName("notifyNewMenu")
        group = QActionGroup(notify)
        current = getattr(acc, "notify_new", "off")
        for mode, text in (("off", self.tr("Off")), ("working_hours", self.tr("In working hours")),
                           ("always", self.tr("Always"))):
            choice = QAction(text, group)
            choice.setCheckable(True)
            choice.setChecked(mode == current)
            choice.setData(mode)
            choice.triggered.connect(lambda _checked=False, m=mode: self.set_notify_mode(account_id, m))
            notify.addAction(choice)
        return menu

    def set_notify_mode(self, account_id: int, mode: str) -> None:
        """Issue 16, point 9: desktop notifications for this account's new items (off, in the
        account's working hours, always), beside the deadline notifications. Stored on the
        account (shared in team mode); uses the window's task runner like the settings above."""
        from app.services.inbound import new_items
        acc = self._accounts.get(account_id)
        win = self.window()
        if acc is None or not hasattr(win, "runner"):
            return
        labels = {"off": self.tr("off"), "working_hours": self.tr("in working hours"), "always": self.tr("always")}

        def done(_r) -> None:
            win.statusBar().showMessage(self.tr("Notifications for new items on {account}: {mode}.").format(
                account=acc.name, mode=labels[mode]), 6000)
            win.reload_counts()
        win.runner.run_in_session(win.ws.db, new_items.set_mode, account_id, mode, win.user, on_success=done,
                                  on_failure=win._known_or_bug, key="write")

    def open_platform_settings(self, account_id: int):
        """X keywords and monitoring, LinkedIn version, Messenger's Human Agent tag, Instagram's
        login and Page: changed in the window. Uses the window's workspace and task runner."""
        from app.ui.dialogs.platform_setup import PlatformSettingsDialog
        acc = self._accounts.get(account_id)
        win = self.window()
        if acc is None or not hasattr(win, "ws") or not hasattr(win, "runner"):
            return None
        dialog = PlatformSettingsDialog(win.ws, win.runner, acc.name, acc.platform, win)
        dialog.open()
        return dialog


LINE_BREAK = "\u2028"      # Qt's item delegate shows "\n" in a row's text as this separator


class _KeepCountDelegate(QStyledItemDelegate):
    """Elides the name of a row with unread items so that its "(n)" stays visible."""

    def __init__(self, navigator: Navigator, parent=None):
        super().__init__(parent)
        self._navigator = navigator

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        unread, name = index.data(UnreadRole), index.data(NameRole)
        if not unread or not name:
            return
        metrics = QFontMetrics(option.font)
        style = option.widget.style() if option.widget is not None else QApplication.style()
        # The text's own rectangle (after icon and margins), as the style will draw it.
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, option.widget) + 1
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, option.widget).width() \
            - 2 * margin - 2
        lines = option.text.split(LINE_BREAK)
        full = self._navigator.unread_label(name, unread)
        if lines[0] != full or metrics.horizontalAdvance(full) <= room:
            return
        count = metrics.horizontalAdvance(full.replace(name, "", 1))
        lines[0] = self._navigator.unread_label(
            metrics.elidedText(name, Qt.TextElideMode.ElideRight, max(0, room - count)), unread)
        option.text = LINE_BREAK.join(lines)


def _hm(moment: datetime) -> str:
    return moment.astimezone().strftime("%H:%M")


def _when(moment: datetime, now: datetime) -> str:
    local, today = moment.astimezone(), now.astimezone().date()
    if local.date() == today:
        return local.strftime("%H:%M")
    return local.strftime("%d/%m %H:%M").lstrip("0")
