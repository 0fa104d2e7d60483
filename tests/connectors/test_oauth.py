"""OAuth 2.0 with PKCE and a loopback redirect, against a fake authorisation server."""
import json
import threading

import pytest
import requests

from app.connectors import oauth
from app.connectors.base import AuthExpired, Permanent
from app.secrets import MemoryStore
from app.services import accounts
from app.services.inbound.sync import sync_account
from app.services.workspace import open_workspace
from tests.fakes.oauth_fake import FakeOAuth
from tests.fakes.server import FakeServer
from tests.fakes.x_fake import XFake, x_unauthorized


def browser(url):
    """Stand-in for the user's browser: follow the consent page's redirect to the loopback."""
    threading.Thread(target=lambda: requests.get(url, timeout=10), daemon=True).start()


def test_pkce_pair_is_s256():
    import base64
    import hashlib
    verifier, challenge = oauth.make_pkce()
    assert 43 <= len(verifier) <= 128
    assert challenge == base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


def test_sign_in_through_the_loopback_and_refresh():
    fake = FakeOAuth()
    with FakeServer(fake) as server:
        tokens = oauth.sign_in(oauth.PROVIDERS["x"], "svarbox-client", browser, timeout=20,
                               authorize_url=server.url + "/authorize", token_url=server.url + "/token")
        assert tokens.access_token == fake.issued[-1] and tokens.refresh_token
        assert "access-" not in repr(tokens)
        renewed = oauth.refresh(oauth.PROVIDERS["x"], "svarbox-client", tokens.refresh_token,
                                token_url=server.url + "/token")
        assert renewed.access_token != tokens.access_token and renewed.access_token == fake.issued[-1]
        with pytest.raises(AuthExpired):       # the rotated-out refresh token is dead
            oauth.refresh(oauth.PROVIDERS["x"], "svarbox-client", tokens.refresh_token,
                          token_url=server.url + "/token")


def test_refused_consent_and_forged_state():
    fake = FakeOAuth(grant=False)
    with FakeServer(fake) as server:
        with pytest.raises(AuthExpired, match="not granted"):
            oauth.sign_in(oauth.PROVIDERS["x"], "svarbox-client", browser, timeout=20,
                          authorize_url=server.url + "/authorize", token_url=server.url + "/token")

    def forged(url):
        from urllib.parse import parse_qs, urlparse
        redirect_uri = parse_qs(urlparse(url).query)["redirect_uri"][0]
        threading.Thread(target=lambda: requests.get(redirect_uri + "?code=x&state=forged", timeout=10),
                         daemon=True).start()

    with pytest.raises(Permanent, match="did not match"):
        oauth.sign_in(oauth.PROVIDERS["x"], "svarbox-client", forged, timeout=20,
                      authorize_url="http://127.0.0.1:9/authorize", token_url="http://127.0.0.1:9/token")


def test_expired_access_token_is_renewed_during_sync(tmp_path):
    auth, x = FakeOAuth(), XFake()
    citizen = x.add_user("borger", "En Borger")
    x.mention(citizen, "hvornår åbner svømmehallen?")
    with FakeServer(auth) as auth_server, FakeServer(x) as x_server:
        tokens = oauth.sign_in(oauth.PROVIDERS["x"], "svarbox-client", browser, timeout=20,
                               authorize_url=auth_server.url + "/authorize", token_url=auth_server.url + "/token")
        store = MemoryStore()
        ws = open_workspace(str(tmp_path), credentials=store, user="Mette")
        info = accounts.add_account(ws, platform="x", name="Kommunen på X", token=tokens.access_token,
                                    refresh_token=tokens.refresh_token, base_url=x_server.url + "/2",
                                    oauth={"client_id": "svarbox-client", "token_url": auth_server.url + "/token"})
        x.inject(x_unauthorized(), times=1)          # the access token has run out
        result = sync_account(ws, info.id, sleep=lambda _s: None)
        assert result.ok and result.new_items == 1
        new_access = auth.issued[-1]
        assert new_access != tokens.access_token
        with ws.db.session() as s:
            from app.models import tables as t
            ref = s.get(t.Account, info.id).credential_ref
        assert store.get(ref) == new_access
        assert x.requests[-1].headers["Authorization"] == f"Bearer {new_access}"
        ws.close()


