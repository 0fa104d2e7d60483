"""Connector errors become user messages in one place (app.services.errors): every error class in
every activity gets a finished sentence in words, the connector's reason and the platform's retry
time go in where the sentence has room for them, it speaks the person's language, and the outbox,
sync, the account services and the CLI show exactly that sentence."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.cli import _one_line
from app.connectors import base as cb
from app.errors import KnownError
from app.services import errors
from app.services.errors import CONNECT, PICTURE, SEND, SYNC, known_message, user_message

REASON = "(#100) Comment has been deleted"
ERRORS = [cb.AuthExpired(REASON), cb.PermissionMissing(REASON), cb.RateLimited(REASON),
          cb.RateLimited(REASON, retry_at=datetime(2026, 3, 11, 13, 45, tzinfo=UTC)), cb.Transient(REASON),
          cb.Offline(REASON), cb.Permanent(REASON), cb.Malformed(REASON), cb.ConnectorError(REASON)]


@pytest.mark.parametrize("doing", [errors.ANY, CONNECT, SYNC, SEND, PICTURE])
@pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
def test_every_error_in_every_activity_is_a_finished_sentence(error, doing):
    text = user_message(error, doing=doing)
    assert text and text[0].isupper() and text.rstrip(")").endswith((".", REASON))
    assert "{" not in text and "}" not in text                      # no placeholder left unfilled
    assert not any(name in text for name in ("AuthExpired", "PermissionMissing", "RateLimited", "ConnectorError",
                                             "Malformed", "Transient"))   # words, not class names


def test_the_reason_goes_in_where_the_person_needs_it():
    assert user_message(cb.Permanent(REASON), doing=SEND) == f"The platform refused it: {REASON}"
    assert user_message(cb.PermissionMissing("pages_manage_engagement"), doing=CONNECT) == \
        "The token lacks a permission: pages_manage_engagement"
    assert user_message(cb.Transient("HTTP 503"), doing=SYNC) == \
        "The platform has a temporary problem (HTTP 503); Svarbox tries again later."


def test_the_retry_time_is_the_platforms_or_the_outboxs_in_local_time():
    at = datetime(2026, 3, 11, 13, 45, tzinfo=UTC)
    local = at.astimezone().strftime("%H:%M")
    assert user_message(cb.RateLimited("slow down", retry_at=at), doing=SEND) == \
        f"Rate limited by the platform; will try again at {local}."
    backoff = at + timedelta(minutes=30)
    assert local not in user_message(cb.RateLimited("slow down"), doing=SEND, retry_at=backoff)
    assert user_message(cb.RateLimited("slow down")) == \
        "The platform asks Svarbox to slow down; it tries again a little later."


def test_codes_are_more_precise_than_classes():
    no_token = cb.AuthExpired("No token for this account in your keychain; reconnect it.", code="no-token")
    assert user_message(no_token, doing=SYNC) == "No token for this account in your keychain; reconnect it."
    assert user_message(no_token, doing=SEND) == "The account needs reconnecting before this can be sent."
    assert user_message(cb.Permanent("15 MB", code="too-large"), doing=PICTURE) == \
        "The picture is larger than 10 MB; open it on the platform instead."
    assert user_message(cb.Transient("reset"), doing=PICTURE) == "The picture could not be loaded; try again later."


def test_it_speaks_the_persons_language():
    offline = cb.Offline("no route to host")
    assert user_message(offline, "da", doing=CONNECT) == "Platformen kan ikke nås; tjek netværket."
    assert user_message(offline, "sv", doing=CONNECT) == "Det går inte att nå plattformen; kontrollera nätverket."
    assert user_message(offline, "en", doing=CONNECT) == "The platform cannot be reached; check the network."
    assert user_message(cb.Transient("HTTP 502"), "da") == \
        "Platformen har et midlertidigt problem (HTTP 502); Svarbox prøver igen senere."


def test_known_failures_are_words_and_anything_else_is_a_bug():
    assert known_message(KnownError("The file is locked.")) == "The file is locked."
    assert known_message(cb.Offline("down")) == "The platform cannot be reached; check the network."
    assert known_message(ZeroDivisionError()) is None


def test_the_cli_says_a_stray_connector_error_in_words():
    line = _one_line(cb.AuthExpired("Error validating access token: Session has expired"))
    assert line == "The platform did not accept the token (expired or revoked)."


def test_the_outbox_and_sync_store_the_same_sentence(ws, demo_account, platform, fixed_clock):
    from app.models import tables as t
    from app.services.inbound import sync
    from app.services.outbound import outbox
    from tests.services.conftest import ME, comment

    with ws.db.session() as s:
        outbox_id = outbox.queue_action(s, comment(ws, demo_account), "reply", ME, "Tak for beskeden.")
    platform.fail_next(cb.Offline("no route to host"), op="reply")
    [result] = outbox.flush(ws, connector_factory=lambda _ws, _acc: platform)
    assert result.message == user_message(cb.Offline("x"), doing=SEND)
    with ws.db.session() as s:
        assert s.get(t.OutboxAction, outbox_id).last_error == result.message
    platform.fail_next(cb.Permanent("(#200) Requires pages_read_engagement"), op="fetch")
    synced = sync.sync_account(ws, demo_account, connector=platform, sleep=lambda _s: None)
    assert synced.message == "The platform answered with an error: (#200) Requires pages_read_engagement"
    with ws.db.session() as s:
        assert s.get(t.Account, demo_account).status_message == synced.message


def test_connecting_an_account_says_the_same(ws):
    from app.services import accounts

    class Refusing:
        def whoami(self):
            raise cb.PermissionMissing("pages_manage_metadata")

    with pytest.raises(KnownError) as refused:
        accounts._whoami(Refusing())
    assert refused.value.message == user_message(cb.PermissionMissing("pages_manage_metadata"), doing=CONNECT)
