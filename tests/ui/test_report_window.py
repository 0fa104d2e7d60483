"""The report window: opened with Ctrl+R, computed off the GUI thread, filtered, charted and
exported as CSV.

``SVARBOX_SCREENSHOTS=docs`` also writes ``docs/screenshot-report.png``."""
from __future__ import annotations

import csv
import os
import random
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from sqlalchemy import select

from app.models import tables as t
from app.services.records import reports
from app.ui.dialogs.report_window import period_bounds

ROOT = Path(__file__).resolve().parents[2]
# A Wednesday afternoon in November, Copenhagen time.
NOW = datetime(2026, 11, 18, 13, 30, tzinfo=UTC)


def open_reports(window, idle):
    window.actions_by_key["reports"].trigger()
    report_window = window.report_window
    assert report_window is not None and report_window.isVisible()
    assert report_window.status.text() == "Calculating…"      # at once, before the figures come
    idle(window)
    assert report_window.report is not None
    return report_window


def accounts(ws):
    with ws.db.session() as s:
        return list(s.execute(select(t.Account.id, t.Account.name, t.Account.institution_id)
                              .order_by(t.Account.id)).all())


def test_period_choices():
    wednesday = date(2026, 11, 18)
    assert period_bounds("this_week", wednesday) == (date(2026, 11, 16), date(2026, 11, 22))
    assert period_bounds("last_week", wednesday) == (date(2026, 11, 9), date(2026, 11, 15))
    assert period_bounds("this_month", wednesday) == (date(2026, 11, 1), date(2026, 11, 30))
    assert period_bounds("last_month", date(2026, 1, 5)) == (date(2025, 12, 1), date(2025, 12, 31))
    assert period_bounds("custom", wednesday, date(2026, 10, 1), date(2026, 10, 31)) == (
        date(2026, 10, 1), date(2026, 10, 31))


def test_ctrl_r_opens_the_report_off_the_gui_thread(window, idle, monkeypatch):
    assert window.actions_by_key["reports"].shortcut() == QKeySequence("Ctrl+R")
    threads = []
    real = reports.build_report

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)
    monkeypatch.setattr(reports, "build_report", spy)
    rw = open_reports(window, idle)
    assert threads and threads[0] is not threading.main_thread()
    labels = reports.column_labels()
    table = rw.table
    assert [table.horizontalHeaderItem(c).toolTip() for c in range(table.columnCount())] == \
        [labels[key] for key, _ in reports.COLUMNS]
    n_accounts = len(accounts(window.ws))
    assert table.rowCount() == n_accounts + 1
    assert table.item(n_accounts, 0).text() == "Total"
    assert table.item(n_accounts, 0).font().bold()
    total_received = int(table.item(n_accounts, 3).text())
    assert total_received == rw.report.total.received
    # The chart shows the same weeks as the service's series.
    assert rw.chart.points() == rw.series and rw.series
    assert rw.chart.accessibleDescription().startswith("Week ")
    # Ctrl+R again: the same window comes forward.
    window.actions_by_key["reports"].trigger()
    assert window.report_window is rw


def test_filters_periods_and_csv_export(window, idle, tmp_path):
    rw = open_reports(window, idle)
    rows = accounts(window.ws)
    account_id, account_name, institution_id = rows[0]
    assert rw.select_scope("account", account_id)
    assert rw.status.text() == "Calculating…" or rw.is_calculating()
    idle(window)
    assert [r.account for r in rw.report.rows] == [account_name]
    assert rw.table.rowCount() == 2

    assert rw.select_scope("institution", institution_id)
    idle(window)
    same_institution = [r for r in rows if r[2] == institution_id]
    assert len(rw.report.rows) == len(same_institution)

    rw.select_scope(None)
    first = window.now().date() - timedelta(days=60)
    last = window.now().date()
    rw.select_period("custom", first, last)
    idle(window)
    assert rw.from_edit.isEnabled() and rw.period.since.date() == first
    assert len(rw.report.rows) == len(rows)

    rw.select_period("custom", last, first)       # ends before it starts: said in words
    idle(window)
    assert rw.status.text() == "The period ends before it starts."
    assert not rw.export_button.isEnabled()
    rw.select_period("this_month")
    idle(window)
    assert not rw.from_edit.isEnabled()

    target = tmp_path / "rapport.csv"
    rw.ask_csv_path = lambda suggested: (str(target), ";")
    rw.export_button.click()
    idle(window)
    with open(target, encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle, delimiter=";"))
    assert table[0] == [key for key, _ in reports.COLUMNS]
    assert len(table) == len(rows) + 2 and table[-1][0] == "Total"
    assert rw.status.text() == f"Saved {target}"


