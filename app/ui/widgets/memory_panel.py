"""Answered before: the team's earlier answers to questions like the selected one.

Shows up to three past answers (question, answer, who and when), each with "Use this answer",
which puts the answer into the composer with the new citizen's name; the composer signs it
with today's writer's own signature. Everything shown is plain text (citizens wrote it).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget

from app.services.content.memory import PastAnswer

USUAL_HEIGHT = 140      # the panel's share of the right-hand splitter when it has answers


def _plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(label.text()[:200])
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class MemoryPanel(QFrame):
    """`show_answers(answers, new_author)`; emits `use_answer(text)` on a click."""

    use_answer = Signal(str)

    def __init__(self, reuse: Callable[[PastAnswer, str | None], str], parent=None):
        super().__init__(parent)
        self.setObjectName("memoryPanel")
        self.setAccessibleName(self.tr("Answered before"))
        self._reuse = reuse
        self._new_author: str | None = None
        self._answers: list[PastAnswer] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.title = _plain(QLabel(self.tr("Answered before")))
        self.title.setObjectName("memoryTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        outer.addWidget(self.title)
        self.empty = _plain(QLabel(self.tr("No similar question has been answered before.")))
        self.empty.setObjectName("memoryEmpty")
        outer.addWidget(self.empty)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._body = QWidget()
        self._list = QVBoxLayout(self._body)
        self._list.setContentsMargins(0, 0, 0, 0)
        self._scroll.setWidget(self._body)
        outer.addWidget(self._scroll, 1)
        self.use_buttons: list[QPushButton] = []
        self.show_answers([], None)

    def show_answers(self, answers: Sequence[PastAnswer], new_author: str | None) -> None:
        self._answers, self._new_author = list(answers), new_author
        while self._list.count():
            widget = self._list.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.use_buttons = []
        self.empty.setVisible(not self._answers)
        self._scroll.setVisible(bool(self._answers))
        # Empty, it is two lines: the conversation and the composer above and below get the
        # room (at 1366x768 a fixed share of blank panel clipped the citizen's message).
        spacing = max(0, self.layout().spacing())
        compact = self.title.sizeHint().height() + self.empty.sizeHint().height() + spacing
        self.setMaximumHeight(16777215 if self._answers else compact)
        self._fit_in_splitter(compact)
        for n, past in enumerate(self._answers):
            self._list.addWidget(self._card(n, past))
        self._list.addStretch(1)

    def _fit_in_splitter(self, compact: int) -> None:
        """A splitter keeps a slot's size when its widget's maximum shrinks: hand the room
        to the conversation above, and take it back (up to the usual share) for answers."""
        splitter = self.parentWidget()
        if not isinstance(splitter, QSplitter) or splitter.indexOf(self) < 1:
            return
        sizes, i = splitter.sizes(), splitter.indexOf(self)
        if not any(sizes):
            return
        target = max(sizes[i], USUAL_HEIGHT) if self._answers else compact
        delta = sizes[i] - target          # > 0: room for the conversation; < 0: taken back
        if delta < 0:
            delta = max(delta, min(0, 80 - sizes[0]))       # the conversation keeps a few lines
        if delta:
            sizes[i] -= delta
            sizes[0] += delta
            splitter.setSizes(sizes)

    def _card(self, n: int, past: PastAnswer) -> QFrame:
        card = QFrame()
        card.setObjectName(f"memoryCard{n}")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(card)
        question = _plain(QLabel(past.question))
        question.setObjectName("memoryQuestion")
        font = question.font()
        font.setItalic(True)
        question.setFont(font)
        layout.addWidget(question)
        answer = _plain(QLabel(past.answer))
        answer.setObjectName("memoryAnswer")
        layout.addWidget(answer)
        when = past.answered_at.astimezone().strftime("%d.%m.%Y") if past.answered_at else ""
        who = self.tr("Answered by {name}, {date}").format(name=past.answered_by or "?", date=when)
        if not past.same_institution:
            who += " · " + self.tr("another institution")
        meta = _plain(QLabel(who))
        meta.setObjectName("memoryMeta")
        meta.setEnabled(False)       # the palette's quieter text colour, light or dark
        layout.addWidget(meta)
        button = QPushButton(self.tr("Use this answer"))
        button.setObjectName(f"memoryUse{n}")
        button.setAccessibleDescription(self.tr("Puts this answer into the reply, with the new "
                                                "person's name and your own signature"))
        button.clicked.connect(lambda _checked=False, p=past: self.use_answer.emit(self._reuse(p, self._new_author)))
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)
        self.use_buttons.append(button)
        return card
