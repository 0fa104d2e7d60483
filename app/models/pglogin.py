"""Logging in to the team's PostgreSQL as oneself, over verified TLS.

- Password: each colleague's own database password lives in the OS keychain under
  ``keychain_ref(url)`` (``svarbox team password`` stores it) and is handed to the driver at
  connect time, never written into the URL, the settings file or a log.
- GSSAPI / SSPI (the Windows domain login): put ``?gssencmode=prefer`` (or require) in the
  URL and no password; libpq then uses the Kerberos ticket of the signed-in user, when the
  server's pg_hba.conf has a ``gss`` line for it (docs/team.md). Not testable here.
- TLS: for a server that is not on this machine, ``sslmode`` defaults to ``verify-full``
  (certificate chain checked against ``sslrootcert`` and the host name against the
  certificate), so a misconfigured client fails closed instead of talking in clear text.
  ``SVARBOX_PG_SSLROOTCERT`` or ``?sslrootcert=`` in the URL names the organisation's root.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import make_url

if TYPE_CHECKING:
    from app.secrets import CredentialStore

LOCAL_HOSTS = ("", "localhost", "127.0.0.1", "::1")
ROOTCERT_ENV = "SVARBOX_PG_SSLROOTCERT"


def keychain_ref(url: str) -> str | None:
    """The keychain entry for this login on this server, or None when not PostgreSQL."""
    try:
        parsed = make_url(url)
    except Exception:
        return None
    if not parsed.drivername.startswith("postgresql") or not parsed.username:
        return None
    return (f"database:{parsed.username}@{parsed.host or 'local'}:{parsed.port or 5432}/"
            f"{parsed.database or ''}")


def connect_hook(url: str, credentials: CredentialStore | None) -> Callable[..., None]:
    """A ``do_connect`` listener filling in the keychain password and the TLS defaults."""
    ref = keychain_ref(url)

    def hook(_dialect: object, _record: object, _cargs: object, cparams: dict[str, Any]) -> None:
        if credentials is not None and ref and not cparams.get("password") \
                and not cparams.get("gssencmode") == "require":
            try:
                secret = credentials.get(ref)
            except Exception:   # no keychain: libpq's own sources (.pgpass, GSSAPI) still apply
                secret = None
            if secret:
                cparams["password"] = secret
        host = str(cparams.get("host") or "")
        if "sslmode" not in cparams and host not in LOCAL_HOSTS and not host.startswith("/"):
            cparams["sslmode"] = "verify-full"
        if cparams.get("sslmode") in ("verify-ca", "verify-full") and "sslrootcert" not in cparams \
                and os.environ.get(ROOTCERT_ENV):
            cparams["sslrootcert"] = os.environ[ROOTCERT_ENV]
    return hook
