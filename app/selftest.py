"""``svarbox --self-test [--json]``: what a rollout needs, checked on this machine.

Each check gives ``ok``, ``warn`` (works, but IT should know) or ``fail`` (Svarbox will not
work as expected). The exit code is 1 when any check failed, else 0. The report goes to
stdout -- use ``svarbox-cli.exe`` on Windows: the windowed ``Svarbox.exe`` has no console.
"""
from __future__ import annotations

import json
import os
import sqlite3
import sys
import tempfile
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from app import __version__, clock

OK, WARN, FAIL = "ok", "warn", "fail"
ZONES = ("Europe/Copenhagen", "Europe/Stockholm", "Europe/Oslo", "Europe/Helsinki")
HOLIDAY_COUNTRIES = ("DK", "SE", "NO", "FI")


@dataclass
class Check:
    name: str
    status: str
    detail: str


def _run(name: str, func) -> Check:
    """A check that raises is a failed check, described in words, not a traceback."""
    try:
        status, detail = func()
    except Exception as exc:  # the report must finish whatever one check hits
        status, detail = FAIL, f"{type(exc).__name__}: {exc}"
    return Check(name, status, detail)


def check_keychain():
    """The OS keychain (Windows Credential Manager, macOS Keychain, Secret Service) stores,
    returns and deletes a probe secret."""
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    label = f"{type(backend).__module__}.{type(backend).__name__}"
    if isinstance(backend, fail.Keyring):
        return FAIL, f"no keychain backend ({label})"
    service, user = "Svarbox self-test", f"probe-{uuid.uuid4().hex[:8]}"
    secret = uuid.uuid4().hex
    keyring.set_password(service, user, secret)
    try:
        if keyring.get_password(service, user) != secret:
            return FAIL, f"{label} did not return the stored secret"
    finally:
        keyring.delete_password(service, user)
    return OK, label


def check_translations():
    from PySide6.QtCore import QTranslator

    from app.i18n import LANGUAGES, translations_dir

    folder = translations_dir()
    loaded, missing = [], []
    for lang in LANGUAGES:
        translator = QTranslator()
        path = folder / f"svarbox_{lang}.qm"
        (loaded if translator.load(str(path)) else missing).append(lang)
    if missing:
        return FAIL, f"cannot load {', '.join(missing)} from {folder}"
    return OK, f"{', '.join(loaded)} from {folder}"


def check_pdf_fonts():
    from fontTools.ttLib import TTFont

    from app.services.records.export import FONT_FILES, fonts_dir

    folder = fonts_dir()
    for name in FONT_FILES.values():
        TTFont(str(folder / name), lazy=True).close()   # raises when missing or damaged
    return OK, f"{', '.join(FONT_FILES.values())} in {folder}"


def check_sqlite():
    con = sqlite3.connect(":memory:")
    try:
        con.execute("CREATE VIRTUAL TABLE probe USING fts5(text)")
        con.execute("INSERT INTO probe VALUES ('svar på kommentar')")
        hits = con.execute("SELECT count(*) FROM probe WHERE probe MATCH 'kommentar'").fetchone()[0]
    except sqlite3.OperationalError as exc:
        return FAIL, f"SQLite {sqlite3.sqlite_version} without FTS5 ({exc})"
    finally:
        con.close()
    return (OK if hits == 1 else FAIL), f"SQLite {sqlite3.sqlite_version} with FTS5"


def check_time_zones():
    import zoneinfo

    for zone in ZONES:
        zoneinfo.ZoneInfo(zone)
    return OK, ", ".join(ZONES)


def check_holidays():
    import holidays

    year = clock.today().year
    counts = {c: len(holidays.country_holidays(c, years=year)) for c in HOLIDAY_COUNTRIES}
    empty = [c for c, n in counts.items() if n == 0]
    if empty:
        return FAIL, f"no holidays known for {', '.join(empty)} in {year}"
    return OK, ", ".join(f"{c} {n}" for c, n in counts.items()) + f" holidays in {year}"


def check_deadline():
    from app.services.inbound.calendar import WorkCalendar
    from app.services.inbound.deadlines import due_at

    due = due_at("workdays:2", datetime(2026, 3, 14, 12, tzinfo=UTC), WorkCalendar.for_country("DK"))
    expected = "2026-03-17T16:00:00+01:00"
    return (OK if due.isoformat() == expected else FAIL), f"workdays:2 from Saturday noon -> {due.isoformat()}"


