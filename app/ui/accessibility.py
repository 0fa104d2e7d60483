"""Accessibility checks and the system theme.

``unnamed_controls(widget)`` lists the interactive controls a screen reader would announce
without a name; tests assert it is empty for every dialog and the main window.

``apply_theme(app)`` follows the OS: dark or light (QStyleHints.colorScheme and the palette
the style really uses), high contrast (then Svarbox's own tints step aside), and the Windows
"Make text bigger" setting, which Qt does not apply by itself. Svarbox's own colours live in
``app.ui.theme``.
"""
from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QGroupBox, QLabel, QTabBar, QWidget

from app.ui import theme

log = logging.getLogger(__name__)
MIN_POINT_SIZE = 9.0


# --- names for controls --------------------------------------------------------------------

def _buddy_labels(root: QWidget) -> dict[int, QLabel]:
    labels = {}
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text().strip():
            labels[id(buddy)] = label
    return labels


def _own_name(widget: QWidget) -> str:
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text()
    if isinstance(widget, QGroupBox) and widget.title().strip():
        return widget.title()
    return ""


def _describe(widget: QWidget) -> str:
    name = widget.objectName() or "(no object name)"
    parents = []
    parent = widget.parentWidget()
    while parent is not None and len(parents) < 3:
        parents.append(parent.objectName() or type(parent).__name__)
        parent = parent.parentWidget()
    return f"{type(widget).__name__} {name} in {' < '.join(parents) or 'nothing'}"


def unnamed_controls(widget: QWidget) -> list[str]:
    """Interactive, visible controls under ``widget`` (itself included) without an accessible
    name, as readable descriptions. A control counts as named by its accessible name, its
    own text (buttons, check boxes, group boxes) or a label whose buddy it is.

    Qt's internal parts (the line edit inside a spin box or editable combo box, a tab
    widget's tab bar, whose tabs carry the names) are judged through the control they belong
    to. Controls on hidden pages (other tabs) are skipped: show each page and call again."""
    buddies = _buddy_labels(widget)
    found = []
    for control in [widget, *widget.findChildren(QWidget)]:
        if control.focusPolicy() == Qt.FocusPolicy.NoFocus or not control.isEnabled():
            continue
        if not (control.isVisible() if widget.isVisible() else control.isVisibleTo(widget)):
            continue
        if control.focusProxy() is not None:
            continue                    # focus goes to the proxy, which is judged instead
        parent = control.parentWidget()
        if isinstance(control, QTabBar):
            if all(control.tabText(i).replace("&", "").strip() for i in range(control.count())):
                continue                # a tab bar is announced by its tabs' names
        elif parent is not None and (parent.focusProxy() is control or
                                     (isinstance(parent, QComboBox) and parent.lineEdit() is control)):
            control = parent            # the spin box / combo box is what a reader announces
        elif control.objectName().startswith("qt_"):
            continue                    # other Qt internals (viewports, scroll buttons)
        if _own_name(control) or id(control) in buddies:
            continue
        description = _describe(control)
        if description not in found:
            found.append(description)
    return found


# --- the system theme ----------------------------------------------------------------------

def windows_text_scale() -> float:
    """Windows' Settings > Accessibility > Text size, as a factor (1.0 to 2.25)."""
    if sys.platform != "win32":
        return 1.0
    try:
        import winreg

        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Software\Microsoft\Accessibility") as key:
            value, _ = winreg.QueryValueEx(key, "TextScaleFactor")
        return max(1.0, min(2.25, int(value) / 100))
    except (OSError, ValueError, ImportError):
        return 1.0


def _is_dark(app: QGuiApplication) -> bool:
    # The palette the style actually paints wins over the OS setting: the classic Windows
    # style stays light in a dark OS, and our colours must match what is on screen.
    window = app.palette().color(QPalette.ColorRole.Window)
    if window.isValid():
        return window.lightness() < 128
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def _accessibility_hints(hints):
    try:
        return hints.accessibility()
    except AttributeError:  # Qt before 6.10
        return None


class ThemeWatcher(QObject):
    """Keeps ``app.ui.theme`` in step with the OS; ``changed`` tells custom-coloured widgets
    and models to repaint (connect it to ``viewport().update`` / a dataChanged)."""

    changed = Signal(str)   # "light" | "dark" | "system"

    def __init__(self, app: QApplication, font_scale: float | None = None):
        super().__init__(app)
        self._app = app
        self._base_font = app.font()
        self.font_scale = windows_text_scale() if font_scale is None else font_scale
        self._apply_font()
        # Keep both wrappers: with a chained app.styleHints().accessibility() PySide6 drops the
        # temporary parent and the child wrapper reports "already deleted" on the next call.
        self._hints = app.styleHints()
        self._accessibility = _accessibility_hints(self._hints)
        self._hints.colorSchemeChanged.connect(self.refresh)
        if self._accessibility is not None:
            self._accessibility.contrastPreferenceChanged.connect(self.refresh)
        app.installEventFilter(self)
        self.refresh()

    def _apply_font(self) -> None:
        font = QFont(self._base_font)   # a copy: the base stays the OS size
        size = font.pointSizeF()
        if size > 0:
            font.setPointSizeF(max(MIN_POINT_SIZE, size * self.font_scale))
            self._app.setFont(font)

    def high_contrast(self) -> bool:
        return (self._accessibility is not None and
                self._accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast)

    def refresh(self, *_args) -> None:
        before = theme.scheme()
        if self.high_contrast():
            palette = self._app.palette()
            theme.use_system_colours(palette.color(QPalette.ColorRole.WindowText).name(),
                                     palette.color(QPalette.ColorRole.Window).name())
        else:
            theme.set_scheme("dark" if _is_dark(self._app) else "light")
        if theme.scheme() != before or theme.scheme() == "system":
            log.info("colour scheme: %s", theme.scheme())
            self.changed.emit(theme.scheme())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._app and event.type() == QEvent.Type.ApplicationPaletteChange:
            self.refresh()
        return False


def apply_theme(app: QApplication, font_scale: float | None = None) -> ThemeWatcher:
    """Follow the OS colour scheme, contrast preference and text size; call once after the
    QApplication is made. The returned watcher is parented to ``app`` (kept alive by it)."""
    existing = app.findChild(ThemeWatcher)
    if existing is not None:
        existing.refresh()
        return existing
    return ThemeWatcher(app, font_scale)
