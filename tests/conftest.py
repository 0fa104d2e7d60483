import os
import sys
from pathlib import Path

# Widgets render for real without a display; the keychain defaults to nothing real.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SVARBOX_LANG", "en")
# No machine policy unless a test writes one: a real /etc/svarbox/policy.json must not leak in.
os.environ.setdefault("SVARBOX_POLICY_FILE", "")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# PostgreSQL fixtures (pg_server, pg_url, db_url parametrised over SQLite and PostgreSQL).
pytest_plugins = ["tests.team.pgfixtures"]


# --- Time is an input ---------------------------------------------------------------------
# Every test runs on the app's clock, started at one chosen moment (a Wednesday morning unless
# SVARBOX_TEST_NOW says otherwise; CI repeats the time-sensitive suites at hostile moments), and
# children started by a test inherit the same moment through SVARBOX_CLOCK.
import pytest  # noqa: E402

from app import clock as app_clock  # noqa: E402
from tests.timekit import TEST_NOW  # noqa: E402

# Module-level constants computed while collecting already see the test moment.
os.environ[app_clock.ENV_VAR] = TEST_NOW.isoformat()
app_clock.install(app_clock.AdvancingClock(TEST_NOW))


@pytest.fixture(autouse=True)
def test_clock(monkeypatch):
    # Anchored, so that children started through SVARBOX_CLOCK share this very clock.
    running = app_clock.AdvancingClock.anchored(TEST_NOW)
    previous = app_clock.install(running)
    monkeypatch.setenv(app_clock.ENV_VAR, running.spec())
    yield running
    app_clock.install(previous)


# --- No test waits on a dialog nobody answers -----------------------------------------------
# A modal dialog that a test did not expect (a question on quit, an error box) blocks in its own
# event loop until pytest-timeout kills the test after minutes. This watchdog closes a modal
# dialog that has stayed open and unchanged for STUCK_MODAL_SECONDS and fails the test, naming it.
STUCK_MODAL_SECONDS = 15


@pytest.fixture(autouse=True)
def no_stuck_modal(request):
    if "qapp" not in request.fixturenames:
        yield
        return
    request.getfixturevalue("qapp")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    stuck: list[str] = []
    seen: dict = {"widget": None, "ticks": 0}

    def check() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or widget is not seen["widget"]:
            seen.update(widget=widget, ticks=0)
            return
        seen["ticks"] += 1
        if seen["ticks"] < STUCK_MODAL_SECONDS:
            return
        text = widget.text() if hasattr(widget, "text") else ""
        stuck.append(f"{type(widget).__name__} {widget.windowTitle()!r}: {text!r}")
        seen.update(widget=None, ticks=0)
        (widget.reject if hasattr(widget, "reject") else widget.close)()

    timer = QTimer()
    timer.setInterval(1000)
    timer.timeout.connect(check)
    timer.start()
    yield
    timer.stop()
    if stuck:
        pytest.fail("a modal dialog was left unanswered and closed by the watchdog: " + "; ".join(stuck))
