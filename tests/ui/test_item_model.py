"""The inbox model: ids + pages of rows (anki's browser model), checked with qtmodeltester."""
from __future__ import annotations

from array import array
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from app.services.inbound.inbox import ItemRow
from app.ui.models.item_model import COL_AUTHOR, COL_DUE, PAGE_SIZE, InboxModel, UrgencyRole
from app.ui.widgets.item_list import ItemList

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)   # a Tuesday, 10:00 in Copenhagen


def fake_row(item_id: int, due_in: timedelta | None = timedelta(hours=3)) -> ItemRow:
    return ItemRow(
        id=item_id, account_id=1, account_name="Viborg Kommune", platform="facebook",
        institution="Kommunikation", kind="comment", external_id=f"c{item_id}",
        author_name=f"Borger {item_id}", text=f"Tekst nummer {item_id}\nanden linje",
        received_at=NOW - timedelta(hours=1), status="new",
        due_at=NOW + due_in if due_in is not None else None, first_due_at=None,
        followup_due_at=None, handled_at=None, handled_by=None, is_hidden=False, can_reply=True,
        has_id_number=item_id % 7 == 0, outbox_state=None, assigned_to=None, url=None,
        thread_id=None, timezone="Europe/Copenhagen")


class FakeSource:
    """Rows built on demand, counting what the model asked for."""

    def __init__(self):
        self.fetched: list[int] = []

    def __call__(self, ids):
        self.fetched.extend(ids)
        return [fake_row(i, timedelta(minutes=(i % 300) - 60)) for i in ids]


def test_model_passes_qtmodeltester_on_demo_data(qtmodeltester, window):
    model = window.model
    assert model.rowCount() > 10
    qtmodeltester.check(model, force_py=False)
    qtmodeltester.check(model, force_py=True)


def test_model_passes_qtmodeltester_with_fake_rows(qtmodeltester, qapp):
    model = InboxModel(FakeSource(), clock=lambda: NOW)
    model.set_ids(array("q", range(1, 501)))
    qtmodeltester.check(model, force_py=True)


def test_a_million_items_fetch_only_visible_pages(qtbot):
    source = FakeSource()
    model = InboxModel(source, clock=lambda: NOW)
    view = ItemList(model)
    qtbot.addWidget(view)
    view.resize(900, 600)
    model.set_ids(array("q", range(1, 1_000_001)))
    view.show()
    qtbot.waitExposed(view)
    view.grab()   # paint for real
    assert model.rowCount() == 1_000_000
    assert 0 < len(source.fetched) <= 2 * PAGE_SIZE
    view.scrollToBottom()
    view.grab()
    assert len(source.fetched) <= 4 * PAGE_SIZE
    assert source.fetched[-1] == 1_000_000
    # Finding a selected id again after a refresh is a C loop over the array, not a dict.
    assert model.row_of(999_999) == 999_998


def test_tick_repaints_countdowns_of_visible_rows_only(qtbot):
    now = [NOW]
    source = FakeSource()
    model = InboxModel(source, clock=lambda: now[0])
    view = ItemList(model)
    qtbot.addWidget(view)
    view.resize(900, 400)
    model.set_ids(array("q", range(1, 5001)))
    view.show()
    qtbot.waitExposed(view)
    view.select_row(3)
    resets, changes = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.layoutChanged.connect(lambda: resets.append(2))
    model.dataChanged.connect(lambda a, b, roles=(): changes.append((a.row(), b.row(), a.column(), b.column())))
    before = model.index(3, COL_DUE).data()
    now[0] = NOW + timedelta(minutes=10)
    view.tick()
    assert resets == []
    first, last = view.visible_rows()
    assert changes == [(first, last, COL_DUE, COL_DUE)]
    assert last - first < 100
    assert model.index(3, COL_DUE).data() != before
    assert view.current_id() == 4 and view.selected_ids() == [4]


def test_countdown_cell_has_text_icon_and_colour(qapp):
    model = InboxModel(lambda ids: [fake_row(1, timedelta(days=-2)), fake_row(2, timedelta(hours=1)),
                                    fake_row(3, timedelta(hours=30)), fake_row(4, None)],
                       clock=lambda: NOW)
    model.set_ids(array("q", [1, 2, 3, 4]))
    overdue = model.index(0, COL_DUE)
    assert overdue.data() == "2 d overdue"
    assert overdue.data(UrgencyRole) == "overdue"
    assert not overdue.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert overdue.data(Qt.ItemDataRole.AccessibleTextRole).lower().count("overdue") == 1   # said once (#14.5)
    assert model.index(1, COL_DUE).data(UrgencyRole) == "soon"
    assert model.index(1, COL_DUE).data() == "1 h 0 min"
    assert model.index(2, COL_DUE).data() == "tomorrow 16:00"
    assert model.index(2, COL_DUE).data(UrgencyRole) == "calm"
    stopped = model.index(3, COL_DUE)
    assert stopped.data() == "New" and stopped.data(UrgencyRole) == "none"
    assert model.index(0, COL_AUTHOR).data() == "Borger 1"
    # The snippet is one line.
    assert "\n" not in model.index(0, 2).data()


