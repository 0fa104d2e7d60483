"""Mute, block and report (Bluesky and Mastodon) through the one door: offered per platform,
validated, queued in the outbox, sent to the strict fakes over real HTTP, audited; a refusal
leaves the item where it was and shows the failure.

Platform documentation the fakes follow: AT Protocol lexicons app.bsky.graph.muteActor,
app.bsky.graph.block, com.atproto.moderation.createReport, app.bsky.actor.getProfile;
docs.joinmastodon.org methods/accounts#mute, #block, #relationships and methods/reports#post."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from app.models import tables as t
from app.secrets import MemoryStore
from app.services import accounts
from app.services.inbound.sync import sync_all
from app.services.outbound import actions, outbox
from app.services.workspace import open_workspace
from tests.fakes.bluesky_fake import BlueskyFake
from tests.fakes.mastodon_fake import MastodonFake
from tests.fakes.server import FakeServer
from tests.integration.platforms import _ago

PASSWORD = "abcd-efgh-ijkl-mnop"


@pytest.fixture
def fedi(tmp_path):
    """A workspace with a Bluesky and a Mastodon account synced from their fakes."""
    bsky, masto = BlueskyFake(handle="viborg.dk", app_password=PASSWORD), MastodonFake(token="masto-tok")
    anna = bsky.add_user("anna.bsky.social", "Anna Borger")
    own_root = bsky.add_post(bsky.me, "Vinterbadning ved Borgvold åbner 1. november", created=_ago(400))
    others_root = bsky.add_post(anna, "Hvem har ansvaret for badebroen?", created=_ago(300))
    bsky.add_post(anna, "Er badebroen handicapvenlig?", reply_to=own_root, created=_ago(90))
    bsky.add_post(anna, "@viborg.dk svar venligst her", reply_to=others_root, mention_me=True, created=_ago(80))
    elsa = masto.add_account("elsa", "Elsa Nyberg", remote="mastodon.nu")
    post = masto.add_status(masto.me, "Stadsbiblioteket har öppet till 20 på torsdagar", created=_ago(500))
    masto.add_status(elsa, "Ni är värdelösa", reply_to=post, mention_me=True, created=_ago(60))
    with FakeServer(bsky) as s1, FakeServer(masto) as s2:
        ws = open_workspace(str(tmp_path / "ws"), credentials=MemoryStore(), user="Mette Jensen")
        accounts.add_account(ws, platform="bluesky", name="Viborg (Bluesky)", token=PASSWORD,
                             handle="viborg.dk", base_url=s1.url)
        accounts.add_account(ws, platform="mastodon", name="Malmö (Mastodon)", token="masto-tok",
                             base_url=s2.url, country="SE")
        assert [r.status for r in sync_all(ws, sleep=lambda _s: None)] == ["ok", "ok"]
        yield ws, bsky, masto, {"anna": anna, "elsa": elsa, "own_root": own_root, "others_root": others_root}
        ws.close()


def _items(ws, platform: str):
    with ws.db.session() as session:
        rows = session.execute(select(t.Item, t.Account.platform).join(t.Account).where(
            t.Account.platform == platform, t.Item.status != t.STATUS_OWN)).all()
        return [item for item, _p in rows]


def _offered(ws, item_id):
    with ws.db.session() as session:
        return actions.offered(actions._facts(session, session.get(t.Item, item_id)))


def test_offered_only_where_the_api_has_them_and_hide_only_in_own_bluesky_threads(fedi):
    ws, _bsky, _masto, ids = fedi
    bsky_items = {i.parent_external_id: i for i in _items(ws, "bluesky")}
    in_own, in_others = bsky_items[ids["own_root"]], bsky_items[ids["others_root"]]
    assert in_own.own_conversation is True and in_others.own_conversation is False
    assert {"mute", "block", "report", "hide"} <= _offered(ws, in_own.id)
    # threadgate hiddenReplies lives in the root author's repo: not ours to edit.
    offered = _offered(ws, in_others.id)
    assert {"mute", "block", "report"} <= offered and not {"hide", "spam"} & offered
    result = actions.perform(ws, actions.Request(in_others.id, "hide", "Mette"))
    assert result.outcome == "problems" and "threads it started" in result.problems[0]
    (masto_item,) = _items(ws, "mastodon")
    assert {"mute", "block", "report"} <= _offered(ws, masto_item.id) and "hide" not in _offered(ws, masto_item.id)
    # Other platforms: not offered, and the door says why in words.
    assert not {"mute", "block", "report"} & actions.offered(
        actions._Facts("facebook", "comment", "new", False, True), caps=actions.capabilities("facebook"))
    assert "Bluesky and Mastodon" in actions.why_not("facebook", in_own, "mute")


def test_mastodon_mute_block_report_go_out_once_and_the_item_keeps_its_status(fedi):
    ws, _bsky, masto, ids = fedi
    (item,) = _items(ws, "mastodon")
    for action, text in (("mute", None), ("block", None), ("report", "Hot mot personalen")):
        result = actions.perform(ws, actions.Request(item.id, action, "Mette", text))
        assert result.outcome == "queued", result
    sent = outbox.flush(ws)
    assert [(r.action, r.state) for r in sent] == [("mute", "sent"), ("block", "sent"), ("report", "sent")]
    assert ids["elsa"] in masto.muted and ids["elsa"] in masto.blocked
    assert masto.reports == [{"id": "1", "account_id": ids["elsa"], "status_ids": [item.external_id],
                              "comment": "Hot mot personalen", "forwarded": False}]
    with ws.db.session() as session:
        now = session.get(t.Item, item.id)
        assert now.status == t.STATUS_NEW and now.outbox_state == t.OUTBOX_SENT
        audited = {json.loads(a.details or "{}").get("outbox_action") for a in session.scalars(
            select(t.AuditEvent).where(t.AuditEvent.item_id == item.id, t.AuditEvent.action == "outbox_sent"))}
    assert audited == {"mute", "block", "report"}
    assert outbox.flush(ws) == []     # nothing twice


def test_bluesky_mute_block_report_reach_the_fake(fedi):
    ws, bsky, _masto, ids = fedi
    item = next(i for i in _items(ws, "bluesky") if i.parent_external_id == ids["own_root"])
    for action, text in (("mute", None), ("block", None), ("report", "Chikane")):
        assert actions.perform(ws, actions.Request(item.id, action, "Mette", text)).outcome == "queued"
    assert [r.state for r in outbox.flush(ws)] == ["sent", "sent", "sent"]
    assert ids["anna"] in bsky.mutes[bsky.me] and bsky.blocking(bsky.me, ids["anna"])
    (report,) = bsky.reports
    assert report["subject"]["uri"] == item.external_id and report["reason"] == "Chikane"
    assert report["reasonType"] == "com.atproto.moderation.defs#reasonOther" and report["proxy"].endswith(
        "#atproto_labeler")


def test_a_refusal_fails_visibly_and_leaves_the_item_as_it_was(fedi):
    ws, _bsky, masto, ids = fedi
    (item,) = _items(ws, "mastodon")
    # A token registered without write:reports (an older registration): the server says 403.
    masto.token_scopes["masto-tok"] = {"read", "write:statuses"}
    assert actions.perform(ws, actions.Request(item.id, "report", "Mette", "Hot")).outcome == "queued"
    assert actions.perform(ws, actions.Request(item.id, "no_reply", "Anna")).outcome == "done"
    (failed,) = outbox.flush(ws)
    assert failed.state == t.OUTBOX_FAILED and "outside the authorized scopes" in failed.message
    assert masto.reports == []
    with ws.db.session() as session:
        now = session.get(t.Item, item.id)
        # The colleague's decision made meanwhile stays; the failure shows on the item.
        assert now.status == t.STATUS_NO_REPLY and now.outbox_state == t.OUTBOX_FAILED
        assert outbox.failed_count(session) == 1


def test_validation_before_queueing(fedi):
    ws, _bsky, _masto, _ids = fedi
    (item,) = _items(ws, "mastodon")
    long = actions.perform(ws, actions.Request(item.id, "report", "Mette", "x" * 1001))
    assert long.outcome == "problems" and "1000" in long.problems[0]
    with ws.db.session() as session:
        session.get(t.Item, item.id).author_id = None
    unknown = actions.perform(ws, actions.Request(item.id, "mute", "Mette"))
    assert unknown.outcome == "problems" and "who wrote" in unknown.problems[0]
    with ws.db.session() as session:
        assert outbox.pending_count(session) == 0


def test_an_interrupted_mute_is_settled_by_asking_the_platform(fedi):
    """The first attempt reached the server but its answer was lost: the retry asks
    (relationships / getProfile) and does not send again."""
    ws, bsky, masto, ids = fedi
    (m_item,) = _items(ws, "mastodon")
    b_item = next(i for i in _items(ws, "bluesky") if i.parent_external_id == ids["own_root"])
    for item_id in (m_item.id, b_item.id):
        assert actions.perform(ws, actions.Request(item_id, "block", "Mette")).outcome == "queued"
    masto.blocked.add(ids["elsa"])
    bsky.blocks["at://x/app.bsky.graph.block/1"] = {"did": bsky.me, "subject": ids["anna"]}
    with ws.db.session() as session:
        for row in session.scalars(select(t.OutboxAction)):
            row.attempts = 1          # as if a worker died after sending
    results = outbox.flush(ws)
    assert [(r.state, r.settled_by_check) for r in results] == [("sent", True), ("sent", True)]
    assert len(bsky.blocks) == 1       # no second block record


def test_cli_verbs_queue_through_the_same_door(fedi, capsys):
    from app.cli import main
    ws, _bsky, masto, ids = fedi
    (item,) = _items(ws, "mastodon")
    data_dir = str(ws.paths.data_dir)
    assert main(["--data-dir", data_dir, "--user", "Mette", "mute", str(item.id), "--no-flush"]) == 0
    assert main(["--data-dir", data_dir, "--user", "Mette", "report-post", str(item.id), "--reason", "Hot",
                 "--no-flush"]) == 0
    # Blocking is visible to the author: not without --yes when nobody can be asked.
    assert main(["--data-dir", data_dir, "--user", "Mette", "block", str(item.id), "--no-flush"]) == 2
    assert main(["--data-dir", data_dir, "--user", "Mette", "block", str(item.id), "--no-flush", "--yes"]) == 0
    err = capsys.readouterr().err
    assert "--yes" in err and "Traceback" not in err
    assert [r.state for r in outbox.flush(ws)] == ["sent", "sent", "sent"]
    assert ids["elsa"] in masto.muted and ids["elsa"] in masto.blocked and masto.reports[0]["comment"] == "Hot"
    # A Bluesky-and-Mastodon-only verb on a platform without it: one line in words.
    assert main(["--data-dir", data_dir, "--user", "Mette", "report-post", "999999", "--reason", "x"]) == 2
    assert "999999" in capsys.readouterr().err
