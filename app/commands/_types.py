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
