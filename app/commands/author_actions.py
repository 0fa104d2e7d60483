"""`svarbox mute|block|report-post ITEM` (`report` is the response report): act on an item's
author on Bluesky or Mastodon, through the one door (services.outbound.actions) and the
outbox, like the window's buttons."""
from __future__ import annotations

from app.commands._types import bounded_int
from app.i18n import translate


def register(sub) -> None:
    for name, help_text in (
            ("mute", "mute the author of an item on Bluesky or Mastodon"),
            ("block", "block the author of an item on Bluesky or Mastodon"),
            ("report-post", "report an item and its author to the moderators (Bluesky, Mastodon)"),
            ("ban", "ban the author of a Facebook comment from the Page"),
            ("unban", "lift a Facebook Page ban Svarbox made")):
        p = sub.add_parser(name, help=help_text, description=help_text[0].upper() + help_text[1:] + "; "
                           "the action is queued in the outbox and sent at once unless --no-flush.")
        p.add_argument("item", type=bounded_int(1, 2**62), metavar="ITEM", help="item id (as `svarbox inbox` shows it)")
        p.add_argument("--no-flush", action="store_true", help="only queue; send later with `svarbox outbox flush`")
        if name == "report-post":
            p.add_argument("--reason", required=True,
                           help="why you report it; the platform's moderators read this (at most 1000 characters)")
        if name in ("block", "ban"):
            p.add_argument("--yes", action="store_true", help=f"{name} without asking (the author can see it)")
        p.set_defaults(func=run_author_action, action=name.removesuffix("-post"))


def _confirm_block(args) -> None:
    import sys

    from app.errors import UsageError
    if args.yes:
        return
    if args.action == "ban":
        if not sys.stdin.isatty():
            raise UsageError(translate("CLI", "A ban is felt by the author; add --yes to ban the author of item "
                                       "{id} from the Page.").format(id=args.item))
        answer = input(translate("CLI", "Ban the author of item {id} from the Page? [y/N] ").format(id=args.item))
        if answer.strip().lower() not in ("y", "yes", "j", "ja"):
            raise UsageError(translate("CLI", "Nobody was banned."))
        return
    if not sys.stdin.isatty():
        raise UsageError(translate("CLI", "Blocking is visible to the author; add --yes to block the author of "
                                   "item {id}.").format(id=args.item))
    answer = input(translate("CLI", "Block the author of item {id} on its platform? [y/N] ").format(id=args.item))
    if answer.strip().lower() not in ("y", "yes", "j", "ja"):
        raise UsageError(translate("CLI", "Nobody was blocked."))


def run_author_action(args) -> int:
    from app.commands._common import workspace_from_args
    from app.commands.outbox import _perform, _report
    from app.services.outbound import actions
    from app.services.outbound import outbox as svc
    if args.action in ("block", "ban"):
        _confirm_block(args)
    ws = workspace_from_args(args)
    try:
        outbox_id = _perform(ws, actions.Request(args.item, args.action, ws.user, getattr(args, "reason", None),
                                                 confirmed=args.action == "ban"))
        if outbox_id is None:
            return 0
        print(translate("CLI", "Queued {action} #{id}.").format(action=args.action, id=outbox_id))
        if not args.no_flush:
            return _report([r for r in svc.flush(ws) if r.outbox_id == outbox_id], False)
    finally:
        ws.close()
    return 0
