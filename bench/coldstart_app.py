"""Bench-only launcher: start Svarbox (or a bare PySide6 window) and report when the first
page of rows has been fetched and painted, then exit at once.

``app/gui.py`` has no "print a timestamp and exit once painted" hook, so this script starts
the window through the real entry point, ``app.cli.main([...])`` → ``run_gui(args)``
(Qt application, translations, logging, crash hook, workspace with migrations check,
``create_main_window``, ``show``, ``app.exec``). The only addition is a wrapper around
``app.ui.main_window.create_main_window`` (looked up by ``run_gui`` at call time) that
installs an event filter on the item list's viewport. When the viewport has painted with
rows in the model, and the model holds the rows of the first page (fetched by id from SQL),
one JSON line is printed and the process ends with ``os._exit`` (no teardown is timed).

Modes (one JSON line on stdout each):

- ``--mode app``   ``{"painted": <time.time()>, "rows": n}`` for the Open view;
- ``--mode bare``  the floor: ``import PySide6``, a ``QApplication``, a ``QMainWindow``
  with a ``QTableView`` of 50 static rows, shown; same event-filter detection;
- ``--mode rss``   like ``app``, then waits until the window's background jobs are idle
  (counts loaded, the start-up sync attempt done; the retention purge is not waited for),
  scrolls the list to the middle and the end, and reports ``VmHWM``/``VmRSS`` from
  ``/proc/self/status`` in kB, plus the time the navigator counts were ready.

The caller sets ``QT_QPA_PLATFORM=offscreen`` and measures from just before it started
the process (``bench/run.py``).
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(os.environ.get("BENCH_APP_ROOT") or Path(__file__).resolve().parent.parent)
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _emit(data: dict) -> None:
    sys.stdout.write(json.dumps(data) + "\n")
    sys.stdout.flush()
    os._exit(0)


def _memory() -> dict:
    out = {}
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            key, _, value = line.partition(":")
            if key in ("VmHWM", "VmRSS"):
                out[key] = int(value.split()[0])
    return out


def _paint_watcher(viewport, ready, on_painted):
    """An event filter calling ``on_painted()`` after the first paint for which ``ready()``."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Watcher(QObject):
        fired = False

        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if not self.fired and event.type() == QEvent.Type.Paint and ready():
                # The paint runs right after this filter returns; report once it is done.
                self.fired = True
                QTimer.singleShot(0, on_painted)
            return False

    watcher = Watcher(viewport)
    viewport.installEventFilter(watcher)
    return watcher


def run_bare() -> int:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    table = QTableView(window)
    model = QStandardItemModel(50, 5, table)
    for row in range(50):
        for col in range(5):
            model.setItem(row, col, QStandardItem(f"row {row} column {col}"))
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1400, 860)
    _paint_watcher(table.viewport(), lambda: model.rowCount() > 0,
                   lambda: _emit({"painted": time.time(), "rows": model.rowCount()}))
    window.show()
    return app.exec()


def _after_import(name: str, patch) -> None:
    """Call ``patch(module)`` right after ``name`` is first imported (by the app itself, so
    this script does not change what is imported when)."""
    import importlib.abc
    import importlib.util

    class Finder(importlib.abc.MetaPathFinder):
        def find_spec(self, fullname, path, target=None):
            if fullname != name:
                return None
            sys.meta_path.remove(self)
            spec = importlib.util.find_spec(fullname)
            run = spec.loader.exec_module

            def exec_module(module):
                run(module)
                patch(module)
            spec.loader.exec_module = exec_module
            return spec
    sys.meta_path.insert(0, Finder())


def run_app(data_dir: str, user: str, mode: str) -> int:
    # Only the entry point is imported here: the app decides its own import order (plain
    # sqlite3 and the first paint, then the data layer, then the window).
    state: dict = {"started": time.time()}
    from app import cli
    _after_import("app.ui.main_window", lambda module: _wrap_window(module, mode, state))
    _after_import("app.ui.widgets.first_paint", lambda module: _wrap_first_paint(module, mode, state))
    return cli.main(["--data-dir", data_dir, "--user", user])


