"""argparse value types that refuse out-of-range input in words (exit 2, one line)."""
from __future__ import annotations

import argparse


def bounded_int(low: int, high: int):
    """An int type for argparse accepting ``low``..``high`` only."""
    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{value}' is not a whole number") from None
        if not low <= number <= high:
            raise argparse.ArgumentTypeError(f"{number} is out of range; use {low} to {high}")
        return number
    parse.__name__ = "number"
    return parse


def seconds_between(low: float, high: float):
    """A float type for argparse: a number of seconds from ``low`` to ``high`` (not NaN)."""
    def parse(value: str) -> float:
        try:
            number = float(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"'{value}' is not a number of seconds") from None
        if not low <= number <= high:     # False for NaN too
            raise argparse.ArgumentTypeError(f"{value} is out of range; use {low:g} to {high:g} seconds")
        return number
    parse.__name__ = "seconds"
    return parse
