"""Topics (issue 21.3): the current view's items grouped by what they are about ("38 about
Søndergade"). Open a topic to see its items; answer them all with one template (the best
fitting templates first) or close them all as "no reply needed" in one bulk action, through
the window's bulk controller and so the one action door. Citizens' text is plain text.

The window is the main window's: it reads the view the main window shows, and a double
click on an item shows that item there.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.content import templates as tpl
from app.services.content import topic_view
from app.services.inbound import inbox


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class TopicsWindow(QWidget):
    def __init__(self, window):
        super().__init__(window, Qt.WindowType.Window)
        self.window_ = window
        self.setObjectName("topicsWindow")
        self.setWindowTitle(self.tr("Topics"))
        self.setAccessibleName(self.tr("Topics in this view"))
        self.topics: list[topic_view.TopicEntry] = []
        self.rows: list[inbox.ItemRow] = []
        self.templates: list[tpl.Template] = []
        self.suggested = 0          # the first templates fit the topic (marked "Suggested")
        self._spec = None
        self._shown: tuple[int, ...] = ()

        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = _plain(QLabel())
        self.heading.setObjectName("topicsHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        top.addWidget(self.heading, 1)
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.setObjectName("topicsReload")
        self.reload_button.setAccessibleName(self.tr("Group the view's items again"))
        self.reload_button.clicked.connect(self.reload)
        top.addWidget(self.reload_button)
        outer.addLayout(top)
        self.explain = _plain(QLabel(self.tr(
            "Items grouped by what they are about: the same street or place, or an uncommon word "
            "they share. Open a topic to see its items, then answer them all with one template or "
            "close them in one go.")))
        outer.addWidget(self.explain)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.topic_list = QListWidget()
        self.topic_list.setObjectName("topicList")
        self.topic_list.setAccessibleName(self.tr("Topics"))
        self.topic_list.setAccessibleDescription(self.tr("The largest topics first; select one to see its items"))
        self.topic_list.currentRowChanged.connect(self._topic_chosen)
        split.addWidget(self.topic_list)

        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        self.topic_title = _plain(QLabel())
        self.topic_title.setObjectName("topicTitle")
        self.topic_title.setFont(font)
        column.addWidget(self.topic_title)
        self.items = QTreeWidget()
        self.items.setObjectName("topicItems")
        self.items.setAccessibleName(self.tr("Items about this topic"))
        self.items.setAccessibleDescription(self.tr("Double-click an item to show it in the inbox"))
        self.items.setHeaderLabels([self.tr("From"), self.tr("Account"), self.tr("Text")])
        self.items.setRootIsDecorated(False)
        self.items.setUniformRowHeights(True)
        self.items.setColumnWidth(0, 150)
        self.items.setColumnWidth(1, 170)
        self.items.itemDoubleClicked.connect(lambda *_: self.show_in_inbox())
        column.addWidget(self.items, 1)

        answer = QHBoxLayout()
        answer_label = QLabel(self.tr("Template:"))
        answer.addWidget(answer_label)
        self.template_box = QComboBox()
        self.template_box.setObjectName("topicTemplate")
        self.template_box.setAccessibleName(self.tr("Template for answering every item of the topic"))
        self.template_box.setAccessibleDescription(self.tr("The templates that fit the topic best come first"))
        answer_label.setBuddy(self.template_box)
        answer.addWidget(self.template_box, 1)
        self.answer_button = QPushButton(self.tr("Answer all"))
        self.answer_button.setObjectName("topicAnswerAll")
        self.answer_button.setAccessibleName(self.tr("Answer every item of the topic with this template"))
        self.answer_button.clicked.connect(self.answer_all)
        answer.addWidget(self.answer_button)
        column.addLayout(answer)
        buttons = QHBoxLayout()
        self.show_button = QPushButton(self.tr("Show in the inbox"))
        self.show_button.setObjectName("topicShowItem")
        self.show_button.setAccessibleName(self.tr("Show the selected item in the inbox"))
        self.show_button.clicked.connect(self.show_in_inbox)
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("No reply needed for all"))
        self.close_button.setObjectName("topicCloseAll")
        self.close_button.setAccessibleName(self.tr("Close every item of the topic without a reply"))
        self.close_button.clicked.connect(self.close_all)
        buttons.addWidget(self.close_button)
        column.addLayout(buttons)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([300, 900])
        outer.addWidget(split, 1)
        self.status = _plain(QLabel())
        self.status.setObjectName("topicsStatus")
        outer.addWidget(self.status)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        window.bulk.finished.connect(self._bulk_done)
        self._set_enabled(False)

    # --- loading

    def show_for_view(self) -> None:
        """Group the items of the main window's current view and show the window."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.reload()

    def reload(self, status: str | None = None) -> None:
        window = self.window_
        self._spec = window.inbox._spec
        self.heading.setText(self.tr("Topics in “{view}”").format(view=inbox.view_label(self._spec.view)))
        self.status.setText(status if status is not None else self.tr("Grouping…"))
        window.runner.run_in_session(window.ws.db, topic_view.view_topics, self._spec, window.now(),
                                     on_success=self._topics_loaded, on_failure=window._known_or_bug,
                                     key="topics", latest_only=True, label="topics")

    def _topics_loaded(self, topics) -> None:
        keep = self.topics[self.topic_list.currentRow()].label if 0 <= self.topic_list.currentRow() < len(
            self.topics) else None
        self.topics = list(topics)
        self.topic_list.blockSignals(True)
        self.topic_list.clear()
        for topic in self.topics:
            entry = QListWidgetItem(self.tr("%n about {topic}", "", len(topic.item_ids)).format(
                topic=topic.label))
            entry.setToolTip({"place": self.tr("Same street or place"),
                              "thread": self.tr("Comments on the same post that share a word")}.get(
                                  topic.kind, self.tr("A word they share")))
            self.topic_list.addItem(entry)
        self.topic_list.blockSignals(False)
        if not self.topics:
            self.status.setText(self.tr("No topics here: no two items of this view share a place or an "
                                        "uncommon word."))
        elif self.status.text() == self.tr("Grouping…"):
            self.status.setText("")
        labels = [x.label for x in self.topics]
        self.topic_list.setCurrentRow(labels.index(keep) if keep in labels else (0 if self.topics else -1))
        if not self.topics:
            self._topic_chosen(-1)

    def _topic_chosen(self, row: int) -> None:
        if not 0 <= row < len(self.topics):
            self._shown = ()
            self.rows, self.templates = [], []
            self.items.clear()
            self.template_box.clear()
            self.topic_title.setText("")
            self._set_enabled(False)
            return
        topic = self.topics[row]
        self._shown = topic.item_ids
        self.topic_title.setText(self.tr("%n about {topic}", "", len(topic.item_ids)).format(
            topic=topic.label))
        window = self.window_
        window.runner.run_in_session(window.ws.db, topic_view.topic_items, topic.item_ids, window.user,
                                     on_success=lambda rows, ids=topic.item_ids: self._items_loaded(ids, rows),
                                     on_failure=window._known_or_bug, key="topic-items", latest_only=True)
        window.runner.run_in_session(window.ws.db, topic_view.templates_for_topic, topic.item_ids,
                                     on_success=lambda found, ids=topic.item_ids: self._templates_loaded(ids, found),
                                     on_failure=window._known_or_bug, key="topic-templates", latest_only=True)

    def _items_loaded(self, ids, rows) -> None:
        if ids != self._shown:
            return
        self.rows = list(rows)
        self.items.clear()
        for row in self.rows:
            line = " ".join((row.text or "").split())
            entry = QTreeWidgetItem([row.author_name or self.tr("(unknown)"), row.account_name, line[:300]])
            entry.setData(0, Qt.ItemDataRole.UserRole, row.id)
            entry.setToolTip(2, (row.text or "")[:1000])
            self.items.addTopLevelItem(entry)
        if self.rows:
            self.items.setCurrentItem(self.items.topLevelItem(0))
        self._set_enabled(bool(self.rows))

    def _templates_loaded(self, ids, found: topic_view.TopicTemplates) -> None:
        if ids != self._shown:
            return
        self.templates, self.suggested = list(found.templates), found.suggested
        self.template_box.clear()
        for n, template in enumerate(self.templates):
            label = f"{tpl.category_label(template.category)}: {template.name} ({template.language})"
            self.template_box.addItem(self.tr("Suggested: {template}").format(template=label)
                                      if n < self.suggested else label)
        self.template_box.setCurrentIndex(0 if self.templates else -1)
        self.answer_button.setEnabled(bool(self.rows and self.templates))

    def _set_enabled(self, on: bool) -> None:
        for button in (self.answer_button, self.close_button, self.show_button):
            button.setEnabled(on)

    # --- acting on the topic

    def current_ids(self) -> list[int]:
        return [row.id for row in self.rows]

    def show_in_inbox(self) -> None:
        entry = self.items.currentItem()
        if entry is None:
            return
        item_id = entry.data(0, Qt.ItemDataRole.UserRole)
        if not self.window_.item_list.select_id(item_id):
            self.status.setText(self.tr("This item is no longer in the view."))
            return
        self.window_._raise()

    def answer_all(self) -> None:
        ids, index = self.current_ids(), self.template_box.currentIndex()
        if not ids or not 0 <= index < len(self.templates):
            return
        template = self.templates[index]
        if not self.window_.confirm(self.tr("Answer the whole topic?"), self.tr(
                "Send “{name}” as the reply to {n} items (filled in for each author, with your signature)?").format(
                name=template.name, n=len(ids))):
            return
        self.status.setText(self.tr("Answering {n} items…").format(n=len(ids)))
        self.window_.bulk.run("reply", self.tr("Replying"), ids=ids, template_body=template.body,
                              template_category=template.category)

    def close_all(self) -> None:
        ids = self.current_ids()
        if not ids or not self.window_.confirm(self.tr("Close the whole topic?"), self.tr(
                "Mark {n} items as “no reply needed”?").format(n=len(ids))):
            return
        self.status.setText(self.tr("Closing {n} items…").format(n=len(ids)))
        self.window_.bulk.run("no_reply", self.tr("Closing"), ids=ids)

    def _bulk_done(self, summary) -> None:
        if not self.isVisible():
            return
        self.reload(summary.line())
