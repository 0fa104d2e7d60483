"""The one clock. Every part of Svarbox asks it for "now"; nothing else reads the wall clock.

Deadlines, notifications, reports and retention are all functions of time, so time is an
input: tests install a fixed or advancing clock and get the same answer on any weekday, and
`SVARBOX_CLOCK=2026-12-24T09:00:00+01:00` starts the whole program (and its children) at a
chosen moment, running at normal speed from there: for training rooms, screenshots and tests
of subprocesses.
"""
from __future__ import annotations

import os
import threading
import time
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Protocol

ENV_VAR = "SVARBOX_CLOCK"


class Clock(Protocol):
    def now(self) -> datetime:
        """The current moment, timezone-aware, in UTC."""
        ...


class SystemClock:
    """The operating system's clock: the only place the wall clock is read."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def __repr__(self) -> str:
        return "SystemClock()"


def _aware_utc(at: datetime) -> datetime:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("a clock needs a timezone-aware moment")
    return at.astimezone(UTC)


class FixedClock:
    """Stands still until told to move: set() or advance()."""

    def __init__(self, at: datetime) -> None:
        self._at = _aware_utc(at)
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            return self._at

    def set(self, at: datetime) -> None:
        with self._lock:
            self._at = _aware_utc(at)

    def advance(self, delta: timedelta | None = None, **kwargs: float) -> datetime:
        step = delta if delta is not None else timedelta(**kwargs)
        with self._lock:
            self._at += step
            return self._at

    def __repr__(self) -> str:
        return f"FixedClock({self._at.isoformat()})"


class AdvancingClock:
    """Starts at a chosen moment and runs `speed` times as fast as real time.

    By default it counts with the monotonic clock, so a change of the system time, or a DST
    change, does not make it jump. A speed above 1 lets a soak test live through a week in
    minutes. An *anchored* clock instead counts from a Unix time that other processes can be
    told (`spec()`), so a parent and the children it starts agree on "now" to the millisecond.
    """

    def __init__(self, start: datetime, speed: float = 1.0, anchor: float | None = None) -> None:
        self._start = _aware_utc(start)
        self._anchor = anchor
        self._source = time.monotonic if anchor is None else time.time
        self._t0 = anchor if anchor is not None else time.monotonic()
        self.speed = speed
        self._lock = threading.Lock()

    @classmethod
    def anchored(cls, start: datetime, speed: float = 1.0) -> AdvancingClock:
        return cls(start, speed, anchor=time.time())

    def spec(self) -> str:
        """The value of SVARBOX_CLOCK that gives a child process this same clock."""
        with self._lock:
            anchor = self._t0 if self._anchor is not None else time.time() - (time.monotonic() - self._t0)
            text = f"{self._start.isoformat()}@{anchor!r}"
            return text if self.speed == 1.0 else f"{text}x{self.speed!r}"

    def now(self) -> datetime:
        with self._lock:
            elapsed = (self._source() - self._t0) * self.speed
            return self._start + timedelta(seconds=elapsed)

    def set(self, at: datetime) -> None:
        with self._lock:
            self._start, self._t0 = _aware_utc(at), self._source()

    def advance(self, delta: timedelta | None = None, **kwargs: float) -> datetime:
        step = delta if delta is not None else timedelta(**kwargs)
        with self._lock:
            self._start += step
        return self.now()

    def __repr__(self) -> str:
        return f"AdvancingClock({self._start.isoformat()}, speed={self.speed})"


def parse_moment(text: str) -> datetime:
    """An ISO 8601 moment with its offset ('Z' allowed); ValueError in words otherwise."""
    value = text.strip()
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{text!r} is not a moment such as 2026-12-24T09:00:00+01:00") from None
    if moment.tzinfo is None:
        raise ValueError(f"{text!r} has no time zone offset (add +01:00 or Z)")
    return moment


def from_spec(text: str) -> Clock:
    """`MOMENT` (start there now), or `MOMENT@UNIX[xSPEED]` (what `AdvancingClock.spec` says)."""
    value = text.strip()
    if "@" not in value:
        return AdvancingClock(parse_moment(value))
    moment, _, rest = value.partition("@")
    anchor_text, _, speed_text = rest.partition("x")
    try:
        anchor, speed = float(anchor_text), float(speed_text or 1.0)
    except ValueError:
        raise ValueError(f"{text!r} is not a clock such as 2026-12-24T09:00:00+01:00@1797000000.0") from None
    return AdvancingClock(parse_moment(moment), speed, anchor=anchor)


def _from_environment() -> Clock:
    text = os.environ.get(ENV_VAR, "").strip()
    return from_spec(text) if text else SystemClock()


_current: Clock = _from_environment()


def get() -> Clock:
    return _current


def install(clock: Clock) -> Clock:
    """Make `clock` the process's clock; returns the one it replaces (to put back)."""
    global _current
    previous, _current = _current, clock
    return previous


def now() -> datetime:
    """Now, in UTC, from the installed clock."""
    return _current.now()


def local_now() -> datetime:
    """Now in the machine's own time zone (for what a person reads)."""
    return _current.now().astimezone()


def local_zone() -> tzinfo:
    """The machine's time zone at the clock's moment (so its DST state is the right one)."""
    return _current.now().astimezone().tzinfo or UTC


def today(tz: tzinfo | None = None) -> date:
    """Today's date in `tz`, or in the machine's time zone."""
    moment = _current.now()
    return (moment.astimezone(tz) if tz is not None else moment.astimezone()).date()
