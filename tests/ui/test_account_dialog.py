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


def test_mastodon_browser_sign_in_registers_on_the_server_and_keeps_the_token_in_the_keychain(qtbot, ws):
    """Real HTTP: the dialog registers Svarbox on the fake server (POST /api/v1/apps with the
    loopback redirect), the "browser" approves and follows the redirect, the code is exchanged
    with the app's secret and PKCE, and Connect stores the token in the keychain only."""
    from tests.fakes.mastodon_fake import MastodonFake
    masto = MastodonFake(token="unused-seed-token")
    with FakeServer(masto) as server:
        dialog, runner = make(qtbot, ws)
        dialog.platform.setCurrentIndex(dialog.platform.findData("mastodon"))
        assert not dialog.sign_in.isHidden() and "API address" in dialog.sign_in_hint.text()
        dialog.name.setText("Malmö stad (Mastodon)")
        dialog.browser_sign_in()                       # no server address yet: said in words
        assert "server's address" in dialog.message.text() and not masto.apps
        dialog.base_url.setText(server.url)
        opened = []
        dialog.open_browser = lambda url: opened.append(url) or threading.Thread(
            target=lambda: requests.get(url, timeout=10), daemon=True).start()
        dialog.browser_sign_in()
        qtbot.waitUntil(lambda: bool(dialog.token.text()), timeout=20000)
        token = dialog.token.text()
        (app,) = masto.apps.values()
        assert app["redirect_uri"].startswith("http://127.0.0.1:") and "write:reports" in app["scopes"]
        assert "code_challenge=" in opened[0] and masto.tokens[token] == masto.me
        with qtbot.waitSignal(dialog.connected, timeout=20000) as blocker:
            dialog.submit()
        info = {a.id: a for a in accounts.list_accounts(ws)}[blocker.args[0]]
        assert info.platform == "mastodon" and info.external_id == masto.me
        assert token in ws.credentials._data.values() and dialog.token.text() == ""
        import sqlite3
        db = sqlite3.connect(str(ws.paths.sqlite_path))
        dump = "\n".join(db.iterdump())
        db.close()
        assert token not in dump                        # never in the database
        runner.shutdown()


def test_mastodon_sign_in_refused_by_the_server_says_why(qtbot, ws):
    from tests.fakes.mastodon_fake import MastodonFake, masto_error
    masto = MastodonFake()
    with FakeServer(masto) as server:
        masto.inject(masto_error(422, "Validation failed: Redirect URI must be an absolute URI."),
                     path_contains="/api/v1/apps")
        dialog, runner = make(qtbot, ws)
        dialog.platform.setCurrentIndex(dialog.platform.findData("mastodon"))
        dialog.base_url.setText(server.url)
        dialog.open_browser = lambda url: None
        dialog.browser_sign_in()
        qtbot.waitUntil(lambda: dialog.sign_in.isEnabled(), timeout=20000)
        assert "Redirect URI" in dialog.message.text() and dialog.token.text() == ""
        runner.shutdown()


def test_facebook_browser_sign_in_ends_with_the_page_token_in_the_keychain(qtbot, ws):
    """Facebook Login's manual flow over real HTTP: the login dialog (fake www.facebook.com)
    redirects to login_success.html with a short-lived token, the person pastes that address,
    Svarbox exchanges it with the app secret for a long-lived one and takes the Page's own
    token; Connect keeps only that, in the keychain. The app secret is never kept."""
    from tests.fakes.graph_fake import api_base
    from tests.fakes.meta_login_fake import LOGIN_SUCCESS, FacebookLoginFake
    fb = FacebookLoginFake(app_id="1234567890", app_secret="meta-app-secret", token="other-page-token")
    with FakeServer(fb) as server:
        dialog, runner = make(qtbot, ws)
        dialog.platform.setCurrentIndex(dialog.platform.findData("facebook"))
        assert not dialog.meta.isHidden() and LOGIN_SUCCESS in dialog.meta.intro.text()
        dialog.meta.dialog_base = server.url
        dialog.base_url.setText(api_base(server))
        dialog.client_id.setText("1234567890")
        opened = []
        dialog.open_browser = opened.append
        dialog.browser_sign_in()                              # no secret yet: said, nothing opened
        assert "App secret" in dialog.message.text() and not opened
        dialog.meta.secret.setText("meta-app-secret")
        dialog.browser_sign_in()
        (url,) = opened
        assert not dialog.meta.address.isHidden()
        landed = requests.get(url, allow_redirects=False, timeout=10).headers["Location"]
        dialog.meta.address.setText(landed)
        dialog.meta.finish()
        qtbot.waitUntil(lambda: bool(dialog.token.text()), timeout=20000)
        page_token = dialog.token.text()
        assert dialog.external_id.text() == fb.page_id and dialog.name.text() == fb.page_name
        assert dialog.meta.secret.text() == "" and dialog.meta.address.text() == ""
        with qtbot.waitSignal(dialog.connected, timeout=20000):
            dialog.submit()
        stored = list(ws.credentials._data.values())
        assert page_token in stored and "meta-app-secret" not in stored
        assert not any(t in stored for t in fb.issued)        # the short-lived token is not kept
        runner.shutdown()


