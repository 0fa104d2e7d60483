"""The operation runner: results and exceptions come back on the GUI thread; one key, one at a time."""
from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread

from app.errors import KnownError
from app.ui.tasks import TaskRunner


def test_success_runs_callback_on_gui_thread(qtbot):
    runner = TaskRunner()
    gui = QThread.currentThread()
    seen = {}

    def work():
        seen["worker"] = threading.get_ident()
        return 42

    def done(value):
        seen["value"] = value
        seen["on_gui"] = QThread.currentThread() is gui or QThread.currentThread() == gui
    runner.run(work, on_success=done)
    assert runner.wait_idle(5000)
    assert seen["value"] == 42 and seen["on_gui"]
    assert seen["worker"] != threading.get_ident()


def test_exceptions_come_back_as_failures(qtbot):
    runner = TaskRunner()
    got, bugs = [], []
    runner.failed.connect(lambda exc, details: bugs.append((exc, details)))
    runner.run(lambda: (_ for _ in ()).throw(KnownError("offline")), on_failure=got.append)
    runner.run(lambda: 1 / 0)
    assert runner.wait_idle(5000)
    assert isinstance(got[0], KnownError) and got[0].message == "offline"
    assert isinstance(bugs[0][0], ZeroDivisionError) and "ZeroDivisionError" in bugs[0][1]


def test_one_key_never_overlaps(qtbot):
    runner = TaskRunner(max_threads=4)
    active, overlaps, order = [0], [], []
    lock = threading.Lock()

    def job(n):
        def run():
            with lock:
                active[0] += 1
                overlaps.append(active[0])
            time.sleep(0.02)
            with lock:
                active[0] -= 1
            return n
        return run
    for n in range(5):
        runner.run(job(n), on_success=order.append, key="sync:1")
    assert runner.is_busy("sync:1")
    assert runner.wait_idle(5000)
    assert max(overlaps) == 1
    assert order == [0, 1, 2, 3, 4]


def test_latest_only_drops_waiting_jobs(qtbot):
    runner = TaskRunner()
    gate = threading.Event()
    results = []
    runner.run(lambda: gate.wait(2) and "first", on_success=results.append, key="item")
    for n in range(5):
        runner.run(lambda n=n: n, on_success=results.append, key="item", latest_only=True)
    gate.set()
    assert runner.wait_idle(5000)
    assert results == ["first", 4]


def test_cancelled_job_has_no_callback(qtbot):
    runner = TaskRunner()
    results = []
    job = runner.run(lambda: 1, on_success=results.append)
    job.cancel()
    assert runner.wait_idle(5000)
    assert results == []
