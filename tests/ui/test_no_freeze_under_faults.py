"""Issue 23.2: the window never freezes while the network misbehaves.

The real window syncs a real (fake) Facebook Page through the chaos harness's fault-injecting
proxy (tools/chaos/proxy.py), with every request meeting one fault kind: a server that accepts
and never answers, slow answers, a connection reset mid-answer, cut-off JSON, a 429 storm with a
reset, 5xx bursts. While the sync runs, a timer on the GUI thread keeps ticking (the longest gap
stays under 250 ms plus what the idle machine adds) and the list can still be used; afterwards
the account says in words what happened, the cache keeps what it had, and no request went out
before a 429's announced reset.
"""
from __future__ import annotations

import gc
import random

import pytest

from app.secrets import MemoryStore
from app.services import accounts
from app.services.workspace import open_workspace
from tests.fakes.graph_fake import API_PREFIX, FakeFacebook
from tests.fakes.server import FakeServer
from tests.ui.test_responsiveness import TICK_MS, GapMeter
from tools.chaos.proxy import FaultPlan, FaultProxy

# A freeze a person notices. Under a failing network the gap stays at tens of ms; after a sync
# that succeeds, the window's refresh on the GUI thread was measured at up to ~0.4 s once in a
# full-suite process (never in a run of this file), which #18's work on refresh has to bring down.
MAX_GAP_MS = 500


@pytest.fixture
def real_ws(tmp_path, english):
    ws = open_workspace(str(tmp_path), credentials=MemoryStore(), user="Mette Jensen")
    ws.settings.set("user.name", "Mette Jensen")
    yield ws
    ws.close()


# fault kind -> what the account must say afterwards (the navigator's status, English)
CASES = {
    "latency": ("Synced",),
    "hang-before": ("Offline",),
    "reset-mid-body": ("Sync failed", "Offline"),      # a cut connection: either is the truth
    "truncated-json": ("Sync failed",),
    "429-reset": ("Paused",),
    "5xx-burst": ("Sync failed",),
}


@pytest.mark.parametrize("kind", list(CASES))
def test_the_window_keeps_turning_while_the_network_fails(qtbot, real_ws, kind):
    from app.ui.main_window import create_main_window
    fake = FakeFacebook(token="page-token")
    post = fake.add_post("Vejarbejde på Skovvej")
    for n in range(3):
        fake.add_comment(post, f"Hvornår er vejen åben igen? ({n})")
    server = FakeServer(fake).start()
    stats: dict = {}
    plan = FaultPlan(rate=1.0, weights={kind: 1}, max_latency=0.3, hang_limit=3.0, reset_seconds=(600, 600))
    proxy = FaultProxy(server.port, "facebook", random.Random(23), plan, stats)
    window = None
    try:
        info = accounts.add_account(real_ws, platform="facebook", name="Viborg Kommune (Facebook)",
                                    token="page-token", institution="Viborg Kommune",
                                    base_url=proxy.url + API_PREFIX, external_id=fake.page_id)
        window = create_main_window(real_ws, background=False)
        qtbot.addWidget(window)
        window.ask_pending_on_quit = lambda count: "keep"
        window.resize(1366, 768)
        window.show()
        assert window.wait_idle()
        # The suite's own garbage (thousands of earlier tests' objects) is not the window's:
        # collect it and keep it out of the collector's way while measuring.
        gc.collect()
        gc.freeze()
        meter = GapMeter()
        meter.start()
        window.sync_now([info.id])              # a first clean sync fills the cache
        assert window.wait_idle()
        clean_gap = meter.stop()
        assert window.model.rowCount() == 3

        meter.start()
        qtbot.wait(1000)
        idle_gap = meter.stop()
        # Same-run baselines: what the idle machine adds, and what a sync over a working
        # network costs the window here (its refresh after a sync; on a busy machine both
        # grow). A failing network may not cost it more than another tick on top of that.
        allowed = max(MAX_GAP_MS + max(0, idle_gap - TICK_MS), clean_gap + 250)

        proxy.set_enabled(True)
        meter.start()
        window.sync_now([info.id])
        qtbot.wait(200)
        window.item_list.select_row(1)          # the person keeps working meanwhile
        assert window.wait_idle()
        longest = meter.stop()

        assert stats.get(kind, 0) >= 1, f"the proxy injected no {kind}: {stats}"
        assert longest < allowed, f"the GUI thread was blocked for {longest} ms during {kind} (allowed {allowed})"
        assert window.composer.item_id is not None    # the selection took while the sync ran
        node = window.navigator._find(("account", info.id))
        status, tip = node.text(0), node.toolTip(0)
        assert any(word in status for word in CASES[kind]), f"{kind}: the account says {status!r}"
        if kind != "latency":          # the reason in words beside the state, never a traceback
            reason = tip.split("\n", 1)[1] if "\n" in tip else ""
            assert len(reason.split()) >= 3, f"{kind}: no reason given: {tip!r}"
        assert "Traceback" not in tip and "Error" not in tip and "(Facebook) (Facebook)" not in tip
        assert window.model.rowCount() == 3       # the cache stays as it was
        assert proxy.early == [], proxy.early     # nobody knocked before the announced reset
    finally:
        gc.unfreeze()
        if window is not None:
            window.close()
            window.runner.shutdown()
        proxy.stop()
        server.stop()
