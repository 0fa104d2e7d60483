"""The window's actions as CLI verbs (issue 16, point 11), through the same door, on the demo
workspace: spam, no-reply, assign, several ids at once, refusals in words, the Failed view."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def cli(data_dir, *args, ok=True):
    proc = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data_dir), "--demo",
                           "--user", "Mette Jensen", *args], cwd=ROOT, capture_output=True, text=True, timeout=120)
    if ok:
        assert proc.returncode == 0, proc.stderr + proc.stdout
    return proc


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli")
    (folder / "settings.json").write_text(json.dumps({"user.signature": "/{my_first_name}, Kommunikation"}))
    return folder


def items(data_dir, view="open"):
    return json.loads(cli(data_dir, "inbox", "--view", view, "--json").stdout)


def pick(data_dir, platform, n=1, kind="comment"):
    found = [i for i in items(data_dir) if i["platform"] == platform and i["kind"] == kind
             and i["status"] == "new"]
    assert len(found) >= n, (platform, kind)
    return found[:n]


def test_spam_hides_on_the_platform_and_records_spam(data_dir):
    [item] = pick(data_dir, "facebook")
    proc = cli(data_dir, "spam", str(item["id"]))
    assert "1 of 1 done" in proc.stdout
    hidden = {i["id"]: i for i in items(data_dir, "all")}
    assert hidden[item["id"]]["status"] == "spam" and hidden[item["id"]]["is_hidden"]
    box = json.loads(cli(data_dir, "outbox", "--json").stdout)
    assert [a["state"] for a in box if a["item_id"] == item["id"] and a["action"] == "spam"] == ["sent"]


def test_spam_where_the_platform_cannot_hide_is_refused_in_words(data_dir):
    [item] = pick(data_dir, "linkedin")
    proc = cli(data_dir, "spam", str(item["id"]), ok=False)
    assert proc.returncode == 1
    assert "LinkedIn cannot hide" in proc.stdout and "0 of 1 done" in proc.stdout
    assert item["id"] in [i["id"] for i in items(data_dir)]          # still open, nothing changed


def test_no_reply_and_assign_on_several_items(data_dir):
    two = pick(data_dir, "facebook", 3)[1:]
    ids = [str(i["id"]) for i in two]
    cli(data_dir, "assign", *ids, "--to", "Anders Holm")
    assigned = {i["id"]: i for i in items(data_dir)}
    assert all(assigned[i["id"]]["assigned_to"] == "Anders Holm" for i in two)
    proc = cli(data_dir, "no-reply", *ids, "--json")
    out = json.loads(proc.stdout)
    assert sorted(out["done"]) == sorted(i["id"] for i in two) and out["refused"] == []
    open_ids = {i["id"] for i in items(data_dir)}
    assert not open_ids & {i["id"] for i in two}


def test_outbox_failed_lists_nothing_when_nothing_failed(data_dir):
    proc = cli(data_dir, "outbox", "--failed")
    assert "No failed actions." in proc.stdout
    assert items(data_dir, "failed") == []


def test_a_verb_without_items_says_what_it_needs(data_dir):
    proc = cli(data_dir, "approve", ok=False)
    assert proc.returncode == 2 and "--view" in proc.stderr and "Traceback" not in proc.stderr


def test_read_and_unread_per_person(data_dir):
    [item] = pick(data_dir, "facebook")
    cli(data_dir, "read", str(item["id"]))
    cli(data_dir, "unread", str(item["id"]))
    out = json.loads(cli(data_dir, "read", "--view", "open", "--json").stdout)
    assert item["id"] in out["done"] and out["refused"] == []


def test_assign_to_a_colleague_who_is_away_warns_and_needs_anyway(data_dir):
    from datetime import timedelta

    from app import clock as app_clock
    until = (app_clock.today() + timedelta(days=14)).isoformat()
    away = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data_dir), "--demo", "--user", "Sofie Lund",
                           "away", "--until", until], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert away.returncode == 0, away.stderr
    [item] = pick(data_dir, "facebook")
    proc = cli(data_dir, "assign", str(item["id"]), "--to", "sofie lund", ok=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "is away until" in proc.stdout and "--anyway" in proc.stdout and "0 of 1 done" in proc.stdout
    out = json.loads(cli(data_dir, "assign", str(item["id"]), "--to", "Sofie Lund", "--anyway", "--json").stdout)
    assert out["done"] == [item["id"]] and out["refused"] == []


def test_note_private_reply_close_with_a_template_and_reopen(data_dir):
    first, second = pick(data_dir, "facebook", 2)
    assert "Note added" in cli(data_dir, "note", str(first["id"]), "--text", "Ringet op til borgeren.").stdout
    # One private message to the commenter, through the outbox, sent by the (demo) platform.
    proc = cli(data_dir, "private-reply", str(first["id"]), "--text", "Hej, send os dit telefonnummer privat.")
    assert "private_reply: sent" in proc.stdout
    # Close with a template: filled in for each author, one summary, then both answered.
    out = json.loads(cli(data_dir, "close", str(second["id"]), "--template", "Foreløbigt svar: vi har set din besked",
                         "--json").stdout)
    assert out["done"] == [second["id"]] and [r["state"] for r in out["outbox"]] == ["sent"]
    missing = cli(data_dir, "close", str(second["id"]), "--template", "Findes ikke", ok=False)
    assert missing.returncode == 2 and "no template called" in missing.stderr and "Traceback" not in missing.stderr
    out = json.loads(cli(data_dir, "reopen", str(first["id"]), "--json").stdout)
    assert out["done"] == [first["id"]]
    assert {i["id"] for i in items(data_dir)} >= {first["id"]}          # back among the open items
