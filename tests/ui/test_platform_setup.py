"""The per-platform parts of connecting an account: X's callback URLs, keywords and cost;
Google's client secret and 7-day warning; settings of an existing account changed in the window."""
import threading

import pytest
import requests

from app.connectors import oauth
from app.services import accounts, platform_options
from app.ui.dialogs.account_dialog import AccountDialog
from app.ui.dialogs.platform_setup import PlatformSettingsDialog
from app.ui.tasks import TaskRunner
from tests.fakes.oauth_fake import FakeOAuth
from tests.fakes.server import FakeServer
from tests.fakes.x_fake import XFake


@pytest.fixture
def ws(tmp_path, english):
    from app.secrets import MemoryStore
    from app.services.workspace import open_workspace
    workspace = open_workspace(str(tmp_path), credentials=MemoryStore(), user="Mette Jensen")
    yield workspace
    workspace.close()


def make(qtbot, ws):
    runner = TaskRunner()
    dialog = AccountDialog(ws, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, runner


def choose(dialog, platform):
    dialog.platform.setCurrentIndex(dialog.platform.findData(platform))


def test_x_shows_the_exact_callback_urls_keywords_and_a_cost(qtbot, ws):
    x = XFake()
    with FakeServer(x) as server:
        dialog, runner = make(qtbot, ws)
        choose(dialog, "x")
        setup = dialog.setup
        assert setup.x_callbacks.isVisible() and not setup.testing_warning.isVisible()
        assert setup.x_callbacks.toPlainText().splitlines() == oauth.redirect_uris(oauth.PROVIDERS["x"])
        without = setup.cost.text()
        setup.monitoring.setChecked(True)
        assert setup.cost.text() != without and "dollars" in setup.cost.text()
        setup.keywords.setText("svømmehal, Viborg Kommune")
        dialog.name.setText("Kommunen på X")
        dialog.base_url.setText(server.url + "/2")
        dialog.token.setText("x-token")
        with qtbot.waitSignal(dialog.connected, timeout=20000):
            dialog.submit()
        options = platform_options.get_options(ws, "Kommunen på X")
        assert options["keywords"] == ["svømmehal", "Viborg Kommune"] and options["keyword_monitoring"] is True
        runner.shutdown()


def test_youtube_asks_for_the_client_secret_and_warns_about_testing(qtbot, ws):
    dialog, runner = make(qtbot, ws)
    choose(dialog, "youtube")
    assert dialog.setup.client_secret.isVisible() and dialog.setup.testing_warning.isVisible()
    assert "7 days" in dialog.setup.testing_warning.text()
    assert not dialog.setup.x_callbacks.isVisible()
    opened = []
    dialog.open_browser = opened.append
    dialog.client_id.setText("svarbox-client.apps.googleusercontent.com")
    dialog.browser_sign_in()
    assert "client secret" in dialog.message.text() and opened == []      # refused before the browser
    runner.shutdown()


def test_youtube_sign_in_sends_the_secret_and_keeps_it_in_the_keychain(qtbot, ws):
    auth = FakeOAuth(client_secret="desktop-secret")
    with FakeServer(auth) as auth_server:
        original = oauth.PROVIDERS["youtube"]
        oauth.PROVIDERS["youtube"] = oauth.Provider("youtube", auth_server.url + "/authorize",
                                                    auth_server.url + "/token", original.scopes, original.extra,
                                                    needs_client_secret=True)
        try:
            dialog, runner = make(qtbot, ws)
            choose(dialog, "youtube")
            dialog.open_browser = lambda url: threading.Thread(
                target=lambda: requests.get(url, timeout=10), daemon=True).start()
            dialog.client_id.setText("svarbox-client")
            dialog.setup.client_secret.setText("desktop-secret")
            dialog.browser_sign_in()
            qtbot.waitUntil(lambda: bool(auth.issued) and dialog.token.text() == auth.issued[-1], timeout=20000)
            exchange = [r for r in auth.requests if r.path == "/token"][-1]
            assert exchange.form["client_secret"] == "desktop-secret"
            dialog.name.setText("Kanalen")
            dialog.external_id.setText("UC123")
            values_before = dict(ws.credentials._data)
            # No YouTube fake here: connect without the platform check, as the CLI's --no-verify does.
            info = accounts.add_account(ws, platform="youtube", name="Kanalen", token=dialog.token.text(),
                                        verify=False, refresh_token="r", oauth={"client_id": "svarbox-client"},
                                        client_secret=dialog.setup.secret())
            assert len(ws.credentials._data) == len(values_before) + 3
            assert "desktop-secret" in ws.credentials._data.values()
            assert "desktop-secret" not in str(platform_options.get_options(ws, info.name))
            runner.shutdown()
        finally:
            oauth.PROVIDERS["youtube"] = original


def test_keywords_of_an_existing_account_are_changed_in_the_window(qtbot, ws):
    accounts.add_account(ws, platform="x", name="Kommunen på X", token="t", external_id="1", verify=False)
    runner = TaskRunner()
    dialog = PlatformSettingsDialog(ws, runner, "Kommunen på X", "x")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    dialog.panel.keywords.setText("bibliotek")
    dialog.panel.monitoring.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save()
    assert platform_options.get_options(ws, "Kommunen på X") == {"keywords": ["bibliotek"],
                                                                 "keyword_monitoring": True}
    runner.shutdown()


def test_a_bad_linkedin_version_is_refused_in_words(qtbot, ws):
    accounts.add_account(ws, platform="linkedin", name="Kommunen på LinkedIn", token="t", external_id="1",
                         verify=False)
    runner = TaskRunner()
    dialog = PlatformSettingsDialog(ws, runner, "Kommunen på LinkedIn", "linkedin")
    qtbot.addWidget(dialog)
    dialog.panel.linkedin_version.setText("newest")
    dialog.save()
    qtbot.waitUntil(lambda: "202607" in dialog.message.text(), timeout=10000)
    assert "linkedin_version" not in platform_options.get_options(ws, "Kommunen på LinkedIn")
    runner.shutdown()


def test_composer_offers_a_private_reply_only_where_the_platform_has_one():
    from types import SimpleNamespace

    from app.ui.widgets.composer import available_actions, platform_capabilities
    def row(kind, status="new"):
        return SimpleNamespace(kind=kind, status=status, can_reply=True, is_hidden=False)
    assert "private_reply" in available_actions(row("comment"), platform_capabilities("facebook"))
    assert "private_reply" in available_actions(row("reply"), platform_capabilities("instagram"))
    assert "private_reply" not in available_actions(row("message"), platform_capabilities("facebook"))
    assert "private_reply" not in available_actions(row("mention"), platform_capabilities("x"))
    assert "private_reply" not in available_actions(row("comment", "answered"), platform_capabilities("facebook"))


def test_instagram_login_and_page_are_set_in_the_window(qtbot, ws):
    accounts.add_account(ws, platform="instagram", name="Biblioteket", token="t", external_id="1784", verify=False)
    runner = TaskRunner()
    dialog = PlatformSettingsDialog(ws, runner, "Biblioteket", "instagram")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    dialog.panel.instagram_login.setChecked(True)
    dialog.panel.page_id.setText("not a number")
    dialog.save()
    qtbot.waitUntil(lambda: "number" in dialog.message.text(), timeout=10000)
    dialog.panel.page_id.setText("111222333")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save()
    assert platform_options.get_options(ws, "Biblioteket") == {"login": "instagram", "page_id": "111222333"}
    runner.shutdown()
