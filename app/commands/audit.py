"""`svarbox audit [--csv FILE|-]`: who opened, answered, exported, hid, forgot or reassigned what."""
from __future__ import annotations

import sys
from datetime import UTC, datetime

from app.commands._common import iso, print_json, workspace_from_args
from app.errors import UsageError
from app.i18n import translate


def register(sub) -> None:
    from app.services.team.audit import CATEGORIES

    p = sub.add_parser("audit", help="the audit log for a data protection officer (administrators)",
                       description="Who opened, answered, exported, hid, forgot or reassigned "
                       "what and when. On a team database you see what your role lets you read "
                       "(administrators: their institutions).")
    p.add_argument("--since", metavar="DATE", help="from this date/time (ISO, UTC if no zone)")
    p.add_argument("--until", metavar="DATE", help="before this date/time")
    p.add_argument("--category", choices=(*CATEGORIES, "other"), help="only events of this kind")
    p.add_argument("--who", metavar="NAME", help="only this person (Svarbox name or database login)")
    p.add_argument("--item", type=int, metavar="ITEM", help="only events about this item")
    p.add_argument("--csv", metavar="FILE", help="write CSV to FILE ('-': standard output)")
    p.set_defaults(func=run)


def _moment(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise UsageError(translate("Audit", "{value} is not a date; write e.g. 2026-12-01 or "
                                   "2026-12-01T08:00.").format(value=value)) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def run(args) -> int:
    from app.fileio import write_atomic
    from app.services.team import audit

    since, until = _moment(args.since), _moment(args.until)
    ws = workspace_from_args(args)
    try:
        with ws.db.session() as session:
            rows = audit.audit_log(session, since=since, until=until, category=args.category,
                                   actor=args.who, item_id=args.item, limit=None)
    finally:
        ws.close()
    if args.csv == "-":
        sys.stdout.write(audit.to_csv(rows))
    elif args.csv:
        try:
            write_atomic(args.csv, audit.to_csv(rows).encode("utf-8-sig"))
        except OSError as exc:
            raise UsageError(translate("Export", "The file cannot be written: {reason}").format(
                reason=exc.strerror or exc)) from None
        print_json({"csv": args.csv, "events": len(rows)})
    else:
        print_json([{"at": iso(r.at), "login": r.login, "actor": r.actor, "category": r.category,
                     "action": r.action, "item_id": r.item_id, "account_id": r.account_id,
                     "details": r.details} for r in rows])
    return 0
