"""The moment the tests live at: `SVARBOX_TEST_NOW` (ISO 8601 with offset), else a Wednesday."""
from __future__ import annotations

import os

from app.clock import parse_moment

TEST_NOW = parse_moment(os.environ.get("SVARBOX_TEST_NOW") or "2026-03-11T10:00:00+01:00")
