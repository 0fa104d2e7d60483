"""Connector errors as one sentence for a person, in one place.

Every platform fault reaches Svarbox as one of the classes of ``app.connectors.base`` (token
expired, permission missing, rate limited, offline, temporary trouble, refused, unreadable),
sometimes with a code the sentence can be more precise about (no token in the keychain, a
picture too large). What the person should read also depends on what was being done:
connecting an account, syncing, sending from the outbox, loading a picture. This module is the
one table from (error, activity) to a translated sentence; the outbox, sync, the account
services, the window and the CLI all ask it rather than spelling their own.
"""
# ruff: noqa: E501  (the table reads best one sentence a line)
from __future__ import annotations

from datetime import datetime

from app.connectors import base as cb
from app.errors import KnownError
from app.i18n import QT_TRANSLATE_NOOP, translate_in
from app.services import reasons

# What was being done when the platform said no.
CONNECT, SYNC, SEND, PICTURE = "connect", "sync", "send", "picture"
ANY = ""

# (error kind or code, activity) -> (translation context, sentence). ANY: every activity without
# a sentence of its own. {reason} is the connector's own message (never a token), {time} the
# local time the platform lets us try again.
_SENTENCES: dict[tuple[str, str], tuple[str, str]] = {
    ("auth", ANY): ("Accounts", QT_TRANSLATE_NOOP("Accounts", "The platform did not accept the token (expired or revoked).")),
    ("auth", SEND): ("Outbox", QT_TRANSLATE_NOOP("Outbox", "The account needs reconnecting before this can be sent.")),
    ("no-token", ANY): ("Sync", QT_TRANSLATE_NOOP("Sync", "No token for this account in your keychain; reconnect it.")),
    ("permission", ANY): ("Accounts", QT_TRANSLATE_NOOP("Accounts", "The token lacks a permission: {reason}")),
    ("permission", SEND): ("Outbox", QT_TRANSLATE_NOOP("Outbox", "The platform refused it: {reason}")),
    ("rate", ANY): ("Sync", QT_TRANSLATE_NOOP("Sync", "Paused by the platform until {time}.")),
    ("rate", SEND): ("Outbox", QT_TRANSLATE_NOOP("Outbox", "Rate limited by the platform; will try again at {time}.")),
    ("rate-untimed", ANY): ("Errors", QT_TRANSLATE_NOOP("Errors", "The platform asks Svarbox to slow down; it tries again a little later.")),
    ("offline", ANY): ("Accounts", QT_TRANSLATE_NOOP("Accounts", "The platform cannot be reached; check the network.")),
    ("offline", SEND): ("Outbox", QT_TRANSLATE_NOOP("Outbox", "Offline; will be sent when the platform can be reached.")),
    ("offline", PICTURE): ("Attachments", QT_TRANSLATE_NOOP("Attachments", "The picture could not be loaded: no connection to the platform.")),
    ("transient", ANY): ("Errors", QT_TRANSLATE_NOOP("Errors", "The platform has a temporary problem ({reason}); Svarbox tries again later.")),
    ("malformed", SEND): ("Outbox", QT_TRANSLATE_NOOP("Outbox", "The answer from the platform was cut off; Svarbox checks "
                                                      "whether it arrived before trying again.")),
    ("permanent", SEND): ("Outbox", QT_TRANSLATE_NOOP("Outbox", "The platform refused it: {reason}")),
    ("permanent", PICTURE): ("Attachments", QT_TRANSLATE_NOOP("Attachments", "The platform no longer gives this picture (the link has expired "
                                                              "or it was removed). Sync again, or open it on the platform.")),
    ("too-large", PICTURE): ("Attachments", QT_TRANSLATE_NOOP("Attachments", "The picture is larger than 10 MB; open it on the platform instead.")),
    ("not-image", PICTURE): ("Attachments", QT_TRANSLATE_NOOP("Attachments", "The platform sent something that is not a picture; it is not shown.")),
    ("other", PICTURE): ("Attachments", QT_TRANSLATE_NOOP("Attachments", "The picture could not be loaded; try again later.")),
    ("other", ANY): ("Accounts", QT_TRANSLATE_NOOP("Accounts", "The platform answered with an error: {reason}")),
}


def kind_of(error: cb.ConnectorError) -> str:
    """The error's kind: auth, permission, rate, offline, transient, malformed, permanent, other."""
    for cls, kind in ((cb.RateLimited, "rate"), (cb.Offline, "offline"), (cb.Transient, "transient"),
                      (cb.AuthExpired, "auth"), (cb.PermissionMissing, "permission"),
                      (cb.Malformed, "malformed"), (cb.Permanent, "permanent")):
        if isinstance(error, cls):
            return kind
    return "other"


def _keys(error: cb.ConnectorError, doing: str, timed: bool) -> list[tuple[str, str]]:
    kind = kind_of(error)
    if kind == "rate" and not timed:
        kind = "rate-untimed"
    code = error.code or ""
    # The activity's own sentences first (its catch-all included), then the general ones.
    return [(code, doing), (kind, doing), ("other", doing), (code, ANY), (kind, ANY), ("other", ANY)]


def user_message(error: cb.ConnectorError, lang: str | None = None, *, doing: str = ANY,
                 retry_at: datetime | None = None) -> str:
    """One sentence for a person about ``error`` met while ``doing`` (CONNECT, SYNC, SEND,
    PICTURE or ANY), in ``lang`` (None: the language Svarbox runs in). ``retry_at`` overrides
    the platform's own retry time (the outbox's backoff when the platform named none)."""
    when = retry_at or getattr(error, "retry_at", None)
    for key in _keys(error, doing, when is not None):
        if key in _SENTENCES:
            context, source = _SENTENCES[key]
            break
    text = translate_in(lang, context, source)
    detail = reasons.detail(error) if lang is None else error.message
    return text.format(reason=detail, time=when.astimezone().strftime("%H:%M") if when else "")


def known_message(exc: BaseException, lang: str | None = None) -> str | None:
    """The sentence for a failure the person can act on (a KnownError or a connector error);
    None for anything else, which is a bug and goes to the crash report."""
    if isinstance(exc, KnownError):
        return exc.message
    if isinstance(exc, cb.ConnectorError):
        return user_message(exc, lang)
    return None
