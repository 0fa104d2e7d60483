"""The connector factory (services.connections) and the team's shared settings
(services.shared_settings), on real SQLite files and the in-memory credential store."""
from __future__ import annotations

import pytest

from app.connectors import base as cb
from app.connectors.demo import DemoConnector
from app.errors import UsageError
from app.models import tables as t
from app.secrets import MemoryStore
from app.services.outbound import connections
from app.services.team import shared_settings
from app.services.workspace import open_workspace
from tests.factories import make_account


@pytest.fixture()
def main_ws(tmp_path):
    ws = open_workspace(data_dir=str(tmp_path / "main"), user="Mette", credentials=MemoryStore())
    yield ws
    ws.close()


def test_a_demo_workspace_only_ever_gets_the_demo_platform(tmp_path):
    ws = open_workspace(data_dir=str(tmp_path), demo=True, user="Mette")
    try:
        with ws.db.session() as s:
            account = s.query(t.Account).filter(t.Account.platform == "facebook").first()
            connector = connections.connector_for(ws, account)
        assert isinstance(connector, DemoConnector)
    finally:
        ws.close()


def test_a_real_account_without_a_token_asks_to_reconnect_and_with_one_gets_its_connector(main_ws):
    with main_ws.db.session() as s:
        account = make_account(s, "Viborg Kommune (Facebook)", credential_ref="viborg-fb")
        s.expunge(account)
    with pytest.raises(cb.AuthExpired) as refused:
        connections.connector_for(main_ws, account)
    assert refused.value.code == "no-token" and "reconnect" in refused.value.message
    main_ws.credentials.set("viborg-fb", "EAAB-token")
    connector = connections.connector_for(main_ws, account)
    assert not isinstance(connector, DemoConnector)
    assert cb.Capability.REPLY in type(connector).capabilities


def test_shared_settings_fall_back_to_the_users_file_then_the_default(main_ws):
    assert shared_settings.setting_value(main_ws, "policy.default") == "hours:24"   # the declared default
    main_ws.settings.set("policy.default", "hours:8")
    assert shared_settings.setting_value(main_ws, "policy.default") == "hours:8"   # no team value yet
    with main_ws.db.session() as s:
        assert shared_settings.set_shared(s, "policy.default", "business_hours:4", "Mette") == "business_hours:4"
    assert shared_settings.setting_value(main_ws, "policy.default") == "business_hours:4"  # the team's wins


def test_shared_settings_refuse_bad_values_and_personal_keys(main_ws):
    with main_ws.db.session() as s:
        with pytest.raises(UsageError):
            shared_settings.set_shared(s, "policy.default", "whenever", "Mette")
        with pytest.raises(UsageError):
            shared_settings.set_shared(s, "user.signature", "/Mette", "Mette")   # personal: the user's file
        with pytest.raises(UsageError):
            shared_settings.get_shared(s, "no.such.setting")
        assert set(shared_settings.shared_settings(s)) >= {"policy.default", "retention.days"}
