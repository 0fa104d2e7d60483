"""Countdown texts and urgency (English source texts; translations come from the .qm files)."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.services.inbound.calendar import WorkCalendar
from app.ui.widgets.countdown import countdown, moment_text

CPH = ZoneInfo("Europe/Copenhagen")
DK = WorkCalendar.for_country("DK")


def at(y, m, d, hh, mm=0):
    return datetime(y, m, d, hh, mm, tzinfo=CPH)


@pytest.mark.parametrize("now, due, text, urgency", [
    (at(2026, 3, 10, 10), at(2026, 3, 10, 13, 12), "3 h 12 min", "calm"),
    (at(2026, 3, 10, 10), at(2026, 3, 10, 11, 30), "1 h 30 min", "soon"),
    (at(2026, 3, 10, 10), at(2026, 3, 10, 10, 20), "20 min", "soon"),
    (at(2026, 3, 10, 10), at(2026, 3, 11, 16), "tomorrow 16:00", "calm"),
    (at(2026, 3, 10, 10), at(2026, 3, 13, 16), "Fri 16:00", "calm"),
    (at(2026, 3, 10, 10), at(2026, 3, 24, 16), "24/3 16:00", "calm"),
    (at(2026, 3, 10, 10), at(2026, 3, 8, 9), "2 d overdue", "overdue"),
    (at(2026, 3, 10, 10), at(2026, 3, 10, 9, 30), "30 min overdue", "overdue"),
    (at(2026, 3, 10, 10), at(2026, 3, 10, 5), "5 h overdue", "overdue"),
    # Friday 15:30, due Monday 09:00: 30 + 60 working minutes left, so "soon" in working time.
    (at(2026, 3, 13, 15, 30), at(2026, 3, 16, 9), "Mon 09:00", "soon"),
])
def test_countdown(now, due, text, urgency):
    result = countdown(now, due, "Europe/Copenhagen", DK)
    assert (result.text, result.urgency) == (text, urgency)
    assert result.tooltip.startswith("Due ")


def test_without_calendar_two_elapsed_hours_are_soon():
    now = at(2026, 3, 13, 15, 30)
    assert countdown(now, at(2026, 3, 16, 9), "Europe/Copenhagen").urgency == "calm"
    assert countdown(now, now + timedelta(hours=2), "Europe/Copenhagen").urgency == "soon"


def test_never_zero_minutes_while_time_is_left():
    now = at(2026, 3, 10, 10)
    assert countdown(now, now + timedelta(seconds=20), "Europe/Copenhagen").text == "1 min"


def test_no_deadline():
    result = countdown(at(2026, 3, 10, 10), None)
    assert result.text == "" and result.urgency == "none"


def test_shown_in_the_calendar_zone():
    now = datetime(2026, 3, 10, 9, tzinfo=UTC)          # 10:00 in Copenhagen
    due = datetime(2026, 3, 11, 15, tzinfo=UTC)         # 16:00 in Copenhagen
    assert countdown(now, due, "Europe/Copenhagen").text == "tomorrow 16:00"
    assert moment_text(due, now, "Europe/Stockholm") == "tomorrow 16:00"
    assert moment_text(datetime(2026, 3, 9, 8, tzinfo=UTC), now, "Europe/Copenhagen") == "yesterday 09:00"


def test_dst_night_counts_real_hours():
    now = at(2026, 3, 29, 1, 30)                          # before the clocks jump to 03:00
    due = now + timedelta(hours=3)                        # 05:30 local, three real hours later
    assert countdown(now, due, "Europe/Copenhagen").text == "3 h 0 min"


def _danish_translator(tmp_path):
    """A tiny Danish catalogue compiled with pyside6-lrelease, as the real .qm files are."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    tool = Path(sys.executable).with_name("pyside6-lrelease")
    if not tool.exists() and not shutil.which("pyside6-lrelease"):
        pytest.skip("pyside6-lrelease is not installed")
    ts = tmp_path / "da.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="da_DK"><context><name>Countdown</name>
<message><source>{hours} h {minutes} min</source><translation>{hours} t {minutes} min</translation></message>
<message><source>tomorrow {time}</source><translation>i morgen {time}</translation></message>
<message numerus="yes"><source>%n d overdue</source><translation>
<numerusform>%n d over tid</numerusform><numerusform>%n d over tid</numerusform></translation></message>
</context></TS>""", encoding="utf-8")
    qm = tmp_path / "da.qm"
    subprocess.run([str(tool) if tool.exists() else "pyside6-lrelease", str(ts), "-qm", str(qm)],
                   check=True, capture_output=True)
    return qm


def test_texts_go_through_qt_translators(qapp, tmp_path):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from app import i18n
    qm = _danish_translator(tmp_path)
    i18n.install("en")
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        now = at(2026, 3, 10, 10)
        assert countdown(now, at(2026, 3, 10, 13, 12), "Europe/Copenhagen").text == "3 t 12 min"
        assert countdown(now, at(2026, 3, 11, 16), "Europe/Copenhagen").text == "i morgen 16:00"
        assert countdown(now, at(2026, 3, 8, 9), "Europe/Copenhagen").text == "2 d over tid"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_messenger_window_shown_beside_our_deadline():
    from dataclasses import dataclass
    from datetime import datetime, timedelta

    from app.ui.widgets.countdown import platform_window_text

    @dataclass
    class Row:
        kind: str
        platform: str
        received_at: datetime
        due_at: datetime | None

    now = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
    received = now - timedelta(hours=20)
    # Our promise (two working days) outlives Messenger's 24 hours: warn.
    text, warn = platform_window_text(now, Row("message", "facebook", received, now + timedelta(days=1)), "UTC")
    assert warn and "4 h" in text and "before our deadline" in text
    # Our deadline comes first: informative, no warning.
    text, warn = platform_window_text(now, Row("message", "facebook", received, now + timedelta(hours=1)), "UTC")
    assert not warn and "left" in text
    # Closed window.
    text, warn = platform_window_text(now, Row("message", "facebook", now - timedelta(hours=30), None), "UTC")
    assert warn and "closed" in text
    # Comments have no platform window.
    assert platform_window_text(now, Row("comment", "facebook", received, None), "UTC") is None


def test_messenger_human_agent_window_shown_where_the_page_has_the_tag():
    from dataclasses import dataclass
    from datetime import datetime, timedelta

    from app.ui.widgets.countdown import platform_window_text

    @dataclass
    class Row:
        kind: str
        platform: str
        received_at: datetime
        due_at: datetime | None
        human_agent: bool = False

    now = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
    # 30 hours after the citizen's message: closed without the tag, 5 d 18 h left with it.
    late = now - timedelta(hours=30)
    text, warn = platform_window_text(now, Row("message", "facebook", late, None), "UTC")
    assert warn and "closed" in text
    text, warn = platform_window_text(now, Row("message", "facebook", late, now + timedelta(days=1), True), "UTC")
    assert not warn and "7 days" in text and "5 d 18 h left" in text and "closed" not in text
    # Within the first 24 hours the standard window counts down, and says what follows.
    text, warn = platform_window_text(now, Row("message", "facebook", now - timedelta(hours=20),
                                               now + timedelta(days=1), True), "UTC")
    assert "4 h" in text and "human-agent tag until" in text and not warn
    # After 7 days even the tag is over.
    text, warn = platform_window_text(now, Row("message", "facebook", now - timedelta(days=8), None, True), "UTC")
    assert warn and "7-day" in text and "closed" in text
