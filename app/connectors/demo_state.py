"""The demo platform's memory: one JSON file per workspace (atomic writes, one lock per file
within the process) or a dict in memory, and the ISO timestamps it stores."""
from __future__ import annotations

import json
import logging
import os
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.fileio import write_atomic

log = logging.getLogger(__name__)

STATE_FILE = "demo-platform.json"
STATE_VERSION = 1


def state_file_in(folder: Path) -> Path:
    """Where the demo platform keeps its state inside a workspace's data folder."""
    return Path(folder) / STATE_FILE


_FILE_LOCKS: dict[str, threading.RLock] = {}
_FILE_LOCKS_GUARD = threading.Lock()


def lock_for(path: Path) -> threading.RLock:
    key = str(path.resolve())
    with _FILE_LOCKS_GUARD:
        return _FILE_LOCKS.setdefault(key, threading.RLock())


def empty_state() -> dict[str, Any]:
    return {"version": STATE_VERSION, "next_reply": 1, "accounts": {}}


class StateStore:
    """The demo platform's memory: a JSON file (atomic writes) or a dict in memory."""

    def __init__(self, path: Path | None) -> None:
        self.path = Path(path) if path is not None else None
        self.lock = lock_for(self.path) if self.path is not None else threading.RLock()
        self._memory = empty_state()

    def load(self) -> dict[str, Any]:
        if self.path is None:
            return self._memory
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return empty_state()
        try:
            data = json.loads(raw)
            if not isinstance(data, dict) or not isinstance(data.get("accounts"), dict):
                raise ValueError("not a demo state object")
        except ValueError:
            # A damaged demo state only costs the demo its history; keep the file for a look.
            aside = self.path.with_name(self.path.name + ".damaged")
            log.warning("Demo platform state %s is damaged; starting afresh (kept as %s)",
                        self.path, aside)
            os.replace(self.path, aside)
            return empty_state()
        data.setdefault("next_reply", 1)
        return data

    def save(self, data: dict[str, Any]) -> None:
        if self.path is None:
            self._memory = data
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


def parse_iso(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def reset_state(path: Path) -> None:
    """Forget everything the demo platform remembers (scripts start again on next contact)."""
    path = Path(path)
    with lock_for(path):
        try:
            path.unlink()
        except FileNotFoundError:
            pass
