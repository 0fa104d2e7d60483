"""Run the chaos harness: random SIGKILLs of the sync/outbox worker, invariants after each.

    python -m tools.chaos.run [--kills N] [--db sqlite|postgresql|both] [--seed S]
                              [--settle-every K] [--json PATH]
                              [--faults [--fault-rate R]] [--env-faults | --no-env-faults]
                              [--env-fault-rate E]

``--faults``: the fault-injecting proxy in front of every platform, and (unless
``--no-env-faults``) the environment faults of envfaults.py: at a share ``E`` of the cycles
(default 0.06) the worker meets a full disk (SQLite; the data folder is a tmpfs, needs root)
or the team database server stopped and started again (PostgreSQL), and is killed during or
after it. ``--env-faults`` alone turns them on without the proxy. Each fault kind is counted
in the summary's "faults" (network) and "env_faults" maps.

The seed is printed first; the same seed replays the same kill schedule and traffic (the
exact instant a timer kill lands still depends on the machine's speed). Exit status 1 when
an invariant broke, with the seed, the cycle and what broke.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tools.chaos.world import World  # noqa: E402

ROTATION_KILLS = 0.05    # the share of kills aimed between a Bluesky rotation and the keychain write


class InvariantBroken(AssertionError):
    pass


def crash_run(store: str, kills: int, seed: int, *, settle_every: int = 10, root: Path | None = None,
              faults=None, log=print, progress=None, platforms=None, env_rate: float = 0.0) -> dict:
    """``kills`` random SIGKILLs on one store, with traffic and people acting between them.
    ``env_rate``: the share of cycles whose worker meets a full disk or a stopped database."""
    rng = random.Random(f"{seed}:{store}")
    tmp = Path(root or tempfile.mkdtemp(prefix=f"svarbox-chaos-{store}-"))
    world = World(tmp, store, rng, faults=faults, platforms=platforms, env_faults=env_rate > 0)
    started = time.monotonic()
    try:
        world.citizens_write(10)
        world.settle()                     # a first full sync, so people have items to act on
        world.check(quiescent=True)
        for cycle in range(1, kills + 1):
            world.citizens_write(rng.randint(0, 4))
            world.people_act(rng.randint(0, 3))
            world.publishing.people_schedule(rng.randint(0, 2))
            world.later()
            problems: list[str] = []
            if world.env is not None and rng.random() < env_rate:
                kind, problems = world.env.cycle()
            else:
                kind = world.crash_once(rotation=rng.random() < ROTATION_KILLS)
            world.sessions.after_kill(rng)
            problems += world.check(quiescent=False)
            if cycle % settle_every == 0 or cycle == kills:
                world.later()
                settled = world.settle()
                problems += world.check(quiescent=True)
                if problems:
                    problems.append(f"(the settling worker: {settled})")
            if problems:
                raise InvariantBroken(f"seed {seed}, {store}, cycle {cycle} (kill: {kind}):\n  "
                                      + "\n  ".join(problems))
            if cycle % 50 == 0:
                log(f"  {store}: {cycle}/{kills} kills, {world.stats.actions} actions, "
                    f"{world.stats.items} items, faults {sum(world.stats.faults.values())}, "
                    f"env faults {sum(v for k, v in world.stats.env_faults.items() if k.startswith('started by'))}, "
                    f"{time.monotonic() - started:.0f} s")
                if progress:
                    progress(_summary(world, store, seed, started, complete=False))
        return _summary(world, store, seed, started, complete=True)
    finally:
        world.close()


def _summary(world, store: str, seed: int, started: float, complete: bool) -> dict:
    """Everything here held: a broken invariant raises before a summary is made."""
    stats = world.stats
    with world.ws.db.session() as s:
        post_states = world.publishing.counts(s)
    return {"store": store, "seed": seed, "complete": complete, "kills": stats.kills,
            "kills_by_kind": dict(stats.kills_by_kind), "settles": stats.settles,
            "invariant_checks": stats.checks, "platform_items": stats.items, "actions": stats.actions,
            "notes": stats.notes, "posts": stats.posts, "long_pauses": stats.long_pauses,
            "reconnects": stats.reconnects, "faults": dict(stats.faults), "env_faults": dict(stats.env_faults),
            "lost": 0, "duplicated": 0,
            "post_states": post_states, "seconds": round(time.monotonic() - started, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kills", type=int, default=30, help="SIGKILLs per store")
    parser.add_argument("--db", choices=["sqlite", "postgresql", "both"], default="both")
    parser.add_argument("--seed", type=int, default=None, help="replay a run (printed at the start)")
    parser.add_argument("--settle-every", type=int, default=10)
    parser.add_argument("--faults", action="store_true",
                        help="a fault-injecting proxy in front of every platform as well")
    parser.add_argument("--fault-rate", type=float, default=0.25)
    parser.add_argument("--env-faults", action=argparse.BooleanOptionalAction, default=None,
                        help="a full disk (SQLite) / the database server stopped (PostgreSQL) at some "
                             "cycles; on by default with --faults")
    parser.add_argument("--env-fault-rate", type=float, default=0.06,
                        help="the share of cycles with an environment fault")
    parser.add_argument("--json", type=Path, help="write the summary here")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1, 10**9)
    print(f"chaos: seed {seed} (replay with --seed {seed})", flush=True)
    stores = ["sqlite", "postgresql"] if args.db == "both" else [args.db]
    env_faults = args.faults if args.env_faults is None else args.env_faults
    env_rate = args.env_fault_rate if env_faults else 0.0
    summary = {"seed": seed, "runs": []}
    try:
        for store in stores:
            plan = None
            if args.faults:
                from tools.chaos.proxy import FaultPlan
                plan = FaultPlan(rate=args.fault_rate)
            def progress(partial, done=list(summary["runs"])):  # noqa: B006 - a snapshot taken once, on purpose
                if args.json:       # an interrupted long run still leaves its numbers
                    args.json.write_text(json.dumps({**summary, "runs": done + [partial]}, indent=2) + "\n")

            result = crash_run(store, args.kills, seed, settle_every=args.settle_every, faults=plan,
                               log=lambda m: print(m, flush=True), progress=progress, env_rate=env_rate)
            summary["runs"].append(result)
            print(f"chaos: {store}: {result['kills']} kills, {result['actions']} actions, "
                  f"{result['platform_items']} items, {result['posts']} posts, 0 lost, 0 duplicated, faults {result['faults']}, "
                  f"environment faults {result['env_faults']} "
                  f"({result['seconds']} s)", flush=True)
    except InvariantBroken as exc:
        print(f"chaos: INVARIANT BROKEN: {exc}", flush=True)
        return 1
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
