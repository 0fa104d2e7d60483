"""The unified inbox window: navigator | item list | conversation + composer.

The window reads the cache through services and asks services to act; every database call
runs on the task runner (its own session per job) except the page fetch of the visible rows,
which is a single short query by id (as anki's browser does). Only ids and plain dataclasses
cross threads.
"""
from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QLineEdit, QMainWindow, \
    QMessageBox, QSplitter, QVBoxLayout, QWidget

from app.errors import KnownError
from app.services import inbox, items as item_service, notify, outbox
from app.services.inbox import ViewSpec
from app.services.signatures import render_signature
from app.ui import icons
from app.ui.banner import Banner
from app.ui.composer import Composer, ComposerContext, platform_capabilities
from app.ui.conversation import ConversationView, safe_url
from app.ui.crash_dialog import show_crash
from app.ui.item_list import ItemList
from app.ui.item_model import PAGE_SIZE as FIRST_PAGE, InboxModel
from app.ui.navigator import Navigator, key_from_text, key_text
from app.ui.tasks import TaskRunner
from app.ui.team_ui import TeamController, item_team_state
from app.ui.tray import Tray
from app import clock as app_clock

log = logging.getLogger(__name__)

TICK_MS = 30_000              # countdowns repaint at least every 30 s
NOTIFY_MS = 60_000
SEARCH_DELAY_MS = 250
NOTIFY_AGGREGATE = 3          # more at once than this: one summary instead of a pile



def window_settings(ws) -> QSettings:
    """Window state lives next to the data (an isolated file per data folder, so tests and
    several workspaces never share geometry)."""
    return QSettings(str(Path(ws.paths.data_dir) / "window.ini"), QSettings.Format.IniFormat)


