"""Facebook Login for a desktop app over real HTTP against the fake Graph server: the dialog,
the pasted "Success" address, the long-lived exchange and the Page token; what Meta refuses
is refused (unregistered or insecure redirect URIs, a missing or wrong app secret, another
sign-in's state, a person who said no)."""
from __future__ import annotations

import pytest
import requests

from app.connectors import meta_login as ml
from app.connectors.base import AuthExpired, ConnectorConfig, Permanent
from app.connectors.facebook import FacebookConnector
from tests.fakes.graph_fake import api_base
from tests.fakes.meta_login_fake import LOGIN_SUCCESS, FacebookLoginFake
from tests.fakes.server import FakeServer

APP_ID, SECRET = "1234567890", "meta-app-secret"


@pytest.fixture
def fb():
    fake = FacebookLoginFake(app_id=APP_ID, app_secret=SECRET, token="some-page-token")
    with FakeServer(fake) as server:
        fake.url, fake.base = server.url, api_base(server)
        yield fake


def browser(url: str) -> str:
    """The person's browser: the dialog approves and redirects; the address it lands on."""
    answer = requests.get(url, allow_redirects=False, timeout=10)
    assert answer.status_code == 302, answer.text
    return answer.headers["Location"]


def test_the_whole_flow_ends_with_a_page_token_that_does_not_expire(fb):
    login = ml.start(APP_ID, dialog_base=fb.url)
    assert "response_type=token" in login.url and "login_success.html" in login.url
    address = browser(login.url)
    assert address.startswith(LOGIN_SUCCESS + "#access_token=")
    page = ml.finish(login, address, SECRET, base_url=fb.base)
    assert page.page_id == fb.page_id and page.page_token not in repr(page)
    assert fb.token_kinds[page.page_token] == {"type": "PAGE", "expires_at": 0}
    identity = FacebookConnector(ConnectorConfig(fb.page_id, page.page_token, base_url=fb.base)).whoami()
    assert identity.external_id == fb.page_id


def test_meta_refuses_what_it_refuses(fb):
    login = ml.start(APP_ID, dialog_base=fb.url)
    # An unregistered redirect URI (Strict Mode) and an http loopback in live mode.
    for redirect in ("https://www.facebook.com/connect/login_success.html?x=1", "http://127.0.0.1:8765/callback"):
        wrong = ml.start(APP_ID, dialog_base=fb.url, redirect_uri=redirect)
        answer = requests.get(wrong.url, allow_redirects=False, timeout=10)
        assert answer.status_code == 400
    fb.apps[APP_ID]["redirect_uris"].append("http://127.0.0.1:8765/callback")
    assert "Insecure Login Blocked" in requests.get(ml.start(APP_ID, dialog_base=fb.url,
                                                             redirect_uri="http://127.0.0.1:8765/callback").url,
                                                    allow_redirects=False, timeout=10).text
    unknown = requests.get(ml.start("999", dialog_base=fb.url).url, allow_redirects=False, timeout=10)
    assert unknown.status_code == 400 and "Invalid App ID" in unknown.text
    address = browser(login.url)
    with pytest.raises(Permanent) as no_secret:
        ml.finish(login, address, "", base_url=fb.base)
    assert no_secret.value.code == "no-secret"
    with pytest.raises(AuthExpired):          # Graph: "Error validating client secret."
        ml.finish(login, address, "wrong-secret", base_url=fb.base)
    other = ml.start(APP_ID, dialog_base=fb.url)
    with pytest.raises(Permanent) as mismatch:
        ml.token_from_address(other, address)
    assert mismatch.value.code == "state-mismatch"
    with pytest.raises(Permanent):
        ml.token_from_address(login, "https://evil.example/connect/login_success.html#access_token=x")
    fb.denied = True
    with pytest.raises(AuthExpired):
        ml.token_from_address(login, browser(login.url))
    with pytest.raises(Permanent):
        ml.start("not-a-number")


def test_a_page_the_person_cannot_act_for_is_named(fb):
    login = ml.start(APP_ID, dialog_base=fb.url)
    address = browser(login.url)
    with pytest.raises(Exception) as refused:
        ml.finish(login, address, SECRET, "424242", base_url=fb.base)
    assert "424242" in str(refused.value) and fb.page_id in str(refused.value)


class _Stdin:
    """What a script pipes in: the app secret, then (once the browser was "opened") the
    address Facebook ended on."""
    def __init__(self, secret: str):
        self.lines, self.opened = [secret], []

    def isatty(self) -> bool:
        return False

    def readline(self) -> str:
        if not self.lines and self.opened:
            self.lines.append(browser(self.opened.pop()))
        return (self.lines.pop(0) if self.lines else "") + "\n"


def test_cli_facebook_browser_sign_in_connects_the_page(fb, tmp_path, monkeypatch, capsys):
    from app import cli
    from app.commands import accounts as accounts_cmd
    from app.secrets import MemoryStore
    from app.services import accounts
    from app.services.workspace import open_workspace
    store = MemoryStore()
    monkeypatch.setattr("app.services.workspace.default_store", lambda: store)
    stdin = _Stdin(SECRET)
    monkeypatch.setattr("sys.stdin", stdin)
    monkeypatch.setattr(accounts_cmd, "open_browser", stdin.opened.append)
    code = cli.main(["--data-dir", str(tmp_path), "--user", "Mette", "accounts", "add", "--platform", "facebook",
                     "--name", "Aarby (Facebook)", "--browser", "--app-id", APP_ID, "--base-url", fb.base,
                     "--login-base", fb.url])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert fb.page_name in out and "access_token" not in out and not any(t in out for t in fb.issued)
    assert SECRET not in out + err
    ws = open_workspace(str(tmp_path), credentials=store, user="Mette")
    (info,) = accounts.list_accounts(ws)
    assert info.external_id == fb.page_id
    assert SECRET not in store._data.values() and any(v.startswith("page-token-from-") for v in store._data.values())
    ws.close()
