"""The window's item actions, attached to ``MainWindow`` as ``window.item_actions``.

The window asks ``services.actions`` what an item offers and hands every action to
``actions.perform`` on the task runner; this module only gathers what the person decides
(the reply text, a confirmation, a note) and shows the typed result: queued, kept on this
computer, problems, or a colleague's collision to confirm. Only the changed rows and the
counts are reloaded afterwards.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject

from app.services.content.signatures import render_signature
from app.services.outbound import actions, outbox, outbox_followup
from app.ui import icons
from app.ui.widgets.conversation import safe_url

log = logging.getLogger(__name__)


class ActionController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def connect_conversation(self, view) -> None:
        """The conversation pane's buttons: hide, the outbox's Retry/Discard/Edit, export, Unban."""
        view.hideRequested.connect(lambda: self.do_action("hide"))
        view.retryRequested.connect(self.retry_outbox)
        view.discardRequested.connect(self.discard_outbox)
        view.editRequested.connect(self.edit_outbox)
        view.exportRequested.connect(self.export_current_case)
        view.unbanRequested.connect(self.unban)

    def _actions_changed(self, available: set) -> None:
        for key, action_key in (("reply", "send"), ("holding_reply", "holding"), ("no_reply", "no_reply"),
                                ("refer", "refer"), ("hide", "hide"), ("unhide", "unhide"),
                                ("delete", "delete"), ("spam", "spam"), ("reopen", "reopen"),
                                ("note", "note"), ("mute", "mute"), ("block", "block"), ("report", "report")):
            action = self.window.actions_by_key.get(action_key)
            if action is not None:
                enabled = key in available or (key == "hide" and "reject" in available) \
                    or (key == "unhide" and "approve" in available)
                action.setEnabled(enabled)
        # YouTube's words for its queue: hide is Reject, unhide a held comment is Approve.
        hide, unhide = self.window.actions_by_key.get("hide"), self.window.actions_by_key.get("unhide")
        if hide is not None:
            hide.setText(self.tr("Re&ject…") if "reject" in available and "hide" not in available else self.tr("&Hide"))
        if unhide is not None:
            unhide.setText(self.tr("&Approve (publish)") if "approve" in available else self.tr("&Unhide"))
        row = self.window.current_row()
        self.window.actions_by_key["open_platform"].setEnabled(bool(row and safe_url(row.url)))
        for key in ("assign", "unassign", "export_case", "forget"):
            self.window.actions_by_key[key].setEnabled(row is not None)
        self.window.actions_by_key["reply"].setEnabled("reply" in available)
        gate = getattr(self.window, "access_gate", None)
        if gate is not None:        # roles on the team database: what this person may do
            gate.apply(row)

    def open_on_platform(self) -> None:
        from PySide6.QtGui import QDesktopServices
        row = self.window.current_row()
        url = safe_url(row.url) if row else None
        if url is not None:
            QDesktopServices.openUrl(url)

    def do_action(self, action: str) -> None:
        """Every item action, from a button, a menu, a shortcut or the conversation pane."""
        ctx = self.window.composer.context
        if ctx is None:
            return
        row = ctx.item
        available = self.window.composer.available()     # actions.offered, less what the team state blocks
        action = actions.resolve(action, available)
        if action not in available:
            # Say why, and what the platform offers instead (e.g. LinkedIn cannot hide).
            reason = self.window.composer.send_block() or actions.why_not(row.platform, row, action)
            self.window.statusBar().showMessage(reason, 8000)
            return
        if self.window.team.refuse_while_read_only(action):
            return
        user = self.window.user
        if action == "refer":
            self._refer(ctx)
        elif action == "spam":
            self._spam(row)
        elif action in actions.SEND_ACTIONS:
            self._send(action, ctx)
        elif action == "note":
            text = self.window.ask_text(self.tr("Internal note"),
                                        self.tr("A note for your team (never sent to the citizen):"))
            if text and text.strip():
                self.perform(actions.Request(row.id, action, user, text), self.tr("Note added."))
        elif action == "report":
            self._report(row)
        elif action in actions.OUTBOX_ACTIONS:
            if actions.needs_confirmation(action) and not self._confirm_irreversible(action, row):
                return
            done = {"hide": self.tr("Hiding – waiting to be sent."),
                    "unhide": self.tr("Unhiding – waiting to be sent."),
                    "delete": self.tr("Deleting – waiting to be sent."),
                    "reject": self.tr("Rejecting – waiting to be sent."),
                    "approve": self.tr("Publishing – waiting to be sent."),
                    "mute": self.tr("Muting the author – waiting to be sent."),
                    "block": self.tr("Blocking the author – waiting to be sent.")}
            # Kept on this computer while the team database is away (the service decides).
            self.perform(actions.Request(row.id, action, user), done[action])
        else:
            done = {"no_reply": self.tr("Marked as needing no reply."), "reopen": self.tr("Reopened; the clock runs again.")}  # noqa: E501
            self.perform(actions.Request(row.id, action, user), done[action])

    def _report(self, row) -> None:
        """A report to the platform's moderators (Mastodon: the server's; Bluesky: Bluesky's
        moderation service), with the person's reason; it goes through the outbox."""
        platform = icons.platform_name(row.platform)
        text = self.window.ask_text(self.tr("Report to {platform}'s moderators").format(platform=platform), self.tr(
            "Why are you reporting this post by {author}? The moderators of {platform} read this (at most 1000 "
            "characters):").format(author=row.author_name or self.tr("(unknown)"), platform=platform))
        if text is None or not text.strip():
            return
        self.perform(actions.Request(row.id, "report", self.window.user, text.strip()),
                     self.tr("Report – waiting to be sent."))

    def _spam(self, row) -> None:
        """Spam hides the item on the platform (YouTube: rejects it) through the outbox and
        records it as spam; where the platform can, the author can be banned too (YouTube from
        the channel, Facebook from the Page). Where it cannot, the status line says so."""
        ban = False
        platform = icons.platform_name(row.platform)
        author = row.author_name or self.tr("(unknown)")
        if row.platform == "youtube":
            choice = self.choose(self.tr("Reject as spam on YouTube?"), self.tr(
                "Rejecting hides the comment and all its replies for good. You can also ban its author "
                "from the channel."), [("reject", self.tr("Reject")), ("ban", self.tr("Reject and ban the author"))])
            if choice is None:
                return
            ban = choice == "ban"
        elif actions.banning.spam_can_ban(row, actions.offered(row)):
            choice = self.choose(self.tr("Hide as spam on {platform}?").format(platform=platform), self.tr(
                "The comment is hidden on {platform} and recorded as spam. You can also ban {author} from the "
                "Page: a banned person can no longer comment on the Page's posts or message the Page. The ban "
                "can be lifted later (Unban).").format(platform=platform, author=author),
                [("hide", self.tr("Hide")), ("ban", self.tr("Hide and ban the author"))])
            if choice is None:
                return
            ban = choice == "ban"
        message = self.tr("Spam – hiding on the platform, waiting to be sent.")
        if ban and row.platform == "facebook":
            message = self.tr("Spam – hiding the comment and banning its author from the Page, waiting to be sent.")
        elif row.platform in ("facebook", "instagram"):
            # Say why there is no ban, so nobody looks for it (issue 16 point 3).
            reason = actions.banning.why_not(row.platform, row, "ban")
            if reason and (row.platform == "instagram" or not getattr(row, "author_known", False)):
                message = f"{message} {reason}"
        self.perform(actions.Request(row.id, "spam", self.window.user, ban=ban), message)

    def choose(self, title: str, text: str, choices: list[tuple[str, str]]) -> str | None:
        """One question with a button per choice (and Cancel); the chosen key, or None.
        Tests replace this, so no dialog waits for an answer."""
        from PySide6.QtWidgets import QMessageBox
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.window)
        buttons = {key: box.addButton(label, QMessageBox.ButtonRole.AcceptRole) for key, label in choices}
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return next((key for key, button in buttons.items() if box.clickedButton() is button), None)

    def unban(self, item_id: int) -> None:
        """Lift a Page ban Svarbox made (the conversation shows it with Unban); the door checks
        that the author is banned and queues the unban in the outbox."""
        self.perform(actions.Request(item_id, "unban", self.window.user),
                     self.tr("Lifting the ban – waiting to be sent."))

    def _refer(self, ctx) -> None:
        """Refer to the case channel: the referral template, the case channel filled in, goes
        out as a reply through the outbox; the item becomes answered and referred."""
        row, ws, user = ctx.item, self.window.ws, self.window.user

        signature = ctx.signature

        def draft(session):
            return actions.referral_text(session, row.id, user, signature)

        def ready(final: str) -> None:
            if not self.window.confirm(self.tr("Send the referral?"), self.tr(
                    "This reply goes to {author} and the item is recorded as referred:\n\n{text}").format(
                    author=row.author_name or self.tr("(unknown)"), text=final)):
                return
            self.perform(actions.Request(row.id, "refer", user, final, signature=signature,
                                         template_category="referral"),
                         self.tr("Referral queued; it is sent in the background."),
                         on_saved=lambda _r: self.records_checklist(row))

        self.window.runner.run_in_session(ws.db, draft, on_success=ready, on_failure=self.window._known_or_bug,
                                          key="referral")

    def records_checklist(self, row) -> None:
        """After a referral: what documenting the case in the records system takes (Malmö
        documents cases in Platina), the case export as the last step."""
        from PySide6.QtWidgets import QMessageBox
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Document the case in the records system"), self.tr(
            "Referred. To document the case:\n\n"
            "1. ✓ The referral to the case channel is on its way to {author}.\n"
            "2. Add an internal note if the case has a number or a caseworker.\n"
            "3. Export the conversation as a case record (PDF and JSON) and file it in the records system.").format(
            author=row.author_name or self.tr("the citizen")), parent=self.window)
        box.setObjectName("recordsChecklist")
        export = box.addButton(self.tr("Export as case record…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        self._checklist = box
        box.finished.connect(lambda _r: self.export_current_case(row) if box.clickedButton() is export else None)
        box.open()

    def _confirm_irreversible(self, action: str, row) -> bool:
        if action == "delete":
            return self.window.confirm(self.tr("Delete on the platform?"), self.tr(
                "Delete this comment by {author} on {platform}? This cannot be undone.").format(
                author=row.author_name or self.tr("(unknown)"), platform=icons.platform_name(row.platform)))
        if action == "block":
            return self.window.confirm(self.tr("Block the author?"), self.tr(
                "Block {author} on {platform}? The account no longer sees their posts and they cannot reply to it; "
                "they can see that they are blocked. Unblock on {platform} itself.").format(
                author=row.author_name or self.tr("(unknown)"), platform=icons.platform_name(row.platform)))
        return self.window.confirm(self.tr("Reject on YouTube?"), self.tr(
            "Rejecting hides the comment and all its replies for good. Continue?"))

    def _send(self, action: str, ctx) -> None:
        from app.ui.dialogs.first_run import ensure_person_name
        if not ensure_person_name(self.window):   # no public reply without the person's name
            return
        composer = self.window.composer
        text = composer.final_text()
        if text is None:
            missing = composer.missing_values()
            problem = composer.problem()
            if missing:
                from app.services.content.templates import placeholder_label
                message = self.tr("Fill in before sending: {names}.").format(
                    names=", ".join(placeholder_label(n) for n in missing))
            else:
                message = problem or self.tr("The reply is empty.")
            self.window.show_error(message)
            return
        confirmed = False
        errors = composer.error_findings()
        if errors:
            listing = "\n".join(f"• {f.message}" for f in errors)
            if not self.window.confirm(self.tr("Send anyway?"), self.tr(
                    "The checker found problems in this reply:\n\n{problems}\n\nSend it anyway?").format(
                    problems=listing)):
                return
            confirmed = True
        item_id = ctx.item.id
        message = self.tr("Holding reply queued; it is sent in the background.") if action == "holding_reply" \
            else self.tr("Reply queued; it is sent in the background.")
        delay = outbox_followup.undo_seconds(self.window.ws.settings)
        if delay:
            message = self.tr("Sending in {n} seconds – Undo takes it back.").format(n=delay)

        def saved(result) -> None:
            composer.clear_draft(item_id)
            self._offer_undo(result, item_id, text, delay)

        # A colleague's earlier answer or live claim comes back as a collision to confirm.
        self.perform(actions.Request(item_id, action, self.window.user, text, signature=ctx.signature,
                                     confirmed=confirmed, template_category=composer.template_category(),
                                     delay_seconds=delay),
                     message, on_saved=saved)

    def _offer_undo(self, result, item_id: int, text: str, delay: int) -> None:
        """"Undo" in the status line while the reply waits; then the outbox sends it."""
        if not delay or result.outcome != "queued" or not result.outbox_id:
            return
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QPushButton
        self._drop_undo()
        bar = self.window.statusBar()
        button = QPushButton(self.tr("Undo"), bar)
        button.setObjectName("undoSendButton")
        button.setToolTip(self.tr("Take the reply back before it is sent"))
        bar.addPermanentWidget(button)
        self._undo_button = button
        outbox_id, user = result.outbox_id, self.window.user

        def undone(_r) -> None:
            from app.ui.widgets.composer import Draft
            # The item is open again: back to it, the text in the composer as its draft.
            composer = self.window.composer
            if composer.item_id == item_id:
                composer.set_text(text)
            else:
                composer._drafts[item_id] = Draft(text)
            self.window.inbox._select_after_load = item_id
            self.window.refresh()
            self.window.statusBar().showMessage(self.tr("Undone; nothing was sent."), 6000)

        def undo() -> None:
            self._drop_undo()
            self.window.runner.run_in_session(self.window.ws.db, outbox_followup.undo, outbox_id, user,
                                              on_success=undone, on_failure=self.window._known_or_bug, key="write")

        def send() -> None:
            if self._undo_button is button:
                self._drop_undo()
                self.window.flush_outbox()

        button.clicked.connect(undo)
        # The button is the timer's context: a window closed meanwhile takes the timer with it.
        QTimer.singleShot(delay * 1000 + 300, button, send)

    def _drop_undo(self) -> None:
        button = getattr(self, "_undo_button", None)
        self._undo_button = None
        if button is not None:
            self.window.statusBar().removeWidget(button)
            button.deleteLater()

    # --- the one door ----------------------------------------------------------------------

    def perform(self, request: actions.Request, message: str, on_saved=None) -> None:
        """Hand ``request`` to ``actions.perform`` off the GUI thread and show its result.
        ``on_saved(result)`` runs once it is queued, done or kept on this computer."""
        ws, read_only = self.window.ws, self.window.team.read_only
        self.window.runner.run(lambda: actions.perform(ws, request, read_only=read_only),
                               on_success=lambda result: self._performed(request, result, message, on_saved),
                               on_failure=self.window._known_or_bug, key="write")

    def _performed(self, request: actions.Request, result: actions.Result, message: str, on_saved) -> None:
        window = self.window
        if result.outcome == "problems":
            window.show_error("\n".join(result.problems))
            return
        if result.outcome == "refused":
            window.statusBar().showMessage(result.message or "", 8000)
            return
        if result.outcome == "collision" and result.collision == "away":
            # Assigning to a colleague who is away (holidays): say so, assign only if asked to.
            if not request.override and window.confirm(self.tr("Assign anyway?"), self.tr(
                    "{problem}\n\nAssign it to them anyway?").format(problem=result.message)):
                from dataclasses import replace
                self.perform(replace(request, override=True), message, on_saved)
            else:
                window.statusBar().showMessage(self.tr("Not assigned."), 6000)
            return
        if result.outcome == "collision":
            if not request.override and window.confirm(self.tr("Answer anyway?"), self.tr(
                    "{problem}\n\nSend your reply anyway?").format(problem=result.message)):
                from dataclasses import replace
                self.perform(replace(request, override=True), message, on_saved)
            else:
                window.statusBar().showMessage(self.tr("Not sent; your text is kept."), 6000)
                if window.composer.item_id == request.item_id:
                    window.inbox._show_item(request.item_id, force=True)   # the warning, from now on
            return
        if on_saved is not None:
            on_saved(result)
        window.error_banner.clear()
        if result.outcome == "kept":
            window.team.kept_locally(result.message)
            return
        window.statusBar().showMessage(message, 6000)
        window.inbox.refresh_items(result.changed)
        if result.sends:
            self.window.flush_outbox()

    def _run_write(self, fn, *args, message: str, flush: bool = False) -> None:
        """A session-taking outbox call ``fn(session, *args)`` on the runner, then a refresh."""
        def done(_result) -> None:
            self.window.error_banner.clear()
            self.window.statusBar().showMessage(message, 6000)
            self.window.refresh()
            if flush:
                self.window.flush_outbox()
        self.window.runner.run_in_session(self.window.ws.db, fn, *args, on_success=done,
                                          on_failure=self.window._known_or_bug, key="write")

    def retry_outbox(self, outbox_id: int) -> None:
        self._run_write(outbox_followup.retry, outbox_id, self.window.user, message=self.tr("Trying again."),
                        flush=True)

    def discard_outbox(self, outbox_id: int) -> None:
        if not self.window.confirm(self.tr("Discard?"), self.tr("Do not send this action? The item goes back to "
                                                         "where it was.")):
            return
        self._run_write(outbox_followup.discard, outbox_id, self.window.user, message=self.tr("Discarded."))

    def edit_outbox(self, outbox_id: int, text: str) -> None:
        """Take a waiting reply back into the composer: discard it, keep its text."""
        item_id = self.window.conversation.item_id

        def done(_r) -> None:
            if item_id == self.window.composer.item_id:
                self.window.composer.set_text(text)   # kept as the item's draft if the list moves on
            # The item is open again: show it in "All open" and stay on it.
            self.window.inbox._select_after_load = item_id
            if self.window.inbox._spec.view != "open":
                self.window.navigator.select_view("open")
            self.window.refresh()
            self.window.composer.focus_editor()
        self.window.runner.run_in_session(self.window.ws.db, outbox_followup.discard, outbox_id, self.window.user,
                                          on_success=done, on_failure=self.window._known_or_bug, key="write")

    def flush_outbox(self) -> None:
        if self.window.runner.is_busy("outbox"):
            return
        ws = self.window.ws
        self.window.runner.run(lambda: outbox.flush(ws),
                               on_success=lambda _r: self.window.inbox._after_background_change(),
                        on_failure=self.window._known_or_bug, key="outbox")

    def make_training_case(self) -> None:
        """Issue 22: anonymise the conversation into a training case (app/ui/dialogs/scenario_editor.py)."""
        from app.ui.dialogs.scenario_editor import make_training_case
        make_training_case(self.window)

    def export_current_case(self, row=None) -> None:
        row = row if hasattr(row, "account_name") else self.window.current_row()   # a menu passes a bool
        if row is None or self.window.team.refuse_while_read_only("export"):
            return
        from app.services.profile import exporter_label
        from app.ui.dialogs.first_run import ensure_person_name
        # The record says who exported it: the person's name, asked first when missing.
        if not ensure_person_name(self.window) and not self.window.ws.person_name:
            return
        from PySide6.QtCore import QStandardPaths
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        stem = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in row.account_name).strip("-")
        base = self.window.ask_export_path(str(Path(folder) / "svarbox-{account}-{id}-{day}".format(
            account=stem or "case", id=row.id, day=self.window.now().astimezone().strftime("%Y-%m-%d"))))
        if not base:
            return
        pdf, js = Path(base + ".pdf"), Path(base + ".json")
        item_id, user = row.id, self.window.user
        exported_by = exporter_label(self.window.ws)

        def done(_r) -> None:
            from PySide6.QtCore import QUrl
            from PySide6.QtGui import QDesktopServices
            message = self.tr("Case record saved: {pdf} and {json}").format(pdf=str(pdf), json=js.name)
            self.window.statusBar().showMessage(message, 10000)
            self.window.notice_banner.show_message(message, "info", [
                (self.tr("Open folder"), self.tr("Show the folder in the file manager"),
                 lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(pdf.parent)))),
                (self.tr("Dismiss"), self.tr("Hide this message"), self.window.notice_banner.clear)])
        self.window.statusBar().showMessage(self.tr("Writing the case record…"))
        from app.services.records.export import export_case
        self.window.runner.run_in_session(self.window.ws.db, export_case, item_id, user, pdf_path=pdf, json_path=js,
                                          exported_by=exported_by, on_success=done,
                                          on_failure=self.window._known_or_bug, key="export")

    def forget_current_author(self) -> None:
        row = self.window.current_row()
        if row is None or self.window.team.refuse_while_read_only("forget"):
            return
        author = row.author_name or self.tr("(unknown)")
        if not self.window.confirm(self.tr("Forget this person?"), self.tr(
                "Forget {author} on {account}?\n\n"
                "Every item by {author} on {account} kept in Svarbox is anonymised: the text, the name "
                "and the link are removed, open items are closed as needing no reply, and actions "
                "waiting to be sent for them are discarded. The name {author} is also removed from every "
                "other text Svarbox keeps (other items, replies, notes), on every account.\n\n"
                "This cannot be undone. Nothing changes on {platform} itself.").format(
                author=author, account=row.account_name, platform=icons.platform_name(row.platform))):
            return
        item_id, user = row.id, self.window.user

        def done(result) -> None:
            self.window.composer.clear_draft(item_id)
            self.window.statusBar().showMessage(self.tr("Forgotten: %n item(s) anonymised.", "", result.items), 8000)
            self.window.refresh()
        self.window.runner.run_in_session(self.window.ws.db, actions.forget_author_of, item_id, user,
                                          on_success=done, on_failure=self.window._known_or_bug, key="write")

    def _recompute_account(self, account_id: int, days=None) -> None:
        """A policy or calendar changed: new deadlines, off the GUI thread, then a refresh.
        ``days``: only these dates changed, so only the items whose window spans them."""
        from app.services.inbound.items import recompute_deadlines
        self.window.runner.run_in_session(self.window.ws.db, recompute_deadlines, account_id, days=days,
                                          on_success=lambda _n: self.window.refresh(),
                                          on_failure=self.window._known_or_bug, key=f"recompute:{account_id}")

    def release_training(self) -> None:
        """Let the pack's next citizen messages arrive (training workspace only)."""
        info = self.window.ws.extras.get("training")
        if not info or self.window.runner.is_busy("training"):
            return
        from app.services.training import packs as training
        ws, now = self.window.ws, self.window.now()
        if info.get("classroom") is not None:
            # Issue 22: in a class the trainer pushes the messages; answers go back to the trainer.
            from app.services.training.classroom import classroom_round
            self.window.runner.run(lambda: classroom_round(ws, info, self._training_signature(info), now),
                                   on_success=lambda ids: ids and self.window.inbox._after_background_change(),
                                   on_failure=self.window._known_or_bug, key="training")
            return
        self.window.runner.run(lambda: training.release_due(ws, info["pack"], info["started_at"], now),
                        on_success=lambda ids: ids and self.window.inbox._after_background_change(),
                        on_failure=self.window._known_or_bug, key="training")

    def _training_signature(self, info) -> str:
        ctx = self.window.composer.context
        return ctx.signature if ctx else render_signature(self.window.ws.settings.get("user.signature"),
                                                          self.window.user, info["pack"].name)

    def show_training_score(self) -> None:
        info = self.window.ws.extras.get("training")
        if not info:
            return
        from app.services.training import packs as training
        ctx = self.window.composer.context
        signature = ctx.signature if ctx else render_signature(self.window.ws.settings.get("user.signature"),
                                                               self.window.user,
                                                               info["pack"].name)
        ws, user = self.window.ws, self.window.user

        def done(summary) -> None:
            # A window a trainer can put on the projector (large type, per scenario, export).
            from app.ui.dialogs.training_summary import TrainingSummaryWindow
            if self.window.training_summary is not None:
                self.window.training_summary.close()
            self.window.training_summary = TrainingSummaryWindow(
                summary, runner=self.window.runner, parent=self.window, session_code=info["started_at"].isoformat(),
                store_path=self.window.ws.paths.data_dir / "training-scores.json")
            classroom = info.get("classroom")
            if classroom is not None and hasattr(classroom.transport, "db"):
                # A class over the team database: the passed pack is recorded there too (issue 22).
                from app.services.training.training_record import record_certificate_in
                db = classroom.transport.db
                self.window.training_summary.on_certified = lambda s: record_certificate_in(db, s)
            self.window.training_summary.show()
            self.window.training_summary.raise_()
        self.window.runner.run(lambda: training.score(ws, info["pack"], user, signature), on_success=done,
                        on_failure=self.window._known_or_bug, key="training-score")
