"""Machine-wide policy: the settings a municipal IT department sets for everyone, and may lock.

Where it is read (first found wins; the registry beats the file on Windows, as Group Policy does):

- Windows: ``HKLM\\Software\\Policies\\Svarbox`` (values named like the keys; every registry
  value is locked, as policies are), then ``%PROGRAMDATA%\\Svarbox\\policy.json``
- macOS: ``/Library/Application Support/Svarbox/policy.json``
- Linux: ``/etc/svarbox/policy.json``
- ``SVARBOX_POLICY_FILE`` overrides the path (tests, trials); empty means "no policy".

The file is JSON: setting keys with their values, plus ``"locked"``: a list of keys (or
``true`` for all). An unlocked value is the organisation's default, which the team or the user
may still change; a locked one wins over everything and the settings dialog shows it greyed,
naming who set it. A damaged file never stops the app: the message is kept in ``problems``
and the defaults stay in force.

Qt-free and SQL-free: read by services, the CLI and the self-test alike.
"""
from __future__ import annotations

import json
import logging
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.i18n import translate
from app.settings_schema import SETTINGS_BY_KEY

log = logging.getLogger(__name__)

ENV_VAR = "SVARBOX_POLICY_FILE"
REGISTRY_KEY = r"Software\Policies\Svarbox"
LOCKED = "locked"


def default_policy_file() -> Path:
    if sys.platform == "win32":
        base = os.environ.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(base) / "Svarbox" / "policy.json"
    if sys.platform == "darwin":
        return Path("/Library/Application Support/Svarbox/policy.json")
    return Path("/etc/svarbox/policy.json")


@dataclass
class Policy:
    values: dict[str, Any] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()
    source: str = ""                     # the file path or registry key the values came from
    problems: list[str] = field(default_factory=list)

    @property
    def organisation(self) -> str:
        return str(self.values.get("org.name") or "")

    def has(self, key: str) -> bool:
        return key in self.values

    def is_locked(self, key: str) -> bool:
        return key in self.locked and key in self.values

    def set_by(self) -> str:
        """Who set a policy value, in words for the settings dialog and ``config show``."""
        org = self.organisation
        if org:
            return translate("Policy", "{organisation} IT ({source})").format(organisation=org, source=self.source)
        return translate("Policy", "your IT department ({source})").format(source=self.source)


def _coerce(key: str, value: Any) -> Any:
    """Bring a policy value to the declared kind; raises ValueError with a reason."""
    setting = SETTINGS_BY_KEY.get(key)
    if setting is None:
        raise ValueError(translate("Policy", "unknown key"))
    if setting.kind is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, int) or str(value).strip().lower() in ("0", "1", "true", "false", "yes", "no"):
            return str(value).strip().lower() in ("1", "true", "yes")
        raise ValueError(translate("Policy", "expected true or false"))
    if setting.kind is list:
        if isinstance(value, str):
            value = [part.strip() for part in value.replace("\n", ",").split(",") if part.strip()]
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
            raise ValueError(translate("Policy", "expected a list of texts"))
        value = list(value)
    elif setting.kind is int:
        if isinstance(value, bool) or not isinstance(value, (int, str)):
            raise ValueError(translate("Policy", "expected a whole number"))
        value = int(value)
    elif setting.kind is str:
        if not isinstance(value, str):
            raise ValueError(translate("Policy", "expected a text"))
    if setting.validate:
        value = setting.validate(value)
    return value


def parse(raw: dict[str, Any], source: str) -> Policy:
    """Validate each key on its own: one bad value is reported and skipped, the rest apply."""
    policy = Policy(source=source)
    locked = raw.get(LOCKED, [])
    for key, value in raw.items():
        if key == LOCKED:
            continue
        try:
            policy.values[key] = _coerce(key, value)
        except Exception as exc:  # a validator's UsageError or a ValueError: both are words
            reason = getattr(exc, "message", None) or str(exc)
            policy.problems.append(translate("Policy", "Policy {source}: {key} ignored ({reason}).").format(
                source=source, key=key, reason=reason))
    if locked is True:
        policy.locked = frozenset(policy.values)
    elif isinstance(locked, list) and all(isinstance(k, str) for k in locked):
        policy.locked = frozenset(locked)
    else:
        policy.problems.append(translate("Policy", "Policy {source}: \"locked\" must be a list of keys or true; "
                                                   "nothing is locked.").format(source=source))
    return policy


