"""Issue 22, points 1 and 2: a class of three trainees on a shared session folder (the same
scenario runs on PostgreSQL in tests/team/test_classroom_pg.py)."""
from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.errors import UsageError
from app.models import tables as t
from app.services.inbound import items as item_service
from app.services.outbound import outbox
from app.services.training import classroom
from app.services.training import packs as training
from app.services.workspace import open_workspace

START = datetime(2026, 3, 10, 13, 0, tzinfo=UTC)
SIG = {"Anna": "/Anna, Kommunikation", "Bo": "/Bo, Kommunikation", "Cecilie": "/Cecilie, Kommunikation"}


def item_id(ws, scenario_id):
    with ws.db.session() as s:
        return s.scalar(select(t.Item.id).where(t.Item.external_id == scenario_id))


def run_class_of_three(make_transport, tmp_path):
    """Trainer and three trainees, each party with its own transport object (its own laptop)."""
    pack_data = json.loads((training.packs_dir() / "da-crisis.json").read_text(encoding="utf-8"))
    trainer = classroom.TrainerSession.start(make_transport(), pack_data, START, pace_s=60)
    code = trainer.transport.code
    with pytest.raises(UsageError, match="already exists"):
        classroom.TrainerSession.start(make_transport(), pack_data, START)

    workspaces, trainees = {}, {}
    try:
        for n, name in enumerate(("Anna", "Bo", "Cecilie")):
            trainees[name] = classroom.TraineeSession.join(make_transport(), name, START + timedelta(seconds=n))
            ws = open_workspace(str(tmp_path / f"ws-{name}"), training=True, user=name)
            workspaces[name] = ws
            pack = trainees[name].pack()
            training.prepare(ws, pack)
        assert [r["name"] for r in trainer.roster()] == ["Anna", "Bo", "Cecilie"]
        # Nothing arrives before the trainer starts.
        assert trainees["Anna"].release_into(workspaces["Anna"], pack) == []

        trainer.begin(START + timedelta(minutes=1))
        first = trainer.current()["id"]
        assert first == pack_data["scenarios"][0]["id"]
        for name, ws in workspaces.items():
            assert len(trainees[name].release_into(ws, pack)) == 1      # pushed to everybody at once
        assert any(s.id == first for s in pack.scenarios)

        # Anna answers well and fast, Bo shouts late, Cecilie hides a legitimate complaint.
        at = START + timedelta(minutes=1)
        with workspaces["Anna"].db.session() as s:
            outbox.queue_action(s, item_id(workspaces["Anna"], first), "reply", "Anna",
                                "Hej Lone, tak for din besked – vi forstår godt, at du er vred. Der er endnu "
                                "ikke besluttet noget; forslaget behandles i byrådet.", signature=SIG["Anna"],
                                now=at + timedelta(seconds=40))
        with workspaces["Bo"].db.session() as s:
            outbox.queue_action(s, item_id(workspaces["Bo"], first), "reply", "Bo",
                                "DET ER IKKE BESLUTTET ENDNU.", signature=SIG["Bo"], now=at + timedelta(seconds=400))
        with workspaces["Cecilie"].db.session() as s:
            item_service.apply_action(s, s.get(t.Item, item_id(workspaces["Cecilie"], first)), "hide", "Cecilie",
                                      now=at + timedelta(seconds=20))
        for name, ws in workspaces.items():
            trainees[name].report(ws, pack, SIG[name], at + timedelta(seconds=60))

        answers = {a.name: a for a in trainer.answers(first)}
        assert set(answers) == {"Anna", "Bo", "Cecilie"}
        assert answers["Anna"].seconds == 40 and answers["Anna"].action == "reply"
        assert not any(f["severity"] == "error" for f in answers["Anna"].findings)
        assert answers["Bo"].seconds == 400 and answers["Bo"].findings          # shouting, late
        assert answers["Cecilie"].action == "hide" and answers["Cecilie"].text == ""

        # Names hidden for the projector; the model answer and the comment reach the trainees.
        trainer.set_hide_names(True)
        hidden = trainer.answers(first)
        assert [a.name for a in hidden] == ["Trainee 1", "Trainee 2", "Trainee 3"]
        assert [a.seconds for a in hidden] == [40, 400, 20]
        trainer.mark_model(first, trainees["Anna"].trainee_id)
        trainer.comment(first, "Anerkend vreden, og sig hvad der faktisk er besluttet.")
        assert [a.model for a in trainer.answers(first)] == [True, False, False]
        notes = trainees["Bo"].trainer_notes()
        assert notes["models"][first] == trainees["Anna"].trainee_id and "Anerkend" in notes["comments"][first]
        # ... as internal notes on that message in each trainee's workspace, once.
        for name in ("Anna", "Bo"):
            info = {"classroom": trainees[name], "pack": pack}
            first_id = item_id(workspaces[name], first)
            assert first_id in classroom.classroom_round(workspaces[name], info, SIG[name], at + timedelta(seconds=90))
            assert classroom.classroom_round(workspaces[name], info, SIG[name], at + timedelta(seconds=95)) == []
            with workspaces[name].db.session() as s:
                texts = list(s.scalars(select(t.Note.text).where(t.Note.item_id == first_id)))
            assert any(x.startswith("Anerkend vreden") for x in texts)
            assert any("model answer" in x for x in texts) == (name == "Anna")

        # Pause: nothing is pushed; pace: the next message is due after 60 s.
        trainer.pause()
        assert trainer.push_next(at + timedelta(minutes=5)) is None and len(trainer.doc["pushed"]) == 1
        trainer.resume()
        assert not trainer.due_for_next(at + timedelta(seconds=30))
        assert trainer.due_for_next(at + timedelta(seconds=61))
        second = trainer.push_next(at + timedelta(seconds=61))
        assert second == pack_data["scenarios"][1]["id"]
        for name, ws in workspaces.items():
            assert len(trainees[name].release_into(ws, pack)) == 1
            with ws.db.session() as s:
                received = s.scalar(select(t.Item.received_at).where(t.Item.external_id == second))
            assert received.replace(tzinfo=UTC) == at + timedelta(seconds=61)
        # Rejoining (a restarted laptop) keeps the answers.
        again = classroom.TraineeSession.join(make_transport(), "Anna", START + timedelta(minutes=9),
                                              trainee_id=trainees["Anna"].trainee_id)
        assert again.trainee_id == trainees["Anna"].trainee_id and len(trainer.roster()) == 3
        assert trainer.roster()[0]["answered"] == 1
        while trainer.push_next(at + timedelta(minutes=10)):
            pass
        assert trainer.doc["state"] == "finished"
        with pytest.raises(UsageError, match="finished"):
            classroom.TraineeSession.join(make_transport(), "Late Larsen", at + timedelta(minutes=11))
        return code
    finally:
        for ws in workspaces.values():
            ws.close()


