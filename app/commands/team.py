"""`svarbox team grant|revoke|list|password`: roles and database logins on a team database.

Run by an administrator (grant, revoke, list) against the team's PostgreSQL with their own
login; `password` stores this person's database password in the OS keychain."""
from __future__ import annotations

import getpass
import sys

from app.commands._common import print_json, workspace_from_args
from app.errors import UsageError
from app.i18n import translate


def register(sub) -> None:
    p = sub.add_parser("team", help="roles and logins on the team database (administrators)",
                       description="Manage who may see and do what on the team's PostgreSQL. "
                       "Roles: reader, communicator, publisher, administrator; per institution "
                       "or per account. The database enforces them (row-level security).")
    tsub = p.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    g = tsub.add_parser("grant", help="give a colleague a role (creates their login if needed)")
    g.add_argument("login", help="the colleague's database login, e.g. anna.holm")
    g.add_argument("role", choices=("reader", "communicator", "publisher", "administrator"),
                   help="what the login may do there (each role includes the ones before it)")
    _scope_args(g)
    g.add_argument("--name", help="the colleague's name as shown in Svarbox")
    g.add_argument("--password-stdin", action="store_true",
                   help="read a first password for a new login from standard input "
                        "(sent to the server only as a SCRAM verifier)")
    g.set_defaults(func=run_grant)
    r = tsub.add_parser("revoke", help="take a role away (a login left with none is switched off)")
    r.add_argument("login", help="the colleague's database login")
    _scope_args(r)
    r.set_defaults(func=run_revoke)
    ls = tsub.add_parser("list", help="roles you may see: your own, and all of institutions you administer")
    ls.add_argument("--json", action="store_true", help="print JSON")
    ls.set_defaults(func=run_list)
    pw = tsub.add_parser("password", help="keep your own database password in the OS keychain")
    pw.add_argument("--stdin", action="store_true", help="read it from standard input, not a prompt")
    pw.add_argument("--forget", action="store_true", help="remove it from the keychain")
    pw.set_defaults(func=run_password)


def _scope_args(parser) -> None:
    scope = parser.add_mutually_exclusive_group(required=True)
    scope.add_argument("--institution", metavar="NAME", help="institution name (or id)")
    scope.add_argument("--account", type=int, metavar="ID", help="one account only")


def _read_secret(from_stdin: bool, prompt: str) -> str:
    secret = sys.stdin.readline().rstrip("\r\n") if from_stdin else getpass.getpass(prompt)
    if not secret:
        raise UsageError(translate("Access", "The password is empty."))
    return secret


def run_grant(args) -> int:
    from app.services.team import access

    password = _read_secret(True, "") if args.password_stdin else None
    ws = workspace_from_args(args)
    try:
        with ws.db.session() as session:
            state = access.grant(session, args.login, args.role, institution=args.institution,
                                 account_id=args.account, display_name=args.name,
                                 password=password, actor=ws.user)
        print_json({"login": args.login, "role": args.role, "institution": args.institution,
                    "account": args.account, "login_state": state})
    finally:
        ws.close()
    return 0


def run_revoke(args) -> int:
    from app.services.team import access

    ws = workspace_from_args(args)
    try:
        with ws.db.session() as session:
            disabled = access.revoke(session, args.login, institution=args.institution,
                                     account_id=args.account, actor=ws.user)
        print_json({"login": args.login, "institution": args.institution, "account": args.account,
                    "login_switched_off": disabled})
    finally:
        ws.close()
    return 0


def run_list(args) -> int:
    from app.services.team import access

    ws = workspace_from_args(args)
    try:
        with ws.db.session() as session:
            rows = access.list_roles(session)
    finally:
        ws.close()
    if args.json:
        print_json([row.__dict__ for row in rows])
        return 0
    for row in rows:
        where = row.institution or translate("Access", "account {name}").format(name=row.account)
        name = f" ({row.display_name})" if row.display_name else ""
        print(f"{row.login}{name}\t{access.role_name(row.role)}\t{where}")
    return 0


def run_password(args) -> int:
    from app.config import resolve_paths
    from app.models import pglogin
    from app.secrets import default_store

    url = resolve_paths(args.data_dir, args.database_url).database_url
    ref = pglogin.keychain_ref(url)
    if ref is None:
        raise UsageError(translate("Access", "The database is not a team database (PostgreSQL) "
                                   "with a login name in its address."))
    store = default_store()
    if args.forget:
        store.delete(ref)
        print_json({"keychain_entry": ref, "stored": False})
        return 0
    store.set(ref, _read_secret(args.stdin, translate("Access", "Database password: ")))
    print_json({"keychain_entry": ref, "stored": True})
    return 0
