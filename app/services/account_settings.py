"""What the settings dialog reads and saves, without Qt.

- The declared settings (``app.config.SETTINGS``) wherever each lives: personal ones in this
  user's settings file, shared ones in the team's database (``app.services.team.collab``).
- Per account: the response policy, the follow-up policy and the work calendar. Saving checks
  them exactly as deadlines are computed (``parse_policy``, ``WorkCalendar.from_dict``), writes
  an audit event and says which stored deadlines must be recomputed; the recompute itself
  (``app.services.inbound.items.recompute_deadlines``) is the caller's, off the GUI thread.

The ``*_error`` helpers return the one sentence a person should read next to a field, or None.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

import holidays
from sqlalchemy import select

from app import clock
from app.deadline_policy import Policy, parse_policy
from app.errors import KnownError, NotFoundError, UsageError
from app.i18n import translate
from app.models import tables as t
from app.services.inbound import items as item_service
from app.services.inbound.calendar import COUNTRY_DEFAULTS, DEFAULT_CATEGORIES, WorkCalendar, parse_date, parse_hours
from app.services.workspace import Workspace
from app.settings_schema import SETTINGS_BY_KEY

# Offered first in the country list; any country ``holidays`` knows is accepted.
COUNTRY_CHOICES = ("DK", "SE", "NO", "FI", "IS", "DE")

FIELD_POLICY = "policy"
FIELD_FOLLOWUP = "followup_policy"
FIELD_CALENDAR = "calendar"


class AccountSettingsError(UsageError):
    """A refused value; ``field`` says which one: policy, followup_policy or calendar."""

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass
class AccountSettings:
    id: int
    name: str
    platform: str
    institution: str | None
    policy: str
    followup_policy: str
    calendar: dict[str, Any]          # the full form (WorkCalendar.to_dict), defaults filled in
    calendar_error: str | None = None   # the stored calendar is unusable: say so, show defaults


# --- field checks --------------------------------------------------------------------------

def _message(exc: BaseException) -> str:
    return exc.message if isinstance(exc, KnownError) else str(exc)


def policy_error(text: str) -> str | None:
    try:
        parse_policy(text)
    except UsageError as exc:
        return exc.message
    return None


def hours_error(text: str) -> str | None:
    try:
        parse_hours(text)
    except UsageError as exc:
        return exc.message
    return None


def date_error(text: str) -> str | None:
    try:
        parse_date(text)
    except UsageError as exc:
        return exc.message
    return None


def check_calendar(data: Mapping[str, Any]) -> WorkCalendar:
    """The calendar ``data`` describes; UsageError when it is malformed or never open (every
    weekday closed and no special opening hours), which would make every deadline fail."""
    calendar = WorkCalendar.from_dict(data)
    calendar.next_open_date_after(clock.today())
    return calendar


def calendar_error(data: Mapping[str, Any]) -> str | None:
    try:
        check_calendar(data)
    except UsageError as exc:
        return exc.message
    return None


def setting_error(key: str, value: Any) -> str | None:
    """The declared validator's sentence for ``value``, or None when it is accepted."""
    setting = SETTINGS_BY_KEY[key]
    if setting.validate is None:
        return None
    try:
        setting.validate(value)
    except (KnownError, ValueError, TypeError) as exc:
        return _message(exc)
    return None


def holiday_categories(country: str) -> tuple[str, ...]:
    """Holiday categories ``holidays`` knows for ``country``, the country's defaults first."""
    try:
        supported = tuple(sorted(holidays.country_holidays(country.upper()).supported_categories))
    except (NotImplementedError, KeyError, AttributeError):
        return ()
    first = default_categories(country)
    return tuple(c for c in first if c in supported) + tuple(c for c in supported if c not in first)


def default_categories(country: str) -> tuple[str, ...]:
    return COUNTRY_DEFAULTS.get(country.upper(), (None, DEFAULT_CATEGORIES))[1]


