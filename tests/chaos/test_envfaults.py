"""The long run's environment faults (tools/chaos/envfaults.py), briefly: the random-kill
harness where every cycle's worker meets a full disk (SQLite, the data folder on its own tmpfs)
or the team database server stopped and started again (PostgreSQL), and is killed during or
after it. The invariants of world.py hold after each, plus integrity_check, the app's sentence
(naming the folder / "cannot be reached"), kept actions sent once, expired claims taken over.
`python -m tools.chaos.run --env-faults --seed N --db ...` replays a failure."""
from __future__ import annotations

import random

import pytest

from tests.chaos.test_crash import SEED
from tests.team.pgfixtures import require_or_skip
from tools.chaos.envfaults import EnvFaults
from tools.chaos.run import crash_run
from tools.chaos.world import World

KILLS = {"sqlite": 3, "postgresql": 2}


def _started(result: dict) -> int:
    return sum(n for kind, n in result["env_faults"].items() if kind.startswith("started by"))


@pytest.mark.parametrize("store", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_kills_during_a_full_disk_or_a_stopped_database_lose_nothing(tmp_path, store):
    if store == "postgresql":
        require_or_skip()
    print(f"chaos seed {SEED} (replay: SVARBOX_CHAOS_SEED={SEED})")
    result = crash_run(store, KILLS[store], SEED, settle_every=KILLS[store], root=tmp_path / "world",
                       env_rate=1.0, platforms=["facebook", "x", "youtube"])
    assert result["kills"] == KILLS[store] == _started(result), f"seed {SEED}: {result['env_faults']}"
    if store == "sqlite":
        assert result["env_faults"]["disk full"] == KILLS[store]
        assert result["env_faults"]["integrity checks"] == KILLS[store]
    else:
        outages = sum(n for kind, n in result["env_faults"].items()
                      if kind.startswith("database stopped") or kind == "network to the database cut")
        assert outages == KILLS[store], result["env_faults"]


def test_the_checker_rejects_a_disk_full_sentence_that_does_not_name_the_folder(tmp_path):
    """The harness's reading of the worker's sentences can fail: a sentence without the data
    folder, or a traceback, is reported."""
    world = World(tmp_path / "world", "sqlite", random.Random(3), platforms=["facebook"], env_faults=True)
    try:
        env: EnvFaults = world.env
        world._err = tmp_path / "worker.err"
        folder = env.data.resolve()
        world._err.write_text(f"KNOWN The disk holding {folder} is full; free some space there.\n")
        assert env._worker_said() == []
        world._err.write_text("KNOWN The disk is full; free some space.\n")
        assert "during a sqlite environment fault" in "\n".join(env._worker_said())
        world._err.write_text("Traceback (most recent call last):\n  ...\nOSError: [Errno 28]\n")
        assert "traceback" in "\n".join(env._worker_said())
    finally:
        world.close()
