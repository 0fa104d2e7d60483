"""Spam on Facebook can also ban the author from the Page (issue 16, point 3): through the one
door and the outbox, exactly once, a refusal failing visibly without undoing the hide that did
happen; offered only where it can work (the author named by Graph; not on Instagram)."""
from __future__ import annotations

from sqlalchemy import select

from app.models import tables as t
from app.secrets import MemoryStore
from app.services import accounts
from app.services.inbound.sync import sync_account
from app.services.outbound import actions, outbox
from app.services.workspace import open_workspace
from tests.fakes.graph_fake import CITIZEN, FakeFacebook, FakeInstagram, api_base
from tests.fakes.server import FakeServer

USER = "Mette Jensen"


def _workspace(tmp_path, server, fake, platform="facebook"):
    ws = open_workspace(str(tmp_path), credentials=MemoryStore(), user=USER)
    external = fake.page_id if platform == "facebook" else fake.user_id
    info = accounts.add_account(ws, platform=platform, name="Aarby", token="tok", base_url=api_base(server),
                                external_id=external)
    assert sync_account(ws, info.id, sleep=lambda _s: None).ok
    return ws


def _item(ws, external_id):
    with ws.db.session() as s:
        return s.scalar(select(t.Item.id).where(t.Item.external_id == external_id))


def _seed():
    fake = FakeFacebook(token="tok")
    post = fake.add_post("Vejarbejde på Hovedgaden")
    spam = fake.add_comment(post, "Køb billige følgere på spam.example")
    anonymous = fake.add_comment(post, "Endnu mere spam", author=None)
    return fake, spam, anonymous


def _flush(ws):
    return [(r.action, r.state) for r in outbox.flush(ws)]


def test_spam_and_ban_hides_and_bans_once_and_unban_lifts_it(tmp_path):
    fake, spam, _ = _seed()
    with FakeServer(fake) as server:
        ws = _workspace(tmp_path, server, fake)
        item_id = _item(ws, spam)
        result = actions.perform(ws, actions.Request(item_id, "spam", USER, ban=True))
        assert result.outcome == "queued"
        assert _flush(ws) == [("spam", "sent"), ("ban", "sent")]
        assert fake.is_hidden(spam) and list(fake.blocked) == [CITIZEN["id"]]
        with ws.db.session() as s:
            item = s.get(t.Item, item_id)
            assert item.status == t.STATUS_SPAM and item.is_hidden
            facts = actions._facts(s, item)
        # Banned now: the item offers "unban", not "ban", and spam cannot ban twice.
        assert "unban" in actions.offered(facts) and "ban" not in actions.offered(facts)
        again = actions.perform(ws, actions.Request(item_id, "ban", USER))
        assert again.outcome == "problems" and "already banned" in again.problems[0]
        assert actions.perform(ws, actions.Request(item_id, "unban", USER)).outcome == "queued"
        assert _flush(ws) == [("unban", "sent")]
        assert fake.blocked == {}
        bans = [r for r in fake.requests if r.path.endswith("/blocked") and r.method == "POST"]
        assert len(bans) == 1
        ws.close()


def test_a_lost_answer_is_checked_before_banning_again(tmp_path):
    fake, spam, _ = _seed()
    lost = {"once": True}

    def lose_the_ban_answer(request):
        if request.path.endswith("/blocked") and lost.pop("once", False):
            raise RuntimeError("connection reset after Graph stored the ban")
    with FakeServer(fake) as server:
        ws = _workspace(tmp_path, server, fake)
        item_id = _item(ws, spam)
        assert actions.perform(ws, actions.Request(item_id, "ban", USER, confirmed=True)).outcome == "queued"
        fake.on_write = lose_the_ban_answer
        first = outbox.flush(ws)
        assert [(r.action, r.state) for r in first] == [("ban", "queued")]      # unknown: ask later
        with ws.db.session() as s:
            s.get(t.OutboxAction, first[0].outbox_id).next_attempt_at = None
        second = outbox.flush(ws)
        assert [(r.action, r.state, r.settled_by_check) for r in second] == [("ban", "sent", True)]
        assert [r.method for r in fake.requests if r.path.endswith("/blocked")] == ["POST", "GET"]
        ws.close()


