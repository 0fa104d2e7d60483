"""`svarbox sync [--account NAME] [--json]`: fetch new items now."""
from __future__ import annotations

from app.i18n import translate


def register(sub) -> None:
    p = sub.add_parser("sync", help="fetch new items from the platforms now")
    p.add_argument("--account", metavar="NAME", help="sync only this account (default: all)")
    p.add_argument("--force", action="store_true", help="sync even while the platform asked us to pause")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=run)


def run(args) -> int:
    from sqlalchemy import select

    from app.commands._common import print_json, workspace_from_args
    from app.errors import NotFoundError
    from app.models import tables as t
    from app.services.inbound.sync import sync_all
    ws = workspace_from_args(args)
    try:
        ids = None
        if args.account:
            with ws.db.session() as session:
                account_id = session.scalar(select(t.Account.id).where(t.Account.name == args.account))
            if account_id is None:
                raise NotFoundError(translate("CLI", "There is no account named {name}.").format(name=args.account))
            ids = [account_id]
        results = sync_all(ws, ids, force=args.force)
        if args.json:
            print_json([r.to_json() for r in results])
        else:
            for r in results:
                line = translate("CLI", "{name}: {status}, {new} new, {answered} answered on the platform").format(
                    name=r.account_name, status=r.status, new=r.new_items, answered=r.answered_elsewhere)
                if r.message:
                    line += f" ({r.message})"
                print(line)
    finally:
        ws.close()
    return 0 if all(r.ok or r.status in ("paused", "busy") for r in results) else 1
