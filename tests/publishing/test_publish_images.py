"""Several images in one post: LinkedIn's MultiImage (2-20), Bluesky and Mastodon (up to 4),
each with its own alt text; the fakes refuse what the APIs refuse."""
from __future__ import annotations

import pytest

from app.connectors import publishing as pub
from app.models import tables as t
from app.services.outbound import outbox, posts
from app.services.outbound.connections import connector_for
from tests.fakes.server import FakeServer
from tests.publishing.kit import Env, cases

BY_NAME = {c.platform: c for c in cases()}
ALTS = ["Kort over omkørslen", "Skilt ved Storegade", "Byens nye cykelsti"]


def _publish_three(tmp_path, platform):
    case = BY_NAME[platform]
    fake = case.make_fake()
    server = FakeServer(fake).__enter__()
    env = Env(tmp_path, case, fake, server)
    images = [env.image(f"billede{i}.jpg", alt=alt) for i, alt in enumerate(ALTS)]
    with env.ws.db.session() as s:
        [post_id] = posts.compose(s, "Mette Jensen", {env.account_id: "Vejarbejde på Storegade i uge 12"},
                                  link="https://www.aarby.dk/storegade", images=images, status="scheduled")
        posts.publish_now(s, post_id, "Mette Jensen")
    results = outbox.flush(env.ws)
    return fake, server, env, post_id, results


@pytest.mark.parametrize("platform", ["linkedin", "bluesky", "mastodon"])
def test_three_images_go_out_in_one_post_with_their_alt_texts(tmp_path, platform):
    fake, server, env, post_id, results = _publish_three(tmp_path, platform)
    try:
        assert [r.state for r in results] == ["sent"], [r.message for r in results]
        [own] = fake.own_posts()
        if platform == "linkedin":
            assert [i["altText"] for i in own["multi_image"]] == ALTS
            assert own["media"] is None
        elif platform == "bluesky":
            assert [i["alt"] for i in own["record"]["embed"]["images"]] == ALTS
        else:
            assert [m["description"] for m in own["media"]] == ALTS
        with env.ws.db.session() as s:
            assert s.get(t.Post, post_id).status == t.POST_PUBLISHED
    finally:
        server.__exit__(None, None, None)


def test_linkedin_refuses_a_multi_image_post_of_one_image_and_more_than_twenty_are_stopped_before(tmp_path):
    case = BY_NAME["linkedin"]
    fake = case.make_fake()
    with FakeServer(fake) as server:
        env = Env(tmp_path, case, fake, server)
        with env.ws.db.session() as s:
            connector = connector_for(env.ws, s.get(t.Account, env.account_id))
        image = env.image()
        urn = pub._linkedin_upload(connector, pub.Image(image["path"], image["alt"]))
        # The fake holds to "minimum of 2 images": a multiImage of one is refused.
        with pytest.raises(Exception, match="2 to 20"):
            connector._call("POST", "/posts", json_body={
                "author": fake.org, "commentary": "Et billede", "visibility": "PUBLIC", "lifecycleState": "PUBLISHED",
                "content": {"multiImage": {"images": [{"id": urn, "altText": "a"}]}}})
        assert fake.own_posts() == []
    check = posts.check_post("linkedin", "Mange billeder", link="https://www.aarby.dk/x",
                             images=[{"path": str(tmp_path / "plan.jpg"), "alt": "Plan"}] * 21)
    assert any("20" in p for p in check.problems)


@pytest.mark.parametrize("platform", ["bluesky", "mastodon"])
def test_a_fifth_image_is_stopped_before_saving(tmp_path, platform):
    path = tmp_path / "a.jpg"
    path.write_bytes(b"\xff\xd8\xff")
    check = posts.check_post(platform, "Fem billeder", link="https://www.aarby.dk/x",
                             images=[{"path": str(path), "alt": "Billede"}] * 5)
    assert not check.ok and any("4" in p for p in check.problems)


@pytest.mark.parametrize("platform", ["x", "linkedin", "bluesky", "mastodon"])
def test_an_image_by_web_address_is_stopped_where_the_platform_only_takes_uploads(platform):
    check = posts.check_post(platform, "Se kortet", link="https://www.aarby.dk/x",
                             images=[{"path": None, "url": "https://www.aarby.dk/kort.jpg", "alt": "Kort"}])
    assert not check.ok and any("file on this computer" in p for p in check.problems)
    assert posts.check_post("facebook", "Se kortet", link="https://www.aarby.dk/x",
                            images=[{"path": None, "url": "https://www.aarby.dk/kort.jpg", "alt": "Kort"}]).ok
