"""What every CLI command shares: opening the workspace the global options point at."""
from __future__ import annotations

import json
import sys
from datetime import datetime


def workspace_from_args(args, **kwargs):
    from app.services.workspace import open_workspace

    return open_workspace(getattr(args, "data_dir", None), getattr(args, "database_url", None),
                          demo=getattr(args, "demo", False), user=getattr(args, "user", None), **kwargs)


def iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def print_json(data) -> None:
    from app.commands._terminal import json_safe
    # Escapes, not raw bytes: the JSON stays faithful and the terminal is never driven by it.
    sys.stdout.write(json_safe(json.dumps(data, ensure_ascii=False, indent=2, default=str)) + "\n")


def user_signature(ws, session, account_id: int) -> str:
    from app.services.content.templates_store import signature_for_account
    from app.services.profile import require_person_name
    # Signed with the person's own name; without one no public reply goes out.
    return signature_for_account(session, account_id, require_person_name(ws),
                                 ws.settings.get("user.signature"))