def test_a_refused_ban_fails_visibly_and_the_hide_stays_true(tmp_path):
    fake, spam, _ = _seed()
    fake.can_ban = False        # the token's person may not moderate the Page
    with FakeServer(fake) as server:
        ws = _workspace(tmp_path, server, fake)
        item_id = _item(ws, spam)
        actions.perform(ws, actions.Request(item_id, "spam", USER, ban=True))
        assert _flush(ws) == [("spam", "sent"), ("ban", "failed")]
        assert fake.is_hidden(spam) and fake.blocked == {}
        with ws.db.session() as s:
            item = s.get(t.Item, item_id)
            # The hide happened, so the item stays spam and hidden; the ban's failure is listed.
            assert item.status == t.STATUS_SPAM and item.is_hidden and item.outbox_state == t.OUTBOX_FAILED
            failed = [a for a in outbox.actions_for_item(s, item_id) if a.state == t.OUTBOX_FAILED]
            assert [a.action for a in failed] == ["ban"] and "permission" in (failed[0].last_error or "").lower()
            assert "unban" not in actions.offered(actions._facts(s, item))   # a failed ban did not happen
        ws.close()


def test_no_ban_where_it_cannot_work(tmp_path):
    fake, spam, anonymous = _seed()
    with FakeServer(fake) as server:
        ws = _workspace(tmp_path, server, fake)
        item_id = _item(ws, anonymous)
        with ws.db.session() as s:
            facts = actions._facts(s, s.get(t.Item, item_id))
        assert "spam" in actions.offered(facts) and not actions.banning.spam_can_ban(facts, actions.offered(facts))
        result = actions.perform(ws, actions.Request(item_id, "spam", USER, ban=True))
        assert result.outcome == "problems" and "did not tell Svarbox who wrote" in result.problems[0]
        with ws.db.session() as s:
            assert s.get(t.Item, item_id).status == t.STATUS_NEW     # nothing written
        # Read-only team mode: a ban is not kept on this computer; said in words.
        kept = actions.perform(ws, actions.Request(_item(ws, spam), "spam", USER, ban=True), read_only=True)
        assert kept.outcome == "refused" and "ban the author later" in (kept.message or "")
        assert fake.blocked == {} and outbox.flush(ws) == []
        ws.close()


def test_instagram_offers_hide_and_says_why_there_is_no_ban(tmp_path):
    fake = FakeInstagram(token="tok")
    media = fake.add_media("Byfest")
    comment = fake.add_comment(media, "spam spam")
    with FakeServer(fake) as server:
        ws = _workspace(tmp_path, server, fake, platform="instagram")
        item_id = _item(ws, comment)
        with ws.db.session() as s:
            got = actions.offered(actions._facts(s, s.get(t.Item, item_id)))
        assert {"hide", "spam"} <= got and not {"ban", "unban"} & got
        result = actions.perform(ws, actions.Request(item_id, "spam", USER, ban=True))
        assert result.outcome == "problems" and "Instagram has no way" in result.problems[0]
        assert actions.perform(ws, actions.Request(item_id, "spam", USER)).outcome == "queued"
        assert _flush(ws) == [("spam", "sent")] and fake.is_hidden(comment)
        ws.close()


def test_the_cli_lists_a_refused_ban_as_failed_and_discards_it(tmp_path, capsys):
    """Point 2 for the CLI with a real refusal: `svarbox outbox --failed` lists it with the
    reason, `inbox --view failed` has the item, `outbox discard` clears it."""
    import json

    from app.cli import main
    fake, spam, _ = _seed()
    fake.can_ban = False
    with FakeServer(fake) as server:
        ws = _workspace(tmp_path, server, fake)
        item_id = _item(ws, spam)
        actions.perform(ws, actions.Request(item_id, "ban", USER, confirmed=True))
        assert _flush(ws) == [("ban", "failed")]
        data_dir = str(ws.paths.data_dir)
        ws.close()

    def cli(*args):
        code = main(["--data-dir", data_dir, "--user", USER, *args])
        return code, capsys.readouterr().out

    code, out = cli("outbox", "--failed", "--json")
    [failed] = json.loads(out)
    assert code == 0 and failed["action"] == "ban" and "permission" in failed["last_error"].lower()
    assert [i["id"] for i in json.loads(cli("inbox", "--view", "failed", "--json")[1])] == [item_id]
    assert cli("outbox", "discard", str(failed["id"]))[0] == 0
    assert "No failed actions." in cli("outbox", "--failed")[1]
