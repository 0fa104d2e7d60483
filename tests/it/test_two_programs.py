"""One bundle, two programs: the windowed Svarbox.exe starts with no stdout/stderr/stdin
(PyInstaller console=False) and must never write to the missing streams; the icon is ours."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# What the windowed bootloader hands Python: no standard streams at all.
WINDOWED = ("import sys, runpy; sys.stdout = sys.stderr = sys.stdin = None; "
            "sys.argv = ['Svarbox'] + sys.argv[1:]; runpy.run_module('app', run_name='__main__')")


def windowed(*args):
    return subprocess.run([sys.executable, "-c", WINDOWED, *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=240, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def test_commands_and_json_in_the_windowed_program_do_not_crash(tmp_path):
    proc = windowed("--data-dir", str(tmp_path), "--demo", "inbox", "--json")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "" and proc.stderr == ""      # nothing reached a stream that is not there


def test_help_and_usage_errors_in_the_windowed_program_exit_cleanly(tmp_path):
    assert windowed("--help").returncode == 0
    bad = windowed("--no-such-option")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_the_self_test_still_gives_its_exit_code_without_a_console(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    proc = windowed("--data-dir", str(blocker / "data"), "--self-test")
    assert proc.returncode == 1 and proc.stdout == ""       # the unwritable data folder fails it


def test_the_console_program_prints(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(tmp_path), "--demo", "inbox", "--json"],
                          cwd=ROOT, capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0 and proc.stdout.lstrip().startswith("[")


def test_the_icon_has_every_windows_size_and_is_the_window_icon(qapp):
    from PIL import Image

    from app.ui import icons

    ico = Image.open(ROOT / "resources" / "icons" / "svarbox.ico")
    assert {16, 24, 32, 48, 256} <= {w for w, _h in ico.info["sizes"]}
    icon = icons.app_icon()
    image = icon.pixmap(64, 64).toImage()
    assert not icon.isNull() and image.width() == 64
    # the designed icon: teal corners, a white bubble in the middle
    assert image.pixelColor(32, 20).name() == "#ffffff"
    assert image.pixelColor(4, 32).name() == "#0f5c63"


def test_the_spec_builds_two_programs_in_one_folder():
    spec = (ROOT / "build.spec").read_text()
    assert 'name="svarbox-cli"' in spec and "console=True" in spec
    assert "COLLECT(gui, cli, a.binaries, a.datas" in spec
    assert spec.count("icon=ICON") == 2 and spec.count("version=version_info(") == 2
