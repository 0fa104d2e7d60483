"""Issue 14.4: the composer and the conversation take every colour from the palette or the
theme (whose pairs tests/unit/test_theme.py keeps at WCAG AA in light and dark)."""
from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QWidget

from app.ui import theme

HEX = re.compile(r"#[0-9A-Fa-f]{6}\b")
# The send button's focus ring is theme-independent by design.
ALLOWED_EXTRA = {"#F2A900", "#E9C27A"}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_hard_coded_colours_outside_the_theme(scheme, make_window, idle):
    theme.set_scheme(scheme)     # before the window is built, as the app does at start
    try:
        window = make_window()
        allowed = {c.upper() for pair in theme.PALETTES[scheme].values() for c in pair} | ALLOWED_EXTRA
        model = window.model
        row = next(r for r in range(model.rowCount()) if model.row_data(r).kind == "comment")
        window.item_list.select_row(row)
        idle(window)
        template = next(t for t in window.composer.templates() if "{" in t.body)
        window.composer.insert_template(template)
        window.composer.refresh_now()
        for root in (window.composer, window.conversation):
            for widget in [root, *root.findChildren(QWidget)]:
                for colour in HEX.findall(widget.styleSheet()):
                    assert colour.upper() in allowed, (scheme, widget.objectName(), widget.styleSheet())
    finally:
        theme.set_scheme("light")


def test_default_window_fits_a_1366x768_laptop(window, idle):
    window.resize(1366, 768)
    idle(window)
    send = window.composer.send_button
    bottom_right = send.mapTo(window, send.rect().bottomRight())
    assert 0 <= bottom_right.x() <= 1366 and 0 <= bottom_right.y() <= 768
    assert window.minimumSizeHint().width() <= 1366 and window.minimumSizeHint().height() <= 768


def test_an_empty_answer_memory_leaves_its_room_to_the_conversation(window, idle, qtbot):
    # At 1366x768 the empty "Answered before" panel kept a fixed share of blank space, and the
    # citizen's message above it was cut off (seen in the README screenshots).
    window.resize(1366, 768)
    window.item_list.select_row(0)
    idle(window)
    panel = window.memory_panel
    if not panel.empty.isVisible():
        panel.show_answers([], None)
    idle(window)
    lines = panel.title.sizeHint().height() + panel.empty.sizeHint().height()
    assert panel.height() <= lines + 12, (panel.height(), lines)
    assert window.conversation.height() >= 200
    conversation = window.conversation
    card, viewport = conversation._current_card, conversation.scroll.viewport()

    def whole_card_shown() -> bool:
        top = card.mapTo(viewport, card.rect().topLeft()).y()
        return top >= 0 and top + card.height() <= viewport.height()
    qtbot.waitUntil(whole_card_shown, timeout=2000)       # revealed again after the pane grew
    from app.services.content.memory import PastAnswer
    from app.ui.widgets.memory_panel import USUAL_HEIGHT
    panel.show_answers([PastAnswer(1, "Hvornår tømmes der?", "Der tømmes fredag.", "Mette", None, None,
                                   True, 1.0)], "Søren")           # answers take their share back
    splitter = window.right_splitter
    assert splitter.sizes()[splitter.indexOf(panel)] >= USUAL_HEIGHT