def test_facebook_sign_in_with_a_wrong_secret_says_why(qtbot, ws):
    from tests.fakes.graph_fake import api_base
    from tests.fakes.meta_login_fake import FacebookLoginFake
    fb = FacebookLoginFake(app_id="1234567890", app_secret="meta-app-secret")
    with FakeServer(fb) as server:
        dialog, runner = make(qtbot, ws)
        dialog.platform.setCurrentIndex(dialog.platform.findData("facebook"))
        dialog.meta.dialog_base = server.url
        dialog.base_url.setText(api_base(server))
        dialog.client_id.setText("1234567890")
        dialog.meta.secret.setText("not-the-secret")
        opened = []
        dialog.open_browser = opened.append
        dialog.browser_sign_in()
        dialog.meta.address.setText(requests.get(opened[0], allow_redirects=False, timeout=10).headers["Location"])
        dialog.meta.finish()
        qtbot.waitUntil(lambda: dialog.meta.finish_button.isEnabled(), timeout=20000)
        assert "client secret" in dialog.message.text() and dialog.token.text() == ""
        runner.shutdown()


def test_mastodon_sign_in_with_a_code_when_the_browser_cannot_reach_this_computer(qtbot, ws):
    """Mastodon's out-of-band redirect (urn:ietf:wg:oauth:2.0:oob): the server shows the code,
    the person pastes it; a wrong code is refused in words."""
    import re

    from tests.fakes.mastodon_fake import OOB, MastodonFake
    masto = MastodonFake()
    with FakeServer(masto) as server:
        dialog, runner = make(qtbot, ws)
        dialog.platform.setCurrentIndex(dialog.platform.findData("mastodon"))
        dialog.base_url.setText(server.url)
        opened = []
        dialog.open_browser = opened.append
        dialog.mastodon_code.begin()
        qtbot.waitUntil(lambda: bool(opened), timeout=20000)
        (app,) = masto.apps.values()
        assert app["redirect_uri"] == OOB and not dialog.mastodon_code.code.isHidden()
        page = requests.get(opened[0], timeout=10)          # the consent page, then the code page
        code = re.search(r'value="([^"]+)"', page.text).group(1)
        dialog.mastodon_code.code.setText("not-the-code")
        dialog.mastodon_code.finish()
        qtbot.waitUntil(lambda: dialog.mastodon_code.finish_button.isEnabled(), timeout=20000)
        assert "refused" in dialog.message.text() and dialog.token.text() == ""
        dialog.mastodon_code.begin()                          # a fresh registration and code
        qtbot.waitUntil(lambda: len(opened) == 2, timeout=20000)
        page = requests.get(opened[1], timeout=10)
        code = re.search(r'value="([^"]+)"', page.text).group(1)
        dialog.mastodon_code.code.setText(code)
        dialog.mastodon_code.finish()
        qtbot.waitUntil(lambda: bool(dialog.token.text()), timeout=20000)
        assert masto.tokens[dialog.token.text()] == masto.me
        runner.shutdown()
