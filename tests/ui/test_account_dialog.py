"""Connecting an account from the window: token checked with a fake platform, kept in the
keychain; browser sign-in through the loopback; errors in words, nothing saved."""
import threading

import pytest
import requests

from app.services import accounts
from app.ui.dialogs.account_dialog import AccountDialog
from app.ui.tasks import TaskRunner
from tests.fakes.graph_fake import FakeFacebook, api_base, expired_token_response
from tests.fakes.oauth_fake import FakeOAuth
from tests.fakes.server import FakeServer
from tests.fakes.x_fake import XFake


@pytest.fixture
def ws(tmp_path, english):
    """A real (not demo) workspace: tokens are checked with the platform, kept in a keychain."""
    from app.secrets import MemoryStore
    from app.services.workspace import open_workspace
    workspace = open_workspace(str(tmp_path), credentials=MemoryStore(), user="Mette Jensen")
    yield workspace
    workspace.close()


def make(qtbot, ws):
    runner = TaskRunner()
    dialog = AccountDialog(ws, runner)
    qtbot.addWidget(dialog)
    return dialog, runner


def fill(dialog, platform, name, base_url, token, external_id=None):
    dialog.platform.setCurrentIndex(dialog.platform.findData(platform))
    dialog.name.setText(name)
    dialog.institution.setCurrentText("Viborg Kommune")
    dialog.base_url.setText(base_url)
    dialog.token.setText(token)
    if external_id:
        dialog.external_id.setText(external_id)


def test_connect_with_a_pasted_token(qtbot, ws):
    fb = FakeFacebook(token="page-token")
    with FakeServer(fb) as server:
        dialog, runner = make(qtbot, ws)
        fill(dialog, "facebook", "Viborg (Facebook)", api_base(server), "page-token", fb.page_id)
        with qtbot.waitSignal(dialog.connected, timeout=20000) as blocker:
            dialog.submit()
        account_id = blocker.args[0]
        info = {a.id: a for a in accounts.list_accounts(ws)}[account_id]
        assert info.institution == "Viborg Kommune" and info.external_id == fb.page_id
        assert any(r.path.endswith("/me") for r in fb.requests)      # checked with the platform
        assert "page-token" in ws.credentials._data.values()
        assert dialog.token.text() == ""
        runner.shutdown()


def test_refused_token_says_why_and_saves_nothing(qtbot, ws):
    fb = FakeFacebook(token="page-token")
    fb.inject(expired_token_response(), times=10)
    with FakeServer(fb) as server:
        dialog, runner = make(qtbot, ws)
        before = len(accounts.list_accounts(ws))
        fill(dialog, "facebook", "Viborg (Facebook)", api_base(server), "old-token", fb.page_id)
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.connect_button.isEnabled(), timeout=20000)
        assert "expired or revoked" in dialog.message.text()
        assert len(accounts.list_accounts(ws)) == before
        runner.shutdown()


def test_browser_sign_in_fills_the_token(qtbot, ws):
    auth, x = FakeOAuth(), XFake()
    with FakeServer(auth) as auth_server, FakeServer(x) as x_server:
        from app.connectors import oauth
        # Point the X provider at the fake for this test.
        original = oauth.PROVIDERS["x"]
        oauth.PROVIDERS["x"] = oauth.Provider("x", auth_server.url + "/authorize", auth_server.url + "/token",
                                              original.scopes)
        try:
            dialog, runner = make(qtbot, ws)
            dialog.open_browser = lambda url: threading.Thread(
                target=lambda: requests.get(url, timeout=10), daemon=True).start()
            fill(dialog, "x", "Kommunen på X", x_server.url + "/2", "")
            assert dialog.sign_in.isVisible() or not dialog.isVisible()
            dialog.client_id.setText("svarbox-client")
            dialog.browser_sign_in()
            qtbot.waitUntil(lambda: dialog.token.text() == auth.issued[-1] if auth.issued else False, timeout=20000)
            with qtbot.waitSignal(dialog.connected, timeout=20000):
                dialog.submit()
            refs = [ref for ref in ws.credentials._data if ref.endswith(":refresh")]
            assert refs, "the refresh token is kept in the keychain too"
            runner.shutdown()
        finally:
            oauth.PROVIDERS["x"] = original
