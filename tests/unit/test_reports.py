"""Response report figures against values worked out by hand on a fixed data set.

The data set spans Monday 2026-03-30 to Sunday 2026-04-12 (summer time, +02:00), with Easter
in the middle: Denmark is closed Thursday 2 April to Monday 6 April, Sweden on Good Friday
(3 April) and Easter Monday (6 April). ``NOW`` is Tuesday 14 April 12:00. Every expected
number below is derived in the comment next to the item that produces it.
"""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import UTC, date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import tables as t
from app.services.records import reports
from tests.factories import local, make_account, make_item

ROOT = Path(__file__).resolve().parents[2]
NOW = local("2026-04-14 12:00")
SINCE = local("2026-03-30 00:00")
UNTIL = local("2026-04-13 00:00")


def se(text: str):
    return local(text, "Europe/Stockholm")


def build_data_set(session) -> dict[str, int]:
    """The fixed data set; returns the two account ids."""
    viborg = make_account(session, "Viborg Kommune", country="DK", policy="workdays:2",
                          institution="Viborg Kommune – Kommunikation")
    malmo = make_account(session, "Malmö stad", country="SE", policy="hours:24",
                         institution="Malmö stad")
    # --- Viborg, workdays:2, Mon-Fri 08-16, Easter Thu 2 - Mon 6 April closed.
    # A1 received Wed 1 Apr 14:00; due = close of 2nd open date after = Wed 8 Apr 16:00.
    # Answered Tue 7 Apr 10:00: on time; working 2 h (Wed 14-16) + 2 h (Tue 08-10) = 4 h
    # across the holiday; wall clock 6 days - 4 h = 140 h.
    make_item(session, viborg, local("2026-04-01 14:00"), status="answered",
              handled_at=local("2026-04-07 10:00"))
    # A2 received Mon 30 Mar 09:00 (due Wed 1 Apr 16:00), holding reply 11:00, answered
    # Thu 9 Apr: first response is the holding reply: on time, 2 h and 2 h.
    make_item(session, viborg, local("2026-03-30 09:00"), status="answered",
              holding_sent_at=local("2026-03-30 11:00"), handled_at=local("2026-04-09 15:00"))
    # A3 received Tue 31 Mar 10:00; due = Tue 7 Apr 16:00 (open dates 1 Apr, 7 Apr).
    # Answered Wed 8 Apr 09:00: late; working 6 + 8 + 8 + 1 = 23 h; wall 8 days - 1 h = 191 h.
    make_item(session, viborg, local("2026-03-31 10:00"), status="answered",
              handled_at=local("2026-04-08 09:00"))
    # A4 received Easter Saturday 4 Apr 12:00 (due Wed 8 Apr 16:00), referred Tue 7 Apr
    # 08:30: on time; working 0.5 h; wall 68.5 h.
    make_item(session, viborg, local("2026-04-04 12:00"), status="referred",
              handled_at=local("2026-04-07 08:30"))
    # A5 received Thu 9 Apr 10:00, still new; due Mon 13 Apr 16:00 < NOW: missed, overdue.
    make_item(session, viborg, local("2026-04-09 10:00"), status="new")
    # A6 spam: counted as received and spam only.
    make_item(session, viborg, local("2026-04-10 09:00"), status="spam",
              handled_at=local("2026-04-10 09:30"), is_hidden=True)
    # A7 received Sun 12 Apr 20:00, still new; due Tue 14 Apr 16:00 > NOW: pending, open.
    make_item(session, viborg, local("2026-04-12 20:00"), status="new")
    # A8 no reply needed; A9 hidden.
    make_item(session, viborg, local("2026-04-06 10:00"), status="no_reply",
              handled_at=local("2026-04-07 09:00"))
    make_item(session, viborg, local("2026-04-08 11:00"), status="hidden",
              handled_at=local("2026-04-08 11:05"), is_hidden=True)
    # A12 received Maundy Thursday 2 Apr 09:00 (closed), holding reply 10:00, no answer yet.
    # First response on time (due Wed 8 Apr 16:00); 0 working hours, 1 wall-clock hour. The
    # follow-up (workdays:2 from 2 Apr) was due Wed 8 Apr 16:00 < NOW: overdue now.
    make_item(session, viborg, local("2026-04-02 09:00"), status="holding",
              holding_sent_at=local("2026-04-02 10:00"))
    # Not in the report: our own reply, and items just outside the period.
    make_item(session, viborg, local("2026-04-01 15:00"), status="own", author_name="Viborg Kommune")
    make_item(session, viborg, local("2026-03-29 23:59"), status="answered",
              handled_at=local("2026-03-30 09:00"))
    make_item(session, viborg, local("2026-04-13 00:00"), status="new")
    # --- Malmö, hours:24, SE calendar: Good Friday and Easter Monday closed.
    # B1 Mon 30 Mar 10:00 -> 13:00: on time (due Tue 10:00), 3 h and 3 h.
    make_item(session, malmo, se("2026-03-30 10:00"), status="answered",
              handled_at=se("2026-03-30 13:00"))
    # B2 Thu 2 Apr 15:00 (open in Sweden): due Fri 15:00 is Good Friday, so Tue 7 Apr 16:00.
    # Answered Tue 7 Apr 09:00: on time; working 1 h + 1 h = 2 h; wall 5 days - 6 h = 114 h.
    make_item(session, malmo, se("2026-04-02 15:00"), status="answered",
              handled_at=se("2026-04-07 09:00"))
    # B3 Wed 8 Apr 09:00 -> Thu 9 Apr 12:00: late (due Thu 09:00); working 7 + 4 = 11 h; 27 h.
    make_item(session, malmo, se("2026-04-08 09:00"), status="answered",
              handled_at=se("2026-04-09 12:00"))
    # B4 deleted.
    make_item(session, malmo, se("2026-04-10 11:00"), status="deleted",
              handled_at=se("2026-04-10 11:10"))
    return {"viborg": viborg.id, "malmo": malmo.id}


