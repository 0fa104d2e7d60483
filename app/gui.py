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
    from app.policy import log_problems
    log_problems()   # a damaged policy file is named in the log; its defaults stay in force
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
    try:
        window = create_main_window(ws)
        if handler is not None and hasattr(handler, "parent_widget"):
            handler.parent_widget = window
        if instance is not None:
            from app.ui.single_instance import bring_forward
            instance.activated.connect(lambda: bring_forward(window))
        from app.ui.update_notice import start_update_check
        start_update_check(window, ws.settings, ws.offline_only)   # only when policy names a feed
        if not (getattr(args, "minimized", False) and window.tray.available()):
            window.show()   # --minimized (autostart at sign-in) starts in the tray when there is one
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
    """The rollout report (app.selftest): keychain, translations, fonts, SQLite, zones,
    holidays, data folder, policy, proxy, certificates and the window rendered off-screen."""
    from app.selftest import report
    return report(args)
