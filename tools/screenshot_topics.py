"""Render the Topics window for the README: docs/screenshot-topics-<lang>.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot_topics.py da [output.png]

The demo workspace on a weekday morning after a road was closed overnight: a dozen citizens
ask about the same street on several accounts of one municipality, a few about the recycling
centre. The window is 1366x768 (a municipal laptop's screen) with the largest topic open.
"""
from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BURST = {
    "da": [("Søndergade", [
        ("Karen Ølgaard", "Hvorfor er Søndergade spærret i dag? Der står ikke noget på jeres hjemmeside."),
        ("Per Madsen", "Hvornår åbner Søndergade igen for biler?"),
        ("Sofie Lund", "Der er kø hele vejen ned ad Søndergade, hvad sker der?"),
        ("Jonas Kragh", "Kører bussen stadig ad Søndergade?"),
        ("Hanne Berg", "Kan man cykle på Søndergade under vejarbejdet?"),
        ("Lars Holm", "Min mor bor på Søndergade og får hjemmepleje – kan de komme frem?"),
        ("Mette Friis", "Hvor længe er Søndergade lukket? Jeg har en butik."),
        ("Ole Bach", "Søndergade er spærret uden varsel. Det er simpelthen for dårligt."),
        ("Birgit Kjær", "Er der omkørsel fra Søndergade til skolen?")]),
        ("genbrugspladsen", [
        ("Henrik Poulsen", "Har genbrugspladsen åbent på søndag?"),
        ("Anne Vestergaard", "Hvornår lukker genbrugspladsen i dag?"),
        ("Tina Dahl", "Må man aflevere haveaffald på genbrugspladsen?")])],
    "sv": [("Storgatan", [
        ("Johan Persson", "Varför är Storgatan avstängd i dag? Inget står på er hemsida."),
        ("Malin Ek", "När öppnar Storgatan igen för bilar?"),
        ("Anders Berg", "Det är kö längs hela Storgatan, vad händer?"),
        ("Sara Lind", "Går bussen fortfarande på Storgatan?"),
        ("Erik Nyström", "Kan man cykla på Storgatan under vägarbetet?"),
        ("Karin Holm", "Min mamma bor på Storgatan och har hemtjänst – kommer de fram?"),
        ("Lena Sjöberg", "Hur länge är Storgatan avstängd? Jag har en butik."),
        ("Peter Åberg", "Storgatan stängdes utan förvarning. Dåligt skött."),
        ("Eva Lund", "Finns det en omväg från Storgatan till skolan?")]),
        ("återvinningscentralen", [
        ("Fatima Hassan", "Har återvinningscentralen öppet på söndag?"),
        ("Göran Ek", "När stänger återvinningscentralen i dag?"),
        ("Nils Berg", "Får man lämna trädgårdsavfall på återvinningscentralen?")])],
}


# The team's own template for the closure (written the morning it happened).
TEMPLATE = {
    "da": ("Vejarbejde på Søndergade", "Hej {author_first_name}. Søndergade er spærret for biler på grund af "
           "vejarbejde til og med fredag. Bussen kører ad Nørregade, og man kan stadig cykle og gå."),
    "sv": ("Vägarbete på Storgatan", "Hej {author_first_name}. Storgatan är avstängd för bilar på grund av "
           "vägarbete till och med fredag. Bussen går via Norra vägen, och det går att cykla och gå."),
}


def main(argv: list[str]) -> int:
    lang = argv[1] if len(argv) > 1 else "da"
    out = Path(argv[2]) if len(argv) > 2 else ROOT / "docs" / f"screenshot-topics-{lang}.png"
    os.environ["SVARBOX_LANG"] = lang
    morning = datetime(2026, 11, 24, 8, 40, tzinfo=UTC)   # Tuesday 09:40 in DK/SE
    from app import clock
    clock.install(clock.FixedClock(morning))
    from app.gui import _application
    app = _application(lang)
    from sqlalchemy import select

    from app.models import tables as t
    from app.services.demo import ensure_demo_data
    from app.services.inbound import items as item_service
    from app.services.workspace import open_workspace
    from app.ui.main_window import create_main_window

    with tempfile.TemporaryDirectory(prefix="svarbox-topics-") as tmp:
        ws = open_workspace(data_dir=tmp, demo=True, user="Mette Jensen", seed_demo=False)
        ensure_demo_data(ws, now=morning)
        ws.settings.set("user.name", "Mette Jensen")
        try:
            with ws.db.session() as s:
                accounts = s.scalars(select(t.Account).where(t.Account.language == lang)
                                     .order_by(t.Account.id)).all()
                name, body = TEMPLATE[lang]
                s.add(t.Template(name=name, category="answer", language=lang, body=body))
                n = 0
                for _label, questions in BURST[lang]:
                    for author, text in questions:
                        account = accounts[n % len(accounts)]
                        at = morning - timedelta(minutes=7 * n + 5)
                        thread = t.Thread(account_id=account.id, external_id=f"topic-shot-{n}", kind="post")
                        s.add(thread)
                        s.flush()
                        s.add(t.Item(account_id=account.id, thread_id=thread.id, external_id=f"topic-shot-{n}",
                                     kind="comment", text=text, author_name=author, author_id=f"uid-{n}",
                                     received_at=at, cached_at=at, status="new",
                                     first_due_at=item_service.first_due_for(account, at),
                                     due_at=item_service.first_due_for(account, at)))
                        n += 1
            window = create_main_window(ws, background=False, clock=lambda: morning)
            window.resize(1366, 768)
            window.show()
            window.wait_idle(20000)
            topics = window.bulk.show_topics()
            topics.resize(1366, 768)
            window.wait_idle(20000)
            topics.topic_list.setCurrentRow(0)
            window.wait_idle(20000)
            app.processEvents()
            out.parent.mkdir(parents=True, exist_ok=True)
            if not topics.grab().save(str(out)):
                print(f"could not write {out}", file=sys.stderr)
                return 1
            window.close()
        finally:
            ws.close()
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