def _wrap_first_paint(first_paint, mode: str, state: dict) -> None:
    """The window paints the Open view's first page from plain sqlite3 before the heavy
    imports (app/gui.py): that paint, with its rows, is what a person sees first."""
    if mode != "app":
        return
    original_first = first_paint.show_first_page

    def wrapped_first(rows):
        window = original_first(rows)
        if window is not None:
            state["first_watcher"] = _paint_watcher(
                window.table.viewport(), lambda: window.row_count() > 0,
                lambda: _emit({"painted": time.time(), "rows": window.row_count(), "first_paint": True}))
        return window
    first_paint.show_first_page = wrapped_first


def _wrap_window(main_window, mode: str, state: dict) -> None:
    original = main_window.create_main_window

    def first_page_loaded(window) -> bool:
        model = window.model
        return model.rowCount() > 0 and bool(getattr(model, "_pages", {0: True}))

    def after_first_paint() -> None:
        window = state["window"]
        if not first_page_loaded(window):
            # Painted before the rows were fetched: wait for the next paint.
            state["watcher"].fired = False
            window.item_list.viewport().update()
            return
        painted = time.time()
        if mode == "app":
            _emit({"painted": painted, "rows": window.model.rowCount()})
        state["painted"] = painted
        from PySide6.QtCore import QTimer
        timer = QTimer(window)
        timer.setInterval(50)
        timer.timeout.connect(lambda: _after_idle(window, timer, state))
        timer.start()

    def wrapped(ws, **kwargs):
        window = original(ws, **kwargs)
        state["window"] = window
        state["watcher"] = _paint_watcher(window.item_list.viewport(),
                                          lambda: window.model.rowCount() > 0, after_first_paint)
        return window

    main_window.create_main_window = wrapped


# How long the memory mode waits for the window's start-up jobs.
IDLE_LIMIT_S = float(os.environ.get("BENCH_RSS_IDLE_LIMIT_S", "300"))
# Jobs that do not hold the measurement: the retention purge starts 20 s after the window
# (team_controller.RETENTION_FIRST_MS) and, on a cache never purged (a generated one), it
# anonymises every expired item once: 9+ minutes at a million items on the loaded machine,
# so a launcher waiting for it reported "never became idle" instead of a figure. It runs on;
# the report says whether it was running (its memory so far is in VmHWM).
NOT_WAITED_FOR = ("retention",)


def _busy(runner) -> list[str]:
    running = set(getattr(runner, "_running", {}) or {}) | {k for k, q in (getattr(runner, "_queues", {}) or {}).items() if q}
    unkeyed = [job for job in getattr(runner, "_active", ()) if getattr(job, "key", None) is None]
    return sorted(k for k in running if k not in NOT_WAITED_FOR) + ["(unkeyed)"] * bool(unkeyed)


def _after_idle(window, timer, state) -> None:
    """RSS mode: once background jobs are done (counts loaded, the start-up sync attempt)."""
    now = time.time()
    # The counts the window loaded (on the inbox controller since the window's split; reading
    # window._counts raised in this timer every time, and the memory step never finished).
    counts = getattr(window, "_counts", None) or getattr(getattr(window, "inbox", None), "_counts", None)
    if counts is not None and "counts" not in state:
        state["counts"] = now
    busy = _busy(window.runner)
    if busy or counts is None or now - state["started"] < 2.5:
        if now - state["started"] > IDLE_LIMIT_S:
            _emit({"error": f"window not idle after {IDLE_LIMIT_S:.0f} s (running: {busy})", **_memory()})
        return
    timer.stop()
    from PySide6.QtWidgets import QAbstractItemView
    model, view = window.model, window.item_list
    for row in (model.rowCount() // 2, model.rowCount() - 1):
        view.scrollTo(model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        view.viewport().grab()
    _emit({"painted": state["painted"], "counts_ready": state.get("counts", now), "idle": now,
           "retention_running": window.runner.is_busy("retention"), "rows": model.rowCount(), **_memory()})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mode", choices=("app", "bare", "rss"), default="app")
    parser.add_argument("--data-dir")
    parser.add_argument("--user", default="Bench User")
    args = parser.parse_args()
    if args.mode == "bare":
        return run_bare()
    if not args.data_dir:
        parser.error("--data-dir is needed for the app")
    return run_app(args.data_dir, args.user, args.mode)


if __name__ == "__main__":
    raise SystemExit(main())
