"""Regroup app/services and app/ui into sub-packages that tell the data flow (issue 13):

    services/inbound   what comes in: sync, inbox queries, items, deadlines, calendar, notify, crisis
    services/outbound  what goes out: the one door for actions, outbox, local queue, connections
    services/team      colleagues: claims, leases, shared settings, roles, audit
    services/content   what is written: templates, signatures, checker, ID numbers, memory
    services/records   what is kept: reports, export, retention
    services/training  the classroom: packs, scoring, certificates, cases made from real ones
    ui/controllers     QObjects that ask services and update widgets
    ui/models          Qt item models
    ui/widgets         parts of the main window
    ui/dialogs         windows and dialogs of their own

Moves the files with git and rewrites every reference (imports, dotted strings, file paths)
in app/, tests/, bench/, tools/, docs and build files. Idempotent: run it again after merging
a branch written against the old layout, and that branch's references are rewritten too.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GROUPS = {
    "services": {
        "inbound": ["sync", "inbox", "items", "deadlines", "calendar", "notify", "crisis", "first_page",
                    "reads", "new_items"],
        "outbound": ["actions", "outbox", "localqueue", "connections", "posts", "scheduler", "worker",
                     "post_templates", "ics", "bulk"],
        "team": ["collab", "team:leases", "shared_settings", "access", "audit", "handover"],
        "content": ["templates", "templates_store", "signatures", "checker", "idnumbers", "textlimits",
                    "memory", "nordic", "anonymise"],
        "records": ["reports", "export", "retention", "post_reports"],
        "training": ["training:packs", "training_record", "training_cases", "classroom"],
    },
    "ui": {
        "controllers": ["inbox_controller", "action_controller", "sync_controller", "team_controller",
                        "bulk_controller"],
        "models": ["item_model"],
        "widgets": ["composer", "conversation", "navigator", "banner", "countdown", "item_list",
                    "memory_panel", "first_paint", "tray", "update_notice", "policy_lock", "access_ui",
                    "attachment_view", "handover_ui"],
        "dialogs": ["settings_dialog", "account_dialog", "account_editor", "template_editor", "crash_dialog",
                    "first_run", "platform_setup", "report_window", "training_summary", "audit_window",
                    "calendar_window", "post_composer", "scenario_editor", "classroom_console"],
    },
}
# "old:new" renames a module as it moves (services/team.py would shadow its own package).
MOVES = {f"{pkg}.{mod.split(':')[0]}": f"{pkg}.{group}.{mod.split(':')[-1]}"
         for pkg, groups in GROUPS.items() for group, mods in groups.items() for mod in mods}
# Old modules whose name is now also a group's (services.team): their imports need care.
SHADOWED = {old: [m.split(":")[-1] for m in GROUPS[old.split(".")[0]][old.split(".")[1]]]
            for old in MOVES if old.split(".")[1] in GROUPS[old.split(".")[0]]}
TEXT_SUFFIXES = {".py", ".md", ".spec", ".toml", ".cfg", ".ini", ".txt", ".yml", ".yaml", ".sh", ""}
SKIP_DIRS = {".git", ".venv", "build", "dist", "__pycache__", "node_modules"}


def move_files() -> list[str]:
    moved = []
    for old, new in MOVES.items():
        src = ROOT / "app" / (old.replace(".", "/") + ".py")
        dst = ROOT / "app" / (new.replace(".", "/") + ".py")
        if not src.exists():
            continue
        dst.parent.mkdir(exist_ok=True)
        init = dst.parent / "__init__.py"
        if not init.exists():
            init.write_text(f'"""{dst.parent.name}: see tools/regroup.py for what lives here."""\n')
            subprocess.run(["git", "add", str(init)], cwd=ROOT, check=True)
        subprocess.run(["git", "mv", str(src), str(dst)], cwd=ROOT, check=True)
        moved.append(old)
    return moved


_FROM_IMPORT = re.compile(r"^(?P<indent>[ \t]*)from app\.(?P<pkg>services|ui) import (?P<names>\([^)]*\)|[^\n]*)",
                          re.M)


def _split_from_import(m: re.Match[str]) -> str:
    indent, pkg = m.group("indent"), m.group("pkg")
    raw = m.group("names")
    comment = ""
    if not raw.startswith("("):
        raw, _, comment = raw.partition("#")
        comment = ("  #" + comment) if comment else ""
    names = [n.strip() for n in raw.strip("()").replace("\n", " ").split(",")
             if n.strip() and not n.strip().startswith("#")]
    groups: dict[str, list[str]] = {}
    for name in names:
        base, _, alias = (part.strip() for part in name.partition(" as "))
        target = MOVES.get(f"{pkg}.{base}")
        where = f"app.{pkg}.{target.split('.')[1]}" if target else f"app.{pkg}"
        if target and target.split(".")[-1] != base:
            name = f"{target.split('.')[-1]} as {alias or base}"
        groups.setdefault(where, []).append(name)
    # A trailing comment (a lint waiver) belongs on every line the import becomes.
    lines = [f"{indent}from {where} import {', '.join(items)}{comment}" for where, items in groups.items()]
    return "\n".join(lines)


def _shadowed_import(old: str, members: list[str]):
    """`from app.services.team import acquire_lease` (the old module) vs `... import leases`
    (the new package): names that are the package's modules stay, the rest go to the module."""
    pattern = re.compile(rf"^(?P<indent>[ \t]*)from app\.{re.escape(old)} import (?P<names>\([^)]*\)|[^\n#]*)", re.M)
    target = MOVES[old]

    def swap(m: re.Match[str]) -> str:
        names = [n.strip() for n in m.group("names").strip("()").replace("\n", " ").split(",") if n.strip()]
        kept = [n for n in names if n.split(" as ")[0].strip() in members]
        moved = [n for n in names if n not in kept]
        lines = []
        if kept:
            lines.append(f"{m.group('indent')}from app.{old} import {', '.join(kept)}")
        if moved:
            lines.append(f"{m.group('indent')}from app.{target} import {', '.join(moved)}")
        return "\n".join(lines)
    return pattern, swap


def rewrite(text: str) -> str:
    text = _FROM_IMPORT.sub(_split_from_import, text)
    for old, members in SHADOWED.items():
        pattern, swap = _shadowed_import(old, members)
        text = pattern.sub(swap, text)
    for old, new in MOVES.items():
        pkg, mod = old.split(".")
        # Not when the name already continues into the new package ("app.services.team.collab"),
        # nor in an import statement (handled above).
        guard = rf"(?!\.(?:{'|'.join(SHADOWED[old])})\b)(?! import)" if old in SHADOWED else ""
        text = re.sub(rf"\bapp\.{pkg}\.{mod}\b{guard}", f"app.{new}", text)
        text = re.sub(rf"\bapp/{pkg}/{mod}\.py\b", f"app/{new.replace('.', '/')}.py", text)
    return text


def files():
    for path in ROOT.rglob("*"):
        if any(part in SKIP_DIRS for part in path.relative_to(ROOT).parts) or not path.is_file():
            continue
        if path.suffix in TEXT_SUFFIXES and path.name != "regroup.py":
            yield path


def main() -> int:
    moved = move_files()
    changed = 0
    for path in files():
        try:
            text = path.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        new = rewrite(text)
        if new != text:
            path.write_text(new, encoding="utf-8")
            changed += 1
    print(f"moved {len(moved)} modules, rewrote {changed} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
