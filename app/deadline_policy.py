"""Deadline policies as text (``hours:H``, ``workdays:N``, ``business_hours:H``), parsed.

Pure and dependency-free so both ``app.config`` (validating a setting) and
``app.services.inbound.deadlines`` (computing due moments) use it without a layer import upwards.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from app.errors import UsageError

KINDS = ("hours", "workdays", "business_hours")
# Bounds keep datetime arithmetic far from overflow; ten years is beyond any real promise.
MAX_HOURS = Decimal(87_600)
MAX_WORKDAYS = 2_600

_NUMBER_RE = re.compile(r"\d+(\.\d+)?")
_SHAPE = "write it as hours:H, workdays:N or business_hours:H, e.g. workdays:2"


@dataclass(frozen=True)
class Policy:
    """A parsed policy: ``kind`` is one of KINDS, ``amount`` hours or working days."""

    kind: str
    amount: Decimal

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise UsageError(f"Unknown deadline policy kind '{self.kind}'; {_SHAPE}.")
        try:  # str() first: Decimal(0.1) would keep the float's binary noise
            amount = Decimal(str(self.amount))
        except ArithmeticError:
            raise UsageError(f"Deadline policy {self.kind}:{self.amount} needs a positive number.") from None
        object.__setattr__(self, "amount", amount)
        if not amount.is_finite() or amount <= 0:
            raise UsageError(f"Deadline policy {self.kind}:{self.amount} needs a positive number.")
        if self.kind == "workdays":
            if amount != amount.to_integral_value():
                raise UsageError(f"Deadline policy workdays:{self._text()} needs a whole number of "
                                 "working days, e.g. workdays:2.")
            if amount > MAX_WORKDAYS:
                raise UsageError(f"Deadline policy workdays:{self._text()} is too long; "
                                 f"the most is {MAX_WORKDAYS} working days.")
        else:
            if amount > MAX_HOURS:
                raise UsageError(f"Deadline policy {self.kind}:{self._text()} is too long; "
                                 f"the most is {MAX_HOURS} hours.")
            micro = int((amount * 3_600_000_000).to_integral_value())
            if micro <= 0:
                raise UsageError(f"Deadline policy {self.kind}:{self._text()} is shorter than a microsecond.")
            # Precomputed once: due_at runs for every item.
            object.__setattr__(self, "_duration", timedelta(microseconds=micro))

    def _text(self) -> str:
        return format(self.amount.normalize(), "f")

    def __str__(self) -> str:
        """Canonical text, e.g. ``hours:1.5``; ``parse_policy(str(p)) == p``."""
        return f"{self.kind}:{self._text()}"

    @property
    def duration(self) -> timedelta:
        """H hours as a timedelta (hours and business_hours policies)."""
        if self.kind == "workdays":
            raise ValueError("a workdays policy has no fixed duration")
        return self._duration

    @property
    def days(self) -> int:
        """N (workdays policies)."""
        if self.kind != "workdays":
            raise ValueError(f"a {self.kind} policy has no working-day count")
        return int(self.amount)


def parse_policy(text: str) -> Policy:
    """``hours:H``, ``workdays:N`` or ``business_hours:H`` to a Policy; UsageError otherwise."""
    raw = str(text).strip()
    if not raw:
        raise UsageError(f"The deadline policy is empty; {_SHAPE}.")
    kind, sep, number = raw.partition(":")
    kind, number = kind.strip().lower(), number.strip()
    if not sep:
        raise UsageError(f"Deadline policy '{raw}' has no kind; {_SHAPE}.")
    if kind not in KINDS:
        raise UsageError(f"Unknown deadline policy kind '{kind}' in '{raw}'; {_SHAPE}.")
    unit = "working days" if kind == "workdays" else "hours"
    example = "workdays:2" if kind == "workdays" else f"{kind}:24"
    if not number:
        raise UsageError(f"Deadline policy '{raw}' has no number of {unit}, e.g. {example}.")
    if kind == "workdays" and re.fullmatch(r"\d+\.\d+", number):
        raise UsageError(f"Deadline policy '{raw}' needs a whole number of working days, e.g. workdays:2.")
    if not _NUMBER_RE.fullmatch(number):
        raise UsageError(f"Deadline policy '{raw}' needs a positive number of {unit}, e.g. {example}.")
    if Decimal(number) == 0:
        raise UsageError(f"Deadline policy '{raw}' needs a positive number of {unit}, e.g. {example}.")
    return Policy(kind, Decimal(number))
