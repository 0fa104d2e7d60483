"""Shift hand-over and holidays in the window (issue 16, point 8), attached as
``window.handover``: a Shift menu (write a hand-over note, I'm away until…, I'm back) and, when
the window opens, the colleagues' hand-over notes written since this person last saw them."""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog

from app.services.team import handover

SEEN_KEY = "handover.seen_at"


class HandoverController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def install(self, menu_bar) -> None:
        menu = menu_bar.addMenu(self.tr("S&hift"))
        menu.addAction(self.tr("Write a hand-over note…"), self.write_note)
        menu.addAction(self.tr("I'm away until…"), self.go_away)
        menu.addAction(self.tr("I'm back"), self.come_back)

    def _run(self, fn, *args, on_success=None) -> None:
        self.window.runner.run_in_session(self.window.ws.db, fn, *args, on_success=on_success,
                                          on_failure=self.window._known_or_bug, key="write")

    def write_note(self) -> None:
        text = self.window.ask_text(self.tr("Hand-over note"), self.tr(
            "What should the next person know? (Shown when a colleague opens Svarbox.)"))
        if text and text.strip():
            self._run(handover.add_note, self.window.user, text, on_success=lambda _n: self.window.statusBar()
                      .showMessage(self.tr("Hand-over note saved."), 6000))

    def go_away(self, until: date | None = None) -> None:
        if until is None:
            text, ok = QInputDialog.getText(self.window, self.tr("Away"), self.tr(
                "Away until (last day, YYYY-MM-DD)? Your open assigned items go back to the team."))
            if not ok or not text.strip():
                return
            try:
                until = date.fromisoformat(text.strip())
            except ValueError:
                self.window.show_error(self.tr("Write the date as YYYY-MM-DD, e.g. 2026-12-24."))
                return

        def done(n: int) -> None:
            self.window.statusBar().showMessage(self.tr("Marked away; %n item(s) went back to the team.", "", n), 8000)
            self.window.refresh()
        self._run(handover.set_away, self.window.user, until, self.window.user, on_success=done)

    def come_back(self) -> None:
        self._run(handover.clear_away, self.window.user, self.window.user,
                  on_success=lambda _r: self.window.statusBar().showMessage(self.tr("Welcome back."), 6000))

    def show_new_notes(self) -> None:
        """At start: colleagues' hand-over notes since this person last looked."""
        settings = self.window.ws.settings
        raw = settings.get(SEEN_KEY)
        since = datetime.fromisoformat(raw) if raw else None
        self.window.runner.run_in_session(self.window.ws.db, handover.notes_since, since, self.window.user,
                                          on_success=self._show, on_failure=lambda _e: None, key="handover")

    def _show(self, notes) -> None:
        if not notes:
            return
        latest = notes[-1]
        text = self.tr("Hand-over from {author} ({time}): {text}").format(
            author=latest.author, time=latest.at.astimezone().strftime("%d.%m %H:%M"), text=latest.text)
        if len(notes) > 1:
            text += " " + self.tr("(%n earlier note(s) too.)", "", len(notes) - 1)

        def seen() -> None:
            self.window.ws.settings.set(SEEN_KEY, latest.at.isoformat())
            self.window.ws.settings.save()
            self.window.notice_banner.clear()
        self.window.notice_banner.show_message(text, "info", [(self.tr("Got it"), self.tr("Hide the hand-over note"), seen)])  # noqa: E501
