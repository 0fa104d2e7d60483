"""Issue 16 against the fake platforms: an action is offered only where the platform accepts
it, and an action the platform refuses puts the item back exactly where it was (status,
clock, views), marked failed with the reason, in the Failed view with Retry and Discard."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import update

from app import clock as app_clock
from app.models import tables as t
from app.services.inbound import inbox
from app.services.outbound import actions, outbox, outbox_followup
from tests.fakes.server import FakeServer
from tests.integration.platforms import all_cases
from tests.integration.test_outbox_e2e import Setup

# The five platforms these truths were written for; Bluesky and Mastodon (issue 20) arrived in
# parallel and have their own refusal tests in tests/connectors, not these yet.
CASES = [c for c in all_cases() if c.platform not in ("bluesky", "mastodon")]
SIGNATURE = "/Mette, Kommunikation"
USER = "Mette Jensen"


@pytest.fixture(params=CASES, ids=[c.platform for c in CASES])
def case(request):
    return request.param


def item_state(setup, item_id):
    with setup.ws.db.session() as s:
        i = s.get(t.Item, item_id)
        return (i.status, i.due_at, i.handled_at, i.handled_by, bool(i.is_hidden), i.holding_sent_at)


def view_ids(setup, view):
    with setup.ws.db.session() as s:
        return set(inbox.view_ids(s, inbox.ViewSpec(view=view), app_clock.now()))


def reply(item_id, text="Hej, tak for dit spørgsmål. Vi vender tilbage i morgen."):
    return actions.Request(item_id, "reply", USER, f"{text}\n{SIGNATURE}", signature=SIGNATURE)


def test_a_refused_reply_puts_the_item_back_with_its_clock_running(tmp_path, case):
    fake = case.make_fake()
    with FakeServer(fake) as server:
        setup = Setup(tmp_path, case, fake, case.base_url(fake, server))
        setup.sync()
        item_id = setup.item_id(setup.item_ext_ids[0])
        before = item_state(setup, item_id)
        assert before[0] == t.STATUS_NEW and before[1] is not None
        result = actions.perform(setup.ws, reply(item_id))
        assert result.outcome == "queued", result
        assert item_state(setup, item_id)[0] == t.STATUS_ANSWERED       # while it waits
        fake.inject(case.expired(), times=1)                             # the platform says no
        [sent] = outbox.flush(setup.ws)
        assert sent.state == t.OUTBOX_FAILED and sent.message
        assert case.own_replies(fake, setup.item_ext_ids[0]) == []
        # Back exactly where it was: status, clock, views; marked failed with the reason.
        assert item_state(setup, item_id) == before
        assert item_id in view_ids(setup, "open")
        assert item_id in view_ids(setup, "failed")
        assert item_id not in view_ids(setup, "answered")
        with setup.ws.db.session() as s:
            assert s.get(t.Item, item_id).outbox_state == t.OUTBOX_FAILED
            assert s.get(t.OutboxAction, result.outbox_id).last_error
        # Retry: the reply's status applies again, and this time it reaches the platform.
        with setup.ws.db.session() as s:
            outbox_followup.retry(s, result.outbox_id, USER)
        assert item_state(setup, item_id)[0] == t.STATUS_ANSWERED
        [sent] = outbox.flush(setup.ws)
        assert sent.state == t.OUTBOX_SENT
        assert len(case.own_replies(fake, setup.item_ext_ids[0])) == 1
        assert item_id not in view_ids(setup, "failed")
        assert item_id in view_ids(setup, "answered")


def test_discarding_a_failed_action_keeps_the_item_as_it_was(tmp_path, case):
    fake = case.make_fake()
    with FakeServer(fake) as server:
        setup = Setup(tmp_path, case, fake, case.base_url(fake, server))
        setup.sync()
        item_id = setup.item_id(setup.item_ext_ids[0])
        before = item_state(setup, item_id)
        result = actions.perform(setup.ws, reply(item_id))
        fake.inject(case.expired(), times=1)
        outbox.flush(setup.ws)
        with setup.ws.db.session() as s:
            outbox_followup.discard(s, result.outbox_id, USER)
        assert item_state(setup, item_id) == before
        assert item_id not in view_ids(setup, "failed") and item_id in view_ids(setup, "open")


def _x_setup(tmp_path, fake, server):
    from tests.integration.platforms import _x
    case = _x()
    return case, Setup(tmp_path, case, fake, case.base_url(fake, server))


def test_x_offers_hide_only_in_conversations_the_account_started(tmp_path):
    from tests.fakes import x_fake as xf
    fake = xf.XFake()
    with FakeServer(fake) as server:
        case, setup = _x_setup(tmp_path, fake, server)
        citizen = fake.add_user("borger_bo", "Bo Borger")
        own_post = fake.add_tweet(fake.me, "Svømmehallen åbner igen 1. juni.", created_at=app_clock.now() - timedelta(hours=3))  # noqa: E501
        in_ours = fake.add_tweet(citizen, "Endelig! Hvad med sauna?", reply_to=own_post,
                                 created_at=app_clock.now() - timedelta(hours=2))
        setup.sync()
        mention_id = setup.item_id(setup.item_ext_ids[0])      # a citizen's own conversation
        ours_id = setup.item_id(in_ours)
        with setup.ws.db.session() as s:
            rows = {r.id: r for r in inbox.rows_by_ids(s, [mention_id, ours_id])}
        assert rows[ours_id].own_conversation is True
        assert rows[mention_id].own_conversation is False
        assert {"hide", "spam"} <= actions.offered(rows[ours_id])
        assert not {"hide", "spam", "delete"} & actions.offered(rows[mention_id])
        # The door refuses it, in words, and nothing changes.
        before = item_state(setup, mention_id)
        refused = actions.perform(setup.ws, actions.Request(mention_id, "hide", USER))
        assert refused.outcome == "problems" and "conversations it started" in refused.problems[0]
        assert item_state(setup, mention_id) == before
        # In our own conversation the hide reaches X.
        done = actions.perform(setup.ws, actions.Request(ours_id, "hide", USER))
        assert done.outcome == "queued"
        assert [r.state for r in outbox.flush(setup.ws)] == [t.OUTBOX_SENT]
        assert fake.is_hidden(in_ours)
        assert item_state(setup, ours_id)[0] == t.STATUS_HIDDEN


def test_x_hide_on_a_stale_fact_fails_at_x_and_the_item_is_back_open(tmp_path):
    """A wrong fact (the cache believes the conversation is ours) gets the hide queued; X
    refuses it, and the item is back open, clock running, marked failed with X's reason."""
    from tests.fakes import x_fake as xf
    fake = xf.XFake()
    with FakeServer(fake) as server:
        case, setup = _x_setup(tmp_path, fake, server)
        setup.sync()
        item_id = setup.item_id(setup.item_ext_ids[0])
        with setup.ws.db.session() as s:
            s.execute(update(t.Item).where(t.Item.id == item_id).values(own_conversation=True))
        before = item_state(setup, item_id)
        result = actions.perform(setup.ws, actions.Request(item_id, "hide", USER))
        assert result.outcome == "queued"
        assert item_state(setup, item_id)[0] == t.STATUS_HIDDEN and item_id not in view_ids(setup, "open")
        [sent] = outbox.flush(setup.ws)
        assert sent.state == t.OUTBOX_FAILED
        assert not fake.is_hidden(setup.item_ext_ids[0])
        assert item_state(setup, item_id) == before
        assert item_id in view_ids(setup, "open") and item_id in view_ids(setup, "failed")
        with setup.ws.db.session() as s:
            assert "conversations it started" in s.get(t.OutboxAction, result.outbox_id).last_error


