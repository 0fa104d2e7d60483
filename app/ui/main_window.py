"""The unified inbox window: navigator | item list | conversation + composer.

The window reads the cache through services and asks services to act; every database call
runs on the task runner (its own session per job) except the page fetch of the visible rows,
which is a single short query by id (as anki's browser does). Only ids and plain dataclasses
cross threads.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QMainWindow, QSplitter, QVBoxLayout, QWidget

from app import clock as app_clock
from app.errors import KnownError
from app.services.content import memory
from app.services.errors import known_message
from app.services.inbound import inbox
from app.services.outbound import actions
from app.ui import icons, window_state
from app.ui import window_dialogs as dialogs
from app.ui.controllers.action_controller import ActionController
from app.ui.controllers.inbox_controller import InboxController
from app.ui.controllers.sync_controller import SyncController
from app.ui.controllers.team_controller import TeamController
from app.ui.dialogs.crash_dialog import show_crash
from app.ui.models.item_model import InboxModel
from app.ui.tasks import TaskRunner
from app.ui.widgets.access_ui import AccessGate
from app.ui.widgets.banner import Banner
from app.ui.widgets.composer import Composer
from app.ui.widgets.conversation import ConversationView
from app.ui.widgets.item_list import ItemList
from app.ui.widgets.memory_panel import MemoryPanel
from app.ui.widgets.navigator import Navigator
from app.ui.widgets.tray import Tray

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
        # The window lays out and wires; these do the work (each on the task runner).
        self.inbox = InboxController(self)          # the list, counts, the open item, banners
        self.item_actions = ActionController(self)  # every item action, through services.actions
        self.syncing = SyncController(self)         # syncs, reconnecting an account
        self._ticks = 0
        self.confirm: Callable[[str, str], bool] = lambda title, text: dialogs.confirm(self, title, text)
        self.ask_text: Callable[..., str | None] = lambda *a, **k: dialogs.ask_text(self, *a, **k)
        # Quitting with unsent actions: "keep" (default), "discard" or "cancel". Tests replace it.
        self.ask_pending_on_quit: Callable[[int], str] = lambda count: dialogs.pending_on_quit(self, count)
        # Base path (no extension) for a case record's PDF and JSON, or None. Tests replace it.
        self.ask_export_path: Callable[[str], str | None] = lambda suggested: dialogs.export_path(self, suggested)
        self.report_window = None
        self.training_summary = None

        self.setWindowIcon(icons.app_icon())
        self.setWindowTitle(self._title())
        self._build()
        self._build_actions()
        self.syncProgress.connect(lambda account_id, stored: self.navigator.set_progress(account_id, stored))
        # Claims, assignments, read-only mode, crisis warning, retention (app.ui.controllers.team_controller).
        self.team = TeamController(self, background=background)
        self.access_gate = AccessGate(self)     # roles: what this person may do (team mode)
        window_state.restore(self)

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
            minutes = self.syncing._interval_minutes()
            self.sync_timer.start(minutes * 60_000)
            self.notify_timer.start()
        # Show first, load afterwards: the window appears at once, counts arrive in a moment.
        QTimer.singleShot(0, self._start)

    # --- construction --------------------------------------------------------------------

    def _title(self) -> str:
        # The name comes last: Qt appends the application name to a title not ending with it.
        if self.ws.kind == "demo":
            return self.tr("demo workspace – Svarbox")
        if self.ws.kind == "training":
            return self.tr("training – Svarbox")
        return "Svarbox"

    def _build(self) -> None:
        self.model = InboxModel(self.inbox._fetch_rows, clock=self.now, calendar_for=self.inbox._calendar_for,
                                parent=self)
        self.model.sortRequested.connect(self.inbox._sort)

        self.navigator = Navigator(self)
        self.navigator.viewChanged.connect(self.inbox._view_changed)
        self.navigator.reconnectRequested.connect(self.syncing.reconnect_account)
        self.navigator.syncRequested.connect(lambda account_id: self.syncing.sync_now([account_id]))

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
        self._search_timer.timeout.connect(self.inbox._apply_search)
        self.search_field.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_field.returnPressed.connect(self.inbox._apply_search)
        self.view_title = QLabel(self)
        self.view_title.setObjectName("viewTitle")
        self.view_title.setTextFormat(Qt.TextFormat.PlainText)
        self.view_title.setStyleSheet("font-size: 115%; font-weight: 600;")

        self.item_list = ItemList(self.model, self)
        self.item_list.setAccessibleName(self.tr("Items"))
        self.item_list.setAccessibleDescription(self.tr(
            "Items of the chosen view, soonest deadline first. J and K move, R replies, H hides."))
        self.item_list.currentItemChanged.connect(self.inbox._current_item_changed)
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
        self.item_actions.connect_conversation(self.conversation)
        self.composer = Composer(self)
        self.composer.actionRequested.connect(self.do_action)
        self.composer.actionsChanged.connect(self.item_actions._actions_changed)

        self.right_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.right_splitter.setObjectName("rightSplitter")
        # The team's earlier answers to similar questions (answer memory), between the
        # conversation and the composer it fills.
        self.memory_panel = MemoryPanel(memory.reuse, self)
        self.memory_panel.use_answer.connect(self._use_past_answer)
        self.right_splitter.addWidget(self.conversation)
        self.right_splitter.addWidget(self.memory_panel)
        self.right_splitter.addWidget(self.composer)
        self.right_splitter.setChildrenCollapsible(True)
        self.right_splitter.setCollapsible(0, False)
        self.right_splitter.setCollapsible(2, False)
        self.right_splitter.setStretchFactor(0, 1)
        self.right_splitter.setStretchFactor(2, 1)
        self.right_splitter.setSizes([300, 140, 400])

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
        self.splitter.setSizes([224, 612, 540])
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
        self.inbox._update_view_title()

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
        from app.ui.dialogs import (
            calendar_window,  # issue 19: planning calendar beside the inbox, and the post scheduler
        )
        act("calendar", self.tr("Planning &calendar"), ["Ctrl+Shift+K"], lambda: calendar_window.show_for(self),
            file_menu, self.tr("Plan, approve and publish posts; see what needs a running Svarbox"))
        self._post_scheduler = calendar_window.install_scheduler(self)
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
        from app.ui.widgets.navigator import NAV_VIEWS
        for i, view in enumerate(NAV_VIEWS, start=1):
            act(f"view_{view}", inbox.view_label(view), [f"Ctrl+{i}"],
                lambda v=view: self.navigator.select_view(v), view_menu)
        view_menu.addSeparator()
        act("refresh", self.tr("&Reload the list"), ["Ctrl+Shift+R"], self.refresh, view_menu)

        item_menu = mb.addMenu(self.tr("&Item"))
        act("reply", self.tr("&Reply"), ["R"], self.reply, item_menu, self.tr("Write a reply in the composer"))
        act("send", self.tr("Send reply"), ["Ctrl+Return", "Ctrl+Enter"], lambda: self.item_actions.do_action("reply"),
            item_menu, self.tr("Send the reply with your signature"))
        act("holding", self.tr("Send &holding reply"), ["Ctrl+Shift+Return", "Ctrl+Shift+Enter"],
            lambda: self.item_actions.do_action("holding_reply"), item_menu)
        act("no_reply", self.tr("No reply &needed"), ["E"], lambda: self.item_actions.do_action("no_reply"), item_menu)
        act("refer", self.tr("Re&fer to case channel"), ["F"], lambda: self.item_actions.do_action("refer"), item_menu)
        item_menu.addSeparator()
        act("hide", self.tr("&Hide"), ["H"], lambda: self.item_actions.do_action("hide"), item_menu,
            self.tr("Hide the comment on the platform"))
        act("unhide", self.tr("&Unhide"), ["U"], lambda: self.item_actions.do_action("unhide"), item_menu)
        act("delete", self.tr("&Delete on the platform…"), ["Shift+Del"], lambda: self.item_actions.do_action("delete"),
            item_menu)
        act("spam", self.tr("Mark as &spam"), ["S"], lambda: self.item_actions.do_action("spam"), item_menu)
        for key, label, tip in dialogs.author_menu_entries():
            act(key, label, [], lambda _=False, k=key: self.item_actions.do_action(k), item_menu, tip)
        act("reopen", self.tr("Re&open"), ["Ctrl+Shift+O"], lambda: self.item_actions.do_action("reopen"), item_menu,
            self.tr("Start the clock again"))
        item_menu.addSeparator()
        act("note", self.tr("Add internal &note…"), ["N"], lambda: self.item_actions.do_action("note"), item_menu)
        act("open_platform", self.tr("&Open on the platform"), ["O"], self.item_actions.open_on_platform, item_menu)
        act("template", self.tr("Insert &template…"), ["Ctrl+T"], self._focus_templates, item_menu)
        item_menu.addSeparator()
        act("assign", self.tr("&Assign to…"), ["A"], lambda: self.team.assign_current(), item_menu,
            self.tr("Give this item to a colleague"))
        act("unassign", self.tr("Unassi&gn"), [], lambda: self.team.unassign_current(), item_menu)
        item_menu.addSeparator()
        act("export_case", self.tr("E&xport as case record…"), ["Ctrl+Shift+E"], self.item_actions.export_current_case,
            item_menu, self.tr("Save the conversation as PDF and JSON for the records system"))
        act("training_case", self.tr("Make a training &case…"), [], self.item_actions.make_training_case, item_menu)
        act("forget", self.tr("Forget this &person…"), [], self.item_actions.forget_current_author, item_menu,
            self.tr("Remove this author's items and name from Svarbox (a request to be forgotten)"))

        from app.ui.controllers.bulk_controller import BulkController
        self.bulk = BulkController(self)      # the list's multi-selection (issue 16)
        self.bulk.install(mb)
        from app.ui.widgets.handover_ui import HandoverController
        self.handover = HandoverController(self)   # shift hand-over and holidays (issue 16)
        self.handover.install(mb)
        self.handover.show_new_notes()

        if self.ws.extras.get("training"):
            training_menu = mb.addMenu(self.tr("&Training"))
            act("training_score", self.tr("Show my &score"), ["Ctrl+Shift+S"], self.item_actions.show_training_score,
                training_menu, self.tr("Score the answers given so far"))

        help_menu = mb.addMenu(self.tr("&Help"))
        act("shortcuts", self.tr("&Keyboard shortcuts"), ["F1"], lambda: dialogs.show_shortcuts(self), help_menu)

        # Composer buttons show the window's shortcuts in their tooltips.
        for key, button in self.composer.buttons.items():
            action = self.actions_by_key.get({"reply": "send", "holding_reply": "holding"}.get(key, key))
            if action is not None and not action.shortcut().isEmpty():
                seq = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                desc = button.accessibleDescription().split(" (")[0]
                button.setToolTip(f"{desc} ({seq})")
                button.setAccessibleDescription(f"{desc} ({seq})")
        self.item_actions._actions_changed(set())

    # --- state that survives a restart ----------------------------------------------------

    def connect_account(self) -> None:
        from app.ui.dialogs.account_dialog import AccountDialog
        if self.ws.offline_only:
            self.show_error(self.tr("The demo and training workspaces never connect to a real platform. "
                                    "Start Svarbox without --demo to connect an account."))
            return
        dialog = AccountDialog(self.ws, self.runner, self)
        dialog.connected.connect(lambda _account_id: (self.inbox.refresh(), self.syncing.sync_now()))
        dialog.open()

    def _unsent_count(self) -> int:
        try:
            return actions.unsent_count(self.ws)
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
                actions.discard_unsent(self.ws, self.ws.user)
        window_state.save(self)
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
            timer = getattr(self.inbox, "_refresh_timer", None)
            if timer is None or not timer.isActive():
                return True
            timer.stop()
            self.inbox.refresh()

    # --- time ----------------------------------------------------------------------------

    def now(self) -> datetime:
        return self.clock()

    def tick(self) -> None:
        """Repaint the countdowns of the visible rows only (no reload, selection untouched)."""
        self.item_list.tick()
        self.conversation.tick(self.now())
        self._ticks += 1
        if self._ticks % 4 == 0:
            self.inbox.reload_counts()   # items turn overdue: navigator and tray counts follow

    # --- loading -------------------------------------------------------------------------

    def _start(self) -> None:
        self.inbox.load_profiles()
        self.inbox.load_org_settings()
        self.inbox.reload_view(first_page_first=True)
        self.inbox.reload_counts()
        self.inbox.load_templates()
        if self.ws.extras.get("training"):
            self.item_actions.release_training()
        self.team.start()
        if self.background:
            QTimer.singleShot(1500, self.sync_now)
            QTimer.singleShot(3000, self.check_notifications)

    # --- navigation, search, sorting ------------------------------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.search_field.hasFocus():
            self.search_field.clear()
            self.inbox._apply_search()
            self._focus_list()
            return
        super().keyPressEvent(event)

    def _focus_list(self) -> None:
        self.item_list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _focus_templates(self) -> None:
        self.composer.picker.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _use_past_answer(self, text: str) -> None:
        """An earlier answer into the composer; a draft already written is not thrown away."""
        if self.composer.item_id is None:
            return
        current = self.composer.editor.toPlainText().strip()
        if current and not self.confirm(self.tr("Replace your draft?"),
                                        self.tr("The reply you have started will be replaced by the earlier answer.")):
            return
        self.composer.set_text(text)
        self.composer.focus_editor()

    def reply(self) -> None:
        self.composer.focus_editor()
        if self.composer.item_id is not None:
            self.team.compose_started(self.composer.item_id)

    # --- the selected item ----------------------------------------------------------------

    # --- actions ---------------------------------------------------------------------------

    # --- sync ----------------------------------------------------------------------------

    # --- settings ------------------------------------------------------------------------

    def show_templates(self) -> None:
        from app.ui.dialogs.template_editor import TemplateEditor
        editor = TemplateEditor(self.ws, self)
        # The composer's picker reads the library again once the editor has changed it.
        editor.changed.connect(self.inbox.load_templates)
        editor.open()

    def show_settings(self) -> None:
        from app.ui.dialogs.settings_dialog import SettingsDialog
        dialog = SettingsDialog(self.ws, self, actor=self.user)
        dialog.settingsSaved.connect(self._settings_saved)
        dialog.needsRecompute.connect(self.item_actions._recompute_account)
        dialog.exec()

    def _settings_saved(self, keys: list) -> None:
        self.user = self.ws.person_name or self.ws.user
        if "sync.interval_minutes" in keys and self.sync_timer.isActive():
            self.sync_timer.start(self.syncing._interval_minutes() * 60_000)
        self.inbox.load_profiles()
        self.inbox.load_org_settings()
        self.inbox.refresh()

    # --- reports, records export, forgetting -------------------------------------------

    def show_reports(self) -> None:
        from app.ui.dialogs.report_window import ReportWindow
        if self.report_window is None:
            self.report_window = ReportWindow(self.ws, self.runner, clock=self.now,
                                              accounts=self.inbox._counts.accounts if self.inbox._counts else None,
                                              parent=self)
        self.report_window.show()
        self.report_window.raise_()
        self.report_window.activateWindow()

    # --- training mode -------------------------------------------------------------------

    # --- banners, notifications -------------------------------------------------------------

    # --- errors and dialogs ---------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        self.error_banner.show_message(message, "error", [(self.tr("Dismiss"), self.tr("Hide this message"),
                                                           self.error_banner.clear)])

    def _known_or_bug(self, exc: BaseException) -> None:
        self._job_failed(exc, getattr(exc, "__svarbox_traceback__", "") or repr(exc))

    def _job_failed(self, exc: BaseException, details: str) -> None:
        if self.team.handle_failure(exc):
            return     # the read-only banner says it
        message = known_message(exc)    # a KnownError, or a platform's refusal in words
        if message is not None:
            self.show_error(message)
            return
        log.error("background job failed: %s", details)
        show_crash(exc, details, self._log_file(), self)

    def _log_file(self):
        return Path(self.ws.paths.log_dir) / "svarbox.log"

    # --- the controllers' public face (other windows, tests, the tray and timers) --------------

    def refresh(self) -> None:
        self.inbox.refresh()

    def search_for(self, text: str) -> None:
        """All open items, filtered by a search (the topic of a crisis warning, for one)."""
        self.navigator.select_view("open")
        self.search_field.setText(text)
        self.inbox._apply_search()

    def reload_view(self, first_page_first: bool = False) -> None:
        self.inbox.reload_view(first_page_first)

    def reload_counts(self) -> None:
        self.inbox.reload_counts()

    def current_row(self):
        return self.inbox.current_row()

    def check_notifications(self) -> None:
        self.inbox.check_notifications()

    def do_action(self, action: str) -> None:
        self.item_actions.do_action(action)

    def flush_outbox(self) -> None:
        self.item_actions.flush_outbox()

    def release_training(self) -> None:
        self.item_actions.release_training()

    def sync_now(self, account_ids: list[int] | None = None) -> None:
        self.syncing.sync_now(account_ids)

    def _raise(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()


def create_main_window(ws, **kwargs) -> MainWindow:
    """The one way to build the window (gui, self-test, screenshot script, tests)."""
    return MainWindow(ws, **kwargs)
