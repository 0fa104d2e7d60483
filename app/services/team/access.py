"""Who may see and do what in team mode: roles per institution or account.

The database enforces it (``app.models.rls``: row-level security on PostgreSQL, each colleague
on their own login). This module manages the roles (``grant`` / ``revoke`` / ``list_roles``,
run by an administrator) and tells the window in advance what the person may do, with the
reason for a refusal in words (``Access.refusal``), so it can hide or explain instead of
letting the database say no. The local SQLite file is single-user: everything is allowed.

Ranks: reader 1 < communicator 2 < publisher 3 < administrator 4; each role includes the
ones before it.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
from dataclasses import dataclass, field

from sqlalchemy import delete, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app import clock
from app.errors import NotFoundError, UsageError
from app.i18n import translate
from app.models import tables as t
from app.models.db import rowcount
from app.services.inbound import items as item_service

RANK = {t.ROLE_READER: 1, t.ROLE_COMMUNICATOR: 2, t.ROLE_PUBLISHER: 3, t.ROLE_ADMINISTRATOR: 4}
LOGIN_RE = re.compile(r"^[a-z][a-z0-9_.-]{1,62}$")

# What each action needs. The database refuses the writes anyway; the window asks first.
ACTION_RANK = {
    "read": 1, "open": 1,
    "reply": 2, "holding_reply": 2, "no_reply": 2, "refer": 2, "hide": 2, "unhide": 2,
    "spam": 2, "delete": 2, "reject": 2, "reopen": 2, "answered_elsewhere": 2, "note": 2,
    "assign": 2, "claim": 2, "sync": 2, "export": 2, "outbox": 2, "mute": 2, "block": 2, "report": 2,
    "ban": 2, "unban": 2,
    "publish": 3, "approve": 3,
    "forget": 4, "retention": 4, "roles": 4, "audit": 4, "account_settings": 4,
}


def role_name(role: str) -> str:
    return {t.ROLE_READER: translate("Access", "reader"),
            t.ROLE_COMMUNICATOR: translate("Access", "communicator"),
            t.ROLE_PUBLISHER: translate("Access", "publisher"),
            t.ROLE_ADMINISTRATOR: translate("Access", "administrator")}.get(role, role)


def action_name(action: str) -> str:
    names = {
        "reply": translate("Access", "Answering"), "holding_reply": translate("Access", "Answering"),
        "hide": translate("Access", "Hiding comments"), "unhide": translate("Access", "Hiding comments"),
        "delete": translate("Access", "Deleting comments"), "spam": translate("Access", "Marking spam"),
        "note": translate("Access", "Writing notes"), "assign": translate("Access", "Assigning items"),
        "export": translate("Access", "Exporting a case"), "sync": translate("Access", "Syncing"),
        "publish": translate("Access", "Publishing"), "approve": translate("Access", "Approving posts"),
        "mute": translate("Access", "Muting, blocking and reporting authors"),
        "block": translate("Access", "Muting, blocking and reporting authors"),
        "report": translate("Access", "Muting, blocking and reporting authors"),
        "ban": translate("Access", "Banning authors from the Page"),
        "unban": translate("Access", "Banning authors from the Page"),
        "forget": translate("Access", "Forgetting a person"),
        "retention": translate("Access", "Deleting old items"),
        "roles": translate("Access", "Managing roles"), "audit": translate("Access", "Reading the audit log"),
        "account_settings": translate("Access", "Changing account settings"),
    }
    return names.get(action, translate("Access", "This"))


def _needed_role(action: str) -> str:
    rank = ACTION_RANK.get(action, 4)
    return next(role for role, r in RANK.items() if r == rank)


@dataclass
class Access:
    """What the connected person may do. ``unrestricted``: the single-user SQLite file, or a
    database login that bypasses row-level security (the owner running migrations)."""
    login: str | None
    unrestricted: bool
    account_rank: dict[int, int] = field(default_factory=dict)
    account_institution: dict[int, str] = field(default_factory=dict)

    def rank(self, account_id: int | None) -> int:
        if self.unrestricted:
            return 4
        if account_id is None:
            return max(self.account_rank.values(), default=0)
        return self.account_rank.get(account_id, 0)

    def may(self, action: str, account_id: int | None = None) -> bool:
        return self.rank(account_id) >= ACTION_RANK.get(action, 4)

    def refusal(self, action: str, account_id: int | None = None) -> str | None:
        """None when allowed; otherwise one sentence naming the role held and the one needed."""
        if self.may(action, account_id):
            return None
        needed = role_name(_needed_role(action))
        rank = self.rank(account_id)
        where = self.account_institution.get(account_id or -1) or translate("Access", "this account")
        if rank == 0:
            return translate("Access", "{action} needs the {needed} role, and you have no role for "
                             "{where}. Ask an administrator.").format(
                                 action=action_name(action), needed=needed, where=where)
        held = role_name(next(role for role, r in RANK.items() if r == rank))
        return translate("Access", "{action} needs the {needed} role; your role for {where} "
                         "is {held}. Ask an administrator of {where}.").format(
                             action=action_name(action), needed=needed, held=held, where=where)

    @property
    def is_admin(self) -> bool:
        return self.unrestricted or 4 in self.account_rank.values()


def _is_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def current_access(session: Session) -> Access:
    """Read the connected login's roles (its own rows are always visible to it)."""
    if not _is_postgres(session):
        return Access(None, True)
    login, bypass = session.execute(text(
        "SELECT session_user::text, rolsuper OR rolbypassrls FROM pg_catalog.pg_roles "
        "WHERE rolname = session_user")).one()
    if bypass:
        return Access(login, True)
    rows = session.execute(
        select(t.InstitutionRole.institution_id, t.InstitutionRole.account_id, t.InstitutionRole.role)
        .where(t.InstitutionRole.login == login)).all()
    accounts = session.execute(select(t.Account.id, t.Account.institution_id, t.Institution.name)
                               .outerjoin(t.Institution, t.Institution.id == t.Account.institution_id)).all()
    ranks: dict[int, int] = {}
    names: dict[int, str] = {}
    for account_id, institution_id, institution in accounts:
        names[account_id] = institution or ""
        for inst, acc, role in rows:
            if acc == account_id or (inst is not None and inst == institution_id):
                ranks[account_id] = max(ranks.get(account_id, 0), RANK.get(role, 0))
    return Access(login, False, ranks, names)


