"""Screenshot of the settings dialog for the docs:
``python tools/settings_screenshot.py docs/screenshot-settings.png`` -- the dialog on the demo
workspace, Accounts tab, one refused value showing how errors look.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app import i18n  # noqa: E402
from app.ui.dialogs.settings_dialog import SettingsDialog  # noqa: E402


def screenshot(path: str) -> int:
    import tempfile

    from PySide6.QtGui import QPainter, QPixmap

    from app.services.workspace import open_workspace

    app = QApplication.instance() or QApplication([])
    i18n.install("en")
    with tempfile.TemporaryDirectory(prefix="svarbox-settings-shot-") as tmp:
        ws = open_workspace(data_dir=tmp, demo=True, user="Mette Jensen")
        try:
            ws.settings.set("user.name", "Mette Jensen")
            dialog = SettingsDialog(ws)
            dialog.resize(1000, 760)
            dialog.show()
            editor = next(iter(dialog.account_editors.values()), None)
            if editor is not None:
                editor.day_edits[4].setText("08:00-15:30")
                editor._put(editor.closed_list, "2026-06-05", "2026-06-05")
                editor._put(editor.special_list, "2026-12-23", ("2026-12-23", "08:00-12:00"))
                editor.policy_edit.setText("hours:-1")
            dialog.show_page("accounts")
            app.processEvents()
            right = dialog.grab()
            if editor is not None:
                editor.policy_edit.setText("workdays:2")
            dialog.show_page("personal")
            app.processEvents()
            left = dialog.grab()
            canvas = QPixmap(left.width() + right.width() + 16, max(left.height(), right.height()))
            canvas.fill(Qt.GlobalColor.white)
            painter = QPainter(canvas)
            painter.drawPixmap(0, 0, left)
            painter.drawPixmap(left.width() + 16, 0, right)
            painter.end()
            ok = canvas.save(path)
            dialog.reject()
        finally:
            ws.close()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(screenshot(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshot-settings.png"))
