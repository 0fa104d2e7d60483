"""Mute, block and report in the window (demo workspace, Bluesky and Mastodon accounts): the
composer's buttons and the Item menu offer them only there, each goes through the one door and
the outbox, and the conversation says what the platform confirmed."""
from __future__ import annotations

import os
from pathlib import Path


def _select_platform(window, idle, platform: str, where=lambda row: True) -> object:
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.row_data(r).platform == platform
               and model.row_data(r).status == "new" and where(model.row_data(r)))
    window.item_list.select_row(row)
    idle(window)
    assert window.composer.item_id == model.id_at(row)
    return model.row_data(row)


def test_mute_block_report_buttons_and_menu(window, idle, tmp_path):
    buttons = window.composer.buttons
    facebook = _select_platform(window, idle, "facebook")
    assert facebook is not None
    assert not any(buttons[k].isVisibleTo(window) for k in ("mute", "block", "report"))
    assert not window.actions_by_key["mute"].isEnabled()
    row = _select_platform(window, idle, "mastodon")
    for key in ("mute", "block", "report"):
        assert buttons[key].isVisibleTo(window) and buttons[key].isEnabled(), key
        assert window.actions_by_key[key].isEnabled()
    assert not buttons["hide"].isEnabled()          # Mastodon has no hide
    asked = []
    window.ask_text = lambda title, label, secret=False: asked.append(label) or "Hot mot personalen"
    buttons["report"].click()
    idle(window)
    assert asked and "1000" in asked[0]
    window.actions_by_key["mute"].trigger()
    idle(window)
    window.flush_outbox()
    idle(window)
    again = next(r for r in range(window.model.rowCount()) if window.model.id_at(r) == row.id)
    window.item_list.select_row(again)
    idle(window)
    assert window.composer.item_id == row.id
    texts = " ".join(window.conversation.texts())
    assert "muted the author on Mastodon" in texts and "reported this post to the moderators" in texts
    shot = Path(os.environ.get("SVARBOX_SHOT_DIR") or tmp_path) / "author-actions.png"
    window.resize(1366, 768)
    idle(window)
    assert window.grab().save(str(shot))


def test_block_asks_first_and_bluesky_hides_only_in_own_threads(window, idle):
    row = _select_platform(window, idle, "bluesky")
    assert row.own_conversation is True and window.composer.buttons["hide"].isEnabled()
    refused = []
    window.confirm = lambda title, text: refused.append(text) or False
    window.do_action("block")
    idle(window)
    assert refused and "can see that they are blocked" in refused[0]
    from app.services.outbound import outbox
    with window.ws.db.session() as session:
        assert outbox.pending_count(session) == 0     # said no: nothing queued


def test_a_refused_report_shows_in_the_window_and_the_item_stays(tmp_path, english, qtbot):
    """Real HTTP: the Mastodon server refuses the report (the token lacks write:reports); the
    window says so in the conversation, offers Retry, and the item keeps its place and status."""
    from app.secrets import MemoryStore
    from app.services import accounts
    from app.services.inbound.sync import sync_all
    from app.services.workspace import open_workspace
    from app.ui.main_window import create_main_window
    from tests.fakes.mastodon_fake import MastodonFake
    from tests.fakes.server import FakeServer
    from tests.integration.platforms import _ago

    masto = MastodonFake(token="masto-tok")
    elsa = masto.add_account("elsa", "Elsa Nyberg", remote="mastodon.nu")
    post = masto.add_status(masto.me, "Stadsbiblioteket har öppet till 20", created=_ago(500))
    masto.add_status(elsa, "Ni är värdelösa", reply_to=post, mention_me=True, created=_ago(60))
    masto.token_scopes["masto-tok"] = {"read", "write:statuses"}
    with FakeServer(masto) as server:
        ws = open_workspace(str(tmp_path / "ws"), credentials=MemoryStore(), user="Mette Jensen")
        ws.settings.set("user.name", "Mette Jensen")
        accounts.add_account(ws, platform="mastodon", name="Malmö (Mastodon)", token="masto-tok",
                             base_url=server.url, country="SE")
        sync_all(ws, sleep=lambda _s: None)
        window = create_main_window(ws, background=False)
        qtbot.addWidget(window)
        window.ask_text = lambda title, label, secret=False: "Hot mot personalen"
        window.show()
        assert window.wait_idle()
        window.item_list.select_row(0)
        assert window.wait_idle()
        item_id = window.composer.item_id
        window.composer.buttons["report"].click()
        assert window.wait_idle()
        window.flush_outbox()
        assert window.wait_idle()
        row = next(r for r in range(window.model.rowCount()) if window.model.id_at(r) == item_id)
        window.item_list.select_row(row)
        assert window.wait_idle()
        texts = " ".join(window.conversation.texts())
        assert "Action failed" in texts and "outside the authorized scopes" in texts
        assert window.model.row_data(row).status == "new" and masto.reports == []
        window.close()
        window.runner.shutdown()
        ws.close()
