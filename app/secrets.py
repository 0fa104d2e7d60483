"""Tokens live in the OS keychain, behind one small interface. Never in the database, a log,
a file or an exception message.

``KeyringStore`` goes through the ``keyring`` package (Windows Credential Manager, macOS
Keychain, Secret Service). Windows caps one credential's blob at 2,560 bytes (UTF-16: 1,280
characters), and long OAuth tokens exceed that, so long secrets are split into numbered
parts under a small header entry and joined on read: never truncated. There is no plaintext
fallback: with no usable backend we say so and store nothing.
"""
from __future__ import annotations

import threading
from typing import Protocol

from app.errors import CredentialError
from app.i18n import translate

SERVICE = "Svarbox"
CHUNK_CHARS = 1000          # safely under Windows' 1,280 UTF-16 characters per blob
MAX_CHUNKS = 64             # a 64,000-character token is far beyond any platform's
_HEADER = "svarbox-chunked:"


class CredentialStore(Protocol):
    def get(self, ref: str) -> str | None: ...
    def set(self, ref: str, secret: str) -> None: ...
    def delete(self, ref: str) -> None: ...


class MemoryStore:
    """For tests and the demo/training workspaces: lives and dies with the process."""

    def __init__(self) -> None:
        self._data: dict[str, str] = {}
        self._lock = threading.Lock()

    def get(self, ref: str) -> str | None:
        with self._lock:
            return self._data.get(ref)

    def set(self, ref: str, secret: str) -> None:
        with self._lock:
            self._data[ref] = secret

    def delete(self, ref: str) -> None:
        with self._lock:
            self._data.pop(ref, None)


class KeyringStore:
    """The OS keychain via ``keyring``. Calls may block on an unlock prompt: callers run them
    at start-up or off the GUI thread."""

    def __init__(self, service: str = SERVICE, keyring_module=None):
        if keyring_module is None:
            import keyring as keyring_module
        self._k = keyring_module
        self.service = service

    def _check_backend(self) -> None:
        backend = self._k.get_keyring()
        name = type(backend).__module__ + "." + type(backend).__name__
        if "fail" in name.lower() or "null" in name.lower():
            raise CredentialError(translate(
                "Secrets", "No system keychain is available, so the token was not saved. "
                "Svarbox never stores tokens in plain text."))

    def _call(self, fn, *args):
        from keyring.errors import KeyringError
        try:
            return fn(*args)
        except KeyringError as exc:
            raise CredentialError(translate(
                "Secrets", "The system keychain refused the request ({reason}).").format(
                    reason=type(exc).__name__)) from None

    def get(self, ref: str) -> str | None:
        self._check_backend()
        value = self._call(self._k.get_password, self.service, ref)
        if value is None or not value.startswith(_HEADER):
            return value
        count = int(value[len(_HEADER):])
        parts = []
        for index in range(count):
            part = self._call(self._k.get_password, self.service, f"{ref}#{index}")
            if part is None:
                raise CredentialError(translate(
                    "Secrets", "A stored token is incomplete in the keychain; reconnect the account."))
            parts.append(part)
        return "".join(parts)

    def set(self, ref: str, secret: str) -> None:
        self._check_backend()
        self.delete(ref)
        if len(secret) <= CHUNK_CHARS:
            self._call(self._k.set_password, self.service, ref, secret)
            return
        chunks = [secret[i:i + CHUNK_CHARS] for i in range(0, len(secret), CHUNK_CHARS)]
        if len(chunks) > MAX_CHUNKS:
            raise CredentialError(translate(
                "Secrets", "This token is too long to keep in the keychain ({count} characters).").format(
                    count=len(secret)))
        for index, chunk in enumerate(chunks):
            self._call(self._k.set_password, self.service, f"{ref}#{index}", chunk)
        # The header goes last: a half-written token is never mistaken for a whole one.
        self._call(self._k.set_password, self.service, ref, f"{_HEADER}{len(chunks)}")

    def delete(self, ref: str) -> None:
        from keyring.errors import PasswordDeleteError
        try:
            current = self._k.get_password(self.service, ref)
        except Exception:
            current = None
        if current is None:
            return
        if current.startswith(_HEADER):
            for index in range(int(current[len(_HEADER):])):
                try:
                    self._k.delete_password(self.service, f"{ref}#{index}")
                except PasswordDeleteError:
                    pass
        try:
            self._k.delete_password(self.service, ref)
        except PasswordDeleteError:
            pass


_default_store: CredentialStore | None = None


def default_store() -> CredentialStore:
    global _default_store
    if _default_store is None:
        _default_store = KeyringStore()
    return _default_store


def set_default_store(store: CredentialStore | None) -> None:
    """Tests and the demo workspace inject a store; None goes back to the OS keychain."""
    global _default_store
    _default_store = store


def refresh_ref(ref: str) -> str:
    """Where an account's OAuth refresh token is kept in the keychain."""
    return f"{ref}:refresh"


def secret_ref(ref: str) -> str:
    """Where an account's OAuth client secret (Google desktop clients) is kept in the keychain."""
    return f"{ref}:client-secret"
