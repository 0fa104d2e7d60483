"""The rest of the window's item actions as CLI verbs (issue 16, point 11), through the same
door: `svarbox note` (an internal note), `svarbox private-reply` (Facebook/Instagram: one
private message to the commenter) and `svarbox close` (close items with a reply template,
filled in for each author: the window's "Close all selected with a template…"). `reopen` is
a bulk verb in ``workflow.VERBS``."""
from __future__ import annotations

from app.i18n import translate


def register(sub, run_verb) -> None:
    """``run_verb``: workflow's bulk runner (passed in, so neither module imports the other)."""
    from app.services.inbound.inbox import CLI_VIEWS
    note = sub.add_parser("note", help="add an internal note to an item (never sent to the citizen)")
    note.add_argument("item", type=int, metavar="ITEM", help="item id (as `svarbox inbox` shows it)")
    note.add_argument("--text", required=True, help="the note")
    note.set_defaults(func=run_note)

    private = sub.add_parser("private-reply", help="Facebook/Instagram: send the commenter one private "
                                                   "message (your signature is appended)")
    private.add_argument("item", type=int, metavar="ITEM", help="item id (a Facebook or Instagram comment)")
    private.add_argument("--text", required=True, help="the message; your signature is appended")
    private.add_argument("--no-flush", action="store_true", help="only queue; send later")
    private.set_defaults(func=run_private_reply)

    close = sub.add_parser("close", help="close items with a reply template, filled in for each author "
                                         "(several ids or --view)")
    close.add_argument("items", type=int, nargs="*", metavar="ITEM", help="item ids")
    close.add_argument("--template", required=True, metavar="NAME", help="the template's name")
    close.add_argument("--language", metavar="LANG", help="the template's language when several share the name")
    close.add_argument("--view", choices=list(CLI_VIEWS), help="act on every item of this view")
    close.add_argument("--limit", type=int, default=500, metavar="N", help="with --view: at most N items")
    close.add_argument("--no-flush", action="store_true", help="only queue; send later")
    close.add_argument("--json", action="store_true", help="print the summary as JSON")
    close.set_defaults(func=lambda args: run_close(args, run_verb), action="reply")


def _refused(result) -> None:
    from app.errors import UsageError
    from app.services.outbound import actions
    raise UsageError("; ".join(result.problems) or result.message or actions.not_offered())


def run_note(args) -> int:
    from app.commands._common import workspace_from_args
    from app.services.outbound import actions
    ws = workspace_from_args(args)
    try:
        result = actions.perform(ws, actions.Request(args.item, "note", ws.user, args.text))
        if not result.ok:
            _refused(result)
        print(translate("CLI", "Note added to item {id}.").format(id=args.item))
    finally:
        ws.close()
    return 0


def run_private_reply(args) -> int:
    from app.commands._common import user_signature, workspace_from_args
    from app.commands.outbox import _report
    from app.services.inbound import items as item_service
    from app.services.outbound import actions, outbox
    ws = workspace_from_args(args)
    try:
        with ws.db.session() as session:
            signature = user_signature(ws, session, item_service.get_item(session, args.item).account_id)
        result = actions.perform(ws, actions.Request(args.item, "private_reply", ws.user, args.text,
                                                     signature=signature))
        if result.outcome == "kept":
            print(result.message)
            return 0
        if result.outcome != "queued":
            _refused(result)
        print(translate("CLI", "Queued private reply #{id}.").format(id=result.outbox_id))
        if not args.no_flush:
            return _report([r for r in outbox.flush(ws) if r.outbox_id == result.outbox_id], False)
    finally:
        ws.close()
    return 0


def _template(ws, name: str, language: str | None):
    from app.errors import UsageError
    from app.services.content.templates_store import templates_for
    with ws.db.session() as session:
        found = [x for x in templates_for(session, language) if x.name.casefold() == name.strip().casefold()]
    if not found:
        raise UsageError(translate("CLI", "There is no template called {name}; `svarbox templates` lists them.")
                         .format(name=name))
    if len({x.language for x in found}) > 1:
        raise UsageError(translate("CLI", "Several templates are called {name}; choose one with --language ({langs}).")
                         .format(name=name, langs=", ".join(sorted({x.language for x in found}))))
    return found[0]


def run_close(args, run_verb) -> int:
    from app.commands._common import workspace_from_args
    ws = workspace_from_args(args)
    try:
        template = _template(ws, args.template, args.language)
    finally:
        ws.close()
    args.template_body, args.template_category = template.body, template.category
    return run_verb(args)      # the same bulk run as every other verb: one summary
