"""The window's inbox side, attached to ``MainWindow`` as ``window.inbox``: the view's query
(first page first), the navigator counts and banners, the open item (conversation and
composer context) and the deadline notifications.

Every database call runs on the window's task runner (``run_in_session``); callbacks only
touch widgets. After an action only the changed rows are fetched again (``refresh_items``).
"""
from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QObject, QTimer

from app.errors import KnownError
from app.services.content import memory
from app.services.content.signatures import render_signature
from app.services.inbound import inbox, notify
from app.services.inbound.inbox import ViewSpec
from app.services.outbound import actions, outbox
from app.ui.models.item_model import PAGE_SIZE as FIRST_PAGE
from app.ui.widgets.composer import ComposerContext
from app.ui.widgets.navigator import NameRole

log = logging.getLogger(__name__)

NOTIFY_AGGREGATE = 3          # more at once than this: one summary instead of a pile


class InboxController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._spec = ViewSpec(view="open", user=window.user)
        self._view_gen = 0
        self._item_gen = 0
        self._profiles: dict = {}
        self._counts = None
        self._pending = (0, 0)
        self._notified: set = set()
        self._first_load = True
        self._select_after_load: int | None = None
        self._pending_key = None
        self._view_complete = False
        self._org: dict = {}

    def load_profiles(self) -> None:
        self.window.runner.run_in_session(self.window.ws.db, notify.account_profiles, on_success=self._profiles_loaded,
                                          key="profiles")

    def _org_job(self) -> dict:
        """The team's shared settings the composer needs (own e-mail domains, case channel)."""
        from app.services.team.shared_settings import setting_value
        return {key: setting_value(self.window.ws, key) for key in ("org.own_domains", "org.case_channel")}

    def load_org_settings(self) -> None:
        self.window.runner.run(self._org_job, on_success=lambda values: setattr(self, "_org", values), key="org")

    def _profiles_loaded(self, profiles) -> None:
        self._profiles = profiles
        self.window.item_list.tick()

    def load_templates(self) -> None:
        from app.services.content.topic_view import composer_templates
        self.window.runner.run_in_session(self.window.ws.db, composer_templates,
                                          on_success=lambda found: self.window.composer.set_templates(*found),
                                          key="templates")

    def _fetch_rows(self, ids):
        try:
            # The one synchronous read: the visible page by id, a single short query (as anki's browser).
            with self.window.ws.db.session() as s:  # page fetch
                return inbox.rows_by_ids(s, ids, user=self.window.user)
        except KnownError as exc:
            if self.window.team.handle_failure(exc):
                return []     # read-only: rows not fetched yet stay blank until reconnected
            raise

    def reload_view(self, first_page_first: bool = False, keep_rows: bool = False) -> None:
        """Re-run the view's query off the GUI thread. With ``first_page_first`` (a new view,
        a new search, a new sort: nothing selected to keep), the first page comes from a
        LIMIT query in milliseconds and the whole id list follows; a view of a million items
        shows at once. With ``keep_rows`` (after a write; the changed rows are invalidated
        already) an unchanged id list keeps every cached row."""
        self._view_gen += 1
        gen, spec, now = self._view_gen, self._spec, self.window.now()
        self._view_complete = False

        db, runner = self.window.ws.db, self.window.runner
        if first_page_first:
            runner.run_in_session(db, inbox.view_ids, spec, now, limit=FIRST_PAGE,
                                  on_success=lambda ids: self._view_loaded(gen, ids, True),
                                  key="view-first", latest_only=True, label="view")
        runner.run_in_session(db, inbox.view_ids, spec, now, on_success=lambda ids: self._view_loaded(gen, ids,
                                                                                                      keep_rows=keep_rows),
                              key="view", latest_only=True, label="view")

    def _view_loaded(self, gen: int, ids, partial: bool = False, keep_rows: bool = False) -> None:
        if gen != self._view_gen or (partial and self._view_complete):
            return   # a newer query is on its way, or the whole list already came
        self._view_complete = not partial
        if not (keep_rows and list(ids) == list(self.window.model.ids)):
            self.window.item_list.set_ids(ids)
        wanted, self._select_after_load = self._select_after_load, None
        if wanted is not None:
            self.window.item_list.select_id(wanted)
        if self._first_load and self.window.item_list.current_id() is None and len(ids):
            self.window.item_list.select_row(0)
        self._first_load = False
        self._update_view_title()
        current = self.window.item_list.current_id()
        if current is None:
            self._show_item(None)

    def reload_counts(self) -> None:
        user, now = self.window.user, self.window.now()

        self.window.runner.run_in_session(self.window.ws.db, _counts, user, now, on_success=self._counts_loaded,
                                          key="counts", latest_only=True)

    def _counts_loaded(self, result) -> None:
        counts, pending, failed = result
        self._counts = counts
        self.window.navigator.set_counts(counts, self.window.now())
        if self._pending_key and self.window.navigator.current_key() != self._pending_key:
            self.window.navigator.select_key(self._pending_key)
        self._pending_key = None
        self.window.tray.set_overdue(counts.views.get("overdue", (0, 0))[0])
        self.check_new_items()
        self._pending = (pending, failed)
        self._update_banners()
        self._update_view_title()

    def refresh(self) -> None:
        """After an action or a sync: list, counts and the open conversation, without a jump."""
        self.reload_view()
        self.reload_counts()
        self._show_item(self.window.item_list.current_id(), force=True)

    def refresh_items(self, item_ids: Sequence[int]) -> None:
        """After a write: those rows, the view's membership and the counts; the open
        conversation only when it is one of them. Other cached rows stay."""
        self.window.model.invalidate(list(item_ids))
        self.reload_view(keep_rows=True)
        self.reload_counts()
        current = self.window.item_list.current_id()
        if current in item_ids:
            self._show_item(current, force=True)

    def _update_view_title(self) -> None:
        fields = self.window.navigator.spec_fields()
        if fields.get("account_id") is not None or fields.get("institution_id") is not None:
            item = self.window.navigator.tree.currentItem()
            name = (item.data(0, NameRole) or item.text(0).split("\n")[0]) if item else ""
            title = self.tr("{name} – open items").format(name=name)
        else:
            title = inbox.view_label(fields["view"])
        n = self.window.model.rowCount()
        self.window.view_title.setText(title)
        self.window.status_label.setText(self.tr("%n item(s) in this view", "", n))
        self.window.setWindowTitle(f"{title} – {self.window._title()}")

    def _view_changed(self, fields: dict) -> None:
        self._spec = replace(self._spec, **fields)
        self._update_view_title()
        self.reload_view(first_page_first=True)

    def _apply_search(self) -> None:
        self.window._search_timer.stop()
        text = self.window.search_field.text().strip() or None
        if text == self._spec.search:
            return
        self._spec = replace(self._spec, search=text)
        self.reload_view(first_page_first=True)

    def _sort(self, key: str, descending: bool) -> None:
        if (key, descending) == (self._spec.sort, self._spec.descending):
            return
        self._spec = replace(self._spec, sort=key, descending=descending)
        self.reload_view(first_page_first=True)

    def _current_item_changed(self, item_id) -> None:
        self._show_item(item_id)

    def check_new_items(self) -> None:
        """New items on accounts that notify (off / in working hours / always), and the
        tray's unread count."""
        from app.services.inbound import new_items
        since = getattr(self, "_new_since", None)
        self.window.runner.run_in_session(self.window.ws.db, new_items.check, since, self.window.user,
                                          self.window.now(), on_success=self._new_items_checked,
                                          on_failure=lambda exc: log.info("new-item check failed: %s", exc),
                                          key="new-items", latest_only=True)

    def _new_items_checked(self, result) -> None:
        self._new_since = result.since_id
        self.window.tray.set_unread(result.unread)
        if not self.window.ws.settings.get("notify.enabled"):    # the one switch for every pop-up
            return
        for item in result.items:
            self.window.tray.notify(self.tr("New on {account}").format(account=item.account_name),
                                    self.tr("From {author}").format(author=item.author_name or self.tr("(unknown)")))
        if result.more:
            self.window.tray.notify(self.tr("Svarbox"), self.tr("%n more new item(s).", "", result.more))

    def _mark_read(self, item_id: int) -> None:
        """Opening an item reads it (for this person); the row loses its bold."""
        from app.services.inbound import reads
        if self.window.team.read_only:
            return
        self.window.runner.run_in_session(
            self.window.ws.db, reads.mark_read, [item_id], self.window.user,
            on_success=lambda n: self._read_marked(item_id, n),
            on_failure=lambda exc: log.info("could not mark item %s read: %s", item_id, exc), key="read")

    def _read_marked(self, item_id: int, newly_read: int) -> None:
        if newly_read:          # the row loses its bold, the navigator's unread counts go down
            self.window.model.invalidate([item_id])
            self.reload_counts()

    def _show_item(self, item_id: int | None, force: bool = False) -> None:
        if item_id is not None and not force:
            # Opening reads it; a repaint of the open item (force, after an action such as
            # "mark unread") must not read it again behind the person's back.
            self._mark_read(item_id)
        self._item_gen += 1
        gen = self._item_gen
        if item_id is None:
            self.window.conversation.show_empty()
            self.window.composer.set_context(None)
            self.window.team.item_cleared()
            return
        ws, my_name, form = self.window.ws, self.window.user, self.window.ws.settings.get("user.signature")
        # Signs with the person's own name only, never the OS login (no name: no signature yet).
        self.window.runner.run_in_session(ws.db, _load_item, ws, item_id, my_name, form, ws.person_name,
                                          on_success=lambda r: self._item_loaded(gen, r),
                                          on_failure=lambda exc: self._item_failed(gen, item_id, exc),
                                          key="item", latest_only=True)

    def _item_failed(self, gen: int, item_id: int, exc: BaseException) -> None:
        if gen != self._item_gen:
            return
        if not self.window.team.handle_failure(exc):
            self.window._known_or_bug(exc)
            return
        if self.window.composer.item_id == item_id:
            return     # the item open when the database went away stays as it was
        # Read-only: the list's saved copy of the item, alone, so the composer never keeps
        # the previous item's context under a new selection.
        model_row = self.window.model.row_of(item_id)
        row = self.window.model.row_data(model_row) if model_row >= 0 else None
        if row is None:
            self.window.conversation.show_empty(self.tr(
                "This conversation cannot be loaded while the team database cannot be reached."))
            self.window.composer.set_context(None)
            return
        from app.services.inbound.inbox import ThreadMessage, ThreadView
        tv = ThreadView(row, "", None, None, None, [ThreadMessage(
            row.id, row.author_name, row.text, row.received_at, False, row.status, row.is_hidden, "platform",
            url=row.url)])
        signature = render_signature(self.window.ws.settings.get("user.signature"), self.window.ws.person_name,
                                     row.institution,
                                     row.account_name)
        self._item_loaded(gen, (tv, [], signature, None))
        self.window.statusBar().showMessage(self.tr(
            "Read-only: only this message is shown; the rest of the conversation needs the team database."), 8000)

    def _item_loaded(self, gen: int, result) -> None:
        if gen != self._item_gen:
            return
        if result is None:
            self.window.conversation.show_empty(self.tr("This item is no longer in the cache."))
            self.window.composer.set_context(None)
            self.window.team.item_cleared()
            return
        tv, rows, signature, team_state = result
        row = tv.item
        profile = self._profiles.get(row.account_id)
        self.window.conversation.show_thread(tv, rows, self.window.now(), profile.calendar if profile else None)
        org = getattr(self, "_org", {})
        domains = tuple(d.strip() for d in str(org.get("org.own_domains") or "").split(",") if d.strip())
        case_channel = (profile.case_channel if profile else None) or org.get("org.case_channel")
        self.window.composer.set_context(ComposerContext(
            item=row, my_name=self.window.user, signature=signature,
            language=profile.language if profile else "da", case_channel=case_channel or None,
            own_domains=domains, capabilities=actions.capabilities(row.platform), now=self.window.now()))
        self.window.team.item_shown(row, team_state)
        self.window.access_gate.item_opened(row)
        self._load_memory(row)

    def _load_memory(self, row) -> None:
        """Earlier answers to similar questions; nothing shown if the database cannot say."""
        panel = self.window.memory_panel
        panel.show_answers([], None)
        if row.status == "own":
            return
        self.window.runner.run_in_session(
            self.window.ws.db, memory.suggestions, row.id,
            on_success=lambda found, item_id=row.id, author=row.author_name: (
                panel.show_answers(found, author) if self.current_row() is not None
                and self.current_row().id == item_id else None),
            on_failure=lambda exc: log.info("Answer memory unavailable: %s", exc),
            key="memory", latest_only=True)

    def current_row(self):
        ctx = self.window.composer.context
        return ctx.item if ctx is not None else None

    def _calendar_for(self, account_id: int):
        profile = self._profiles.get(account_id)
        return profile.calendar if profile else None

    def _after_background_change(self) -> None:
        # Several syncs finish together: one refresh for all of them.
        if not hasattr(self, "_refresh_timer"):
            self._refresh_timer = QTimer(self)
            self._refresh_timer.setSingleShot(True)
            self._refresh_timer.setInterval(150)
            self._refresh_timer.timeout.connect(self.window.refresh)
        self._refresh_timer.start()

    def _update_banners(self) -> None:
        counts = self._counts
        offline = [a for a in (counts.accounts if counts else []) if a.status == "offline"] \
            or [a for a in (counts.accounts if counts else []) if self.window.syncing._offline.get(a.account_id)]
        if offline:
            last = max((a.last_sync_ok_at for a in counts.accounts if a.last_sync_ok_at), default=None)
            when = last.astimezone().strftime("%H:%M") if last else self.tr("never")
            if last and last.astimezone().date() != self.window.now().astimezone().date():
                when = last.astimezone().strftime("%d/%m %H:%M")
            self.window.offline_banner.show_message(self.tr(
                "The platforms cannot be reached. You are working from the saved copy; last successful "
                "sync at {time}. Replies wait in the outbox until the connection is back.").format(time=when),
                "offline", [(self.tr("Try again"), self.tr("Sync every account now (F5)"), self.window.sync_now)])
        else:
            self.window.offline_banner.clear()
        pending, failed = self._pending
        if failed:
            self.window.outbox_banner.show_message(
                self.tr("%n action(s) failed; the items are back where they were – retry, edit or discard them "
                        "in Failed actions.", "", failed)
                + (" " + self.tr("%n waiting to be sent.", "", pending) if pending else ""),
                "failed", [(self.tr("Show failed"), self.tr("Open the Failed actions view"), self.show_failed),
                           (self.tr("Send now"), self.tr("Try to send waiting actions now"), self.window.flush_outbox)])
        elif pending:
            self.window.outbox_banner.show_message(self.tr("%n action(s) waiting to be sent", "", pending), "outbox",
                                            [(self.tr("Send now"), self.tr("Try to send waiting actions now"),
                                              self.window.flush_outbox)])
        else:
            self.window.outbox_banner.clear()

    def check_notifications(self) -> None:
        if not self.window.ws.settings.get("notify.enabled"):
            return
        now, already = self.window.now(), set(self._notified)

        self.window.runner.run_in_session(self.window.ws.db, notify.pending, now, already, on_success=self._notify,
                                          key="notify", latest_only=True)

    def _notify(self, notes) -> None:
        notes = [n for n in notes if n.key not in self._notified]
        if not notes or not self.window.ws.settings.get("notify.enabled"):
            return
        self._notified.update(n.key for n in notes)
        overdue = [n for n in notes if n.kind == "overdue"]
        soon = [n for n in notes if n.kind == "soon"]
        if len(notes) > NOTIFY_AGGREGATE:
            # Each count gets its own plural form (Qt's %n), then the two join in one sentence.
            self.window.tray.notify(self.tr("Svarbox"), self.tr("{overdue}; {soon}.").format(
                overdue=self.tr("%n item(s) became overdue", "", len(overdue)),
                soon=self.tr("%n item(s) due within a working hour", "", len(soon))), bool(overdue))
        else:
            for n in notes:
                who = n.author_name or self.tr("(unknown)")
                if n.kind == "overdue":
                    self.window.tray.notify(self.tr("Overdue: {author}").format(author=who),
                                     self.tr("An item on {account} is past its deadline.").format(
                                         account=n.account_name), True)
                else:
                    self.window.tray.notify(self.tr("Due soon: {author}").format(author=who),
                                     self.tr("An item on {account} is due within one working hour.").format(
                                         account=n.account_name))
        self.window.runner.run_in_session(self.window.ws.db, notify.mark_notified, notes, key="notify-save")

    def show_failed(self) -> None:
        """The outbox banner's link: the Failed actions view (Retry, Edit, Discard per item)."""
        self.window.navigator.select_view("failed")


# --- work for the runner (worker threads, inside the session run_in_session opens) ----------

def _counts(session, user: str, now):
    from app.services.inbound import item_counts, new_items, reads
    with item_counts.one_snapshot(session):     # the unread counts from the same state as the counts
        counts = new_items.with_modes(reads.with_unread(
            session, inbox.navigator_counts(session, user=user, now=now), user, now))
        return (counts, outbox.pending_count(session),
                outbox.failed_count(session))


def _load_item(session, ws, item_id: int, my_name: str, form: str | None, signer: str | None):
    """The conversation, its outbox rows, the signature and the team facts of one item."""
    from app.services.content.templates_store import signature_for_account
    tv = inbox.thread_view(session, item_id)
    if tv is None:
        return None
    rows = outbox.actions_for_item(session, item_id)
    signature = signature_for_account(session, tv.item.account_id, signer, form)
    return tv, rows, signature, actions.team_state(ws, session, tv.item, my_name)
