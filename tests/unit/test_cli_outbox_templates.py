"""`svarbox reply|hide|outbox` and `svarbox templates` through the real CLI, on the demo
workspace (its platform answers locally; nothing reaches a network)."""
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
        assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli")
    (folder / "settings.json").write_text(json.dumps({"user.signature": "/{my_first_name}, Kommunikation"}))
    return folder


def open_items(data_dir):
    return json.loads(cli(data_dir, "inbox", "--json").stdout)


def test_reply_is_signed_sent_once_and_closes_the_item(data_dir):
    item = next(i for i in open_items(data_dir) if i["kind"] == "comment" and i["platform"] == "facebook"
                and not i["has_id_number"])
    proc = cli(data_dir, "reply", str(item["id"]), "--text", "Hej! Tak for beskeden, vi kigger på det i dag.")
    assert "sent" in proc.stdout
    box = json.loads(cli(data_dir, "outbox", "--json").stdout)
    mine = [a for a in box if a["item_id"] == item["id"]]
    assert len(mine) == 1 and mine[0]["state"] == "sent" and mine[0]["author"] == "Mette Jensen"
    assert mine[0]["text"].endswith("\n/Mette, Kommunikation")
    assert item["id"] not in [i["id"] for i in open_items(data_dir)]
    flushed = cli(data_dir, "outbox", "flush")
    assert "Nothing to send" in flushed.stdout


def test_holding_reply_starts_the_follow_up_clock(data_dir):
    item = next(i for i in open_items(data_dir) if i["status"] == "new" and i["platform"] == "facebook"
                and i["kind"] == "comment" and not i["has_id_number"])
    cli(data_dir, "reply", str(item["id"]), "--holding", "--text", "Hej! Vi har set dit spørgsmål og undersøger det.")
    followup = json.loads(cli(data_dir, "inbox", "--view", "followup", "--json").stdout)
    mine = next(i for i in followup if i["id"] == item["id"])
    assert mine["status"] == "holding" and mine["due_at"] and mine["due_at"] != item["due_at"]


def test_id_number_in_a_reply_needs_confirming(data_dir):
    item = next(i for i in open_items(data_dir) if i["kind"] == "comment" and i["platform"] == "facebook")
    text = "Hej, vi har fundet dig under 010203-1234 i systemet."
    refused = cli(data_dir, "reply", str(item["id"]), "--text", text, ok=False)
    assert refused.returncode == 2 and "confirm" in refused.stderr.lower()
    assert item["id"] in [i["id"] for i in open_items(data_dir)]        # nothing changed


def test_too_long_reply_is_refused_before_queuing(data_dir):
    item = next(i for i in open_items(data_dir) if i["platform"] == "x")
    refused = cli(data_dir, "reply", str(item["id"]), "--text", "Hej " + "meget lang tekst " * 30, ok=False)
    assert refused.returncode == 2 and "280" in refused.stderr
    assert not [a for a in json.loads(cli(data_dir, "outbox", "--json").stdout) if a["item_id"] == item["id"]]


def test_hide_goes_through_the_outbox(data_dir):
    item = next(i for i in open_items(data_dir) if i["platform"] == "facebook" and i["kind"] == "comment")
    proc = cli(data_dir, "hide", str(item["id"]))
    assert "sent" in proc.stdout
    hidden = json.loads(cli(data_dir, "inbox", "--view", "all", "--json").stdout)
    assert next(i for i in hidden if i["id"] == item["id"])["status"] == "hidden"
    actions = [a for a in json.loads(cli(data_dir, "outbox", "--json").stdout) if a["item_id"] == item["id"]]
    assert [a["action"] for a in actions] == ["hide"] and actions[0]["text"] is None   # never signed


def test_templates_list_export_and_import(data_dir, tmp_path):
    listed = json.loads(cli(data_dir, "templates", "list", "--json").stdout)
    assert {"da", "sv", "en"} <= {t["language"] for t in listed}
    assert all({"name", "category", "language", "body"} <= t.keys() for t in listed)
    out = tmp_path / "team.json"
    cli(data_dir, "templates", "export", str(out), "--language", "da")
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported["templates"] and {t["language"] for t in exported["templates"]} == {"da"}
    exported["templates"].append({"name": "Tak for rosen (Viborg)", "category": "thanks", "language": "da",
                                  "body": "Hej {author_first_name}! Tusind tak – det glæder os meget."})
    out.write_text(json.dumps(exported, ensure_ascii=False), encoding="utf-8")
    imported = cli(data_dir, "templates", "import", str(out))
    assert "1 new" in imported.stdout
    names = {t["name"] for t in json.loads(cli(data_dir, "templates", "list", "--json", "--language", "da").stdout)}
    assert "Tak for rosen (Viborg)" in names
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    failed = cli(data_dir, "templates", "import", str(broken), ok=False)
    assert failed.returncode == 2 and failed.stderr.count("\n") == 1
