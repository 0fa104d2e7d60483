"""The window's team side and background watchers, attached to ``MainWindow`` as ``window.team``.

- Claims: when the person starts writing on an item (types, inserts a template, presses R)
  the item is claimed (``team.claim_item``), renewed every 30 s while the composer holds it
  and released when the selection moves on, the composer closes or the window closes.
  Other clients' live claims are polled every 5 s and shown in the list, the conversation
  header and the composer ("Anna is answering this right now"), which blocks writing until
  the person explicitly chooses to write anyway.
- Answers and moderation go through ``services.actions.perform`` (``ui.action_controller``):
  a collision is refused unless the person confirms, and an action written while the team
  database is away is kept on this computer (``kept_locally`` switches to read-only).
- Read-only mode: a background job failing with "the team database cannot be reached"
  switches the window to read-only (a banner with the time); outbox actions are recorded in
  the local queue, everything else is refused in words; a probe every 15 s reconnects,
  replays the local queue and leaves read-only mode.
- Assignments: "Assign to…" / "Unassign", and a 30 s poll notifying new assignments.
- Crisis warning every 5 minutes and after each sync; retention shortly after start and
  every hour (the service decides whether a run is due).

Every database call runs on the window's task runner; callbacks only touch widgets.
"""
from __future__ import annotations

import json
import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QInputDialog

from app import clock
from app.errors import KnownError
from app.services.outbound import actions
from app.services.outbound.actions import ItemTeamState, is_unreachable

log = logging.getLogger(__name__)

CLAIM_POLL_MS = 5_000
CLAIM_RENEW_MS = 30_000
ASSIGNMENT_POLL_MS = 30_000
RECONNECT_MS = 15_000
CRISIS_MS = 5 * 60_000
RETENTION_FIRST_MS = 20_000
RETENTION_MS = 60 * 60_000

