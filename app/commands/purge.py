"""`svarbox purge` (the retention rule) and `svarbox forget` (a citizen's request to be
forgotten). Both live here because the CLI registers this module by the name "purge"."""
from __future__ import annotations

from app.commands._common import print_json, workspace_from_args
from app.commands._types import bounded_int
from app.errors import NotFoundError, UsageError
from app.i18n import translate


def register(sub) -> None:
    p = sub.add_parser("purge", help="remove text and authors of items handled longer ago than "
                       "the retention period",
                       description="Apply the retention rule: handled items older than "
                       "retention.days (default 90) lose their text, author and link; open "
                       "items are never touched.")
    p.add_argument("--dry-run", action="store_true", help="only count what would be removed")
    p.add_argument("--days", type=bounded_int(1, 36_500), metavar="N", help="use N days instead of the retention.days setting")  # noqa: E501
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=run_purge)

    f = sub.add_parser("forget", help="remove a citizen's items and name from the cache",
                       description="Anonymise every item the person wrote to the account, delete "
                       "notes on them, and replace their name in other cached texts. The platform "
                       "itself is not changed; the audit log records only that it happened.")
    f.add_argument("--account", required=True, metavar="NAME", help="the account they wrote to")
    f.add_argument("--author", metavar="NAME", help="their name as the platform shows it")
    f.add_argument("--author-id", metavar="ID", help="their platform user id")
    f.add_argument("--json", action="store_true", help="print the result as JSON")
    f.set_defaults(func=run_forget)


def run_purge(args) -> int:
    from app.services.records import retention

    ws = workspace_from_args(args)
    try:
        with ws.db.session() as session:
            if args.days is not None and args.days <= 0:
                raise UsageError(translate("Config", "Enter a number greater than zero."))
            days = args.days or retention.retention_days(session, ws.settings)
            result = retention.purge_expired(session, days, dry_run=args.dry_run, actor=ws.user)
        if args.json:
            print_json(result.to_json())
        elif args.dry_run:
            print(translate("Retention", "{items} handled items and {own} of our replies are older than "
                            "{days} days and would be purged.").format(
                                items=result.items, own=result.own_replies, days=days))
        else:
            print(translate("Retention", "Purged {items} items and {own} of our replies (older than {days} "
                            "days); {notes} notes deleted, {threads} threads cleared.").format(
                                items=result.items, own=result.own_replies, days=days,
                                notes=result.notes, threads=result.threads))
    finally:
        ws.close()
    return 0


def run_forget(args) -> int:
    if not (args.author or args.author_id):
        raise UsageError(translate("Retention", "Name the person: --author NAME or --author-id ID."))
    from sqlalchemy import select

    from app.models import tables as t
    from app.services.records import retention

    ws = workspace_from_args(args)
    try:
        with ws.db.session() as session:
            account_id = session.scalar(select(t.Account.id).where(t.Account.name == args.account))
            if account_id is None:
                raise NotFoundError(translate("CLI", "There is no account named {name}.").format(name=args.account))
            result = retention.forget_author(session, account_id, author_id=args.author_id,
                                             author_name=args.author, actor=ws.user)
        if args.json:
            print_json(result.to_json())
        else:
            print(translate("Retention", "Removed {items} items ({closed} were still open), {notes} notes "
                            "and the name from {texts} other texts.").format(
                                items=result.items, closed=result.closed, notes=result.notes_deleted,
                                texts=result.texts_scrubbed))
    finally:
        ws.close()
    return 0
