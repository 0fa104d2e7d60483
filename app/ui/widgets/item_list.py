"""The item list: a table view over ``InboxModel`` that keeps the selection (as item ids)
and the scroll anchor across refreshes, and repaints only visible countdowns on each tick."""
from __future__ import annotations

from array import array

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QIcon, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from app.ui.models.item_model import COL_ACCOUNT, COL_AUTHOR, COL_DUE, COL_RECEIVED, COL_TEXT, InboxModel
from app.ui.widgets.countdown import overdue_text

Flag = QItemSelectionModel.SelectionFlag
_HAS_DISPLAY = QStyleOptionViewItem.ViewItemFeature.HasDisplay
_HAS_DECORATION = QStyleOptionViewItem.ViewItemFeature.HasDecoration
_ENABLED = QStyle.StateFlag.State_Enabled
_SELECTED = QStyle.StateFlag.State_Selected
_OPEN = QStyle.StateFlag.State_Open
_TEXT = QPalette.ColorRole.Text
_NO_BRUSH = QBrush()
_WRAP = QStyleOptionViewItem.ViewItemFeature.WrapText
_ELIDE_RIGHT = Qt.TextElideMode.ElideRight
_LTR = Qt.LayoutDirection.LeftToRight


def _countable(ch: str) -> bool:
    """A character whose own width the snippet cut may count: Latin-1 and Latin Extended-A
    (no controls, no soft hyphen). Anything else (a combining accent, a joined emoji, another
    script) counts as no width at all, so the cut can only come later, never too early."""
    return " " <= ch <= "\u017f" and not "\x7f" <= ch < "\xa0" and ch != "\xad"


class CellDelegate(QStyledItemDelegate):
    """Paints a cell from the model's prebuilt tuple (``InboxModel.cell``): one Python call
    per cell instead of seven ``data()`` calls, filling the style option exactly as
    ``QStyledItemDelegate.initStyleOption`` does from those roles, so the list looks the same
    (``tests/ui/test_item_model.py`` compares the two pixel for pixel).

    No method returning void is called here, once per cell or per paint: PySide6 6.12 on
    Python 3.11 drops a reference to ``None`` on each such call, and painting would wear it
    down to a crash. The palette with a cell's text colour is made once and kept."""

    def __init__(self, model: InboxModel, parent=None):
        super().__init__(parent)
        self._cell = model.cell
        self._palettes: dict[tuple, tuple[QPalette, QBrush]] = {}   # (palette, its brush: keeps id(fg) taken)
        self._advances: dict[str, dict[str, int]] = {}               # font key -> character -> width
        self._cuts: dict[tuple[str, int, str], str] = {}

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        option.index = index
        option.styleObject = None   # no style animations in item views (as Qt's delegate)
        col = index.column()
        cell = self._cell(index.row(), col)
        if cell is None:            # Qt's delegate with every role empty
            option.backgroundBrush = _NO_BRUSH
            return
        text, icon, font, fg, bg = cell
        features = option.features
        if font is not None:
            resolved = font.resolve(option.font)
            option.font = resolved
            option.fontMetrics = QFontMetrics(resolved)
        if fg is not None:
            option.palette = self._palette(option.palette, fg)
        if icon is not None:
            features |= _HAS_DECORATION
            option.icon = icon
            state = option.state
            mode = (QIcon.Mode.Disabled if not state & _ENABLED else
                    QIcon.Mode.Selected if state & _SELECTED else QIcon.Mode.Normal)
            size = option.decorationSize
            actual = icon.actualSize(size, mode, QIcon.State.On if state & _OPEN else QIcon.State.Off)
            option.decorationSize = QSize(min(size.width(), actual.width()), min(size.height(), actual.height()))
        if text is not None:
            features |= _HAS_DISPLAY
            if col == COL_TEXT and len(text) > 40:
                text = self._visible_part(text, option, features)
            option.text = text.replace("\n", "\u2028") if "\n" in text else text   # as displayText() does
        option.features = features
        option.backgroundBrush = _NO_BRUSH if bg is None else bg

    def _visible_part(self, text: str, option: QStyleOptionViewItem, features) -> str:
        """The snippet up to well past what its cell can show. Qt lays a cell's whole text out
        three times per paint to elide it (240 characters where ~100 show); a text cut where
        it is half as wide again as the cell (plus 60 px for kerning and ligatures) elides to
        the same words at the same place, so the cell looks the same."""
        if features & _WRAP or option.textElideMode != _ELIDE_RIGHT or option.direction != _LTR:
            return text
        budget = option.rect.width() * 3 // 2 + 60
        font = option.font
        font_key = font.key()
        key = (text, budget, font_key)
        cut = self._cuts.get(key)
        if cut is not None:
            return cut
        advances = self._advances.get(font_key)
        if advances is None:
            if len(self._advances) > 16:
                self._advances.clear()
            advances = self._advances[font_key] = {}
        metrics = None
        total = 0
        cut = text
        for i, ch in enumerate(text):
            width = advances.get(ch)
            if width is None:
                if _countable(ch):
                    metrics = metrics or QFontMetrics(font)
                    width = metrics.horizontalAdvance(ch)
                else:
                    width = 0
                advances[ch] = width
            total += width
            if total > budget:
                cut = text[:i + 1]
                break
        if len(self._cuts) > 4000:
            self._cuts.clear()
        self._cuts[key] = cut
        return cut

    def _palette(self, base: QPalette, fg: QBrush) -> QPalette:
        """``base`` with ``fg`` as its text brush (made once per palette, colour group and brush)."""
        key = (base.cacheKey(), base.currentColorGroup(), id(fg))
        kept = self._palettes.get(key)
        if kept is None:
            if len(self._palettes) > 64:
                self._palettes.clear()
            palette = QPalette(base)
            palette.setBrush(_TEXT, fg)
            kept = self._palettes[key] = (palette, fg)
        return kept[0]