def read_file(path: Path) -> Policy | None:
    """The policy in ``path``; None when there is none. A damaged file gives an empty policy
    that carries the message, so every default stays in force."""
    try:
        text = path.read_text(encoding="utf-8-sig")   # Notepad writes a byte-order mark
    except FileNotFoundError:
        return None
    except OSError as exc:
        return Policy(source=str(path), problems=[translate(
            "Policy", "The policy file {path} cannot be read ({reason}); the defaults apply.").format(
                path=path, reason=exc.strerror or type(exc).__name__)])
    try:
        raw = json.loads(text)
    except ValueError as exc:
        return Policy(source=str(path), problems=[translate(
            "Policy", "The policy file {path} is not valid JSON (line {line}, column {column}); "
                      "the defaults apply.").format(path=path, line=getattr(exc, "lineno", "?"),
                                                    column=getattr(exc, "colno", "?"))])
    if not isinstance(raw, dict):
        return Policy(source=str(path), problems=[translate(
            "Policy", "The policy file {path} must hold one JSON object of keys and values; "
                      "the defaults apply.").format(path=path)])
    return parse(raw, str(path))


def from_registry_values(values: dict[str, Any]) -> Policy:
    """Registry values as read by ``winreg``: REG_SZ, REG_DWORD, REG_MULTI_SZ (lists may also be
    comma-separated text). Every value is locked (Group Policy is enforced); a ``locked`` value,
    if present, is ignored; empty values are not configured."""
    # An empty value is "not configured": the MSI writes one for every property left out.
    raw = {k: v for k, v in values.items() if k != LOCKED and v not in ("", None, [])}
    raw[LOCKED] = True
    return parse(raw, "HKLM\\" + REGISTRY_KEY)


def _read_registry() -> Policy | None:
    if sys.platform != "win32":
        return None
    import winreg  # Windows only

    try:
        handle = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, REGISTRY_KEY)
    except OSError:
        return None
    values: dict[str, Any] = {}
    with handle:
        index = 0
        while True:
            try:
                name, value, _kind = winreg.EnumValue(handle, index)
            except OSError:
                break
            values[name] = value
            index += 1
    return from_registry_values(values) if values else None


def merge(first: Policy, second: Policy) -> Policy:
    """``first`` (the registry) wins key by key over ``second`` (the file)."""
    values = {**second.values, **first.values}
    locked = (first.locked & set(first.values)) | (second.locked - set(first.values))
    return Policy(values, frozenset(locked), " + ".join(s for s in (first.source, second.source) if s),
                  first.problems + second.problems)


_cache: dict[str, Policy] = {}


def load(refresh: bool = False) -> Policy:
    """The machine's policy, read once per process (IT changes apply at the next start)."""
    override = os.environ.get(ENV_VAR)
    cache_key = override if override is not None else "<system>"
    if not refresh and cache_key in _cache:
        return _cache[cache_key]
    if override is not None:
        policy = (read_file(Path(override)) if override else None) or Policy()
    else:
        file_policy = read_file(default_policy_file())
        registry_policy = _read_registry()
        if registry_policy and file_policy:
            policy = merge(registry_policy, file_policy)
        else:
            policy = registry_policy or file_policy or Policy()
    _cache[cache_key] = policy
    return policy


def log_problems() -> None:
    """Write the policy's problems to the log (the window calls this once logging is set up;
    the CLI reports them through `config show` and the self-test, not on every command)."""
    for problem in load().problems:
        log.warning("%s", problem)


def clear_cache() -> None:
    _cache.clear()
