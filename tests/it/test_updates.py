"""The "new version available" notice against a real local feed server, on a fixed clock:
off without a feed, at most one request a day, dismissed versions stay quiet, a broken feed
is no error, and nothing but the feed is ever fetched."""
from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from werkzeug import Response

from app import clock as app_clock
from app import policy as machine_policy
from app.config import UserSettings
from app.services import updates

START = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)


@pytest.fixture
def fixed_clock():
    fixed = app_clock.FixedClock(START)
    previous = app_clock.install(fixed)
    yield fixed
    app_clock.install(previous)


@pytest.fixture
def feed(httpserver):
    """A feed server that counts requests; /download must never be fetched."""
    state = {"body": {"version": "0.2.0", "url": httpserver.url_for("/download"), "notes": "Faster sync"},
             "status": 200, "hits": 0, "downloads": 0}

    def answer(_request):
        state["hits"] += 1
        body = state["body"] if isinstance(state["body"], str) else json.dumps(state["body"])
        return Response(body, status=state["status"], content_type="application/json")

    def download(_request):
        state["downloads"] += 1
        return Response(b"MZ", content_type="application/octet-stream")

    httpserver.expect_request("/feed.json").respond_with_handler(answer)
    httpserver.expect_request("/download").respond_with_handler(download)
    state["url"] = httpserver.url_for("/feed.json")
    return state


@pytest.fixture
def settings(tmp_path, feed, monkeypatch):
    path = tmp_path / "policy.json"
    path.write_text(json.dumps({"update.feed_url": feed["url"], "locked": ["update.feed_url"]}))
    monkeypatch.setenv(machine_policy.ENV_VAR, str(path))
    machine_policy.clear_cache()
    yield UserSettings(tmp_path / "settings.json")
    machine_policy.clear_cache()


def test_a_newer_version_gives_a_notice_and_the_feed_is_asked_once_a_day(settings, feed, fixed_clock):
    notice = updates.check(settings, current="0.1.0")
    assert notice == updates.Notice("0.2.0", feed["body"]["url"], "Faster sync")
    assert feed["hits"] == 1
    fixed_clock.advance(hours=23, minutes=59)
    assert updates.check(UserSettings(settings.path), current="0.1.0") == notice   # remembered across starts
    assert feed["hits"] == 1
    fixed_clock.advance(minutes=1)
    feed["body"]["version"] = "0.3.0"
    assert updates.check(settings, current="0.1.0").version == "0.3.0"
    assert feed["hits"] == 2
    assert feed["downloads"] == 0                      # never a silent download


def test_the_same_or_an_older_version_gives_no_notice(settings, feed, fixed_clock):
    assert updates.check(settings, current="0.2.0") is None
    assert updates.check(settings, current="0.10.0") is None   # numeric, not text, comparison


def test_a_dismissed_version_stays_quiet_until_a_newer_one(settings, feed, fixed_clock):
    updates.dismiss(settings, updates.check(settings, current="0.1.0").version)
    assert updates.check(settings, current="0.1.0") is None
    fixed_clock.advance(days=1)
    feed["body"]["version"] = "0.2.1"
    assert updates.check(settings, current="0.1.0").version == "0.2.1"


def test_no_feed_means_no_request(tmp_path, feed, fixed_clock, monkeypatch):
    monkeypatch.setenv(machine_policy.ENV_VAR, "")
    machine_policy.clear_cache()
    assert updates.check(UserSettings(tmp_path / "s.json"), current="0.1.0") is None
    assert feed["hits"] == 0


@pytest.mark.parametrize("status, body", [(200, "not json"), (500, "{}"), (200, {"version": "soon", "url": "x"}),
                                          (200, {"version": "9.9", "url": "http://evil.example/x.exe"})])
def test_a_broken_feed_is_no_notice_and_no_error_and_is_retried_next_day(settings, feed, fixed_clock, status, body):
    feed["status"], feed["body"] = status, body
    assert updates.check(settings, current="0.1.0") is None
    assert updates.check(settings, current="0.1.0") is None
    assert feed["hits"] == 1                             # not hammered
    fixed_clock.advance(days=1)
    feed["status"], feed["body"] = 200, {"version": "0.2.0", "url": "https://example.org/svarbox"}
    assert updates.check(settings, current="0.1.0").version == "0.2.0"


def test_the_status_bar_offers_the_page_and_dismiss(qtbot, settings, feed, fixed_clock):
    from PySide6.QtWidgets import QMainWindow

    from app.ui.widgets import update_notice

    window = QMainWindow()
    qtbot.addWidget(window)
    thread = update_notice.start_update_check(window, settings)
    thread.join(10)
    qtbot.waitUntil(lambda: hasattr(window, "update_notice"), timeout=5000)
    notice = window.update_notice
    assert notice.label.text() == "Svarbox 0.2.0 is available."
    assert notice.open_button.toolTip() == feed["body"]["url"]
    notice.dismiss_button.click()
    assert UserSettings(settings.path).get(updates.DISMISSED) == "0.2.0"
    assert update_notice.start_update_check(window, settings, offline_only=True) is None   # demo: never asks
