"""``svarbox-cli support-bundle``: one zip file IT can send to a supporter, with no token and
no citizen text in it.

Inside: what Svarbox is and runs on, the self-test (without the window), every effective
setting with its source, the policy's source and problems, the proxy and certificate store,
per-account state and counts (no texts), and the recent log files. Never inside: the database,
the keychain, settings values that are secrets.

How "no token, no citizen text" is kept, in layers: the log files are already redacted when
written (app.logs) and citizen text is only logged at DEBUG; here every text is passed through
``app.logs.redact`` once more, then every token this workspace holds in the keychain and every
citizen text in its database (comments, messages, author names, notes, reply texts -- whole,
line by line and their first 20 characters) is removed wherever it appears, up to the end of
that line.
"""
from __future__ import annotations

import io
import json
import logging
import platform
import re
import sys
import zipfile
from pathlib import Path

from app import __version__, clock

log = logging.getLogger(__name__)

LOG_TAIL_BYTES = 2_000_000      # the newest 2 MB of each log file is plenty for support
MIN_SCRUB = 4                   # shorter strings (e.g. "ok") would shred the report itself
PREFIX = 20
TOKEN_MARK = "[token removed]"
CITIZEN_MARK = "[citizen text removed]"

README = """Svarbox support bundle
=====================
Made by `svarbox-cli support-bundle`. It holds no access token and no citizen text:
tokens and every comment, message, author name, note and reply text known to this
Svarbox were removed from each file, after the usual log redaction.

about.json      version, operating system, folders
self-test.json  the rollout self-test (`svarbox-cli --self-test --json`, without the window)
settings.json   every effective setting and where it comes from (default, policy, team, user)
policy.json     where IT's policy was read, what it locks, its problems
network.json    proxy (PAC/WPAD/static) and certificate store
accounts.json   per account: platform, state, counts -- no texts
logs/           the newest part of each log file, scrubbed as above
"""


class Scrubber:
    """Replaces known secrets and citizen texts, longest first, in one pass each."""

    def __init__(self, tokens: set[str], citizen: set[str]):
        self._token_re = self._compile(tokens)
        # From a citizen text's start to the end of its line: a log line that quotes the first
        # words of a comment quotes the rest of it too, and a cut-off quote must not survive.
        self._citizen_re = self._compile(citizen, tail=r"[^\n]*")

    @staticmethod
    def _compile(strings: set[str], tail: str = "") -> re.Pattern[str] | None:
        usable = sorted({s for s in strings if s and len(s) >= MIN_SCRUB}, key=len, reverse=True)
        return re.compile("(?:" + "|".join(re.escape(s) for s in usable) + ")" + tail) if usable else None

    def __call__(self, text: str) -> str:
        from app.logs import redact

        out = text
        if self._token_re is not None:        # before redact(): it may cut a token in two
            out = self._token_re.sub(TOKEN_MARK, out)
        out = redact(out)
        if self._citizen_re is not None:
            out = self._citizen_re.sub(CITIZEN_MARK, out)
        return out


def _citizen_strings(texts) -> set[str]:
    out: set[str] = set()
    for text in texts:
        if not text:
            continue
        text = str(text)
        out.add(text)
        out.add(text.strip())
        out.update(line.strip() for line in text.splitlines())
        if len(text.strip()) > PREFIX:
            out.add(text.strip()[:PREFIX])
    return out


def collect_secrets(ws) -> tuple[set[str], set[str], list[dict]]:
    """(tokens, citizen texts, account summaries) from the workspace's keychain and database."""
    from sqlalchemy import func, select

    from app.models import tables as t
    from app.secrets import refresh_ref

    tokens: set[str] = set()
    texts: list[str] = []
    accounts: list[dict] = []
    with ws.db.session() as s:
        for account in s.scalars(select(t.Account)):
            if account.credential_ref:
                for ref in (account.credential_ref, refresh_ref(account.credential_ref)):
                    try:
                        secret = ws.credentials.get(ref)
                    except Exception:  # a locked or missing keychain: generic redaction still applies
                        secret = None
                    if secret:
                        tokens.add(secret)
            items = dict(s.execute(select(t.Item.status, func.count()).where(t.Item.account_id == account.id)
                                   .group_by(t.Item.status)).all())
            accounts.append({"id": account.id, "platform": account.platform, "status": account.status,
                             "status_message": account.status_message or "", "items_by_status": items,
                             "has_token": bool(account.credential_ref)})
        for column in (t.Item.text, t.Item.author_name, t.Item.author_id, t.Thread.text, t.Thread.author_name,
                       t.Note.text, t.OutboxAction.text):
            texts.extend(s.scalars(select(column).where(column.is_not(None))))
        outbox = dict(s.execute(select(t.OutboxAction.state, func.count()).group_by(t.OutboxAction.state)).all())
    if accounts:
        accounts.append({"outbox_by_state": outbox})
    return tokens, _citizen_strings(texts), accounts


def _tail(path: Path) -> str:
    with path.open("rb") as fh:
        size = path.stat().st_size
        if size > LOG_TAIL_BYTES:
            fh.seek(size - LOG_TAIL_BYTES)
        return fh.read().decode("utf-8", errors="replace")


def build(ws, target: Path) -> Path:
    """Write the support bundle zip to ``target`` (a file, or a folder to put it in)."""
    from app import policy as machine_policy
    from app.connectors import netconfig
    from app.selftest import run_checks
    from app.services.account_settings import effective

    if target.is_dir():
        target = target / f"svarbox-support-{clock.now().strftime('%Y%m%d-%H%M%S')}.zip"
    tokens, citizen, accounts = collect_secrets(ws)
    scrub = Scrubber(tokens, citizen)
    pol = machine_policy.load()
    status = netconfig.proxy_status()
    files: dict[str, str] = {
        "README.txt": README,
        "about.json": json.dumps({
            "svarbox": __version__, "made_at": clock.now().isoformat(), "os": platform.platform(),
            "python": sys.version.split()[0], "bundled": bool(getattr(sys, "frozen", False)),
            "data_dir": str(ws.paths.data_dir), "log_dir": str(ws.paths.log_dir),
            "database": ws.paths.database_url.split(":", 1)[0], "workspace": ws.kind}, indent=2),
        "self-test.json": json.dumps([c.__dict__ for c in run_checks(str(ws.paths.data_dir), window=False)],
                                     indent=2, ensure_ascii=False),
        "settings.json": json.dumps([e.to_json() for e in effective(ws).values()], indent=2,
                                    ensure_ascii=False, default=str),
        "policy.json": json.dumps({"source": pol.source, "locked": sorted(pol.locked), "problems": pol.problems,
                                   "keys": sorted(pol.values)}, indent=2, ensure_ascii=False),
        "network.json": json.dumps({"pac": status.pac_url, "pac_problem": status.problem, "static": status.static,
                                    "certificates": netconfig.certificate_store()}, indent=2, ensure_ascii=False),
        "accounts.json": json.dumps(accounts, indent=2, ensure_ascii=False, default=str),
    }
    if ws.paths.log_dir.is_dir():
        for path in sorted(ws.paths.log_dir.glob("*.log*")):
            files[f"logs/{path.name}"] = _tail(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in files.items():
            zf.writestr(name, scrub(text))
    from app.fileio import write_atomic
    write_atomic(target, buffer.getvalue())
    return target
