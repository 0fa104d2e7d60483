"""`svarbox --demo inbox`: the demo cache through the real CLI."""
import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from app import clock as app_clock

ROOT = Path(__file__).resolve().parents[2]
FIELDS = {"id", "platform", "account", "kind", "external_id", "author", "text", "received_at",
          "due_at", "status"}


def inbox(data_dir, *args):
    proc = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data_dir), "--demo", "inbox",
                           "--json", *args], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    return tmp_path_factory.mktemp("demo")


def test_open_view_lists_demo_items_with_due_times_soonest_first(data_dir):
    items = inbox(data_dir)
    assert len(items) >= 20
    for item in items:
        assert FIELDS <= item.keys()
        assert item["status"] in ("new", "holding")
        received = datetime.fromisoformat(item["received_at"])
        assert received.utcoffset().total_seconds() == 0          # UTC
        due = datetime.fromisoformat(item["due_at"])
        offset_h = due.utcoffset().total_seconds() / 3600
        assert offset_h in (1, 2)                                   # the calendar zone (DK/SE)
    dues = [datetime.fromisoformat(i["due_at"]) for i in items]
    assert dues == sorted(dues)
    assert {i["platform"] for i in items} >= {"facebook", "instagram", "x", "linkedin", "youtube"}
    assert {"comment", "message", "mention"} <= {i["kind"] for i in items}


def test_views_filters_and_limit(data_dir):
    everything = inbox(data_dir, "--view", "all")
    now = app_clock.now()
    overdue = inbox(data_dir, "--view", "overdue")
    assert overdue and all(datetime.fromisoformat(i["due_at"]) < now for i in overdue)
    handled = inbox(data_dir, "--view", "handled")
    assert handled and {i["status"] for i in handled} <= {"answered", "no_reply", "referred"}
    assert all(i["due_at"] is None for i in handled)
    followup = inbox(data_dir, "--view", "followup")
    assert followup and {i["status"] for i in followup} == {"holding"}
    account = everything[0]["account"]
    assert {i["account"] for i in inbox(data_dir, "--view", "all", "--account", account)} == {account}
    assert len(inbox(data_dir, "--view", "all", "--limit", "3")) == 3
    # A Danish word and an author's name are found through the full-text index.
    hits = inbox(data_dir, "--view", "all", "--search", "skraldespand")
    assert hits and all("skraldespand" in (i["text"] + i["author"]).lower() for i in hits)
    author = next(i["author"] for i in everything if i["author"] and " " in i["author"])
    assert any(i["author"] == author for i in inbox(data_dir, "--view", "all", "--search", author.split()[-1]))


def test_html_is_kept_literally(data_dir):
    items = inbox(data_dir, "--view", "all")
    assert any("<script>" in i["text"] for i in items)


def test_unknown_account_is_one_line_exit_2(data_dir):
    proc = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data_dir), "--demo", "inbox",
                           "--account", "Nowhere"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.strip().count("\n") == 0 and "Nowhere" in proc.stderr
