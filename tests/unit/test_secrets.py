"""Tokens in the keychain: whole, never in plain text, through the real keyring package."""
import os

import pytest

from app.errors import CredentialError
from app.secrets import CHUNK_CHARS, KeyringStore, MemoryStore

needs_secret_service = pytest.mark.skipif(
    not os.environ.get("SVARBOX_SECRET_SERVICE") and not os.environ.get("SVARBOX_REQUIRE_KEYCHAIN"),
    reason="needs a Secret Service (make test runs one under dbus-run-session)")


def test_memory_store_round_trip():
    store = MemoryStore()
    store.set("a", "secret")
    assert store.get("a") == "secret"
    store.delete("a")
    assert store.get("a") is None


class DictKeyring:
    """A keyring-package backend object kept in memory, to test chunking rules exactly:
    it refuses blobs over Windows Credential Manager's 2,560 bytes like the real one."""

    def __init__(self):
        self.data = {}

    def get_keyring(self):
        return self

    def get_password(self, service, user):
        return self.data.get((service, user))

    def set_password(self, service, user, password):
        if len(password.encode("utf-16-le")) > 2560:
            from keyring.errors import PasswordSetError
            raise PasswordSetError("blob too large")
        self.data[(service, user)] = password

    def delete_password(self, service, user):
        from keyring.errors import PasswordDeleteError
        if (service, user) not in self.data:
            raise PasswordDeleteError("missing")
        del self.data[(service, user)]


def test_long_token_is_split_not_truncated():
    backend = DictKeyring()
    store = KeyringStore(keyring_module=backend)
    token = "".join(chr(0x41 + i % 26) for i in range(5000)) + "æøå"
    store.set("acc", token)
    assert store.get("acc") == token
    assert len(backend.data) == 1 + -(-len(token) // CHUNK_CHARS)
    assert all(len(v.encode("utf-16-le")) <= 2560 for v in backend.data.values())
    store.delete("acc")
    assert backend.data == {}


def test_replacing_a_long_token_with_a_short_one_leaves_no_parts():
    backend = DictKeyring()
    store = KeyringStore(keyring_module=backend)
    store.set("acc", "x" * 3000)
    store.set("acc", "short")
    assert store.get("acc") == "short"
    assert list(backend.data) == [("Svarbox", "acc")]


def test_no_backend_means_no_storage():
    class Fail(DictKeyring):
        def get_keyring(self):
            from keyring.backends.fail import Keyring
            return Keyring()
    with pytest.raises(CredentialError, match="never stores tokens in plain text"):
        KeyringStore(keyring_module=Fail()).set("acc", "token")


@needs_secret_service
def test_real_keyring_backend_round_trip():
    import keyring
    backend = keyring.get_keyring()
    assert "SecretService" in type(backend).__module__ + type(backend).__name__ or \
        "secretservice" in type(backend).__module__.lower()
    store = KeyringStore(service="Svarbox-test")
    long_token = "EAAB" + "z9" * 2000
    store.set("account-test", long_token)
    try:
        assert KeyringStore(service="Svarbox-test").get("account-test") == long_token
        # The keyring package itself sees only parts no bigger than a Windows blob.
        header = keyring.get_password("Svarbox-test", "account-test")
        assert header.startswith("svarbox-chunked:")
    finally:
        store.delete("account-test")
    assert store.get("account-test") is None