def test_youtube_delete_only_own_and_a_forced_delete_is_refused_and_restored(tmp_path):
    from tests.integration.platforms import _youtube
    case = _youtube()
    fake = case.make_fake()
    with FakeServer(fake) as server:
        setup = Setup(tmp_path, case, fake, case.base_url(fake, server))
        setup.sync()
        item_id = setup.item_id(setup.item_ext_ids[0])
        with setup.ws.db.session() as s:
            row = inbox.rows_by_ids(s, [item_id])[0]
        got = actions.offered(row)
        assert "delete" not in got and {"reject", "spam"} <= got
        refused = actions.perform(setup.ws, actions.Request(item_id, "delete", USER))
        assert refused.outcome == "problems" and "author" in refused.problems[0]
        before = item_state(setup, item_id)
        with setup.ws.db.session() as s:     # below the door, as an action queued before this rule
            outbox_id = outbox.queue_action(s, item_id, "delete", USER)
        assert item_state(setup, item_id)[0] == t.STATUS_DELETED
        [sent] = outbox.flush(setup.ws)
        assert sent.state == t.OUTBOX_FAILED
        assert fake.comment(setup.item_ext_ids[0]) is not None
        assert item_state(setup, item_id) == before
        with setup.ws.db.session() as s:
            assert s.get(t.OutboxAction, outbox_id).last_error


# --- spam, referral and bulk reach the platform (issue 16, points 3, 4, 6) ---------------------

def _set_case_channel(setup, channel="aarby.dk/kontakt"):
    with setup.ws.db.session() as s:
        s.execute(update(t.Institution).values(case_channel=channel))


