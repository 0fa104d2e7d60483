"""A platform's JSON narrowed to the shape the parser expects, for the type checker too.

A platform may send anything where an object or a list belongs; the parsers treat a wrong
shape as empty (and then as missing fields), which these helpers say once.
"""
from __future__ import annotations

from typing import Any

# A decoded JSON object: keys are strings, values are whatever the platform sent.
JSONObject = dict[str, Any]


def as_dict(value: object) -> JSONObject:
    """``value`` when it is a JSON object, else an empty one."""
    return value if isinstance(value, dict) else {}


def as_list(value: object) -> list[Any]:
    """``value`` when it is a JSON array, else an empty one."""
    return value if isinstance(value, list) else []


def as_str(value: object) -> str:
    """``value`` when it is a JSON string, else an empty one."""
    return value if isinstance(value, str) else ""
