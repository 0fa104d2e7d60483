"""A small team for the tests: a fake Facebook Page on 127.0.0.1, Anna's Svarbox client that
connected the Page (the token is in *her* keychain only) and synced it, and ways to start
colleagues' clients, in this process or as real separate processes (``client.py``)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from app import clock as app_clock
from app.models import tables as t
from app.secrets import MemoryStore
from app.services import accounts
from app.services.inbound.sync import sync_account
from app.services.workspace import Workspace, open_workspace
from tests.fakes.graph_fake import FakeFacebook, api_base
from tests.fakes.server import FakeServer

ROOT = Path(__file__).resolve().parents[2]
CLIENT = Path(__file__).with_name("client.py")
TOKEN = "EAAteam-Secret-Page-token-7c1d"
ANNA, BO, CARL = "Anna Holm", "Bo Nielsen", "Carl Berg"
ACCOUNT_NAME = "Aarby Kommune (Facebook)"


def ago(minutes: float) -> datetime:
    return app_clock.now().replace(microsecond=0) - timedelta(minutes=minutes)


class Team:
    def __init__(self, url: str, tmp: Path, n_comments: int = 1, page_id: str = "111222333",
                 account_name: str = ACCOUNT_NAME, sync: bool = True):
        self.url, self.tmp = url, tmp
        self.fb = FakeFacebook(page_id=page_id, token=TOKEN, page_size=2)
        post = self.fb.add_post("Vejarbejde på Hovedgaden fra mandag", created=ago(300))
        self.comment_ids = [self.fb.add_comment(post, f"Hvornår er Hovedgaden åben igen? Spørgsmål {i}",
                                                created=ago(200 - i))
                            for i in range(n_comments)]
        self.server = FakeServer(self.fb).start()
        self._workspaces: list[Workspace] = []
        self.anna = self.client(ANNA, with_token=False)
        info = accounts.add_account(self.anna, platform="facebook", name=account_name, token=TOKEN,
                                    institution="Aarby Kommune", base_url=api_base(self.server),
                                    external_id=self.fb.page_id, policy="hours:24")
        self.account_id = info.id
        with self.anna.db.session() as s:
            self.ref = s.get(t.Account, info.id).credential_ref
        if sync:
            result = sync_account(self.anna, self.account_id, sleep=lambda _s: None)
            assert result.ok, result.message

    # --- clients ---------------------------------------------------------------------
    def data_dir(self, user: str) -> Path:
        return self.tmp / ("data-" + user.split()[0].lower())

    def client(self, user: str, *, with_token: bool = True) -> Workspace:
        """A colleague's client in this process: own data folder, own (in-memory) keychain."""
        store = MemoryStore()
        if with_token:
            store.set(self.ref, TOKEN)
        ws = open_workspace(str(self.data_dir(user)), self.url, credentials=store, user=user)
        self._workspaces.append(ws)
        return ws

    def env(self, *, with_token: bool = True) -> dict:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        env["SVARBOX_TEST_TOKENS"] = json.dumps({self.ref: TOKEN} if with_token else {})
        return env

    def spawn(self, command: str, user: str, *args: str, with_token: bool = True) -> subprocess.Popen:
        """A real separate Svarbox process (see client.py) as ``user``."""
        argv = [sys.executable, str(CLIENT), command, "--db", self.url,
                "--data-dir", str(self.data_dir(user)), "--user", user, *map(str, args)]
        return subprocess.Popen(argv, cwd=ROOT, env=self.env(with_token=with_token),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    # --- looking things up ------------------------------------------------------------
    def item_id(self, comment_id: str) -> int:
        with self.anna.db.session() as s:
            return s.scalar(select(t.Item.id).where(t.Item.account_id == self.account_id,
                                                    t.Item.external_id == comment_id))

    def own_replies(self, comment_id: str) -> list[str]:
        return [c["message"] for c in self.fb.replies_to(comment_id, own_only=True)]

    def close(self) -> None:
        for ws in self._workspaces:
            ws.close()
        self.server.stop()


def finish(proc: subprocess.Popen, timeout: float = 60) -> dict:
    """Wait for a client process and return the JSON it printed last."""
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, f"client failed ({proc.returncode}):\n{err}\n{out}"
    lines = [line for line in out.splitlines() if line.strip()]
    assert lines, f"client printed nothing:\n{err}"
    return json.loads(lines[-1])


def wait_for_file(path: Path, proc: subprocess.Popen | None = None, timeout: float = 30) -> str:
    """Wait until a client writes ``path``; fail early with its stderr if it died."""
    deadline = time.monotonic() + timeout
    while not path.exists():
        if proc is not None and proc.poll() is not None:
            raise AssertionError(f"client exited ({proc.returncode}) before {path.name}:\n"
                                 f"{proc.stderr.read() if proc.stderr else ''}")
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {path.name}")
        time.sleep(0.02)
    return path.read_text()


def go_when_ready(go: Path, procs: list[subprocess.Popen], timeout: float = 30) -> None:
    """Line racers up: every client writes ``<go>.<pid>`` once open; then the gun."""
    for proc in procs:
        wait_for_file(Path(f"{go}.{proc.pid}"), proc, timeout)
    go.write_text("go")