@pytest.fixture()
def data(db):
    with db.session() as session:
        ids = build_data_set(session)
    return ids


@pytest.fixture()
def file_data(file_db):
    with file_db.session() as session:
        ids = build_data_set(session)
    return ids


def by_name(report: reports.Report) -> dict[str, reports.ReportRow]:
    return {row.account: row for row in report.rows}


def test_counts_per_account_and_total(db, data):
    with db.session() as session:
        report = reports.build_report(session, SINCE, UNTIL, now=NOW)
    rows = by_name(report)
    assert [r.account for r in report.rows] == ["Malmö stad", "Viborg Kommune"]
    v, m, total = rows["Viborg Kommune"], rows["Malmö stad"], report.total
    assert v.institution == "Viborg Kommune – Kommunikation" and v.platform == "facebook"
    assert (v.received, v.responded, v.answered, v.referred) == (10, 5, 3, 1)
    assert (v.on_time, v.late, v.missed, v.measured) == (4, 1, 1, 6)
    assert v.on_time_pct == pytest.approx(400 / 6)
    assert (v.holding, v.holding_pct) == (2, 40.0)
    assert (v.open_now, v.overdue_now) == (3, 2)
    assert (v.no_reply, v.hidden, v.spam, v.deleted) == (1, 1, 1, 0)
    assert (m.received, m.responded, m.answered, m.on_time, m.late, m.missed) == (4, 3, 3, 2, 1, 0)
    assert (m.holding_pct, m.open_now, m.overdue_now, m.deleted) == (0.0, 0, 0, 1)
    assert (total.received, total.responded, total.answered, total.referred) == (14, 8, 6, 1)
    assert (total.on_time, total.late, total.missed) == (6, 2, 1)
    assert total.on_time_pct == pytest.approx(600 / 9)
    assert total.holding_pct == 25.0
    assert (total.open_now, total.overdue_now, total.no_reply, total.hidden, total.spam,
            total.deleted) == (3, 2, 1, 1, 1, 1)
    assert total.account_id is None and total.account == "Total"


def test_durations_in_working_and_wall_clock_hours(db, data):
    with db.session() as session:
        report = reports.build_report(session, SINCE, UNTIL, now=NOW)
    rows = by_name(report)
    v, m, total = rows["Viborg Kommune"], rows["Malmö stad"], report.total
    # Viborg working hours [0, 0.5, 2, 4, 23]: median 2; P90 rank 3.6 -> 4 + 0.6 * 19 = 15.4.
    assert v.median_response_work_h == pytest.approx(2.0)
    assert v.p90_response_work_h == pytest.approx(15.4)
    # Viborg wall clock [1, 2, 68.5, 140, 191]: median 68.5; P90 140 + 0.6 * 51 = 170.6.
    assert v.median_response_h == pytest.approx(68.5)
    assert v.p90_response_h == pytest.approx(170.6)
    # Malmö working [2, 3, 11]: median 3, P90 rank 1.8 -> 3 + 0.8 * 8 = 9.4; wall [3, 27, 114].
    assert (m.median_response_work_h, m.p90_response_work_h) == (pytest.approx(3.0), pytest.approx(9.4))
    assert (m.median_response_h, m.p90_response_h) == (pytest.approx(27.0), pytest.approx(96.6))
    # Total over all eight: working [0, .5, 2, 2, 3, 4, 11, 23] -> median 2.5, P90 11 + .3 * 12.
    assert total.median_response_work_h == pytest.approx(2.5)
    assert total.p90_response_work_h == pytest.approx(14.6)
    assert total.median_response_h == pytest.approx(47.75)
    assert total.p90_response_h == pytest.approx(155.3)


