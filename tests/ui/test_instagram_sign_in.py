"""Instagram Login (Business Login for Instagram) from the real account dialog, over real HTTP
against the fake: the window, the pasted redirect address, the code exchange and the 60-day
token, kept in the keychain (a real Secret Service keyring where one runs) and never the app
secret; the token is checked at graph.instagram.com and renewed before its 60 days run out."""
import json
import os
import uuid

import pytest
import requests

from app.models import tables as t
from app.ui.dialogs.account_dialog import AccountDialog
from app.ui.tasks import TaskRunner
from tests.fakes.graph_fake import api_base
from tests.fakes.instagram_login_fake import InstagramLoginFake
from tests.fakes.server import FakeServer

APP_ID, SECRET = "990602627938098", "ig-app-secret"
has_secret_service = bool(os.environ.get("SVARBOX_SECRET_SERVICE") or os.environ.get("SVARBOX_REQUIRE_KEYCHAIN"))


@pytest.fixture(params=["memory", pytest.param("keyring", marks=pytest.mark.skipif(
    not has_secret_service, reason="needs a Secret Service (make test runs one under dbus-run-session)"))])
def ws(request, tmp_path, english):
    from app.secrets import KeyringStore, MemoryStore
    from app.services.workspace import open_workspace
    store = MemoryStore() if request.param == "memory" else KeyringStore(service=f"Svarbox-test-{uuid.uuid4().hex}")
    workspace = open_workspace(str(tmp_path), credentials=store, user="Mette Jensen")
    yield workspace
    workspace.close()


@pytest.fixture
def ig():
    fake = InstagramLoginFake(app_id=APP_ID, app_secret=SECRET, token="IGother")
    with FakeServer(fake) as server:
        fake.url, fake.base = server.url, api_base(server)
        yield fake


def dialog_for(qtbot, ws, ig):
    runner = TaskRunner()
    dialog = AccountDialog(ws, runner)
    qtbot.addWidget(dialog)
    dialog.platform.setCurrentIndex(dialog.platform.findData("instagram"))
    dialog.meta.instagram_authorize_url = ig.url + "/oauth/authorize"
    dialog.meta.instagram_token_url = ig.url + "/oauth/access_token"
    dialog.base_url.setText(ig.base)
    dialog.client_id.setText(APP_ID)
    opened: list[str] = []
    dialog.open_browser = opened.append
    return dialog, runner, opened


def landed(url: str) -> str:
    """The person's browser: Instagram's window redirects; the address bar's final address."""
    return requests.get(url, allow_redirects=False, timeout=10).headers["Location"]


def test_instagram_sign_in_keeps_only_the_60_day_token_and_renews_it(qtbot, ws, ig, test_clock):
    from app.services.inbound.sync import refresh_instagram_token_if_due
    dialog, runner, opened = dialog_for(qtbot, ws, ig)
    assert not dialog.meta.isHidden() and not dialog.meta.redirect.isHidden()
    assert "OAuth redirect URIs" in dialog.meta.intro.text() and dialog.meta.redirect.text() == "https://localhost/"
    dialog.browser_sign_in()                                   # no secret yet: said, nothing opened
    assert "app secret" in dialog.message.text() and not opened
    dialog.meta.secret.setText(SECRET)
    dialog.browser_sign_in()
    (url,) = opened
    assert url.startswith(ig.url + "/oauth/authorize?") and not dialog.meta.address.isHidden()
    dialog.meta.address.setText(landed(url))
    dialog.meta.finish()
    qtbot.waitUntil(lambda: bool(dialog.token.text()), timeout=20000)
    token = dialog.token.text()
    assert token in ig.long_tokens
    assert dialog.external_id.text() == ig.user_id and dialog.handle.text() == ig.username
    assert dialog.name.text() == ig.username and dialog.setup.instagram_login.isChecked()
    assert dialog.meta.secret.text() == "" and dialog.meta.address.text() == ""
    with qtbot.waitSignal(dialog.connected, timeout=20000) as blocker:
        dialog.submit()
    account_id = blocker.args[0]
    with ws.db.session() as s:
        account = s.get(t.Account, account_id)
        ref, options, external_id = account.credential_ref, json.loads(account.options), account.external_id
    assert external_id == ig.user_id and options["login"] == "instagram" and options["token_obtained_at"]
    assert ws.credentials.get(ref) == token
    assert SECRET not in json.dumps(options)
    if hasattr(ws.credentials, "_data"):
        stored = list(ws.credentials._data.values())
        assert stored == [token] and not any(s.startswith("IGshort") for s in stored)
    # Renewed after 50 days, well before 60; the keychain holds the new token.
    assert refresh_instagram_token_if_due(ws, account_id) is False
    test_clock.advance(days=51)
    assert refresh_instagram_token_if_due(ws, account_id) is True
    assert ig.refreshed == [token] and ws.credentials.get(ref) not in (None, token)
    runner.shutdown()


def test_instagram_sign_in_with_a_wrong_secret_says_why_and_keeps_nothing(qtbot, ws, ig):
    dialog, runner, opened = dialog_for(qtbot, ws, ig)
    dialog.meta.secret.setText("not-the-secret")
    dialog.browser_sign_in()
    dialog.meta.address.setText(landed(opened[0]))
    dialog.meta.finish()
    qtbot.waitUntil(lambda: dialog.meta.finish_button.isEnabled(), timeout=20000)
    assert "Invalid Client Secret" in dialog.message.text() and dialog.token.text() == ""
    runner.shutdown()


def test_instagram_sign_in_refuses_a_plain_http_redirect_in_words(qtbot, ws, ig):
    dialog, runner, opened = dialog_for(qtbot, ws, ig)
    dialog.meta.secret.setText(SECRET)
    dialog.meta.redirect.setText("http://127.0.0.1:8765/callback")
    dialog.browser_sign_in()
    assert not opened and "https" in dialog.message.text()
    runner.shutdown()
