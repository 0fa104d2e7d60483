"""Background operations: run a function on the thread pool, get the answer on the GUI thread.

Modelled on anki's ``CollectionOp``/``QueryOp``: the function runs in a worker thread (it
opens its own database session and returns ids or plain dataclasses), then ``on_success``
or ``on_failure`` is called on the GUI thread. Exceptions never escape a worker: they travel
back as a signal. Jobs sharing a ``key`` (e.g. ``"sync:3"``) run one after the other, so two
syncs of one account never overlap.
"""
from __future__ import annotations

import itertools
import logging
import traceback
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop, QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)
_ids = itertools.count(1)


@dataclass(eq=False)
class Job:
    fn: Callable[[], Any]
    on_success: Callable[[Any], None] | None = None
    on_failure: Callable[[BaseException], None] | None = None
    key: str | None = None
    label: str = ""
    id: int = field(default_factory=lambda: next(_ids))
    cancelled: bool = False

    def cancel(self) -> None:
        """Drop the result: the work may still run, but no callback is called."""
        self.cancelled = True


class _Runnable(QRunnable):
    def __init__(self, runner: "TaskRunner", job: Job):
        super().__init__()
        self.setAutoDelete(True)
        self._runner, self._job = runner, job

    def run(self) -> None:
        try:
            result = self._job.fn()
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread, never lost
            exc.__svarbox_traceback__ = traceback.format_exc()
            self._runner._done.emit((self._job, False, exc))
        else:
            self._runner._done.emit((self._job, True, result))


class TaskRunner(QObject):
    """A small operation runner over ``QThreadPool`` with one serial queue per key."""

    #: Failures without an ``on_failure`` callback: (exception, traceback text).
    failed = Signal(object, str)
    #: Emitted on the GUI thread whenever the set of running jobs changes (busy indicator).
    busyChanged = Signal(bool)
    _done = Signal(object)

    def __init__(self, parent: QObject | None = None, max_threads: int = 4):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._queues: dict[str, deque[Job]] = {}
        self._running: dict[str, Job] = {}
        self._active: set[Job] = set()
        self._closed = False
        # Queued: the worker emits, this object (GUI thread) receives.
        self._done.connect(self._finish)

    # --- public API

    def run(self, fn: Callable[[], Any], *, on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException], None] | None = None, key: str | None = None,
            latest_only: bool = False, label: str = "") -> Job:
        """Run ``fn()`` in the pool. With ``key``, wait for earlier jobs of that key; with
        ``latest_only``, a newer job replaces any still waiting (selection changes, searches)."""
        job = Job(fn, on_success, on_failure, key, label)
        if self._closed:
            job.cancelled = True
            return job
        if key is not None and key in self._running:
            queue = self._queues.setdefault(key, deque())
            if latest_only:
                for old in queue:
                    old.cancelled = True
                queue.clear()
            queue.append(job)
            return job
        self._start(job)
        return job

    def run_in_session(self, db, fn: Callable[..., Any], *args: Any, on_success: Callable[[Any], None] | None = None,
                       on_failure: Callable[[BaseException], None] | None = None, key: str | None = None,
                       latest_only: bool = False, label: str = "", **kwargs: Any) -> Job:
        """Run the service call ``fn(session, *args, **kwargs)`` in its own database session
        (one unit of work, committed when it returns) off the GUI thread. The UI never opens
        a session itself: this is its one way to ask a session-taking service."""
        def job() -> Any:
            with db.session() as session:
                return fn(session, *args, **kwargs)
        return self.run(job, on_success=on_success, on_failure=on_failure, key=key, latest_only=latest_only,
                        label=label or getattr(fn, "__name__", ""))

    @staticmethod
    def call_in_session(db, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """``fn(session, *args, **kwargs)`` in its own session, now, on the calling thread: for the
        few small reads and saves whose answer a dialog needs before it goes on (a save that
        keeps the typed text when refused). Anything slow belongs on ``run_in_session``."""
        with db.session() as session:
            return fn(session, *args, **kwargs)

    def is_busy(self, key: str | None = None) -> bool:
        if key is None:
            return bool(self._active)
        return key in self._running or bool(self._queues.get(key))

    def wait_idle(self, timeout_ms: int = 10000) -> bool:
        """Process events until every job and its callback has run (tests, shutdown)."""
        deadline = QDeadlineTimer(timeout_ms)
        flags = QEventLoop.ProcessEventsFlag.AllEvents
        while True:
            # Posted events first: a zero-delay timer may start a job, a callback may queue
            # the showing of new widgets.
            QCoreApplication.processEvents(flags, 10)
            if not self._active and not any(self._queues.values()):
                QCoreApplication.processEvents(flags, 10)
                if not self._active and not any(self._queues.values()):
                    return True
            if deadline.hasExpired():
                return False
            self.pool.waitForDone(10)

    def shutdown(self, timeout_ms: int = 5000) -> None:
        """Drop waiting jobs and let running ones finish (they hold database sessions)."""
        self._closed = True
        for queue in self._queues.values():
            for job in queue:
                job.cancelled = True
            queue.clear()
        for job in list(self._active):
            job.cancelled = True
        self.pool.waitForDone(timeout_ms)

    # --- internals

    def _start(self, job: Job) -> None:
        was_busy = bool(self._active)
        self._active.add(job)
        if job.key is not None:
            self._running[job.key] = job
        self.pool.start(_Runnable(self, job))
        if not was_busy:
            self.busyChanged.emit(True)

    @Slot(object)
    def _finish(self, outcome: tuple) -> None:
        job, ok, value = outcome
        self._active.discard(job)
        if job.key is not None and self._running.get(job.key) is job:
            del self._running[job.key]
            queue = self._queues.get(job.key)
            if queue:
                self._start(queue.popleft())
        try:
            if job.cancelled:
                return
            if ok:
                if job.on_success is not None:
                    job.on_success(value)
            elif job.on_failure is not None:
                job.on_failure(value)
            else:
                self.failed.emit(value, getattr(value, "__svarbox_traceback__", "") or repr(value))
        except Exception as exc:  # a bug in a callback: report it like any other bug
            log.exception("callback of %s failed", job.label or job.fn)
            self.failed.emit(exc, traceback.format_exc())
        finally:
            if not self._active:
                self.busyChanged.emit(False)
