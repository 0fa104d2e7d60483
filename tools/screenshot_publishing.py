"""Render what issue 19 added to the report and settings windows, at 1366x768:
docs/screenshot-report-posts-<lang>.png (the Posts tab) and
docs/screenshot-publishers-<lang>.png (who may publish, in the Accounts tab).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_publishing.py da
"""
from __future__ import annotations

import os
import sys
import tempfile
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

POSTS = {
    "da": [("Ny affaldsordning fra 1. januar: sådan sorterer du", 2), ("Juletræet på torvet er tændt", 9),
           ("Vi søger 12 nye pædagoger til daginstitutionerne", 30), ("Vejarbejde på Storegade: omkørsel", 200)],
    "sv": [("Nya sophämtningsdagar från 1 januari", 2), ("Julgranen på Stortorget är tänd", 9),
           ("Vi söker 12 nya förskollärare", 30), ("Vägarbete på Storgatan: omledning", 200)],
}
PUBLISHERS = {"da": ["Mette Jensen", "Lars Holm"], "sv": ["Sara Lind", "Mette Jensen"]}


def main(argv: list[str]) -> int:
    lang = argv[1] if len(argv) > 1 else "da"
    os.environ["SVARBOX_LANG"] = lang
    from app import clock
    now = datetime(2026, 12, 3, 13, 30, tzinfo=UTC)
    clock.install(clock.AdvancingClock(now))
    from app.gui import _application
    app = _application(lang)
    from sqlalchemy import select

    from app.models import tables as t
    from app.services.demo import ensure_demo_data
    from app.services.outbound import posts
    from app.services.workspace import open_workspace
    from app.ui.dialogs.report_window import ReportWindow
    from app.ui.dialogs.settings_dialog import SettingsDialog
    from app.ui.tasks import TaskRunner

    with tempfile.TemporaryDirectory(prefix="svarbox-pub-") as tmp:
        ws = open_workspace(data_dir=tmp, demo=True, user="Mette Jensen", seed_demo=False)
        ensure_demo_data(ws, now=now)
        try:
            with ws.db.session() as s:
                accounts = [a for a in s.scalars(select(t.Account).order_by(t.Account.id))
                            if a.language == lang and a.platform != "youtube"]
                threads = list(s.scalars(select(t.Thread).where(t.Thread.account_id.in_([a.id for a in accounts]))))
                for i, (text, hours) in enumerate(POSTS[lang]):
                    account = accounts[i % len(accounts)]
                    thread = next((th for th in threads if th.account_id == account.id), None)
                    s.add(t.Post(group_key=uuid.uuid4().hex, account_id=account.id, text=text,
                                 status=t.POST_PUBLISHED, author="Mette Jensen", idempotency_key=uuid.uuid4().hex,
                                 thread_id=thread.id if thread and i < 2 else None,
                                 permalink="https://www.facebook.com/", published_at=now - timedelta(hours=hours)))
                posts.set_publishers(s, accounts[0].id, PUBLISHERS[lang], "Mette Jensen",
                                     course_pack={"da": "Træning: en travl dag på kommunens kanaler",
                                                  "sv": "Övning: en vanlig dag i kommunens kanaler"}.get(lang, ""))
                first_id = accounts[0].id
            runner = TaskRunner()
            window = ReportWindow(ws, runner, clock=lambda: now)
            window.resize(1366, 768)
            window.show()
            window.select_period("this_month")
            runner.wait_idle()
            for _ in range(10):
                app.processEvents()
            runner.wait_idle()
            app.processEvents()
            tabs = window.posts_panel.parentWidget().parentWidget()
            tabs.setCurrentWidget(window.posts_panel)
            app.processEvents()
            out = ROOT / "docs" / f"screenshot-report-posts-{lang}.png"
            window.grab().save(str(out))
            print(out)
            window.close()
            runner.shutdown()

            dialog = SettingsDialog(ws, actor="Mette Jensen")
            dialog.resize(1366, 768)
            dialog.show()
            dialog._show_account(first_id)
            editor = dialog.account_editor(first_id)
            for _ in range(5):
                app.processEvents()
            editor.parentWidget().parentWidget().ensureWidgetVisible(editor.publisher_box)
            app.processEvents()
            out = ROOT / "docs" / f"screenshot-publishers-{lang}.png"
            dialog.grab().save(str(out))
            print(out)
            dialog.reject()
        finally:
            ws.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
