"""Svarbox's own colours meet WCAG AA (4.5:1) in the light and the dark scheme."""
from __future__ import annotations

import pytest

from app.ui import theme
from app.ui.theme import AA_NORMAL_TEXT, PALETTES, ROLES, SYSTEM_BASES, contrast_ratio


def test_contrast_ratio_matches_the_wcag_reference_values():
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)   # just fails AA
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)   # just passes
    assert contrast_ratio("#FFF", "#000") == contrast_ratio("#000000", "#ffffff")  # order, case, short form


def test_both_schemes_define_every_role():
    assert set(PALETTES) == {"light", "dark"}
    for name, palette in PALETTES.items():
        assert tuple(palette) == ROLES, name


@pytest.mark.parametrize("scheme", sorted(PALETTES))
@pytest.mark.parametrize("role", ROLES)
def test_every_pair_meets_aa(scheme, role):
    pair = PALETTES[scheme][role]
    ratio = contrast_ratio(pair.fg, pair.bg)
    assert ratio >= AA_NORMAL_TEXT, f"{scheme} {role}: {pair.fg} on {pair.bg} is {ratio:.2f}:1"


@pytest.mark.parametrize("scheme", sorted(PALETTES))
@pytest.mark.parametrize("role", theme.ON_SYSTEM_BASE + ("secondary",))
def test_colours_drawn_on_the_system_background_meet_aa_on_every_usual_base(scheme, role):
    for base in SYSTEM_BASES[scheme]:
        ratio = contrast_ratio(PALETTES[scheme][role].fg, base)
        assert ratio >= AA_NORMAL_TEXT, f"{scheme} {role} on {base}: {ratio:.2f}:1"


def test_urgency_levels_stay_apart_from_each_other():
    # Colour is never the only signal (icons and words too), but the tints should differ.
    for palette in PALETTES.values():
        assert len({palette[r].bg for r in ("soon", "overdue")}) == 2
        assert len({palette[r].fg for r in ("calm", "soon", "overdue")}) == 3


def test_scheme_switch_and_high_contrast():
    try:
        theme.set_scheme("dark")
        assert theme.fg("overdue") == PALETTES["dark"]["overdue"].fg
        theme.use_system_colours("#000000", "#FFFFFF")
        assert theme.scheme() == "system"
        assert theme.colours("overdue") == ("#000000", "#FFFFFF")
        assert theme.colours("overdue", "light") == PALETTES["light"]["overdue"]
    finally:
        theme.set_scheme("light")
    assert theme.scheme() == "light"
    assert theme.banner_style("failed") == PALETTES["light"]["banner.error"]


def test_apply_theme_follows_the_palette_in_use(qapp):
    import gc

    from PySide6.QtGui import QColor, QPalette

    from app.ui.accessibility import apply_theme

    original = qapp.palette()
    watcher = apply_theme(qapp, font_scale=1.0)
    try:
        gc.collect()                         # the watcher's Qt wrappers must survive this
        assert apply_theme(qapp) is watcher  # once per application
        assert theme.scheme() == "light"
        seen = []
        watcher.changed.connect(seen.append)
        dark = QPalette(original)
        dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
        qapp.setPalette(dark)
        qapp.processEvents()
        assert theme.scheme() == "dark" and seen == ["dark"]
    finally:
        qapp.setPalette(original)
        qapp.processEvents()
        theme.set_scheme("light")
