"""The inbox window with a Bluesky and a Mastodon account synced from their fake servers:
both platforms' items are listed, each with its own icon. The window is saved as a PNG
(``SVARBOX_SHOT`` names where; default: the test's temporary folder) to be looked at."""
from __future__ import annotations

import os
from pathlib import Path

from app.secrets import MemoryStore
from app.services import accounts
from app.services.inbound.sync import sync_all
from app.services.workspace import open_workspace
from tests.fakes.bluesky_fake import BlueskyFake
from tests.fakes.mastodon_fake import MastodonFake
from tests.fakes.server import FakeServer
from tests.integration.platforms import _ago

PASSWORD = "abcd-efgh-ijkl-mnop"


def _image(icon):
    return icon.pixmap(24, 24).toImage()


def test_inbox_shows_bluesky_and_mastodon_with_their_own_icons(tmp_path, english, qtbot):
    from PySide6.QtCore import Qt

    from app.ui import icons
    from app.ui.main_window import create_main_window
    from app.ui.models.item_model import COL_PLATFORM

    bsky, masto = BlueskyFake(handle="viborg.dk", app_password=PASSWORD), MastodonFake(token="masto-tok")
    anna = bsky.add_user("anna.bsky.social", "Anna Borger")
    root = bsky.add_post(bsky.me, "Vinterbadning ved Borgvold åbner 1. november 🥶", created=_ago(400))
    bsky.add_post(anna, "Er badebroen handicapvenlig? Min mand sidder i kørestol", reply_to=root, created=_ago(90))
    bsky.add_post(anna, "hvornår kommer saunaen?", mention_me=True, created=_ago(30))
    elsa = masto.add_account("elsa", "Elsa Nyberg", remote="mastodon.nu")
    post = masto.add_status(masto.me, "Stadsbiblioteket har öppet till 20 på torsdagar", created=_ago(500))
    masto.add_status(elsa, "gäller kvällsöppet även <b>barnavdelningen</b>?", reply_to=post, mention_me=True,
                     created=_ago(60))
    with FakeServer(bsky) as s1, FakeServer(masto) as s2:
        ws = open_workspace(str(tmp_path / "ws"), credentials=MemoryStore(), user="Mette Jensen")
        ws.settings.set("user.name", "Mette Jensen")
        accounts.add_account(ws, platform="bluesky", name="Viborg Kommune (Bluesky)", token=PASSWORD,
                             handle="viborg.dk", base_url=s1.url, institution="Viborg Kommune")
        accounts.add_account(ws, platform="mastodon", name="Malmö stad (Mastodon)", token="masto-tok",
                             base_url=s2.url, institution="Malmö stad", country="SE")
        results = sync_all(ws, sleep=lambda _s: None)
        assert [r.status for r in results] == ["ok", "ok"] and sum(r.new_items for r in results) == 3
        window = create_main_window(ws, background=False)
        qtbot.addWidget(window)
        window.resize(1400, 700)
        window.show()
        assert window.wait_idle()
        model = window.model
        rows = [model.row_data(r) for r in range(model.rowCount())]
        by_platform = {}
        for r, data in enumerate(rows):
            by_platform.setdefault(data.platform, []).append(r)
        assert len(by_platform.get("bluesky", [])) == 2 and len(by_platform.get("mastodon", [])) == 1
        # Mastodon's HTML became plain text: its mention markup is gone, and what the citizen
        # typed as "<b>" (escaped by the server) is shown as those characters, not as markup.
        masto_text = rows[by_platform["mastodon"][0]].text
        assert masto_text == "@aarby gäller kvällsöppet även <b>barnavdelningen</b>?"
        shown = {p: model.index(by_platform[p][0], COL_PLATFORM).data(Qt.ItemDataRole.DecorationRole)
                 for p in ("bluesky", "mastodon")}
        assert _image(shown["bluesky"]) == _image(icons.platform_icon("bluesky"))
        assert _image(shown["mastodon"]) == _image(icons.platform_icon("mastodon"))
        others = [_image(icons.platform_icon(p)) for p in ("facebook", "messenger", "instagram", "x",
                                                           "linkedin", "youtube", "demo")]
        assert _image(shown["bluesky"]) != _image(shown["mastodon"])
        assert all(_image(shown[p]) != other for p in shown for other in others)
        shot = Path(os.environ.get("SVARBOX_SHOT") or tmp_path / "inbox-fediverse.png")
        assert window.grab().save(str(shot)) and shot.stat().st_size > 10_000
        window.close()
        window.runner.shutdown()
        ws.close()


def test_citizen_posts_on_bluesky_and_mastodon_offer_no_delete():
    from types import SimpleNamespace

    from app.ui.widgets.composer import available_actions, platform_capabilities

    for platform in ("bluesky", "mastodon"):
        caps = platform_capabilities(platform)
        citizen = SimpleNamespace(platform=platform, status="new", kind="mention", can_reply=True, is_hidden=False)
        own = SimpleNamespace(platform=platform, status="own", kind="reply", can_reply=False, is_hidden=False)
        assert "delete" not in available_actions(citizen, caps) and "reply" in available_actions(citizen, caps)
        assert "delete" in available_actions(own, caps)
    # Bluesky hides (threadgate hiddenReplies) only in threads the account started; unknown is not offered.
    for own_conversation, hide in ((True, True), (False, False), (None, False)):
        assert ("hide" in available_actions(SimpleNamespace(
            platform="bluesky", status="new", kind="reply", can_reply=True, is_hidden=False,
            own_conversation=own_conversation), platform_capabilities("bluesky"))) is hide
    assert "hide" not in available_actions(SimpleNamespace(platform="mastodon", status="new", kind="mention",
                                                           can_reply=True, is_hidden=False),
                                           platform_capabilities("mastodon"))
