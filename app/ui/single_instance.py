"""One Svarbox per person and data folder: a second start brings the first window forward.

Two processes on one SQLite cache would fight over the outbox and the window state, and a
double-click on the taskbar icon while Svarbox sits in the tray is the usual way to get there.

How it works, keyed by ``instance_key(data_dir)`` (user + data folder, hashed):

- A ``QLockFile`` decides who is first. Qt removes a lock left by a crashed process (its
  process id is gone), so a crash never blocks the next start. Time-based staleness is off:
  Svarbox runs for days.
- The first process listens on a ``QLocalServer`` (a named pipe on Windows, a socket file on
  Unix) readable only by this user. Any socket left by a crash is removed before listening;
  we hold the lock, so it can only be stale.
- A second process connects, reads the first one's process id (on Windows it then calls
  ``AllowSetForegroundWindow``, which is what lets the first window really come to the
  front), sends ``activate`` and exits 0. The first emits ``activated``.
"""
from __future__ import annotations

import getpass
import hashlib
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QDir, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
ACTIVATE = b"activate\n"
ACK = b"ok\n"


def instance_key(data_dir: str | os.PathLike, user: str | None = None) -> str:
    """A short, stable name for this user and data folder (fits a Unix socket path)."""
    if user is None:
        try:
            user = getpass.getuser()
        except Exception:  # no login name in some sandboxes
            user = os.environ.get("USERNAME") or os.environ.get("USER") or "user"
    folder = os.path.normcase(os.path.abspath(os.fspath(data_dir)))
    digest = hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:16]
    return f"svarbox-{digest}"


def _allow_foreground(pid: int) -> None:
    """Windows lets only the foreground process hand over the foreground: we are it (the user
    just started us), so we pass it to the first instance before asking it to come forward."""
    if sys.platform != "win32" or pid <= 0:
        return
    try:
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(pid)
    except (OSError, AttributeError):
        pass


class SingleInstance(QObject):
    """``is_primary()`` once at start-up: False means another instance was asked to come
    forward and this process should exit 0. ``activated`` fires in the first instance."""

    activated = Signal()

    def __init__(self, key: str, parent: QObject | None = None, *, timeout_ms: int = 1500):
        super().__init__(parent)
        self.key = key
        self.timeout_ms = timeout_ms
        self._lock = QLockFile(str(Path(QDir.tempPath()) / f"{key}.lock"))
        self._lock.setStaleLockTime(0)      # stale only when the owning process is gone
        self._server: QLocalServer | None = None
        self._primary: bool | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    def is_primary(self) -> bool:
        if self._primary is None:
            self._primary = self._decide()
        return self._primary

    def _decide(self) -> bool:
        if self._lock.tryLock(0):
            self._listen()
            return True
        # Someone holds the lock. It may still be starting up, so give it a moment to listen.
        deadline = time.monotonic() + max(3.0, self.timeout_ms / 1000 * 2)
        while time.monotonic() < deadline:
            if self._notify_running():
                return False
            if self._lock.tryLock(0):       # it exited (or crashed) meanwhile: we are first
                self._listen()
                return True
            time.sleep(0.1)
        log.warning("another Svarbox holds %s but does not answer; not starting a second one", self.key)
        return False

    def _listen(self) -> None:
        QLocalServer.removeServer(self.key)     # a crash leaves the socket file behind (Unix)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.key):
            # Still the only instance (we hold the lock); we just cannot be found by the next.
            log.warning("single-instance server %s cannot listen: %s", self.key, server.errorString())
            return
        server.newConnection.connect(self._accept)
        self._server = server

    def _notify_running(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.key)
        if not socket.waitForConnected(self.timeout_ms):
            return False
        try:
            if socket.waitForReadyRead(self.timeout_ms):
                line = bytes(socket.readLine()).strip()
                if line.isdigit():
                    _allow_foreground(int(line))
            socket.write(ACTIVATE)
            socket.flush()
            socket.waitForBytesWritten(self.timeout_ms)
            # The acknowledgement says the first instance got it; without it we still exit:
            # the first one is alive (it holds the lock and accepted the connection).
            if not (socket.bytesAvailable() or socket.waitForReadyRead(self.timeout_ms)):
                log.warning("the running Svarbox did not confirm the activation request")
            return True
        finally:
            socket.disconnectFromServer()
            if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
                socket.waitForDisconnected(200)

    def _accept(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))
            socket.write(f"{os.getpid()}\n".encode("ascii"))
            socket.flush()

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll())
        self._buffers[socket] = data[-64:]      # a stranger cannot make us buffer much
        if ACTIVATE.strip() in data:
            self._buffers[socket] = b""
            socket.write(ACK)
            socket.flush()
            log.info("another start asked this window to come forward")
            self.activated.emit()

    def _drop(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def release(self) -> None:
        """Stop being the instance (at exit; a crash is handled by the lock's owner check)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()


def bring_forward(window) -> None:
    """Show ``window`` (also from the tray or minimised), raise and activate it. Where the OS
    still refuses the focus, the taskbar button flashes instead."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    if window.isMinimized():
        window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized)
                              | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window, 3000)
