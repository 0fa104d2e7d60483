"""OAuth 2.0 with PKCE and a loopback redirect, against a fake authorisation server."""
import threading

import pytest
import requests

from app.connectors import oauth
from app.connectors.base import AuthExpired, Permanent
from app.secrets import MemoryStore
from app.services import accounts
from app.services.sync import sync_account
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
