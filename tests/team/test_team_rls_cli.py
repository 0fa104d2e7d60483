"""`svarbox team` and `svarbox audit` as colleagues run them, against a real PostgreSQL with
row-level security: the administrator manages roles and reads the data protection audit of
their institution; others are told no in words."""
from __future__ import annotations

import csv
import io
import json

import pytest

from app.cli import main
from app.services.records.export import export_case
from app.services.team import audit as audit_service
from app.services.team import collab
from tests.team.rlskit import BIBLIOTEK, KOMMUNE, build_scene, raw
from tests.team.test_team_rls_flows import client

pytestmark = pytest.mark.postgres


@pytest.fixture
def scene(pg_url, make_team):
    team = make_team(pg_url, n_comments=2)
    scene = build_scene(team)
    scene.team = team
    return scene


def run(capsys, tmp_path, scene, login, *argv, stdin=None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--data-dir", str(tmp_path / f"cli-{login}"), "--database-url", scene.url_for(login),
                 "--user", login, *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_team_grant_list_revoke_from_the_command_line(scene, tmp_path, capsys, monkeypatch):
    dora = "dora_" + scene.admin[6:]
    code, out, err = run(capsys, tmp_path, scene, scene.admin, "team", "grant", dora, "communicator",
                         "--institution", KOMMUNE, "--name", "Dora Lund", "--password-stdin",
                         stdin="Sne-og-slud-2026\n", monkeypatch=monkeypatch)
    assert code == 0, err
    assert json.loads(out)["login_state"] == "created"
    with raw(scene.url, dora) as conn:       # trust auth here; the login exists and sees its rows
        assert conn.execute("SELECT count(*) FROM items").fetchone()[0] == len(scene.kommune_items)

    code, out, err = run(capsys, tmp_path, scene, scene.admin, "team", "list")
    assert code == 0 and f"{dora} (Dora Lund)\tcommunicator\t{KOMMUNE}" in out
    assert scene.carl not in out                          # Bibliotek's people are not listed

    code, out, err = run(capsys, tmp_path, scene, scene.admin, "team", "grant", dora, "reader",
                         "--institution", BIBLIOTEK)
    assert code == 2 and "only an administrator of that institution" in err and "Traceback" not in err

    code, out, err = run(capsys, tmp_path, scene, scene.bo, "team", "grant", dora, "administrator",
                         "--institution", KOMMUNE)
    assert code == 2 and "refused" in err

    code, out, err = run(capsys, tmp_path, scene, scene.admin, "team", "revoke", dora,
                         "--institution", KOMMUNE)
    assert code == 0 and json.loads(out)["login_switched_off"] is True


def test_team_commands_on_the_local_file_say_it_is_single_user(tmp_path, capsys):
    code = main(["--data-dir", str(tmp_path), "team", "list"])
    assert code == 2 and "only on a team database" in capsys.readouterr().err


def test_the_dpo_audit_shows_who_did_what_and_records_exports(scene, tmp_path, capsys):
    bo = client(scene, tmp_path, scene.bo, "Bo Nielsen")
    carl = client(scene, tmp_path, scene.carl, "Carl Berg")
    kom, lib = scene.kommune_items[0], scene.bibliotek_items[0]
    with bo.db.session() as s:
        audit_service.record_opened(s, "Bo Nielsen", kom)
        collab.assign(s, kom, "Admin", "Bo Nielsen")
        export_case(s, kom, "Bo Nielsen", json_path=tmp_path / "case.json")
    with carl.db.session() as s:
        audit_service.record_opened(s, "Carl Berg", lib)

    code, out, err = run(capsys, tmp_path, scene, scene.admin, "audit", "--csv", "-")
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out)))
    mine = [(r["login"], r["category"], r["action"], r["item_id"]) for r in rows if r["login"] == scene.bo]
    assert mine == [(scene.bo, "opened", "opened", str(kom)), (scene.bo, "reassigned", "assign", str(kom)),
                    (scene.bo, "exported", "exported", str(kom))]
    assert not [r for r in rows if r["login"] == scene.carl]          # another institution's
    assert not [r for r in rows if r["account_id"] == str(scene.bibliotek_account)]

    # A communicator is not the data protection officer's reader: own events and assignments.
    with bo.db.session() as s:
        seen = audit_service.audit_log(s)
    assert {r.login for r in seen} <= {scene.bo, scene.admin, "postgres"}
    assert all(r.login == scene.bo or r.action == "assign" for r in seen)

    code, out, err = run(capsys, tmp_path, scene, scene.admin, "audit", "--category", "exported")
    assert code == 0 and [e["item_id"] for e in json.loads(out)] == [kom]
    code, out, err = run(capsys, tmp_path, scene, scene.admin, "audit", "--since", "yesterday")
    assert code == 2 and "is not a date" in err
