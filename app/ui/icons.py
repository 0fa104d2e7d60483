"""Icons drawn with QPainter: platform glyphs, urgency and outbox-state signs.

No binary assets: each icon is a simple coloured shape with a letter or a sign, drawn at
the sizes Qt asks for and cached. Colours are never the only signal: every urgency icon has
its own shape (clock, triangle, disc with "!").
"""
from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from app.ui import theme  # Qt-free, imported once (fg/bg run for every painted row)

SIZES = (16, 20, 24, 32, 48)

PLATFORM_STYLE = {
    # platform: (background, foreground, glyph)
    "facebook": ("#1877F2", "#FFFFFF", "f"),
    "messenger": ("#0084FF", "#FFFFFF", "m"),
    "instagram": ("#C13584", "#FFFFFF", "ig"),
    "x": ("#111111", "#FFFFFF", "X"),
    "linkedin": ("#0A66C2", "#FFFFFF", "in"),
    "youtube": ("#E00000", "#FFFFFF", "\u25B6"),
    "bluesky": ("#0A7AFF", "#FFFFFF", ""),        # drawn as a butterfly (see _butterfly)
    "mastodon": ("#563ACC", "#FFFFFF", "M"),      # Mastodon's purple; capital M vs Messenger's m
    "demo": ("#5B6472", "#FFFFFF", "D"),
}
PLATFORM_NAMES = {"facebook": "Facebook", "messenger": "Messenger", "instagram": "Instagram",
                  "x": "X", "linkedin": "LinkedIn", "youtube": "YouTube", "bluesky": "Bluesky", "mastodon": "Mastodon",
                  "demo": "Demo"}

# Readable on white and on the light tints used as row backgrounds (WCAG AA for text).
URGENCY_COLOURS = {"calm": "#1E6B34", "soon": "#8A4B00", "overdue": "#B3261E", "none": "#5B6472"}


def fg(role: str) -> str:
    """Foreground colour of a role (calm/soon/overdue/none, banner.*), following the system
    scheme through ``app.ui.theme`` (dark mode, high contrast)."""
    try:
        return theme.fg(role)
    except KeyError:
        return URGENCY_COLOURS.get(role, URGENCY_COLOURS["none"])


def bg(role: str) -> str | None:
    try:
        return theme.bg(role)
    except KeyError:
        return None


def platform_name(platform: str) -> str:
    return PLATFORM_NAMES.get(platform, platform.capitalize())


def _icon(draw) -> QIcon:
    icon = QIcon()
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        draw(painter, float(size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def _glyph(painter: QPainter, rect: QRectF, text: str, colour: str, scale: float = 0.62) -> None:
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(6, int(rect.height() * (scale if len(text) == 1 else scale * 0.8))))
    painter.setFont(font)
    painter.setPen(QColor(colour))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


@cache
def platform_icon(platform: str) -> QIcon:
    bg, fg, glyph = PLATFORM_STYLE.get(platform, ("#5B6472", "#FFFFFF", platform[:1].upper() or "?"))

    def draw(p: QPainter, s: float) -> None:
        rect = QRectF(0.5, 0.5, s - 1, s - 1)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(bg))
        p.drawRoundedRect(rect, s * 0.22, s * 0.22)
        if platform == "bluesky":
            _butterfly(p, s, fg)
        else:
            _glyph(p, rect, glyph, fg)
    return _icon(draw)


def _butterfly(p: QPainter, s: float, colour: str) -> None:
    """Bluesky's mark, simplified: two upper and two lower wings."""
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(colour))
    for x, y, w, h in ((0.14, 0.22, 0.34, 0.34), (0.52, 0.22, 0.34, 0.34),
                       (0.24, 0.50, 0.24, 0.26), (0.52, 0.50, 0.24, 0.26)):
        p.drawEllipse(QRectF(s * x, s * y, s * w, s * h))


def _clock(p: QPainter, s: float, colour: str) -> None:
    pen = QPen(QColor(colour), max(1.2, s / 10))
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    m = s * 0.12
    p.drawEllipse(QRectF(m, m, s - 2 * m, s - 2 * m))
    c = QPointF(s / 2, s / 2)
    p.drawLine(c, QPointF(s / 2, s * 0.28))
    p.drawLine(c, QPointF(s * 0.68, s / 2))


