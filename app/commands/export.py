"""`svarbox export ITEM --pdf FILE --json FILE`: a case's record for the records system."""
from __future__ import annotations

from app.commands._common import print_json, workspace_from_args
from app.errors import UsageError
from app.i18n import translate


def register(sub) -> None:
    p = sub.add_parser("export", help="export a conversation that became a case (PDF and/or JSON)",
                       description="Write the conversation an item belongs to (post, messages, "
                       "our replies with who sent them, links) as a PDF and/or JSON for the "
                       "records system. The export is written to the audit log.")
    p.add_argument("item", type=int, metavar="ITEM", help="item id (as `svarbox inbox` shows it)")
    p.add_argument("--pdf", metavar="FILE", help="write the PDF here")
    p.add_argument("--json", metavar="FILE", help="write the JSON here")
    p.add_argument("--notes", action="store_true", help="include the team's internal notes")
    p.set_defaults(func=run)


def run(args) -> int:
    if not args.pdf and not args.json:
        raise UsageError(translate("Export", "Give --pdf FILE, --json FILE or both."))
    from app.services.profile import exporter_label
    from app.services.records.export import export_case  # fpdf2 loads only when exporting
    ws = workspace_from_args(args)
    try:
        exported_by = exporter_label(ws)   # the person's name, never the OS login
        with ws.db.session() as session:
            case = export_case(session, args.item, ws.user, pdf_path=args.pdf, json_path=args.json,
                               include_notes=args.notes, exported_by=exported_by)
        print_json({"item_id": case.item_id, "item_ids": case.item_ids, "scope": case.scope,
                    "pdf": args.pdf, "json": args.json, "messages": len(case.messages)})
    except OSError as exc:
        raise UsageError(translate("Export", "The file cannot be written: {reason}").format(
            reason=exc.strerror or exc)) from None
    finally:
        ws.close()
    return 0
