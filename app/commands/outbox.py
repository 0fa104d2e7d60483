"""`svarbox reply`, `svarbox hide`, `svarbox outbox [--json]`, `svarbox outbox flush`: the
same outbox path the window uses."""
from __future__ import annotations

from app.commands._types import bounded_int
from app.i18n import translate


def register(sub) -> None:
    reply = sub.add_parser("reply", help="queue a reply to an item (your signature is appended)")
    reply.add_argument("item", type=bounded_int(1, 2**62), metavar="ITEM", help="item id (as `svarbox inbox` shows it)")
    reply.add_argument("--text", required=True, help="the reply; your signature is appended")
    reply.add_argument("--holding", action="store_true", help="a holding reply: starts the follow-up clock")
    reply.add_argument("--confirm", action="store_true", help="send even with an ID number in the text")
    reply.add_argument("--no-flush", action="store_true", help="only queue; send later")
    reply.add_argument("--now", action="store_true", help="send at once, without the few seconds to undo "
                       "(scripts, not at a terminal, always send at once)")
    reply.set_defaults(func=run_reply)
    for name, help_text in (("hide", "hide an item on its platform"), ("unhide", "unhide an item"),
                            ("delete", "delete an item on its platform")):
        p = sub.add_parser(name, help=help_text, description=help_text[0].upper() + help_text[1:] + "; "
                           "the action is queued in the outbox and sent at once unless --no-flush.")
        p.add_argument("item", type=bounded_int(1, 2**62), metavar="ITEM", help="item id (as `svarbox inbox` shows it)")
        p.add_argument("--no-flush", action="store_true", help="only queue; send later with `svarbox outbox flush`")
        if name == "delete":
            p.add_argument("--yes", action="store_true",
                           help="delete without asking (deleting on the platform cannot be undone)")
        p.set_defaults(func=run_moderate, action=name)
    box = sub.add_parser("outbox", help="list the outbox, send what is due now (flush), or retry, edit or "
                                        "discard a failed action")
    box.add_argument("outbox_command", nargs="?", choices=["list", "flush", "retry", "edit", "discard"],
                     default="list", help="list (default), flush (send what is due now), retry, edit or discard")
    box.add_argument("outbox_id", nargs="?", type=int, metavar="ID", help="the action to retry, edit or discard")
    box.add_argument("--failed", action="store_true", help="list only actions that failed (the Failed view)")
    box.add_argument("--text", help="edit: the new text of the reply")
    box.add_argument("--json", action="store_true", help="print as JSON")
    box.set_defaults(func=run_outbox)


def _report(results, as_json: bool) -> int:
    from app.commands._common import print_json
    if as_json:
        print_json([r.to_json() for r in results])
    else:
        for r in results:
            print(f"#{r.outbox_id} {r.action}: {r.state}" + (f" ({r.message})" if r.message else ""))
    return 0 if all(r.state == "sent" for r in results) else 1


def _perform(ws, request) -> int | None:
    """Through the one door for item actions; the outbox id, None when kept on this computer.
    Refusals raise as a KnownError (the CLI prints it in words, exit code 2)."""
    from app.errors import UsageError
    from app.services.outbound import actions
    result = actions.perform(ws, request)
    if result.outcome == "queued":
        return result.outbox_id
    if result.outcome == "kept":
        print(result.message)
        return None
    raise UsageError(result.problems[0] if result.problems else result.message or actions.not_offered())


def run_reply(args) -> int:
    from app.commands._common import user_signature, workspace_from_args
    from app.services.inbound import items as item_service
    from app.services.outbound import actions
    from app.services.outbound import outbox as svc
    from app.services.outbound import outbox_followup as followup
    ws = workspace_from_args(args)
    try:
        with ws.db.session() as session:
            item = item_service.get_item(session, args.item)
            signature = user_signature(ws, session, item.account_id)
        import sys
        delay = 0 if args.now or args.no_flush or not sys.stdin.isatty() else followup.undo_seconds(ws.settings)
        outbox_id = _perform(ws, actions.Request(args.item, "holding_reply" if args.holding else "reply", ws.user,
                                                 args.text, signature=signature, confirmed=args.confirm,
                                                 delay_seconds=delay))
        if outbox_id is None:
            return 0
        print(translate("CLI", "Queued reply #{id}.").format(id=outbox_id))
        if delay and not _wait_or_undo(ws, outbox_id, delay):
            return 0
        if not args.no_flush:
            return _report([r for r in svc.flush(ws) if r.outbox_id == outbox_id], False)
    finally:
        ws.close()
    return 0


