"""IT's machine policy: read from the file SVARBOX_POLICY_FILE names (the same parser reads
%PROGRAMDATA%, /etc/svarbox, /Library/... and the registry's values), applied as organisation
defaults or locked values, shown with their source, refused when damaged without losing the
defaults."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import policy as machine_policy
from app.config import SETTINGS_BY_KEY, UserSettings
from app.errors import UsageError
from app.secrets import MemoryStore

ROOT = Path(__file__).resolve().parents[2]

POLICY = {
    "org.name": "Viborg Kommune",
    "org.case_channel": "https://viborg.dk/kontakt",
    "retention.days": 30,
    "sync.interval_minutes": 15,
    "calendar.country": "SE",
    "calendar.closed_days": ["2026-12-28"],
    "platforms.allowed": ["facebook", "instagram"],
    "telemetry.enabled": False,
    "update.feed_url": "https://updates.example.org/svarbox.json",
    "locked": ["org.case_channel", "retention.days", "platforms.allowed", "org.name"],
}


@pytest.fixture
def policy_file(tmp_path, monkeypatch):
    path = tmp_path / "policy.json"

    def write(content):
        path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
        monkeypatch.setenv(machine_policy.ENV_VAR, str(path))
        machine_policy.clear_cache()
        return path

    yield write
    machine_policy.clear_cache()


@pytest.fixture
def ws(tmp_path):
    from app.services.workspace import open_workspace
    workspace = open_workspace(data_dir=str(tmp_path / "data"), user="Mette", credentials=MemoryStore())
    yield workspace
    workspace.close()


def test_locked_values_win_and_unlocked_ones_are_only_defaults(policy_file, tmp_path):
    path = policy_file(POLICY)
    settings = UserSettings(tmp_path / "settings.json")
    assert settings.get("sync.interval_minutes") == 15          # the organisation's default
    settings.set("sync.interval_minutes", 3)
    assert settings.get("sync.interval_minutes") == 3           # unlocked: the user may change it
    settings.set("org.case_channel", "ring 1234")
    assert settings.get("org.case_channel") == "https://viborg.dk/kontakt"   # locked: IT wins
    pol = machine_policy.load()
    assert pol.source == str(path)
    assert pol.is_locked("retention.days") and not pol.is_locked("sync.interval_minutes")
    assert "Viborg Kommune" in pol.set_by() and str(path) in pol.set_by()
    settings.set("update.feed_url", "https://example.org/other-feed.json")   # a hand-edited file
    assert settings.get("update.feed_url") == "https://updates.example.org/svarbox.json"
    assert UserSettings(tmp_path / "other.json").get("update.feed_url") == "https://updates.example.org/svarbox.json"


def test_machine_settings_come_only_from_policy(tmp_path, policy_file):
    policy_file({"org.name": "Malmö stad"})
    settings = UserSettings(tmp_path / "settings.json")
    settings.set("update.feed_url", "https://example.org/my-feed.json")
    assert settings.get("update.feed_url") == ""                              # not the user's to set


def test_effective_values_name_their_source(policy_file, ws):
    from app.services import account_settings as svc
    from app.services.team.shared_settings import set_shared

    policy_file(POLICY)
    with ws.db.session() as s:
        set_shared(s, "policy.default", "workdays:3", "Mette")     # the team's choice
        set_shared(s, "retention.days", 365, "Mette")              # refused in effect: IT locked it
    ws.settings.set("user.name", "Mette Jensen")
    eff = svc.effective(ws)
    assert (eff["user.name"].value, eff["user.name"].source) == ("Mette Jensen", "user")
    assert (eff["policy.default"].value, eff["policy.default"].source) == ("workdays:3", "team")
    assert (eff["retention.days"].value, eff["retention.days"].source, eff["retention.days"].locked) == (30, "policy", True)  # noqa: E501
    assert "Viborg Kommune" in eff["retention.days"].set_by
    assert (eff["sync.interval_minutes"].value, eff["sync.interval_minutes"].source) == (15, "policy")
    assert (eff["notify.enabled"].value, eff["notify.enabled"].source) == (True, "default")
    # every reader sees IT's locked value, including the retention job
    from app.services.records.retention import retention_days
    from app.services.team.shared_settings import setting_value
    assert setting_value(ws, "retention.days") == 30
    with ws.db.session() as s:
        assert retention_days(s, ws.settings) == 30


def test_a_locked_value_cannot_be_saved(policy_file, ws):
    from app.services import account_settings as svc

    policy_file(POLICY)
    with pytest.raises(UsageError, match="Viborg Kommune IT"):
        svc.save_settings(ws, {"org.case_channel": "ring 1234"}, "Mette")
    svc.save_settings(ws, {"sync.interval_minutes": 7}, "Mette")     # unlocked ones still save
    assert UserSettings(ws.paths.settings_file).get("sync.interval_minutes") == 7


def test_new_accounts_follow_the_policy_calendar_and_allowed_platforms(policy_file, ws):
    from app.models import tables as t
    from app.services.accounts import add_account

    policy_file(POLICY)
    with pytest.raises(UsageError, match="policy does not allow x"):
        add_account(ws, platform="x", name="Kommunen på X", token="tok", verify=False)
    info = add_account(ws, platform="facebook", name="Kommunen", token="tok", verify=False)
    with ws.db.session() as s:
        calendar = json.loads(s.get(t.Account, info.id).calendar)
    assert calendar["country"] == "SE"
    assert "2026-12-28" in calendar["closed_dates"]


def test_malformed_file_gives_a_clear_message_and_keeps_the_defaults(policy_file, tmp_path):
    path = policy_file('{"retention.days": 30,, }')
    pol = machine_policy.load()
    assert pol.values == {}
    assert len(pol.problems) == 1 and str(path) in pol.problems[0] and "not valid JSON" in pol.problems[0]
    assert UserSettings(tmp_path / "s.json").get("retention.days") == SETTINGS_BY_KEY["retention.days"].default


def test_one_bad_value_is_reported_and_the_rest_apply(policy_file):
    policy_file({"retention.days": "forever", "update.feed_url": "http://evil.example", "nonsense.key": 1,
                 "org.name": "Malmö stad", "locked": "yes"})
    pol = machine_policy.load()
    assert pol.values == {"org.name": "Malmö stad"}
    text = "\n".join(pol.problems)
    for key in ("retention.days", "update.feed_url", "nonsense.key", '"locked"'):
        assert key in text
    assert pol.locked == frozenset()


def test_registry_values_are_all_locked_and_lists_come_from_multi_strings():
    # Exactly what winreg.EnumValue yields for REG_SZ, REG_DWORD and REG_MULTI_SZ values.
    pol = machine_policy.from_registry_values({"org.name": "Aarhus Kommune", "retention.days": 60,
                                               "platforms.allowed": ["facebook", "linkedin"],
                                               "telemetry.enabled": 0})
    assert pol.values == {"org.name": "Aarhus Kommune", "retention.days": 60,
                          "platforms.allowed": ["facebook", "linkedin"], "telemetry.enabled": False}
    assert pol.locked == frozenset(pol.values)
    assert pol.source == r"HKLM\Software\Policies\Svarbox"
    # the registry beats the file key by key
    file_pol = machine_policy.parse({"retention.days": 90, "org.case_channel": "x", "locked": ["org.case_channel"]},
                                    "policy.json")
    merged = machine_policy.merge(pol, file_pol)
    assert merged.values["retention.days"] == 60 and merged.values["org.case_channel"] == "x"
    assert merged.is_locked("org.case_channel") and merged.is_locked("retention.days")


def test_default_policy_paths_per_platform():
    path = machine_policy.default_policy_file()
    if sys.platform == "win32":
        assert path.parts[-2:] == ("Svarbox", "policy.json")
    elif sys.platform == "darwin":
        assert path == Path("/Library/Application Support/Svarbox/policy.json")
    else:
        assert path == Path("/etc/svarbox/policy.json")


def _cli(tmp_path, *args, policy: Path):
    env = {**os.environ, machine_policy.ENV_VAR: str(policy)}
    return subprocess.run([sys.executable, "-m", "app", "--data-dir", str(tmp_path / "cli"), "config", "show", *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, env=env)


def test_config_show_lists_every_value_with_its_source(policy_file, tmp_path):
    path = policy_file(POLICY)
    proc = _cli(tmp_path, "--json", policy=path)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    rows = {row["key"]: row for row in data["settings"]}
    assert set(rows) == set(SETTINGS_BY_KEY)
    assert rows["retention.days"] == {"key": "retention.days", "value": 30, "source": "policy", "locked": True,
                                      "set_by": f"Viborg Kommune IT ({path})"}
    assert rows["sync.interval_minutes"]["source"] == "policy" and not rows["sync.interval_minutes"]["locked"]
    assert rows["notify.enabled"]["source"] == "default"
    assert data["policy_source"] == str(path) and data["problems"] == []
    human = _cli(tmp_path, policy=path)
    assert human.returncode == 0
    line = next(line for line in human.stdout.splitlines() if line.startswith("retention.days"))
    assert "policy (locked)" in line and "30" in line


def test_config_show_with_a_damaged_policy_says_so_and_shows_defaults(policy_file, tmp_path):
    path = policy_file("retention.days = 30")
    proc = _cli(tmp_path, policy=path)
    assert proc.returncode == 0
    assert "not valid JSON" in proc.stderr and str(path) in proc.stderr
    assert "Traceback" not in proc.stderr
    line = next(line for line in proc.stdout.splitlines() if line.startswith("retention.days"))
    assert "default" in line and "90" in line


def test_settings_dialog_shows_locked_values_greyed_with_who_set_them(policy_file, ws, qtbot, qapp):
    from PySide6.QtCore import QEvent

    from app import i18n
    from app.ui.dialogs.settings_dialog import SettingsDialog

    i18n.install("en")
    path = policy_file(POLICY)
    dialog = SettingsDialog(ws)
    qtbot.addWidget(dialog)
    field = dialog.field("org.case_channel")
    assert not field.editor.isEnabled()
    assert field.value() == "https://viborg.dk/kontakt"
    assert field.locked_note.text() == f"Locked: set by Viborg Kommune IT ({path})."
    assert dialog.field("sync.interval_minutes").editor.isEnabled()     # unlocked default stays editable
    assert "platforms.allowed" not in dialog.fields                      # machine settings are IT's alone
    i18n.install("da")
    qapp.sendEvent(field.locked_note, QEvent(QEvent.Type.LanguageChange))
    assert field.locked_note.text() == f"Låst: fastlagt af Viborg Kommune IT ({path})."
    i18n.install("en")
    dialog.field("sync.interval_minutes").editor.setValue(20)
    dialog.accept()                                                       # saving leaves IT's values alone
    saved = json.loads(ws.paths.settings_file.read_text())
    assert saved["sync.interval_minutes"] == 20 and "org.case_channel" not in saved


def test_the_team_database_comes_from_policy_unless_the_command_line_says_otherwise(policy_file, tmp_path, monkeypatch):
    from app.config import resolve_paths

    monkeypatch.delenv("SVARBOX_DATABASE_URL", raising=False)
    assert resolve_paths(str(tmp_path / "a")).is_sqlite
    policy_file({"database.url": "postgresql+psycopg://svarbox@db.kommune.local/svarbox", "locked": True})
    assert resolve_paths(str(tmp_path / "b")).database_url == "postgresql+psycopg://svarbox@db.kommune.local/svarbox"
    assert resolve_paths(str(tmp_path / "c"), "sqlite:///x.db").database_url == "sqlite:///x.db"
    assert resolve_paths(str(tmp_path / "d"), workspace="demo").is_sqlite   # demo never touches the team's
