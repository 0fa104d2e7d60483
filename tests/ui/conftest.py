"""Fixtures for window tests: the real window on a fresh demo workspace, timers off."""
from __future__ import annotations

import pytest


@pytest.fixture
def english(qapp):
    from app import i18n
    qapp.setApplicationName("Svarbox")
    qapp.setOrganizationName("Svarbox")
    i18n.install("en")
    return qapp


@pytest.fixture
def ws(tmp_path, english):
    from app.services.workspace import open_workspace
    workspace = open_workspace(data_dir=str(tmp_path), demo=True, user="Mette Jensen")
    workspace.settings.set("user.name", "Mette Jensen")
    # Replies go at once in window tests; "Undo send" has its own (tests/ui/test_workflow_ui.py).
    workspace.settings.set("outbox.undo_seconds", 0)
    yield workspace
    workspace.close()


@pytest.fixture
def make_window(qtbot, ws):
    """Build windows on ``ws``; each is closed (state saved, runner stopped) at the end."""
    from app.ui.main_window import create_main_window
    made = []

    def make(**kwargs):
        kwargs.setdefault("background", False)
        window = create_main_window(ws, **kwargs)
        qtbot.addWidget(window)
        window.resize(1400, 860)
        window.show()
        # Confirmations answer "yes" unless a test says otherwise; no modal dialog blocks a test.
        window.confirm = lambda title, text: True
        window.ask_text = lambda title, label, secret=False: "Ringet op til borgeren."
        window.ask_pending_on_quit = lambda count: "keep"
        assert window.wait_idle()
        made.append(window)
        return window

    yield make
    for window in made:
        if window.isVisible():
            window.close()
        window.runner.shutdown()


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def idle():
    """Wait until every background job of a window and its callbacks have run."""
    def wait(window) -> None:
        assert window.wait_idle()
    return wait


@pytest.fixture
def find_row():
    """Row of the first item in the list whose text (or author) contains ``needle``; -1 if none."""
    def find(window, needle: str, where=lambda row: True) -> int:
        model = window.model
        for r in range(model.rowCount()):
            data = model.row_data(r)
            if data is not None and (needle in data.text or needle in (data.author_name or "")) and where(data):
                return r
        return -1
    return find
