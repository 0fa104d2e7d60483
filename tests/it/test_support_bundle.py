"""The support bundle holds what a supporter needs and no token and no citizen text: a token
and a citizen's words are planted in the keychain, the database and (as if leaked) the log
files, then every file of the zip is searched for them."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app import clock as app_clock
from app.secrets import MemoryStore
from tests.factories import make_account, make_item, make_note

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "EAABsbCS1iHgBAKZCtoken0planted9ZDZD"
SHORT_TOKEN = "kort-tok-4711"                 # no generic pattern knows this one: only the keychain does
REFRESH = "refresh-planted-1234"
CITIZEN = "Min søn blev mobbet i svømmehallen i Viborg, hvad gør I ved det?"
AUTHOR = "Karen Planted Østergaard"
NOTE = "Ringede til moren kl. 14, hun vil klage"


@pytest.fixture
def ws(tmp_path):
    from app.services.workspace import open_workspace

    store = MemoryStore()
    workspace = open_workspace(data_dir=str(tmp_path / "data"), user="Mette", credentials=store)
    store.set("account-1", TOKEN)
    store.set("account-1:refresh", REFRESH)
    store.set("account-2", SHORT_TOKEN)
    with workspace.db.session() as s:
        account = make_account(s, "Viborg Kommune", credential_ref="account-1")
        make_account(s, "Viborg Bibliotekerne", platform="linkedin", credential_ref="account-2")
        item = make_item(s, account, app_clock.now(), text=CITIZEN, author_name=AUTHOR)
        make_note(s, item, NOTE)
    log_dir = workspace.paths.log_dir
    log_dir.mkdir(parents=True, exist_ok=True)
    (log_dir / "svarbox.log").write_text(
        "2026-11-25 10:00:00 INFO sync: GET https://graph.facebook.com/v25.0/me?access_token=" + TOKEN + "\n"
        f"2026-11-25 10:00:01 DEBUG inbox: new comment from {AUTHOR}: {CITIZEN}\n"
        f"2026-11-25 10:00:02 WARNING outbox: retry with {SHORT_TOKEN}\n"
        f"2026-11-25 10:00:03 DEBUG note: {NOTE[:25]}\n"
        "2026-11-25 10:00:04 INFO sync: 3 items fetched for account 1\n", encoding="utf-8")
    (log_dir / "svarbox.log.1").write_text(f"older: {CITIZEN.splitlines()[0]} refresh={REFRESH}\n", encoding="utf-8")
    yield workspace
    workspace.close()


def read_all(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name).decode("utf-8") for name in zf.namelist()}


def test_the_bundle_holds_no_token_and_no_citizen_text(ws, tmp_path):
    from app.support import build

    path = build(ws, tmp_path)
    files = read_all(path)
    assert {"README.txt", "about.json", "self-test.json", "settings.json", "policy.json", "network.json",
            "accounts.json", "logs/svarbox.log", "logs/svarbox.log.1"} <= set(files)
    everything = "\n".join(files.values())
    for planted in (TOKEN, SHORT_TOKEN, REFRESH, CITIZEN, AUTHOR, NOTE, NOTE[:20], "mobbet", "Østergaard",
                    "kl. 14"):
        assert planted not in everything, planted
    # what support needs is still there
    log = files["logs/svarbox.log"]
    assert "3 items fetched for account 1" in log and "[citizen text removed]" in log
    assert "WARNING outbox: retry with [token removed]" in log
    accounts = json.loads(files["accounts.json"])
    assert accounts[0]["platform"] == "facebook" and accounts[0]["items_by_status"] == {"new": 1}
    checks = {c["name"]: c["status"] for c in json.loads(files["self-test.json"])}
    assert checks["sqlite_fts5"] == "ok" and "window" not in checks


def test_a_database_password_in_the_settings_is_not_in_the_bundle(ws, tmp_path):
    from app.support import build

    ws.settings.set("database.url", "postgresql+psycopg://svarbox:S3cret-Pw@db.kommune.local/svarbox")
    files = read_all(build(ws, tmp_path / "b.zip"))
    assert "S3cret-Pw" not in "\n".join(files.values())
    assert "db.kommune.local" in files["settings.json"]


def test_the_cli_writes_the_bundle_and_says_where(tmp_path):
    data = tmp_path / "cli-data"
    proc = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data), "--demo", "support-bundle",
                           "--output", str(tmp_path / "out.zip")], cwd=ROOT, capture_output=True, text=True,
                          timeout=240, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == str(tmp_path / "out.zip")
    files = read_all(tmp_path / "out.zip")
    # the demo inbox's citizen texts are in its database; none reaches the bundle
    from app.services.workspace import open_workspace
    from app.support import collect_secrets
    demo = open_workspace(data_dir=str(data), demo=True, credentials=MemoryStore())
    try:
        _tokens, citizen, _accounts = collect_secrets(demo)
    finally:
        demo.close()
    assert len(citizen) > 20
    everything = "\n".join(files.values())
    assert not [text for text in citizen if len(text) >= 12 and text in everything]


def test_an_unwritable_target_is_a_message_not_a_traceback(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    proc = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(tmp_path / "d"), "--demo",
                           "support-bundle", "--output", str(blocker / "out.zip")], cwd=ROOT, capture_output=True,
                          text=True, timeout=240)
    assert proc.returncode == 2 and "cannot be written" in proc.stderr and "Traceback" not in proc.stderr
