"""The conversation pane: the post, every message of the thread, our replies (sent, queued or
failed, with Retry/Edit/Discard), internal notes, and a link to the item on the platform.

Citizen text is ALWAYS plain text: every message body is a QLabel with ``Qt.PlainText``, so
HTML or script in a comment is shown as the characters it is and never rendered or
followed. Links are offered only for http and https addresses.
"""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from app import clock
from app.services.attachments import summary as attachment_summary
from app.ui import icons
from app.ui.plaintext import tip
from app.ui.widgets.attachment_view import AttachmentStrip
from app.ui.widgets.countdown import countdown, moment_text, platform_window_text, state_words

PENDING_STATES = ("queued", "sending", "failed", "attention")


def safe_url(url: str | None) -> QUrl | None:
    """The address as a QUrl if it is a plain web link (http/https), else None."""
    if not url:
        return None
    qurl = QUrl(url.strip(), QUrl.ParsingMode.StrictMode)
    if not qurl.isValid() or qurl.scheme().lower() not in ("http", "https") or not qurl.host():
        return None
    return qurl



def held_reason(moderation_status: str | None) -> str | None:
    """Why YouTube holds a comment back, in words (the channel publishes or rejects it)."""
    if moderation_status == "heldForReview":
        return QCoreApplication.translate(
            "Conversation", "Held for review by YouTube: the channel's settings hold comments like this until "
            "someone publishes or rejects them. Nobody else sees it yet.")
    if moderation_status == "likelySpam":
        return QCoreApplication.translate(
            "Conversation", "YouTube thinks this is likely spam and holds it back. Publish it if it is not, "
            "or reject it.")
    return None

class PlainLabel(QLabel):
    """A word-wrapped label whose height follows its width.

    QLabel's own minimum size hint assumes a narrow, tall layout, which inflates cards in a
    scroll area; the height-for-width the layout asks for is the real need."""

    def minimumSizeHint(self) -> QSize:
        if self.wordWrap():
            return QSize(40, self.fontMetrics().lineSpacing())
        return super().minimumSizeHint()

    def sizeHint(self) -> QSize:
        if self.wordWrap():
            hint = super().sizeHint()
            width = max(hint.width(), self.width())
            return QSize(hint.width(), self.heightForWidth(width))
        return super().sizeHint()


def plain_label(text: str, parent: QWidget | None = None, *, selectable: bool = False,
                object_name: str | None = None) -> QLabel:
    """A label that shows ``text`` literally: no rich text, no links, no auto-detection."""
    label = PlainLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    label.setOpenExternalLinks(False)
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)   # a new policy would otherwise drop QLabel's word-wrap flag
    label.setSizePolicy(policy)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    if object_name:
        label.setObjectName(object_name)
    return label