def test_working_hours_across_danish_easter(db, data):
    """A1: received the day before Maundy Thursday, answered the Tuesday after Easter."""
    with db.session() as session:
        figures = {f.received_at: f for f in reports.item_figures(session, SINCE, UNTIL, now=NOW)}
    a1 = figures[local("2026-04-01 14:00")]
    assert a1.first_due_at == local("2026-04-08 16:00")
    assert a1.response_work_h == pytest.approx(4.0)
    assert a1.response_h == pytest.approx(140.0)
    assert a1.outcome == "on_time"
    a12 = figures[local("2026-04-02 09:00")]
    assert (a12.response_work_h, a12.response_h, a12.outcome) == (0.0, 1.0, "on_time")
    outcomes = sorted(f.outcome for f in figures.values())
    assert outcomes.count("missed") == 1 and outcomes.count("pending") == 1
    assert len(figures) == 14


def test_filters_by_account_and_institution(db, data):
    with db.session() as session:
        only = reports.build_report(session, SINCE, UNTIL, account_id=data["malmo"], now=NOW)
        inst = session.scalar(select(t.Institution.id).where(t.Institution.name == "Viborg Kommune – Kommunikation"))
        by_inst = reports.build_report(session, SINCE, UNTIL, institution_id=inst, now=NOW)
    assert [r.account for r in only.rows] == ["Malmö stad"]
    assert only.total.received == 4 and only.total.median_response_h == pytest.approx(27.0)
    assert only.timezone == "Europe/Stockholm"
    assert [r.account for r in by_inst.rows] == ["Viborg Kommune"]
    assert by_inst.total.received == 10 and by_inst.timezone == "Europe/Copenhagen"


def test_weekly_series_adds_up_to_the_report(db, data):
    with db.session() as session:
        weeks = reports.weekly_series(session, SINCE, UNTIL, now=NOW)
    assert [w.week_start for w in weeks] == [date(2026, 3, 30), date(2026, 4, 6)]
    first, second = weeks
    # Week 14: A1 A2 A3 A4 A12 B1 B2; on time all but A3.
    assert (first.received, first.on_time, first.late, first.missed) == (7, 6, 1, 0)
    assert first.on_time_pct == pytest.approx(600 / 7)
    # Week 15: A5 A6 A7 A8 A9 B3 B4; B3 late, A5 missed.
    assert (second.received, second.on_time, second.late, second.missed) == (7, 0, 1, 1)
    assert second.on_time_pct == 0.0


def test_weekly_series_lists_empty_weeks_and_splits_at_local_midnight(db):
    with db.session() as session:
        account = make_account(session, "Aarhus Kommune")
        # Sunday 23:30 local is Sunday 21:30 UTC: still the first week.
        make_item(session, account, local("2026-04-05 23:30"), status="answered",
                  handled_at=local("2026-04-07 09:00"))
        # Monday 00:30 local is Sunday 22:30 UTC: the second week.
        make_item(session, account, local("2026-04-06 00:30"), status="answered",
                  handled_at=local("2026-04-07 09:00"))
        weeks = reports.weekly_series(session, local("2026-03-30 00:00"), local("2026-04-27 00:00"), now=NOW)
    assert [(w.week_start.isoformat(), w.received) for w in weeks] == [
        ("2026-03-30", 1), ("2026-04-06", 1), ("2026-04-13", 0), ("2026-04-20", 0)]
    assert weeks[2].on_time_pct is None


def test_empty_scope_and_periods():
    assert reports.percentile([], 0.5) is None
    assert reports.percentile([5.0], 0.9) == 5.0
    assert reports.percentile([1.0, 2.0, 3.0, 4.0], 0.5) == 2.5
    week = reports.week_period(date(2026, 4, 2), "Europe/Copenhagen")
    assert (week.since, week.until, week.label) == (local("2026-03-30 00:00"), local("2026-04-06 00:00"), "2026-W14")
    month = reports.month_period(2026, 3)
    # March 2026 has the switch to summer time: 31 days minus one hour.
    elapsed = month.until.astimezone(UTC) - month.since.astimezone(UTC)
    assert elapsed == timedelta(days=31, hours=-1)
    assert reports.month_period(2026, 12).until == local("2027-01-01 00:00")


