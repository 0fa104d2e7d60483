"""Business Login for Instagram over real HTTP against the fake Instagram server: the
authorization window, the pasted address (with Meta's trailing ``#_``), the code exchange, the
60-day token and its renewal; what Meta refuses is refused (an unregistered redirect URI, a
missing or wrong app secret, a reused or expired code, another redirect at the exchange, a
renewal before the token is 24 hours old, a person who said no)."""
from __future__ import annotations

import pytest
import requests

from app.connectors import instagram_login as il
from app.connectors.base import AuthExpired, ConnectorConfig, Permanent
from app.connectors.instagram import InstagramConnector
from tests.fakes.graph_fake import api_base
from tests.fakes.instagram_login_fake import InstagramLoginFake
from tests.fakes.server import FakeServer

APP_ID, SECRET, REDIRECT = "990602627938098", "ig-app-secret", "https://localhost/"


@pytest.fixture
def ig():
    fake = InstagramLoginFake(app_id=APP_ID, app_secret=SECRET, redirect_uris=(REDIRECT,), token="IGother")
    with FakeServer(fake) as server:
        fake.window, fake.token_url, fake.base = (server.url + "/oauth/authorize", server.url + "/oauth/access_token",
                                                  api_base(server))
        yield fake


def browser(url: str) -> str:
    """The person's browser: the window approves and redirects; the address it lands on."""
    answer = requests.get(url, allow_redirects=False, timeout=10)
    assert answer.status_code == 302, answer.text
    return answer.headers["Location"]


def login(ig, redirect: str = REDIRECT):
    return il.start(APP_ID, redirect, authorize_url=ig.window)


def test_the_whole_flow_ends_with_a_60_day_token_for_the_accounts_user_id(ig):
    request = login(ig)
    assert "response_type=code" in request.url and "instagram_business_manage_comments" in request.url
    address = browser(request.url)
    assert address.startswith(REDIRECT + "?code=") and address.endswith("#_")
    signed = il.finish(request, address, SECRET, token_url=ig.token_url, base_url=ig.base)
    assert signed.user_id == ig.user_id and signed.username == ig.username
    assert signed.token in ig.long_tokens and signed.expires_in == 5183944 and signed.token not in repr(signed)
    assert not signed.token.startswith("IGshort")
    # The connector knows the account by user_id, not /me's app-scoped id.
    connector = InstagramConnector(ConnectorConfig(None, signed.token, base_url=ig.base, extra={"login": "instagram"}))
    assert connector.whoami().external_id == ig.user_id
    # The secret went to the two exchanges only, never to the API calls after them.
    with_secret = [r.path for r in ig.requests if SECRET in (r.form.get("client_secret"), r.args.get("client_secret"))]
    assert with_secret == ["/oauth/access_token", "/v25.0/access_token"]


def test_an_unregistered_redirect_uri_is_refused_by_the_window(ig):
    for redirect in ("https://localhost", "https://localhost/callback", "https://svarbox.example/"):
        answer = requests.get(login(ig, redirect).url, allow_redirects=False, timeout=10)
        assert answer.status_code == 400 and "redirect_uri" in answer.text
    with pytest.raises(Permanent, match="https"):
        il.start(APP_ID, "http://127.0.0.1:8765/callback")
    with pytest.raises(Permanent, match="App ID"):
        il.start("my-app", REDIRECT)


def test_a_missing_or_wrong_secret_is_refused(ig):
    request = login(ig)
    address = browser(request.url)
    with pytest.raises(Permanent, match="app secret"):
        il.finish(request, address, "  ", token_url=ig.token_url, base_url=ig.base)
    with pytest.raises(AuthExpired, match="Invalid Client Secret"):
        il.finish(request, address, "not-the-secret", token_url=ig.token_url, base_url=ig.base)
    # The fake says no to a missing secret on the wire too, as api.instagram.com does.
    code = il.code_from_address(request, address)
    answer = requests.post(ig.token_url, data={"client_id": APP_ID, "grant_type": "authorization_code",
                                               "redirect_uri": REDIRECT, "code": code}, timeout=10)
    assert answer.status_code == 400 and "client_secret" in answer.json()["error_message"]
    # ... and the long-lived exchange refuses a wrong secret.
    short, _user = il.exchange_code(APP_ID, SECRET, REDIRECT, code, token_url=ig.token_url)
    with pytest.raises(AuthExpired, match="client secret"):
        il.long_lived("not-the-secret", short, base_url=ig.base)


def test_a_code_works_once_and_for_one_hour_only(ig, test_clock):
    request = login(ig)
    address = browser(request.url)
    il.finish(request, address, SECRET, token_url=ig.token_url, base_url=ig.base)
    with pytest.raises(AuthExpired, match="already used"):
        il.finish(request, address, SECRET, token_url=ig.token_url, base_url=ig.base)
    late = login(ig)
    late_address = browser(late.url)
    test_clock.advance(minutes=61)
    with pytest.raises(AuthExpired, match="expired"):
        il.finish(late, late_address, SECRET, token_url=ig.token_url, base_url=ig.base)