class ConversationView(QFrame):
    hideRequested = Signal()
    retryRequested = Signal(int)
    discardRequested = Signal(int)
    editRequested = Signal(int, str)
    # "Unban" on a Facebook ban Svarbox made (the item id).
    unbanRequested = Signal(int)
    #: "Export as case record…" from the header (the window asks where and writes it).
    exportRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("conversationView")
        self.setAccessibleName(self.tr("Conversation"))
        self.setAccessibleDescription(self.tr(
            "The post, the messages of the thread and the replies already given"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        # The header (what, where, countdown, link, ID warning) stays put; messages scroll.
        self._top = QWidget(self)
        self._top.setObjectName("conversationTop")
        self._top_layout = QVBoxLayout(self._top)
        self._top_layout.setContentsMargins(12, 10, 12, 4)
        self._top_layout.setSpacing(6)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("conversationScroll")
        self.scroll.setAccessibleName(self.tr("Messages"))
        self.scroll.setAccessibleDescription(self.tr("The messages of the thread, oldest first"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._new_host()
        self.scroll.setWidget(self._host)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._top)
        outer.addWidget(self.scroll, 1)
        self._item_id: int | None = None
        self._facts = None
        self._current_card = None
        self._revealed_at: int | None = None    # the scroll position our own reveal left
        self.scroll.viewport().installEventFilter(self)
        self._claimed_by: str | None = None     # team mode: a colleague answering, and on which item
        self._claim_item: int | None = None
        self._claim_label: QLabel | None = None
        self.show_empty()

    @property
    def item_id(self) -> int | None:
        return self._item_id

    # --- building

    def _new_host(self) -> None:
        # Each thread is built in a fresh, not yet shown content widget: setWidget() then
        # shows it whole and sizes it by height-for-width in one go (no half-laid-out frame).
        self._host = QWidget()
        self._host.setObjectName("conversationContent")
        self._layout = QVBoxLayout(self._host)
        self._layout.setContentsMargins(12, 4, 12, 10)
        self._layout.setSpacing(8)

    def _clear(self) -> None:
        self._facts = None
        self._current_card = None
        self._claim_label = None
        old = self.scroll.takeWidget()
        if old is not None:
            old.hide()
            old.deleteLater()
        self._new_host()
        for layout in (self._top_layout,):
            while layout.count():
                child = layout.takeAt(0)
                widget = child.widget()
                if widget is not None:
                    widget.hide()
                    widget.deleteLater()
        self._top.hide()

    def show_empty(self, text: str | None = None) -> None:
        self._clear()
        self._item_id = None
        label = plain_label(text or self.tr("Select an item to see its conversation."), self._host,
                            object_name="conversationEmpty")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet(f"color: {icons.fg('none')}; padding: 24px;")
        self._layout.addWidget(label)
        self._layout.addStretch(1)
        self.scroll.setWidget(self._host)

    def show_thread(self, tv, outbox_rows=(), now: datetime | None = None, calendar=None) -> None:
        """Show a ``ThreadView`` (and the item's ``OutboxRow``s for Retry/Edit/Discard)."""
        self._clear()
        row = tv.item
        self._item_id = row.id
        now = now or clock.local_now()
        self._top_layout.addWidget(self._header(row, tv, now, calendar))
        self._claim_label = plain_label("", self._top, object_name="conversationClaim")
        self._claim_label.setStyleSheet(f"color: {icons.fg('soon')}; font-weight: 600;")
        self._top_layout.addWidget(self._claim_label)
        self.set_claim(self._claimed_by if self._claim_item == row.id else None, row.id)
        if row.has_id_number and row.status not in ("hidden", "spam", "deleted"):
            self._top_layout.addWidget(self._id_warning(getattr(tv, "id_number_kind", None)))
        held = held_reason(getattr(row, "moderation_status", None))
        if held:
            note = plain_label(held, self._top, object_name="heldReason")
            note.setStyleSheet("color: #7A4B00; background: #FFF4DB; border: 1px solid #E8C98A; "
                               "border-radius: 6px; padding: 6px 10px;")
            self._top_layout.addWidget(note)
        failed = [r for r in outbox_rows if r.state in ("failed", "attention")]
        if failed and getattr(row, "outbox_state", None) in ("failed", "attention"):
            note = plain_label(self.tr("Action failed: {reason} The item is back where it was.").format(
                reason=failed[-1].last_error or self.tr("the platform refused it.")), self._top,
                object_name="actionFailed")
            note.setStyleSheet("color: #7A1D16; background: #FBE3E1; border: 1px solid #E8A29B; "
                               "border-radius: 6px; padding: 6px 10px;")
            self._top_layout.addWidget(note)
        self._top.show()
        if tv.thread_text or tv.thread_author:
            self._layout.addWidget(self._card(
                self.tr("Original post by {author}").format(author=tv.thread_author or self.tr("the account"))
                if tv.thread_author else self.tr("Original post"),
                tv.thread_text, style="post"))
        pending = [r for r in outbox_rows if r.state in PENDING_STATES]
        used: set[int] = set()
        for msg in tv.messages:
            outbox = None
            if msg.via == "svarbox" and msg.outbox_state in PENDING_STATES:
                outbox = next((r for r in pending if r.id not in used and r.action in ("reply", "holding_reply", "refer")  # noqa: E501
                               and (r.text or "") == (msg.text or "")), None)
                if outbox is not None:
                    used.add(outbox.id)
            card = self._message(msg, row, now, outbox)
            if msg.id == row.id:
                self._current_card = card
            self._layout.addWidget(card)
        for action in pending:
            if action.id not in used and action.action not in ("reply", "holding_reply", "refer"):
                self._layout.addWidget(self._pending_action(action))
        # Mute, block and report leave the post as it is: what the platform confirmed is shown.
        for action in outbox_rows:
            if action.action in ("mute", "block", "report", "ban", "unban") and action.state == "sent":
                self._layout.addWidget(self._done_author_action(action, row, last_ban=_last_ban(outbox_rows)))
        self._layout.addStretch(1)
        self.scroll.setWidget(self._host)
        if self._current_card is not None:
            QTimer.singleShot(0, self._reveal_current)

    def _reveal_current(self) -> None:
        card = self._current_card
        if card is None:
            return
        try:
            self.scroll.ensureWidgetVisible(card, 0, 24)
            self._revealed_at = self.scroll.verticalScrollBar().value()
        except RuntimeError:   # replaced by a newer thread meanwhile
            pass

    def eventFilter(self, watched, event) -> bool:
        # The pane resized (the splitter gave the answer memory's room back): reveal the current
        # message again, unless the person has scrolled since.
        if (event.type() == QEvent.Type.Resize and watched is self.scroll.viewport()
                and self._current_card is not None
                and self.scroll.verticalScrollBar().value() == self._revealed_at):
            QTimer.singleShot(0, self._reveal_current)
        return super().eventFilter(watched, event)

    def _header(self, row, tv, now, calendar) -> QWidget:
        box = QFrame(self._top)
        box.setObjectName("conversationHeader")
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 4)
        lay.setSpacing(4)
        top = QHBoxLayout()
        top.setSpacing(6)
        icon = QLabel(box)
        icon.setPixmap(icons.platform_icon(row.platform).pixmap(QSize(20, 20)))
        icon.setAccessibleName(icons.platform_name(row.platform))
        top.addWidget(icon)
        kind = {"comment": self.tr("Comment"), "reply": self.tr("Reply to a comment"),
                "message": self.tr("Direct message"), "mention": self.tr("Mention"),
                "review": self.tr("Recommendation")}.get(row.kind, row.kind)
        title = plain_label(self.tr("{kind} on {account}").format(kind=kind, account=row.account_name), box,
                            object_name="conversationTitle")
        title.setStyleSheet("font-weight: 600;")
        top.addWidget(title, 1)
        url = safe_url(row.url or tv.thread_url)
        if url is not None:
            link = QPushButton(self.tr("Open on {platform}").format(platform=icons.platform_name(row.platform)), box)
            link.setObjectName("openOnPlatformButton")
            link.setAccessibleName(link.text())
            link.setAccessibleDescription(self.tr("Opens {url} in your web browser").format(url=url.toString()))
            link.setToolTip(tip(url.toString()))
            link.setFlat(True)
            link.setCursor(Qt.CursorShape.PointingHandCursor)
            link.setStyleSheet("color: palette(link); text-decoration: underline; padding: 2px 4px;")
            link.clicked.connect(lambda _=False, u=url: QDesktopServices.openUrl(u))
            top.addWidget(link)
        export = QPushButton(self.tr("Export as case record…"), box)
        export.setObjectName("exportCaseButton")
        export.setAccessibleName(self.tr("Export as case record"))
        export.setAccessibleDescription(self.tr("Save this conversation as PDF and JSON for the records system"))
        export.setToolTip(export.accessibleDescription())
        export.setFlat(True)
        export.clicked.connect(self.exportRequested)
        top.addWidget(export)
        lay.addLayout(top)
        facts = [""]   # the countdown, filled in by tick()
        status = {"new": self.tr("New"), "holding": self.tr("Holding reply sent, follow-up due"),
                  "answered": self.tr("Answered"), "no_reply": self.tr("No reply needed"),
                  "hidden": self.tr("Hidden"), "spam": self.tr("Marked as spam"),
                  "referred": self.tr("Referred to the case channel"), "deleted": self.tr("Deleted")}
        facts.append(status.get(row.status, row.status))
        if row.is_hidden:
            facts.append(self.tr("Hidden on the platform"))
        if row.handled_by:
            facts.append(self.tr("handled by {name}").format(name=row.handled_by))
        if row.assigned_to:
            facts.append(self.tr("assigned to {name}").format(name=row.assigned_to))
        line = plain_label("", box, object_name="conversationFacts")
        lay.addWidget(line)
        self._window_line = plain_label("", box, object_name="platformWindow")
        self._window_line.setAccessibleName(self.tr("Platform reply window"))
        lay.addWidget(self._window_line)
        self._facts = (line, row, facts[1:], calendar)
        self.tick(now)
        return box

    def set_claim(self, colleague: str | None, item_id: int | None = None) -> None:
        """Team mode: "<colleague> is answering" under the header of the shown item."""
        item_id = item_id if item_id is not None else self._item_id
        if item_id != self._item_id:
            return
        self._claimed_by, self._claim_item = colleague, item_id
        label = self._claim_label
        if label is None:
            return
        try:
            label.setText(self.tr("{colleague} is answering").format(colleague=colleague) if colleague else "")
            label.setVisible(bool(colleague))
        except RuntimeError:   # the header was replaced meanwhile
            self._claim_label = None

    def tick(self, now: datetime) -> None:
        """Update the countdown in the header (the window's 30-second tick)."""
        if self._facts is None:
            return
        line, row, rest, calendar = self._facts
        try:
            line.text()
        except RuntimeError:   # the header was replaced meanwhile
            self._facts = None
            return
        if row.due_at is not None:
            c = countdown(now, row.due_at, row.timezone, calendar)
            first = self.tr("{countdown} ({due})").format(countdown=state_words(c), due=c.tooltip)
            colour = icons.fg(c.urgency)
        else:
            first, colour = self.tr("Clock stopped"), icons.fg("none")
        line.setText(" · ".join([first, *rest]))
        line.setStyleSheet(f"color: {colour};")
        window = platform_window_text(now, row, row.timezone)
        self._window_line.setVisible(window is not None)
        if window is not None:
            text, warn = window
            self._window_line.setText(("⚠ " if warn else "") + text)
            self._window_line.setStyleSheet(f"color: {icons.fg('soon' if warn else 'calm')};")

    def id_warning_text(self, kind: str | None) -> str:
        """The warning names the number as the account's country does (issue 14.5)."""
        from app.services.content import idnumbers
        texts = {
            idnumbers.CPR: self.tr("This text contains a CPR number. Hide it to protect the citizen."),
            idnumbers.POSSIBLE_CPR: self.tr("This text may contain a CPR number. Hide it to protect the citizen."),
            idnumbers.PERSONNUMMER: self.tr("This text contains a personnummer. Hide it to protect the citizen."),
            idnumbers.SAMORDNINGSNUMMER: self.tr("This text contains a samordningsnummer. "
                                                 "Hide it to protect the citizen."),
        }
        return texts.get(kind or "") or self.tr("This text contains an ID number (CPR or personnummer). "
                                                "Hide it to protect the citizen.")

    def _id_warning(self, kind: str | None = None) -> QWidget:
        box = QFrame(self._top)
        box.setObjectName("idNumberWarning")
        from app.ui import theme
        warn = theme.colours("banner.error")
        box.setStyleSheet(f"#idNumberWarning {{ background: {warn.bg}; border: 1px solid palette(mid); border-radius: 6px; }}")  # noqa: E501
        lay = QHBoxLayout(box)
        lay.setContentsMargins(10, 8, 10, 8)
        icon = QLabel(box)
        icon.setPixmap(icons.state_icon("warning").pixmap(QSize(20, 20)))
        lay.addWidget(icon)
        text = plain_label(self.id_warning_text(kind), box, object_name="idNumberWarningText")
        text.setStyleSheet(f"color: {warn.fg};")
        lay.addWidget(text, 1)
        button = QPushButton(self.tr("Hide it"), box)
        button.setObjectName("hideItButton")
        button.setAccessibleName(self.tr("Hide it"))
        button.setAccessibleDescription(self.tr("Hide this comment on the platform because it shows an ID number"))
        button.clicked.connect(self.hideRequested)
        lay.addWidget(button)
        return box

    def _card(self, title: str, body: str, *, style: str, current: bool = False,
              icon_state: str | None = None) -> QFrame:
        card = QFrame(self._host)
        card.setObjectName(f"message_{style}")
        from app.ui import theme
        # Background and text as pairs from the palette or the theme: readable in dark mode too.
        colours = {"post": ("palette(alternate-base)", "palette(text)"), "citizen": ("palette(base)", "palette(text)"),
                   "own": tuple(reversed(theme.colours("secondary"))), "note": tuple(reversed(theme.colours("note"))),
                   "pending": ("palette(alternate-base)", "palette(text)"),
                   "failed": tuple(reversed(theme.colours("banner.error")))}
        bg, text_colour = colours.get(style, colours["citizen"])
        width = 2 if current else 1
        border = "palette(highlight)" if current else "palette(mid)"
        card.setStyleSheet(f"QFrame#{card.objectName()} {{ background: {bg}; border: {width}px solid {border};"
                           f" border-radius: 8px; }}")
        lay = QVBoxLayout(card)
        lay.setContentsMargins(10, 8, 10, 8)
        lay.setSpacing(4)
        head = QHBoxLayout()
        head.setSpacing(6)
        if icon_state:
            icon = QLabel(card)
            icon.setPixmap(icons.state_icon(icon_state).pixmap(QSize(16, 16)))
            head.addWidget(icon)
        title_label = plain_label(title, card, object_name="messageTitle")
        title_label.setStyleSheet(f"color: {text_colour}; font-size: 90%; border: none; background: transparent;")
        head.addWidget(title_label, 1)
        lay.addLayout(head)
        body_label = plain_label(body or "", card, selectable=True, object_name="messageBody")
        body_label.setStyleSheet(f"border: none; background: transparent; color: {text_colour};")
        body_label.setAccessibleName(title)
        body_label.setAccessibleDescription(self.tr("Message text, shown exactly as written"))
        lay.addWidget(body_label)
        return card

    def _message(self, msg, row, now, outbox) -> QWidget:
        card = self._message_card(msg, row, now, outbox)
        if getattr(msg, "attachments", None) and msg.id is not None and msg.via == "platform":
            card.layout().addWidget(AttachmentStrip(msg.id, msg.attachments, card))
        return card

    def _message_card(self, msg, row, now, outbox) -> QWidget:
        when = moment_text(msg.at, now, row.timezone)
        author = msg.author_name or self.tr("(unknown)")
        current = msg.id == row.id
        if msg.via == "note":
            return self._card(self.tr("Internal note by {name} · {when}").format(name=msg.sent_by or author,
                                                                             when=when),
                              msg.text, style="note", icon_state="note")
        if msg.via == "svarbox":
            state = msg.outbox_state or "sent"
            words = {"queued": self.tr("waiting to be sent"), "sending": self.tr("sending"),
                     "failed": self.tr("not sent"), "attention": self.tr("needs your attention"),
                     "sent": self.tr("sent")}.get(state, state)
            title = self.tr("Reply by {name} via Svarbox · {when} · {state}").format(
                name=msg.sent_by or self.tr("us"), when=when, state=words)
            style = "failed" if state in ("failed", "attention") else "pending" if state in PENDING_STATES else "own"
            card = self._card(title, msg.text, style=style, icon_state=state)
            if outbox is not None:
                card.layout().addLayout(self._outbox_buttons(outbox, card, edit=True))
            return card
        if msg.is_own:
            title = self.tr("Our reply on the platform · {when}").format(when=when)
            return self._card(title, attachment_summary(msg.text, msg.attachments), style="own", icon_state="sent")
        flags = []
        if current:
            flags.append(self.tr("this item"))
        if msg.is_hidden:
            flags.append(self.tr("hidden"))
        if msg.status in ("answered",) and not current:
            flags.append(self.tr("answered"))
        title = f"{author} · {when}"
        if flags:
            title += " · " + ", ".join(flags)
        card = self._card(title, attachment_summary(msg.text, msg.attachments), style="citizen", current=current,
                          icon_state="hidden" if msg.is_hidden else None)
        if current:
            card.setAccessibleName(self.tr("The selected item"))
        return card

    def _done_author_action(self, action, row, last_ban=None) -> QWidget:
        platform = icons.platform_name(row.platform)
        text = {"mute": self.tr("{name} muted the author on {platform}."),
                "block": self.tr("{name} blocked the author on {platform}."),
                "report": self.tr("{name} reported this post to the moderators of {platform}."),
                "ban": self.tr("{name} banned the author from the Page on {platform}."),
                "unban": self.tr("{name} lifted the author's ban from the Page on {platform}.")}[action.action]
        card = self._card(text.format(name=action.author, platform=platform), action.text or "", style="pending",
                          icon_state="sent")
        card.setObjectName(f"authorAction_{action.action}")
        if action.action == "ban" and last_ban is action:
            # The latest ban of this item still stands: it can be lifted here.
            buttons = QHBoxLayout()
            buttons.addStretch(1)
            button = QPushButton(self.tr("Unban"), card)
            button.setObjectName("unbanButton")
            button.setAccessibleName(self.tr("Unban"))
            button.setToolTip(self.tr("Lift the ban: the author may comment on the Page again"))
            button.clicked.connect(lambda: self.unbanRequested.emit(row.id))
            buttons.addWidget(button)
            card.layout().addLayout(buttons)
        return card

    def _pending_action(self, action) -> QWidget:
        names = {"mute": self.tr("Mute the author"), "block": self.tr("Block the author"),
                 "ban": self.tr("Ban the author from the Page"), "unban": self.tr("Lift the ban"),
                 "report": self.tr("Report"), "hide": self.tr("Hide"), "unhide": self.tr("Unhide"),
                 "delete": self.tr("Delete"),
                 "reject": self.tr("Reject"), "approve": self.tr("Publish"), "spam": self.tr("Spam"),
                 "refer": self.tr("Referral")}
        state = {"queued": self.tr("waiting to be sent"), "sending": self.tr("sending"),
                 "failed": self.tr("not sent"), "attention": self.tr("needs your attention")}.get(action.state,
                                                                                                   action.state)
        title = self.tr("{action} by {name} · {state}").format(action=names.get(action.action, action.action),
                                                              name=action.author, state=state)
        card = self._card(title, action.last_error or "", style="failed" if action.state in ("failed", "attention")
                          else "pending", icon_state=action.state)
        card.layout().addLayout(self._outbox_buttons(action, card, edit=False))
        return card

    def _outbox_buttons(self, action, parent, *, edit: bool) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        if action.last_error and edit:
            err = plain_label(action.last_error, parent)
            err.setStyleSheet(f"color: {icons.fg('overdue')}; border: none; background: transparent;")
            row.addWidget(err, 1)
        else:
            row.addStretch(1)
        buttons = []
        if action.state in ("failed", "attention"):
            buttons.append((self.tr("Retry"), self.tr("Try sending this again now"),
                            lambda: self.retryRequested.emit(action.id)))
        if edit:
            buttons.append((self.tr("Edit"), self.tr("Take this reply back into the composer to change it"),
                            lambda: self.editRequested.emit(action.id, action.text or "")))
        if action.state != "sending":
            buttons.append((self.tr("Discard"), self.tr("Do not send this; the item goes back to where it was"),
                            lambda: self.discardRequested.emit(action.id)))
        for text, description, slot in buttons:
            button = QPushButton(text, parent)
            button.setAccessibleName(text)
            button.setAccessibleDescription(description)
            button.setToolTip(description)
            button.clicked.connect(slot)
            row.addWidget(button)
        return row

    def texts(self) -> list[str]:
        """Every text shown (tests and accessibility checks)."""
        return [label.text() for label in self.findChildren(QLabel) if label.isVisibleTo(self)]


def _last_ban(outbox_rows):
    """The item's latest sent ban, if no sent unban came after it."""
    last = None
    for action in outbox_rows:
        if action.state == "sent" and action.action in ("ban", "unban"):
            last = action
    return last if last is not None and last.action == "ban" else None
