"""Normalise the platforms' four timestamp shapes to aware UTC datetimes."""
from __future__ import annotations

from datetime import UTC, datetime

from app.connectors.base import Malformed


def parse_timestamp(value: object) -> datetime:
    """Graph ``2021-08-10T18:45:03+0000``, X ``2021-02-24T02:13:43.000Z``, YouTube
    ``2022-11-14T10:23:02Z`` and LinkedIn epoch milliseconds, all to aware UTC."""
    if isinstance(value, bool) or value is None:
        raise Malformed(f"Missing or invalid timestamp: {value!r}")
    if isinstance(value, (int, float)):
        # LinkedIn uses epoch milliseconds; anything this large cannot be seconds.
        seconds = value / 1000.0 if value > 10**11 else float(value)
        return datetime.fromtimestamp(seconds, tz=UTC)
    if not isinstance(value, str):
        raise Malformed(f"Invalid timestamp: {value!r}")
    text = value.strip()
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    # +0000 -> +00:00 (Python 3.11 accepts both, but be explicit for older shapes)
    if len(text) > 5 and text[-5] in "+-" and text[-4:].isdigit() and text[-3] != ":":
        text = text[:-2] + ":" + text[-2:]
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise Malformed(f"Invalid timestamp: {value!r}") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)
