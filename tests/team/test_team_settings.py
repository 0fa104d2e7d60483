"""Per-user settings stay with the person (their settings file); shared settings live in the
database; tokens stay in each person's own keychain, so a colleague without the token sees
the account's items but cannot send on it, and is told why. (On one SQLite file every client
shares the machine's keychain, so a missing token there is the account's problem; on a team's
PostgreSQL it is only this colleague's, and their client leaves the account to the others.)"""
from __future__ import annotations

import pytest

from app.config import SETTINGS_BY_KEY
from app.errors import UsageError
from app.models import tables as t
from app.services import accounts
from app.services.inbound import inbox
from app.services.inbound.sync import sync_account
from app.services.outbound import outbox
from app.services.team import collab, shared_settings
from app.services.team import leases as team_service
from tests.team.teamkit import ACCOUNT_NAME, ANNA, BO

NO_TOKEN = (f"Your keychain has no token for {ACCOUNT_NAME}; connect it on this computer to "
            "send from it.")


def test_personal_settings_stay_personal(db_url, make_team):
    team = make_team(db_url, sync=False)
    anna, bo = team.anna, team.client(BO)
    anna.settings.set("user.signature", "/Anna, Kommunikation")
    anna.settings.set("user.language", "da")
    anna.settings.set("notify.enabled", False)
    anna.settings.save()
    assert (team.data_dir(ANNA) / "settings.json").exists()
    assert not (team.data_dir(BO) / "settings.json").exists()
    for key in ("user.signature", "user.language", "notify.enabled"):
        assert shared_settings.setting_value(bo, key) == SETTINGS_BY_KEY[key].default
    assert shared_settings.setting_value(anna, "user.signature") == "/Anna, Kommunikation"
    with pytest.raises(UsageError, match="personal setting"):
        with anna.db.session() as s:
            shared_settings.set_shared(s, "user.signature", "/Anna", ANNA)


def test_shared_settings_are_shared_through_the_database(db_url, make_team):
    team = make_team(db_url, sync=False)
    anna, bo = team.anna, team.client(BO)
    assert shared_settings.setting_value(bo, "policy.default") == "hours:24"       # the declared default
    with anna.db.session() as s:
        shared_settings.set_shared(s, "policy.default", "hours:8", ANNA)
        assert shared_settings.set_shared(s, "retention.days", "30", ANNA) == 30
    assert shared_settings.setting_value(bo, "policy.default") == "hours:8"
    assert shared_settings.setting_value(bo, "retention.days") == 30
    with pytest.raises(UsageError):
        with bo.db.session() as s:
            shared_settings.set_shared(s, "policy.default", "whenever", BO)
    with pytest.raises(UsageError):
        with bo.db.session() as s:
            shared_settings.get_shared(s, "no.such.setting")
    with bo.db.session() as s:
        shared_settings.set_shared(s, "policy.default", "business_hours:4", BO)          # the later save wins
    with anna.db.session() as s:
        assert shared_settings.get_shared(s, "policy.default") == "business_hours:4"
        everything = shared_settings.shared_settings(s)
        assert everything["org.own_domains"] == "" and everything["retention.days"] == 30
        assert set(everything) == {k for k, v in SETTINGS_BY_KEY.items() if v.scope == "shared"}
        who = [(a.actor, a.details["key"]) for a in collab.activity(s) if a.action == "shared_setting"]
        assert who == [(BO, "policy.default"), (ANNA, "retention.days"), (ANNA, "policy.default")]
    # Accounts (with their policies and calendars) are shared by living in the database.
    assert [a.name for a in accounts.list_accounts(bo)] == [ACCOUNT_NAME]


def test_without_the_token_a_colleague_sees_items_but_cannot_send(db_url, make_team):
    team = make_team(db_url, n_comments=2)
    bo = team.client(BO, with_token=False)
    assert accounts.can_send(bo, team.account_id) == (False, NO_TOKEN)
    assert accounts.can_send(team.anna, team.account_id) == (True, None)
    with bo.db.session() as s:
        assert len(inbox.query_rows(s, inbox.ViewSpec(view="open"))) == 2
    [info] = accounts.list_accounts(bo, check_keychain=True)
    assert info.has_token is False
    composer = collab.open_composer(bo, team.item_id(team.comment_ids[0]))
    assert composer.claimed and not composer.can_send and composer.cannot_send_reason == NO_TOKEN
    collab.close_composer(bo, team.item_id(team.comment_ids[0]))


def test_a_new_account_takes_the_teams_default_policy(db_url, make_team):
    team = make_team(db_url, sync=False)
    with team.anna.db.session() as s:
        shared_settings.set_shared(s, "policy.default", "hours:8", ANNA)
    info = accounts.add_account(team.client(BO), platform="demo", name="Demo", token=None)
    assert info.policy == "hours:8"


@pytest.mark.postgres
def test_a_client_without_the_token_leaves_sending_to_colleagues(pg_url, make_team):
    team = make_team(pg_url)
    bo = team.client(BO, with_token=False)
    item = team.item_id(team.comment_ids[0])
    with team.anna.db.session() as s:
        oid = collab.queue_reply(s, item, ANNA, "Vejen åbner fredag.")
    assert outbox.flush(bo) == []          # Bo's client runs its flush timer too
    with bo.db.session() as s:
        action = s.get(t.OutboxAction, oid)
        assert (action.state, action.attempts, action.worker) == (t.OUTBOX_QUEUED, 0, None)
        assert s.get(t.Account, team.account_id).status == "ok"
    assert [r.state for r in outbox.flush(team.anna)] == [t.OUTBOX_SENT]
    assert team.own_replies(team.comment_ids[0]) == ["Vejen åbner fredag."]


@pytest.mark.postgres
def test_a_client_without_the_token_leaves_syncing_to_colleagues(pg_url, make_team):
    team = make_team(pg_url)
    bo = team.client(BO, with_token=False)
    result = sync_account(bo, team.account_id, sleep=lambda _s: None)
    assert result.status == "no_token" and result.message == NO_TOKEN
    with bo.db.session() as s:
        account = s.get(t.Account, team.account_id)
        assert (account.status, account.status_message) == ("ok", None)
    assert team_service.lease_holder(bo.db, f"sync:{team.account_id}") is None
    assert sync_account(team.anna, team.account_id, sleep=lambda _s: None).ok
