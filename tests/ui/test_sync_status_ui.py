"""The window against a real (fake) platform: syncing fills the list, an expired token shows
as "needs reconnecting" with a Reconnect button, a dead platform as offline."""
import pytest

from app.secrets import MemoryStore
from app.services import accounts
from app.services.workspace import open_workspace
from tests.fakes.graph_fake import FakeFacebook, api_base, expired_token_response
from tests.fakes.server import FakeServer


@pytest.fixture
def real_ws(tmp_path, english):
    ws = open_workspace(str(tmp_path), credentials=MemoryStore(), user="Mette Jensen")
    ws.settings.set("user.name", "Mette Jensen")
    yield ws
    ws.close()


def test_sync_status_as_a_person_sees_it(qtbot, real_ws):
    from app.ui.main_window import create_main_window
    fake = FakeFacebook(token="page-token")
    post = fake.add_post("Vejarbejde på Skovvej")
    fake.add_comment(post, "Hvornår er vejen åben igen? <b>x</b><script>alert(1)</script>")
    server = FakeServer(fake).start()
    try:
        info = accounts.add_account(real_ws, platform="facebook", name="Viborg Kommune (Facebook)",
                                    token="page-token", institution="Viborg Kommune", base_url=api_base(server),
                                    external_id=fake.page_id)
        window = create_main_window(real_ws, background=False)
        qtbot.addWidget(window)
        window.ask_pending_on_quit = lambda count: "keep"
        window.show()
        assert window.wait_idle()
        window.sync_now([info.id])
        assert window.wait_idle()
        assert window.model.rowCount() == 1
        item = window.navigator._find(("account", info.id))
        assert "Synced" in item.text(0)

        fake.inject(expired_token_response(), times=100)
        window.sync_now([info.id])
        assert window.wait_idle()
        window.navigator.tree.setCurrentItem(item)
        assert "Needs reconnecting" in item.text(0)
        assert window.navigator.reconnect_button.isVisible() and window.navigator.reconnect_button.isEnabled()
        assert window.model.rowCount() == 1          # the cache stays usable

        fake.clear_faults()
        server.stop()
        window.sync_now([info.id])
        assert window.wait_idle()
        assert "Offline" in item.text(0)
        assert window.offline_banner.isVisible() and "last" in window.offline_banner.label.text().lower()
        window.close()
    finally:
        try:
            server.stop()
        except Exception:
            pass