def test_report_without_items_has_rows_and_no_times(db):
    with db.session() as session:
        make_account(session, "Tom konto")
        report = reports.build_report(session, SINCE, UNTIL, now=NOW)
    (row,) = report.rows
    assert row.received == 0 and row.on_time_pct is None and row.median_response_h is None
    cells = dict(zip([key for key, _ in reports.COLUMNS], reports.format_cells(row)))
    assert cells["received"] == "0" and cells["on_time_pct"] == "" and cells["median_response_h"] == ""


# --- the command, as a subprocess ------------------------------------------------------------

def svarbox(tmp_path, *args):
    env = dict(os.environ, SVARBOX_LANG="en")
    return subprocess.run([sys.executable, "-m", "app", "--data-dir", str(tmp_path), *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, env=env)


def read_csv(path: Path, delimiter=","):
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=delimiter))


def test_cli_csv(tmp_path, file_data):
    out = tmp_path / "rapport.csv"
    result = svarbox(tmp_path, "report", "--since", "2026-03-30", "--until", "2026-04-12",
                     "--now", "2026-04-14T12:00:00+02:00", "--csv", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")   # BOM for spreadsheets
    rows = read_csv(out)
    assert [r["account"] for r in rows] == ["Malmö stad", "Viborg Kommune", "Total"]
    viborg, total = rows[1], rows[2]
    assert viborg["received"] == "10" and viborg["on_time"] == "4" and viborg["missed"] == "1"
    assert viborg["on_time_pct"] == "66.7" and viborg["holding_pct"] == "40.0"
    assert viborg["median_response_work_h"] == "2.00" and viborg["p90_response_work_h"] == "15.40"
    assert viborg["median_response_h"] == "68.50" and viborg["p90_response_h"] == "170.60"
    assert viborg["overdue_now"] == "2" and viborg["spam"] == "1" and viborg["hidden"] == "1"
    assert total["received"] == "14" and total["median_response_work_h"] == "2.50"
    assert total["institution"] == "" and rows[0]["institution"] == "Malmö stad"


def test_cli_account_filter_items_csv_and_semicolons(tmp_path, file_data):
    out, items = tmp_path / "malmo.csv", tmp_path / "items.csv"
    result = svarbox(tmp_path, "report", "--since", "2026-03-30", "--until", "2026-04-12",
                     "--account", "Malmö stad", "--now", "2026-04-14T12:00:00+02:00",
                     "--csv", str(out), "--items-csv", str(items), "--delimiter", ";")
    assert result.returncode == 0, result.stderr
    rows = read_csv(out, ";")
    assert [r["account"] for r in rows] == ["Malmö stad", "Total"]
    assert rows[0]["received"] == rows[1]["received"] == "4"
    detail = read_csv(items, ";")
    assert [d["outcome"] for d in detail] == ["on_time", "on_time", "late", "not_counted"]
    b2 = detail[1]
    assert b2["received_at"] == "2026-04-02T15:00:00+02:00"
    assert b2["first_due_at"] == "2026-04-07T16:00:00+02:00"
    # ";" is the Danish/Swedish Excel convention: decimal commas (issue 14.11). Maundy Thursday
    # closes at 14:00 in Sweden (issue 14.6), so the 15:00 item's work time starts Tuesday: 1 h.
    assert (b2["response_work_h"], b2["response_h"]) == ("1,00", "114,00")


def test_cli_json_table_month_and_errors(tmp_path, file_data):
    result = svarbox(tmp_path, "report", "--week", "2026-W14", "--json",
                     "--now", "2026-04-14T12:00:00+02:00")
    assert result.returncode == 0, result.stderr
    data_json = json.loads(result.stdout)
    assert data_json["period"] == "2026-W14"
    assert data_json["total"]["received"] == 7
    assert data_json["weekly"] == [{"week_start": "2026-03-30", "received": 7, "on_time": 6, "late": 1,
                                    "missed": 0, "on_time_pct": 85.71}]
    table = svarbox(tmp_path, "report", "--month", "2026-04", "--institution", "Malmö stad")
    assert table.returncode == 0, table.stderr
    assert "Malmö stad" in table.stdout and "Viborg" not in table.stdout
    assert "2026-03-30" in table.stdout   # the weekly series below the table
    bad = svarbox(tmp_path, "report", "--since", "2026-04-01")
    assert bad.returncode == 2 and "--until" in bad.stderr
    missing = svarbox(tmp_path, "report", "--month", "2026-04", "--account", "Nobody")
    assert missing.returncode == 2 and "Nobody" in missing.stderr
