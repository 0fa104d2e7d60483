"""A training session end to end in the window: scenarios arrive on the (fake) clock, one is
answered from a template with the signature, a spam one is hidden, and the summary screen
shows the scores and exports JSON and CSV.

``SVARBOX_SCREENSHOTS=docs`` also writes ``docs/screenshot-training.png``."""
from __future__ import annotations

import argparse
import csv
import io
import json
import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from app import clock as app_clock
from app.services.training import packs as training

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def training_ws(tmp_path, english):
    from app.services.workspace import open_workspace
    ws = open_workspace(data_dir=str(tmp_path), training=True, user="Mette Jensen")
    ws.settings.set("user.name", "Mette Jensen")
    pack = training.load_pack("da")
    training.prepare(ws, pack)
    # Started a few seconds ago: the window's actions are stamped with the real time.
    started = app_clock.now().replace(microsecond=0) - timedelta(seconds=5)
    ws.extras["training"] = {"pack": pack, "started_at": started}
    yield ws
    ws.close()


class Clock:
    def __init__(self, start: datetime):
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def row_of(window, scenario_id: str) -> int:
    model = window.model
    return next(r for r in range(model.rowCount()) if model.row_data(r).external_id == scenario_id)


def test_svarbox_training_da_opens_the_training_workspace(tmp_path, english):
    from app.gui import open_for_gui
    args = argparse.Namespace(training="da", data_dir=str(tmp_path), database_url=None, demo=False,
                              user="Mette Jensen")
    ws = open_for_gui(args)
    try:
        assert ws.kind == "training" and ws.extras["training"]["pack"].language == "da"
        from app.ui.main_window import create_main_window
        window = create_main_window(ws, background=False)
        try:
            assert window.training_timer.isActive()          # scenarios arrive on a timer
            assert "training" in window.windowTitle()
            assert window.actions_by_key["training_score"].isEnabled()
        finally:
            window.ask_pending_on_quit = lambda n: "keep"
            window.close()
    finally:
        ws.close()


