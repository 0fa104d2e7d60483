"""Starting the window: Qt application, translations, workspace, crash handler, self-test.

``app.cli`` calls ``run_gui(args)`` when no subcommand is given. A known environment error
while opening the workspace (locked or newer database, unwritable folder) is shown in words
and exits 2 without touching anything; any other exception is a bug and gets the crash
dialog with copyable details.
"""
from __future__ import annotations

import logging
import os
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

from app.errors import KnownError
from app import clock

log = logging.getLogger("svarbox")


def _application(language: str | None = None):
    from PySide6.QtWidgets import QApplication

    from app import i18n
    from app.ui import icons

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Svarbox")
    app.setOrganizationName("Svarbox")
    app.setApplicationDisplayName("Svarbox")
    i18n.install(language or None)
    app.setWindowIcon(icons.app_icon())
    return app


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
            from app.services import training
            pack = training.load_pack(args.training)
            training.prepare(ws, pack)
        except BaseException:
            ws.close()
            raise
        # The window releases the pack's messages on a timer and shows the score.
        ws.extras["training"] = {"pack": pack, "started_at": clock.now()}
    return ws


def run_gui(args) -> int:
    if getattr(args, "self_test", False):
        return self_test(args)
    from app.config import resolve_paths

    # The data layer is imported before Qt: PySide6's import hook inspects the source of
    # every module imported after it, which made cold start far slower.
    import app.services.workspace  # noqa: F401
    try:
        from app.logs import setup_logging   # rotating, with tokens redacted
        log_file = setup_logging(resolve_paths(args.data_dir, None, create=False))
    except KnownError:
        log_file = None
    app = _application(_language_setting(args.data_dir))
    from PySide6.QtWidgets import QMessageBox

    from app.ui.crash_dialog import install_excepthook, install_qt_message_logging
    from app.ui.main_window import create_main_window

    handler = install_excepthook(log_file)
    install_qt_message_logging()
    _optional_integrations(app)
    instance = _single_instance(args)
    if instance is not None and not instance.is_primary():
        return 0   # the running Svarbox was asked to come forward
    try:
        ws = open_for_gui(args)
    except KnownError as exc:
        QMessageBox.critical(None, "Svarbox", exc.message)
        return 2
    from app.ui.first_run import run_first_run
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
        window.show()
        if choice == "connect":
            from PySide6.QtCore import QTimer
            QTimer.singleShot(0, window.connect_account)
        return app.exec()
    finally:
        ws.close()


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
    """Fresh demo database in a temporary folder, one deadline, the window rendered off-screen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="svarbox-self-test-") as tmp:
        app = _application("en")
        from app.services.calendar import WorkCalendar
        from app.services.deadlines import due_at
        from app.services.workspace import open_workspace
        from app.ui.main_window import create_main_window

        ws = open_workspace(data_dir=tmp, demo=True, user=getattr(args, "user", None) or "Self Test")
        try:
            due = due_at("workdays:2", datetime(2026, 3, 14, 12, tzinfo=timezone.utc), WorkCalendar.for_country("DK"))
            if due.isoformat() != "2026-03-17T16:00:00+01:00":
                print(f"self-test failed: deadline {due.isoformat()}", file=sys.stderr)
                return 1
            window = create_main_window(ws, background=False)
            window.resize(1400, 860)
            window.show()
            window.wait_idle(20000)
            app.processEvents()
            png = Path(tmp) / "self-test.png"
            ok = window.grab().save(str(png)) and png.stat().st_size > 0
            rows = window.model.rowCount()
            window.close()
            app.processEvents()
        finally:
            ws.close()
        if not ok or rows == 0:
            print("self-test failed: the window did not render the demo inbox", file=sys.stderr)
            return 1
    print("self-test ok")
    return 0
