"""Bulk actions on the list's multi-selection (issue 16, point 6), attached to the window as
``window.bulk``: hide, spam, no reply needed, assign and close with a template act on every
selected item through the one door (``services.bulk`` -> ``services.actions``), off the GUI
thread, with one progress line in the status bar and one summary. Each item keeps its own
platform rules (an item that cannot be hidden is refused, not forced); what the platform
refuses later lands in the Failed actions view like any other outbox failure."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog

from app.services.outbound import bulk


class BulkController(QObject):
    progressed = Signal(int, int)      # emitted on the worker thread, shown on the GUI thread
    finished = Signal(object)          # the BulkSummary, after the window has taken it in

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._label = ""
        self.topics_window = None
        self.progressed.connect(self._show_progress)
        # The template list as a hook, like the window's ``confirm``: tests answer it.
        self.ask_choice = self._ask_choice

    def install(self, menu_bar) -> None:
        menu = menu_bar.addMenu(self.tr("&Selection"))
        entries = (
            ("hide", self.tr("Hide all selected"), self.tr("Hiding")),
            ("spam", self.tr("Mark all selected as spam"), self.tr("Marking as spam")),
            ("no_reply", self.tr("No reply needed for all selected"), self.tr("Closing")),
        )
        for action, text, doing in entries:
            menu.addAction(text, lambda a=action, d=doing: self.run(a, d))
        menu.addAction(self.tr("Mark selected read"), lambda: self.run("read", self.tr("Marking read")))
        menu.addAction(self.tr("Mark selected unread"), lambda: self.run("unread", self.tr("Marking unread")))
        menu.addAction(self.tr("Mark all in this view read"), self.mark_view_read)
        menu.addAction(self.tr("Assign all selected to…"), self.assign)
        menu.addAction(self.tr("Close all selected with a template…"), self.close_with_template)
        menu.addSeparator()
        topics = menu.addAction(self.tr("Topics in this view…"), self.show_topics)
        topics.setShortcut("Ctrl+Shift+G")      # G: grouped
        topics.setObjectName("action_topics")
        topics.setToolTip(self.tr("The view's items grouped by what they are about; answer or close a group at once"))
        menu.addAction(self.tr("Show failed actions"), lambda: self.window.navigator.select_view("failed"))

    def show_topics(self):
        """The Topics window for the current view (issue 21.3), made once and reused."""
        if self.topics_window is None:
            from app.ui.dialogs.topics_window import TopicsWindow
            self.topics_window = TopicsWindow(self.window)
        self.topics_window.show_for_view()
        return self.topics_window

    def selected(self) -> list[int]:
        return self.window.item_list.selected_ids()

    def run(self, action: str, doing: str, ids: list[int] | None = None, **kwargs) -> None:
        """Act on ``ids`` (the Topics window's group), else on the list's selection."""
        ids = list(ids) if ids is not None else self.selected()
        if not ids:
            self.window.statusBar().showMessage(self.tr("Select one or more items first."), 5000)
            return
        if self.window.team.refuse_while_read_only("reply" if action == "reply" else action):
            return
        self._label = doing
        ws, user, read_only = self.window.ws, self.window.user, self.window.team.read_only
        personal = ws.settings.get("user.signature")

        def signature_for(session, account_id):
            from app.services.content.templates_store import signature_for_account
            return signature_for_account(session, account_id, user, personal)

        self._show_progress(0, len(ids))
        self.window.runner.run(
            lambda: bulk.run(ws, ids, action, user, read_only=read_only, signature_for=signature_for,
                             progress=self.progressed.emit, **kwargs),
            on_success=self._done, on_failure=self.window._known_or_bug, key="write")

    def _show_progress(self, done: int, total: int) -> None:
        self.window.statusBar().showMessage(self.tr("{doing}: {done} of {total}…").format(
            doing=self._label, done=done, total=total))

    def _done(self, summary: bulk.BulkSummary) -> None:
        self.window.statusBar().showMessage(summary.line(), 10000)
        self.window.inbox.refresh_items(sorted(summary.changed))
        if summary.outbox_ids:
            self.window.flush_outbox()
        self.finished.emit(summary)

    def mark_view_read(self) -> None:
        """"Mark all read": every item of the current view, for this person."""
        from app.services.inbound import reads
        spec, user = self.window.inbox._spec, self.window.user

        def done(n: int) -> None:
            self.window.statusBar().showMessage(self.tr("%n item(s) marked read.", "", n), 6000)
            self.window.model.invalidate(None)
            self.window.refresh()

        self.window.runner.run_in_session(self.window.ws.db, reads.mark_view_read, spec, user, on_success=done,
                                          on_failure=self.window._known_or_bug, key="write")

    def assign(self) -> None:
        if not self.selected():
            self.window.statusBar().showMessage(self.tr("Select one or more items first."), 5000)
            return
        name, ok = QInputDialog.getText(self.window, self.tr("Assign"), self.tr(
            "Assign the selected items to (empty: nobody):"))
        if ok:
            self.assign_to(name.strip())

    def assign_to(self, name: str) -> None:
        """Assign the selection; a colleague who is away is named first, and assigned only if
        the person says so (the door refuses otherwise, item by item)."""
        from app.services.team import handover
        if not name:
            self.run("assign", self.tr("Assigning"), assignee="")
            return

        def checked(away) -> None:
            if away is None:
                self.run("assign", self.tr("Assigning"), assignee=name)
            elif self.window.confirm(self.tr("Assign anyway?"), self.tr("{problem}\n\nAssign them anyway?").format(
                    problem=handover.away_warning(*away))):
                self.run("assign", self.tr("Assigning"), assignee=name, override=True)
            else:
                self.window.statusBar().showMessage(self.tr("Not assigned."), 6000)
        self.window.runner.run_in_session(self.window.ws.db, handover.who_is_away, name, on_success=checked,
                                          on_failure=self.window._known_or_bug, key="away")

    def _ask_choice(self, title: str, label: str, labels: list[str]) -> str | None:
        chosen, ok = QInputDialog.getItem(self.window, title, label, labels, 0, False)
        return chosen if ok else None

    def close_with_template(self) -> None:
        ids = self.selected()
        if not ids:
            self.window.statusBar().showMessage(self.tr("Select one or more items first."), 5000)
            return
        from app.services.content.topic_view import templates_for_items

        def chosen(templates) -> None:
            if not templates:
                self.window.show_error(self.tr("There are no templates yet."))
                return
            labels = [f"{x.name} ({x.language})" for x in templates]
            label = self.ask_choice(self.tr("Close with a template"), self.tr(
                "Each selected item gets this template as its reply (filled in for its author), "
                "with your signature:"), labels)
            if label not in labels:
                return
            template = templates[labels.index(label)]
            if not self.window.confirm(self.tr("Send to all selected?"), self.tr(
                    "Send “{name}” as the reply to {n} items?").format(name=template.name, n=len(self.selected()))):
                return
            self.run("reply", self.tr("Replying"), template_body=template.body,
                     template_category=template.category)

        self.window.runner.run_in_session(self.window.ws.db, templates_for_items, ids, on_success=chosen,
                                          on_failure=self.window._known_or_bug, key="templates-bulk")
