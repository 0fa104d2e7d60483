"""The "Answered before" panel: plain text only, and one click gives the reusable answer."""
from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.services.content import memory
from app.services.content.memory import PastAnswer
from app.ui.widgets.memory_panel import MemoryPanel

PAST = PastAnswer(7, "Hvornår åbner <b>genbrugspladsen</b>?", "Hej Jens. Genbrugspladsen åbner kl. 10.",
                  "Mette Jensen", datetime(2026, 2, 2, 9, tzinfo=UTC), "Jens Hansen", False, 3.2)


def test_use_this_answer_emits_the_answer_for_the_new_citizen(qtbot, english):
    panel = MemoryPanel(memory.reuse)
    qtbot.addWidget(panel)
    panel.show_answers([PAST], "Karen Ølgaard")
    assert not panel.empty.isVisibleTo(panel)
    with qtbot.waitSignal(panel.use_answer) as got:
        qtbot.mouseClick(panel.use_buttons[0], Qt.MouseButton.LeftButton)
    assert got.args == ["Hej Karen. Genbrugspladsen åbner kl. 10."]
    labels = panel.findChildren(QLabel)
    # Citizens' text is never interpreted as markup.
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    assert any(label.text() == PAST.question for label in labels)
    assert any("another institution" in label.text() for label in labels)


def test_nothing_found_says_so(qtbot, english):
    panel = MemoryPanel(memory.reuse)
    qtbot.addWidget(panel)
    panel.show_answers([], None)
    assert panel.empty.isVisibleTo(panel) and panel.use_buttons == []
