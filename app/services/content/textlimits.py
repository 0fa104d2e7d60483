"""Moved to ``app.connectors.textlimits`` (platform facts; the demo connector needs them too).

Kept as an alias so callers written against the old path keep working.
"""
from app.connectors.textlimits import *  # noqa: F401,F403
from app.connectors.textlimits import LIMITS, WEIGHTED_PLATFORMS  # noqa: F401
