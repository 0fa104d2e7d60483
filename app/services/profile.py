"""Who is writing: the person's own name, which signs public replies and case exports.

The OS login ("root", "mjen") is an account identity, not a person: it never signs a reply
or an export. The name comes from ``--user`` (this session), the ``user.name`` setting the
first-run dialog fills in, or ``SVARBOX_USER``; without one, no public reply goes out.
"""
from __future__ import annotations

import os
from typing import TYPE_CHECKING

from app.errors import UsageError
from app.i18n import translate

if TYPE_CHECKING:
    from app.config import UserSettings
    from app.services.workspace import Workspace

UNIT_KEY = "user.unit"            # the person's unit/organisation, asked by the first-run dialog
FIRST_RUN_KEY = "user.first_run_done"


class NameMissing(UsageError):
    """A reply or an export needs the person's name and none is set."""


def person_name(settings: UserSettings | None, explicit: str | None = None) -> str:
    """The person's name, or "" when none was given (never the OS login)."""
    for value in (explicit, settings.get("user.name") if settings is not None else None,
                  os.environ.get("SVARBOX_USER")):
        if value and str(value).strip():
            return " ".join(str(value).split())
    return ""


def missing_name_message() -> str:
    return translate("Profile", "Set your name first: public replies and exports are signed with it. "
                                "Run svarbox with --user \"Your Name\" or set it in the window "
                                "(File > Settings…).")


def require_person_name(ws: Workspace) -> str:
    name = ws.person_name
    if not name:
        raise NameMissing(missing_name_message())
    return name


def needs_first_run(ws: Workspace) -> bool:
    """The first-run dialog is due: no name yet, and it was not completed before."""
    return not ws.person_name and not ws.settings.get(FIRST_RUN_KEY)


def save_profile(ws: Workspace, *, name: str, unit: str = "", language: str = "", case_channel: str = "") -> None:
    """Store what the first-run dialog asked. The case channel is the team's shared setting."""
    name = " ".join((name or "").split())
    if not name:
        raise NameMissing(translate("Profile", "Enter your name; it signs your replies."))
    ws.settings.set("user.name", name)
    ws.settings.set(UNIT_KEY, " ".join((unit or "").split()))
    ws.settings.set("user.language", language or "")
    ws.settings.set(FIRST_RUN_KEY, True)
    ws.settings.save()
    if case_channel and case_channel.strip():
        from app.services.team.shared_settings import set_shared
        with ws.db.session() as session:
            set_shared(session, "org.case_channel", case_channel.strip(), name)


def exporter_label(ws: Workspace) -> str:
    """"Exported by" in a case export: the person's name and unit."""
    name = require_person_name(ws)
    unit = (ws.settings.get(UNIT_KEY) or "").strip()
    return f"{name}, {unit}" if unit else name
