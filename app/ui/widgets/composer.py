"""The composer: template picker, placeholder fill-in, signature preview, character counter,
live checker findings and the actions a platform allows.

The composer holds no database session: it works on the ``ComposerContext`` the window gives
it (plain data) and emits ``actionRequested``; the window runs the service call.
"""
from __future__ import annotations

from PySide6.QtCore import QSize, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
)

from app.connectors.textlimits import is_weighted, reply_limit, weighted_length
from app.errors import UsageError
from app.services.content import templates as tpl
from app.services.content.signatures import append_signature
from app.ui import icons
from app.ui.plaintext import tip
from app.ui.widgets.composer_checks import CheckerFindings
from app.ui.widgets.composer_parts import ALL_ACTIONS, NEEDS_TOKEN, OPEN_STATUSES, SEND_ACTIONS  # noqa: F401
from app.ui.widgets.composer_parts import ComposerContext, Draft, ReplyEditor, author_buttons, fields_after_picker  # noqa: F401
from app.ui.widgets.composer_parts import available_actions, picker_order, platform_capabilities, style_send_button  # noqa: F401
from app.ui.widgets.composer_parts import warm_up_url_patterns


class Composer(CheckerFindings, QFrame):
    actionRequested = Signal(str)
    #: Emitted when which actions are possible changes, so the window's menu follows.
    actionsChanged = Signal(set)
    #: The person started writing on this item (typed, or inserted a template): claim it.
    composeStarted = Signal(int)
    #: The person read the team warning and chose to write anyway.
    warningOverridden = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        warm_up_url_patterns()      # X's URL patterns, off the GUI thread
        self.setObjectName("composer")
        self.setAccessibleName(self.tr("Composer"))
        self.setAccessibleDescription(self.tr("Write and send the reply to the selected item"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._ctx: ComposerContext | None = None
        self._drafts: dict[int, Draft] = {}
        self._values: dict[str, str] = {}
        self._context_values: dict[str, str] = {}
        self._templates: list[tpl.Template] = []
        self._shown_templates: list[tpl.Template] = []
        self._usage: dict[str, list[str]] = {}   # template category -> questions it answered
        self.suggested = 0                        # the first templates fit the open item
        self._form_names: list[str] = []
        self._findings: list = []
        self._missing: list[str] = []
        self._final: str | None = None
        self._problem: str | None = None
        self._available: set[str] = set()
        self._category: str | None = None
        self._engaged = False
        self._send_block: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh_now)
        self._build()
        self.set_context(None)

    # --- construction

    def _build(self) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 10)
        lay.setSpacing(6)

        top = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setObjectName("composerTitle")
        self.title.setStyleSheet("font-weight: 600;")
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top.addWidget(self.title, 1)
        self.counter = QLabel(self)
        self.counter.setObjectName("charCounter")
        self.counter.setTextFormat(Qt.TextFormat.PlainText)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.counter)
        lay.addLayout(top)

        # Team mode: "Anna is answering this right now" before anything is written.
        self.team_warning = QFrame(self)
        self.team_warning.setObjectName("teamWarning")
        from app.ui import theme
        warn_fg, warn_bg = theme.banner_style("offline")     # follows dark mode and high contrast
        self.team_warning.setStyleSheet(f"#teamWarning {{ background: {warn_bg}; border: 1px solid #E9C27A;"
                                        f" border-radius: 6px; }} QLabel {{ color: {warn_fg}; }}")
        warn_lay = QHBoxLayout(self.team_warning)
        warn_lay.setContentsMargins(8, 4, 6, 4)
        self.team_warning_text = QLabel(self.team_warning)
        self.team_warning_text.setObjectName("teamWarningText")
        self.team_warning_text.setTextFormat(Qt.TextFormat.PlainText)
        self.team_warning_text.setWordWrap(True)
        warn_lay.addWidget(self.team_warning_text, 1)
        self.write_anyway_button = QPushButton(self.tr("Write anyway"), self.team_warning)
        self.write_anyway_button.setObjectName("writeAnywayButton")
        self.write_anyway_button.setAccessibleName(self.tr("Write anyway"))
        self.write_anyway_button.setAccessibleDescription(self.tr(
            "Answer this item although a colleague is on it; sending asks once more"))
        self.write_anyway_button.setAutoDefault(False)
        self.write_anyway_button.clicked.connect(self._write_anyway)
        warn_lay.addWidget(self.write_anyway_button)
        self.team_warning.hide()
        lay.addWidget(self.team_warning)

        self.picker = QComboBox(self)
        self.picker.setObjectName("templatePicker")
        self.picker.setEditable(True)
        self.picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.picker.setMaxVisibleItems(14)
        self.picker.lineEdit().setPlaceholderText(self.tr("Insert a template – type to search"))
        self.picker.lineEdit().setClearButtonEnabled(True)
        self.picker.setAccessibleName(self.tr("Template"))
        self.picker.setAccessibleDescription(self.tr(
            "Type words from a template's name, category or text, then press Enter to insert it"))
        self.picker.lineEdit().setAccessibleName(self.tr("Search templates"))
        self.picker.lineEdit().setAccessibleDescription(self.picker.accessibleDescription())
        self._picker_model = QStringListModel(self)
        self.picker.setModel(self._picker_model)
        completer = QCompleter(self._picker_model, self.picker)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.popup().setAccessibleName(self.tr("Matching templates"))
        completer.popup().setAccessibleDescription(self.tr("Templates whose name matches what you typed"))
        self.picker.setCompleter(completer)
        # Only the combo box's ``activated`` inserts: it fires for a pick from the list and for
        # a pick from the completer (Qt forwards that one), so a second hook inserted twice.
        self.picker.activated.connect(self._picked_index)
        self.picker.view().setAccessibleName(self.tr("Templates"))
        self.picker.view().setAccessibleDescription(self.tr("All templates, by category"))
        lay.addWidget(self.picker)

        self.editor = ReplyEditor(self)
        self.editor.setObjectName("replyEditor")
        self.editor.setAccessibleName(self.tr("Reply text"))
        self.editor.setAccessibleDescription(self.tr(
            "Your reply. Your signature is added automatically. Ctrl+Enter sends."))
        self.editor.setPlaceholderText(self.tr("Write a reply, or pick a template above…"))
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(70)
        self.editor.textChanged.connect(self._text_changed)
        # _set_body blocks the editor's signals: only the person's own edits arrive here.
        self.editor.textChanged.connect(self._engage)
        lay.addWidget(self.editor, 2)

        self.form_box = QFrame(self)
        self.form_box.setObjectName("placeholderForm")
        note = theme.colours("note")     # from the theme: readable in light and dark
        self.form_box.setStyleSheet(f"#placeholderForm {{ background: {note.bg}; border: 1px solid palette(mid);"
                                    f" border-radius: 6px; }} #placeholderForm > QLabel {{ color: {note.fg}; }}")
        self.form = QFormLayout(self.form_box)
        self.form.setContentsMargins(8, 6, 8, 6)
        self.form.setSpacing(4)
        self.form_box.hide()
        lay.addWidget(self.form_box)

        self.preview_label = QLabel(self.tr("Preview – what will be sent"), self)
        self.preview_label.setStyleSheet("color: palette(window-text); font-size: 90%;")
        lay.addWidget(self.preview_label)
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("replyPreview")
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setAccessibleDescription(self.tr("The reply exactly as it will be sent, signature included"))
        secondary = theme.colours("secondary")
        self.preview.setStyleSheet(f"QPlainTextEdit {{ background: {secondary.bg}; color: {secondary.fg}; }}")
        self.preview.setMinimumHeight(64)
        self.preview.setTabChangesFocus(True)
        lay.addWidget(self.preview, 2)

        self.findings = QListWidget(self)
        self.findings.setObjectName("checkerFindings")
        self.findings.setAccessibleName(self.tr("Checker findings"))
        self.findings.setAccessibleDescription(self.tr(
            "Problems found in the reply; errors must be confirmed before sending"))
        self.findings.setWordWrap(True)
        self.findings.setIconSize(QSize(16, 16))
        self.findings.setMaximumHeight(84)
        self.findings.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.findings.itemActivated.connect(self._finding_activated)
        self.findings.hide()
        lay.addWidget(self.findings)

        # A plain sentence, not only a tooltip: why this computer cannot send for the account.
        self.send_block_label = QLabel(self)
        self.send_block_label.setObjectName("cannotSendReason")
        self.send_block_label.setTextFormat(Qt.TextFormat.PlainText)
        self.send_block_label.setWordWrap(True)
        self.send_block_label.setStyleSheet(f"color: {icons.fg('overdue')};")
        self.send_block_label.hide()
        lay.addWidget(self.send_block_label)

        row1 = QHBoxLayout()
        row1.setSpacing(6)
        self.buttons: dict[str, QPushButton] = {}
        self.send_button = self._button("reply", self.tr("Send reply"), "sendButton",
                                        self.tr("Queue the reply with your signature (Ctrl+Enter)"), row1)
        self.send_button.setDefault(False)
        style_send_button(self.send_button)
        self._button("holding_reply", self.tr("Send holding reply"), "holdingReplyButton",
                     self.tr("Send a holding reply now; the follow-up deadline starts"), row1)
        self._button("private_reply", self.tr("Send as private message"), "privateReplyButton",
                     self.tr("Send the text as a private message to the commenter instead of a public reply"),
                     row1).setVisible(False)
        row1.addStretch(1)
        self._button("note", self.tr("Add internal note"), "noteButton",
                     self.tr("A note only your team sees (N)"), row1)
        lay.addLayout(row1)
        row2 = QHBoxLayout()
        row2.setSpacing(4)
        self._button("no_reply", self.tr("No reply needed"), "noReplyButton",
                     self.tr("Stop the clock without answering (E)"), row2)
        self._button("refer", self.tr("Refer to case channel"), "referButton",
                     self.tr("Mark as referred to the official case channel"), row2)
        self._button("hide", self.tr("Hide"), "hideButton", self.tr("Hide the comment on the platform (H)"), row2)
        self._button("reject", self.tr("Reject"), "rejectButton",
                     self.tr("Reject the comment on YouTube (hides it and its replies for good)"), row2)
        self._button("unhide", self.tr("Unhide"), "unhideButton", self.tr("Show the comment again (U)"), row2)
        self._button("delete", self.tr("Delete"), "deleteButton", self.tr("Delete the comment on the platform"), row2)
        spam = self._button("spam", self.tr("Spam"), "spamButton", self.tr("Mark as spam and stop the clock (S)"),
                            row2)
        spam.setAccessibleName(self.tr("Mark as spam"))
        author_buttons(self, row2)     # Bluesky and Mastodon: act on the author
        row2.addStretch(1)
        for key in ("no_reply", "refer", "hide", "reject", "unhide", "delete", "spam", "note", "holding_reply",
                    "private_reply", "mute", "block", "report"):
            self.buttons[key].setStyleSheet("QPushButton { padding: 3px 8px; }")
        lay.addLayout(row2)

    def _button(self, action: str, text: str, name: str, description: str, layout) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _=False, a=action: self.actionRequested.emit(a))
        layout.addWidget(button)
        self.buttons[action] = button
        return button

    # --- context

    @property
    def context(self) -> ComposerContext | None:
        return self._ctx

    @property
    def item_id(self) -> int | None:
        return self._ctx.item.id if self._ctx else None

    def set_context(self, ctx: ComposerContext | None) -> None:
        """Switch to another item (its draft comes back) or to none."""
        if self._ctx is not None:
            self._save_draft()
        same_item = ctx is not None and self._ctx is not None and ctx.item.id == self._ctx.item.id
        self._ctx = ctx
        enabled = ctx is not None
        for w in (self.picker, self.editor, self.preview):
            w.setEnabled(enabled)
        # Team state belongs to one item; the window re-applies it for the new one at once.
        if not same_item:
            self._engaged = False
        self._send_block = None
        self.send_block_label.hide()
        self._show_warning(None, False)
        if ctx is None:
            self.title.setText(self.tr("No item selected"))
            self._set_body("")
            self._values = {}
            self._category = None
            self._update_actions()
            self.refresh_now()
            return
        row = ctx.item
        self._context_values = tpl.context_values(
            author_name=row.author_name, account_name=row.account_name, institution=row.institution,
            my_name=ctx.my_name, case_channel=ctx.case_channel,
            link=None)
        self.title.setText(self.tr("Reply to {author} on {account}").format(
            author=row.author_name or self.tr("(unknown)"), account=row.account_name))
        if not same_item:
            draft = self._drafts.get(row.id, Draft())
            self._values = dict(draft.values)
            self._category = draft.category
            self._set_body(draft.body)
        self._fill_picker()
        self._update_actions()
        self.refresh_now()

    def set_templates(self, templates: list[tpl.Template], usage: dict[str, list[str]] | None = None) -> None:
        """Templates, and what each kind answered before (category -> questions) for ranking."""
        self._templates, self._usage = list(templates), dict(usage or {})
        self._fill_picker()

    def _fill_picker(self) -> None:
        shown, self.suggested = picker_order(self._templates, self._ctx, self._usage)
        self._shown_templates = shown
        self._picker_model.setStringList([self.tr("Suggested: {template}").format(template=self._template_label(t))
                                          if n < self.suggested else self._template_label(t)
                                          for n, t in enumerate(shown)])
        self.picker.setCurrentIndex(-1)
        self.picker.clearEditText()

    def _template_label(self, t: tpl.Template) -> str:
        return f"{tpl.category_label(t.category)}: {t.name} ({t.language})"

    # --- drafts

    def _save_draft(self) -> None:
        if self._ctx is None:
            return
        body = self.editor.toPlainText()
        if body.strip() or self._values:
            self._drafts[self._ctx.item.id] = Draft(body, dict(self._values), self._category)
        else:
            self._drafts.pop(self._ctx.item.id, None)

    def clear_draft(self, item_id: int | None = None) -> None:
        """After a send: forget the text of that item."""
        item_id = item_id if item_id is not None else self.item_id
        self._drafts.pop(item_id, None)
        if item_id == self.item_id:
            self._values = {}
            self._category = None
            self._set_body("")

    def has_draft(self, item_id: int) -> bool:
        if item_id == self.item_id:
            return bool(self.editor.toPlainText().strip())
        return item_id in self._drafts

    def _set_body(self, text: str) -> None:
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.moveCursor(QTextCursor.MoveOperation.End)
        self.editor.blockSignals(False)
        self._text_changed()

    def set_text(self, text: str) -> None:
        """Put ``text`` in the editor (Edit of a queued reply, tests)."""
        self._set_body(text)
        self.refresh_now()

    def focus_editor(self) -> None:
        if self.editor.isReadOnly() and self.team_warning.isVisible():
            # Blocked by a colleague's claim: the explicit choice comes first.
            self.write_anyway_button.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- team mode

    def _engage(self) -> None:
        if self._ctx is not None and not self._engaged:
            self._engaged = True
            self.composeStarted.emit(self._ctx.item.id)

    def set_warning(self, item_id: int, text: str | None, block: bool = False) -> None:
        """Show a colleague's claim or earlier answer above the editor; ``block`` keeps the
        editor read-only until "Write anyway" is pressed."""
        if item_id != self.item_id:
            return
        self._show_warning(text, block and bool(text))

    def _show_warning(self, text: str | None, block: bool) -> None:
        self.team_warning_text.setText(text or "")
        self.team_warning.setAccessibleName(text or "")
        self.team_warning.setVisible(bool(text))
        self.write_anyway_button.setVisible(block)
        self.editor.setReadOnly(block)
        self.picker.setEnabled(self._ctx is not None and not block)

    def warning_text(self) -> str | None:
        return self.team_warning_text.text() if not self.team_warning.isHidden() else None

    def _write_anyway(self) -> None:
        item_id = self.item_id
        self._show_warning(self.team_warning_text.text(), False)
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        if item_id is not None:
            self.warningOverridden.emit(item_id)

    def set_send_block(self, item_id: int, reason: str | None) -> None:
        """This computer cannot send for the item's account (no token here): ``reason``."""
        if item_id != self.item_id:
            return
        self._send_block = reason or None
        self.send_block_label.setText(reason or "")
        self.send_block_label.setVisible(bool(reason))
        self._update_actions()

    def send_block(self) -> str | None:
        return self._send_block

    # --- templates

    def _picked_index(self, index: int) -> None:
        if 0 <= index < len(self._shown_templates):
            self.insert_template(self._shown_templates[index])

    def templates(self) -> list[tpl.Template]:
        return list(self._shown_templates)

    def insert_template(self, template: tpl.Template) -> None:
        """Put a template's body in the editor (at the cursor if text is there already)."""
        if self._ctx is None:
            return
        self._category = template.category
        current = self.editor.toPlainText()
        if not current.strip():
            self._set_body(template.body)
        else:
            cursor = self.editor.textCursor()
            cursor.insertText(("\n\n" if cursor.position() > 0 else "") + template.body)
        QTimer.singleShot(0, self.picker.clearEditText)
        self.editor.setFocus()
        self.refresh_now()
        self._engage()

    # --- live state: placeholders, preview, counter, checker

    def _text_changed(self) -> None:
        self._timer.start()

    def _all_values(self) -> dict[str, str]:
        return {**self._context_values, **{k: v for k, v in self._values.items() if v.strip()}}

    def refresh_now(self) -> None:
        self._timer.stop()
        body = self.editor.toPlainText()
        values = self._all_values()
        self._problem = None
        try:
            self._missing = tpl.missing(body, values)
            needed = [n for n in tpl.placeholders(body) if n not in self._context_values]
        except UsageError as exc:
            self._missing, needed, self._problem = [], [], exc.message
        self._rebuild_form(needed)
        ctx = self._ctx
        signature = ctx.signature if ctx else ""
        if self._problem:
            rendered = body
        else:
            filler = {n: f"[{tpl.placeholder_label(n)}]" for n in self._missing}
            rendered = tpl.render(body, {**values, **filler})
        final = append_signature(rendered, signature) if rendered.strip() else ""
        self._final = final if (final and not self._missing and not self._problem) else None
        self.preview.setPlainText(final)
        self._update_counter(final)
        self._run_checker(final)
        self._update_send_buttons()

    def _rebuild_form(self, names: list[str]) -> None:
        if names == self._form_names:
            return
        self._form_names = names
        while self.form.rowCount():
            self.form.removeRow(0)
        for name in names:
            edit = QLineEdit(self.form_box)
            edit.setObjectName(f"placeholder_{name}")
            label = tpl.placeholder_label(name)
            edit.setAccessibleName(label)
            edit.setAccessibleDescription(self.tr("Value for {{{name}}} in the reply").format(name=name))
            edit.setPlaceholderText(self.tr("Needed before sending"))
            edit.setText(self._values.get(name, ""))
            edit.textChanged.connect(lambda text, n=name: self._value_changed(n, text))
            self.form.addRow(label, edit)
        self.form_box.setVisible(bool(names))
        fields_after_picker(self, names)

    def _value_changed(self, name: str, text: str) -> None:
        self._values[name] = text
        self._timer.start()

    def set_value(self, name: str, text: str) -> None:
        edit = self.form_box.findChild(QLineEdit, f"placeholder_{name}")
        if edit is not None:
            edit.setText(text)
        else:
            self._values[name] = text
        self.refresh_now()

    def _update_counter(self, text: str) -> None:
        if self._ctx is None:
            self.counter.setText("")
            return
        platform = self._ctx.platform_key
        try:
            limit = reply_limit(platform)
            length = weighted_length(platform, text)
        except UsageError:
            self.counter.setText("")
            return
        over = length > limit
        template = self.tr("{length} / {limit} weighted") if is_weighted(platform) else self.tr("{length} / {limit}")
        self.counter.setText(template.format(length=length, limit=limit))
        from app.ui import theme
        self.counter.setStyleSheet(f"color: {theme.fg('overdue')}; font-weight: 600;" if over
                                   else "color: palette(window-text);")
        self.counter.setToolTip(self.tr("{platform} allows {limit} characters; this reply uses {length}.").format(
            platform=icons.platform_name(platform), limit=limit, length=length))
        self.counter.setAccessibleName(self.tr("Character count"))
        self.counter.setAccessibleDescription(self.counter.toolTip())

    # --- what the window asks

    def final_text(self) -> str | None:
        """The text to send (template filled, signature appended), or None while something is
        missing. Never contains an unfilled placeholder."""
        if self._timer.isActive():
            self.refresh_now()
        return self._final

    def template_category(self) -> str | None:
        """Category of the template the reply was built from (None: written freely)."""
        return self._category if self.editor.toPlainText().strip() else None

    def missing_values(self) -> list[str]:
        return list(self._missing)

    def problem(self) -> str | None:
        return self._problem

    def error_findings(self) -> list:
        return [f for f in self._findings if f.severity == "error"]

    def all_findings(self) -> list:
        return list(self._findings)

    def available(self) -> set[str]:
        return set(self._available)

    def _update_actions(self) -> None:
        ctx = self._ctx
        # ``possible`` decides what is shown; without a token here some of it is shown disabled.
        possible = available_actions(ctx.item, ctx.capabilities) if ctx else set()
        self._available = possible - NEEDS_TOKEN if self._send_block else set(possible)
        for key, button in self.buttons.items():
            if key in ("private_reply", "mute", "block", "report"):
                # Only where the platform has them (Bluesky, Mastodon): no room taken otherwise.
                button.setVisible(key in possible)
            else:
                button.setVisible(ctx is None or key in possible or key in SEND_ACTIONS
                                  or key in ("no_reply", "refer", "spam", "note", "hide"))
            button.setEnabled(key in self._available)
        # Hide/Reject/Unhide share a place: show the one that applies.
        if ctx is not None:
            hide_kind = "unhide" if "unhide" in possible else "reject" if "reject" in possible \
                else "hide"
            for key in ("hide", "reject", "unhide"):
                self.buttons[key].setVisible(key == hide_kind)
            self.buttons["delete"].setVisible("delete" in possible)
        else:
            for key in ("reject", "unhide"):
                self.buttons[key].setVisible(False)
        self._update_send_buttons()
        self.actionsChanged.emit(set(self._available))

    def _update_send_buttons(self) -> None:
        has_text = self._final is not None
        for key in SEND_ACTIONS:
            self.buttons[key].setEnabled(key in self._available and has_text)
        if self._send_block:
            self.send_button.setToolTip(tip(self._send_block))
        elif self._missing:
            self.send_button.setToolTip(self.tr("Fill in {names} first").format(
                names=", ".join(tpl.placeholder_label(n) for n in self._missing)))
        else:
            self.send_button.setToolTip(self.buttons["reply"].accessibleDescription())

    def can_send(self, action: str = "reply") -> bool:
        return action in self._available and self.final_text() is not None


__all__ = ["Composer", "ComposerContext", "available_actions", "platform_capabilities"]