def test_spam_hides_on_the_platform_or_says_why_it_cannot(tmp_path, case):
    fake = case.make_fake()
    with FakeServer(fake) as server:
        setup = Setup(tmp_path, case, fake, case.base_url(fake, server))
        setup.sync()
        ext = setup.item_ext_ids[0]
        item_id = setup.item_id(ext)
        before = item_state(setup, item_id)
        result = actions.perform(setup.ws, actions.Request(item_id, "spam", USER))
        if case.platform in ("x", "linkedin"):
            # X: a mention in a citizen's conversation; LinkedIn: no hiding at all.
            assert result.outcome == "problems"
            assert ("conversations it started" if case.platform == "x" else "LinkedIn cannot hide") \
                in result.problems[0]
            assert item_state(setup, item_id) == before
            return
        assert result.outcome == "queued", result
        assert [r.state for r in outbox.flush(setup.ws)] == [t.OUTBOX_SENT]
        if case.platform == "youtube":
            assert fake.status_of(ext) == "rejected"
        else:
            assert case.is_hidden(fake, ext)
        status, due, *_ = item_state(setup, item_id)
        assert status == t.STATUS_SPAM and due is None
        # The next sync agrees with what the inbox says (it does not undo the spam).
        setup.sync()
        assert item_state(setup, item_id)[0] == t.STATUS_SPAM


def test_youtube_spam_can_ban_the_author(tmp_path):
    from tests.integration.platforms import _youtube
    case = _youtube()
    fake = case.make_fake()
    with FakeServer(fake) as server:
        setup = Setup(tmp_path, case, fake, case.base_url(fake, server))
        setup.sync()
        ext = setup.item_ext_ids[0]
        result = actions.perform(setup.ws, actions.Request(setup.item_id(ext), "spam", USER, ban=True))
        assert result.outcome == "queued"
        assert [r.state for r in outbox.flush(setup.ws)] == [t.OUTBOX_SENT]
        assert fake.status_of(ext) == "rejected"
        assert fake.comment(ext)["author_channel"] in fake.banned


def test_referral_is_sent_as_a_reply_and_counted_as_referred(tmp_path, case):
    from app.services.records import reports
    fake = case.make_fake()
    with FakeServer(fake) as server:
        setup = Setup(tmp_path, case, fake, case.base_url(fake, server))
        setup.sync()
        ext = setup.item_ext_ids[0]
        item_id = setup.item_id(ext)
        # Without a case channel the referral is refused in words (no hole reaches a citizen).
        refused = actions.perform(setup.ws, actions.Request(item_id, "refer", USER, signature=SIGNATURE))
        assert refused.outcome == "problems" and "case channel" in refused.problems[0]
        _set_case_channel(setup)
        result = actions.perform(setup.ws, actions.Request(item_id, "refer", USER, signature=SIGNATURE))
        if case.platform in ("x", "linkedin"):
            # X: every shipped referral is longer than 280; LinkedIn: no member name to greet.
            # Refused in words; the person writes it in the composer and it goes as a referral.
            assert result.outcome == "problems"
            assert ("280" if case.platform == "x" else "author_first_name") in result.problems[0]
            assert item_state(setup, item_id)[0] == t.STATUS_NEW
            result = actions.perform(setup.ws, actions.Request(
                item_id, "refer", USER, f"Skriv til os via aarby.dk/kontakt\n{SIGNATURE}", signature=SIGNATURE))
        assert result.outcome == "queued", result
        assert [r.state for r in outbox.flush(setup.ws)] == [t.OUTBOX_SENT]
        [sent] = case.own_replies(fake, ext)
        assert "aarby.dk/kontakt" in sent and sent.rstrip().endswith(SIGNATURE)
        assert item_state(setup, item_id)[0] == t.STATUS_REFERRED
        with setup.ws.db.session() as s:
            report = reports.build_report(s, app_clock.now() - timedelta(days=2), app_clock.now() + timedelta(hours=1),
                                          now=app_clock.now())
        assert report.total.referred == 1
        assert report.total.responded == 1     # answered AND referred: the clock stopped in time


def test_a_reply_from_a_referral_template_records_a_referral(tmp_path):
    from tests.integration.platforms import _facebook
    case = _facebook()
    fake = case.make_fake()
    with FakeServer(fake) as server:
        setup = Setup(tmp_path, case, fake, case.base_url(fake, server))
        setup.sync()
        item_id = setup.item_id(setup.item_ext_ids[0])
        request = actions.Request(item_id, "reply", USER, f"Skriv til aarby.dk/kontakt\n{SIGNATURE}",
                                  signature=SIGNATURE, template_category="referral")
        assert actions.perform(setup.ws, request).outcome == "queued"
        outbox.flush(setup.ws)
        assert item_state(setup, item_id)[0] == t.STATUS_REFERRED


