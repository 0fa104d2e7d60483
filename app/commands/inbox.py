"""`svarbox inbox`: items from the cache, soonest deadline first."""
from __future__ import annotations

from zoneinfo import ZoneInfo

from app.commands._types import bounded_int
from app.i18n import translate


def register(sub) -> None:
    p = sub.add_parser("inbox", help="list items from the cache")
    from app.services.inbound.inbox import CLI_VIEWS
    p.add_argument("--view", choices=list(CLI_VIEWS), default="open",
                   help="which items: " + ", ".join(CLI_VIEWS) + " (default: open)")
    p.add_argument("--account", metavar="NAME", help="only this account (its name in `svarbox accounts list`)")
    p.add_argument("--search", metavar="TEXT", help="only items whose text or author contains TEXT")
    p.add_argument("--limit", type=bounded_int(1, 1_000_000), metavar="N", help="at most N items (1 or more)")
    p.add_argument("--json", action="store_true", help="one JSON array of objects")
    p.set_defaults(func=run)


def run(args) -> int:
    from sqlalchemy import select

    from app.commands._common import iso, print_json, workspace_from_args
    from app.errors import NotFoundError
    from app.models import tables as t
    from app.services.inbound.inbox import CLI_VIEWS, ViewSpec, query_rows
    ws = workspace_from_args(args)
    try:
        with ws.db.session() as session:
            account_id = None
            if args.account:
                account_id = session.scalar(select(t.Account.id).where(t.Account.name == args.account))
                if account_id is None:
                    raise NotFoundError(translate("CLI", "There is no account named {name}.").format(name=args.account))
            view = CLI_VIEWS[args.view]
            # Handled items have no running deadline; "soonest first" sorts on due time only
            # where there is one.
            spec = ViewSpec(view=view, account_id=account_id, search=args.search, sort="due")
            rows = query_rows(session, spec, limit=args.limit)
        if args.json:
            print_json([{
                "id": r.id, "platform": r.platform, "account": r.account_name,
                "institution": r.institution, "kind": r.kind, "external_id": r.external_id,
                "author": r.author_name, "text": r.text, "received_at": iso(r.received_at),
                "due_at": iso(r.due_at.astimezone(ZoneInfo(r.timezone))) if r.due_at else None,
                "status": r.status, "url": r.url, "outbox_state": r.outbox_state,
                "has_id_number": r.has_id_number, "is_hidden": r.is_hidden, "assigned_to": r.assigned_to,
            } for r in rows])
        else:
            for r in rows:
                due = r.due_at.astimezone(ZoneInfo(r.timezone)).strftime("%Y-%m-%d %H:%M") if r.due_at else "-"
                snippet = " ".join(r.text.split())[:60]
                print(f"{r.id:>7}  {due:16}  {r.status:9}  {r.account_name[:20]:20}  "
                      f"{(r.author_name or '')[:18]:18}  {snippet}")
    finally:
        ws.close()
    return 0