def country_calendar(country: str) -> dict[str, Any]:
    """The country's default calendar (zone, holiday categories, Mon-Fri 08:00-16:00)."""
    return WorkCalendar.for_country(country).to_dict()


def full_calendar(data: Mapping[str, Any]) -> dict[str, Any]:
    """A stored calendar (often just ``{"country": "DK"}``) with every default filled in."""
    return WorkCalendar.from_dict(data).to_dict()


# --- accounts ------------------------------------------------------------------------------

def list_account_settings(ws: Workspace) -> list[AccountSettings]:
    out = []
    with ws.db.session() as session:
        for account in session.scalars(select(t.Account).order_by(t.Account.name)):
            institution = session.get(t.Institution, account.institution_id) if account.institution_id else None
            stored = json.loads(account.calendar or "{}")
            error = None
            try:
                calendar = full_calendar(stored)
            except (UsageError, ValueError) as exc:
                error = _message(exc)
                country = stored.get("country", "DK") if isinstance(stored, dict) else "DK"
                try:
                    calendar = country_calendar(country)
                except UsageError:
                    calendar = country_calendar("DK")
            out.append(AccountSettings(account.id, account.name, account.platform,
                                       institution.name if institution else None, account.policy,
                                       account.followup_policy or "workdays:2", calendar, error))
    return out


@dataclass(frozen=True)
class Recompute:
    """Deadlines to recompute after a saved change: ``days`` when only those calendar dates
    changed (``recompute_deadlines(days=...)`` then looks only at the items whose window spans
    them), None for the whole account (a policy, the zone, the weekly hours, ...)."""
    account_id: int
    days: frozenset[date] | None


def update_account_policy(ws: Workspace, account_id: int, policy: str, followup_policy: str,
                          calendar_dict: Mapping[str, Any], actor: str) -> bool:
    """Check and save an account's policies and calendar; True when deadlines need
    recomputing (a policy or the calendar really changed). See ``save_account_policy``."""
    return save_account_policy(ws, account_id, policy, followup_policy, calendar_dict, actor) is not None


def save_account_policy(ws: Workspace, account_id: int, policy: str, followup_policy: str,
                        calendar_dict: Mapping[str, Any], actor: str) -> Recompute | None:
    """Check and save an account's policies and calendar; what to recompute when a policy or
    the calendar really changed, else None. Nothing is written when nothing changed. Raises
    ``AccountSettingsError`` (with ``field``) for a refused value."""
    try:
        new_policy = parse_policy(policy)
    except UsageError as exc:
        raise AccountSettingsError(exc.message, FIELD_POLICY) from None
    try:
        new_followup = parse_policy(followup_policy)
    except UsageError as exc:
        raise AccountSettingsError(exc.message, FIELD_FOLLOWUP) from None
    try:
        new_calendar = check_calendar(calendar_dict).to_dict()
    except UsageError as exc:
        raise AccountSettingsError(exc.message, FIELD_CALENDAR) from None

    with ws.db.session() as session:
        account = session.get(t.Account, account_id)
        if account is None:
            raise NotFoundError(translate("Accounts", "The account no longer exists."))
        try:
            old_calendar = full_calendar(json.loads(account.calendar or "{}"))
        except (UsageError, ValueError):
            old_calendar = None             # unusable before: any valid calendar is a change
        policy_changed = _parsed_or_none(account.policy) != new_policy
        followup_changed = _parsed_or_none(account.followup_policy or "workdays:2") != new_followup
        calendar_changed = old_calendar != new_calendar
        if not (policy_changed or followup_changed or calendar_changed):
            return None
        before = {"policy": account.policy, "followup_policy": account.followup_policy}
        account.policy = str(new_policy)
        account.followup_policy = str(new_followup)
        account.calendar = json.dumps(new_calendar, ensure_ascii=False)
        item_service.audit(session, actor, "account_policy_changed", account_id=account_id,
                           policy=account.policy, followup_policy=account.followup_policy,
                           previous=before, calendar_changed=calendar_changed)
        days = None if policy_changed or followup_changed else calendar_change_days(old_calendar, new_calendar)
        return Recompute(account_id, days)


