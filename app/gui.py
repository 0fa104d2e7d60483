"""Starting the window: Qt application, translations, workspace, crash handler, self-test.

``app.cli`` calls ``run_gui(args)`` when no subcommand is given. A known environment error
while opening the workspace (locked or newer database, unwritable folder) is shown in words
and exits 2 without touching anything; any other exception is a bug and gets the crash
dialog with copyable details.
"""
from __future__ import annotations

import logging
import os

from app import clock
from app.errors import DatabaseError, KnownError
from app.ui.application import make_application as _application

log = logging.getLogger("svarbox")


def _language_setting(data_dir: str | None) -> str | None:
    from app.config import UserSettings, resolve_paths
    try:
        paths = resolve_paths(data_dir, None, workspace="main", create=False)
        return UserSettings(paths.settings_file).get("user.language") or None
    except KnownError:
        return None


def open_for_gui(args):
    """The workspace the window shows: the one asked for, or the demo when the main workspace
    has no real accounts yet (so a first ``make run`` shows something to work with)."""
    from app.services.workspace import has_real_accounts, open_workspace

    training = bool(getattr(args, "training", None))
    demo = bool(getattr(args, "demo", False))
    ws = open_workspace(data_dir=args.data_dir, database_url=args.database_url, demo=demo,
                        training=training, user=args.user)
    if ws.kind == "main" and not has_real_accounts(ws):
        ws.close()
        ws = open_workspace(data_dir=args.data_dir, database_url=args.database_url, demo=True, user=args.user)
    if ws.kind == "training":
        try:
            from app.services.training import packs as training
            pack = training.load_pack(args.training)
            if not getattr(args, "class_code", None):     # in a class, the trainer's pack is played
                training.prepare(ws, pack)
        except BaseException:
            ws.close()
            raise
        # The window releases the pack's messages on a timer and shows the score.
        ws.extras["training"] = {"pack": pack, "started_at": clock.now()}
        try:
            from app.classroom_launch import join_class
            ws.extras["training"] = join_class(args, ws) or ws.extras["training"]   # issue 22: a classroom
        except BaseException:
            ws.close()
            raise
    return ws


def run_gui(args) -> int:
    if getattr(args, "self_test", False):
        return self_test(args)
    from app.config import resolve_paths

    # The Open view's first page, painted from plain sqlite3 before anything heavy is imported.
    first = _first_paint(args)
    # The data layer is imported before the rest of Qt: PySide6's import hook inspects the
    # source of every module imported after it, which made cold start far slower.
    import app.services.workspace  # noqa: F401
    try:
        from app.logs import setup_logging  # rotating, with tokens redacted
        log_file = setup_logging(resolve_paths(args.data_dir, None, create=False))
    except KnownError:
        log_file = None
    from app.policy import log_problems
    log_problems()   # a damaged policy file is named in the log; its defaults stay in force
    app = _application(_language_setting(args.data_dir))
    from PySide6.QtWidgets import QMessageBox

    from app.ui.dialogs.crash_dialog import install_excepthook, install_qt_message_logging
    from app.ui.main_window import create_main_window

    handler = install_excepthook(log_file)
    install_qt_message_logging()
    _optional_integrations(app)
    instance = _single_instance(args)
    if instance is not None and not instance.is_primary():
        return 0   # the running Svarbox was asked to come forward
    if getattr(args, "teach", None) or getattr(args, "edit_pack", None):
        from app.classroom_launch import run_editor, run_teacher
        try:
            return run_teacher(args) if getattr(args, "teach", None) else run_editor(args)
        except KnownError as exc:
            QMessageBox.critical(None, "Svarbox", exc.message)
            return 2
    try:
        ws = open_for_gui(args)
    except KnownError as exc:
        # A damaged file or a failed upgrade: named backups, open the folder, or start afresh.
        from app.ui.dialogs.database_problem import offer
        try:
            if not offer(exc):
                if not isinstance(exc, DatabaseError) or not hasattr(exc, "path"):
                    QMessageBox.critical(None, "Svarbox", exc.message)
                return 2
            ws = open_for_gui(args)
        except KnownError as again:
            QMessageBox.critical(None, "Svarbox", again.message)
            return 2
    from app.ui.dialogs.first_run import run_first_run
    choice = run_first_run(ws)   # the name that signs replies; then the demo or an account
    if choice == "connect" and ws.kind == "demo" and not getattr(args, "demo", False):
        from app.services.workspace import open_workspace
        ws.close()
        try:
            ws = open_workspace(data_dir=args.data_dir, database_url=args.database_url, user=args.user)
        except KnownError as exc:
            QMessageBox.critical(None, "Svarbox", exc.message)
            return 2
    try:
        window = create_main_window(ws)
        if handler is not None and hasattr(handler, "parent_widget"):
            handler.parent_widget = window
        if instance is not None:
            from app.ui.single_instance import bring_forward
            instance.activated.connect(lambda: bring_forward(window))
        from app.ui.widgets.update_notice import start_update_check
        start_update_check(window, ws.settings, ws.offline_only)   # only when policy names a feed
        if getattr(args, "minimized", False) and window.tray.available():
            pass            # --minimized (autostart at sign-in) starts in the tray when there is one
        elif first is None:
            window.show()
        else:
            _replace_when_ready(app, first, window)
        if choice == "connect":
            from PySide6.QtCore import QTimer
            QTimer.singleShot(0, window.connect_account)
        return app.exec()
    finally:
        ws.close()


