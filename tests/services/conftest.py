"""Service-level tests: a real SQLite file per test, the app clock frozen at the suite's test
moment (advanced only by the test), and the demo platform as the fake connector (it refuses
what platforms refuse and can be told to fail before or after a write)."""
from __future__ import annotations

import json

import pytest

from app import clock as app_clock
from app.connectors import base as cb
from app.connectors.demo import DemoConnector
from app.connectors.demo_data import ACCOUNTS
from app.services.workspace import open_workspace
from tests import factories as f
from tests.timekit import TEST_NOW

ME = "Mette Jensen"
DEMO_FB = next(a for a in ACCOUNTS if a.platform == "facebook")


@pytest.fixture()
def fixed_clock():
    """The app clock stands still at the test moment; a test moves it on with ``advance``."""
    frozen = app_clock.FixedClock(TEST_NOW)
    previous = app_clock.install(frozen)
    yield frozen
    app_clock.install(previous)


@pytest.fixture()
def ws(tmp_path, fixed_clock):
    """An empty workspace on a real SQLite file (no demo seed: the test builds its data)."""
    workspace = open_workspace(data_dir=str(tmp_path), user=ME)
    yield workspace
    workspace.close()


@pytest.fixture()
def demo_account(ws):
    """A Facebook account that talks to the demo platform (its script is the real demo Page's)."""
    with ws.db.session() as s:
        account = f.make_account(s, DEMO_FB.name, platform="facebook", external_id=DEMO_FB.external_id,
                                 institution="Viborg Kommune", options=json.dumps({"demo": True}))
        return account.id


@pytest.fixture()
def platform(ws, demo_account, fixed_clock):
    """The demo platform behind ``demo_account``, one instance shared by every send of a test
    so ``fail_next`` reaches the send under test."""
    config = cb.ConnectorConfig(account_external_id=DEMO_FB.external_id, token="")
    return DemoConnector(config, platform="facebook", state_path=ws.paths.data_dir / "demo-platform.json",
                         clock=fixed_clock.now)


def comment(ws, account_id, *, minutes_ago=30, text="Hvornår åbner svømmehallen igen?", **fields) -> int:
    """A new citizen comment on the account, received ``minutes_ago`` before now."""
    from datetime import timedelta
    with ws.db.session() as s:
        from app.models import tables as t
        account = s.get(t.Account, account_id)
        item = f.make_item(s, account, app_clock.now() - timedelta(minutes=minutes_ago), text=text, **fields)
        return item.id
