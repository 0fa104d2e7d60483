"""Render the planning calendar for the README: docs/screenshot-calendar-<lang>.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_calendar.py \
        da docs/screenshot-calendar-da.png [dark] [month]

A week of a municipality's plan on the demo workspace at 1366x768: posts on each platform
in every status, manual entries (newsletter, press, signs), one post that needs a running
Svarbox (the warning), a campaign.
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

PLAN = {
    "da": [  # (day offset from Monday, hour, platform, text, status, campaign)
        (0, 9, "facebook", "Ny affaldsordning fra 1. januar: sådan sorterer du", "published", "Affald 2027"),
        (0, 13, "instagram", "Juletræet på torvet er tændt", "published", None),
        (1, 10, "linkedin", "Vi søger 12 nye pædagoger til daginstitutionerne", "scheduled", "Rekruttering"),
        (1, 15, "x", "Vejarbejde på Storegade: omkørsel via Nørregade", "scheduled", None),
        (2, 8, "facebook", "Genbrugspladsen holder lukket 2. juledag", "awaiting_approval", "Affald 2027"),
        (2, 12, "x", "Borgermøde om skolestrukturen tirsdag kl. 19", "draft", None),
        (3, 11, "facebook", "Idé: julekalender med kommunens medarbejdere", "idea", None),
        (4, 9, "linkedin", "Kom til åbent hus på jobcentret", "failed", "Rekruttering"),
    ],
    "sv": [
        (0, 9, "facebook", "Nya sophämtningsdagar från 1 januari", "published", "Avfall 2027"),
        (0, 13, "instagram", "Julgranen på Stortorget är tänd", "published", None),
        (1, 10, "linkedin", "Vi söker 12 nya förskollärare", "scheduled", "Rekrytering"),
        (1, 15, "x", "Vägarbete på Storgatan: omledning via Norra vägen", "scheduled", None),
        (2, 8, "facebook", "Återvinningscentralen stänger på annandag jul", "awaiting_approval", "Avfall 2027"),
        (2, 12, "x", "Medborgardialog om skolorganisationen tisdag kl. 19", "draft", None),
        (3, 11, "facebook", "Idé: julkalender med kommunens medarbetare", "idea", None),
        (4, 9, "linkedin", "Välkommen till öppet hus på jobbtorget", "failed", "Rekrytering"),
    ],
}
MANUAL = {
    "da": [(1, 8, "newsletter", "Nyhedsbrev: december"), (3, 10, "press", "Pressemeddelelse: budget 2027"),
           (4, 7, "signs", "Skilte ved Storegade")],
    "sv": [(1, 8, "newsletter", "Nyhetsbrev: december"), (3, 10, "press", "Pressmeddelande: budget 2027"),
           (4, 7, "signs", "Skyltar vid Storgatan")],
}


def main(argv: list[str]) -> int:
    lang = argv[1] if len(argv) > 1 else "da"
    out = Path(argv[2]) if len(argv) > 2 else ROOT / "docs" / f"screenshot-calendar-{lang}.png"
    dark = "dark" in argv[3:]
    month = "month" in argv[3:]
    os.environ["SVARBOX_LANG"] = lang
    from datetime import datetime, time, timedelta

    from app import clock
    monday_morning = datetime(2026, 11, 30, 7, 30, tzinfo=UTC)     # Monday 08:30 in DK/SE
    clock.install(clock.FixedClock(monday_morning) if hasattr(clock, "FixedClock")
                  else clock.AdvancingClock(monday_morning))
    from app.gui import _application
    app = _application(lang)
    from app.ui import theme
    if dark:
        theme.set_scheme("dark")
        from PySide6.QtGui import QColor, QPalette
        palette = QPalette()
        for role, colour in ((QPalette.ColorRole.Window, "#202020"), (QPalette.ColorRole.Base, "#1C1C1C"),
                             (QPalette.ColorRole.Text, "#E6EDF3"), (QPalette.ColorRole.WindowText, "#E6EDF3"),
                             (QPalette.ColorRole.Button, "#2B2B2B"), (QPalette.ColorRole.ButtonText, "#E6EDF3")):
            palette.setColor(role, QColor(colour))
        app.setPalette(palette)
    from app.services import accounts
    from app.services.demo import ensure_demo_data
    from app.services.outbound import posts
    from app.services.workspace import open_workspace
    from app.ui.dialogs.calendar_window import CalendarWidget

    with tempfile.TemporaryDirectory(prefix="svarbox-cal-") as tmp:
        ws = open_workspace(data_dir=tmp, demo=True, user="Mette Jensen", seed_demo=False)
        ensure_demo_data(ws, now=monday_morning)
        try:
            zone = clock.local_zone()
            infos = accounts.list_accounts(ws)
            by_platform = {}
            with ws.db.session() as s:
                from app.models import tables as t
                language = {a.id: a.language for a in s.query(t.Account)}
            for info in sorted(infos, key=lambda i: language.get(i.id) != lang):
                by_platform.setdefault(info.platform, info)
            monday = monday_morning.astimezone(zone).date()
            with ws.db.session() as s:
                for offset, hour, platform, text, status, campaign in PLAN[lang]:
                    account = by_platform.get(platform) or infos[0]
                    at = datetime.combine(monday + timedelta(days=offset), time(hour), zone)
                    [pid] = posts.compose(s, "Mette Jensen", {account.id: text}, link="https://kommune.example/info",
                                          at=at, campaign=campaign, status="draft")
                    post = posts.get(s, pid)
                    post.status = status     # a picture of a week in progress: every status once
                for offset, hour, channel, title in MANUAL[lang]:
                    posts.add_manual(s, "Mette Jensen", channel, title,
                                     datetime.combine(monday + timedelta(days=offset), time(hour), zone))
            widget = CalendarWidget(ws, clock=lambda: monday_morning, user="Mette Jensen")
            widget.resize(1366, 768)
            if month:
                widget.set_mode("month")
            widget.show()
            for _ in range(5):
                app.processEvents()
            out.parent.mkdir(parents=True, exist_ok=True)
            if not widget.grab().save(str(out)):
                print(f"could not write {out}", file=sys.stderr)
                return 1
            widget.close()
        finally:
            ws.close()
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