def test_a_busy_token_endpoint_pauses_or_retries_the_sync_and_never_asks_to_reconnect(tmp_path):
    """A 429 or a 5xx from the token endpoint while renewing an expired access token is not a
    refused sign-in: the account waits for the announced moment (or retries), keeps its
    refresh token, and renews once the endpoint answers (found by the chaos run on Bluesky)."""
    from werkzeug.wrappers import Response

    from app.models import tables as t
    auth, x = FakeOAuth(), XFake()
    citizen = x.add_user("borger", "En Borger")
    x.mention(citizen, "hvornår åbner svømmehallen?")
    with FakeServer(auth) as auth_server, FakeServer(x) as x_server:
        tokens = oauth.sign_in(oauth.PROVIDERS["x"], "svarbox-client", browser, timeout=20,
                               authorize_url=auth_server.url + "/authorize", token_url=auth_server.url + "/token")
        ws = open_workspace(str(tmp_path), credentials=MemoryStore(), user="Mette")
        info = accounts.add_account(ws, platform="x", name="Kommunen på X", token=tokens.access_token,
                                    refresh_token=tokens.refresh_token, base_url=x_server.url + "/2",
                                    oauth={"client_id": "svarbox-client", "token_url": auth_server.url + "/token"})
        x.inject(x_unauthorized(), times=1)
        auth.inject(Response("Too Many Requests", 429, {"Retry-After": "120"}), path_contains="/token")
        result = sync_account(ws, info.id, sleep=lambda _s: None)
        assert result.status == "paused" and result.paused_until is not None
        with ws.db.session() as s:
            assert s.get(t.Account, info.id).status != "needs_reconnect"
        x.inject(x_unauthorized(), times=1)
        auth.inject(Response("<html>Bad Gateway</html>", 502), path_contains="/token")
        result = sync_account(ws, info.id, sleep=lambda _s: None, force=True)
        assert result.ok and result.new_items == 1       # retried: the second renewal worked
        assert x.requests[-1].headers["Authorization"] == f"Bearer {auth.issued[-1]}"
        ws.close()


# --- December 2026: X's registered callback URLs, Google's client secret --------------------------

def _free(port: int) -> bool:
    import socket
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)     # as http.server does
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def test_x_sign_in_listens_on_a_registered_fixed_port():
    registered = set(oauth.redirect_uris(oauth.PROVIDERS["x"]))
    assert registered == {f"http://127.0.0.1:{p}/callback" for p in oauth.X_CALLBACK_PORTS}
    fake = FakeOAuth(registered_redirects=registered)
    with FakeServer(fake) as server:
        tokens = oauth.sign_in(oauth.PROVIDERS["x"], "svarbox-client", browser, timeout=20,
                               authorize_url=server.url + "/authorize", token_url=server.url + "/token")
    assert tokens.access_token == fake.issued[-1] and fake.refused_redirects == []


def test_x_sign_in_moves_to_the_next_registered_port_when_one_is_taken():
    import socket
    ports = oauth.X_CALLBACK_PORTS
    if not _free(ports[0]):
        pytest.skip("the first sign-in port is in use on this machine")
    fake = FakeOAuth(registered_redirects=set(oauth.redirect_uris(oauth.PROVIDERS["x"])))
    with socket.socket() as blocker, FakeServer(fake) as server:
        blocker.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        blocker.bind(("127.0.0.1", ports[0]))
        blocker.listen()
        seen = []

        def watching_browser(url):
            from urllib.parse import parse_qs, urlparse
            seen.append(parse_qs(urlparse(url).query)["redirect_uri"][0])
            browser(url)
        oauth.sign_in(oauth.PROVIDERS["x"], "svarbox-client", watching_browser, timeout=20,
                      authorize_url=server.url + "/authorize", token_url=server.url + "/token")
    assert seen and seen[0] != f"http://127.0.0.1:{ports[0]}/callback" and seen[0] in oauth.redirect_uris(
        oauth.PROVIDERS["x"])