def test_bulk_hide_with_one_failure_among_many(tmp_path):
    from app.services.outbound import bulk
    from tests.integration.platforms import _facebook
    case = _facebook()
    fake = case.make_fake()
    with FakeServer(fake) as server:
        setup = Setup(tmp_path, case, fake, case.base_url(fake, server), n_items=5)
        setup.sync()
        ids = [setup.item_id(e) for e in setup.item_ext_ids]
        befores = {i: item_state(setup, i) for i in ids}
        gone = setup.item_ext_ids[2]
        fake.comments[gone]["deleted"] = True           # the citizen deleted it meanwhile
        seen = []
        summary = bulk.run(setup.ws, ids, "hide", USER, progress=lambda n, total: seen.append((n, total)))
        assert seen[-1] == (5, 5) and len(seen) == 5
        assert len(summary.done) == 5 and not summary.refused and len(summary.outbox_ids) == 5
        results = outbox.flush(setup.ws)
        assert sorted(r.state for r in results) == [t.OUTBOX_FAILED] + [t.OUTBOX_SENT] * 4
        for ext, item_id in zip(setup.item_ext_ids, ids):
            if ext == gone:
                assert item_state(setup, item_id) == befores[item_id]
                assert item_id in view_ids(setup, "failed")
            else:
                assert case.is_hidden(fake, ext)
                assert item_state(setup, item_id)[0] == t.STATUS_HIDDEN
        assert view_ids(setup, "failed") == {ids[2]}


def test_bulk_spam_refuses_per_item_in_words(tmp_path):
    """LinkedIn cannot hide: every item is refused with the reason, nothing changes."""
    from app.services.outbound import bulk
    from tests.integration.platforms import _linkedin
    case = _linkedin()
    fake = case.make_fake()
    with FakeServer(fake) as server:
        setup = Setup(tmp_path, case, fake, case.base_url(fake, server), n_items=3)
        setup.sync()
        ids = [setup.item_id(e) for e in setup.item_ext_ids]
        summary = bulk.run(setup.ws, ids, "spam", USER)
        assert summary.done == [] and [i for i, _ in summary.refused] == ids
        assert "LinkedIn cannot hide" in summary.line()
        assert all(item_state(setup, i)[0] == t.STATUS_NEW for i in ids)


def test_youtube_held_queue_approve_and_reject(tmp_path):
    """Held for review and likely spam: a view of their own; Approve publishes, Reject
    rejects, on YouTube; approved comments stay open for an answer, outside the queue."""
    from tests.integration.platforms import _youtube
    case = _youtube()
    fake = case.make_fake()
    with FakeServer(fake) as server:
        setup = Setup(tmp_path, case, fake, case.base_url(fake, server))
        video = fake.add_video("Budgetmøde", published_at=app_clock.now() - timedelta(hours=5))
        held = fake.add_comment(video, "Karin", "Hvornår kommer referatet?", status="heldForReview",
                                created_at=app_clock.now() - timedelta(hours=2))
        spammy = fake.add_comment(video, "Spambot", "Billige solbriller her", status="likelySpam",
                                  created_at=app_clock.now() - timedelta(hours=1))
        setup.sync()
        held_id, spam_id = setup.item_id(held), setup.item_id(spammy)
        assert view_ids(setup, "held") == {held_id, spam_id}
        with setup.ws.db.session() as s:
            rows = {r.id: r for r in inbox.rows_by_ids(s, [held_id, spam_id])}
        assert {"approve", "reject"} <= actions.offered(rows[held_id])
        assert "hide" not in actions.offered(rows[held_id]) and "delete" not in actions.offered(rows[held_id])
        # The window's "Unhide" means Approve here, "Hide" means Reject.
        assert actions.resolve("unhide", actions.offered(rows[held_id])) == "approve"
        assert actions.perform(setup.ws, actions.Request(held_id, "approve", USER)).outcome == "queued"
        assert actions.perform(setup.ws, actions.Request(spam_id, "reject", USER)).outcome == "queued"
        assert sorted(r.state for r in outbox.flush(setup.ws)) == [t.OUTBOX_SENT, t.OUTBOX_SENT]
        assert fake.status_of(held) == "published" and fake.status_of(spammy) == "rejected"
        assert view_ids(setup, "held") == set()
        assert held_id in view_ids(setup, "open")            # published, still waiting for an answer
        assert item_state(setup, spam_id)[0] == t.STATUS_HIDDEN
        with setup.ws.db.session() as s:
            rejected = inbox.rows_by_ids(s, [spam_id])[0]
        assert not {"approve", "reject", "unhide"} & actions.offered(rejected)   # rejected is final
        setup.sync()
        assert view_ids(setup, "held") == set()