def confirm_delete(args) -> None:
    """Deleting on the platform cannot be undone: ask on a terminal, else require --yes."""
    import sys

    from app.errors import UsageError
    if getattr(args, "yes", False):
        return
    if not sys.stdin.isatty():
        raise UsageError(translate("CLI", "Deleting cannot be undone; add --yes to delete item {id}.")
                         .format(id=args.item))
    answer = input(translate("CLI", "Delete item {id} on its platform? This cannot be undone. [y/N] ")
                   .format(id=args.item))
    if answer.strip().lower() not in ("y", "yes", "j", "ja"):
        raise UsageError(translate("CLI", "Nothing was deleted."))


def _wait_or_undo(ws, outbox_id: int, delay: int) -> bool:
    """At a terminal: the reply waits ``delay`` seconds; Ctrl+C takes it back. False if undone."""
    import time

    from app.services.outbound import outbox_followup as followup
    print(translate("CLI", "Sending in {n} seconds; press Ctrl+C to undo.").format(n=delay), flush=True)
    try:
        time.sleep(delay + 0.2)
    except KeyboardInterrupt:
        with ws.db.session() as session:
            followup.undo(session, outbox_id, ws.user)
        print(translate("CLI", "Undone; nothing was sent and the item is back where it was."))
        return False
    return True


def run_moderate(args) -> int:
    from app.commands._common import workspace_from_args
    from app.services.outbound import actions
    from app.services.outbound import outbox as svc
    if args.action == "delete":
        confirm_delete(args)
    ws = workspace_from_args(args)
    try:
        outbox_id = _perform(ws, actions.Request(args.item, args.action, ws.user))
        if outbox_id is None:
            return 0
        print(translate("CLI", "Queued {action} #{id}.").format(action=args.action, id=outbox_id))
        if not args.no_flush:
            return _report([r for r in svc.flush(ws) if r.outbox_id == outbox_id], False)
    finally:
        ws.close()
    return 0


def _follow_up(ws, args, svc) -> int:
    """Retry, edit or discard one failed action (the Failed view's buttons)."""
    from app.errors import UsageError
    if args.outbox_id is None:
        raise UsageError(translate("CLI", "Name the action: svarbox outbox {command} ID (see svarbox outbox "
                                   "--failed).").format(command=args.outbox_command))
    from app.services.outbound import outbox_followup as followup
    with ws.db.session() as session:
        if args.outbox_command == "retry":
            followup.retry(session, args.outbox_id, ws.user)
        elif args.outbox_command == "discard":
            followup.discard(session, args.outbox_id, ws.user)
        else:
            if not args.text:
                raise UsageError(translate("CLI", "Give the new text with --text."))
            followup.edit(session, args.outbox_id, args.text, ws.user)
    if args.outbox_command == "discard":
        print(translate("CLI", "Discarded #{id}; the item is back where it was.").format(id=args.outbox_id))
        return 0
    print(translate("CLI", "Queued #{id} again.").format(id=args.outbox_id))
    return _report([r for r in svc.flush(ws) if r.outbox_id == args.outbox_id], args.json)


def run_outbox(args) -> int:
    from app.commands._common import iso, print_json, workspace_from_args
    from app.models import tables as t
    from app.services.outbound import outbox as svc
    ws = workspace_from_args(args)
    try:
        if args.outbox_command == "flush":
            results = svc.flush(ws)
            code = _report(results, args.json)
            if not results and not args.json:
                print(translate("CLI", "Nothing to send."))
            return code
        if args.outbox_command in ("retry", "edit", "discard"):
            return _follow_up(ws, args, svc)
        with ws.db.session() as session:
            rows = svc.list_actions(session, (t.OUTBOX_FAILED, t.OUTBOX_ATTENTION) if args.failed else None)
        if args.failed and not rows and not args.json:
            print(translate("CLI", "No failed actions."))
        if args.json:
            print_json([{"id": r.id, "item_id": r.item_id, "action": r.action, "state": r.state,
                         "text": r.text, "author": r.author, "attempts": r.attempts,
                         "last_error": r.last_error, "created_at": iso(r.created_at),
                         "sent_at": iso(r.sent_at), "external_id": r.result_external_id} for r in rows])
        else:
            for r in rows:
                print(f"#{r.id:<6} item {r.item_id!s:<7} {r.action:14} {r.state:10} {r.last_error or ''}")
    finally:
        ws.close()
    return 0