def test_fake_x_refuses_an_unregistered_callback():
    fake = FakeOAuth(registered_redirects={"http://127.0.0.1:1/callback"})
    with FakeServer(fake) as server:
        with pytest.raises(Exception, match="No answer from the browser"):
            oauth.sign_in(oauth.PROVIDERS["x"], "svarbox-client", browser, timeout=2,
                          authorize_url=server.url + "/authorize", token_url=server.url + "/token")
    assert fake.refused_redirects and fake.issued == []


def test_google_needs_the_client_secret_for_sign_in_and_refresh():
    youtube = oauth.PROVIDERS["youtube"]
    fake = FakeOAuth(client_secret="desktop-secret")
    with FakeServer(fake) as server:
        urls = dict(authorize_url=server.url + "/authorize", token_url=server.url + "/token")
        with pytest.raises(Permanent) as info:                     # said before anything is sent
            oauth.sign_in(youtube, "svarbox-client", browser, timeout=20, **urls)
        assert info.value.code == "no-client-secret" and "secret" in info.value.message
        tokens = oauth.sign_in(youtube, "svarbox-client", browser, timeout=20, client_secret="desktop-secret",
                               **urls)
        # The fake refuses a refresh without the secret, as Google does.
        refused = requests.post(urls["token_url"], data={"grant_type": "refresh_token", "client_id": "svarbox-client",
                                                         "refresh_token": tokens.refresh_token}, timeout=10)
        assert refused.status_code == 400 and refused.json()["error"] == "invalid_request"
        renewed = oauth.refresh(youtube, "svarbox-client", tokens.refresh_token, client_secret="desktop-secret",
                                token_url=urls["token_url"])
        assert renewed.access_token == fake.issued[-1]


def test_sync_renews_with_the_client_secret_from_the_keychain(tmp_path):
    from tests.fakes.youtube_fake import YouTubeFake, yt_unauthorized
    auth, yt = FakeOAuth(client_secret="desktop-secret"), YouTubeFake()
    video = yt.add_video("Byrådsmøde")
    yt.add_comment(video, "Borger", "Hvornår behandles punkt 4?")
    with FakeServer(auth) as auth_server, FakeServer(yt) as yt_server:
        tokens = oauth.sign_in(oauth.PROVIDERS["youtube"], "svarbox-client", browser, timeout=20,
                               client_secret="desktop-secret", authorize_url=auth_server.url + "/authorize",
                               token_url=auth_server.url + "/token")
        store = MemoryStore()
        ws = open_workspace(str(tmp_path), credentials=store, user="Mette")
        info = accounts.add_account(ws, platform="youtube", name="Kanalen", token=tokens.access_token,
                                    external_id=yt.channel_id, refresh_token=tokens.refresh_token,
                                    base_url=yt_server.url + "/youtube/v3", client_secret="desktop-secret",
                                    oauth={"client_id": "svarbox-client", "token_url": auth_server.url + "/token"})
        from app.services import platform_options
        assert "desktop-secret" not in json.dumps(platform_options.get_options(ws, "Kanalen"))
        yt.inject(yt_unauthorized(), times=1)
        result = sync_account(ws, info.id, sleep=lambda _s: None)
        assert result.ok, result.message
        renew = [r for r in auth.requests if r.form.get("grant_type") == "refresh_token"][-1]
        assert renew.form["client_secret"] == "desktop-secret"
        accounts.remove_account(ws, "Kanalen")
        assert not [k for k in store._data if k.endswith(":client-secret")]
        ws.close()