# --- managing roles (administrators) --------------------------------------------------------

def scram_verifier(password: str, iterations: int = 4096) -> str:
    """PostgreSQL's SCRAM-SHA-256 password verifier (RFC 5802/7677), so the password itself
    never travels to the server or lands in its statement log."""
    salt = os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii")
    return f"SCRAM-SHA-256${iterations}:{b64(salt)}${b64(stored_key)}:{b64(server_key)}"


def _require_postgres(session: Session) -> None:
    if not _is_postgres(session):
        raise UsageError(translate("Access", "Roles exist only on a team database (PostgreSQL); "
                                   "the local file is for one person."))


def _check_login(login: str) -> str:
    login = (login or "").strip()
    if not LOGIN_RE.match(login) or login.startswith(("pg_", "svarbox_")):
        raise UsageError(translate("Access", "A login is 2 to 63 lower-case letters, digits, '.', "
                                   "'_' or '-', starting with a letter (not pg_ or svarbox_)."))
    return login


def _scope(session: Session, institution: str | None, account_id: int | None) -> tuple[int | None, int | None]:
    if (institution is None) == (account_id is None):
        raise UsageError(translate("Access", "Give either an institution or an account."))
    if account_id is not None:
        if session.get(t.Account, account_id) is None:
            raise NotFoundError(translate("Access", "There is no account {id} you may see.").format(
                id=account_id))
        return None, account_id
    query = select(t.Institution.id).where(t.Institution.name == institution)
    if str(institution).isdigit():
        query = select(t.Institution.id).where(t.Institution.id == int(str(institution)))
    found = session.scalar(query)
    if found is None:
        raise NotFoundError(translate("Access", "There is no institution called {name}.").format(
            name=institution))
    return found, None


