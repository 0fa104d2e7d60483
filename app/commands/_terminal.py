"""What the CLI prints cannot drive the terminal.

Citizen and platform text may carry ANSI/OSC escape sequences (recolour, retitle, hyperlink,
clipboard writes via OSC 52) and bidi overrides that reorder what is shown ("Trojan Source").
Human-readable output is stripped of them; JSON keeps the text faithfully, but with these
characters written as \\u escapes, so the raw bytes never reach the terminal either.
"""
from __future__ import annotations

import io
import re

# OSC (ESC ] … BEL/ST), DCS/SOS/PM/APC strings, CSI (ESC [ … final), 8-bit forms, other ESC x.
_SEQUENCES = re.compile(
    r"(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|(?:\x1b[PX^_]|[\x90\x98\x9e\x9f])[^\x1b\x9c]*(?:\x1b\\|\x9c)?"
    r"|(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|\x1b[ -/]*[0-~]?")
# C0 controls except tab and newline, DEL, C1 controls, bidi embeddings/overrides/isolates.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """``text`` with escape sequences, control characters and bidi overrides removed."""
    return _UNSAFE.sub("", _SEQUENCES.sub("", text))


def json_safe(encoded: str) -> str:
    """JSON text with every unsafe character (only ever inside a string) as a \\u escape."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", encoded)


class SafeStream(io.TextIOBase):
    """A text stream that strips what ``terminal_safe`` strips before writing."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(terminal_safe(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    @property
    def encoding(self):
        return getattr(self._stream, "encoding", "utf-8")

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()
