"""Attachments end to end: a Facebook comment that is only a photo, a Messenger sticker and a
picture, synced as metadata; the list says "[Photo]" instead of nothing; the picture is loaded
only on request from the (fake) CDN, without a token, cached in the data folder, refused when it
is too large or not a picture, and deleted by "forget this person" and by retention."""
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from app import clock as app_clock
from app.errors import NotFoundError, UsageError
from app.models import tables as t
from app.secrets import MemoryStore
from app.services import accounts, attachments
from app.services.inbound import inbox
from app.services.inbound.sync import sync_account
from app.services.outbound import actions
from app.services.records import retention
from app.services.workspace import open_workspace
from tests.fakes.cdn_fake import FakeCdn, png_bytes
from tests.fakes.graph_fake import FakeFacebook, api_base
from tests.fakes.server import FakeServer


def _ago(minutes):
    return app_clock.now().replace(microsecond=0) - timedelta(minutes=minutes)


@pytest.fixture
def world(tmp_path):
    fb, cdn = FakeFacebook(token="tok"), FakeCdn()
    with FakeServer(fb) as fb_server, FakeServer(cdn) as cdn_server:
        base = cdn_server.url.rstrip("/") + "/media/"
        cdn.add("photo.png", png_bytes())
        cdn.add("big.png", b"\x89PNG" + b"0" * (10 * 1024 * 1024 + 10))
        cdn.add("page.html", b"<html><script>alert(1)</script></html>", "text/html")
        cdn.add("sticker.png", png_bytes(2, 2))
        post = fb.add_post("Vejarbejde på Søndergade fra mandag", created=_ago(300))
        photo = fb.add_comment(post, None, created=_ago(120), attachment={
            "type": "photo", "media": {"image": {"src": base + "photo.png", "height": 3, "width": 4}},
            "target": {"id": "999", "url": "https://www.facebook.com/photo.php?fbid=999"},
            "url": "https://www.facebook.com/photo.php?fbid=999"})
        big = fb.add_comment(post, "Se hullet i vejen!", created=_ago(110), attachment={
            "type": "photo", "media": {"image": {"src": base + "big.png"}}})
        html = fb.add_comment(post, None, created=_ago(100), attachment={
            "type": "animated_image_share", "media": {"image": {"src": base + "page.html"}},
            "url": "https://l.facebook.com/l.php?u=https%3A%2F%2Fmedia.giphy.com%2Fx.gif"})
        link = fb.add_comment(post, "Læs mere her", created=_ago(90), attachment={
            "type": "share", "url": "https://www.dr.dk/nyheder/regionale/vejarbejde", "title": "Vejarbejde"})
        conv = fb.add_conversation()
        sticker = fb.add_message(conv, None, created=_ago(60), sticker=base + "sticker.png")
        gif = fb.add_message(conv, None, created=_ago(50), attachments=[
            {"mime_type": "image/gif", "name": "x.gif",
             "image_data": {"url": base + "photo.png", "preview_url": base + "photo.png",
                            "animated_gif_url": base + "photo.png", "width": 4, "height": 3}}])
        ws = open_workspace(str(tmp_path), credentials=MemoryStore(), user="Mette Jensen")
        info = accounts.add_account(ws, platform="facebook", name="Viborg", token="tok",
                                    base_url=api_base(fb_server), external_id=fb.page_id)
        assert sync_account(ws, info.id, sleep=lambda _s: None).ok
        with ws.db.session() as s:
            ids = {ext: s.scalar(select(t.Item.id).where(t.Item.external_id == ext))
                   for ext in (photo, big, html, link, sticker, gif)}
        yield ws, cdn, ids, dict(photo=photo, big=big, html=html, link=link, sticker=sticker, gif=gif)
        ws.close()


