"""The outbox against every fake platform: a reply killed mid-flight goes out exactly once,
two workers never double-send, and what was written offline goes out when the platform is
back. Real processes, real HTTP on 127.0.0.1, a real SQLite file."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app import clock as app_clock
from app.models import tables as t
from app.secrets import MemoryStore
from app.services import accounts
from app.services.inbound.sync import sync_account
from app.services.outbound import outbox
from app.services.workspace import open_workspace
from tests.fakes.server import FakeServer
from tests.integration.platforms import TOKEN, all_cases

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("outbox_child.py")
CASES = all_cases()
SIGNATURE_FORM = "/{my_first_name}, Kommunikation"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Setup:
    def __init__(self, tmp_path: Path, case, fake, base_url: str, n_items: int = 1, verify: bool = True):
        self.case, self.fake, self.tmp = case, fake, tmp_path
        self.item_ext_ids = case.seed(fake, n_items)
        self.store = MemoryStore()
        self.ws = open_workspace(str(tmp_path), credentials=self.store, user="Mette Jensen")
        self.ws.settings.set("user.signature", SIGNATURE_FORM)
        info = accounts.add_account(self.ws, platform=case.platform, name=f"Aarby {case.platform}",
                                    token=TOKEN, institution="Aarby Kommune", base_url=base_url,
                                    external_id=case.external_id(fake), handle=case.handle(fake),
                                    policy="hours:24", verify=verify)
        self.account_id = info.id
        with self.ws.db.session() as s:
            self.ref = s.get(t.Account, info.id).credential_ref

    def sync(self):
        result = sync_account(self.ws, self.account_id, sleep=lambda _s: None)
        assert result.ok, result.message
        return result

    def item_id(self, external_id: str) -> int:
        with self.ws.db.session() as s:
            return s.scalar(select(t.Item.id).where(t.Item.account_id == self.account_id,
                                                    t.Item.external_id == external_id))

    def queue_reply(self, external_id: str, text: str) -> int:
        with self.ws.db.session() as s:
            return outbox.queue_action(s, self.item_id(external_id), "reply", "Mette Jensen", text,
                                       signature="/Mette, Kommunikation")

    def child(self, extra_env=None) -> subprocess.Popen:
        # What the keychain holds after connecting (for Bluesky: a session, not the app password).
        from app.services.accounts import refresh_ref
        tokens = {ref: self.store.get(ref) for ref in (self.ref, refresh_ref(self.ref)) if self.store.get(ref)}
        env = dict(os.environ, SVARBOX_TEST_TOKENS=json.dumps(tokens), **(extra_env or {}))
        return subprocess.Popen([sys.executable, str(CHILD), str(self.tmp)], cwd=ROOT, env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def action(self, outbox_id: int) -> t.OutboxAction:
        with self.ws.db.session() as s:
            return s.get(t.OutboxAction, outbox_id)


@pytest.fixture(params=CASES, ids=[c.platform for c in CASES])
def case(request):
    return request.param


def test_killed_after_the_platform_stored_the_reply_sends_exactly_once(tmp_path, case):
    fake = case.make_fake()
    with FakeServer(fake) as server:
        setup = Setup(tmp_path, case, fake, case.base_url(fake, server))
        setup.sync()
        target = setup.item_ext_ids[0]
        outbox_id = setup.queue_reply(target, "Hej Anna, tak for dit spørgsmål. Tømningen sker torsdag.")
        child = setup.child()
        killed = []

        def kill_sender(_request):
            if not killed:
                killed.append(True)
                os.kill(child.pid, signal.SIGKILL)   # the platform has the reply; the answer never arrives

        fake.on_write = kill_sender
        child.wait(timeout=60)
        fake.on_write = None
        assert child.returncode == -signal.SIGKILL
        assert len(case.own_replies(fake, target)) == 1
        assert setup.action(outbox_id).state == t.OUTBOX_SENDING     # outcome unknown on disk

        results = outbox.flush(setup.ws)                               # "next start"
        assert [r.state for r in results] == [t.OUTBOX_SENT]
        assert results[0].settled_by_check is True
        replies = case.own_replies(fake, target)
        assert len(replies) == 1
        assert replies[0].endswith("/Mette, Kommunikation")
        action = setup.action(outbox_id)
        assert action.state == t.OUTBOX_SENT and action.result_external_id
        assert outbox.flush(setup.ws) == []
        assert len(case.own_replies(fake, target)) == 1
        # The audit log tells the whole story, and never holds the token.
        with setup.ws.db.session() as s:
            events = list(s.scalars(select(t.AuditEvent).where(t.AuditEvent.outbox_id == outbox_id)))
            assert {"outbox_queued", "outbox_interrupted", "outbox_sent"} <= {e.action for e in events}
            everything = " ".join(e.details + e.actor for e in s.scalars(select(t.AuditEvent)))
        assert TOKEN not in everything
        for path in tmp_path.rglob("*"):
            if path.is_file():
                assert TOKEN.encode() not in path.read_bytes(), path


def test_two_workers_at_once_send_each_action_once(tmp_path, case):
    fake = case.make_fake()
    with FakeServer(fake) as server:
        setup = Setup(tmp_path, case, fake, case.base_url(fake, server), n_items=4)
        setup.sync()
        ids = [setup.queue_reply(ext, f"Hej, tak for spørgsmålet om nr. {n}.")
               for n, ext in enumerate(setup.item_ext_ids)]
        ready = tmp_path / "go"
        children = [setup.child({"SVARBOX_TEST_READY_FILE": str(ready)}) for _ in range(2)]
        deadline = time.monotonic() + 60
        while len(list(tmp_path.glob("go.*"))) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        ready.write_text("go")
        finished = [c.communicate(timeout=120) for c in children]
        assert [c.returncode for c in children] == [0, 0], [err for _out, err in finished]
        outputs = [json.loads(out or "[]") for out, _err in finished]
        sent_by_workers = sorted(r["outbox_id"] for out in outputs for r in out if r["state"] == "sent")
        assert sent_by_workers == sorted(ids)
        for ext in setup.item_ext_ids:
            assert len(case.own_replies(fake, ext)) == 1
        assert all(setup.action(i).state == t.OUTBOX_SENT for i in ids)


def test_offline_then_online_goes_out_in_order(tmp_path, case):
    fake = case.make_fake()
    port = free_port()
    # Connect while the platform is up, then take it away.
    with FakeServer(fake, port=port) as server:
        setup = Setup(tmp_path, case, fake, case.base_url(fake, server), n_items=2)
        setup.sync()
    first = setup.queue_reply(setup.item_ext_ids[0], "Hej, første svar skrevet i toget.")
    second = setup.queue_reply(setup.item_ext_ids[1], "Hej, andet svar skrevet i toget.")
    results = outbox.flush(setup.ws)
    assert [r.state for r in results] == [t.OUTBOX_QUEUED]      # the second waits behind the first
    assert "Offline" in results[0].message
    with setup.ws.db.session() as s:
        assert outbox.pending_count(s) == 2
        assert s.get(t.Item, setup.item_id(setup.item_ext_ids[0])).status == t.STATUS_ANSWERED
    later = app_clock.now() + timedelta(hours=1)
    with FakeServer(fake, port=port):
        results = outbox.flush(setup.ws, now=later)
    assert [(r.outbox_id, r.state) for r in results] == [(first, "sent"), (second, "sent")]
    replies = case.own_replies(fake, setup.item_ext_ids[0])
    # X puts the replied-to author's @name in front of a reply; the rest is ours, unchanged.
    assert len(replies) == 1 and replies[0].endswith("Hej, første svar skrevet i toget.\n/Mette, Kommunikation")
    assert len(case.own_replies(fake, setup.item_ext_ids[1])) == 1
    with setup.ws.db.session() as s:
        assert outbox.pending_count(s) == 0
