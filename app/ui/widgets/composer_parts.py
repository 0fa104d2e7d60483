"""The composer's plain parts: which actions exist, what the composer knows about the open item
(``ComposerContext``), a kept draft, and the editor that sends on Ctrl+Enter."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

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


def picker_order(templates, ctx: ComposerContext | None, usage: dict[str, list[str]]) -> tuple[list, int]:
    """The template picker's order for the open item: the (up to three) templates that fit it
    best first (answer memory's ranking: their words and the questions templates of the same
    kind answered before), then every template in the usual order (the item's language first,
    by category). Returns the order and how many at the top are suggestions."""
    from app.services.content import memory, nordic, topic_view
    from app.services.content import templates as tpl
    language = ctx.language if ctx else None
    usual = tpl.offered_order(templates, language)     # "sv-SE" counts as Swedish too
    text = getattr(ctx.item, "text", "") if ctx else ""
    if not text:
        return usual, 0
    best = memory.suggested_templates(usual, text, nordic.detect_language(text, tpl.base_language(language) or "da"),
                                      topic_view.used_for(usual, usage))
    return best + [t for t in usual if t not in best], len(best)


def author_buttons(composer, layout) -> None:
    """Mute, block and report (Bluesky, Mastodon); shown only where the platform offers them."""
    t = QCoreApplication.translate
    composer._button("mute", t("Composer", "Mute author"), "muteButton",
                     t("Composer", "Mute the author on the platform: their posts no longer reach the account"), layout)
    composer._button("block", t("Composer", "Block author…"), "blockButton",
                     t("Composer", "Block the author on the platform (they can see that they are blocked)"), layout)
    composer._button("report", t("Composer", "Report…"), "reportButton",
                     t("Composer", "Report the post and its author to the platform's moderators"), layout)


def fields_after_picker(composer, names: list[str]) -> None:
    """The fill-in fields are made after every button, so Tab would reach them last: they
    belong right after the template picker that asked for them, then the reply text."""
    previous = composer.picker
    for name in names:
        edit = composer.form_box.findChild(QLineEdit, f"placeholder_{name}")
        QWidget.setTabOrder(previous, edit)
        previous = edit
    if names:
        QWidget.setTabOrder(previous, composer.editor)


_warming: list[object] = []


def warm_up_url_patterns() -> None:
    """X's URL patterns compile in ~0.4 s: once per process, in the background, so the first
    reply's checker does not pause the window (app/connectors/twitter_urls.py)."""
    if _warming:
        return
    import threading

    from app.connectors.twitter_urls import warm_up
    thread = threading.Thread(target=warm_up, name="svarbox-url-patterns", daemon=True)
    _warming.append(thread)
    thread.start()


def style_send_button(button) -> None:
    """The primary button's colours from the theme: readable enabled and disabled, light and dark."""
    from app.ui import theme
    accent, muted = theme.colours("accent"), theme.colours("accent.disabled")   # AA in light and dark
    button.setStyleSheet(
        f"QPushButton {{ background: {accent.bg}; color: {accent.fg}; font-weight: 600; padding: 5px 14px;"
        f" border-radius: 4px; }} QPushButton:disabled {{ background: {muted.bg}; color: {muted.fg}; }}"
        " QPushButton:focus { outline: 2px solid #F2A900; }")
