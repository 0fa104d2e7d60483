"""Training never touches a platform: the theme packs' Bluesky and Mastodon cases are played
through the one door, the outbox sends them, a classroom reports them and the rubric scores
them -- in a process where every network call raises."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

NO_NETWORK = textwrap.dedent("""
    import socket, sys
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")
    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse

    from datetime import timedelta
    from pathlib import Path
    from sqlalchemy import select
    from app import clock
    from app.models import tables as t
    from app.services.outbound import actions, outbox
    from app.services.training import classroom
    from app.services.training import packs as training
    from app.services.workspace import open_workspace

    SIG = "/Mette, Kommunikation"
    ws = open_workspace(sys.argv[1], training=True, user="Mette Jensen")
    sent = handled = 0
    for language in ("da", "sv", "en"):
        for theme in ("crisis", "threats", "personal-data", "messenger"):
            pack = training.load_pack(f"{language}-{theme}")
            training.prepare(ws, pack)
            start = clock.now() - timedelta(minutes=10)
            training.release_due(ws, pack, start, clock.now())
            for s in pack.scenarios:
                if s.platform not in ("bluesky", "mastodon"):
                    continue
                with ws.db.session() as session:
                    item_id = session.scalar(select(t.Item.id).where(t.Item.external_id == s.id))
                steps = []
                if "hide" in s.expect:
                    steps.append(("hide", None, None))
                if "no-reply" in s.expect:
                    steps.append(("no_reply", None, None))
                elif s.expected_category == "referral":
                    # Mastodon: the template; Bluesky: a short referral written from it (300 characters).
                    steps.append(("refer", None, None) if s.platform == "mastodon" else
                                 ("reply", "Hej, skriv til os via den sikre kanal, saa hjaelper vi dig.", "referral"))
                elif s.expected_category != "spam_threat":
                    steps.append(("reply", "Hej, tak for din besked. Vi vender tilbage i morgen.", s.expected_category))
                for action, text, category in steps:
                    result = actions.perform(ws, actions.Request(item_id, action, "Mette Jensen", text, signature=SIG,
                                                                 template_category=category, confirmed=True))
                    assert result.ok, (s.id, action, result.problems)
                handled += 1
            results = outbox.flush(ws)
            assert all(r.state == t.OUTBOX_SENT for r in results), [(r.state, r.error) for r in results]
            sent += len(results)
            summary = training.score(ws, pack, "Mette Jensen", SIG)
            for score in summary.scores:
                if score.platform in ("bluesky", "mastodon"):
                    assert score.handled and score.points.get("handling") == score.maximum["handling"], score

    # A classroom over a session folder: the trainee's answers go to the trainer, no network.
    data = training.packs_dir() / "en-messenger.json"
    import json
    trainer = classroom.TrainerSession.start(classroom.FolderTransport(Path(sys.argv[1]) / "share", "ROOM7"),
                                             json.loads(data.read_text(encoding="utf-8")), clock.now())
    trainee = classroom.TraineeSession.join(classroom.FolderTransport(Path(sys.argv[1]) / "share", "ROOM7"),
                                            "Anna Holm", clock.now())
    trainer.begin(clock.now())
    assert trainee.pushed()
    ws.close()
    print(f"offline ok: {handled} handled, {sent} sent")
""")


def test_training_with_bluesky_and_mastodon_never_touches_a_network(tmp_path):
    run = subprocess.run([sys.executable, "-c", NO_NETWORK, str(tmp_path)], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "offline ok: 24 handled" in run.stdout, run.stdout
    sent = int(run.stdout.split(", ")[1].split()[0])
    assert sent >= 24        # every reply, referral and hiding went out -- to the local demo platform
