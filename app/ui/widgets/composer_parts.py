"""The composer's plain parts: which actions exist, what the composer knows about the open item
(``ComposerContext``), a kept draft, and the editor that sends on Ctrl+Enter."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from app import clock
from app.services.outbound import actions

SEND_ACTIONS = ("reply", "holding_reply", "private_reply")
ALL_ACTIONS = ("reply", "holding_reply", "private_reply", "no_reply", "refer", "hide", "unhide", "delete", "spam",
               "note", "reject", "reopen")
OPEN_STATUSES = ("new", "holding")
# What a colleague without the account's token cannot do from this computer (team mode).
NEEDS_TOKEN = frozenset({"reply", "holding_reply", "private_reply", "hide", "unhide", "delete", "reject",
                         "mute", "block", "report"})

def platform_capabilities(platform: str) -> set[str]:
    """Capability names of a platform (``services.actions`` decides)."""
    return set(actions.capabilities(platform))


def available_actions(row, capabilities: set[str] | frozenset[str]) -> set[str]:
    """The actions offered for an item: ``services.actions.offered`` (the one rule)."""
    return set(actions.offered(row, capabilities))


@dataclass
class ComposerContext:
    item: object                       # ItemRow
    my_name: str
    signature: str                     # rendered signature line(s)
    language: str = "da"               # the account's language: checker and template order
    case_channel: str | None = None
    own_domains: tuple[str, ...] = ()
    capabilities: frozenset[str] = frozenset()
    now: datetime | None = None

    @property
    def platform_key(self) -> str:
        return "messenger" if self.item.kind == "message" and self.item.platform == "facebook" \
            else self.item.platform

    @property
    def is_late(self) -> bool:
        due = self.item.due_at
        return due is not None and (self.now or clock.now()) > due


@dataclass
class Draft:
    body: str = ""
    values: dict = field(default_factory=dict)
    category: str | None = None      # the last template's category (audited with the send)


class ReplyEditor(QPlainTextEdit):
    """The reply text. Ctrl+Enter is left to the window's Send action (never a newline)."""

    def keyPressEvent(self, event) -> None:
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            event.ignore()
            return
        super().keyPressEvent(event)
