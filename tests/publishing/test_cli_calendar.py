"""`svarbox post / calendar / approve / reject / worker` with the same checks as the window;
the .ics export parsed back with the icalendar package; the worker stops cleanly on SIGTERM."""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import icalendar
import pytest
from sqlalchemy import select

from app import cli
from app import clock as app_clock
from app.models import tables as t
from app.services import workspace as workspace_module
from app.services.outbound import posts
from tests.fakes.server import FakeServer
from tests.publishing.kit import Env, cases

ROOT = Path(__file__).resolve().parents[2]
FB, X = cases()[0], cases()[1]


@pytest.fixture
def env_for(tmp_path, monkeypatch):
    """A connected account whose token the CLI finds (the test's in-memory keychain)."""
    made = []

    def make(case, name=None):
        fake = case.make_fake()
        server = FakeServer(fake).start()
        env = Env(tmp_path / (name or case.platform), case, fake, server)
        monkeypatch.setattr(workspace_module, "default_store", lambda: env.store)
        made.append((server, env))
        return env

    yield make
    for server, env in made:
        env.ws.close()
        server.stop()


def run(env, *argv, user="Mette Jensen"):
    return cli.main(["--data-dir", str(env.tmp), "--user", user, *argv])


def test_post_now_with_image_prints_the_link(env_for, capsys):
    env = env_for(FB)
    image = env.image()
    code = run(env, "post", "--account", "Aarby facebook", "--text", "Ny cykelsti langs åen er åben",
               "--link", "https://www.aarby.dk/cykelsti", "--image", image["path"], "--alt", "Cykelsti langs åen")
    out = capsys.readouterr().out
    assert code == 0, out
    assert "published https://www.facebook.com/" in out
    assert [p["message"] for p in env.fake.own_posts()] == ["Ny cykelsti langs åen er åben"]


def test_an_image_without_alt_text_is_refused_in_words(env_for, capsys):
    env = env_for(FB)
    code = run(env, "post", "--account", "Aarby facebook", "--text", "Se billedet", "--image", env.image()["path"])
    err = capsys.readouterr().err
    assert code == 2 and "--alt" in err and "Traceback" not in err
    with env.ws.db.session() as s:
        assert s.scalar(select(t.Post.id)) is None


def test_too_long_for_x_is_refused_before_saving(env_for, capsys):
    env = env_for(X)
    code = run(env, "post", "--account", "Aarby x", "--text", "ord " * 80, "--link", "https://www.aarby.dk/a")
    assert code == 2 and "280" in capsys.readouterr().err
    assert env.fake.own_posts() == []


def test_scheduled_on_x_warns_it_needs_a_running_client_and_shows_in_the_calendar(env_for, capsys, tmp_path):
    env = env_for(X)
    at = (app_clock.now() + timedelta(days=2)).astimezone(app_clock.local_zone()).strftime("%Y-%m-%d %H:%M")
    code = run(env, "post", "--account", "Aarby x", "--text", "Affaldskalenderen for 2027 er klar",
               "--link", "https://www.aarby.dk/affald", "--at", at, "--campaign", "Affald 2027")
    out = capsys.readouterr().out
    assert code == 0, out
    assert "credits" in out and "needs a running Svarbox" in out
    assert env.fake.own_posts() == []

    assert run(env, "calendar", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["status"], r["campaign"], r["needs_running_client"]) for r in rows] == [("scheduled", "Affald 2027", True)]  # noqa: E501

    ics_file = tmp_path / "plan.ics"
    assert run(env, "calendar", "--ics", str(ics_file)) == 0
    parsed = icalendar.Calendar.from_ical(ics_file.read_bytes())
    events = [c for c in parsed.walk("VEVENT")]
    assert len(events) == 1
    event = events[0]
    assert str(event["SUMMARY"]) == "[Aarby x] Affaldskalenderen for 2027 er klar"
    from datetime import datetime
    assert event.decoded("DTSTART") == datetime.fromisoformat(rows[0]["scheduled_at"])
    assert "Needs a running Svarbox" in str(event["DESCRIPTION"])
    assert "Affald 2027" in event["CATEGORIES"].to_ical().decode()


def test_ics_escapes_and_folds_long_danish_text():
    from app.services.outbound import ics
    row = posts.PostRow(7, "g", 1, "Aarby Kommune; Facebook", "facebook", None, None,
                        "Æbler, pærer og blommer; " * 10, "https://www.aarby.dk/frugt", [], app_clock.now(),
                        "scheduled", True, None, "Høst", "M", None, None, None, None, None)
    text = ics.to_ics([row])
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    event = icalendar.Calendar.from_ical(text).walk("VEVENT")[0]
    assert str(event["SUMMARY"]).startswith("[Aarby Kommune; Facebook] Æbler, pærer")


def test_approval_propose_reject_edit_approve_is_audited(env_for, capsys):
    env = env_for(FB)
    with env.ws.db.session() as s:
        posts.set_publishers(s, env.account_id, ["Anna Holm"], "admin")   # the course: test_course_required
    code = run(env, "post", "--account", "Aarby facebook", "--text", "Praktikpladser i kommunen",
               "--link", "https://www.aarby.dk/praktik", user="Bo Berg")
    assert code == 0
    assert "awaiting_approval" in capsys.readouterr().out
    with env.ws.db.session() as s:
        post_id = s.scalar(select(t.Post.id))
    assert env.fake.own_posts() == []

    assert run(env, "approve-post", str(post_id), user="Bo Berg") == 2          # Bo may not publish here
    assert "may not publish" in capsys.readouterr().err
    assert run(env, "reject-post", str(post_id), "--comment", "", user="Anna Holm") == 2
    assert run(env, "reject-post", str(post_id), "--comment", "Mangler ansøgningsfrist", user="Anna Holm") == 0
    with env.ws.db.session() as s:
        assert s.get(t.Post, post_id).status == t.POST_REJECTED
        posts.edit(s, post_id, "Bo Berg", text="Praktikpladser i kommunen. Frist 1. februar.")
        assert posts.submit(s, post_id, "Bo Berg") == t.POST_AWAITING
    assert run(env, "approve-post", str(post_id), "--comment", "Fint", user="Anna Holm") == 0
    with env.ws.db.session() as s:
        post = s.get(t.Post, post_id)
        assert (post.status, post.approved_by) == (t.POST_SCHEDULED, "Anna Holm")
        events = [(e.actor, e.action) for e in s.scalars(select(t.AuditEvent).order_by(t.AuditEvent.id))
                  if e.action.startswith("post_")]
    assert events[-5:] == [("Bo Berg", "post_proposed"), ("Anna Holm", "post_rejected"), ("Bo Berg", "post_edited"),
                           ("Bo Berg", "post_proposed"), ("Anna Holm", "post_approved")]
    # Approved with no moment: the next worker round publishes it.
    assert run(env, "worker", "--once", "--no-sync") == 0
    assert [p["message"] for p in env.fake.own_posts()] == ["Praktikpladser i kommunen. Frist 1. februar."]


def test_worker_logs_to_a_file_and_stops_cleanly_on_sigterm(tmp_path):
    proc = subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(tmp_path), "--demo", "worker",
                             "--interval", "0.2", "--no-sync"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    assert "worker running" in line, proc.stderr.read() if proc.poll() is not None else line
    time.sleep(0.6)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    log_file = Path(line.rsplit("log: ", 1)[1].strip())
    text = log_file.read_text(encoding="utf-8")
    assert "Worker started" in text and "Signal 15 received" in text and "Worker stopped cleanly" in text
    assert "Traceback" not in err
