"""A slim banner above the list: offline, actions waiting in the outbox, an error in words."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy

from app.ui import icons, theme

STYLES = {
    # kind: (background, border, text, icon state)
    "offline": ("#FFF1DB", "#E9C27A", "#5C3300", "offline"),
    "outbox": ("#E8F0FB", "#A9C3E8", "#173A66", "queued"),
    "failed": ("#FBE3E1", "#E8A29B", "#7A1D16", "failed"),
    "error": ("#FBE3E1", "#E8A29B", "#7A1D16", "failed"),
    "info": ("#EEF2F5", "#C9D2DA", "#1F2328", "ok"),
}


class Banner(QFrame):
    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(10, 5, 8, 5)
        lay.setSpacing(8)
        self.icon = QLabel(self)
        lay.addWidget(self.icon)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)   # messages may quote platform errors
        self.label.setWordWrap(True)
        self.label.setObjectName(f"{name}Text")
        lay.addWidget(self.label, 1)
        self._buttons: list[QPushButton] = []
        self._layout = lay
        self.hide()

    def show_message(self, text: str, kind: str = "info", actions=()) -> None:
        """Show ``text``; ``actions`` are (label, description, callback) buttons."""
        bg, border, fg, state = STYLES.get(kind, STYLES["info"])
        fg, bg = theme.banner_style(kind)   # the shared palette follows dark mode and high contrast
        self.setStyleSheet(f"QFrame#{self.objectName()} {{ background: {bg}; border: 1px solid {border};"
                           f" border-radius: 6px; }} QLabel {{ color: {fg}; border: none; background: transparent; }}")
        self.icon.setPixmap(icons.state_icon(state).pixmap(QSize(18, 18)))
        self.label.setText(text)
        self.setAccessibleName(text)
        for button in self._buttons:
            self._layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self._buttons = []
        for label, description, callback in actions:
            button = QPushButton(label, self)
            button.setAccessibleName(label)
            button.setAccessibleDescription(description)
            button.setToolTip(description)
            button.clicked.connect(callback)
            self._layout.addWidget(button)
            self._buttons.append(button)
        self.show()

    def text(self) -> str:
        return self.label.text() if self.isVisibleTo(self.parentWidget() or self) else ""

    def clear(self) -> None:
        self.hide()
        self.label.setText("")