def test_the_exchange_needs_the_same_redirect_uri(ig):
    ig.apps[APP_ID]["redirect_uris"].append("https://www.viborg.dk/svarbox/")
    request = login(ig, "https://www.viborg.dk/svarbox/")
    code = il.code_from_address(request, browser(request.url))
    with pytest.raises(AuthExpired, match="redirect_uri is identical"):
        il.exchange_code(APP_ID, SECRET, REDIRECT, code, token_url=ig.token_url)


def test_the_pasted_address_is_checked(ig):
    request = login(ig)
    address = browser(request.url)
    with pytest.raises(Permanent, match="starts with https://localhost/"):
        il.code_from_address(request, "https://www.instagram.com/")
    other = login(ig)
    with pytest.raises(Permanent, match="state"):
        il.code_from_address(other, address)
    ig.denied = True
    with pytest.raises(AuthExpired, match="not allowed"):
        il.code_from_address(request, browser(login(ig).url))   # the error comes before the state


def test_renewal_is_refused_until_the_token_is_24_hours_old(ig, test_clock):
    request = login(ig)
    signed = il.finish(request, browser(request.url), SECRET, token_url=ig.token_url, base_url=ig.base)
    connector = InstagramConnector(ConnectorConfig(ig.user_id, signed.token, base_url=ig.base,
                                                   extra={"login": "instagram"}))
    with pytest.raises(Exception, match="less than 24 hours"):
        connector.refresh_long_lived_token()
    test_clock.advance(hours=24, minutes=1)
    token, seconds = connector.refresh_long_lived_token()
    assert token != signed.token and seconds == 5183944 and ig.refreshed == [signed.token]


def test_an_instagram_login_account_is_not_polled_for_tags_which_that_api_lacks(ig):
    """Instagram Login "doesn't support ads, insights or tagging": the fake refuses /tags for it,
    and the connector does not ask (a refusal would stop the whole sync); comments still come."""
    ig.add_tagged_media("Flot legeplads @aarby_kommune")
    ig.add_comment(ig.add_media("Ny legeplads"), "Hvornår åbner den?")
    ig.valid_tokens.add("IGlong-test")
    connector = InstagramConnector(ConnectorConfig(ig.user_id, "IGlong-test", base_url=ig.base, handle=ig.username,
                                                   extra={"login": "instagram"}))
    items = [i for page in connector.fetch(None) for i in page.items]
    assert [i.text for i in items] == ["Hvornår åbner den?"]
    assert not any(r.path.endswith("/tags") for r in ig.requests)
    refused = requests.get(f"{ig.base}/{ig.user_id}/tags", headers={"Authorization": "Bearer IGlong-test"}, timeout=10)
    assert refused.status_code == 400 and "tags" in refused.json()["error"]["message"]


class _Stdin:
    """What a script pipes in: the app secret, then (once the browser was "opened") the address
    the browser ended on."""
    def __init__(self, secret: str):
        self.lines, self.opened = [secret], []

    def isatty(self) -> bool:
        return False

    def readline(self) -> str:
        if not self.lines and self.opened:
            self.lines.append(browser(self.opened.pop()))
        return (self.lines.pop(0) if self.lines else "") + "\n"


def test_cli_instagram_browser_sign_in_connects_the_account(ig, tmp_path, monkeypatch, capsys):
    import json

    from app import cli
    from app.commands import accounts as accounts_cmd
    from app.models import tables as t
    from app.secrets import MemoryStore
    from app.services.workspace import open_workspace
    store = MemoryStore()
    monkeypatch.setattr("app.services.workspace.default_store", lambda: store)
    stdin = _Stdin(SECRET)
    monkeypatch.setattr("sys.stdin", stdin)
    monkeypatch.setattr(accounts_cmd, "open_browser", stdin.opened.append)
    code = cli.main(["--data-dir", str(tmp_path), "--user", "Mette", "accounts", "add", "--platform", "instagram",
                     "--name", "Aarby (Instagram)", "--browser", "--app-id", APP_ID, "--base-url", ig.base,
                     "--login-base", ig.window, "--token-url", ig.token_url])
    assert code == 0, capsys.readouterr()
    assert f"({ig.user_id})" in capsys.readouterr().out
    [token] = store._data.values()
    assert token in ig.long_tokens and SECRET not in store._data.values()
    ws = open_workspace(str(tmp_path), credentials=store, user="Mette")
    try:
        with ws.db.session() as s:
            [account] = s.query(t.Account).all()
            assert (account.external_id, account.handle) == (ig.user_id, ig.username)
            options = json.loads(account.options)
        assert options["login"] == "instagram" and options["token_obtained_at"]
    finally:
        ws.close()
