"""The one clock: fixed, advancing, anchored across processes, and from the environment."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from app import clock

ROOT = Path(__file__).resolve().parents[2]
XMAS = datetime(2026, 12, 24, 9, 0, tzinfo=timezone(timedelta(hours=1)))


def test_fixed_clock_stands_still_until_moved():
    c = clock.FixedClock(XMAS)
    assert c.now() == c.now() == XMAS
    assert c.now().tzinfo == UTC
    c.advance(minutes=30)
    assert c.now() == XMAS + timedelta(minutes=30)
    c.set(XMAS)
    assert c.now() == XMAS


def test_naive_moments_are_refused():
    with pytest.raises(ValueError):
        clock.FixedClock(datetime(2026, 12, 24, 9))
    with pytest.raises(ValueError, match="time zone"):
        clock.parse_moment("2026-12-24T09:00:00")
    with pytest.raises(ValueError):
        clock.from_spec("2026-12-24T09:00:00+01:00@soon")


def test_installed_clock_is_what_now_returns():
    fixed = clock.FixedClock(XMAS)
    previous = clock.install(fixed)
    try:
        assert clock.now() == XMAS
        assert clock.today(timezone(timedelta(hours=1))) == XMAS.date()
    finally:
        clock.install(previous)


def test_fast_clock_runs_faster():
    fast = clock.AdvancingClock(XMAS, speed=3600.0)
    first = fast.now()
    while fast.now() - first < timedelta(minutes=1):   # a real millisecond is an hour's minute
        pass
    assert fast.now() > first


def test_a_child_process_shares_the_anchored_clock():
    parent = clock.AdvancingClock.anchored(XMAS)
    env = dict(os.environ, **{clock.ENV_VAR: parent.spec()})
    before = parent.now()
    out = subprocess.run([sys.executable, "-c", "from app import clock; print(clock.now().isoformat())"],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=True)
    child = datetime.fromisoformat(out.stdout.strip())
    after = parent.now()
    assert before <= child <= after


def test_spec_round_trips_speed():
    fast = clock.AdvancingClock.anchored(XMAS, speed=60.0)
    copy = clock.from_spec(fast.spec())
    assert isinstance(copy, clock.AdvancingClock) and copy.speed == 60.0
    assert abs((copy.now() - fast.now()).total_seconds()) < 60.0