class ItemList(QTableView):
    #: The current item changed (None when the list is empty).
    currentItemChanged = Signal(object)

    def __init__(self, model: InboxModel, parent=None):
        super().__init__(parent)
        self.setObjectName("itemList")
        self.setModel(model)
        self._model = model
        self._delegate = CellDelegate(model, self)
        self.setItemDelegate(self._delegate)
        self._last_current: int | None = None
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setTabKeyNavigation(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        vh = self.verticalHeader()
        vh.hide()
        # Fixed, uniform rows: the header never measures a million sections.
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vh.setDefaultSectionSize(max(26, self.fontMetrics().height() + 10))
        hh = self.horizontalHeader()
        hh.setHighlightSections(False)
        hh.setSectionsClickable(True)
        hh.setSortIndicatorShown(True)
        hh.setStretchLastSection(False)
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hh.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        hh.setMinimumSectionSize(40)
        self.setColumnWidth(COL_ACCOUNT, 60)    # icon and a few letters (tooltip: the name); text fits at 1366 px
        self.setColumnWidth(COL_AUTHOR, 96)
        self.setColumnWidth(COL_RECEIVED, 86)
        self.setColumnWidth(COL_DUE, self.due_width())
        hh.setSortIndicator(COL_DUE, Qt.SortOrder.AscendingOrder)
        # Header clicks ask the model to sort; the model asks the window to re-query in SQL.
        self.setSortingEnabled(True)
        self.selectionModel().currentRowChanged.connect(self._current_changed)

    def due_width(self) -> int:
        """Wide enough for the longest usual countdown in this language ("23 tim försenad" is
        wider than "23 t for sent"), drawn bold as overdue rows are, plus the state icon."""
        bold = QFont(self.font())
        bold.setBold(True)
        text = overdue_text(23 * 3600 + 59 * 60)
        return max(124, QFontMetrics(bold).horizontalAdvance(text) + 36)

    # --- ids in and out

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return self._model.id_at(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        return [self._model.id_at(r) for r in rows if self._model.id_at(r) is not None]

    def select_id(self, item_id: int) -> bool:
        row = self._model.row_of(item_id)
        if row < 0:
            return False
        self.select_row(row)
        return True

    def select_row(self, row: int) -> None:
        if not 0 <= row < self._model.rowCount():
            return
        index = self._model.index(row, COL_AUTHOR)
        self.selectionModel().setCurrentIndex(index, Flag.ClearAndSelect | Flag.Rows)
        self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def move(self, step: int) -> None:
        """j/k: the next or previous item."""
        if not self._model.rowCount():
            return
        row = self.currentIndex().row()
        self.select_row(0 if row < 0 else max(0, min(self._model.rowCount() - 1, row + step)))

    def visible_rows(self) -> tuple[int, int]:
        """First and last row painted right now (-1, -1 when empty)."""
        if not self._model.rowCount():
            return -1, -1
        first = self.rowAt(0)
        last = self.rowAt(self.viewport().height() - 1)
        if first < 0:
            first = 0
        if last < 0:
            last = self._model.rowCount() - 1
        return first, last

    def tick(self) -> None:
        first, last = self.visible_rows()
        self._model.tick(first, last)

    def set_ids(self, ids: array) -> None:
        """Show a new query result without a jump: same selected items, same top item."""
        current = self.current_id()
        current_row = self.currentIndex().row()
        selected = self.selected_ids()
        top_row = self.rowAt(0)
        top_id = self._model.id_at(top_row) if top_row >= 0 else None
        scroll = self.verticalScrollBar().value()
        self.selectionModel().blockSignals(True)
        try:
            self._model.set_ids(ids)
            self._restore(current, current_row, selected)
        finally:
            self.selectionModel().blockSignals(False)
        new_top = self._model.row_of(top_id) if top_id is not None else -1
        self.verticalScrollBar().setValue(new_top if new_top >= 0 else scroll)
        if current is not None and self.current_id() is not None and self._model.row_of(current) < 0:
            # The current item left the view (answered, hidden): its successor moved up.
            self.scrollTo(self.currentIndex(), QAbstractItemView.ScrollHint.EnsureVisible)
        self._emit_current()

    def _restore(self, current: int | None, current_row: int, selected: list[int]) -> None:
        model = self._model
        if not model.rowCount():
            return
        selection = QItemSelection()
        for item_id in selected:
            row = model.row_of(item_id)
            if row >= 0:
                selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
        row = model.row_of(current) if current is not None else -1
        if row < 0 and current is not None:
            # Keep the place in the list: the item that now sits where the old one was.
            row = min(max(current_row, 0), model.rowCount() - 1)
            selection = QItemSelection()
            selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
        if row >= 0:
            self.selectionModel().setCurrentIndex(model.index(row, COL_AUTHOR), Flag.NoUpdate)
        self.selectionModel().select(selection, Flag.ClearAndSelect)

    def _current_changed(self, current, _previous) -> None:
        self._emit_current()

    def _emit_current(self) -> None:
        item_id = self.current_id()
        if item_id != self._last_current:
            self._last_current = item_id
            self.currentItemChanged.emit(item_id)