# Audit actors that are not people (for the list of colleagues to assign to).
SYSTEM_ACTORS = frozenset({"sync", "svarbox", "retention", "outbox", "platform", "system", "user"})
class TeamController(QObject):
    def __init__(self, window, *, background: bool = True):
        super().__init__(window)
        from app.services.team.collab import AssignmentWatch

        self.window = window
        self.ws = window.ws
        self.runner = window.runner
        self.read_only = False
        self._closed = False
        self.read_only_since: datetime | None = None
        self.kept = 0                                   # actions kept locally this session
        self._last_try: datetime | None = None
        self._held: int | None = None                   # the item our claim is on
        self._others: dict[int, str] = {}               # other clients' claims
        self._answered: dict[int, str | None] = {}      # per item: a colleague's earlier answer
        self._overridden: set[int] = set()              # "write anyway" chosen
        self._released_once: set[str] = set()
        self._crisis_seen: set = set()
        self.alerts: list = []
        self._watch = AssignmentWatch(window.user)

        def timer(ms: int, slot) -> QTimer:
            tm = QTimer(self)
            tm.setInterval(ms)
            tm.timeout.connect(slot)
            return tm
        self.claim_poll_timer = timer(CLAIM_POLL_MS, self.poll_claims)
        self.renew_timer = timer(CLAIM_RENEW_MS, self.renew_claim)
        self.assignment_timer = timer(ASSIGNMENT_POLL_MS, self.poll_assignments)
        self.reconnect_timer = timer(RECONNECT_MS, self.try_reconnect)
        self.crisis_timer = timer(CRISIS_MS, self.check_crisis)
        self.retention_timer = timer(RETENTION_MS, self.run_retention)
        self._background = background
        if background:
            for tm in (self.claim_poll_timer, self.assignment_timer, self.crisis_timer, self.retention_timer):
                tm.start()

        composer = window.composer
        composer.composeStarted.connect(self.compose_started)
        composer.warningOverridden.connect(self._overridden.add)
        window.ask_assignee = self._ask_assignee_dialog

    # --- life cycle

    def start(self) -> None:
        """After the window's first load: pending local actions of an earlier session."""
        if self._background:
            QTimer.singleShot(RETENTION_FIRST_MS, self.run_retention)
            QTimer.singleShot(4000, self.check_crisis)
            QTimer.singleShot(1000, self.poll_claims)
        from app.services.outbound import localqueue
        if (Path(self.ws.paths.data_dir) / localqueue.FILE_NAME).exists():
            self.try_reconnect(startup=True)

    def shutdown(self) -> None:
        """Window closing: stop polling and give the claim back (the runner waits for it)."""
        self._closed = True
        for tm in (self.claim_poll_timer, self.renew_timer, self.assignment_timer, self.reconnect_timer,
                   self.crisis_timer, self.retention_timer):
            tm.stop()
        item_id, self._held = self._held, None
        if item_id is not None and not self.read_only:
            from app.services.team import leases as team
            db = self.ws.db
            # No key: it must start now, not wait behind a queue the shutdown drops.
            self.runner.run(lambda: team.release_claim(db, item_id), on_failure=self._log_failure)

    def _log_failure(self, exc: BaseException) -> None:
        if self.handle_failure(exc):
            return
        if isinstance(exc, KnownError):
            log.warning("background team job: %s", exc.message)
        else:
            self.window._known_or_bug(exc)

    # --- claims --------------------------------------------------------------------------

    def item_shown(self, row, state: ItemTeamState | None) -> None:
        """The window showed ``row`` in the conversation and the composer."""
        if self._held is not None and self._held != row.id:
            self.release()
        if state is None:     # not known (read-only): keep what was known before
            state = ItemTeamState(answered=self._answered.get(row.id))
        self._answered[row.id] = state.answered
        if state.claimed_by and state.claimed_by != self.window.user:
            self._others.setdefault(row.id, state.claimed_by)
        self.window.composer.set_send_block(row.id, None if state.can_send else state.reason)
        self.window.conversation.set_claim(self._others.get(row.id), row.id)
        self._apply_warning(row.id)

    def item_cleared(self) -> None:
        self.release()

    def _apply_warning(self, item_id: int) -> None:
        composer = self.window.composer
        if composer.item_id != item_id:
            return
        colleague = self._others.get(item_id)
        if colleague and colleague != self.window.user and self._held != item_id:
            text = self.tr("{colleague} is answering this right now").format(colleague=colleague)
        else:
            text = self._answered.get(item_id)
        # Block before writing only: a person already writing keeps their text editable.
        block = bool(text) and item_id not in self._overridden and not composer.has_draft(item_id)
        composer.set_warning(item_id, text, block)

    def compose_started(self, item_id: int) -> None:
        """The composer opened on ``item_id`` (typing, a template, R): claim it."""
        if self.read_only or item_id != self.window.composer.item_id or self._held == item_id:
            return
        if self._held is not None:
            self.release()
        from app.services.team import leases as team
        db, user = self.ws.db, self.window.user
        self._held = item_id     # optimistic: one claim request per opening
        self.runner.run(lambda: team.claim_item(db, item_id, user), key="claim",
                        on_success=lambda r: self._claimed(item_id, r), on_failure=self._log_failure)

    def _claimed(self, item_id: int, result) -> None:
        if result.ok:
            # Otherwise the selection moved on meanwhile and release() queued the release.
            if self._held == item_id:
                self.renew_timer.start()
            return
        if self._held == item_id:
            self._held = None
            self.renew_timer.stop()
        if result.holder:
            self._others[item_id] = result.holder
        self.window.conversation.set_claim(self._others.get(item_id), item_id)
        self._apply_warning(item_id)

    def renew_claim(self) -> None:
        item_id = self._held
        if item_id is None or self.read_only or self.window.composer.item_id != item_id:
            self.renew_timer.stop()
            return
        from app.services.team import leases as team
        db, user = self.ws.db, self.window.user
        self.runner.run(lambda: team.claim_item(db, item_id, user), key="claim",
                        on_success=lambda r: self._claimed(item_id, r), on_failure=self._log_failure)

    def release(self) -> None:
        item_id, self._held = self._held, None
        self.renew_timer.stop()
        if item_id is not None and not self.read_only:
            self._release(item_id)

    def _release(self, item_id: int) -> None:
        from app.services.team import leases as team
        db = self.ws.db
        self.runner.run(lambda: team.release_claim(db, item_id), key="claim", on_failure=self._log_failure)

    def held_item(self) -> int | None:
        return self._held

    def poll_claims(self) -> None:
        if self._closed or self.read_only or self.runner.is_busy("claims-poll"):
            return
        from app.services.team import leases as team
        db = self.ws.db
        self.runner.run(lambda: team.active_claims(db, exclude_holder=team.client_id()), key="claims-poll",
                        on_success=self._claims_loaded, on_failure=self._log_failure)

    def _claims_loaded(self, claims: dict) -> None:
        before, self._others = self._others, dict(claims)
        self.window.model.set_claims(self._others)
        current = self.window.composer.item_id
        if current is None:
            return
        self.window.conversation.set_claim(self._others.get(current), current)
        if before.get(current) and not self._others.get(current):
            # The colleague let go: they may have answered; show the item as it is now.
            self.window.refresh()
        else:
            self._apply_warning(current)

    # --- actions kept on this computer while the team database is away -------------------

    def kept_locally(self, message: str | None = None) -> None:
        """``actions.perform`` kept an action in the local queue: read-only from now on."""
        self.kept += 1
        self.enter_read_only(message)
        self._update_banner()
        self.window.statusBar().showMessage(self.tr(
            "Kept on this computer; it goes to the outbox when the team database is back."), 8000)

    def refuse_while_read_only(self, action: str) -> bool:
        """True (and says why) when ``action`` cannot be done in read-only mode."""
        if not self.read_only or actions.allowed_while_read_only(action):
            return False
        self.window.statusBar().showMessage(actions.read_only_refusal(), 8000)
        return True

    # --- read-only mode --------------------------------------------------------------------

    def handle_failure(self, exc: BaseException) -> bool:
        """A job failed: True when it was the team database going away (now read-only)."""
        if not is_unreachable(exc):
            return False
        self.enter_read_only(exc.message)
        return True

    def enter_read_only(self, message: str | None = None) -> None:
        if self.read_only:
            return
        self.read_only = True
        self.read_only_since = clock.local_now()
        log.warning("team database unreachable, read-only: %s", message or "")
        self._held = None        # our claim simply expires
        self.renew_timer.stop()
        self.claim_poll_timer.stop()
        self.reconnect_timer.start()
        self._update_banner()
        self._count_kept()

    def _count_kept(self) -> None:
        from app.services.outbound import localqueue
        ws = self.ws

        def job():
            return localqueue.for_workspace(ws).count_pending(ws.db.url)

        def done(n: int) -> None:
            self.kept = n
            self._update_banner()
        self.runner.run(job, on_success=done, on_failure=self._log_failure, key="localqueue-count")

    def _update_banner(self) -> None:
        banner = self.window.readonly_banner
        if not self.read_only:
            banner.clear()
            return
        since = self.read_only_since.strftime("%H:%M") if self.read_only_since else ""
        text = self.tr("The team database cannot be reached – read-only; your actions are kept on this "
                       "computer (since {time}).").format(time=since)
        if self.kept:
            text += " " + self.tr("%n action(s) kept.", "", self.kept)
        if self._last_try is not None:
            text += " " + self.tr("Last try {time}.").format(time=self._last_try.strftime("%H:%M:%S"))
        banner.show_message(text, "offline", [(self.tr("Try again"), self.tr(
            "Try to reach the team database now"), self.try_reconnect)])

    def try_reconnect(self, startup: bool = False) -> None:
        """Probe the database; when it answers, replay the local queue and leave read-only."""
        if self.runner.is_busy("reconnect"):
            return
        from app.services.outbound import localqueue
        ws = self.ws

        def job():
            queue_file = Path(ws.paths.data_dir) / localqueue.FILE_NAME
            if startup and not queue_file.exists():
                return None
            if not localqueue.is_reachable(ws.db):
                return "offline"
            queue = localqueue.for_workspace(ws)
            earlier_held = [(p.idempotency_key, p.message or "") for p in queue.held(ws.db.url)] if startup else []
            result = localqueue.replay(ws, queue)
            result.held = earlier_held + result.held
            return result

        def done(result) -> None:
            self._last_try = clock.local_now()
            if result is None:
                return
            if result == "offline" or result.offline:
                if startup and not self.read_only:
                    self.enter_read_only(getattr(result, "message", None))
                self._update_banner()
                return
            self._back_online(result)
        self.runner.run(job, on_success=done, on_failure=self._log_failure, key="reconnect")

    def _back_online(self, result) -> None:
        was = self.read_only
        self.read_only = False
        self.read_only_since = None
        self._last_try = None
        self.kept = 0
        self.reconnect_timer.stop()
        self.window.readonly_banner.clear()
        if self._background:
            self.claim_poll_timer.start()
        moved = len(result.moved) + len(result.already)
        if moved:
            self.window.statusBar().showMessage(self.tr(
                "The team database is back; %n kept action(s) moved to the outbox.", "", moved), 8000)
        elif was:
            self.window.statusBar().showMessage(self.tr("The team database is back."), 6000)
        if moved or was:
            log.info("team database back; replayed %s, held %s", moved, len(result.held))
            self.window.error_banner.clear()
            self.window.refresh()
            self.window.flush_outbox()
        for key, why in result.held:
            self._decide_held(key, why)

    def _decide_held(self, key: str, why: str) -> None:
        """A kept action that collided or no longer fits: the person decides, once."""
        from app.services.outbound import localqueue
        ws = self.ws
        if key in self._released_once:
            self.window.show_error(self.tr("A kept action could not be sent: {reason}").format(reason=why))
            return
        if self.window.confirm(self.tr("Kept action not sent"), self.tr(
                "An action you wrote while the team database was away was not sent:\n\n{reason}\n\n"
                "Send it anyway?").format(reason=why)):
            self._released_once.add(key)

            def job():
                queue = localqueue.for_workspace(ws)
                queue.release_held(key, override=True)
                return localqueue.replay(ws, queue)
            self.runner.run(job, on_success=self._back_online, on_failure=self._log_failure, key="reconnect")
        else:
            self.runner.run(lambda: localqueue.for_workspace(ws).discard(key), on_failure=self._log_failure,
                            key="reconnect")

    # --- assignment ------------------------------------------------------------------------

    def poll_assignments(self) -> None:
        if self._closed or self.read_only or self.runner.is_busy("assignments"):
            return
        ws, watch = self.ws, self._watch
        watch.user = self.window.user

        self.runner.run_in_session(ws.db, watch.poll, key="assignments", on_success=self._assigned,
                                   on_failure=self._log_failure)

    def _assigned(self, assignments) -> None:
        if not assignments:
            return
        tray = self.window.tray
        if len(assignments) > 3:
            tray.notify(self.tr("Assigned to you"), self.tr("%n item(s) were assigned to you.", "",
                                                            len(assignments)))
        else:
            for a in assignments:
                tray.notify(self.tr("Assigned to you"), self.tr("{who} assigned you an item").format(who=a.by))
        self.window.reload_counts()

    def assign_current(self) -> None:
        row = self.window.current_row()
        if row is None or self.refuse_while_read_only("assign"):
            return
        from app.services.team import collab
        ws, item_id, me = self.ws, row.id, self.window.user

        def known():
            return collab.known_colleagues(ws.db, exclude=SYSTEM_ACTORS)

        def ask(names: list[str]) -> None:
            if self.window.current_row() is None or self.window.current_row().id != item_id:
                return
            name = self.window.ask_assignee(names)
            if name and name.strip():
                self._assign(item_id, name.strip(), me)
        self.runner.run(known, on_success=ask, on_failure=self._log_failure, key="known-users")

    def unassign_current(self) -> None:
        row = self.window.current_row()
        if row is None or self.refuse_while_read_only("assign"):
            return
        self._assign(row.id, None, self.window.user)

    def _assign(self, item_id: int, name: str | None, me: str) -> None:
        """Through the one door: a colleague who is away is named first (the door says so and
        the window asks "Assign anyway?")."""
        from app.services.outbound import actions
        self.window.item_actions.perform(
            actions.Request(item_id, "assign", me, name or ""),
            self.tr("Assigned to {name}.").format(name=name) if name else self.tr("No longer assigned."))

    def _ask_assignee_dialog(self, names: list[str]) -> str | None:
        name, ok = QInputDialog.getItem(self.window, self.tr("Assign to"), self.tr(
            "Colleague to assign this item to (pick or type a name):"), names, 0, True)
        return name if ok else None

    # --- crisis warning --------------------------------------------------------------------

    def check_crisis(self) -> None:
        if self._closed or self.read_only or self.runner.is_busy("crisis"):
            return
        from app.services.inbound import crisis
        ws, now = self.ws, self.window.now()

        self.runner.run_in_session(ws.db, crisis.crisis_check, now, key="crisis", on_success=self._crisis_checked,
                                   on_failure=self._log_failure)
        self.runner.run_in_session(ws.db, crisis.topic_spikes, now, key="crisis-topics",
                                   on_success=self._topics_checked, on_failure=self._log_failure)

    def _topics_checked(self, alerts) -> None:
        """A topic spreading over an institution's accounts: the same banner, and "Show the
        items" searches for the topic, so every account's items about it are listed."""
        new = [a for a in alerts if a.key not in self._crisis_seen]
        if not new:
            return
        for alert in new:
            self._crisis_seen.add(alert.key)
            self.window.tray.notify(alert.title(), self.topic_text(alert), True)
        alert, banner = new[0], self.window.crisis_banner
        banner.show_message(self.topic_text(alert), "error", [
            (self.tr("Show the items"), self.tr("Search every account for this topic"),
             lambda: self.window.search_for(alert.topic)),
            (self.tr("Dismiss"), self.tr("Hide this warning"), banner.clear)])

    def topic_text(self, alert) -> str:
        return self.tr("A topic is spreading: {n} items about {topic} in the last hour on {accounts}").format(
            n=alert.last_hour, topic=alert.topic, accounts=", ".join(alert.accounts))

    def _crisis_checked(self, alerts) -> None:
        self.alerts = list(alerts)
        new = [a for a in alerts if a.key not in self._crisis_seen]
        if not new:
            return
        for alert in new:
            self._crisis_seen.add(alert.key)
            self.window.tray.notify(alert.title(), self.crisis_text(alert), True)
        alert = new[0]
        text = self.crisis_text(alert)
        if len(alerts) > 1:
            text += " " + self.tr("(%n other account(s) unusually busy too.)", "", len(alerts) - 1)
        banner = self.window.crisis_banner
        banner.show_message(text, "error", [
            (self.tr("Show the items"), self.tr("Show this account's items, newest first"),
             lambda: self.show_crisis_items(alert)),
            (self.tr("Dismiss"), self.tr("Hide this warning"), banner.clear)])

    def crisis_text(self, alert) -> str:
        return self.tr("Unusual activity on {account}: {n} items in the last hour, usually {u}").format(
            account=alert.account_name, n=alert.last_hour, u=f"{alert.usual_per_hour:g}")

    def show_crisis_items(self, alert) -> None:
        """The account's open items, newest first, the newest of the alert selected."""
        from app.services.inbound import crisis
        ws, now, window = self.ws, self.window.now(), self.window

        def done(ids) -> None:
            from app.ui.models.item_model import COL_RECEIVED
            if ids:
                window.inbox._select_after_load = ids[0]
            if window.search_field.text():
                window.search_field.clear()
                window.inbox._apply_search()
            window.navigator.select_key(("account", alert.account_id))
            # The header's indicator asks the model, which asks the window to re-query in SQL.
            window.item_list.horizontalHeader().setSortIndicator(COL_RECEIVED, Qt.SortOrder.DescendingOrder)
            window.reload_view()
            window.item_list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.runner.run_in_session(ws.db, crisis.crisis_item_ids, alert, now, limit=1, on_success=done,
                                   on_failure=self._log_failure, key="crisis-items")

    # --- retention -------------------------------------------------------------------------

    def run_retention(self) -> None:
        if self._closed or self.read_only or self.runner.is_busy("retention"):
            return
        from app.services.records import retention
        ws = self.ws
        self.runner.run(lambda: retention.run_retention(ws), key="retention", on_success=self._retention_done,
                        on_failure=self._log_failure)

    def _retention_done(self, result) -> None:
        if result is None:
            log.info("retention: not due yet")
            return
        log.info("retention: %s", json.dumps(result.to_json()))
        if result.items or result.threads:
            self.window.inbox._after_background_change()


__all__ = ["TeamController", "ItemTeamState", "is_unreachable"]