def test_sync_stores_metadata_and_the_list_names_it(world):
    ws, cdn, ids, ext = world
    assert cdn.requests == []           # nothing is downloaded during sync
    with ws.db.session() as s:
        rows = {r.external_id: r for r in inbox.rows_by_ids(s, list(ids.values()))}
    photo = attachments.parse(rows[ext["photo"]].attachments)
    assert photo[0]["kind"] == "photo" and photo[0]["image_url"].endswith("/media/photo.png")
    assert attachments.summary(rows[ext["photo"]].text, rows[ext["photo"]].attachments) == "[Photo]"
    assert attachments.summary(rows[ext["html"]].text, rows[ext["html"]].attachments) == "[GIF]"
    assert attachments.summary(rows[ext["sticker"]].text, rows[ext["sticker"]].attachments) == "[Sticker]"
    assert attachments.summary(rows[ext["gif"]].text, rows[ext["gif"]].attachments) == "[GIF]"
    # Text stays the text; the link is named by its host.
    assert attachments.summary(rows[ext["link"]].text, rows[ext["link"]].attachments) == "Læs mere her"
    assert attachments.label(attachments.parse(rows[ext["link"]].attachments)[0]) == "Link: dr.dk"
    from app.ui.models.item_model import row_text
    assert row_text(rows[ext["photo"]]) == "[Photo]"


def test_picture_loads_on_request_without_token_and_is_cached(world):
    ws, cdn, ids, ext = world
    data = attachments.load_image(ws, ids[ext["photo"]], 0)
    assert data == png_bytes()
    assert not cdn.token_sent()
    cached = attachments.cached_path(attachments.cache_dir(ws), ids[ext["photo"]], 0)
    assert cached.read_bytes() == data
    before = len(cdn.requests)
    assert attachments.load_image(ws, ids[ext["photo"]], 0) == data
    assert len(cdn.requests) == before          # second time from the cache


def test_refusals_in_words(world):
    ws, cdn, ids, ext = world
    with pytest.raises(UsageError, match="10 MB"):
        attachments.load_image(ws, ids[ext["big"]], 0)
    with pytest.raises(UsageError, match="not a picture"):
        attachments.load_image(ws, ids[ext["html"]], 0)
    cdn.expired.add("sticker.png")
    with pytest.raises(UsageError, match="expired"):
        attachments.load_image(ws, ids[ext["sticker"]], 0)
    with pytest.raises(NotFoundError):
        attachments.load_image(ws, ids[ext["link"]], 0)     # a link has no picture to load
    assert not list(attachments.cache_dir(ws).glob("*.img"))


def test_big_picture_without_length_is_cut_off(world):
    ws, cdn, ids, ext = world
    cdn.hide_length.add("big.png")
    with pytest.raises(UsageError, match="10 MB"):
        attachments.load_image(ws, ids[ext["big"]], 0)


def test_forget_this_person_deletes_cached_pictures(world):
    ws, cdn, ids, ext = world
    attachments.load_image(ws, ids[ext["photo"]], 0)
    attachments.load_image(ws, ids[ext["sticker"]], 0)
    folder = attachments.cache_dir(ws)
    assert len(list(folder.glob("*.img"))) == 2
    with ws.db.session() as s:
        actions.forget_author_of(s, ids[ext["photo"]], "Mette Jensen")
    assert list(folder.glob("*.img")) == []
    with ws.db.session() as s:
        item = s.get(t.Item, ids[ext["photo"]])
        assert item.purged and item.attachments is None
    with pytest.raises(NotFoundError):
        attachments.load_image(ws, ids[ext["photo"]], 0)


def test_retention_deletes_cached_pictures(world):
    ws, cdn, ids, ext = world
    attachments.load_image(ws, ids[ext["photo"]], 0)
    stray = attachments.cached_path(attachments.cache_dir(ws), 987654, 0)
    stray.write_bytes(b"left by an item another client purged")
    with ws.db.session() as s:
        s.execute(update(t.Item).where(t.Item.id == ids[ext["photo"]]).values(
            status="no_reply", handled_at=app_clock.now() - timedelta(days=400)))
    assert retention.run_retention(ws, force=True) is not None
    assert list(attachments.cache_dir(ws).glob("*.img")) == []
    with ws.db.session() as s:
        assert s.get(t.Item, ids[ext["photo"]]).attachments is None
