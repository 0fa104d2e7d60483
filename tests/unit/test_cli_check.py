"""``svarbox check`` as a script would run it: a real subprocess, JSON out, exit codes."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _own_data_dir(tmp_path, monkeypatch):
    # no settings file from the developer's own data folder (its language) leaks in
    monkeypatch.setenv("SVARBOX_DATA_DIR", str(tmp_path / "data"))


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "SVARBOX_LANG": "en", "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "app", "check", *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=60)


def test_json_findings_and_exit_1_on_error():
    text = "Hej Bo, dit CPR 111111-1118 er modtaget."
    proc = run("--platform", "facebook", "--text", text, "--json")
    assert proc.returncode == 1, proc.stderr
    data = json.loads(proc.stdout)
    assert data == [{"code": "id-number", "severity": "error", "start": 16, "end": 27,
                     "message": data[0]["message"]}]
    assert text[16:27] == "111111-1118"
    assert data[0]["message"]


def test_warnings_only_exit_0():
    proc = run("--platform", "x", "--text", "Vi tømmer i morgen.", "--json")
    assert proc.returncode == 0, proc.stderr
    assert [f["code"] for f in json.loads(proc.stdout)] == ["no-greeting"]


def test_clean_text_gives_empty_list():
    proc = run("--platform", "x", "--text", "Hej Bo\n/Anna", "--signature", "/Anna", "--json")
    assert (proc.returncode, json.loads(proc.stdout)) == (0, [])


def test_too_long_on_x_is_an_error():
    proc = run("--platform", "x", "--text", "Hej " + "a" * 300, "--json")
    assert proc.returncode == 1
    assert [f["code"] for f in json.loads(proc.stdout)] == ["too-long"]


def test_text_from_stdin_and_options():
    text = "Lampen er skiftet. Skriv til bo@gmail.com\n"
    proc = run("--platform", "linkedin", "--text", "-", "--late", "--signature", "/Anna",
               "--language", "sv", "--json", stdin=text)
    assert proc.returncode == 0, proc.stderr
    got = {f["code"]: (f["start"], f["end"]) for f in json.loads(proc.stdout)}
    assert set(got) == {"no-greeting", "email", "signature-missing", "late-no-apology"}
    assert got["email"] == (text.index("bo@"), text.index("bo@") + len("bo@gmail.com"))
    private = run("--platform", "linkedin", "--text", "-", "--private", "--json", stdin=text)
    assert "email" not in [f["code"] for f in json.loads(private.stdout)]
    own = run("--platform", "linkedin", "--text", "Hej, skriv til bo@gmail.com", "--own-domain",
              "gmail.com", "--json")
    assert json.loads(own.stdout) == []


def test_human_output_one_line_per_finding():
    proc = run("--platform", "facebook", "--text", "Ring 33 66 33 66 eller se http://a.dk/x")
    assert proc.returncode == 0
    lines = proc.stdout.strip().splitlines()
    assert len(lines) == 3
    assert [line.split("\t")[:3] for line in lines] == [
        ["hint", "no-greeting", "0-4"], ["warning", "phone", "5-16"], ["warning", "insecure-link", "26-39"]]


def test_bad_usage_exits_2():
    proc = run("--platform", "myspace", "--text", "Hej")
    assert proc.returncode == 2
    assert "myspace" in proc.stderr and proc.stdout == ""
    assert run("--platform", "x", "--text", "Hej", "--language", "de").returncode == 2
    assert run("--platform", "x").returncode == 2       # --text is required (argparse)