def _first_paint(args):
    """Show the Open view's first page from plain sqlite3 (app.services.inbound.first_page) before
    SQLAlchemy, the services and the main window are imported; None when this start does not
    qualify (demo, training, a team database, a cache needing migrations, any error)."""
    if (getattr(args, "training", None) or getattr(args, "demo", False) or getattr(args, "database_url", None)
            or os.environ.get("SVARBOX_DATABASE_URL") or os.environ.get("SVARBOX_NO_FIRST_PAINT")):
        return None
    try:
        from app.config import resolve_paths
        from app.models.migrations import HEAD
        from app.services.inbound.first_page import read_first_page
        path = resolve_paths(args.data_dir, None, create=False).sqlite_path
        rows = read_first_page(path, HEAD) if path is not None else None
        if not rows:
            return None
        app = _application(_language_setting(args.data_dir))
        from app.ui.widgets import first_paint
        window = first_paint.show_first_page(rows)
        if window is not None:
            app.processEvents()     # paint now: the heavy imports come next
            app.processEvents()
        return window
    except Exception:  # noqa: BLE001 - the ordinary start follows and reports real problems
        log.debug("first paint skipped", exc_info=True)
        return None


def _replace_when_ready(app, first, window) -> None:
    """Show the real window in the first page's place once it has its own first page (or
    after 5 s), so the list never flashes empty."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    elapsed = QElapsedTimer()
    elapsed.start()
    timer = QTimer(window)
    timer.setInterval(20)

    def check() -> None:
        model = getattr(window, "model", None)
        if (model is not None and model.rowCount() > 0) or elapsed.elapsed() > 5000:
            timer.stop()
            window.setGeometry(first.geometry())
            window.show()
            first.close()
    timer.timeout.connect(check)
    timer.start()


def _optional_integrations(app) -> None:
    """The theme follows the OS (dark/light, contrast, text size)."""
    from app.ui.accessibility import apply_theme
    app._svarbox_theme = apply_theme(app)   # keep the watcher alive with the application


def _single_instance(args):
    from app.config import resolve_paths
    from app.ui.single_instance import SingleInstance, instance_key
    data_dir = resolve_paths(args.data_dir, None, create=False).data_dir
    return SingleInstance(instance_key(data_dir))   # keyed by the OS login, not --user


def self_test(args) -> int:
    """The rollout report (app.selftest): keychain, translations, fonts, SQLite, zones,
    holidays, data folder, policy, proxy, certificates and the window rendered off-screen."""
    from app.selftest import report
    return report(args)
