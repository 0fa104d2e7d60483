"""Render the first-run dialog and the composer (window at 1366x768) for review and the README.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_first_run.py LANG light|dark OUTDIR

Writes OUTDIR/first-run-LANG-SCHEME.png and OUTDIR/window-LANG-SCHEME.png (the whole window
at 1366x768, an item selected and a reply written) and OUTDIR/composer-LANG-SCHEME.png.
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


def dark_palette():
    from PySide6.QtGui import QColor, QPalette
    p = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.WindowText, "#E8EAED"),
                         (QPalette.ColorRole.Base, "#17181A"), (QPalette.ColorRole.AlternateBase, "#26282B"),
                         (QPalette.ColorRole.Text, "#E8EAED"), (QPalette.ColorRole.Button, "#2D2F33"),
                         (QPalette.ColorRole.ButtonText, "#E8EAED"), (QPalette.ColorRole.Highlight, "#3C79C7"),
                         (QPalette.ColorRole.HighlightedText, "#FFFFFF"), (QPalette.ColorRole.ToolTipBase, "#2D2F33"),
                         (QPalette.ColorRole.ToolTipText, "#E8EAED"), (QPalette.ColorRole.PlaceholderText, "#9AA0A6"),
                         (QPalette.ColorRole.Link, "#8AB4F8"), (QPalette.ColorRole.Mid, "#5F6368")):
        p.setColor(role, QColor(colour))
    return p


def main(argv: list[str]) -> int:
    lang, scheme, outdir = argv[1], argv[2], Path(argv[3])
    outdir.mkdir(parents=True, exist_ok=True)
    from app.gui import _application
    app = _application(lang)
    app.setStyle("Fusion")
    if scheme == "dark":
        app.setPalette(dark_palette())
    from app.ui.accessibility import apply_theme
    app._theme = apply_theme(app)
    from datetime import datetime

    from app.services.demo import ensure_demo_data
    from app.services.workspace import open_workspace
    from app.ui.dialogs.first_run import FirstRunDialog
    from app.ui.main_window import create_main_window
    with tempfile.TemporaryDirectory(prefix="svarbox-shot-") as tmp:
        morning = datetime(2026, 11, 24, 8, 40, tzinfo=UTC)   # Tuesday 09:40 in DK/SE
        from app import clock
        clock.install(clock.FixedClock(morning))     # the whole window lives at that moment
        ws = open_workspace(data_dir=tmp, demo=True, seed_demo=False)
        ensure_demo_data(ws, now=morning)
        try:
            dialog = FirstRunDialog(ws)
            dialog.name_edit.setText("Mette Jensen" if lang != "sv" else "Anna Lindberg")
            dialog.unit_edit.setText("Kommunikation")
            dialog.show()
            app.processEvents()
            dialog.grab().save(str(outdir / f"first-run-{lang}-{scheme}.png"))
            dialog.close()
            ws.settings.set("user.name", "Mette Jensen" if lang != "sv" else "Anna Lindberg")
            window = create_main_window(ws, background=False, clock=lambda: morning)
            window.resize(1366, 768)
            window.show()
            window.wait_idle(20000)
            model = window.model
            want = "sv" if lang == "sv" else "da"
            row = next((r for r in range(model.rowCount()) if model.row_data(r).kind == "comment"
                        and not model.row_data(r).has_id_number
                        and (window.inbox._profiles.get(model.row_data(r).account_id) is None
                             or window.inbox._profiles[model.row_data(r).account_id].language == want)), 0)
            window.item_list.select_row(row)
            window.wait_idle(20000)
            composer = window.composer
            answer = next((t for t in composer.templates() if t.category == "answer"), None)
            if answer is not None:
                composer.insert_template(answer)
            composer.refresh_now()
            app.processEvents()
            window.wait_idle(20000)
            app.processEvents()
            window.grab().save(str(outdir / f"window-{lang}-{scheme}.png"))
            composer.grab().save(str(outdir / f"composer-{lang}-{scheme}.png"))
            window.close()
            window.runner.shutdown()
        finally:
            ws.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
