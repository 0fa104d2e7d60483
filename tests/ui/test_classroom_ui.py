"""Issue 22: the trainer's console and the projector view with a class of three on a shared
folder, rendered at 1366x768 in Danish and Swedish.

``SVARBOX_SCREENSHOTS=docs`` also writes ``docs/screenshot-trainer-{console,projector}-{da,sv}.png``."""
from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import tables as t
from app.services.inbound import items as item_service
from app.services.outbound import outbox
from app.services.training import classroom
from app.services.training import packs as training
from app.services.workspace import open_workspace

ROOT = Path(__file__).resolve().parents[2]
START = datetime(2026, 3, 10, 18, 0, tzinfo=UTC)
REPLIES = {
    "da": ("Hej Lone, tak for din besked – vi forstår godt, at du er vred. Der er ikke besluttet noget endnu; "
           "forslaget behandles i byrådet den 24. marts, og du kan give din mening til kende i høringen.",
           "DET ER IKKE BESLUTTET ENDNU!!"),
    "sv": ("Hej Lena, tack för ditt meddelande – vi förstår att du är arg. Inget är beslutat ännu; förslaget "
           "behandlas i fullmäktige den 24 mars, och du kan tycka till i remissen.",
           "DET ÄR INTE BESLUTAT ÄNNU!!"),
}


class Clock:
    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now


def build_class(tmp_path, language):
    share = tmp_path / f"share-{language}"
    pack_data = json.loads((training.packs_dir() / f"{language}-crisis.json").read_text(encoding="utf-8"))
    code = "KLASSE" + language.upper()
    trainer = classroom.TrainerSession.start(classroom.FolderTransport(share, code), pack_data, START)
    names = ("Anna Holm", "Bo Madsen", "Cecilie Berg") if language == "da" else ("Anna Lind", "Bo Ek", "Cecilia Berg")
    sessions, workspaces = [], []
    for n, name in enumerate(names):
        s = classroom.TraineeSession.join(classroom.FolderTransport(share, code), name, START + timedelta(seconds=n))
        ws = open_workspace(str(tmp_path / f"ws-{language}-{n}"), training=True, user=name)
        training.prepare(ws, s.pack())
        sessions.append(s)
        workspaces.append(ws)
    return trainer, sessions, workspaces


def answer_first(trainer, sessions, workspaces, language):
    first = trainer.current()["id"]
    good, shouting = REPLIES[language]
    for n, (s, ws) in enumerate(zip(sessions, workspaces)):
        pack = s.pack()
        s.release_into(ws, pack)
        sig = f"/{s.name.split()[0]}, Kommunikation"
        with ws.db.session() as db:
            item = db.scalar(select(t.Item).where(t.Item.external_id == first))
            at = START + timedelta(minutes=1, seconds=(45, 250, 30)[n])
            if n == 0:
                outbox.queue_action(db, item.id, "reply", s.name, good, signature=sig, now=at)
            elif n == 1:
                outbox.queue_action(db, item.id, "reply", s.name, shouting, signature=sig, now=at, confirmed=True)
            else:
                item_service.apply_action(db, item, "hide", s.name, now=at)
        s.report(ws, pack, sig, START + timedelta(minutes=5))
    return first


