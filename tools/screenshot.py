"""Render the inbox on the demo workspace for the README: docs/screenshot-inbox.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot.py [output.png]

An overdue item is selected and a reply from a template is being written, so the picture
shows the countdown colours, the conversation and the composer with its signature preview.
"""
from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SVARBOX_LANG", "en")


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "docs" / "screenshot-inbox.png"
    from app.gui import _application
    app = _application(os.environ.get("SVARBOX_LANG", "en"))
    from app.services.workspace import open_workspace
    from app.ui.main_window import create_main_window
    from app.ui.models.item_model import COL_DUE, UrgencyRole

    with tempfile.TemporaryDirectory(prefix="svarbox-shot-") as tmp:
        # A weekday morning, so the picture shows a real working day: overdue items from
        # yesterday, items due today, calm ones for later in the week.
        from datetime import datetime

        from app.services.demo import ensure_demo_data
        morning = datetime(2026, 11, 24, 8, 40, tzinfo=UTC)   # Tuesday 09:40 in DK/SE
        from app import clock
        clock.install(clock.FixedClock(morning))     # the whole window lives at that moment
        ws = open_workspace(data_dir=tmp, demo=True, user="Mette Jensen", seed_demo=False)
        ensure_demo_data(ws, now=morning)
        ws.settings.set("user.name", "Mette Jensen")
        try:
            window = create_main_window(ws, background=False, clock=lambda: morning)
            window.resize(1366, 768)     # a municipal laptop's screen
            window.show()
            window.wait_idle(20000)
            model = window.model
            overdue = next((r for r in range(model.rowCount())
                            if model.index(r, COL_DUE).data(UrgencyRole) == "overdue"
                            and not model.row_data(r).has_id_number), 0)
            window.item_list.select_row(overdue)
            window.wait_idle(20000)
            composer = window.composer
            answer = next((t for t in composer.templates() if t.category == "late_apology"), None) \
                or next((t for t in composer.templates() if t.category == "answer"), None)
            if answer is not None:
                composer.insert_template(answer)
                for name in composer.missing_values():
                    composer.set_value(name, {"topic": "avstängningen av Föreningsgatan", "link": "https://malmo.se/trafik",
                                              "answer_by": "fredag", "contact": "8787 8787"}.get(name, "fredag"))
            else:
                composer.set_text("Hej! Tak for din besked – vi undersøger det og vender tilbage i dag.")
            composer.refresh_now()
            composer.editor.setFocus()
            app.processEvents()
            out.parent.mkdir(parents=True, exist_ok=True)
            if not window.grab().save(str(out)):
                print(f"could not write {out}", file=sys.stderr)
                return 1
            window.close()
        finally:
            ws.close()
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
