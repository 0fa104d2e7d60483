"""Connecting Facebook with the token people actually have: a User token is turned into the Page's
never-expiring token before it reaches the keychain; a short-lived one is refused in words."""
import pytest

from app.errors import KnownError
from app.secrets import MemoryStore
from app.services import accounts
from app.services.inbound.sync import sync_account
from app.services.workspace import open_workspace
from tests.fakes.graph_fake import FakeFacebook, api_base
from tests.fakes.server import FakeServer


def test_long_lived_user_token_is_stored_as_the_page_token(tmp_path):
    fb = FakeFacebook(token="page-token")
    fb.add_user_token("user-long", long_lived=True)
    fb.add_comment(fb.add_post("Vejarbejde på Torvet"), "Hvornår er I færdige?")
    with FakeServer(fb) as server:
        ws = open_workspace(str(tmp_path), credentials=MemoryStore(), user="Mette Jensen")
        info = accounts.add_account(ws, platform="facebook", name="Viborg", token="user-long",
                                    base_url=api_base(server), external_id=fb.page_id)
        stored = set(ws.credentials._data.values())
        assert "user-long" not in stored and stored == {"page-token-from-user-long"}
        assert sync_account(ws, info.id, sleep=lambda _s: None).ok
        ws.close()


def test_short_lived_token_is_refused_and_nothing_is_saved(tmp_path):
    fb = FakeFacebook(token="page-token")
    fb.add_user_token("user-short", long_lived=False)
    with FakeServer(fb) as server:
        ws = open_workspace(str(tmp_path), credentials=MemoryStore(), user="Mette Jensen")
        with pytest.raises(KnownError, match="long-lived User token"):
            accounts.add_account(ws, platform="facebook", name="Viborg", token="user-short",
                                 base_url=api_base(server), external_id=fb.page_id)
        assert accounts.list_accounts(ws) == [] and ws.credentials._data == {}
        ws.close()


# --- Facebook threads: which comments a Page reply on facebook.com answers -------------------------

def _thread_setup(tmp_path, server):
    ws = open_workspace(str(tmp_path), credentials=MemoryStore(), user="Mette Jensen")
    info = accounts.add_account(ws, platform="facebook", name="Viborg", token="page-token", base_url=api_base(server),
                                external_id="111222333")
    return ws, info


def _statuses(ws):
    from sqlalchemy import select

    from app.models import tables as t
    with ws.db.session() as s:
        return {text: status for text, status in s.execute(select(t.Item.text, t.Item.status))}


def test_page_reply_tagging_a_nested_commenter_answers_that_comment_only(tmp_path):
    from datetime import timedelta

    from app import clock as app_clock
    now = app_clock.now().replace(microsecond=0)
    fb = FakeFacebook(token="page-token")
    post = fb.add_post("Ny cykelsti", created=now - timedelta(hours=5))
    top = fb.add_comment(post, "Hvornår åbner den?", created=now - timedelta(hours=4),
                         author={"id": "201", "name": "Anna Jensen"})
    fb.add_comment(post, "Og bliver der lys?", created=now - timedelta(hours=3), parent=top,
                   author={"id": "202", "name": "Bo Holm"})
    with FakeServer(fb) as server:
        ws, info = _thread_setup(tmp_path, server)
        assert sync_account(ws, info.id, sleep=lambda _s: None).ok
        # On facebook.com the Page answers Bo in the thread, tagging him; Facebook files it under Anna's comment.
        fb.add_comment(post, "Bo Holm Ja, hele vejen.", parent=top, author="page",
                       tags=[{"id": "202", "name": "Bo Holm"}])
        assert sync_account(ws, info.id, sleep=lambda _s: None).ok
        statuses = _statuses(ws)
        assert statuses["Og bliver der lys?"] != "new" and statuses["Hvornår åbner den?"] == "new"
        ws.close()


def test_page_reply_without_tags_answers_the_threads_earlier_open_comments(tmp_path):
    from datetime import timedelta

    from app import clock as app_clock
    now = app_clock.now().replace(microsecond=0)
    fb = FakeFacebook(token="page-token")
    post = fb.add_post("Ny cykelsti", created=now - timedelta(hours=5))
    top = fb.add_comment(post, "Hvornår åbner den?", created=now - timedelta(hours=4),
                         author={"id": "201", "name": "Anna Jensen"})
    fb.add_comment(post, "Og bliver der lys?", created=now - timedelta(hours=3), parent=top,
                   author={"id": "202", "name": "Bo Holm"})
    with FakeServer(fb) as server:
        ws, info = _thread_setup(tmp_path, server)
        assert sync_account(ws, info.id, sleep=lambda _s: None).ok
        fb.add_comment(post, "Til jer begge: til maj, med lys.", parent=top, author="page")
        fb.add_comment(post, "Tak! Og fortov?", created=app_clock.now() + timedelta(minutes=1), parent=top,
                       author={"id": "203", "name": "Cai Berg"})
        assert sync_account(ws, info.id, sleep=lambda _s: None).ok
        statuses = _statuses(ws)
        assert statuses["Og bliver der lys?"] != "new" and statuses["Hvornår åbner den?"] != "new"
        assert statuses["Tak! Og fortov?"] == "new"          # written after the Page's answer
        ws.close()


# --- Instagram Login: the 60-day token is renewed before it runs out ------------------------------

def test_instagram_login_token_is_renewed_after_50_days(tmp_path, test_clock):
    import json

    from app import clock as app_clock
    from app.models import tables as t
    from app.services import platform_options
    from app.services.inbound.sync import refresh_instagram_token_if_due
    from tests.fakes.graph_fake import FakeInstagram
    ig = FakeInstagram(token="IGold")
    ig.instagram_login = True
    ig.token_issued["IGold"] = app_clock.now()
    with FakeServer(ig) as server:
        ws = open_workspace(str(tmp_path), credentials=MemoryStore(), user="Mette Jensen")
        info = accounts.add_account(ws, platform="instagram", name="Biblioteket", token="IGold",
                                    base_url=api_base(server), external_id=ig.user_id, handle=ig.username)
        platform_options.set_options(ws, "Biblioteket", login="instagram")
        # A brand-new token: Instagram refuses (it must be 24 hours old); counted from today.
        assert refresh_instagram_token_if_due(ws, info.id) is False
        assert ig.refreshed == [] and "IGold" in ws.credentials._data.values()
        test_clock.advance(days=49)
        assert not refresh_instagram_token_if_due(ws, info.id)
        test_clock.advance(days=2)
        assert refresh_instagram_token_if_due(ws, info.id)
        assert ig.refreshed == ["IGold"]
        new = next(v for v in ws.credentials._data.values() if v.startswith("IGrefreshed"))
        assert "IGold" not in ws.credentials._data.values() and new in ig.valid_tokens
        with ws.db.session() as s:
            assert json.loads(s.get(t.Account, info.id).options)["token_obtained_at"]
        assert sync_account(ws, info.id, sleep=lambda _s: None).ok     # the renewed token works
        ws.close()
