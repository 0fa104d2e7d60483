"""Soak, the short version: three simulated hours of seven accounts syncing every five
minutes (the app's clock running 60 times as fast) against fakes producing ~1,000 items a
day with bursts. Memory and open handles stay flat, every item is cached once, every
deadline is what its account's policy says. `python -m tools.chaos.soak` runs a week."""
from __future__ import annotations

from tests.chaos.test_crash import SEED
from tools.chaos.soak import flatness, soak


def test_three_busy_hours_leave_memory_handles_and_deadlines_as_they_should_be(tmp_path):
    result = soak(tmp_path / "soak", hours=3, seed=SEED, speed=30)
    summary = {k: v for k, v in result.items() if k != "samples"}
    assert result["syncs"] == 7 * result["rounds"], summary     # every account, every five minutes
    assert result["items_produced"] > 20 and result["items_cached"] == result["items_produced"], summary
    assert result["wrong_deadlines"] == 0, summary
    first, last = flatness(result["samples"], "handles")
    assert last <= first + 2, (first, last)
    first, last = flatness(result["samples"], "rss_kb")
    assert last <= first * 1.10 + 4096, (first, last)            # no growth beyond noise (kB)


def test_the_traced_heap_tells_the_fakes_from_the_rest(tmp_path):
    """--trace-memory: the fakes keep every item they produce, so their part of the heap grows
    with the items; the rest is sampled apart."""
    result = soak(tmp_path / "soak", hours=2, seed=SEED, speed=0, trace_memory=True)
    samples = result["samples"]
    assert all("heap_fakes_kb" in s and "heap_rest_kb" in s for s in samples)
    assert samples[-1]["heap_rest_kb"] > 1024                      # the app and its libraries
    assert samples[-1]["heap_fakes_kb"] > samples[0]["heap_fakes_kb"]   # items kept by the fakes


def test_the_fakes_run_in_a_process_of_their_own_and_are_sampled_apart(tmp_path):
    """By default the fakes (which keep every item all week) live in a child process, so the
    RSS sampled is the app's; the child's own RSS is sampled beside it."""
    result = soak(tmp_path / "soak", hours=2, seed=SEED, speed=0)
    assert result["fakes_apart"] is True
    assert result["items_produced"] > 10 and result["items_cached"] == result["items_produced"]
    samples = result["samples"]
    assert all(s["fakes_rss_kb"] > 10 * 1024 for s in samples)        # a live Python process
    if "sqlite_kb" in samples[-1]:             # Python's sqlite3 linked to a shared libsqlite3
        assert 0 < samples[-1]["sqlite_kb"] < samples[-1]["rss_kb"]
    in_process = soak(tmp_path / "soak2", hours=2, seed=SEED, speed=0, fakes_apart=False)
    assert "fakes_rss_kb" not in in_process["samples"][0]
    assert in_process["items_produced"] == result["items_produced"]    # the same traffic either way
