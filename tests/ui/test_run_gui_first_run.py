"""Issue 14.1 through the real start path: ``gui.run_gui`` on an empty data folder with no name
shows the first-run dialog; once the name is filled in, the first reply is signed with it and
not with the OS login. The person is played from a timer while ``run_gui`` runs its own dialog
and event loop (tests/ui/first_run_child.py), in a process of its own as a real start is."""
from __future__ import annotations

import getpass
import json
import os
import subprocess
import sys
from pathlib import Path

CHILD = Path(__file__).with_name("first_run_child.py")


def test_first_start_asks_for_the_name_and_signs_the_first_reply_with_it(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "SVARBOX_USER"}
    env.update(QT_QPA_PLATFORM="offscreen", SVARBOX_LANG="en")
    done = subprocess.run([sys.executable, str(CHILD), str(tmp_path / "data")], env=env, capture_output=True,
                          text=True, timeout=120)
    lines = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
    assert done.returncode == 0 and lines, done.stdout[-2000:] + done.stderr[-3000:]
    seen = json.loads(lines[-1][len("RESULT "):])
    assert "error" not in seen, seen.get("error")
    assert seen["code"] == 0
    assert seen["dialog"] == ["welcome", "Welcome to Svarbox"]
    assert seen["person"] == "Mette Jensen"
    login = getpass.getuser()
    assert len(seen["sent"]) == 1
    assert "/Mette" in seen["sent"][0] and f"/{login}" not in seen["sent"][0], seen["sent"]
