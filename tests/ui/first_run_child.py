"""Child process of tests/ui/test_run_gui_first_run.py: the real ``gui.run_gui`` start path on
an empty data folder, played by a timer. A process of its own because ``QApplication.exec()``
leaves the application closing when it returns, and later tests in the same process would no
longer get Qt's LanguageChange events. Prints what it saw as one JSON line.

    python tests/ui/first_run_child.py DATA_DIR
"""
from __future__ import annotations

import json
import os
import sys
from argparse import Namespace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app import gui  # noqa: E402
from app.services.outbound import outbox  # noqa: E402
from app.ui.dialogs.first_run import FirstRunDialog  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402


def main(data_dir: str) -> int:
    os.environ.pop("SVARBOX_USER", None)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    seen: dict = {}

    def play() -> None:
        """One step per tick: the dialog first, then the window (run_gui shows them in turn)."""
        try:
            modal = QApplication.activeModalWidget()
            if isinstance(modal, FirstRunDialog) and "dialog" not in seen:
                seen["dialog"] = [modal.mode, modal.windowTitle()]
                modal.name_edit.setText("Mette Jensen")
                modal.unit_edit.setText("Kommunikation")
                modal.demo_button.click()
                return
            window = next((w for w in QApplication.topLevelWidgets()
                           if isinstance(w, MainWindow) and w.isVisible()), None)
            if window is None:
                return
            ticker.stop()
            if "dialog" not in seen:
                raise AssertionError("the window came without the first-run dialog")
            window.confirm = lambda title, text: True
            window.ask_pending_on_quit = lambda count: "keep"
            assert window.wait_idle()
            model = window.model
            row = next(r for r in range(model.rowCount()) if model.row_data(r).platform == "facebook"
                       and model.row_data(r).kind == "comment" and not model.row_data(r).has_id_number)
            window.item_list.select_row(row)
            assert window.wait_idle()
            item_id = window.composer.item_id
            window.composer.set_text("Tak for beskeden, vi ser på det i dag.")
            window.do_action("reply")
            assert window.wait_idle()
            with window.ws.db.session() as s:
                seen["sent"] = [a.text for a in outbox.actions_for_item(s, item_id)]
            seen["person"] = window.ws.person_name
            window.close()
            window.runner.shutdown()
        except BaseException as exc:  # noqa: BLE001 - reported to the test, never left in Qt's loop
            seen["error"] = repr(exc)
            for w in QApplication.topLevelWidgets():
                if isinstance(w, MainWindow):
                    w.ask_pending_on_quit = lambda count: "keep"
                    w.close()
                    w.runner.shutdown()
        QApplication.instance().quit()

    ticker = QTimer()
    ticker.setInterval(20)
    ticker.timeout.connect(play)
    ticker.start()
    guard = QTimer()                 # a failure must not leave run_gui's event loop running
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: (seen.setdefault("error", "run_gui did not finish"), app.quit()))
    guard.start(60_000)
    seen["code"] = gui.run_gui(Namespace(data_dir=data_dir, database_url=None, demo=False, training=None,
                                         self_test=False, user=None, command=None, teach=None, edit_pack=None,
                                         minimized=False, class_code=None))
    print("RESULT " + json.dumps(seen), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
