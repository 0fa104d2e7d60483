"""Log files that are safe to send to an administrator.

- Rotating files: ``<data dir>/logs/svarbox.log``, 1 MB each, five old files kept, so a
  laptop never fills up with logs.
- Every record passes ``RedactingFilter`` on its way to a file or the console: bearer tokens,
  ``Authorization``/``Cookie`` headers, ``access_token=...`` style values (query strings, JSON,
  dict reprs) and long opaque token-like strings are replaced by ``[redacted]``, in the
  message, its arguments and any traceback.
- Citizens' text is never logged at INFO or above. The convention: pass it wrapped in
  ``citizen_text(...)`` (or use ``log_citizen_text``), which logs at DEBUG only; the filter
  withholds a wrapped text from any record above DEBUG, so a mistaken ``log.info`` cannot leak
  it. DEBUG is off by default and only switched on for troubleshooting (SVARBOX_LOG_LEVEL).

Qt-free: the window, the CLI and background threads all log through the standard library.
"""
from __future__ import annotations

import logging
import logging.handlers
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

LOG_FILE = "svarbox.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"
REDACTED = "[redacted]"

# Names whose values are secrets wherever they appear: query strings, form bodies, JSON, reprs.
_SECRET_NAMES = (
    r"access_token|refresh_token|id_token|input_token|fb_exchange_token|token|client_secret|"
    r"appsecret_proof|app_secret|api_key|apikey|password|passwd|secret|code_verifier|"
    r"oauth_token|oauth_token_secret|oauth_signature|credential_token"
)
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # Authorization / Proxy-Authorization / Cookie headers, as "Name: value" lines.
    (re.compile(r"(?im)\b((?:proxy-)?authorization|cookie|set-cookie|x-api-key)(\s*:\s*)[^\r\n]+"),
     r"\1\2" + REDACTED),
    # The same headers inside a dict repr or JSON: 'Authorization': 'Bearer abc'.
    (re.compile(r"(?i)(['\"]((?:proxy-)?authorization|cookie|set-cookie|x-api-key)['\"]\s*:\s*)"
                r"(['\"]).*?(?<!\\)\3"),
     r"\1\3" + REDACTED + r"\3"),
    # JSON Web Tokens: base64url JSON header ("eyJ...") and payload, even when short.
    (re.compile(r"\beyJ[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+(?:\.[A-Za-z0-9_\-]*)?"), REDACTED),
    # A password inside a URL: postgresql+psycopg://user:secret@host/db.
    (re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://[^/\s:@]+:)[^@\s/]+@"), r"\1" + REDACTED + "@"),
    # Bearer / Basic / OAuth credentials wherever they appear.
    (re.compile(r"(?i)\b(bearer|basic|oauth)\s+[A-Za-z0-9\-._~+/%=]+"), r"\1 " + REDACTED),
    # name=value in URLs, form bodies and log lines (value runs to &, whitespace or a quote).
    (re.compile(r"(?i)(?<![A-Za-z0-9_])(" + _SECRET_NAMES + r")=([^&\s'\"<>]+)"),
     r"\1=" + REDACTED),
    # "name": "value" (JSON) and 'name': 'value' (repr).
    (re.compile(r"(?i)(['\"](?:" + _SECRET_NAMES + r")['\"]\s*:\s*)(['\"]).*?(?<!\\)\2"),
     r"\1\2" + REDACTED + r"\2"),
)
# Long opaque strings: platform tokens (EAAB..., AQV..., ya29..., X's %-encoded bearer), JWT parts.
_OPAQUE = re.compile(r"[A-Za-z0-9_\-%~+=]{32,}")


def _opaque(match: re.Match[str]) -> str:
    text = match.group(0)
    # Letters and digits mixed: a token. Words joined by underscores (long Python names in a
    # traceback) and long numbers (platform item ids) are not.
    if any(c.isdigit() for c in text) and any(c.isalpha() for c in text):
        return REDACTED
    return text


def redact(text: Any) -> str:
    """``text`` with every secret we can recognise replaced by ``[redacted]``."""
    out = str(text)
    for pattern, replacement in _PATTERNS:
        out = pattern.sub(replacement, out)
    return _OPAQUE.sub(_opaque, out)


class CitizenText(str):
    """A citizen's words (a comment, a message, an author's name with it). Logged at DEBUG only."""


def citizen_text(text: str | None) -> CitizenText:
    return CitizenText(text or "")


def log_citizen_text(logger: logging.Logger, message: str, text: str | None, *args: Any) -> None:
    """The one way to put a citizen's text in the log: at DEBUG, appended after ``message``."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(message + ": %s", *args, citizen_text(text))


def _withheld(value: CitizenText) -> str:
    return f"[citizen text withheld, {len(value)} characters]"


class RedactingFilter(logging.Filter):
    """Attach to handlers (not loggers), so records propagated from every logger pass it."""

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_svarbox_redacted", False):
            return True
        args = record.args
        if record.levelno > logging.DEBUG:
            if isinstance(record.msg, CitizenText):
                record.msg = _withheld(record.msg)
            if isinstance(args, tuple):
                args = tuple(_withheld(a) if isinstance(a, CitizenText) else a for a in args)
            elif isinstance(args, dict):
                args = {k: _withheld(v) if isinstance(v, CitizenText) else v for k, v in args.items()}
            record.args = args
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = f"{record.msg!r} {record.args!r}"
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        record._svarbox_redacted = True
        return True


def log_path(paths_or_dir: Any) -> Path:
    """``<data dir>/logs/svarbox.log`` for a ``Paths``, or ``<dir>/svarbox.log`` for a folder."""
    folder = getattr(paths_or_dir, "log_dir", None) or Path(paths_or_dir)
    return Path(folder) / LOG_FILE


def _handler_for(path: Path) -> logging.Handler:
    path.parent.mkdir(parents=True, exist_ok=True)
    return logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT,
                                                encoding="utf-8")


def setup_logging(paths: Any, level: str | int = "INFO", *, console: bool = False) -> Path | None:
    """Log to rotating files under ``paths.log_dir`` (a ``Paths`` or a folder); returns the file.

    ``SVARBOX_LOG_LEVEL`` overrides ``level`` (e.g. DEBUG while troubleshooting). When the
    data folder cannot be written the log goes to the temporary folder instead, and when that
    fails too, to stderr only (None is returned): the app must start without a log.
    Calling it again replaces the handlers it added before (tests, a changed data folder)."""
    level = os.environ.get("SVARBOX_LOG_LEVEL") or level
    numeric = level if isinstance(level, int) else logging.getLevelName(str(level).upper())
    if not isinstance(numeric, int):
        numeric = logging.INFO
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_svarbox", False)]:
        root.removeHandler(old)
        old.close()
    handlers: list[logging.Handler] = []
    path: Path | None = log_path(paths)
    try:
        handlers.append(_handler_for(path))
    except OSError:
        path = Path(tempfile.gettempdir()) / "svarbox-logs" / LOG_FILE
        try:
            handlers.append(_handler_for(path))
        except OSError:
            path = None
    if console or path is None:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler._svarbox = True
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
    root.setLevel(numeric)
    logging.captureWarnings(True)
    return path
