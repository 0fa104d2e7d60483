"""Platform error reasons in the user's language.

Connectors describe a refusal in English (``ConnectorError.message``, also what the log
keeps) with a stable ``code``. What a Danish or Swedish user reads comes from here: a
translated sentence for the refusals we know by code, else a translated sentence for the kind
of trouble followed by the platform's own words, quoted - never English alone.
"""
from __future__ import annotations

from collections.abc import Callable

from app import i18n
from app.connectors import base as cb
from app.i18n import translate

# code -> sentence; codes as the connectors and the platforms give them.
_BY_CODE: dict[tuple[str, ...], Callable[[], str]] = {
    ("not-found", "not_found"): lambda: translate(
        "PlatformReasons", "It no longer exists on the platform (deleted by its author or by the platform)."),
    ("window-closed", "outside-window"): lambda: translate(
        "PlatformReasons", "The platform's time window for answering this message has closed; answer in "
                           "the official case channel instead."),
    ("delete-not-allowed", "not-deleted"): lambda: translate(
        "PlatformReasons", "The platform does not let the account delete this; it may only delete its own posts."),
    ("hide-not-allowed", "no-hide", "hidden-full"): lambda: translate(
        "PlatformReasons", "The platform does not let the account hide this."),
    ("too-large", "image-too-large"): lambda: translate("PlatformReasons", "The image is too large for the platform."),
    ("too-many-images",): lambda: translate("PlatformReasons", "The post has more images than the platform takes."),
    ("missing-alt",): lambda: translate(
        "PlatformReasons", "Every image needs an alt text (a description for screen readers)."),
    ("image-type", "not-image"): lambda: translate("PlatformReasons", "The platform does not take this type of file."),
    ("empty",): lambda: translate("PlatformReasons", "The platform does not take an empty reply."),
    ("too_long", "too-long"): lambda: translate("PlatformReasons", "The text is longer than the platform allows."),
    ("duplicate", "187"): lambda: translate(
        "PlatformReasons", "The platform refused it as a copy of an earlier reply."),
    ("duplicate-post",): lambda: translate(
        "PlatformReasons", "The platform refused the post as a copy of one already published; change the text "
                           "to publish it again."),
    ("rate-limit", "4", "17", "32", "613", "88", "429"): lambda: translate(
        "PlatformReasons", "The platform asks us to slow down; it will be tried again later."),
    ("credits-depleted", "usage-capped", "quotaExceeded"): lambda: translate(
        "PlatformReasons", "The account's allowance on the platform is used up for now."),
    ("reply-restricted", "reply-needs-mention"): lambda: translate(
        "PlatformReasons", "The platform only allows a reply where the account was mentioned or invited to reply."),
    ("rejected",): lambda: translate("PlatformReasons", "A rejected comment cannot be published again."),
    ("version-inactive", "426"): lambda: translate(
        "PlatformReasons", "The platform no longer supports the version of its interface Svarbox uses; "
                           "update Svarbox."),
    ("unauthorized", "190", "401"): lambda: translate(
        "PlatformReasons", "The platform no longer accepts this account's sign-in (expired or revoked): "
                           "reconnect the account."),
    ("forbidden",): lambda: translate(
        "PlatformReasons", "The platform did not permit this: the account lacks a permission or a role."),
    ("not_supported", "not-supported"): lambda: translate("PlatformReasons", "The platform does not allow this here."),
}
_CODES: dict[str, Callable[[], str]] = {code: sentence for codes, sentence in _BY_CODE.items() for code in codes}


def _by_kind(exc: cb.ConnectorError) -> str:
    if isinstance(exc, cb.Offline):
        return translate("PlatformReasons", "The platform cannot be reached; check the network.")
    if isinstance(exc, cb.RateLimited):
        return _CODES["rate-limit"]()
    if isinstance(exc, cb.AuthExpired):
        return _CODES["unauthorized"]()
    if isinstance(exc, cb.PermissionMissing):
        return _CODES["forbidden"]()
    if isinstance(exc, cb.Transient):
        return translate("PlatformReasons", "The platform had a temporary problem; it will be tried again.")
    if isinstance(exc, cb.Malformed):
        return translate("PlatformReasons", "The platform sent an answer Svarbox could not read.")
    return translate("PlatformReasons", "The platform refused it.")


def reason(exc: cb.ConnectorError) -> str:
    """What to tell the user about ``exc``, in the installed language. English users get the
    connector's own, more specific sentence."""
    message = (getattr(exc, "message", None) or str(exc)).strip()
    if i18n.current_language() == "en":
        return message
    known = _CODES.get(str(exc.code or "").strip())
    if known is not None:
        return known()
    general = _by_kind(exc)
    if not message:
        return general
    return translate("PlatformReasons", "{reason} The platform's own words: “{words}”").format(
        reason=general, words=message)


def detail(exc: cb.ConnectorError) -> str:
    """The ``{reason}`` inside ``services.errors``' sentences: a known refusal in the user's
    language, else the platform's own words (quoted where they are not the user's language)."""
    message = (getattr(exc, "message", None) or str(exc)).strip()
    if i18n.current_language() == "en":
        return message
    known = _CODES.get(str(exc.code or "").strip())
    if known is not None:
        return known()
    return f"“{message}”" if message else _by_kind(exc)
