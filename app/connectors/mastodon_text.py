"""Mastodon's HTML status content as plain text, and the text comparison that recognises our own
replies (a citizen's text is always shown as plain text, never rendered)."""
from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser

_LEADING_MENTIONS = re.compile(r"^(?:@[\w.\-]+(?:@[\w.\-]+)?\s+)+")


class _TextOnly(HTMLParser):
    """Text content only; <br> and paragraph ends become line breaks. Mastodon wraps parts of
    long URLs in ``<span class="invisible">``: that text is kept, so a link reads in full."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag == "p" and self.parts and not "".join(self.parts).endswith("\n\n"):
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_text(html: str) -> str:
    parser = _TextOnly()
    parser.feed(html or "")
    parser.close()
    text = "".join(parser.parts)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def normalise_text(text: str) -> str:
    """Compare our text with what the server stored: the @acct we put first and whitespace
    aside; links as they are (Mastodon does not shorten them)."""
    value = unicodedata.normalize("NFC", text or "").strip()
    value = _LEADING_MENTIONS.sub("", value)
    return " ".join(value.split())
