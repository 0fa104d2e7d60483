"""The installed Qt binding keeps Python's reference counts right.

PySide6 6.12.0 on Python 3.11 dropped one reference to ``None`` on every call of a method that
returns nothing; a window that sets texts and states all day would abort with
"none_dealloc: deallocating None". pyproject.toml keeps that release out; this test fails on
any installed release that does it (on Python 3.12+ ``None`` is immortal and the check holds
trivially there).
"""
from __future__ import annotations

import sys

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

CALLS = 300   # far below None's count here, far above any fluctuation


def test_methods_returning_nothing_do_not_drop_references_to_none(qapp):
    label, font = QLabel(), QFont()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("Svarbox")
        label.setEnabled(True)
        font.setBold(True)
    lost = before - sys.getrefcount(None)
    assert lost < CALLS, f"{lost} references to None lost in {3 * CALLS} calls: this PySide6 release is broken"
