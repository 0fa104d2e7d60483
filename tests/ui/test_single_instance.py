"""A second start hands over to the first: it exits 0 and the first gets ``activated``; a
crashed first instance does not block the next start."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from app.ui.single_instance import instance_key

ROOT = Path(__file__).resolve().parents[2]

# A stand-in for app.gui: a core application, the single-instance check, and a report line.
CHILD = r"""
import sys
from PySide6.QtCore import QCoreApplication, QTimer
from app.ui.single_instance import SingleInstance

app = QCoreApplication([])
instance = SingleInstance(sys.argv[1])
if not instance.is_primary():
    print("secondary", flush=True)
    sys.exit(0)
print("primary", flush=True)

def activated():
    print("activated", flush=True)
    instance.release()
    app.quit()

instance.activated.connect(activated)
QTimer.singleShot(int(sys.argv[2]) * 1000, app.quit)   # never hang the test run
sys.exit(app.exec())
"""


def _start(key: str, lifetime: int = 30) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, "-c", CHILD, key, str(lifetime)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _first_line(proc: subprocess.Popen) -> str:
    return proc.stdout.readline().strip()


@pytest.fixture
def key(tmp_path):
    return instance_key(tmp_path, user=f"test-{uuid.uuid4().hex[:8]}")


def test_key_depends_on_user_and_data_folder(tmp_path):
    assert instance_key(tmp_path, "anna") == instance_key(tmp_path, "anna")
    assert instance_key(tmp_path, "anna") != instance_key(tmp_path, "bo")
    assert instance_key(tmp_path / "other", "anna") != instance_key(tmp_path, "anna")
    assert len(instance_key(tmp_path, "anna")) < 40      # Unix socket paths are short


def test_second_start_exits_and_activates_the_first(key):
    first = _start(key)
    try:
        assert _first_line(first) == "primary"
        second = _start(key)
        out, err = second.communicate(timeout=30)
        assert second.returncode == 0, err
        assert out.strip() == "secondary"
        assert _first_line(first) == "activated"
        assert first.wait(timeout=30) == 0
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is Unix; Windows frees pipes and locks itself")
def test_a_crashed_first_instance_does_not_block_the_next(key):
    crashed = _start(key)
    assert _first_line(crashed) == "primary"
    os.kill(crashed.pid, signal.SIGKILL)                 # leaves its lock and socket file behind
    crashed.wait(timeout=30)
    from PySide6.QtCore import QDir
    assert list(Path(QDir.tempPath()).glob(f"{key}*")), "the crash should have left files behind"
    after = _start(key, lifetime=2)
    try:
        assert _first_line(after) == "primary"
        # and it is reachable: a further start hands over to it
        third = _start(key)
        out, _err = third.communicate(timeout=30)
        assert third.returncode == 0 and out.strip() == "secondary"
        assert _first_line(after) == "activated"
    finally:
        if after.poll() is None:
            after.kill()
        after.wait()
