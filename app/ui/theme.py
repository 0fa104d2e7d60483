"""Svarbox's own colours, in one place, for a light and a dark system theme.

Everything else is the system palette (Qt's style draws it, and Windows' high-contrast themes
replace it). The few colours we add, urgency (calm / soon / overdue), the banners, the
message under an invalid field, the accent button, are declared here as foreground and
background *pairs*: a colour is only ever checked, and used, together with the background it
sits on. ``tests/unit/test_theme.py`` keeps every pair at WCAG AA (4.5:1) in both schemes.

Widgets ask ``colours(role)`` at paint / data() time; ``app.ui.accessibility.apply_theme``
picks the scheme from the palette actually in use and announces changes. Qt-free on purpose:
the test and any model can import it without a QApplication.
"""
from __future__ import annotations

from typing import NamedTuple

AA_NORMAL_TEXT = 4.5


class Pair(NamedTuple):
    fg: str
    bg: str


# role -> Pair. "bg" is the background the foreground is drawn on: the role's own tint where
# it has one (tinted rows, banners), else the system base it is expected to sit on.
PALETTES: dict[str, dict[str, Pair]] = {
    "light": {
        "calm": Pair("#1E6B34", "#FFFFFF"),
        "soon": Pair("#8A4B00", "#FFF1DB"),
        "overdue": Pair("#B3261E", "#FBE3E1"),
        "none": Pair("#5B6472", "#FFFFFF"),          # handled items: muted, still readable
        "banner.info": Pair("#1F2328", "#EEF2F5"),
        "banner.offline": Pair("#5C3300", "#FFF1DB"),
        "banner.outbox": Pair("#173A66", "#E8F0FB"),
        "banner.error": Pair("#7A1D16", "#FBE3E1"),
        "field.error": Pair("#B3261E", "#F0F0F0"),   # under an invalid field, on the dialog
        "accent": Pair("#FFFFFF", "#0F5C63"),         # the primary (send) button
        "accent.disabled": Pair("#3D4450", "#D5E0E1"),  # ... while it cannot send: muted, still readable
        "note": Pair("#1F2328", "#FFF8DC"),           # placeholder form, internal notes
        "secondary": Pair("#3D4450", "#F6F7F9"),      # previews, hints
    },
    "dark": {
        "calm": Pair("#7DD89A", "#1C1C1C"),
        "soon": Pair("#FFC46B", "#3A2A10"),
        "overdue": Pair("#FF9B92", "#3D1A17"),
        "none": Pair("#B4BCC8", "#1C1C1C"),
        "banner.info": Pair("#E6EDF3", "#2A3038"),
        "banner.offline": Pair("#FFD89A", "#3A2A10"),
        "banner.outbox": Pair("#B7D3FF", "#1B2B44"),
        "banner.error": Pair("#FFB4AB", "#3D1A17"),
        "field.error": Pair("#FF9B92", "#2B2B2B"),
        "accent": Pair("#FFFFFF", "#0F5C63"),
        "accent.disabled": Pair("#B4C2C4", "#26393B"),
        "note": Pair("#F0E6C8", "#3A3320"),
        "secondary": Pair("#C9D1D9", "#262A30"),
    },
}
ROLES = tuple(PALETTES["light"])

# Roles drawn straight on the system's window/base colour (no tint of their own), and the
# bases Windows 10/11 and Fusion actually use: the test checks these combinations too.
ON_SYSTEM_BASE = ("calm", "none", "field.error")
SYSTEM_BASES = {
    "light": ("#FFFFFF", "#F3F3F3", "#F0F0F0", "#EFEFEF"),
    "dark": ("#191919", "#1C1C1C", "#202020", "#2B2B2B", "#353535"),
}

_scheme = "light"
_system: Pair | None = None     # high contrast: every role uses the system's own colours


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _rgb(colour: str) -> tuple[int, int, int]:
    text = colour.strip().lstrip("#")
    if len(text) == 3:
        text = "".join(ch * 2 for ch in text)
    if len(text) != 6:
        raise ValueError(f"not a #RRGGBB colour: {colour!r}")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def relative_luminance(colour: str) -> float:
    r, g, b = _rgb(colour)
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG 2.x contrast ratio of two ``#RRGGBB`` colours, from 1.0 to 21.0."""
    a, b = relative_luminance(fg), relative_luminance(bg)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def scheme() -> str:
    """"light", "dark" or "system" (high contrast: the OS colours for everything)."""
    return "system" if _system is not None else _scheme


def set_scheme(name: str) -> None:
    global _scheme, _system
    if name not in PALETTES:
        raise ValueError(f"unknown colour scheme {name!r}")
    _scheme, _system = name, None


def use_system_colours(text: str, base: str) -> None:
    """High-contrast mode: our tints would fight the user's chosen colours, so every role
    becomes the system text on the system base (urgency still shows by icon and words)."""
    global _system
    _system = Pair(text, base)


def colours(role: str, scheme_name: str | None = None) -> Pair:
    if _system is not None and scheme_name is None:
        return _system
    return PALETTES[scheme_name or _scheme][role]


def fg(role: str) -> str:
    return colours(role).fg


def bg(role: str) -> str:
    return colours(role).bg


def banner_style(kind: str) -> Pair:
    """Banner colours for ``app.ui.widgets.banner`` kinds (offline, outbox, failed, error, info)."""
    role = {"failed": "banner.error"}.get(kind, f"banner.{kind}")
    return colours(role if role in ROLES else "banner.info")



def key() -> tuple[str, Pair | None]:
    """Equal as long as ``colours`` answers the same: caches of brushes built from these
    colours compare it."""
    return _scheme, _system
