"""Full GC passes are held off during a batch job and come back after it, also when two jobs
overlap on different threads or one fails."""
import gc
import threading

import pytest

from app.gcpause import full_collections_held_off


def test_full_collections_come_back_after_overlapping_jobs():
    before = gc.get_threshold()
    inside, release = threading.Event(), threading.Event()

    def other_job():
        with full_collections_held_off():
            inside.set()
            release.wait(10)

    worker = threading.Thread(target=other_job)
    with full_collections_held_off():
        assert gc.get_threshold()[2] > 1_000_000
        assert gc.get_threshold()[:2] == before[:2]          # young collections still run
        worker.start()
        assert inside.wait(10)
    assert gc.get_threshold()[2] > 1_000_000                 # the other job still runs
    release.set()
    worker.join(10)
    assert gc.get_threshold() == before


def test_a_failing_job_gives_the_threshold_back():
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), full_collections_held_off():
        raise RuntimeError("boom")
    assert gc.get_threshold() == before
