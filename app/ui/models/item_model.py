"""The inbox table model: an array of item ids plus an LRU cache of pages of rows.

Following anki's browser table model (architecture convention 5): the model never holds the
whole view. It holds the ordered ids (8 bytes each; a million items is 8 MB), and fetches
``ItemRow``s by id, a page at a time, only when a row is painted. Sorting and filtering are
done by the caller re-running ``inbox.view_ids`` in SQL; there is no proxy model. Only
visible rows are ever formatted, so the countdown tick costs the same for ten items or a
million.
"""
from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from app import clock as app_clock
from app.services.attachments import summary as attachment_summary
from app.ui import icons, theme
from app.ui.plaintext import tip
from app.ui.widgets.countdown import NONE, OVERDUE, SOON, countdown, moment_text, state_words

PAGE_SIZE = 32            # a jump reads the rows it shows (two pages: 64), not hundreds
MAX_PAGES = 400           # about 13,000 rows kept; older pages are dropped first

# The platform is the icon of the account cell (one column less: the snippet needs the room).
COL_ACCOUNT, COL_AUTHOR, COL_TEXT, COL_RECEIVED, COL_DUE = range(5)
COL_PLATFORM = COL_ACCOUNT
COLUMN_COUNT = 5
# Column -> ViewSpec.sort key (None: not sortable in SQL, e.g. free text).
SORT_KEYS = {COL_ACCOUNT: "account", COL_AUTHOR: "author", COL_TEXT: None, COL_RECEIVED: "received",
             COL_DUE: "due"}
ItemIdRole = Qt.ItemDataRole.UserRole + 1
UrgencyRole = Qt.ItemDataRole.UserRole + 2

# Role numbers as plain ints: looking an enum member up on Qt costs more than the comparison
# (data() runs seven times for every painted cell).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)

_TINTS = {SOON: "#FFF1DB", OVERDUE: "#FBE3E1"}   # used when app.ui.theme is not there
# The roles a cell paints with, as slots of its prebuilt tuple (see InboxModel.cell).
_SLOTS = {_DISPLAY: 0, _DECORATION: 1, _FONT: 2, _FOREGROUND: 3, _BACKGROUND: 4}


def row_text(row) -> str:
    """The row's text; an image-only comment reads "[Photo]" rather than nothing."""
    return attachment_summary(row.text, getattr(row, "attachments", None))


def snippet(text: str | None, limit: int = 240) -> str:
    """One line of the citizen's text (plain: the view never interprets it)."""
    line = " ".join((text or "").split())
    return line if len(line) <= limit else line[:limit - 1] + "\u2026"


class _Page(dict):
    """A page of rows (item id -> ``ItemRow``) and what its cells paint, built once per row:
    ``cells`` for account, author and text, ``timed`` for received and due (they depend on the
    moment, so they are built again after each tick: ``timed_gen``)."""
    __slots__ = ("cells", "timed", "timed_gen")

    def __init__(self, rows=()):
        super().__init__(rows)
        self.cells: dict[int, tuple] = {}
        self.timed: dict[int, tuple] = {}
        self.timed_gen = -1