def _triangle(p: QPainter, s: float, colour: str) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(colour))
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(s / 2, s * 0.06), QPointF(s * 0.96, s * 0.92),
                               QPointF(s * 0.04, s * 0.92)]))
    p.drawPath(path)
    _glyph(p, QRectF(0, s * 0.22, s, s * 0.7), "!", "#FFFFFF", 0.62)


def _disc(p: QPainter, s: float, colour: str, sign: str) -> None:
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(QColor(colour)))
    m = s * 0.06
    p.drawEllipse(QRectF(m, m, s - 2 * m, s - 2 * m))
    _glyph(p, QRectF(0, 0, s, s), sign, "#FFFFFF", 0.7)


def _check(p: QPainter, s: float, colour: str) -> None:
    pen = QPen(QColor(colour), max(1.6, s / 7))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.drawPolyline(QPolygonF([QPointF(s * 0.18, s * 0.55), QPointF(s * 0.42, s * 0.78),
                              QPointF(s * 0.84, s * 0.24)]))


@cache
def urgency_icon(urgency: str) -> QIcon:
    colour = URGENCY_COLOURS.get(urgency, URGENCY_COLOURS["none"])
    if urgency == "overdue":
        return _icon(lambda p, s: _disc(p, s, colour, "!"))
    if urgency == "soon":
        return _icon(lambda p, s: _triangle(p, s, colour))
    if urgency == "calm":
        return _icon(lambda p, s: _clock(p, s, colour))
    return _icon(lambda p, s: _check(p, s, colour))


@cache
def state_icon(state: str) -> QIcon:
    """Outbox states and a few item states: queued (clock), failed/attention (warning),
    sent/answered (check), hidden (slashed eye-ish disc), note (square)."""
    if state in ("queued", "sending"):
        return _icon(lambda p, s: _clock(p, s, "#5B6472"))
    if state in ("failed", "attention", "warning"):
        return _icon(lambda p, s: _triangle(p, s, "#B3261E"))
    if state in ("sent", "answered", "ok"):
        return _icon(lambda p, s: _check(p, s, "#1E6B34"))
    if state in ("hidden", "spam", "deleted"):
        return _icon(lambda p, s: _disc(p, s, "#5B6472", "\u2013"))
    if state == "note":
        return _icon(lambda p, s: _disc(p, s, "#6A4C93", "i"))
    if state == "offline":
        return _icon(lambda p, s: _disc(p, s, "#8A4B00", "!"))
    return _icon(lambda p, s: _disc(p, s, "#5B6472", "?"))


@cache
def app_icon() -> QIcon:
    from app.resources import resource_path
    svg = resource_path("icons", "svarbox.svg")   # the designed icon (resources/icons)
    if svg.exists():
        return QIcon(str(svg))

    def draw(p: QPainter, s: float) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#0F5C63"))
        p.drawRoundedRect(QRectF(0.5, 0.5, s - 1, s - 1), s * 0.25, s * 0.25)
        _glyph(p, QRectF(0, 0, s, s), "S", "#FFFFFF", 0.7)
    return _icon(draw)


def badge_icon(count: int) -> QIcon:
    """The app icon with a red count of overdue items (tray)."""
    if count <= 0:
        return app_icon()
    text = str(count) if count < 100 else "99+"

    def draw(p: QPainter, s: float) -> None:
        app_icon().paint(p, 0, 0, int(s), int(s))
        r = QRectF(s * 0.38, 0, s * 0.62, s * 0.5)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#B3261E"))
        p.drawRoundedRect(r, r.height() / 2, r.height() / 2)
        _glyph(p, r, text, "#FFFFFF", 0.8)
    return _icon(draw)


@cache
def claim_icon() -> QIcon:
    """A person on an amber disc: "a colleague is on this" (shape, not colour alone)."""
    def draw(p: QPainter, s: float) -> None:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#8A4B00"))
        p.drawEllipse(QRectF(s * 0.04, s * 0.04, s * 0.92, s * 0.92))
        p.setBrush(QColor("#FFFFFF"))
        p.drawEllipse(QRectF(s * 0.36, s * 0.18, s * 0.28, s * 0.28))
        body = QPainterPath()
        body.moveTo(QPointF(s * 0.22, s * 0.80))
        body.cubicTo(QPointF(s * 0.24, s * 0.50), QPointF(s * 0.76, s * 0.50), QPointF(s * 0.78, s * 0.80))
        body.closeSubpath()
        p.drawPath(body)
    return _icon(draw)
