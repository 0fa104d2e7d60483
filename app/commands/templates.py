"""`svarbox templates list [--json] | import FILE | export FILE`."""
from __future__ import annotations

from app.i18n import translate


def register(sub) -> None:
    p = sub.add_parser("templates", help="list, import or export the reply templates")
    s = p.add_subparsers(dest="templates_command", metavar="ACTION", required=True)
    lst = s.add_parser("list", help="list the templates")
    lst.add_argument("--language", choices=["da", "sv", "en"], help="only templates in this language")
    lst.add_argument("--json", action="store_true", help="print as JSON")
    lst.set_defaults(func=run_list)
    imp = s.add_parser("import", help="add or update templates from a JSON file")
    imp.add_argument("file", help="the JSON file to read")
    imp.set_defaults(func=run_import)
    exp = s.add_parser("export", help="write the templates to a JSON file")
    exp.add_argument("file", help="the JSON file to write")
    exp.add_argument("--language", choices=["da", "sv", "en"], help="only templates in this language")
    exp.set_defaults(func=run_export)


def run_list(args) -> int:
    from app.commands._common import print_json, workspace_from_args
    from app.services.content import templates_store as store
    ws = workspace_from_args(args)
    try:
        with ws.db.session() as session:
            templates = store.templates_for(session, args.language)
        if args.json:
            print_json([{"name": x.name, "category": x.category, "language": x.language, "body": x.body}
                        for x in templates])
        else:
            for x in templates:
                print(f"{x.language}  {x.category:12} {x.name}")
    finally:
        ws.close()
    return 0


def run_import(args) -> int:
    from app.commands._common import workspace_from_args
    from app.services.content import templates as tpl
    from app.services.content import templates_store as store
    templates = tpl.import_json(args.file)   # validates before anything is written
    ws = workspace_from_args(args)
    try:
        with ws.db.session() as session:
            store.ensure_defaults(session)
            added, updated = store.import_templates(session, templates, ws.user)
        print(translate("CLI", "Imported {added} new and {updated} changed templates.").format(
            added=added, updated=updated))
    finally:
        ws.close()
    return 0


def run_export(args) -> int:
    from app.commands._common import workspace_from_args
    from app.services.content import templates as tpl
    from app.services.content import templates_store as store
    ws = workspace_from_args(args)
    try:
        with ws.db.session() as session:
            templates = store.templates_for(session, args.language)
        tpl.export_json(templates, args.file)
        print(translate("CLI", "Exported {count} templates to {file}.").format(count=len(templates), file=args.file))
    finally:
        ws.close()
    return 0
