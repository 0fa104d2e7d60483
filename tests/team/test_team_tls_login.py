"""Logging in to the team database as oneself over verified TLS, on a private PostgreSQL with
a throw-away certificate authority: the password comes from the keychain (never the URL),
the server's certificate must chain to the organisation's root and name the host."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from app.errors import DatabaseError
from app.models import pglogin
from app.models.db import open_url
from app.secrets import MemoryStore
from app.services.team import access
from app.services.workspace import open_workspace
from tests.team.pgfixtures import SERVER_USER

PASSWORD = "Forår-i-Aarby-2026"


def openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=60)


def make_ca(folder: Path, name: str) -> None:
    openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
            "-keyout", f"{name}.key", "-out", f"{name}.pem", "-days", "3650",
            "-subj", f"/CN={name} test root", cwd=folder)


@pytest.fixture
def tls_cluster(pg_cluster_factory):
    cluster = pg_cluster_factory()
    folder = cluster.root
    make_ca(folder, "orgroot")
    make_ca(folder, "otherroot")
    openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
            "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost", cwd=folder)
    (folder / "san.ext").write_text("subjectAltName=DNS:localhost\n")
    openssl("x509", "-req", "-in", "server.csr", "-CA", "orgroot.pem", "-CAkey", "orgroot.key",
            "-CAcreateserial", "-out", "server.crt", "-days", "3650", "-extfile", "san.ext", cwd=folder)
    (folder / "server.key").chmod(0o600)
    if cluster.as_root:
        import os
        import pwd
        entry = pwd.getpwnam(SERVER_USER)
        for name in ("server.key", "server.crt"):
            os.chown(folder / name, entry.pw_uid, entry.pw_gid)
    # Colleagues only over TLS with a SCRAM password; the test's owner keeps trust.
    (cluster.data / "pg_hba.conf").write_text(
        "local all all trust\n"
        "host all postgres 127.0.0.1/32 trust\n"
        "hostssl all all 127.0.0.1/32 scram-sha-256\n")
    with cluster.admin() as conn:
        conn.execute(f"ALTER SYSTEM SET ssl_cert_file = '{folder / 'server.crt'}'")
        conn.execute(f"ALTER SYSTEM SET ssl_key_file = '{folder / 'server.key'}'")
        conn.execute("ALTER SYSTEM SET ssl = on")
        conn.execute("SELECT pg_reload_conf()")
    url = cluster.create_database("team")
    db = open_url(url)
    try:
        with db.session() as s:
            from app.models import tables as t
            s.add(t.Institution(name="Aarby Kommune"))
            s.flush()
            access.grant(s, "tls_anna", "communicator", institution="Aarby Kommune",
                         password=PASSWORD, actor="owner")
    finally:
        db.dispose()
    cluster.folder = folder
    return cluster


def team_url(cluster, *, host="localhost", root="orgroot.pem") -> str:
    return (f"postgresql+psycopg://tls_anna@{host}:{cluster.port}/team"
            f"?sslmode=verify-full&sslrootcert={cluster.folder / root}")


def keychain_with_password(url: str) -> MemoryStore:
    store = MemoryStore()
    store.set(pglogin.keychain_ref(url), PASSWORD)
    return store


@pytest.mark.postgres
def test_own_login_over_verified_tls_with_the_password_from_the_keychain(tls_cluster, tmp_path):
    url = team_url(tls_cluster)
    assert PASSWORD not in url
    ws = open_workspace(str(tmp_path / "anna"), url, credentials=keychain_with_password(url),
                        user="Anna Holm")
    try:
        with ws.db.engine.connect() as conn:
            who, ssl = conn.exec_driver_sql(
                "SELECT session_user, ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").one()
        assert (who, ssl) == ("tls_anna", True)
    finally:
        ws.close()


@pytest.mark.postgres
def test_an_untrusted_certificate_a_wrong_host_or_no_password_is_refused(tls_cluster, tmp_path):
    for url, words in (
            (team_url(tls_cluster, root="otherroot.pem"), "certificate could not be verified"),
            (team_url(tls_cluster, host="127.0.0.1"), "certificate could not be verified"),
    ):
        with pytest.raises(DatabaseError, match=words):
            open_workspace(str(tmp_path / "anna"), url, credentials=keychain_with_password(url),
                           user="Anna Holm")
    url = team_url(tls_cluster)
    with pytest.raises(DatabaseError, match="did not accept your login"):
        open_workspace(str(tmp_path / "anna"), url, credentials=MemoryStore(), user="Anna Holm")
    wrong = MemoryStore()
    wrong.set(pglogin.keychain_ref(url), "gæt")
    with pytest.raises(DatabaseError, match="did not accept your login"):
        open_workspace(str(tmp_path / "anna"), url, credentials=wrong, user="Anna Holm")


def test_a_remote_server_defaults_to_full_verification():
    hook = pglogin.connect_hook("postgresql+psycopg://anna@db.aarby.dk/svarbox", MemoryStore())
    remote = {"host": "db.aarby.dk", "user": "anna"}
    hook(None, None, (), remote)
    assert remote["sslmode"] == "verify-full"
    explicit = {"host": "db.aarby.dk", "sslmode": "require"}
    hook(None, None, (), explicit)
    assert explicit["sslmode"] == "require"          # an explicit choice is the IT's to make
    local = {"host": "localhost"}
    hook(None, None, (), local)
    assert "sslmode" not in local


def test_svarbox_team_password_keeps_it_in_the_keychain(tmp_path, capsys, monkeypatch):
    import io

    from app.cli import main
    from app.secrets import set_default_store
    store = MemoryStore()
    set_default_store(store)
    try:
        url = "postgresql+psycopg://anna.holm@db.aarby.dk:5433/svarbox?sslmode=verify-full"
        monkeypatch.setattr("sys.stdin", io.StringIO("hemmeligt\n"))
        assert main(["--data-dir", str(tmp_path), "--database-url", url, "team", "password",
                     "--stdin"]) == 0
        assert store.get("database:anna.holm@db.aarby.dk:5433/svarbox") == "hemmeligt"
        assert "hemmeligt" not in capsys.readouterr().out
        assert main(["--data-dir", str(tmp_path), "--database-url", url, "team", "password",
                     "--forget"]) == 0
        assert store.get("database:anna.holm@db.aarby.dk:5433/svarbox") is None
    finally:
        set_default_store(None)