def test_a_class_of_three_on_a_shared_folder(tmp_path):
    share = tmp_path / "share"
    code = classroom.new_code()
    code = run_class_of_three(lambda: classroom.FolderTransport(share, code), tmp_path)
    files = sorted(p.relative_to(share / code).as_posix() for p in (share / code).rglob("*"))
    # Only finished files: atomic writes leave no temporary files behind.
    assert "session.json" in files and sum(1 for f in files if f.startswith("trainees/") and f.endswith(".json")) == 3
    assert not any(f.endswith(".tmp") for f in files)


def test_bad_codes_and_missing_classes_are_refused_in_words(tmp_path):
    with pytest.raises(UsageError, match="not a class code"):
        classroom.FolderTransport(tmp_path, "../etc")
    with pytest.raises(UsageError, match="no class"):
        classroom.TraineeSession.join(classroom.FolderTransport(tmp_path, "ABCD23"), "Anna", START)
    transport = classroom.FolderTransport(tmp_path, "abcd-23")
    assert transport.code == "ABCD23"
    with pytest.raises(UsageError, match="name"):
        classroom.TraineeSession.join(transport, "  ", START)
    # A torn or foreign session file reads as "cannot be read", not a traceback.
    (tmp_path / "ABCD23").mkdir()
    (tmp_path / "ABCD23" / "session.json").write_text("{half", encoding="utf-8")
    with pytest.raises(UsageError):
        _ = classroom.TrainerSession(transport).doc
