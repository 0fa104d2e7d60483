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
