"""The settings Svarbox knows, declared once as data: default, type, label, where it lives
(this user's file, the team's database, or only IT's policy) and a validator.

Kept apart from ``app.config`` so that IT's policy (``app.policy``) can validate its values
against the declarations while ``app.config`` applies that policy, without an import circle.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.deadline_policy import parse_policy
from app.errors import UsageError
from app.i18n import QT_TRANSLATE_NOOP, translate

# --- settings declared as data -------------------------------------------------------------

def _policy(value: str) -> str:
    parse_policy(value)
    return value


def _positive_int(value: Any) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise UsageError(translate("Config", "Enter a whole number.")) from None
    if number <= 0:
        raise UsageError(translate("Config", "Enter a number greater than zero."))
    return number


def _language(value: str) -> str:
    if value not in ("", "da", "sv", "en"):
        raise UsageError(translate("Config", "Choose Danish, Swedish or English."))
    return value


def _database_url(value: str) -> str:
    if value and not (value.startswith("sqlite:///") or value.startswith("postgresql")):
        raise UsageError(translate("Config", "Use a sqlite:/// or postgresql+psycopg:// address."))
    return value


def _country(value: str) -> str:
    code = str(value).strip().upper()
    if len(code) != 2 or not code.isalpha():
        raise UsageError(translate("Config", "Use a two-letter country code such as DK, SE, NO or FI."))
    return code


def _iso_dates(value: list) -> list:
    from datetime import date
    out = []
    for text in value:
        try:
            out.append(date.fromisoformat(str(text).strip()).isoformat())
        except ValueError:
            raise UsageError(translate("Config", "{value} is not a date like 2026-12-24.").format(value=text)) from None
    return out


def _platforms(value: list) -> list:
    from app.connectors.base import Platform
    PLATFORMS = tuple(p.value for p in Platform)
    unknown = [p for p in value if p not in PLATFORMS]
    if unknown:
        raise UsageError(translate("Config", "Unknown platform {platform}; use one of: {choices}.").format(
            platform=", ".join(unknown), choices=", ".join(PLATFORMS)))
    return list(value)


def _feed_url(value: str) -> str:
    value = str(value).strip()
    if value and not value.lower().startswith(("https://", "http://127.0.0.1", "http://localhost")):
        raise UsageError(translate("Config", "An update feed address must use https."))
    return value


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    kind: type
    label: str                   # English source; translated where shown
    description: str = ""
    scope: str = "user"          # "user": this person's settings file; "shared": the database;
                                 # "machine": only IT's policy sets it (app.policy)
    group: str = "general"
    validate: Callable[[Any], Any] | None = None
    choices: tuple = field(default=())


SETTINGS: tuple[Setting, ...] = (
    Setting("user.name", "", str, QT_TRANSLATE_NOOP("Settings", "Your name"), QT_TRANSLATE_NOOP("Settings", "Shown to colleagues and used in signatures."), group="profile"),
    Setting("user.signature", "/{my_first_name}, {institution}", str, QT_TRANSLATE_NOOP("Settings", "Signature"),
            QT_TRANSLATE_NOOP("Settings", "Appended to every reply. Placeholders: {my_first_name}, {my_name}, "
                              "{institution}, {account_name}."),
            group="profile"),
    Setting("user.language", "", str, QT_TRANSLATE_NOOP("Settings", "Language"), QT_TRANSLATE_NOOP("Settings", "Empty follows the system language."), group="profile",
            validate=_language, choices=("", "da", "sv", "en")),
    Setting("sync.interval_minutes", 5, int, QT_TRANSLATE_NOOP("Settings", "Sync every (minutes)"), group="sync", validate=_positive_int),
    Setting("notify.enabled", True, bool, QT_TRANSLATE_NOOP("Settings", "Desktop notifications"),
            QT_TRANSLATE_NOOP("Settings", "Warn when an item is within one working hour of its deadline or overdue."), group="notifications"),
    Setting("retention.days", 90, int, QT_TRANSLATE_NOOP("Settings", "Keep handled items (days)"),
            QT_TRANSLATE_NOOP("Settings", "After this, text and author of handled items are removed from the cache."),
            scope="shared", group="privacy", validate=_positive_int),
    Setting("policy.default", "hours:24", str, QT_TRANSLATE_NOOP("Settings", "Default response policy"), scope="shared", group="policies",
            validate=_policy),
    Setting("policy.followup", "workdays:2", str, QT_TRANSLATE_NOOP("Settings", "Default follow-up policy"), scope="shared", group="policies",
            validate=_policy),
    Setting("org.name", "", str, QT_TRANSLATE_NOOP("Settings", "Organisation name"), scope="shared", group="policies"),
    Setting("org.own_domains", "", str, QT_TRANSLATE_NOOP("Settings", "Our own e-mail domains"),
            QT_TRANSLATE_NOOP("Settings", "Comma-separated; addresses there are not flagged as private data."), scope="shared",
            group="policies"),
    Setting("org.case_channel", "", str, QT_TRANSLATE_NOOP("Settings", "Official case channel"),
            QT_TRANSLATE_NOOP("Settings", "Where referrals point, e.g. a web form address or phone number."), scope="shared", group="policies"),
    Setting("database.url", "", str, QT_TRANSLATE_NOOP("Settings", "Database address"),
            QT_TRANSLATE_NOOP("Settings", "Empty uses the local file; a team uses postgresql+psycopg://…"), group="team",
            validate=_database_url),
    # Organisation-wide values IT sets by policy (app.policy); see docs/it.md.
    Setting("calendar.country", "DK", str, QT_TRANSLATE_NOOP("Settings", "Calendar country for new accounts"),
            scope="machine", group="policies", validate=_country),
    Setting("calendar.closed_days", [], list, QT_TRANSLATE_NOOP("Settings", "Days the organisation is closed"),
            scope="machine", group="policies", validate=_iso_dates),
    Setting("platforms.allowed", [], list, QT_TRANSLATE_NOOP("Settings", "Platforms that may be connected"),
            QT_TRANSLATE_NOOP("Settings", "Empty allows every platform."), scope="machine", group="policies",
            validate=_platforms),
    Setting("telemetry.enabled", False, bool, QT_TRANSLATE_NOOP("Settings", "Telemetry"),
            QT_TRANSLATE_NOOP("Settings", "Svarbox sends no usage data; IT may assert that here."),
            scope="machine", group="policies"),
    Setting("update.feed_url", "", str, QT_TRANSLATE_NOOP("Settings", "Update feed"),
            QT_TRANSLATE_NOOP("Settings", "Where Svarbox looks for a newer version; empty turns the notice off."),
            scope="machine", group="policies", validate=_feed_url),
    Setting("network.pac_url", "", str, QT_TRANSLATE_NOOP("Settings", "Proxy configuration file (PAC)"),
            QT_TRANSLATE_NOOP("Settings", "Empty uses the operating system's proxy settings."),
            scope="machine", group="network"),
    Setting("network.wpad", False, bool, QT_TRANSLATE_NOOP("Settings", "Find the proxy by WPAD"),
            scope="machine", group="network"),
)
SETTINGS_BY_KEY = {s.key: s for s in SETTINGS}