def calendar_change_days(old: Mapping[str, Any] | None, new: Mapping[str, Any]) -> frozenset[date] | None:
    """The dates on which two calendars (``full_calendar`` form) differ, when that is all that
    differs (closed dates or one day's special hours added or removed); None when anything
    else changed (zone, country, holidays, weekly hours), which can move every deadline.
    ``recompute_deadlines(days=...)`` then looks only at the items whose window spans them."""
    if old is None:
        return None
    per_day = ("closed_dates", "date_hours")
    if any(old.get(key) != new.get(key) for key in set(old) | set(new) if key not in per_day):
        return None
    old_closed, new_closed = set(old.get("closed_dates") or ()), set(new.get("closed_dates") or ())
    old_hours, new_hours = dict(old.get("date_hours") or {}), dict(new.get("date_hours") or {})
    changed = old_closed ^ new_closed
    changed |= {d for d in set(old_hours) | set(new_hours) if old_hours.get(d) != new_hours.get(d)}
    try:
        return frozenset(parse_date(d) for d in changed)
    except UsageError:
        return None


def _parsed_or_none(text: str | None) -> Policy | None:
    try:
        return parse_policy(text or "")
    except UsageError:
        return None


# --- the declared settings -----------------------------------------------------------------

def read_settings(ws: Workspace) -> dict[str, Any]:
    """Every declared setting's current value: shared ones from the database (declared
    default when unset), personal ones from this user's settings file."""
    return {key: e.value for key, e in effective(ws).items()}


def effective(ws: Workspace) -> dict[str, Any]:
    """Every declared setting with its value and source (default, policy, team, user)."""
    from app.config import effective_settings

    team = {}
    with ws.db.session() as session:
        for key, raw in session.execute(select(t.SharedSetting.key, t.SharedSetting.value)).all():
            if key in SETTINGS_BY_KEY and SETTINGS_BY_KEY[key].scope == "shared":
                try:
                    team[key] = json.loads(raw)
                except ValueError:
                    continue
    return effective_settings(ws.settings, team)


def save_settings(ws: Workspace, values: Mapping[str, Any], actor: str) -> list[str]:
    """Save the values that differ from what is stored; returns the keys that changed.

    Every value is validated first, so a refused one (UsageError naming the setting) leaves
    everything as it was."""
    from app import policy as machine_policy
    from app.services.team.shared_settings import set_shared

    current = read_settings(ws)
    changed = {k: v for k, v in values.items() if k in SETTINGS_BY_KEY and current.get(k) != v}
    pol = machine_policy.load()
    for key in changed:
        if pol.is_locked(key) or SETTINGS_BY_KEY[key].scope == "machine":
            label = translate("Settings", SETTINGS_BY_KEY[key].label)
            raise UsageError(translate("Policy", "{label} is set by {who} and cannot be changed here.").format(
                label=label, who=pol.set_by()))
    for key, value in changed.items():
        error = setting_error(key, value)
        if error:
            label = translate("Settings", SETTINGS_BY_KEY[key].label)
            raise UsageError(f"{label}: {error}")
    shared = {k: v for k, v in changed.items() if SETTINGS_BY_KEY[k].scope == "shared"}
    personal = {k: v for k, v in changed.items() if k not in shared}
    if shared:
        with ws.db.session() as session:
            for key, value in shared.items():
                set_shared(session, key, value, actor)
    if personal:
        for key, value in personal.items():
            ws.settings.set(key, value)
        try:
            ws.settings.save()
        except OSError as exc:
            raise KnownError(translate("Settings", "Your settings could not be saved ({reason}).").format(
                reason=exc.strerror or exc.__class__.__name__)) from None
    return list(changed)