def test_a_training_session_end_to_end(qtbot, training_ws, idle, tmp_path):
    from app.ui.main_window import create_main_window

    ws = training_ws
    info = ws.extras["training"]
    pack = info["pack"]
    clock = Clock(info["started_at"])
    window = create_main_window(ws, background=False, clock=clock)
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    window.confirm = lambda title, text: True
    window.ask_pending_on_quit = lambda n: "keep"
    try:
        idle(window)
        first_wave = [s.id for s in pack.scenarios if s.arrive_after_s == 0]
        assert sorted(window.model.row_data(r).external_id for r in range(window.model.rowCount())) == first_wave

        # Time passes on the trainer's clock; the pack's messages arrive.
        clock.now = info["started_at"] + timedelta(seconds=max(s.arrive_after_s for s in pack.scenarios))
        window.release_training()
        idle(window)
        assert window.model.rowCount() == len(pack.scenarios)

        # Answer the first scenario from an answer template; the signature is appended.
        answer = next(s for s in pack.scenarios if s.expected_category == "answer")
        window.item_list.select_row(row_of(window, answer.id))
        idle(window)
        composer = window.composer
        template = next(t for t in composer.templates() if t.category == "answer" and t.language == "da")
        composer.insert_template(template)
        for name in composer.missing_values():
            composer.set_value(name, {"answer": "skraldebilen kommer i morgen tidlig",
                                      "topic": "skraldespanden"}.get(name, "i morgen"))
        signature = composer.context.signature
        assert signature and composer.final_text().rstrip().endswith(signature)
        window.do_action("reply")
        idle(window)

        # Hide the threat and the advertising spam: taking either out of public view is
        # what the pack expects.
        threat = next(s for s in pack.scenarios if "hide" in s.expect and "mark-spam" not in s.expect
                      and s.expected_category == "spam_threat")
        spam = next(s for s in pack.scenarios if "mark-spam" in s.expect)
        for scenario in (threat, spam):
            window.item_list.select_row(row_of(window, scenario.id))
            idle(window)
            window.do_action("hide")
            idle(window)

        # The summary screen.
        window.actions_by_key["training_score"].trigger()
        idle(window)
        summary_window = window.training_summary
        assert summary_window is not None and summary_window.isVisible()
        scores = {s.scenario_id: s for s in summary_window.summary.scores}
        good = scores[answer.id]
        assert good.action == "reply"
        # Issue 22: the rubric's criteria that apply to a written answer, all earned.
        assert set(good.points) == {"deadline", "signature", "tone", "handling"}, good.feedback
        assert good.points == good.maximum, good.notes
        hidden = scores[threat.id]
        # Hidden without a word written: no signature or tone criterion at all.
        assert hidden.action == "hide" and hidden.total == hidden.possible and "signature" not in hidden.maximum
        only_hidden = scores[spam.id]
        assert only_hidden.action == "hide" and only_hidden.total == only_hidden.possible, only_hidden.notes
        others = [s for sid, s in scores.items() if sid not in (answer.id, threat.id, spam.id)]
        assert all(not s.handled and s.total == 0 for s in others)
        summary = summary_window.summary
        assert summary.total == good.total + hidden.total + only_hidden.total
        table = summary_window.table
        assert table.rowCount() == len(pack.scenarios) + 1
        headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
        points_col = headers.index("Points")
        assert table.item(table.rowCount() - 1, points_col).text() == f"{summary.total}/{summary.maximum}"
        threat_row = next(r for r in range(len(summary.scores)) if summary.scores[r].scenario_id == threat.id)
        assert table.item(threat_row, headers.index("Signature")).text() == "not applicable"
        assert table.item(threat_row, headers.index("Tone")).text() == "not applicable"
        total_label = summary_window.findChild(QLabel, "summaryTotal")
        assert total_label.text() == f"{summary.total} of {summary.maximum} points"
        assert total_label.font().pointSizeF() >= 2 * window.font().pointSizeF()   # readable from the back

        from app.ui.accessibility import unnamed_controls
        assert unnamed_controls(summary_window) == []
        # Three of fourteen scenarios is no pass: no certificate; the session is in the trainee's history.
        assert not summary.passed and not summary_window.certificate_button.isEnabled()
        from app.services.training.training_record import ScoreStore
        history = ScoreStore(ws.paths.data_dir / "training-scores.json").history("Mette Jensen")
        assert [h["total"] for h in history] == [summary.total]

        summary_window.resize(1400, 900)
        idle(window)
        picture = summary_window.grab()
        assert picture.save(str(tmp_path / "training.png"))
        out = os.environ.get("SVARBOX_SCREENSHOTS")
        if out:
            target = (ROOT / out) if not Path(out).is_absolute() else Path(out)
            target.mkdir(parents=True, exist_ok=True)
            assert picture.save(str(target / "screenshot-training.png"))

        base = tmp_path / "export" / "traening-mette"
        base.parent.mkdir()
        summary_window.ask_export_path = lambda suggested: str(base)
        summary_window.export_button.click()
        idle(window)
        data = json.loads(base.with_suffix(".json").read_text(encoding="utf-8"))
        assert data["total"] == summary.total and data["trainee"] == "Mette Jensen"
        assert {s["scenario_id"] for s in data["scenarios"]} == {s.id for s in pack.scenarios}
        rows = list(csv.reader(io.StringIO(base.with_suffix(".csv").read_text(encoding="utf-8-sig"))))
        assert rows[0][:2] == ["scenario", "author"] and rows[-1][0] == "total"
        assert rows[-1][rows[0].index("total")] == str(summary.total)
        assert "Saved" in summary_window.status.text()

        summary_window.close_button.click()
        assert not summary_window.isVisible()
    finally:
        window.close()