class MainWindow(QMainWindow):
    """``MainWindow(ws)`` builds the whole window; ``background=False`` turns off the timers
    that sync and notify on their own (tests drive those by hand)."""

    #: (account id, items stored so far) from a sync running in the pool.
    syncProgress = Signal(int, int)

    def __init__(self, ws, *, runner: TaskRunner | None = None, settings: QSettings | None = None,
                 clock: Callable[[], datetime] | None = None, background: bool = True,
                 tick_ms: int = TICK_MS, parent=None):
        super().__init__(parent)
        self.ws = ws
        self.setObjectName("mainWindow")
        self.clock = clock or app_clock.now
        self.runner = runner or TaskRunner(self)
        self.runner.failed.connect(self._job_failed)
        self.settings = settings or window_settings(ws)
        self.background = background
        self.user = ws.person_name or ws.user
        self._spec = ViewSpec(view="open", user=self.user)
        self._view_gen = 0
        self._item_gen = 0
        self._profiles: dict = {}
        self._counts = None
        self._pending = (0, 0)
        self._offline: dict[int, bool] = {}
        self._notified: set = set()
        self._first_load = True
        self._select_after_load: int | None = None
        self._ticks = 0
        self.confirm: Callable[[str, str], bool] = self._confirm_dialog
        self.ask_text: Callable[[str, str], str | None] = self._ask_text_dialog
        # Quitting with unsent actions: "keep" (default), "discard" or "cancel". Tests replace it.
        self.ask_pending_on_quit: Callable[[int], str] = self._pending_on_quit_dialog
        # Base path (no extension) for a case record's PDF and JSON, or None. Tests replace it.
        self.ask_export_path: Callable[[str], str | None] = self._export_path_dialog
        self.report_window = None
        self.training_summary = None

        self.setWindowIcon(icons.app_icon())
        self.setWindowTitle(self._title())
        self._build()
        self._build_actions()
        self.syncProgress.connect(lambda account_id, stored: self.navigator.set_progress(account_id, stored))
        # Claims, assignments, read-only mode, crisis warning, retention (app.ui.team_ui).
        self.team = TeamController(self, background=background)
        self._restore_state()

        self.tray = Tray(self)
        self.tray.showRequested.connect(self._raise)
        self.tray.syncRequested.connect(self.sync_now)
        self.tray.quitRequested.connect(self.close)

        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(tick_ms)
        self.tick_timer.timeout.connect(self.tick)
        self.tick_timer.start()
        self.sync_timer = QTimer(self)
        self.sync_timer.timeout.connect(self.sync_now)
        self.notify_timer = QTimer(self)
        self.notify_timer.setInterval(NOTIFY_MS)
        self.notify_timer.timeout.connect(self.check_notifications)
        self.training_timer = QTimer(self)
        self.training_timer.setInterval(5000)
        self.training_timer.timeout.connect(self.release_training)
        if self.ws.extras.get("training"):
            self.training_timer.start()
        if background:
            minutes = self._interval_minutes()
            self.sync_timer.start(minutes * 60_000)
            self.notify_timer.start()
        # Show first, load afterwards: the window appears at once, counts arrive in a moment.
        QTimer.singleShot(0, self._start)

    # --- construction --------------------------------------------------------------------

    def _title(self) -> str:
        if self.ws.kind == "demo":
            return self.tr("Svarbox – demo workspace")
        if self.ws.kind == "training":
            return self.tr("Svarbox – training")
        return "Svarbox"

    def _build(self) -> None:
        self.model = InboxModel(self._fetch_rows, clock=self.now, calendar_for=self._calendar_for, parent=self)
        self.model.sortRequested.connect(self._sort)

        self.navigator = Navigator(self)
        self.navigator.viewChanged.connect(self._view_changed)
        self.navigator.reconnectRequested.connect(self.reconnect_account)
        self.navigator.syncRequested.connect(lambda account_id: self.sync_now([account_id]))

        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("searchField")
        self.search_field.setPlaceholderText(self.tr("Search text and authors (Ctrl+F)"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setAccessibleName(self.tr("Search"))
        self.search_field.setAccessibleDescription(self.tr(
            "Shows only items of this view whose text or author contains these words"))
        self.search_field.setToolTip(self.tr("Search the current view (Ctrl+F); Esc clears"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search_field.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_field.returnPressed.connect(self._apply_search)
        self.view_title = QLabel(self)
        self.view_title.setObjectName("viewTitle")
        self.view_title.setTextFormat(Qt.TextFormat.PlainText)
        self.view_title.setStyleSheet("font-size: 115%; font-weight: 600;")

        self.item_list = ItemList(self.model, self)
        self.item_list.setAccessibleName(self.tr("Items"))
        self.item_list.setAccessibleDescription(self.tr(
            "Items of the chosen view, soonest deadline first. J and K move, R replies, H hides."))
        self.item_list.currentItemChanged.connect(self._current_item_changed)
        self.item_list.horizontalHeader().setAccessibleName(self.tr("Columns"))
        self.item_list.horizontalHeader().setAccessibleDescription(self.tr("Click a column to sort by it"))

        self.offline_banner = Banner("offlineBanner", self)
        self.readonly_banner = Banner("readonlyBanner", self)
        self.crisis_banner = Banner("crisisBanner", self)
        self.outbox_banner = Banner("outboxBanner", self)
        self.error_banner = Banner("errorBanner", self)
        self.notice_banner = Banner("noticeBanner", self)

        centre = QWidget(self)
        centre.setObjectName("listPane")
        cl = QVBoxLayout(centre)
        cl.setContentsMargins(8, 8, 4, 0)
        cl.setSpacing(6)
        head = QHBoxLayout()
        head.addWidget(self.view_title)
        head.addStretch(1)
        head.addWidget(self.search_field, 2)
        cl.addLayout(head)
        cl.addWidget(self.readonly_banner)
        cl.addWidget(self.crisis_banner)
        cl.addWidget(self.offline_banner)
        cl.addWidget(self.outbox_banner)
        cl.addWidget(self.error_banner)
        cl.addWidget(self.notice_banner)
        cl.addWidget(self.item_list, 1)

        self.conversation = ConversationView(self)
        self.conversation.hideRequested.connect(lambda: self.do_action("hide"))
        self.conversation.retryRequested.connect(self.retry_outbox)
        self.conversation.discardRequested.connect(self.discard_outbox)
        self.conversation.editRequested.connect(self.edit_outbox)
        self.conversation.exportRequested.connect(self.export_current_case)
        self.composer = Composer(self)
        self.composer.actionRequested.connect(self.do_action)
        self.composer.actionsChanged.connect(self._actions_changed)

        self.right_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.right_splitter.setObjectName("rightSplitter")
        self.right_splitter.addWidget(self.conversation)
        self.right_splitter.addWidget(self.composer)
        self.right_splitter.setChildrenCollapsible(False)
        self.right_splitter.setStretchFactor(0, 1)
        self.right_splitter.setStretchFactor(1, 1)
        self.right_splitter.setSizes([340, 460])

        nav_box = QWidget(self)
        nav_box.setObjectName("navigatorBox")
        nl = QVBoxLayout(nav_box)
        nl.setContentsMargins(8, 8, 0, 8)
        nl.addWidget(self.navigator)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(nav_box)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.right_splitter)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([248, 612, 540])
        for splitter in (self.splitter, self.right_splitter):
            for i in range(splitter.count()):
                handle = splitter.handle(i)
                handle.setAccessibleName(self.tr("Resize panes"))
        self.setCentralWidget(self.splitter)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusText")
        self.statusBar().addWidget(self.status_label, 1)
        self.sync_label = QLabel(self)
        self.sync_label.setObjectName("syncStatus")
        self.statusBar().addPermanentWidget(self.sync_label)
        self._update_view_title()

    def _build_actions(self) -> None:
        self.actions_by_key: dict[str, QAction] = {}

        def act(key: str, text: str, shortcuts, slot, menu, tip: str = "") -> QAction:
            action = QAction(text, self)
            action.setObjectName(f"action_{key}")
            if shortcuts:
                action.setShortcuts([QKeySequence(s) for s in shortcuts])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            seq = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip or text} ({seq})" if seq else (tip or text))
            action.setStatusTip(tip or text)
            action.triggered.connect(lambda _=False: slot())
            menu.addAction(action)
            self.addAction(action)
            self.actions_by_key[key] = action
            return action

        mb = self.menuBar()
        file_menu = mb.addMenu(self.tr("&File"))
        act("sync", self.tr("&Sync now"), ["F5"], self.sync_now, file_menu,
            self.tr("Fetch new items from every account"))
        act("flush", self.tr("Send &waiting actions"), [], self.flush_outbox, file_menu,
            self.tr("Try to send everything waiting in the outbox now"))
        file_menu.addSeparator()
        act("reports", self.tr("&Reports…"), ["Ctrl+R"], self.show_reports, file_menu,
            self.tr("Response times and on-time rate per account, with CSV export"))
        file_menu.addSeparator()
        act("templates", self.tr("Reply &templates…"), ["Ctrl+Shift+T"], self.show_templates, file_menu,
            self.tr("Edit, import and export the team's reply templates"))
        act("connect_account", self.tr("&Connect an account…"), ["Ctrl+Shift+A"], self.connect_account,
            file_menu, self.tr("Connect a Facebook Page, Instagram, X, LinkedIn or YouTube account"))
        act("settings", self.tr("S&ettings…"), ["Ctrl+,"], self.show_settings, file_menu,
            self.tr("Your name, signature, language, sync, notifications and accounts"))
        file_menu.addSeparator()
        act("quit", self.tr("&Quit"), ["Ctrl+Q"], self.close, file_menu)

        view_menu = mb.addMenu(self.tr("&View"))
        act("search", self.tr("&Search…"), ["Ctrl+F"], self.focus_search, view_menu,
            self.tr("Search the text and authors of this view"))
        act("next", self.tr("&Next item"), ["J"], lambda: self.item_list.move(1), view_menu)
        act("previous", self.tr("&Previous item"), ["K"], lambda: self.item_list.move(-1), view_menu)
        act("focus_list", self.tr("Go to the &list"), ["Ctrl+L"], self._focus_list, view_menu)
        act("focus_nav", self.tr("Go to the na&vigator"), ["Ctrl+Shift+N"], self.navigator.tree.setFocus,
            view_menu)
        view_menu.addSeparator()
        from app.ui.navigator import NAV_VIEWS
        for i, view in enumerate(NAV_VIEWS, start=1):
            act(f"view_{view}", inbox.view_label(view), [f"Ctrl+{i}"],
                lambda v=view: self.navigator.select_view(v), view_menu)
        view_menu.addSeparator()
        act("refresh", self.tr("&Reload the list"), ["Ctrl+Shift+R"], self.refresh, view_menu)

        item_menu = mb.addMenu(self.tr("&Item"))
        act("reply", self.tr("&Reply"), ["R"], self.reply, item_menu, self.tr("Write a reply in the composer"))
        act("send", self.tr("Send reply"), ["Ctrl+Return", "Ctrl+Enter"], lambda: self.do_action("reply"),
            item_menu, self.tr("Send the reply with your signature"))
        act("holding", self.tr("Send &holding reply"), ["Ctrl+Shift+Return", "Ctrl+Shift+Enter"],
            lambda: self.do_action("holding_reply"), item_menu)
        act("no_reply", self.tr("No reply &needed"), ["E"], lambda: self.do_action("no_reply"), item_menu)
        act("refer", self.tr("Re&fer to case channel"), ["F"], lambda: self.do_action("refer"), item_menu)
        item_menu.addSeparator()
        act("hide", self.tr("&Hide"), ["H"], lambda: self.do_action("hide"), item_menu,
            self.tr("Hide the comment on the platform"))
        act("unhide", self.tr("&Unhide"), ["U"], lambda: self.do_action("unhide"), item_menu)
        act("delete", self.tr("&Delete on the platform…"), ["Shift+Del"], lambda: self.do_action("delete"),
            item_menu)
        act("spam", self.tr("Mark as &spam"), ["S"], lambda: self.do_action("spam"), item_menu)
        act("reopen", self.tr("Re&open"), ["Ctrl+Shift+O"], lambda: self.do_action("reopen"), item_menu,
            self.tr("Start the clock again"))
        item_menu.addSeparator()
        act("note", self.tr("Add internal &note…"), ["N"], lambda: self.do_action("note"), item_menu)
        act("open_platform", self.tr("&Open on the platform"), ["O"], self.open_on_platform, item_menu)
        act("template", self.tr("Insert &template…"), ["Ctrl+T"], self._focus_templates, item_menu)
        item_menu.addSeparator()
        act("assign", self.tr("&Assign to…"), ["A"], lambda: self.team.assign_current(), item_menu,
            self.tr("Give this item to a colleague"))
        act("unassign", self.tr("Unassi&gn"), [], lambda: self.team.unassign_current(), item_menu)
        item_menu.addSeparator()
        act("export_case", self.tr("E&xport as case record…"), ["Ctrl+Shift+E"], self.export_current_case,
            item_menu, self.tr("Save the conversation as PDF and JSON for the records system"))
        act("forget", self.tr("Forget this &person…"), [], self.forget_current_author, item_menu,
            self.tr("Remove this author's items and name from Svarbox (a request to be forgotten)"))

        if self.ws.extras.get("training"):
            training_menu = mb.addMenu(self.tr("&Training"))
            act("training_score", self.tr("Show my &score"), ["Ctrl+Shift+S"], self.show_training_score,
                training_menu, self.tr("Score the answers given so far"))

        help_menu = mb.addMenu(self.tr("&Help"))
        act("shortcuts", self.tr("&Keyboard shortcuts"), ["F1"], self.show_shortcuts, help_menu)

        # Composer buttons show the window's shortcuts in their tooltips.
        for key, button in self.composer.buttons.items():
            action = self.actions_by_key.get({"reply": "send", "holding_reply": "holding"}.get(key, key))
            if action is not None and not action.shortcut().isEmpty():
                seq = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                desc = button.accessibleDescription().split(" (")[0]
                button.setToolTip(f"{desc} ({seq})")
                button.setAccessibleDescription(f"{desc} ({seq})")
        self._actions_changed(set())

    # --- state that survives a restart ----------------------------------------------------

    def _restore_state(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, (QByteArray, bytes)) and geometry:
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(1400, 860)
        for key, splitter in (("window/splitter", self.splitter), ("window/rightSplitter", self.right_splitter)):
            state = s.value(key)
            if isinstance(state, (QByteArray, bytes)) and state:
                splitter.restoreState(QByteArray(state))
        header = s.value("list/header")
        if isinstance(header, (QByteArray, bytes)) and header:
            self.item_list.horizontalHeader().restoreState(QByteArray(header))
        key = key_from_text(s.value("view/key"))
        if key:
            self.navigator.select_key(key)
            self._pending_key = key    # accounts appear once counts load
        else:
            self._pending_key = None
        sort = s.value("view/sort")
        if isinstance(sort, str) and sort:
            self._spec = replace(self._spec, sort=sort,
                                 descending=str(s.value("view/descending", "false")).lower() == "true")
        self._spec = replace(self._spec, **self.navigator.spec_fields())

    def save_state(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("window/rightSplitter", self.right_splitter.saveState())
        s.setValue("list/header", self.item_list.horizontalHeader().saveState())
        s.setValue("view/key", key_text(self.navigator.current_key()))
        s.setValue("view/sort", self._spec.sort)
        s.setValue("view/descending", "true" if self._spec.descending else "false")
        s.sync()

    def connect_account(self) -> None:
        from app.ui.account_dialog import AccountDialog
        if self.ws.offline_only:
            self.show_error(self.tr("The demo and training workspaces never connect to a real platform. "
                                    "Start Svarbox without --demo to connect an account."))
            return
        dialog = AccountDialog(self.ws, self.runner, self)
        dialog.connected.connect(lambda _account_id: (self.refresh(), self.sync_now()))
        dialog.open()

    def _pending_on_quit_dialog(self, count: int) -> str:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsent actions"),
                          self.tr("%n action(s) have not been sent yet. Keep them and send them the next "
                                  "time Svarbox starts?", "", count), parent=self)
        keep = box.addButton(self.tr("Keep for next start"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard them"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        return "keep" if clicked is keep else "discard" if clicked is discard else "cancel"

    def _unsent_count(self) -> int:
        try:
            with self.ws.db.session() as s:
                return outbox.pending_count(s)
        except KnownError:
            return 0

    def closeEvent(self, event) -> None:
        unsent = self._unsent_count()
        if unsent:
            choice = self.ask_pending_on_quit(unsent)
            if choice == "cancel":
                event.ignore()
                return
            if choice == "discard":
                with self.ws.db.session() as s:
                    outbox.discard_all_pending(s, self.ws.user)
        self.save_state()
        for timer in (self.tick_timer, self.sync_timer, self.notify_timer, self.training_timer):
            timer.stop()
        for child in (self.report_window, self.training_summary):
            if child is not None:
                child.close()
        self.team.shutdown()     # gives our claim back; the runner waits for that job
        self.runner.shutdown()
        self.tray.hide()
        super().closeEvent(event)

    def wait_idle(self, timeout_ms: int = 20000) -> bool:
        """Until background jobs and the coalesced refresh after them are done (tests, self-test)."""
        from PySide6.QtCore import QDeadlineTimer
        deadline = QDeadlineTimer(timeout_ms)
        while True:
            if not self.runner.wait_idle(max(1, deadline.remainingTime())):
                return False
            timer = getattr(self, "_refresh_timer", None)
            if timer is None or not timer.isActive():
                return True
            timer.stop()
            self.refresh()

    # --- time ----------------------------------------------------------------------------

    def now(self) -> datetime:
        return self.clock()

    def tick(self) -> None:
        """Repaint the countdowns of the visible rows only (no reload, selection untouched)."""
        self.item_list.tick()
        self.conversation.tick(self.now())
        self._ticks += 1
        if self._ticks % 4 == 0:
            self.reload_counts()   # items turn overdue: navigator and tray counts follow

    def _calendar_for(self, account_id: int):
        profile = self._profiles.get(account_id)
        return profile.calendar if profile else None

    def _interval_minutes(self) -> int:
        try:
            return max(1, int(self.ws.settings.get("sync.interval_minutes") or 5))
        except (TypeError, ValueError):
            return 5

    # --- loading -------------------------------------------------------------------------

    def _start(self) -> None:
        self.runner.run(self._load_profiles_job, on_success=self._profiles_loaded, key="profiles")
        self.load_org_settings()
        self.reload_view(first_page_first=True)
        self.reload_counts()
        self.runner.run(self._templates_job, on_success=self.composer.set_templates, key="templates")
        if self.ws.extras.get("training"):
            self.release_training()
        self.team.start()
        if self.background:
            QTimer.singleShot(1500, self.sync_now)
            QTimer.singleShot(3000, self.check_notifications)

    def _load_profiles_job(self):
        with self.ws.db.session() as s:
            return notify.account_profiles(s)

    def _org_job(self) -> dict:
        """The team's shared settings the composer needs (own e-mail domains, case channel)."""
        from app.services.collab import setting_value
        return {key: setting_value(self.ws, key) for key in ("org.own_domains", "org.case_channel")}

    def load_org_settings(self) -> None:
        self.runner.run(self._org_job, on_success=lambda values: setattr(self, "_org", values), key="org")

    def _profiles_loaded(self, profiles) -> None:
        self._profiles = profiles
        self.item_list.tick()

    def _templates_job(self):
        try:
            from app.services.templates_store import templates_for
        except ImportError:
            from app.services.templates import default_templates
            return default_templates()
        with self.ws.db.session() as s:
            return templates_for(s)

    def _fetch_rows(self, ids):
        try:
            with self.ws.db.session() as s:
                return inbox.rows_by_ids(s, ids)
        except KnownError as exc:
            if self.team.handle_failure(exc):
                return []     # read-only: rows not fetched yet stay blank until reconnected
            raise

    def reload_view(self, first_page_first: bool = False) -> None:
        """Re-run the view's query off the GUI thread. With ``first_page_first`` (a new view,
        a new search, a new sort: nothing selected to keep), the first page comes from a
        LIMIT query in milliseconds and the whole id list follows; a view of a million items
        shows at once."""
        self._view_gen += 1
        gen, spec, now = self._view_gen, self._spec, self.now()
        self._view_complete = False

        def job(limit=None):
            with self.ws.db.session() as s:
                return inbox.view_ids(s, spec, now, limit=limit)
        if first_page_first:
            self.runner.run(lambda: job(FIRST_PAGE), on_success=lambda ids: self._view_loaded(gen, ids, True),
                            key="view-first", latest_only=True, label="view")
        self.runner.run(job, on_success=lambda ids: self._view_loaded(gen, ids), key="view",
                        latest_only=True, label="view")

    def _view_loaded(self, gen: int, ids, partial: bool = False) -> None:
        if gen != self._view_gen or (partial and self._view_complete):
            return   # a newer query is on its way, or the whole list already came
        self._view_complete = not partial
        self.item_list.set_ids(ids)
        wanted, self._select_after_load = self._select_after_load, None
        if wanted is not None:
            self.item_list.select_id(wanted)
        if self._first_load and self.item_list.current_id() is None and len(ids):
            self.item_list.select_row(0)
        self._first_load = False
        self._update_view_title()
        current = self.item_list.current_id()
        if current is None:
            self._show_item(None)

    def reload_counts(self) -> None:
        user, now = self.user, self.now()

        def job():
            with self.ws.db.session() as s:
                return (inbox.navigator_counts(s, user=user, now=now), outbox.pending_count(s),
                        outbox.failed_count(s))
        self.runner.run(job, on_success=self._counts_loaded, key="counts", latest_only=True)

    def _counts_loaded(self, result) -> None:
        counts, pending, failed = result
        self._counts = counts
        self.navigator.set_counts(counts, self.now())
        if self._pending_key and self.navigator.current_key() != self._pending_key:
            self.navigator.select_key(self._pending_key)
        self._pending_key = None
        self.tray.set_overdue(counts.views.get("overdue", (0, 0))[0])
        self._pending = (pending, failed)
        self._update_banners()
        self._update_view_title()

    def refresh(self) -> None:
        """After an action or a sync: list, counts and the open conversation, without a jump."""
        self.reload_view()
        self.reload_counts()
        self._show_item(self.item_list.current_id(), force=True)

    def _update_view_title(self) -> None:
        fields = self.navigator.spec_fields()
        if fields.get("account_id") is not None or fields.get("institution_id") is not None:
            item = self.navigator.tree.currentItem()
            name = item.text(0).split("\n")[0] if item else ""
            title = self.tr("{name} – open items").format(name=name)
        else:
            title = inbox.view_label(fields["view"])
        n = self.model.rowCount()
        self.view_title.setText(title)
        self.status_label.setText(self.tr("%n item(s) in this view", "", n))
        self.setWindowTitle(f"{title} – {self._title()}")

    # --- navigation, search, sorting ------------------------------------------------------

    def _view_changed(self, fields: dict) -> None:
        self._spec = replace(self._spec, **fields)
        self._update_view_title()
        self.reload_view(first_page_first=True)

    def _apply_search(self) -> None:
        self._search_timer.stop()
        text = self.search_field.text().strip() or None
        if text == self._spec.search:
            return
        self._spec = replace(self._spec, search=text)
        self.reload_view(first_page_first=True)

    def _sort(self, key: str, descending: bool) -> None:
        if (key, descending) == (self._spec.sort, self._spec.descending):
            return
        self._spec = replace(self._spec, sort=key, descending=descending)
        self.reload_view(first_page_first=True)

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.search_field.hasFocus():
            self.search_field.clear()
            self._apply_search()
            self._focus_list()
            return
        super().keyPressEvent(event)

    def _focus_list(self) -> None:
        self.item_list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_templates(self) -> None:
        self.composer.picker.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def reply(self) -> None:
        self.composer.focus_editor()
        if self.composer.item_id is not None:
            self.team.compose_started(self.composer.item_id)

    # --- the selected item ----------------------------------------------------------------

    def _current_item_changed(self, item_id) -> None:
        self._show_item(item_id)

    def _show_item(self, item_id: int | None, force: bool = False) -> None:
        self._item_gen += 1
        gen = self._item_gen
        if item_id is None:
            self.conversation.show_empty()
            self.composer.set_context(None)
            self.team.item_cleared()
            return
        my_name, form = self.user, self.ws.settings.get("user.signature")
        signer = self.ws.person_name   # signs with the person's name only, never the OS login

        def job():
            with self.ws.db.session() as s:
                tv = inbox.thread_view(s, item_id)
                if tv is None:
                    return None
                rows = outbox.actions_for_item(s, item_id)
                signature = self._signature_for(s, tv.item, signer, form)
                team_state = item_team_state(self.ws, s, tv.item, my_name)
                return tv, rows, signature, team_state
        self.runner.run(job, on_success=lambda r: self._item_loaded(gen, r),
                        on_failure=lambda exc: self._item_failed(gen, item_id, exc), key="item", latest_only=True)

    def _item_failed(self, gen: int, item_id: int, exc: BaseException) -> None:
        if gen != self._item_gen:
            return
        if not self.team.handle_failure(exc):
            self._known_or_bug(exc)
            return
        if self.composer.item_id == item_id:
            return     # the item open when the database went away stays as it was
        # Read-only: the list's saved copy of the item, alone, so the composer never keeps
        # the previous item's context under a new selection.
        model_row = self.model.row_of(item_id)
        row = self.model.row_data(model_row) if model_row >= 0 else None
        if row is None:
            self.conversation.show_empty(self.tr(
                "This conversation cannot be loaded while the team database cannot be reached."))
            self.composer.set_context(None)
            return
        from app.services.inbox import ThreadMessage, ThreadView
        tv = ThreadView(row, "", None, None, None, [ThreadMessage(
            row.id, row.author_name, row.text, row.received_at, False, row.status, row.is_hidden, "platform",
            url=row.url)])
        signature = render_signature(self.ws.settings.get("user.signature"), self.ws.person_name, row.institution,
                                     row.account_name)
        self._item_loaded(gen, (tv, [], signature, None))
        self.statusBar().showMessage(self.tr(
            "Read-only: only this message is shown; the rest of the conversation needs the team database."), 8000)

    def _signature_for(self, session, row, my_name: str, form: str | None) -> str:
        try:
            from app.services.templates_store import signature_for_account
        except ImportError:
            return render_signature(form, my_name, row.institution, row.account_name)
        return signature_for_account(session, row.account_id, my_name, form)

    def _item_loaded(self, gen: int, result) -> None:
        if gen != self._item_gen:
            return
        if result is None:
            self.conversation.show_empty(self.tr("This item is no longer in the cache."))
            self.composer.set_context(None)
            self.team.item_cleared()
            return
        tv, rows, signature, team_state = result
        row = tv.item
        profile = self._profiles.get(row.account_id)
        self.conversation.show_thread(tv, rows, self.now(), profile.calendar if profile else None)
        org = getattr(self, "_org", {})
        domains = tuple(d.strip() for d in str(org.get("org.own_domains") or "").split(",") if d.strip())
        case_channel = (profile.case_channel if profile else None) or org.get("org.case_channel")
        self.composer.set_context(ComposerContext(
            item=row, my_name=self.user, signature=signature,
            language=profile.language if profile else "da", case_channel=case_channel or None,
            own_domains=domains, capabilities=frozenset(platform_capabilities(row.platform)), now=self.now()))
        self.team.item_shown(row, team_state)

    def current_row(self):
        ctx = self.composer.context
        return ctx.item if ctx is not None else None

    def _actions_changed(self, available: set) -> None:
        for key, action_key in (("reply", "send"), ("holding_reply", "holding"), ("no_reply", "no_reply"),
                                ("refer", "refer"), ("hide", "hide"), ("unhide", "unhide"),
                                ("delete", "delete"), ("spam", "spam"), ("reopen", "reopen"),
                                ("note", "note")):
            action = self.actions_by_key.get(action_key)
            if action is not None:
                enabled = key in available or (key == "hide" and "reject" in available)
                action.setEnabled(enabled)
        row = self.current_row()
        self.actions_by_key["open_platform"].setEnabled(bool(row and safe_url(row.url)))
        for key in ("assign", "unassign", "export_case", "forget"):
            self.actions_by_key[key].setEnabled(row is not None)
        self.actions_by_key["reply"].setEnabled("reply" in available)

    def open_on_platform(self) -> None:
        from PySide6.QtGui import QDesktopServices
        row = self.current_row()
        url = safe_url(row.url) if row else None
        if url is not None:
            QDesktopServices.openUrl(url)

    # --- actions ---------------------------------------------------------------------------

    def do_action(self, action: str) -> None:
        """Every item action, from a button, a menu, a shortcut or the conversation pane."""
        ctx = self.composer.context
        if ctx is None:
            return
        row = ctx.item
        available = self.composer.available()
        if action == "hide" and "hide" not in available and "reject" in available:
            action = "reject"
        if action not in available:
            reason = self.composer.send_block()
            self.statusBar().showMessage(reason or self.tr("That action is not possible for this item."), 5000)
            return
        if self.team.refuse_while_read_only(action):
            return
        if action in ("reply", "holding_reply"):
            self._send(action, ctx)
        elif action == "note":
            text = self.ask_text(self.tr("Internal note"), self.tr("A note for your team (never sent to the citizen):"))
            if text and text.strip():
                self._run_write(lambda s: item_service.add_note(s, row.id, self.user, text),
                                self.tr("Note added."))
        elif action in ("hide", "unhide", "delete", "reject"):
            if action == "delete" and not self.confirm(self.tr("Delete on the platform?"), self.tr(
                    "Delete this comment by {author} on {platform}? This cannot be undone.").format(
                    author=row.author_name or self.tr("(unknown)"), platform=icons.platform_name(row.platform))):
                return
            if action == "reject" and not self.confirm(self.tr("Reject on YouTube?"), self.tr(
                    "Rejecting hides the comment and all its replies for good. Continue?")):
                return
            done = {"hide": self.tr("Hiding – waiting to be sent."), "unhide": self.tr("Unhiding – waiting to be sent."),
                    "delete": self.tr("Deleting – waiting to be sent."), "reject": self.tr("Rejecting – waiting to be sent.")}

            def queued(local: bool, message=done[action]) -> None:
                if not local:
                    self.error_banner.clear()
                    self.statusBar().showMessage(message, 6000)
                    self.refresh()
                    self.flush_outbox()
            # Through the local queue: kept on this computer while the team database is away.
            self.team.submit(row.id, action, on_queued=queued)
        elif action in ("no_reply", "refer", "spam", "reopen"):
            done = {"no_reply": self.tr("Marked as needing no reply."), "refer": self.tr("Marked as referred."),
                    "spam": self.tr("Marked as spam."), "reopen": self.tr("Reopened; the clock runs again.")}
            self._run_write(lambda s: item_service.apply_action(s, item_service.get_item(s, row.id), action,
                                                                self.user), done[action])

    def _send(self, action: str, ctx: ComposerContext) -> None:
        from app.ui.first_run import ensure_person_name
        if not ensure_person_name(self):   # no public reply without the person's name
            return
        text = self.composer.final_text()
        if text is None:
            missing = self.composer.missing_values()
            problem = self.composer.problem()
            if missing:
                from app.services.templates import placeholder_label
                message = self.tr("Fill in before sending: {names}.").format(
                    names=", ".join(placeholder_label(n) for n in missing))
            else:
                message = problem or self.tr("The reply is empty.")
            self.show_error(message)
            return
        confirmed = False
        errors = self.composer.error_findings()
        if errors:
            listing = "\n".join(f"• {f.message}" for f in errors)
            if not self.confirm(self.tr("Send anyway?"), self.tr(
                    "The checker found problems in this reply:\n\n{problems}\n\nSend it anyway?").format(
                    problems=listing)):
                return
            confirmed = True
        item_id, signature, user = ctx.item.id, ctx.signature, self.user
        category = self.composer.template_category()

        def queued(local: bool) -> None:
            self.composer.clear_draft(item_id)
            self.error_banner.clear()
            if local:
                return     # kept on this computer; the team controller said so
            self.statusBar().showMessage(
                self.tr("Holding reply queued; it is sent in the background.") if action == "holding_reply"
                else self.tr("Reply queued; it is sent in the background."), 6000)
            self.refresh()
            self.flush_outbox()
        # A colleague's earlier answer or live claim makes the team controller ask first.
        self.team.submit(item_id, action, text, signature=signature, confirmed=confirmed, on_queued=queued,
                         after_queue=(lambda s: _record_template_use(s, item_id, category, user)) if category
                         else None)

    def _run_write(self, fn, message: str, flush: bool = False) -> None:
        def job():
            with self.ws.db.session() as s:
                fn(s)

        def done(_result) -> None:
            self.error_banner.clear()
            self.statusBar().showMessage(message, 6000)
            self.refresh()
            if flush:
                self.flush_outbox()
        self.runner.run(job, on_success=done, on_failure=self._known_or_bug, key="write")

    def retry_outbox(self, outbox_id: int) -> None:
        self._run_write(lambda s: outbox.retry(s, outbox_id, self.user), self.tr("Trying again."), flush=True)

    def discard_outbox(self, outbox_id: int) -> None:
        if not self.confirm(self.tr("Discard?"), self.tr("Do not send this action? The item goes back to "
                                                         "where it was.")):
            return
        self._run_write(lambda s: outbox.discard(s, outbox_id, self.user), self.tr("Discarded."))

    def edit_outbox(self, outbox_id: int, text: str) -> None:
        """Take a waiting reply back into the composer: discard it, keep its text."""
        item_id = self.conversation.item_id

        def job():
            with self.ws.db.session() as s:
                outbox.discard(s, outbox_id, self.user)

        def done(_r) -> None:
            if item_id == self.composer.item_id:
                self.composer.set_text(text)   # kept as the item's draft if the list moves on
            # The item is open again: show it in "All open" and stay on it.
            self._select_after_load = item_id
            if self._spec.view != "open":
                self.navigator.select_view("open")
            self.refresh()
            self.composer.focus_editor()
        self.runner.run(job, on_success=done, on_failure=self._known_or_bug, key="write")

    def flush_outbox(self) -> None:
        if self.runner.is_busy("outbox"):
            return
        ws = self.ws
        self.runner.run(lambda: outbox.flush(ws), on_success=lambda _r: self._after_background_change(),
                        on_failure=self._known_or_bug, key="outbox")

    # --- sync ----------------------------------------------------------------------------

    def sync_now(self, account_ids: list[int] | None = None) -> None:
        ids = account_ids if account_ids else [a.account_id for a in (self._counts.accounts if self._counts else [])]
        if not ids and self._counts is None:
            # Counts not loaded yet (F5 right at start): try again when they are.
            QTimer.singleShot(500, self.sync_now)
            return
        try:
            from app.services.sync import sync_account
        except ImportError:
            self.show_error(self.tr("Syncing is not available in this build."))
            return
        ws = self.ws
        started = 0
        for account_id in ids:
            key = f"sync:{account_id}"
            if self.runner.is_busy(key):
                continue   # never two syncs of one account at once
            progress = lambda n, a=account_id: self.syncProgress.emit(a, n)   # queued to the GUI thread
            self.navigator.set_progress(account_id, 0)
            self.runner.run(lambda a=account_id, p=progress: sync_account(ws, a, progress=p),
                            on_success=self._synced, on_failure=self._known_or_bug, key=key, label=key)
            started += 1
        if started:
            self.sync_label.setText(self.tr("Syncing…"))

    def _synced(self, result) -> None:
        self.navigator.set_progress(result.account_id, None)
        self._offline[result.account_id] = bool(getattr(result, "offline", False))
        if not any(self.runner.is_busy(f"sync:{a}") for a in self._offline):
            self.sync_label.setText(self.tr("Last sync {time}").format(time=self.now().astimezone().strftime("%H:%M")))
        self._after_background_change()
        if getattr(result, "ok", False):
            self.flush_outbox()
        self.team.check_crisis()   # a sync may have brought the storm in

    def _after_background_change(self) -> None:
        # Several syncs finish together: one refresh for all of them.
        if not hasattr(self, "_refresh_timer"):
            self._refresh_timer = QTimer(self)
            self._refresh_timer.setSingleShot(True)
            self._refresh_timer.setInterval(150)
            self._refresh_timer.timeout.connect(self.refresh)
        self._refresh_timer.start()

    def reconnect_account(self, account_id: int) -> None:
        acc = next((a for a in (self._counts.accounts if self._counts else []) if a.account_id == account_id), None)
        if acc is None:
            return
        token = self.ask_text(self.tr("Reconnect {account}").format(account=acc.name), self.tr(
            "Paste a new access token for {account}. It goes straight to your keychain.").format(account=acc.name),
            secret=True)
        if not token:
            return
        ws, name = self.ws, acc.name

        def job():
            from app.services.accounts import reconnect
            return reconnect(ws, name, token.strip())

        def done(_info) -> None:
            self.statusBar().showMessage(self.tr("{account} is connected again.").format(account=name), 6000)
            self.sync_now([account_id])
            self.reload_counts()
        self.runner.run(job, on_success=done, on_failure=self._known_or_bug, key=f"sync:{account_id}")

    # --- settings ------------------------------------------------------------------------

    def show_templates(self) -> None:
        from app.ui.template_editor import TemplateEditor
        editor = TemplateEditor(self.ws, self)
        # The composer's picker reads the library again once the editor has changed it.
        editor.changed.connect(lambda: self.runner.run(self._templates_job, on_success=self.composer.set_templates,
                                                       key="templates"))
        editor.open()

    def show_settings(self) -> None:
        try:
            from app.ui.settings_dialog import SettingsDialog
        except ImportError:
            self.statusBar().showMessage(self.tr("Settings are not available in this build."), 5000)
            return
        dialog = SettingsDialog(self.ws, self, actor=self.user)
        dialog.settingsSaved.connect(self._settings_saved)
        dialog.needsRecompute.connect(self._recompute_account)
        dialog.exec()

    def _settings_saved(self, keys: list) -> None:
        self.user = self.ws.person_name or self.ws.user
        if "sync.interval_minutes" in keys and self.sync_timer.isActive():
            self.sync_timer.start(self._interval_minutes() * 60_000)
        self.runner.run(self._load_profiles_job, on_success=self._profiles_loaded, key="profiles")
        self.load_org_settings()
        self.refresh()

    def _recompute_account(self, account_id: int) -> None:
        """A policy or calendar changed: new deadlines, off the GUI thread, then a refresh."""
        def job():
            with self.ws.db.session() as s:
                return item_service.recompute_deadlines(s, account_id)
        self.runner.run(job, on_success=lambda _n: self.refresh(), on_failure=self._known_or_bug,
                        key=f"recompute:{account_id}")

    # --- reports, records export, forgetting -------------------------------------------

    def show_reports(self) -> None:
        from app.ui.report_window import ReportWindow
        if self.report_window is None:
            self.report_window = ReportWindow(self.ws, self.runner, clock=self.now,
                                              accounts=self._counts.accounts if self._counts else None,
                                              parent=self)
        self.report_window.show()
        self.report_window.raise_()
        self.report_window.activateWindow()

    def _export_path_dialog(self, suggested: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export as case record"), suggested + ".pdf",
            self.tr("Case record – a PDF and a JSON file with the same name (*.pdf)"))
        if not path:
            return None
        base = Path(path)
        return str(base.with_suffix("") if base.suffix.lower() in (".pdf", ".json") else base)

    def export_current_case(self) -> None:
        row = self.current_row()
        if row is None or self.team.refuse_while_read_only("export"):
            return
        from app.services.profile import exporter_label
        from app.ui.first_run import ensure_person_name
        # The record says who exported it: the person's name, asked first when missing.
        if not ensure_person_name(self) and not self.ws.person_name:
            return
        from PySide6.QtCore import QStandardPaths
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        stem = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in row.account_name).strip("-")
        base = self.ask_export_path(str(Path(folder) / "svarbox-{account}-{id}-{day}".format(
            account=stem or "case", id=row.id, day=self.now().astimezone().strftime("%Y-%m-%d"))))
        if not base:
            return
        pdf, js = Path(base + ".pdf"), Path(base + ".json")
        item_id, user = row.id, self.user
        exported_by = exporter_label(self.ws)

        def job():
            from app.services.export import export_case
            with self.ws.db.session() as s:
                export_case(s, item_id, user, pdf_path=pdf, json_path=js, exported_by=exported_by)

        def done(_r) -> None:
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices
            message = self.tr("Case record saved: {pdf} and {json}").format(pdf=str(pdf), json=js.name)
            self.statusBar().showMessage(message, 10000)
            self.notice_banner.show_message(message, "info", [
                (self.tr("Open folder"), self.tr("Show the folder in the file manager"),
                 lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(pdf.parent)))),
                (self.tr("Dismiss"), self.tr("Hide this message"), self.notice_banner.clear)])
        self.statusBar().showMessage(self.tr("Writing the case record…"))
        self.runner.run(job, on_success=done, on_failure=self._known_or_bug, key="export")

    def forget_current_author(self) -> None:
        row = self.current_row()
        if row is None or self.team.refuse_while_read_only("forget"):
            return
        author = row.author_name or self.tr("(unknown)")
        if not self.confirm(self.tr("Forget this person?"), self.tr(
                "Forget {author} on {account}?\n\n"
                "Every item by {author} on {account} kept in Svarbox is anonymised: the text, the name "
                "and the link are removed, open items are closed as needing no reply, and actions "
                "waiting to be sent for them are discarded. The name {author} is also removed from every "
                "other text Svarbox keeps (other items, replies, notes), on every account.\n\n"
                "This cannot be undone. Nothing changes on {platform} itself.").format(
                author=author, account=row.account_name, platform=icons.platform_name(row.platform))):
            return
        item_id, user = row.id, self.user

        def job():
            from app.services.retention import forget_author
            with self.ws.db.session() as s:
                item = item_service.get_item(s, item_id)
                return forget_author(s, item.account_id, author_id=item.author_id, author_name=item.author_name,
                                     actor=user)

        def done(result) -> None:
            self.composer.clear_draft(item_id)
            self.statusBar().showMessage(self.tr("Forgotten: %n item(s) anonymised.", "", result.items), 8000)
            self.refresh()
        self.runner.run(job, on_success=done, on_failure=self._known_or_bug, key="write")

    # --- training mode -------------------------------------------------------------------

    def release_training(self) -> None:
        """Let the pack's next citizen messages arrive (training workspace only)."""
        info = self.ws.extras.get("training")
        if not info or self.runner.is_busy("training"):
            return
        from app.services import training
        ws, now = self.ws, self.now()
        self.runner.run(lambda: training.release_due(ws, info["pack"], info["started_at"], now),
                        on_success=lambda ids: ids and self._after_background_change(),
                        on_failure=self._known_or_bug, key="training")

    def show_training_score(self) -> None:
        info = self.ws.extras.get("training")
        if not info:
            return
        from app.services import training
        ctx = self.composer.context
        signature = ctx.signature if ctx else render_signature(self.ws.settings.get("user.signature"), self.user,
                                                               info["pack"].name)
        ws, user = self.ws, self.user

        def done(summary) -> None:
            # A window a trainer can put on the projector (large type, per scenario, export).
            from app.ui.training_summary import TrainingSummaryWindow
            if self.training_summary is not None:
                self.training_summary.close()
            self.training_summary = TrainingSummaryWindow(summary, runner=self.runner, parent=self)
            self.training_summary.show()
            self.training_summary.raise_()
        self.runner.run(lambda: training.score(ws, info["pack"], user, signature), on_success=done,
                        on_failure=self._known_or_bug, key="training-score")

    # --- banners, notifications -------------------------------------------------------------

    def _update_banners(self) -> None:
        counts = self._counts
        offline = [a for a in (counts.accounts if counts else []) if a.status == "offline"] \
            or [a for a in (counts.accounts if counts else []) if self._offline.get(a.account_id)]
        if offline:
            last = max((a.last_sync_ok_at for a in counts.accounts if a.last_sync_ok_at), default=None)
            when = last.astimezone().strftime("%H:%M") if last else self.tr("never")
            if last and last.astimezone().date() != self.now().astimezone().date():
                when = last.astimezone().strftime("%d/%m %H:%M")
            self.offline_banner.show_message(self.tr(
                "The platforms cannot be reached. You are working from the saved copy; last successful "
                "sync at {time}. Replies wait in the outbox until the connection is back.").format(time=when),
                "offline", [(self.tr("Try again"), self.tr("Sync every account now (F5)"), self.sync_now)])
        else:
            self.offline_banner.clear()
        pending, failed = self._pending
        if failed:
            self.outbox_banner.show_message(
                self.tr("%n action(s) could not be sent – see the conversation to retry, edit or discard.", "",
                        failed) + (" " + self.tr("%n waiting to be sent.", "", pending) if pending else ""),
                "failed", [(self.tr("Send now"), self.tr("Try to send waiting actions now"), self.flush_outbox)])
        elif pending:
            self.outbox_banner.show_message(self.tr("%n action(s) waiting to be sent", "", pending), "outbox",
                                            [(self.tr("Send now"), self.tr("Try to send waiting actions now"),
                                              self.flush_outbox)])
        else:
            self.outbox_banner.clear()

    def check_notifications(self) -> None:
        if not self.ws.settings.get("notify.enabled"):
            return
        now, already = self.now(), set(self._notified)

        def job():
            with self.ws.db.session() as s:
                return notify.pending(s, now, already)
        self.runner.run(job, on_success=self._notify, key="notify", latest_only=True)

    def _notify(self, notes) -> None:
        notes = [n for n in notes if n.key not in self._notified]
        if not notes or not self.ws.settings.get("notify.enabled"):
            return
        self._notified.update(n.key for n in notes)
        overdue = [n for n in notes if n.kind == "overdue"]
        soon = [n for n in notes if n.kind == "soon"]
        if len(notes) > NOTIFY_AGGREGATE:
            self.tray.notify(self.tr("Svarbox"), self.tr("{overdue} item(s) became overdue, {soon} due within "
                                                         "a working hour.").format(overdue=len(overdue),
                                                                                    soon=len(soon)), bool(overdue))
        else:
            for n in notes:
                who = n.author_name or self.tr("(unknown)")
                if n.kind == "overdue":
                    self.tray.notify(self.tr("Overdue: {author}").format(author=who),
                                     self.tr("An item on {account} is past its deadline.").format(
                                         account=n.account_name), True)
                else:
                    self.tray.notify(self.tr("Due soon: {author}").format(author=who),
                                     self.tr("An item on {account} is due within one working hour.").format(
                                         account=n.account_name))
        self.runner.run(lambda: self._mark_notified(notes), key="notify-save")

    def _mark_notified(self, notes) -> None:
        with self.ws.db.session() as s:
            notify.mark_notified(s, notes)

    # --- errors and dialogs ---------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        self.error_banner.show_message(message, "error", [(self.tr("Dismiss"), self.tr("Hide this message"),
                                                           self.error_banner.clear)])

    def _known_or_bug(self, exc: BaseException) -> None:
        if self.team.handle_failure(exc):
            return     # the read-only banner says it
        if isinstance(exc, KnownError):
            self.show_error(exc.message)
        else:
            self._job_failed(exc, getattr(exc, "__svarbox_traceback__", "") or repr(exc))

    def _job_failed(self, exc: BaseException, details: str) -> None:
        if self.team.handle_failure(exc):
            return
        if isinstance(exc, KnownError):
            self.show_error(exc.message)
            return
        log.error("background job failed: %s", details)
        show_crash(exc, details, self._log_file(), self)

    def _log_file(self):
        return Path(self.ws.paths.log_dir) / "svarbox.log"

    def _confirm_dialog(self, title: str, text: str) -> bool:
        from app.ui.plaintext import question
        return question(self, title, text)   # plain text: it may quote an author's name

    def _ask_text_dialog(self, title: str, label: str, secret: bool = False) -> str | None:
        if secret:
            text, ok = QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Password)
        else:
            text, ok = QInputDialog.getMultiLineText(self, title, label)
        return text if ok else None

    def show_shortcuts(self) -> None:
        lines = []
        for action in self.actions_by_key.values():
            seq = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if seq:
                lines.append(f"{seq}\t{action.text().replace('&', '')}")
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Keyboard shortcuts"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText("\n".join(lines))
        box.exec()

    def _raise(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()


def _record_template_use(session, item_id: int, category: str, actor: str) -> None:
    """Audit which kind of template an answer came from (training scores it; reports may)."""
    try:
        from app.services.training import record_template_use
    except ImportError:
        return
    record_template_use(session, item_id, category, actor)


def create_main_window(ws, **kwargs) -> MainWindow:
    """The one way to build the window (gui, self-test, screenshot script, tests)."""
    return MainWindow(ws, **kwargs)