def check_data_folder(data_dir: str | None):
    from app.config import resolve_paths
    from app.errors import KnownError

    try:
        paths = resolve_paths(data_dir, None, create=True)   # creates and writes a probe file
    except KnownError as exc:
        return FAIL, exc.message
    return OK, str(paths.data_dir)


def check_policy():
    from app import policy

    pol = policy.load()
    if pol.problems:
        return WARN, " ".join(pol.problems)
    if not pol.source:
        return OK, f"none ({policy.default_policy_file()} not present)"
    return OK, f"{pol.source}: {len(pol.values)} values, {len(pol.locked)} locked"


def check_proxy():
    from app.connectors import netconfig

    status = netconfig.proxy_status()
    if status.problem:
        return WARN, status.problem
    parts = []
    if status.pac_url:
        parts.append(f"PAC {status.pac_url}")
    if status.static:
        parts.append("static " + ", ".join(f"{k}={v}" for k, v in sorted(status.static.items())))
    return OK, "; ".join(parts) or "direct (no proxy configured)"


def check_certificates():
    import ssl

    from app.connectors import netconfig

    netconfig.tls_context()   # raises when the store cannot be opened
    store = netconfig.certificate_store()
    if sys.platform == "win32":
        roots = len(ssl.enum_certificates("ROOT"))   # type: ignore[attr-defined]  (Windows only)
        return (OK if roots else FAIL), f"{store}: {roots} trusted roots"
    paths = ssl.get_default_verify_paths()
    if sys.platform != "darwin" and not (paths.cafile or paths.capath):
        return WARN, f"{store}: no CA file found; truststore searches the usual places"
    return OK, store


def check_window():
    """A fresh demo workspace in a temporary folder renders in the real window off-screen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.services.workspace import open_workspace
    from app.ui.application import make_application as _application
    from app.ui.main_window import create_main_window

    with tempfile.TemporaryDirectory(prefix="svarbox-self-test-") as tmp:
        app = _application("en")
        ws = open_workspace(data_dir=tmp, demo=True, user="Self Test")
        try:
            window = create_main_window(ws, background=False)
            window.resize(1400, 860)
            window.show()
            window.wait_idle(20000)
            app.processEvents()
            png = Path(tmp) / "self-test.png"
            ok = window.grab().save(str(png)) and png.stat().st_size > 0
            rows = window.model.rowCount()
            window.close()
            app.processEvents()
        finally:
            ws.close()
    return (OK if ok and rows else FAIL), f"demo inbox rendered with {rows} rows"


def run_checks(data_dir: str | None = None, window: bool = True) -> list[Check]:
    checks = [
        _run("keychain", check_keychain),
        _run("translations", check_translations),
        _run("pdf_fonts", check_pdf_fonts),
        _run("sqlite_fts5", check_sqlite),
        _run("time_zones", check_time_zones),
        _run("holidays", check_holidays),
        _run("deadline", check_deadline),
        _run("data_folder", lambda: check_data_folder(data_dir)),
        _run("policy", check_policy),
        _run("proxy", check_proxy),
        _run("certificates", check_certificates),
    ]
    if window:
        checks.append(_run("window", check_window))
    return checks


def report(args) -> int:
    """Print the report (text or --json) and return the exit code."""
    checks = run_checks(getattr(args, "data_dir", None))
    failed = any(c.status == FAIL for c in checks)
    out = sys.stdout
    if out is None:   # the windowed program on Windows: svarbox-cli.exe prints the report
        return 1 if failed else 0
    if getattr(args, "self_test_json", False) or getattr(args, "json", False):
        json.dump({"version": __version__, "ok": not failed, "checks": [asdict(c) for c in checks]},
                  out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        width = max(len(c.name) for c in checks)
        for c in checks:
            out.write(f"{c.status:<4}  {c.name:<{width}}  {c.detail}\n")
        out.write(f"self-test {'FAILED' if failed else 'ok'} (Svarbox {__version__})\n")
    out.flush()
    return 1 if failed else 0
