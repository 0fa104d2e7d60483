"""What survives a restart of the window: geometry, splitters, list columns, the chosen
view and its sort order (in the data folder's window.ini, see ``main_window.window_settings``).
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QByteArray

from app.ui.widgets.navigator import key_from_text, key_text


def restore(window) -> None:
    s = window.settings
    geometry = s.value("window/geometry")
    if isinstance(geometry, (QByteArray, bytes)) and geometry:
        window.restoreGeometry(QByteArray(geometry))
    else:
        window.resize(1400, 860)
    for key, splitter in (("window/splitter", window.splitter), ("window/rightSplitter", window.right_splitter)):
        state = s.value(key)
        if isinstance(state, (QByteArray, bytes)) and state:
            splitter.restoreState(QByteArray(state))
    header = s.value("list/header")
    if isinstance(header, (QByteArray, bytes)) and header:
        window.item_list.horizontalHeader().restoreState(QByteArray(header))
    key = key_from_text(s.value("view/key"))
    if key:
        window.navigator.select_key(key)
        window.inbox._pending_key = key    # accounts appear once counts load
    else:
        window.inbox._pending_key = None
    sort = s.value("view/sort")
    if isinstance(sort, str) and sort:
        window.inbox._spec = replace(window.inbox._spec, sort=sort,
                                     descending=str(s.value("view/descending", "false")).lower() == "true")
    window.inbox._spec = replace(window.inbox._spec, **window.navigator.spec_fields())


def save(window) -> None:
    s = window.settings
    s.setValue("window/geometry", window.saveGeometry())
    s.setValue("window/splitter", window.splitter.saveState())
    s.setValue("window/rightSplitter", window.right_splitter.saveState())
    s.setValue("list/header", window.item_list.horizontalHeader().saveState())
    s.setValue("view/key", key_text(window.navigator.current_key()))
    s.setValue("view/sort", window.inbox._spec.sort)
    s.setValue("view/descending", "true" if window.inbox._spec.descending else "false")
    s.sync()
