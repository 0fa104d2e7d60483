"""The one door for item actions (app.services.outbound.actions), on a real demo workspace: a SQLite
file seeded with the demo catalogue and the demo platform as the connector (a real fake that
refuses what the platforms refuse). The clock is the suite's fixed test moment."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.models import tables as t
from app.services.content.signatures import append_signature
from app.services.inbound import inbox
from app.services.outbound import actions, localqueue, outbox
from app.services.team import leases as team
from app.services.workspace import open_workspace

ME = "Mette Jensen"
ANNA = "Anna Holm"
SIGNATURE = "/Mette, Viborg Kommune"


@pytest.fixture()
def ws(tmp_path):
    workspace = open_workspace(data_dir=str(tmp_path), demo=True, user=ME)
    yield workspace
    workspace.close()


def rows(ws, **where):
    """Open items of the demo workspace as the inbox shows them."""
    with ws.db.session() as s:
        ids = list(s.scalars(select(t.Item.id).order_by(t.Item.id)))
        found = inbox.rows_by_ids(s, ids)
    return [r for r in found if all(getattr(r, k) == v for k, v in where.items())]


def open_comment(ws, platform="facebook"):
    return next(r for r in rows(ws, platform=platform, kind="comment", status="new", is_hidden=False)
                if r.can_reply and not r.has_id_number)


def outbox_of(ws, item_id):
    with ws.db.session() as s:
        return list(s.execute(select(t.OutboxAction.action, t.OutboxAction.text, t.OutboxAction.author)
                              .where(t.OutboxAction.item_id == item_id)).all())


def status_of(ws, item_id):
    with ws.db.session() as s:
        return s.get(t.Item, item_id).status


# --- offered ---------------------------------------------------------------------------------

def test_an_open_facebook_comment_offers_answers_moderation_and_the_stop_actions(ws):
    row = open_comment(ws)
    # A private message to the commenter too (issue 15: personal data out of public view).
    # Svarbox's own record too (issue 16): assign, read, unread; Graph named the author, so
    # the Page can ban them (issue 16 point 3).
    assert row.author_known
    assert actions.offered(row) == {"note", "assign", "read", "unread", "reply", "holding_reply", "private_reply",
                                    "no_reply", "refer", "spam",
                                    "hide", "delete", "ban"}


def test_what_is_offered_follows_the_item_and_the_platform(ws):
    row = open_comment(ws)
    from dataclasses import replace
    assert "unhide" in actions.offered(replace(row, is_hidden=True))
    assert "hide" not in actions.offered(replace(row, is_hidden=True))
    handled = actions.offered(replace(row, status="answered"))
    assert "reopen" in handled and "no_reply" not in handled and "holding_reply" not in handled
    # A platform that cannot hide but can reject (and "hide" resolves to reject there).
    yt = actions.offered(replace(row, platform="youtube"), {"reply", "reject"})   # per-platform rules (issue 16)
    assert "reject" in yt and "hide" not in yt and actions.resolve("hide", yt) == "reject"
    # A direct message is answered in the conversation, never hidden or deleted.
    # A message inside Messenger's 24-hour window (issue 15: counted from the citizen's message).
    from app import clock as app_clock
    message = actions.offered(replace(row, kind="message", received_at=app_clock.now()))
    assert "reply" in message and not message & {"hide", "delete", "unhide"}
    # An item the platform does not let us answer offers no reply.
    assert "reply" not in actions.offered(replace(row, can_reply=False))


# --- perform: the outbox ---------------------------------------------------------------------

def test_a_reply_is_validated_queued_with_the_signature_and_sent_by_the_connector(ws):
    row = open_comment(ws)
    result = actions.perform(ws, actions.Request(row.id, "reply", ME, "Tak for dit spørgsmål.",
                                                 signature=SIGNATURE))
    assert (result.outcome, result.changed, result.sends) == ("queued", (row.id,), True)
    assert outbox_of(ws, row.id) == [("reply", append_signature("Tak for dit spørgsmål.", SIGNATURE), ME)]
    assert status_of(ws, row.id) == t.STATUS_ANSWERED
    sent = [r for r in outbox.flush(ws) if r.outbox_id == result.outbox_id]
    assert [r.state for r in sent] == ["sent"]


def test_a_reply_with_problems_writes_nothing_and_says_why(ws):
    row = open_comment(ws)
    empty = actions.perform(ws, actions.Request(row.id, "reply", ME, "   ", signature=SIGNATURE))
    assert empty.outcome == "problems" and empty.problems and not empty.ok
    assert "empty" in " ".join(empty.problems)
    x_row = open_comment(ws, platform="x") if rows(ws, platform="x", kind="comment") else None
    target = x_row or row
    too_long = actions.perform(ws, actions.Request(target.id, "reply", ME, "ord " * 3000, signature=SIGNATURE))
    assert too_long.outcome == "problems" and "characters" in too_long.problems[0]
    assert outbox_of(ws, row.id) == [] and status_of(ws, row.id) == t.STATUS_NEW


def test_the_checkers_errors_need_confirming(ws):
    row = open_comment(ws)
    text = "Send dit CPR-nummer 010190-1235 til os."
    refused = actions.perform(ws, actions.Request(row.id, "reply", ME, text, signature=SIGNATURE))
    assert refused.outcome == "problems" and outbox_of(ws, row.id) == []
    confirmed = actions.perform(ws, actions.Request(row.id, "reply", ME, text, signature=SIGNATURE,
                                                    confirmed=True))
    assert confirmed.outcome == "queued"


def test_a_colleagues_claim_is_a_collision_until_the_person_answers_anyway(ws):
    row = open_comment(ws)
    assert team.claim_item(ws.db, row.id, ANNA, holder="anna-pc:1:x").ok
    request = actions.Request(row.id, "reply", ME, "Vi vender tilbage.", signature=SIGNATURE)
    collision = actions.perform(ws, request)
    assert (collision.outcome, collision.colleague, collision.collision) == ("collision", ANNA, "claimed")
    assert ANNA in collision.message and outbox_of(ws, row.id) == []
    from dataclasses import replace
    anyway = actions.perform(ws, replace(request, override=True))
    assert anyway.outcome == "queued"
    with ws.db.session() as s:
        assert s.scalar(select(func.count(t.AuditEvent.id)).where(
            t.AuditEvent.item_id == row.id, t.AuditEvent.action == "answered_despite_warning")) == 1


def test_moderation_goes_through_the_outbox_and_a_platform_that_cannot_do_it_refuses(ws):
    row = open_comment(ws)
    hidden = actions.perform(ws, actions.Request(row.id, "hide", ME))
    assert hidden.outcome == "queued" and outbox_of(ws, row.id) == [("hide", None, ME)]
    li = next(iter(rows(ws, platform="linkedin", status="new")), None)
    if li is not None:   # LinkedIn cannot hide a comment through its API
        refused = actions.perform(ws, actions.Request(li.id, "hide", ME))
        assert refused.outcome == "problems" and outbox_of(ws, li.id) == []


def test_the_template_kind_is_audited_in_the_same_transaction(ws):
    row = open_comment(ws)
    actions.perform(ws, actions.Request(row.id, "reply", ME, "Tak!", signature=SIGNATURE,
                                        template_category="thanks"))
    with ws.db.session() as s:
        details = s.scalars(select(t.AuditEvent.details).where(
            t.AuditEvent.item_id == row.id, t.AuditEvent.action == "template_used")).all()
    assert len(details) == 1 and "thanks" in details[0]


# --- perform: status actions and notes -------------------------------------------------------

def test_status_actions_change_the_item_and_are_refused_when_not_offered(ws):
    row = open_comment(ws)
    done = actions.perform(ws, actions.Request(row.id, "no_reply", ME))
    assert (done.outcome, done.changed) == ("done", (row.id,))
    assert status_of(ws, row.id) == t.STATUS_NO_REPLY
    again = actions.perform(ws, actions.Request(row.id, "no_reply", ME))     # handled: only reopen
    assert again.outcome == "problems" and again.problems == [actions.not_offered()]
    assert actions.perform(ws, actions.Request(row.id, "reopen", ME)).outcome == "done"
    assert status_of(ws, row.id) == t.STATUS_NEW


def test_a_note_is_stored_and_an_empty_one_refused(ws):
    row = open_comment(ws)
    assert actions.perform(ws, actions.Request(row.id, "note", ME, "Ring til borgeren")).outcome == "done"
    empty = actions.perform(ws, actions.Request(row.id, "note", ME, "  "))
    assert empty.outcome == "problems"
    with ws.db.session() as s:
        assert [n.text for n in s.scalars(select(t.Note).where(t.Note.item_id == row.id))] == ["Ring til borgeren"]


def test_an_unknown_action_is_a_problem_not_a_traceback(ws):
    row = open_comment(ws)
    assert actions.perform(ws, actions.Request(row.id, "launch", ME)).outcome == "problems"


# --- read-only team mode ---------------------------------------------------------------------

def test_read_only_keeps_outbox_actions_on_this_computer_and_refuses_the_rest(ws):
    row = open_comment(ws)
    kept = actions.perform(ws, actions.Request(row.id, "hide", ME), read_only=True)
    assert kept.outcome == "kept" and kept.local_key and kept.ok and not kept.sends
    assert outbox_of(ws, row.id) == [] and status_of(ws, row.id) == t.STATUS_NEW
    queue = localqueue.for_workspace(ws)
    assert [(p.item_id, p.action, p.author) for p in queue.pending(ws.db.url)] == [(row.id, "hide", ME)]
    refused = actions.perform(ws, actions.Request(row.id, "no_reply", ME), read_only=True)
    assert refused.outcome == "refused" and refused.message == actions.read_only_refusal()
    # Back online, the kept action replays into the outbox exactly once.
    replay = localqueue.replay(ws, queue)
    assert len(replay.moved) == 1 and outbox_of(ws, row.id) == [("hide", None, ME)]


def test_assigning_to_a_colleague_who_is_away_is_a_warning_until_the_person_insists(ws):
    from datetime import timedelta

    from app import clock
    from app.services.team import handover
    item_id = open_comment(ws).id
    with ws.db.session() as s:
        handover.set_away(s, ANNA, clock.today() + timedelta(days=7), ANNA)
    result = actions.perform(ws, actions.Request(item_id, "assign", ME, "anna holm"))
    assert result.outcome == "collision" and result.collision == "away" and not result.ok
    assert "Anna Holm is away until" in result.message and result.changed == ()
    with ws.db.session() as s:
        assert s.get(t.Item, item_id).assigned_to is None            # nothing written
    assert actions.perform(ws, actions.Request(item_id, "assign", ME, ANNA, override=True)).outcome == "done"
    with ws.db.session() as s:
        assert s.get(t.Item, item_id).assigned_to == ANNA
        handover.clear_away(s, ANNA, ANNA)
    # Back from holiday: no warning; unassigning never warns.
    assert actions.perform(ws, actions.Request(item_id, "assign", ME, ANNA)).outcome == "done"
    assert actions.perform(ws, actions.Request(item_id, "assign", ME, "")).outcome == "done"
