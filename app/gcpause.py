"""Full cyclic-GC passes held off while a long batch job runs next to the window.

A generation-2 collection walks every container object the process holds, holding the GIL
all the while: with the window open on a million-item cache that was up to 0.8 s in which the
GUI thread could not paint, whichever thread (a deadline recompute, a sync) triggered it. A
batch job allocates steadily, so it triggers such passes every few seconds. Young collections
(generations 0 and 1) still run, and whatever garbage with cycles piles up meanwhile is
collected by the first full pass after the job. Thread-safe and nestable: the threshold comes
back when the last job leaves.
"""
from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_saved: tuple[int, int, int] | None = None
# Generation-1 collections before a full one (CPython's default is 10): never, in practice,
# for the length of one job.
_HELD_OFF = 1 << 30


@contextmanager
def full_collections_held_off() -> Iterator[None]:
    global _depth, _saved
    with _lock:
        if _depth == 0:
            _saved = gc.get_threshold()
            gc.set_threshold(_saved[0], _saved[1], _HELD_OFF)
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _saved is not None:
                now = gc.get_threshold()
                if now[2] == _HELD_OFF:      # nobody else changed the thresholds meanwhile
                    gc.set_threshold(now[0], now[1], _saved[2])
                _saved = None
