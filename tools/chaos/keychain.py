"""The chaos world's keychain: one small file shared by the harness and every worker it
forks, so a token a worker stored survives that worker, as it does in the OS keychain.

A write is durable when ``set`` returns (written to a temporary file, fsynced, renamed over
the old one, under an exclusive lock): a SIGKILL before that loses the write, after it keeps
it, and never leaves half a file. That is the property a Bluesky session's rotation depends
on: the worker that is killed between the platform rotating its refresh token and the
keychain storing the new pair must come back with the old pair, not with nothing.
"""
from __future__ import annotations

import fcntl
import json
import os
from contextlib import contextmanager
from pathlib import Path


class FileKeychain:
    """The ``get``/``set``/``delete`` of ``app.secrets.MemoryStore``, kept in a file."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self._lock_path = self.path.with_name(self.path.name + ".lock")

    @contextmanager
    def _locked(self):
        fd = os.open(self._lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)            # closing drops the lock

    def _read(self) -> dict[str, str]:
        try:
            return json.loads(self.path.read_text())
        except FileNotFoundError:
            return {}

    def _write(self, data: dict[str, str]) -> None:
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            json.dump(data, f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path)

    def get(self, ref: str) -> str | None:
        with self._locked():
            return self._read().get(ref)

    def set(self, ref: str, secret: str) -> None:
        with self._locked():
            data = self._read()
            data[ref] = secret
            self._write(data)

    def delete(self, ref: str) -> None:
        with self._locked():
            data = self._read()
            if data.pop(ref, None) is not None:
                self._write(data)

    def snapshot(self) -> dict[str, str]:
        with self._locked():
            return self._read()
