"""Every window action as a CLI verb, through the same door (``services.actions`` via
``services.bulk``): `svarbox spam`, `refer`, `approve`, `reject`, `no-reply`, `assign`, each on
one or several item ids or on every item of a view (`--view`). A trainer or a script does what
the window does, refused in words where the platform would refuse."""
from __future__ import annotations

from app.i18n import translate

VERBS = (
    ("spam", "spam", "hide an item on its platform as spam and record it (YouTube: reject)"),
    ("refer", "refer", "send the referral template (case channel filled in) and record the item as referred"),
    ("approve", "approve", "publish a comment YouTube holds for review or as likely spam"),
    ("reject", "reject", "reject a YouTube comment (hides it and its replies for good)"),
    ("no-reply", "no_reply", "record that an item needs no reply"),
    ("assign", "assign", "assign items to a colleague (--to NAME; --to '' unassigns)"),
    ("read", "read", "mark items read for you (--view V: mark all read)"),
    ("unread", "unread", "mark items unread for you"),
    ("reopen", "reopen", "start the clock again on handled items"),
)


def register(sub) -> None:
    from app.services.inbound.inbox import CLI_VIEWS
    for verb, action, help_text in VERBS:
        p = sub.add_parser(verb, help=help_text)
        p.add_argument("items", type=int, nargs="*", metavar="ITEM", help="the numbers of the items to act on")
        p.add_argument("--view", choices=list(CLI_VIEWS), help="act on every item of this view")
        p.add_argument("--limit", type=int, default=500, metavar="N", help="with --view: at most N items")
        p.add_argument("--no-flush", action="store_true", help="only queue; send later")
        p.add_argument("--json", action="store_true", help="print the result as JSON")
        if action == "spam":
            p.add_argument("--ban", action="store_true",
                           help="also ban the author: YouTube from the channel, Facebook from the Page "
                                "(refused in words where the platform cannot)")
        if action == "assign":
            p.add_argument("--to", required=True, metavar="NAME", help="the colleague's name; '' unassigns")
            p.add_argument("--anyway", action="store_true",
                           help="assign even to a colleague who is away (svarbox away)")
        p.set_defaults(func=run_verb, action=action)
    n = sub.add_parser("notify-new", help="desktop notifications for an account's new items: off, working-hours "
                                          "or always")
    n.add_argument("account", metavar="ACCOUNT", help="the account's name")
    n.add_argument("mode", choices=["off", "working-hours", "always"],
                   help="off, only in working hours, or always")
    n.set_defaults(func=run_notify_new)
    register_handover(sub)
    from app.commands import workflow_more
    workflow_more.register(sub, run_verb)


def register_handover(sub) -> None:
    away = sub.add_parser("away", help="mark yourself away until a date: your open assigned items go back to "
                                       "the team with a note")
    away.add_argument("--until", required=True, metavar="YYYY-MM-DD", help="the last day you are away")
    away.set_defaults(func=run_away)
    back = sub.add_parser("back", help="you are back: no longer away")
    back.set_defaults(func=run_back)
    h = sub.add_parser("handover", help="write a hand-over note for the next shift (--text), or read the notes")
    h.add_argument("--text", help="the note to leave; without it, the notes are shown")
    h.set_defaults(func=run_handover)


def run_away(args) -> int:
    from datetime import date

    from app.commands._common import workspace_from_args
    from app.errors import UsageError
    from app.services.team import handover
    try:
        until = date.fromisoformat(args.until)
    except ValueError:
        raise UsageError(translate("CLI", "Write the date as YYYY-MM-DD, e.g. 2026-12-24.")) from None
    ws = workspace_from_args(args)
    try:
        with ws.db.session() as session:
            n = handover.set_away(session, ws.user, until, ws.user)
        print(translate("CLI", "Away until {date}; %n item(s) went back to the team.", None, n).format(date=until))
    finally:
        ws.close()
    return 0


def run_back(args) -> int:
    from app.commands._common import workspace_from_args
    from app.services.team import handover
    ws = workspace_from_args(args)
    try:
        with ws.db.session() as session:
            handover.clear_away(session, ws.user, ws.user)
    finally:
        ws.close()
    return 0


def run_handover(args) -> int:
    from app.commands._common import workspace_from_args
    from app.services.team import handover
    ws = workspace_from_args(args)
    try:
        with ws.db.session() as session:
            if args.text is not None:
                handover.add_note(session, ws.user, args.text)
                return 0
            for note in handover.notes_since(session, None, ""):
                print(f"{note.at.astimezone().strftime('%d.%m %H:%M')} {note.author}: {note.text}")
    finally:
        ws.close()
    return 0


def run_notify_new(args) -> int:
    from app.commands._common import workspace_from_args
    from app.services.inbound import new_items
    ws = workspace_from_args(args)
    try:
        with ws.db.session() as session:
            new_items.set_mode(session, args.account, args.mode, ws.user)
        print(translate("CLI", "New items on {account}: {mode}.").format(account=args.account, mode=args.mode))
    finally:
        ws.close()
    return 0


def _away(ws, name: str | None) -> bool:
    from app.services.team import handover
    with ws.db.session() as session:
        return handover.away_until(session, name) is not None


def _ids(ws, args) -> list[int]:
    from app.errors import UsageError
    ids = list(args.items)
    if args.view:
        from app.services.inbound.inbox import CLI_VIEWS, ViewSpec, view_ids
        with ws.db.session() as session:
            ids += list(view_ids(session, ViewSpec(view=CLI_VIEWS[args.view], user=ws.user)))[:args.limit]
    if not ids:
        raise UsageError(translate("CLI", "Name one or more items, or a view with --view."))
    return ids


def run_verb(args) -> int:
    from app.commands._common import print_json, user_signature, workspace_from_args
    from app.services.outbound import bulk, outbox
    ws = workspace_from_args(args)
    try:
        ids = _ids(ws, args)
        summary = bulk.run(ws, ids, args.action, ws.user, assignee=getattr(args, "to", None),
                           ban=getattr(args, "ban", False), override=getattr(args, "anyway", False),
                           template_body=getattr(args, "template_body", None),
                           template_category=getattr(args, "template_category", None),
                           signature_for=lambda session, account_id: user_signature(ws, session, account_id))
        sent = [r for r in outbox.flush(ws) if r.outbox_id in set(summary.outbox_ids)] \
            if summary.outbox_ids and not args.no_flush else []
        failed = [r for r in sent if r.state != "sent"]
        if args.json:
            print_json({"action": args.action, "done": summary.done,
                        "refused": [{"item": i, "reason": r} for i, r in summary.refused],
                        "outbox": [r.to_json() for r in sent]})
        else:
            for item_id, reason in summary.refused:
                print(translate("CLI", "Item {id}: {reason}").format(id=item_id, reason=reason))
            for r in failed:
                print(f"#{r.outbox_id} {r.action}: {r.state}" + (f" ({r.message})" if r.message else ""))
            print(summary.line())
            if args.action == "assign" and summary.refused and not getattr(args, "anyway", False) \
                    and _away(ws, args.to):
                print(translate("CLI", "Add --anyway to assign to them all the same."))
            if failed:
                print(translate("CLI", "{n} failed at the platform; the items are back where they were "
                                "(svarbox outbox --failed).").format(n=len(failed)))
        return 0 if not summary.refused and not failed else 1
    finally:
        ws.close()