def _refused(exc: DBAPIError) -> UsageError | None:
    message = str(getattr(exc, "orig", exc))
    sqlstate = getattr(getattr(exc, "orig", None), "sqlstate", None)
    if sqlstate == "42501" or "row-level security" in message or "permission denied" in message:
        detail = message.split("svarbox: ", 1)[1].splitlines()[0] if "svarbox: " in message else ""
        return UsageError(translate("Access", "The database refused: only an administrator of that "
                                    "institution may change its roles.") + (f" ({detail})" if detail else ""))
    return None


def grant(session: Session, login: str, role: str, *, institution: str | None = None,
          account_id: int | None = None, display_name: str | None = None,
          password: str | None = None, actor: str) -> str:
    """Give ``login`` ``role`` for an institution or account, creating the database login
    when needed (with ``password``, as a SCRAM verifier). Returns "created" or "exists"."""
    _require_postgres(session)
    login = _check_login(login)
    if role not in RANK:
        raise UsageError(translate("Access", "Unknown role {role}; use reader, communicator, "
                                   "publisher or administrator.").format(role=role))
    institution_id, account_id = _scope(session, institution, account_id)
    verifier = scram_verifier(password) if password else None
    try:
        with session.begin_nested():
            state = str(session.execute(text("SELECT svarbox_ensure_login(:login, :verifier)"),
                                        {"login": login, "verifier": verifier}).scalar())
            existing = session.scalar(select(t.InstitutionRole).where(
                t.InstitutionRole.login == login,
                t.InstitutionRole.institution_id.is_(None) if institution_id is None
                else t.InstitutionRole.institution_id == institution_id,
                t.InstitutionRole.account_id.is_(None) if account_id is None
                else t.InstitutionRole.account_id == account_id))
            if existing is None:
                session.add(t.InstitutionRole(login=login, institution_id=institution_id,
                                              account_id=account_id, role=role,
                                              display_name=display_name, granted_by=actor,
                                              granted_at=clock.now()))
            else:
                existing.role = role
                existing.display_name = display_name or existing.display_name
                existing.granted_by, existing.granted_at = actor, clock.now()
            session.flush()
    except DBAPIError as exc:
        refused = _refused(exc)
        if refused:
            raise refused from None
        raise
    item_service.audit(session, actor, "role_granted", account_id=account_id, login=login,
                       role=role, institution_id=institution_id)
    return state


def revoke(session: Session, login: str, *, institution: str | None = None,
           account_id: int | None = None, actor: str) -> bool:
    """Take ``login``'s role for an institution or account away; a login left with no role
    is switched off (NOLOGIN). Returns True when the login was switched off."""
    _require_postgres(session)
    login = _check_login(login)
    institution_id, account_id = _scope(session, institution, account_id)
    try:
        with session.begin_nested():
            query = delete(t.InstitutionRole).where(t.InstitutionRole.login == login)
            query = query.where(t.InstitutionRole.institution_id == institution_id) if institution_id \
                else query.where(t.InstitutionRole.account_id == account_id)
            removed = rowcount(session.execute(query))
            if not removed:
                raise NotFoundError(translate("Access", "{login} has no role there that you may "
                                              "change.").format(login=login))
            disabled = bool(session.execute(text("SELECT svarbox_disable_login(:login)"),
                                            {"login": login}).scalar())
    except DBAPIError as exc:
        refused = _refused(exc)
        if refused:
            raise refused from None
        raise
    item_service.audit(session, actor, "role_revoked", account_id=account_id, login=login,
                       institution_id=institution_id, login_disabled=disabled)
    return disabled


@dataclass(frozen=True)
class RoleRow:
    login: str
    display_name: str | None
    role: str
    institution: str | None
    account: str | None
    granted_by: str | None


def list_roles(session: Session) -> list[RoleRow]:
    """The roles the connected login may see: its own, and all of institutions it administers."""
    _require_postgres(session)
    r, i, a = t.InstitutionRole, t.Institution, t.Account
    rows = session.execute(
        select(r.login, r.display_name, r.role, i.name, a.name, r.granted_by)
        .outerjoin(i, i.id == r.institution_id).outerjoin(a, a.id == r.account_id)
        .order_by(r.login, i.name, a.name)).all()
    return [RoleRow(*row) for row in rows]
