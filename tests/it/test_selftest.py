"""The rollout self-test: every check reported by name, JSON for IT's scripts, exit 1 when a
check fails (an unwritable data folder here; no keychain where no Secret Service runs)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NAMES = ["keychain", "translations", "pdf_fonts", "sqlite_fts5", "time_zones", "holidays", "deadline",
         "data_folder", "policy", "proxy", "certificates", "window"]
HAVE_KEYCHAIN = bool(os.environ.get("SVARBOX_SECRET_SERVICE") or os.environ.get("SVARBOX_REQUIRE_KEYCHAIN"))


def self_test(data_dir, *extra, env=None):
    return subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data_dir), "--self-test", *extra],
                          cwd=ROOT, capture_output=True, text=True, timeout=240,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})})


def test_json_report_names_every_check_and_the_exit_code_follows_it(tmp_path):
    proc = self_test(tmp_path / "data", "--json")
    report = json.loads(proc.stdout)
    checks = {c["name"]: c for c in report["checks"]}
    assert list(checks) == NAMES
    for name in NAMES:
        if name == "keychain" and not HAVE_KEYCHAIN:
            assert checks[name]["status"] == "fail" and "no keychain backend" in checks[name]["detail"]
        else:
            assert checks[name]["status"] == "ok", checks[name]
    assert "FTS5" in checks["sqlite_fts5"]["detail"]
    assert "DK" in checks["holidays"]["detail"] and "FI" in checks["holidays"]["detail"]
    assert checks["data_folder"]["detail"] == str(tmp_path / "data")
    assert "truststore" in checks["certificates"]["detail"]
    assert report["ok"] is HAVE_KEYCHAIN
    assert proc.returncode == (0 if HAVE_KEYCHAIN else 1), proc.stderr
    assert "Traceback" not in proc.stderr


def test_an_unwritable_data_folder_fails_the_self_test_in_words(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    proc = self_test(blocker / "data")
    assert proc.returncode == 1
    line = next(x for x in proc.stdout.splitlines() if " data_folder " in x)
    assert line.startswith("fail") and "cannot be created or written" in line
    assert proc.stdout.rstrip().endswith("self-test FAILED (Svarbox 0.1.0)")


def test_a_damaged_policy_is_a_warning_not_a_failure(tmp_path):
    bad = tmp_path / "policy.json"
    bad.write_text("{oops")
    proc = self_test(tmp_path / "data", "--json", env={"SVARBOX_POLICY_FILE": str(bad)})
    checks = {c["name"]: c for c in json.loads(proc.stdout)["checks"]}
    assert checks["policy"]["status"] == "warn" and "not valid JSON" in checks["policy"]["detail"]
    assert proc.returncode == (0 if HAVE_KEYCHAIN else 1)