@pytest.mark.parametrize("language", ["da", "sv"])
def test_console_and_projector_with_three_trainees(qtbot, qapp, tmp_path, language):
    from app import i18n
    from app.ui.dialogs.classroom_console import ProjectorView, TrainerConsole
    i18n.install(language)
    trainer, sessions, workspaces = build_class(tmp_path, language)
    clock = Clock(START + timedelta(minutes=1))
    try:
        console = TrainerConsole(trainer, clock=clock)
        qtbot.addWidget(console)
        console.resize(1366, 768)
        console.show()
        assert console.roster.count() == 3 and console.start_button.isEnabled()
        assert not console.next_button.isEnabled()          # nothing to push before the start
        console.start_button.click()
        first = answer_first(trainer, sessions, workspaces, language)
        console.pace_spin.setValue(90)
        console.refresh()
        assert trainer.doc["pace_s"] == 90
        answered = [console.roster.item(r).text() for r in range(3)]
        assert all(text.endswith(("har svaret", "har svarat")) for text in answered), answered
        assert console.message_text.text() == trainer.current()["text"]
        # The pace sends the next message by itself once its time has come -- and not when paused.
        console.pause_button.click()
        clock.now = START + timedelta(minutes=4)
        console.tick()
        assert trainer.current()["id"] == first
        pictures = {}
        qapp.processEvents()
        pictures["console"] = console.grab()

        console.projector_button.click()
        projector = console.projector
        assert isinstance(projector, ProjectorView) and projector.isVisible()
        projector.resize(1366, 768)
        assert [c.answer.name for c in projector.cards] == [s.name for s in sessions]
        projector.hide_names.setChecked(True)
        assert all(c.answer.name.split()[0] in ("Kursist", "Kursdeltagare") for c in projector.cards), \
            [c.answer.name for c in projector.cards]
        assert all(s.name not in c.answer.name for c in projector.cards for s in sessions)
        times = [c.findChild(type(projector.title), "answerTime").text() for c in projector.cards]
        assert times == ["0:45", "4:10", "0:30"]
        projector.cards[0].model_button.click()
        assert trainer.doc["models"][first] == sessions[0].trainee_id and projector.cards[0].answer.model
        projector.comment.setText("Anerkend vreden først." if language == "da" else "Bekräfta ilskan först.")
        projector.comment_button.click()
        assert sessions[1].trainer_notes()["comments"][first].startswith(("Anerkend", "Bekräfta"))
        findings = [c.findChildren(type(projector.title), "answerFinding") for c in projector.cards]
        assert findings[0] and findings[1] and not findings[2]      # the hidden comment has no text to check
        projector.show()
        qapp.processEvents()
        pictures["projector"] = projector.grab()

        from app.ui.accessibility import unnamed_controls
        assert unnamed_controls(console) == [] and unnamed_controls(projector) == []
        out = os.environ.get("SVARBOX_SCREENSHOTS")
        for kind, picture in pictures.items():
            assert picture.width() == 1366 and picture.height() == 768
            assert picture.save(str(tmp_path / f"{kind}.png"))
            if out:
                target = (ROOT / out) if not Path(out).is_absolute() else Path(out)
                target.mkdir(parents=True, exist_ok=True)
                assert picture.save(str(target / f"screenshot-trainer-{kind}-{language}.png"))
        projector.close()
        console.close()
    finally:
        for ws in workspaces:
            ws.close()
        i18n.install("en")


def test_a_trainee_joins_from_the_training_window(qtbot, tmp_path, english, idle):
    """``svarbox --training da --class CODE --class-folder DIR``: the class's pack, messages when pushed,
    answers back to the trainer -- through the real window."""
    import argparse

    from app.gui import open_for_gui
    from app.ui.main_window import create_main_window
    share = tmp_path / "share"
    pack_data = json.loads((training.packs_dir() / "en-messenger.json").read_text(encoding="utf-8"))
    trainer = classroom.TrainerSession.start(classroom.FolderTransport(share, "ROOM42"), pack_data, START)
    args = argparse.Namespace(training="da", data_dir=str(tmp_path / "anna"), database_url=None, demo=False,
                              user="Anna Holm", class_code="room42", class_folder=str(share), class_database=None)
    ws = open_for_gui(args)
    try:
        info = ws.extras["training"]
        assert info["pack"].name == pack_data["name"] and info["classroom"].name == "Anna Holm"
        assert [r["name"] for r in trainer.roster()] == ["Anna Holm"]
        # Only the class's pack is played: its platforms, its institution (not the --training pack's).
        with ws.db.session() as s:
            assert {a.platform for a in s.scalars(select(t.Account))} == {"facebook", "bluesky", "mastodon"}
            assert [i.name for i in s.scalars(select(t.Institution))] == [pack_data["name"]]
        window = create_main_window(ws, background=False)
        qtbot.addWidget(window)
        window.ask_pending_on_quit = lambda n: "keep"
        window.confirm = lambda title, text: True            # "Send the referral?" (issue 16)
        errors = []
        window.show_error = lambda text, *a, **k: errors.append(text)
        window.release_training()
        idle(window)
        assert window.model.rowCount() == 0                   # nothing before the trainer pushes
        trainer.begin(START)
        window.release_training()
        idle(window)
        assert window.model.rowCount() == 1
        window.item_list.select_row(0)
        idle(window)
        window.do_action("refer")
        idle(window)
        window.release_training()                             # the next poll reports the answer
        idle(window)
        answers = trainer.answers(pack_data["scenarios"][0]["id"])
        assert answers[0].action == "refer" and answers[0].name == "Anna Holm", errors
        # The referral went out as a reply from the class pack's own (English) template, pointing
        # at the training case channel, and the trainer sees its text.
        assert training.DEFAULT_CASE_CHANNEL["en"] in answers[0].text and answers[0].text.startswith("Hi ")
        window.close()
    finally:
        ws.close()
