"""Per-account platform settings: validated, stored, and handed to the connector."""
import json

import pytest

from app.errors import UsageError
from app.secrets import MemoryStore
from app.services import accounts, platform_options
from app.services.inbound.sync import connector_for
from app.services.workspace import open_workspace


@pytest.fixture
def ws(tmp_path):
    ws = open_workspace(str(tmp_path), credentials=MemoryStore(), user="Mette Jensen")
    for platform, name in (("linkedin", "Viborg LinkedIn"), ("x", "Viborg X"), ("facebook", "Viborg FB")):
        accounts.add_account(ws, platform=platform, name=name, token="tok", external_id="2414183", verify=False)
    yield ws
    ws.close()


def test_linkedin_version_setting_reaches_the_connector(ws):
    platform_options.set_options(ws, "Viborg LinkedIn", linkedin_version="202603")
    info = next(a for a in accounts.list_accounts(ws) if a.name == "Viborg LinkedIn")
    from app.models import tables as t
    with ws.db.session() as s:
        account = s.get(t.Account, info.id)
        assert connector_for(ws, account).version == "202603"
    with pytest.raises(UsageError, match="202607"):
        platform_options.set_options(ws, "Viborg LinkedIn", linkedin_version="latest")
    platform_options.set_options(ws, "Viborg LinkedIn", linkedin_version="")      # back to the pinned one
    assert "linkedin_version" not in platform_options.get_options(ws, "Viborg LinkedIn")


def test_settings_refused_on_the_wrong_platform_and_nothing_changed(ws):
    with pytest.raises(UsageError, match="does not apply"):
        platform_options.set_options(ws, "Viborg FB", keywords="svømmehal")
    with pytest.raises(UsageError, match="on or off"):
        platform_options.set_options(ws, "Viborg FB", human_agent="maybe")
    assert platform_options.get_options(ws, "Viborg FB") == {}


def test_keywords_cleaned_and_monitoring_switch(ws):
    options = platform_options.set_options(ws, "Viborg X", keywords=" svømmehal ,  Viborg  kommune,svømmehal,",
                                           keyword_monitoring="on")
    assert options["keywords"] == ["svømmehal", "Viborg kommune"] and options["keyword_monitoring"] is True
    assert json.loads(json.dumps(platform_options.get_options(ws, "Viborg X"))) == options
