"""Issue 14.5: `svarbox accounts ...` speaks the person's language (the ``user.language``
setting, else SVARBOX_LANG), in its answers and in its refusals, and leaves the process's
language as it found it."""
from __future__ import annotations

import pytest

from app import cli, i18n

MESSAGES = {
    "da": ("Test (demo) er tilsluttet.", "Der er ingen konto med navnet nope.", "tilsluttet",
           "Test: tokenet virker", "Test er fjernet."),
    "sv": ("Test (demo) är anslutet.", "Det finns inget konto som heter nope.", "ansluten",
           "Test: token fungerar", "Test är borttaget."),
}


def _run(capsys, tmp_path, *args):
    code = cli.main(["--data-dir", str(tmp_path), "--user", "Mette", "accounts", *args])
    out, err = capsys.readouterr()
    return code, out.strip(), err.strip()


@pytest.mark.parametrize("language", ["da", "sv"])
def test_account_messages_in_the_persons_language(language, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SVARBOX_LANG", language)
    connected, missing, state, works, removed = MESSAGES[language]
    assert _run(capsys, tmp_path, "add", "--platform", "demo", "--name", "Test") == (0, connected, "")
    code, out, _err = _run(capsys, tmp_path, "list")
    assert code == 0 and out.split()[-1] == state
    code, out, _err = _run(capsys, tmp_path, "test", "Test")
    assert code == 0 and out.startswith(works)
    assert _run(capsys, tmp_path, "remove", "nope") == (2, "", "svarbox: " + missing)
    assert _run(capsys, tmp_path, "remove", "Test") == (0, removed, "")
    assert i18n.current_language() == "en"                     # the process's language is back


def test_the_setting_wins_over_the_environment(tmp_path, capsys, monkeypatch):
    from app.config import UserSettings, resolve_paths
    monkeypatch.setenv("SVARBOX_LANG", "en")
    settings = UserSettings(resolve_paths(str(tmp_path)).settings_file)
    settings.set("user.language", "sv")
    settings.save()
    assert _run(capsys, tmp_path, "list") == (
        0, "Inga konton ännu; anslut ett med: svarbox accounts add --help", "")
