"""Issue 14.4/14.5: the deadline column shows a whole overdue countdown in every language
(Swedish "23 tim försenad" was cut to "23 tim förse…" at 1366 px)."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics

from app import i18n
from app.ui.models.item_model import COL_DUE
from app.ui.widgets.countdown import overdue_text


@pytest.fixture
def language():
    yield i18n.install
    i18n.install("en")


@pytest.mark.parametrize("lang", ["sv", "da", "en"])
def test_the_longest_overdue_countdown_fits_its_column(lang, language, make_window, idle):
    language(lang)
    window = make_window()
    window.resize(1366, 768)
    idle(window)
    text = overdue_text(23 * 3600 + 59 * 60)
    assert text.startswith("23 ") and (lang == "en" or "overdue" not in text)
    bold = QFont(window.item_list.font())
    bold.setBold(True)
    icon_and_padding = 34
    needed = QFontMetrics(bold).horizontalAdvance(text) + icon_and_padding
    assert window.item_list.columnWidth(COL_DUE) >= needed, (lang, text)