class InboxModel(QAbstractTableModel):
    """Rows are items of the current view, in the order SQL returned them."""

    #: A header was clicked: (ViewSpec.sort key, descending). The window re-runs the query.
    sortRequested = Signal(str, bool)

    def __init__(self, fetch_rows: Callable[[Sequence[int]], list], *,
                 clock: Callable[[], datetime] | None = None,
                 calendar_for: Callable[[int], object] | None = None, parent=None):
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._clock = clock or (lambda: app_clock.now())
        self._calendar_for = calendar_for or (lambda account_id: None)
        self._ids = array("q")
        self._pages: OrderedDict[int, _Page] = OrderedDict()
        self._gen = 0                          # bumped when the moment changes: timed cells are stale
        self._theme = theme.key()
        self._claims: dict[int, str] = {}      # item id -> colleague answering it (team mode)
        self._now = self._clock()
        # A due cell is asked for five roles as it paints: its countdown is worked out once per
        # item and moment. What each due cell last showed lets the tick repaint only the cells
        # whose words or colour changed.
        self._countdowns: dict[int, object] = {}
        self._shown: dict[int, tuple[str, str]] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)
        self._bold_italic = QFont(self._bold)
        self._bold_italic.setItalic(True)
        self._brushes: dict[str, QBrush] = {}
        self._status_labels = {
            "answered": self.tr("Answered"), "no_reply": self.tr("No reply needed"),
            "hidden": self.tr("Hidden"), "spam": self.tr("Spam"), "referred": self.tr("Referred"),
            "deleted": self.tr("Deleted"), "holding": self.tr("Holding reply sent"),
            "new": self.tr("New"),
        }
        self._headers = [self.tr("Account"), self.tr("Author"), self.tr("Text"), self.tr("Received"),
                         self.tr("Due")]

    # --- the ids

    def set_ids(self, ids: array) -> None:
        """Replace the view (a new query result); the caller restores selection and scroll."""
        self.beginResetModel()
        self._ids = ids if isinstance(ids, array) else array("q", ids)
        self._pages.clear()
        self._forget()
        self._now = self._clock()
        self._gen += 1
        self.endResetModel()

    @property
    def ids(self) -> array:
        return self._ids

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, item_id: int) -> int:
        try:
            return self._ids.index(item_id)   # C loop over the array: fast even for a million
        except ValueError:
            return -1

    def row_data(self, row: int):
        """The ``ItemRow`` at ``row`` (fetched with its page on first use), or None."""
        item_id = self.id_at(row)
        if item_id is None:
            return None
        return self._page(row // PAGE_SIZE).get(item_id)

    def _page(self, page_no: int) -> _Page:
        page = self._pages.get(page_no)
        if page is None:
            # The view paints from the top down: the rows below come in the same query (a jump
            # lands across two pages; one query, not two).
            self.prefetch(page_no * PAGE_SIZE, (page_no + 2) * PAGE_SIZE - 1)
            page = self._pages[page_no]
        else:
            self._pages.move_to_end(page_no)
        return page

    def prefetch(self, first: int, last: int) -> None:
        """Fetch the pages holding rows ``first``..``last`` that are not cached, in one query."""
        first, last = max(first, 0), min(last, len(self._ids) - 1)
        if first > last:
            return
        missing = [p for p in range(first // PAGE_SIZE, last // PAGE_SIZE + 1) if p not in self._pages]
        if not missing:
            return
        ids: list[int] = []
        for page_no in missing:
            ids.extend(self._ids[page_no * PAGE_SIZE:(page_no + 1) * PAGE_SIZE])
        by_id = {r.id: r for r in self._fetch_rows(ids)}
        for page_no in missing:
            wanted = self._ids[page_no * PAGE_SIZE:(page_no + 1) * PAGE_SIZE]
            self._pages[page_no] = _Page((i, by_id[i]) for i in wanted if i in by_id)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)

    def invalidate(self, item_ids: Sequence[int] | None = None) -> None:
        """Forget cached rows (all, or the pages holding ``item_ids``) and repaint them."""
        if item_ids is None:
            self._pages.clear()
            self._forget()
            if self._ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, COLUMN_COUNT - 1))
            return
        for item_id in item_ids:
            self._forget(item_id)
            row = self.row_of(item_id)
            if row >= 0:
                self._pages.pop(row // PAGE_SIZE, None)
                self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    def tick(self, first: int, last: int) -> None:
        """Time moved on: repaint the countdown cells of rows ``first``..``last`` whose words
        or urgency changed (a stopped clock, or "2 days" half a minute later, stays as painted)."""
        self._now = self._clock()
        self._countdowns.clear()
        self._gen += 1
        if not self._ids or first < 0:
            return
        last = min(last, len(self._ids) - 1)
        start = None
        for r in range(first, last + 2):
            changed = r <= last and self._due_changed(r)
            if changed and start is None:
                start = r
            elif not changed and start is not None:
                self.dataChanged.emit(self.index(start, COL_DUE), self.index(r - 1, COL_DUE), _DUE_ROLES)
                start = None

    def _due_changed(self, r: int) -> bool:
        row = self.row_data(r)
        if row is None:
            return False
        shown = self._shown.get(row.id)
        if shown is None:
            return True                      # not painted yet (or forgotten): paint it
        if row.due_at is None:
            return False                     # a stopped clock says the same at any moment
        c = self._countdown(row)
        return (c.text, c.urgency) != shown

    def _countdown(self, row):
        c = self._countdowns.get(row.id)
        if c is None:
            c = self._countdowns[row.id] = countdown(self._now, row.due_at, row.timezone,
                                                     self._calendar_for(row.account_id))
        return c

    def _remember(self, item_id: int, words: str, urgency: str) -> None:
        if len(self._shown) > 20_000:
            self._shown.clear()              # only what is on screen matters: it is painted again
            self._gen += 1
        self._shown[item_id] = (words, urgency)

    def _forget(self, item_id: int | None = None) -> None:
        if item_id is None:
            self._countdowns.clear()
            self._shown.clear()
        else:
            self._countdowns.pop(item_id, None)
            self._shown.pop(item_id, None)

    def now(self) -> datetime:
        return self._now

    def set_claims(self, claims: dict[int, str]) -> None:
        """Other clients' live claims; repaints only the rows whose mark changed."""
        old, self._claims = self._claims, dict(claims)
        for item_id in set(old) | set(self._claims):
            if old.get(item_id) != self._claims.get(item_id):
                row = self.row_of(item_id)
                if row >= 0:
                    page = self._pages.get(row // PAGE_SIZE)
                    if page is not None:
                        page.cells.pop(item_id, None)
                    self.dataChanged.emit(self.index(row, COL_TEXT), self.index(row, COL_TEXT))

    def claimed_by(self, item_id: int) -> str | None:
        return self._claims.get(item_id)

    # --- QAbstractTableModel

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if SORT_KEYS[section] is None:
                return self._headers[section]
            return self.tr("{column} (click to sort)").format(column=self._headers[section])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key:
            self.sortRequested.emit(key, order == Qt.SortOrder.DescendingOrder)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        slot = _SLOTS.get(role)
        if slot is not None:   # what a cell paints: answered from its prebuilt tuple
            cell = self.cell(index.row(), index.column())
            return None if cell is None else cell[slot]
        value = self._data(index, role)
        if role == _TOOLTIP and isinstance(value, str):
            return tip(value)   # citizen text in a tooltip is shown as written, never as HTML
        return value

    def cell(self, row: int, col: int) -> tuple | None:
        """What the cell at ``row``, ``col`` paints: (text, icon, font, foreground brush,
        background brush), each None when the cell has none. Built once per row and kept with
        its page (received and due once per moment), so painting a cell is a lookup: the
        view's delegate reads the whole tuple at once instead of asking ``data()`` seven times."""
        ids = self._ids
        if not 0 <= row < len(ids) or not 0 <= col < COLUMN_COUNT:
            return None
        if theme.key() != self._theme:
            self._theme_changed()
        item_id = ids[row]
        page = self._page(row // PAGE_SIZE)
        if col < COL_RECEIVED:
            cells = page.cells.get(item_id)
            if cells is None:
                r = page.get(item_id)
                if r is None:
                    return None
                cells = page.cells[item_id] = self._cells(r)
            return cells[col]
        if page.timed_gen != self._gen:
            page.timed.clear()
            page.timed_gen = self._gen
        cells = page.timed.get(item_id)
        if cells is None:
            r = page.get(item_id)
            if r is None:
                return None
            cells = page.timed[item_id] = self._timed_cells(r)
        return cells[col - COL_RECEIVED]

    def _theme_changed(self) -> None:
        """The colour scheme changed (dark mode, high contrast): brushes are looked up again."""
        self._theme = theme.key()
        self._brushes.clear()
        for page in self._pages.values():
            page.cells.clear()
        self._gen += 1

    def _brush(self, colour: str | None) -> QBrush | None:
        if not colour:
            return None
        brush = self._brushes.get(colour)
        if brush is None:
            brush = self._brushes[colour] = QBrush(QColor(colour))
        return brush

    def _font_and_colour(self, row) -> tuple[QFont | None, QBrush | None]:
        """Font and text colour of every cell of ``row`` but the due cell."""
        if getattr(row, "unread", False):
            font = self._bold_italic if row.is_hidden else self._bold      # not opened yet by me
        else:
            font = self._italic if row.is_hidden else None
        return font, self._brush(icons.fg("none")) if row.is_hidden or row.due_at is None else None

    def _cells(self, row) -> tuple:
        """Account, author and text cells of ``row``."""
        font, fg = self._font_and_colour(row)
        return ((row.account_name, icons.platform_icon(row.platform), font, fg, None),
                (row.author_name or self.tr("(unknown)"),
                 icons.state_icon("warning") if row.has_id_number else None, font, fg, None),
                (snippet(row_text(row)), icons.claim_icon() if row.id in self._claims else None, font, fg, None))

    def _timed_cells(self, row) -> tuple:
        """Received and due cells of ``row`` at the model's moment."""
        font, fg = self._font_and_colour(row)
        received = (moment_text(row.received_at, self._now, row.timezone), None, font, fg, None)
        if row.due_at is None:
            label, state = self._stopped(row)
            self._remember(row.id, label, NONE)
            due = (label, icons.state_icon(state), None, self._brush(icons.fg("none")), None)
        else:
            c = self._countdown(row)
            self._remember(row.id, c.text, c.urgency)
            tint = (icons.bg(c.urgency) or _TINTS[c.urgency]) if c.urgency in _TINTS else None
            due = (c.text, icons.urgency_icon(c.urgency), self._bold if c.urgency == OVERDUE else None,
                   self._brush(icons.fg(c.urgency)), self._brush(tint))
        return received, due

    def _data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        """Roles the view does not paint with: tooltips, accessible text, urgency, the item id."""
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == ItemIdRole:
            return self._ids[index.row()]
        if role not in _ROLES:
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        col = index.column()
        if col == COL_DUE or role == UrgencyRole:
            return self._due_data(row, role)
        if role in (_TOOLTIP, _ACCESSIBLE):
            if col == COL_TEXT and row.id in self._claims:
                claim = self.tr("{colleague} is answering").format(colleague=self._claims[row.id])
                return claim + ("\n" + snippet(row_text(row), 600) if role == _TOOLTIP
                                else " – " + snippet(row_text(row)))
            if col == COL_ACCOUNT:
                return self.tr("{account} ({platform})").format(account=row.account_name,
                                                                platform=icons.platform_name(row.platform))
            if col == COL_AUTHOR and row.has_id_number:
                return self.tr("{author} – the text contains an ID number").format(
                    author=row.author_name or self.tr("(unknown)"))
            if col == COL_TEXT and role == _TOOLTIP:
                return snippet(row_text(row), 600)
            if role == _ACCESSIBLE:
                return self.data(index, _DISPLAY)
        return None

    def _due_data(self, row, role: int):
        if row.due_at is None:
            label, _state = self._stopped(row)
            if role in (_TOOLTIP, _ACCESSIBLE):
                return label
            if role == UrgencyRole:
                return NONE
            return None
        c = self._countdown(row)
        if role == UrgencyRole:
            return c.urgency
        if role in (_TOOLTIP, _ACCESSIBLE):
            return f"{state_words(c)}. {c.tooltip}"
        return None

    def _stopped(self, row) -> tuple[str, str]:
        """What the due cell says once the clock has stopped (answered, hidden, …)."""
        if row.outbox_state in ("queued", "sending"):
            return self.tr("Queued"), "queued"
        if row.outbox_state in ("failed", "attention"):
            return self.tr("Not sent"), "failed"
        return self._status_labels.get(row.status, row.status), (
            "hidden" if row.status in ("hidden", "spam", "deleted") else "answered")


# What a due cell's paint depends on (the roles a tick tells the view to fetch again).
_DUE_ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ForegroundRole,
              Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.FontRole,
              Qt.ItemDataRole.AccessibleTextRole, UrgencyRole]
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole,
                    Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole,
                    Qt.ItemDataRole.FontRole, UrgencyRole})
