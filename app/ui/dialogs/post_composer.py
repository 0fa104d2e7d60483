"""Compose a post for one or several accounts (issue 19, point 1): a text per account, a link,
images with alt text (required), a moment, campaign and label; a preview per platform that
shows the length against that platform's limit and every problem and warning of
services.posts.check_post (the same checks as the CLI), before anything is saved."""
from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import clock as app_clock
from app.errors import KnownError
from app.ui import theme
from app.ui.tasks import TaskRunner


class PostComposer(QDialog):
    def __init__(self, ws, parent=None, *, user: str | None = None, clock=None, at: datetime | None = None):
        super().__init__(parent)
        from app.services import accounts as account_service
        from app.services.outbound import posts
        self.ws, self.user = ws, user or ws.user
        self.clock = clock or app_clock.now
        self.setWindowTitle(self.tr("New post"))
        self.resize(900, 640)
        self.accounts = [a for a in account_service.list_accounts(ws)]
        self.saved_ids: list[int] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        pick = QGroupBox(self.tr("Accounts"), self)
        pick_layout = QVBoxLayout(pick)
        self.account_boxes: dict[int, QCheckBox] = {}
        for info in self.accounts:
            box = QCheckBox(f"{info.name}", pick)
            box.toggled.connect(lambda _c: self._rebuild_tabs())
            pick_layout.addWidget(box)
            self.account_boxes[info.id] = box
        scroll = QScrollArea(self)
        scroll.setWidget(pick)
        scroll.setWidgetResizable(True)
        scroll.setMaximumWidth(280)
        top.addWidget(scroll)

        right = QVBoxLayout()
        form = QFormLayout()
        self.template = QComboBox(self)
        self.template.addItem(self.tr("No template"), None)
        from app.i18n import current_language
        from app.services.outbound.post_templates import templates_for
        for template in templates_for(current_language()):
            self.template.addItem(template.name, template.body)
        self.template.currentIndexChanged.connect(self._use_template)
        form.addRow(self.tr("Template"), self.template)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("Text for every account"))
        self.text.textChanged.connect(self._text_changed)
        form.addRow(self.tr("Text"), self.text)
        self.link = QLineEdit(self)
        self.link.setPlaceholderText("https://")
        self.link.textChanged.connect(lambda _t: self.refresh())
        form.addRow(self.tr("Link to the web page"), self.link)
        image_row = QHBoxLayout()
        self.image = QLineEdit(self)
        self.image.setPlaceholderText(self.tr("Image file or public https address"))
        self.image.textChanged.connect(lambda _t: self.refresh())
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        image_row.addWidget(self.image, 1)
        image_row.addWidget(browse)
        form.addRow(self.tr("Image"), image_row)
        self.alt = QLineEdit(self)
        self.alt.setPlaceholderText(self.tr("Describe the image for people who cannot see it (required)"))
        self.alt.textChanged.connect(lambda _t: self.refresh())
        form.addRow(self.tr("Alt text"), self.alt)
        # More images: the one above is added to this list with its alt text, and another can
        # be given (LinkedIn takes up to 20, X, Bluesky and Mastodon 4, Facebook 10).
        more_row = QHBoxLayout()
        self.add_image_button = QPushButton(self.tr("Add another image"), self)
        self.add_image_button.clicked.connect(self.add_image)
        self.image_list = QListWidget(self)
        self.image_list.setAccessibleName(self.tr("Images of the post"))
        self.image_list.setMaximumHeight(64)
        self.image_list.hide()
        self.remove_image_button = QPushButton(self.tr("Remove image"), self)
        self.remove_image_button.clicked.connect(self.remove_image)
        self.remove_image_button.hide()
        more_row.addWidget(self.add_image_button)
        more_row.addWidget(self.image_list, 1)
        more_row.addWidget(self.remove_image_button)
        form.addRow("", more_row)
        self.extra_images: list[dict] = []
        self.when_enabled = QCheckBox(self.tr("Publish at"), self)
        self.when = QDateTimeEdit(QDateTime(at or (self.clock() + timedelta(days=1))), self)
        self.when.setCalendarPopup(True)
        self.when_enabled.setChecked(at is not None)
        self.when_enabled.toggled.connect(lambda _c: self.refresh())
        self.when.dateTimeChanged.connect(lambda _d: self.refresh())
        when_row = QHBoxLayout()
        when_row.addWidget(self.when_enabled)
        when_row.addWidget(self.when, 1)
        form.addRow(self.tr("When"), when_row)
        self.campaign = QLineEdit(self)
        self.label = QLineEdit(self)
        form.addRow(self.tr("Campaign"), self.campaign)
        form.addRow(self.tr("Label"), self.label)
        right.addLayout(form)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Preview per platform"))
        right.addWidget(self.tabs, 1)
        top.addLayout(right, 1)
        layout.addLayout(top, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {theme.fg('field.error')};")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(self)
        self.draft_button = buttons.addButton(self.tr("Save as draft"), QDialogButtonBox.ButtonRole.ActionRole)
        self.submit_button = buttons.addButton(self.tr("Schedule or propose"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.draft_button.clicked.connect(lambda: self.save(submit=False))
        self.submit_button.clicked.connect(lambda: self.save(submit=True))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.editors: dict[int, QPlainTextEdit] = {}
        self.previews: dict[int, QLabel] = {}
        self._posts = posts

    # --- per-account tabs -----------------------------------------------------------------
    def selected(self) -> list:
        return [a for a in self.accounts if self.account_boxes[a.id].isChecked()]

    def _rebuild_tabs(self) -> None:
        keep = {aid: e.toPlainText() for aid, e in self.editors.items()}
        self.tabs.clear()
        self.editors, self.previews = {}, {}
        for info in self.selected():
            page = QWidget()
            box = QVBoxLayout(page)
            editor = QPlainTextEdit(page)
            editor.setPlainText(keep.get(info.id, self.text.toPlainText()))
            editor.setAccessibleName(self.tr("Text for {account}").format(account=info.name))
            editor.textChanged.connect(self.refresh)
            preview = QLabel(page)
            preview.setWordWrap(True)
            preview.setTextFormat(Qt.TextFormat.PlainText)     # our own text, still never rendered
            box.addWidget(editor, 1)
            box.addWidget(preview)
            self.tabs.addTab(page, info.name)
            self.editors[info.id], self.previews[info.id] = editor, preview
        self.refresh()

    def _text_changed(self) -> None:
        # The common text flows into every account's text the writer has not changed there.
        previous, current = getattr(self, "_shared", ""), self.text.toPlainText()
        for editor in self.editors.values():
            if editor.toPlainText() == previous:
                editor.blockSignals(True)
                editor.setPlainText(current)
                editor.blockSignals(False)
        self._shared = current
        self.refresh()

    def _use_template(self, _index: int) -> None:
        body = self.template.currentData()
        if body:
            self.text.setPlainText(body.replace("{link}", self.link.text().strip() or "{link}"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose an image"), str(Path.home()),
                                              self.tr("Images (*.jpg *.jpeg *.png *.gif *.webp)"))
        if path:
            self.image.setText(path)

    def _current_image(self) -> dict | None:
        ref = self.image.text().strip()
        if not ref:
            return None
        if ref.startswith(("http://", "https://")):
            return {"path": None, "url": ref, "alt": self.alt.text()}
        return {"path": ref, "url": None, "alt": self.alt.text()}

    def add_image(self) -> bool:
        """Keep the image in the fields (with its alt text) and clear them for the next one."""
        image = self._current_image()
        if image is None or not image["alt"].strip():
            self.message.setText(self.tr("Give the image and its alt text first."))
            return False
        self.extra_images.append(image)
        name = Path(image["path"] or image["url"] or "").name
        self.image_list.addItem(f"{name} – {image['alt']}")
        self.image_list.show()
        self.remove_image_button.show()
        self.message.setText("")
        for field in (self.image, self.alt):
            field.blockSignals(True)
            field.clear()
            field.blockSignals(False)
        self.refresh()
        return True

    def remove_image(self) -> None:
        row = self.image_list.currentRow()
        if row < 0 and self.image_list.count():
            row = self.image_list.count() - 1
        if row >= 0:
            self.image_list.takeItem(row)
            del self.extra_images[row]
        self.image_list.setVisible(bool(self.extra_images))
        self.remove_image_button.setVisible(bool(self.extra_images))
        self.refresh()

    # --- values ---------------------------------------------------------------------------
    def images(self) -> list[dict]:
        current = self._current_image()
        return [dict(i) for i in self.extra_images] + ([current] if current else [])

    def moment(self) -> datetime | None:
        if not self.when_enabled.isChecked():
            return None
        return self.when.dateTime().toPython().replace(tzinfo=app_clock.local_zone())

    def refresh(self) -> dict[int, object]:
        """Check every selected account's text; show the result in its preview. Returns the checks."""
        results = {}
        for info in self.selected():
            editor = self.editors.get(info.id)
            if editor is None:
                continue
            text = editor.toPlainText()
            check = self._posts.check_post(info.platform, text, link=self.link.text().strip() or None,
                                           images=self.images(), at=self.moment(), now=self.clock(),
                                           language=getattr(info, "language", None) or "da", account_name=info.name)
            from app.connectors import publishing as pub
            limit = pub.POST_LIMITS.get(info.platform)
            length = self._posts.post_length(info.platform, text)
            lines = [self.tr("{length} of {limit} characters").format(length=length, limit=limit) if limit else ""]
            lines += ["✖ " + p for p in check.problems] + ["⚠ " + w for w in check.warnings]
            self.previews[info.id].setText("\n".join(line for line in lines if line))
            role = "field.error" if check.problems else "secondary"
            self.previews[info.id].setStyleSheet(f"color: {theme.fg(role)};")
            results[info.id] = check
        return results

    def save(self, submit: bool) -> list[int]:
        from app.models import tables as t
        if not self.selected():
            self.message.setText(self.tr("Choose at least one account."))
            return []
        texts = {aid: e.toPlainText() for aid, e in self.editors.items()}
        def compose(session) -> list[int]:
            ids = self._posts.compose(session, self.user, texts, link=self.link.text().strip() or None,
                                      images=self.images(), at=self.moment(),
                                      campaign=self.campaign.text().strip() or None,
                                      label=self.label.text().strip() or None,
                                      status=t.POST_SCHEDULED if submit else t.POST_DRAFT, now=self.clock())
            if submit:
                for post_id in ids:
                    self._posts.submit(session, post_id, self.user, self.clock())
            return ids
        try:
            ids = TaskRunner.call_in_session(self.ws.db, compose)     # all posts or none
        except KnownError as exc:
            self.message.setText(str(exc))      # nothing saved; everything typed stays
            return []
        self.saved_ids = ids
        self.accept()
        return ids