def test_every_control_is_named(window, idle):
    from app.ui.accessibility import unnamed_controls
    rw = open_reports(window, idle)
    assert unnamed_controls(rw) == []


# --- a picture with some history ---------------------------------------------------------------

def history(ws, now: datetime, weeks: int = 9) -> None:
    """Several weeks of answered, late and missed items on every account, seeded for repeatability."""
    from app.services.inbound import items as item_service
    rnd = random.Random(7)
    with ws.db.session() as s:
        accounts = list(s.scalars(select(t.Account).order_by(t.Account.id)))
        rows = []
        for acc in accounts:
            base = rnd.randint(4, 12)
            for day in range(weeks * 7):
                moment_day = now - timedelta(days=day)
                if moment_day.weekday() >= 5 and rnd.random() < 0.6:
                    continue
                for _ in range(rnd.randint(0, base // 3 + 1) + (6 if day in (22, 23) and acc.platform == "facebook" else 0)):  # noqa: E501
                    received = moment_day.replace(hour=rnd.randint(6, 19), minute=rnd.randint(0, 59))
                    if received >= now:
                        continue
                    first_due = item_service.first_due_for(acc, received)
                    late = rnd.random() < (0.08 + 0.25 * (day % 21 < 7))
                    handled = first_due + timedelta(hours=rnd.randint(1, 30)) if late else \
                        received + (first_due - received) * rnd.uniform(0.05, 0.8)
                    status = "answered" if handled < now else "new"
                    rows.append(dict(account_id=acc.id, external_id=f"hist-{acc.id}-{len(rows)}", kind="comment",
                                     text="Spørgsmål", author_name="Borger", received_at=received, status=status,
                                     first_due_at=first_due, due_at=None if status != "new" else first_due,
                                     handled_at=handled if status != "new" else None,
                                     handled_by="Mette Jensen" if status != "new" else None,
                                     cached_at=received, purged=False, is_hidden=False))
        from sqlalchemy import insert
        thread_ids = {}
        for acc in accounts:
            thread = t.Thread(account_id=acc.id, external_id=f"hist-thread-{acc.id}", kind="post", text="")
            s.add(thread)
            s.flush()
            thread_ids[acc.id] = thread.id
        for row in rows:
            row["thread_id"] = thread_ids[row["account_id"]]
        s.execute(insert(t.Item), rows)


def test_report_window_renders(make_window, ws, idle, tmp_path):
    history(ws, NOW)
    window = make_window(clock=lambda: NOW)
    rw = open_reports(window, idle)
    rw.select_period("custom", date(2026, 9, 21), date(2026, 11, 22))
    idle(window)
    rw.resize(1360, 820)
    rw.table.setFocus(Qt.FocusReason.OtherFocusReason)
    assert len(rw.series) == 9 and sum(p.received for p in rw.series) == rw.report.total.received
    picture = rw.grab()
    assert not picture.isNull()
    assert picture.save(str(tmp_path / "report.png"))
    out = os.environ.get("SVARBOX_SCREENSHOTS")
    if out:
        target = (ROOT / out) if not Path(out).is_absolute() else Path(out)
        target.mkdir(parents=True, exist_ok=True)
        assert picture.save(str(target / "screenshot-report.png"))
