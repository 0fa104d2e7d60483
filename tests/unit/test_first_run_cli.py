"""Issue 14.1 in the CLI: no public reply and no case export without the person's own name;
the OS login ("root") never signs anything."""
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def cli(data_dir, *args, user=None):
    env = {k: v for k, v in os.environ.items() if k != "SVARBOX_USER"}
    command = [sys.executable, "-m", "app", "--data-dir", str(data_dir), "--demo"]
    if user:
        command += ["--user", user]
    return subprocess.run([*command, *args], cwd=ROOT, capture_output=True, text=True, timeout=120, env=env)


def first_comment(data_dir):
    items = json.loads(cli(data_dir, "inbox", "--json").stdout)
    return next(i for i in items if i["kind"] == "comment" and i["platform"] == "facebook"
                and not i["has_id_number"])


def test_reply_without_a_name_is_refused_and_nothing_is_queued(tmp_path):
    item = first_comment(tmp_path)
    proc = cli(tmp_path, "reply", str(item["id"]), "--text", "Tak for beskeden, vi ser på det.")
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert "name" in proc.stderr.lower() and len(proc.stderr.strip().splitlines()) == 1
    box = json.loads(cli(tmp_path, "outbox", "--json").stdout)
    assert [a for a in box if a["item_id"] == item["id"]] == []


def test_reply_signed_with_the_name_from_settings_not_the_login(tmp_path):
    (tmp_path / "settings.json").write_text(json.dumps({"user.name": "Mette Jensen"}))
    item = first_comment(tmp_path)
    proc = cli(tmp_path, "reply", str(item["id"]), "--text", "Tak for beskeden, vi ser på det.")
    assert proc.returncode == 0, proc.stderr
    box = json.loads(cli(tmp_path, "outbox", "--json").stdout)
    mine = [a for a in box if a["item_id"] == item["id"]]
    assert len(mine) == 1 and mine[0]["text"].splitlines()[-1].startswith("/Mette")


def test_export_says_the_persons_name_and_unit(tmp_path):
    item = first_comment(tmp_path)
    refused = cli(tmp_path, "export", str(item["id"]), "--json", str(tmp_path / "case.json"))
    assert refused.returncode == 2 and not (tmp_path / "case.json").exists()
    (tmp_path / "settings.json").write_text(json.dumps({"user.name": "Mette Jensen",
                                                        "user.unit": "Kommunikation"}))
    proc = cli(tmp_path, "export", str(item["id"]), "--json", str(tmp_path / "case.json"))
    assert proc.returncode == 0, proc.stderr
    data = json.loads((tmp_path / "case.json").read_text())
    assert data["exported_by"] == "Mette Jensen, Kommunikation"


def test_empty_or_blank_reply_is_refused_before_the_signature(tmp_path):
    item = first_comment(tmp_path)
    for text in ("", "   \n\t "):
        proc = cli(tmp_path, "reply", str(item["id"]), "--text", text, user="Mette Jensen")
        assert proc.returncode == 2 and "empty" in proc.stderr.lower(), proc.stderr
    box = json.loads(cli(tmp_path, "outbox", "--json").stdout)
    assert [a for a in box if a["item_id"] == item["id"]] == []