def test_header_click_asks_for_an_sql_sort(qtbot):
    model = InboxModel(FakeSource(), clock=lambda: NOW)
    view = ItemList(model)
    qtbot.addWidget(view)
    model.set_ids(array("q", range(1, 50)))
    asked = []
    model.sortRequested.connect(lambda key, desc: asked.append((key, desc)))
    view.horizontalHeader().setSortIndicator(COL_AUTHOR, Qt.SortOrder.DescendingOrder)
    assert asked[-1] == ("author", True)
    view.sortByColumn(2, Qt.SortOrder.AscendingOrder)   # free text: not sortable in SQL
    assert asked[-1] == ("author", True)


def test_refresh_keeps_selection_and_scroll_anchor(qtbot):
    model = InboxModel(FakeSource(), clock=lambda: NOW)
    view = ItemList(model)
    qtbot.addWidget(view)
    view.resize(900, 400)
    model.set_ids(array("q", range(100, 400)))
    view.show()
    qtbot.waitExposed(view)
    view.verticalScrollBar().setValue(50)
    top_id = model.id_at(view.rowAt(0))
    view.select_row(55)
    selected = view.current_id()
    view.selectionModel().select(model.index(57, 0), QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
    picked = view.selected_ids()
    # New items arrive at the top (a sync): rows shift, nothing jumps.
    model_ids = array("q", list(range(1, 21)) + list(range(100, 400)))
    view.set_ids(model_ids)
    assert view.current_id() == selected
    assert view.selected_ids() == picked
    assert model.id_at(view.rowAt(0)) == top_id


def test_current_item_leaving_the_view_selects_its_successor(qtbot):
    model = InboxModel(FakeSource(), clock=lambda: NOW)
    view = ItemList(model)
    qtbot.addWidget(view)
    model.set_ids(array("q", [1, 2, 3, 4]))
    view.select_row(1)
    seen = []
    view.currentItemChanged.connect(seen.append)
    view.set_ids(array("q", [1, 3, 4]))
    assert view.current_id() == 3
    assert seen == [3]


@pytest.mark.parametrize("step, expected", [(1, 3), (-1, 1)])
def test_move(qtbot, step, expected):
    model = InboxModel(FakeSource(), clock=lambda: NOW)
    view = ItemList(model)
    qtbot.addWidget(view)
    model.set_ids(array("q", [1, 2, 3]))
    view.select_row(1)
    view.move(step)
    assert view.current_id() == expected


def test_tick_repaints_only_the_countdowns_that_changed(qtbot):
    """A tick half a minute later leaves "tomorrow 16:00" and stopped clocks as painted; a
    row whose words or urgency changed is repainted, and reads its countdown once."""
    now = [NOW]
    dues = {1: timedelta(hours=30), 2: None, 3: timedelta(minutes=90), 4: timedelta(hours=30)}
    model = InboxModel(lambda ids: [fake_row(i, dues[i]) for i in ids], clock=lambda: now[0])
    view = ItemList(model)
    qtbot.addWidget(view)
    view.resize(900, 400)
    model.set_ids(array("q", [1, 2, 3, 4]))
    view.show()
    qtbot.waitExposed(view)
    view.grab()
    changes = []
    model.dataChanged.connect(lambda a, b, roles=(): changes.append((a.row(), b.row())))
    now[0] = NOW + timedelta(seconds=20)            # "1 h 30 min" still
    view.tick()
    assert changes == []
    now[0] = NOW + timedelta(minutes=31)            # row 3 turns "59 min" and soon
    view.tick()
    assert changes == [(2, 2)]
    assert model.index(2, COL_DUE).data() == "59 min" and model.index(2, COL_DUE).data(UrgencyRole) == "soon"
    model.invalidate([4])                           # a changed row is painted afresh
    changes.clear()
    view.tick()
    assert changes == [(3, 3)]


def varied_row(item_id: int) -> ItemRow:
    """Every kind of cell the list paints: unread (bold), hidden (italic, muted), stopped
    clocks, overdue / soon / calm countdowns, an ID-number warning, a line break in a name."""
    k = item_id % 9
    row = fake_row(item_id, [timedelta(days=-2), timedelta(minutes=50), timedelta(hours=30), None, None,
                             timedelta(hours=5), None, timedelta(minutes=-5), timedelta(days=3)][k])
    row.unread = k in (0, 2, 4, 6)
    row.is_hidden = k in (4, 6)
    row.status = {3: "answered", 4: "hidden", 6: "spam"}.get(k, "new")
    row.outbox_state = "failed" if k == 8 else ("queued" if item_id == 3 else None)
    row.platform = ("facebook", "instagram", "x", "youtube", "bluesky")[item_id % 5]
    if k == 5:
        row.author_name = "Første linje\nanden linje"
    if k == 7:
        row.author_name, row.text = None, ""
    row.text = LONG_TEXTS[item_id % len(LONG_TEXTS)] if item_id % 3 else row.text
    return row


# Long snippets the list cuts before Qt elides them: plain Danish, narrow letters, ligatures,
# decomposed accents, joined emoji, right-to-left script, no spaces at all.
LONG_TEXTS = (
    "Hej. Vores skraldespand er ikke blevet tømt siden onsdag, og nu flyder det over på "
    "fortovet ved Skærbækvej 14. Kan I sende nogen forbi? " * 4,
    "iiiii lllll ''''' ||||| ..... ,,,,, fffi ffl ffi fl " * 12,
    "Kommunen sva\u0308rar inte pa\u030a mejl, och ja\u0308mfo\u0308r med fo\u0308rra a\u030aret " * 6,
    "Tak! \U0001F468\u200D\U0001F469\u200D\U0001F467\u200D\U0001F466 " * 30 + "slut",
    "Borger skriver: \u0645\u0631\u062d\u0628\u0627 \u0628\u0643\u0645 \u0641\u064a "
    "\u0627\u0644\u0628\u0644\u062f\u064a\u0629 " * 10 + "og så videre på dansk " * 8,
    "x" * 400,
)


def grabs_with_both_delegates(view) -> tuple:
    from PySide6.QtWidgets import QStyledItemDelegate
    ours = view.viewport().grab().toImage()
    view.setItemDelegate(QStyledItemDelegate(view))
    try:
        stock = view.viewport().grab().toImage()
    finally:
        view.setItemDelegate(view._delegate)
    return ours, stock


def test_list_paints_exactly_as_qt_stock_delegate(qtbot):
    """The list's delegate paints from the model's prebuilt cells in one call per cell; the
    picture is the same, pixel for pixel, as Qt's own delegate asking data() role by role:
    fonts, colours, tints, icons (selected and not), elided text, a light and a dark scheme."""
    from app.ui import theme
    model = InboxModel(lambda ids: [varied_row(i) for i in ids], clock=lambda: NOW)
    view = ItemList(model)
    qtbot.addWidget(view)
    view.resize(1100, 520)
    model.set_ids(array("q", range(1, 60)))
    model.set_claims({5: "Anna Holm"})
    view.show()
    qtbot.waitExposed(view)
    flag = QItemSelectionModel.SelectionFlag
    view.selectionModel().select(model.index(2, 0), flag.Select | flag.Rows)
    view.select_row(4)
    try:
        for scheme in ("light", "dark", "light"):
            theme.set_scheme(scheme)
            ours, stock = grabs_with_both_delegates(view)
            assert not ours.isNull() and ours == stock, scheme
            # The cells follow the scheme (their brushes are not kept from the last one).
            overdue = model.index(8, COL_DUE).data(Qt.ItemDataRole.ForegroundRole).color().name()
            assert overdue.upper() == theme.fg("overdue").upper()
            tint = model.index(0, COL_DUE).data(Qt.ItemDataRole.BackgroundRole).color().name()
            assert tint.upper() == theme.bg("soon").upper()
    finally:
        theme.set_scheme("light")
    # And after a tick that changed countdowns, and a claim that moved.
    model.set_claims({6: "Anna Holm"})
    model.tick(*view.visible_rows())
    ours, stock = grabs_with_both_delegates(view)
    assert ours == stock
    # Narrow and wide text columns: long snippets are cut before Qt elides them, same picture.
    for width in (520, 1900):
        view.resize(width, 520)
        ours, stock = grabs_with_both_delegates(view)
        assert ours == stock, width
