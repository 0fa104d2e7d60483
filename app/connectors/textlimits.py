"""Reply length limits per platform and X's weighted character count.

Most platforms count characters; we count Unicode code points of the text as sent. X counts
*weighted* characters (twitter-text v3 configuration): the text is NFC-normalised, code points
in a few Latin/punctuation ranges weigh 1, everything else 2, every emoji sequence (flags,
skin tones, ZWJ families, keycaps) weighs 2 as a whole, and every URL weighs 23 whatever its
length (t.co wrapping) - but only what twitter-text itself takes for a URL (``twitter_urls``,
a port of its extractor with its TLD list: "foo.invalidtld" is text, a host with a label over
63 characters once punycode-encoded is text, directional marks after a URL are not part of
it), and U+FFFE/U+FEFF/U+FFFF make a text invalid (``invalid_characters``).
Auto-filled leading @mentions are free on X but our replies never include them in the text,
so they are not special-cased.

Limits are the platforms' documented or commonly reported maxima (see platforms.md; several
are unverified third-party numbers), the composer's counter shows ``weighted_length`` against
``reply_limit``.
"""
from __future__ import annotations

import re
import unicodedata

from app.errors import UsageError
from app.i18n import translate

LIMITS: dict[str, int] = {
    "facebook": 8000,
    "messenger": 2000,
    "instagram": 2200,
    "x": 280,
    "linkedin": 1250,
    "youtube": 10000,
    "bluesky": 300,      # app.bsky.feed.post text: 300 graphemes (we count code points: never more)
    "mastodon": 500,     # Mastodon's default max_characters; servers may allow more
    "demo": 2000,
}
WEIGHTED_PLATFORMS = frozenset({"x"})

# twitter-text v3.json: scale 100, defaultWeight 200, transformedURLLength 23.
X_URL_WEIGHT = 23
_X_LIGHT_RANGES = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))

# Pictographic code points (a practical subset of Unicode Extended_Pictographic; every one of
# these lies outside the weight-1 ranges, so only *sequences* change the count).
_PICTO = (
    "\u203c\u2049\u2122\u2139\u2194-\u2199\u21a9\u21aa\u231a\u231b\u2328\u23cf"
    "\u23e9-\u23f3\u23f8-\u23fa\u24c2\u25aa\u25ab\u25b6\u25c0\u25fb-\u25fe\u2600-\u27bf"
    "\u2934\u2935\u2b05-\u2b07\u2b1b\u2b1c\u2b50\u2b55\u3030\u303d\u3297\u3299"
    "\U0001f000-\U0001faff"
)
_ELEM = (
    "(?:[\u00a9\u00ae]\ufe0f|[" + _PICTO + "])"  # (c)/(R) are emoji only with VS16
    "(?:\ufe0f|[\U0001f3fb-\U0001f3ff])*"          # presentation selector, skin tone
)
_EMOJI_RE = re.compile(
    "[\U0001f1e6-\U0001f1ff]{2}"                   # flag: two regional indicators
    "|[0-9#*]\ufe0f?\u20e3"                         # keycap
    "|" + _ELEM + "(?:\u200d" + _ELEM + ")*"        # ZWJ sequence
    "[\U000e0020-\U000e007e]*\U000e007f?"           # tag sequence (subdivision flags)
)

def _platform_key(platform: object) -> str:
    return str(getattr(platform, "value", platform)).strip().lower()


def limit_key(platform: object, kind: str | None = None) -> str:
    """The key into ``LIMITS``: a Facebook *message* is a Messenger message with its own
    limit. Raises ``UsageError`` for an unknown platform."""
    key = _platform_key(platform)
    if key == "facebook" and _platform_key(kind or "") == "message":
        key = "messenger"
    if key not in LIMITS:
        raise UsageError(translate("Checker", "Unknown platform “{platform}”; use one of: {names}.")
                         .format(platform=platform, names=", ".join(LIMITS)))
    return key


def reply_limit(platform: object, kind: str | None = None) -> int:
    """The maximum reply length on ``platform`` (``kind="message"``: Messenger on facebook)."""
    return LIMITS[limit_key(platform, kind)]


def remaining(platform: object, text: str, kind: str | None = None) -> int:
    """Characters left (negative: over the limit), for the composer's counter."""
    return reply_limit(platform, kind) - weighted_length(platform, text)


def is_weighted(platform: object) -> bool:
    return _platform_key(platform) in WEIGHTED_PLATFORMS


def invalid_characters(text: str) -> list[int]:
    """Positions of characters that make a text invalid on X (twitter-text: U+FFFE, U+FEFF,
    U+FFFF): the platform refuses the post, so the checker does too."""
    return [i for i, ch in enumerate(text) if ch in "\ufffe\ufeff\uffff"]


def find_urls(text: str) -> list[tuple[int, int]]:
    """Spans of URLs in ``text`` as twitter-text extracts them (``twitter_urls``): with or
    without a scheme, a listed TLD, hosts IDNA-valid, trailing punctuation left out."""
    from app.connectors.twitter_urls import extract_urls
    return extract_urls(text)


def _char_weight(ch: str) -> int:
    cp = ord(ch)
    for low, high in _X_LIGHT_RANGES:
        if low <= cp <= high:
            return 1
    return 2


def x_segments(text: str) -> list[tuple[int, int, int]]:
    """(start, end, weight) pieces of an already NFC-normalised text, in order."""
    urls = dict(find_urls(text))
    out = []
    i, n = 0, len(text)
    while i < n:
        if i in urls:
            out.append((i, urls[i], X_URL_WEIGHT))
            i = urls[i]
            continue
        m = _EMOJI_RE.match(text, i)
        if m and m.end() > i:
            out.append((i, m.end(), 2))
            i = m.end()
            continue
        out.append((i, i + 1, _char_weight(text[i])))
        i += 1
    return out


# Mastodon's StatusLengthValidator: every URL counts as 23 characters (URL_PLACEHOLDER) and a
# remote mention "@user@server" as "@user" (github.com/mastodon/mastodon, app/validators/
# status_length_validator.rb); everything else by character.
_MASTODON_URL = re.compile(r"https?://[^\s<>\"]+", re.IGNORECASE)
_MASTODON_MENTION = re.compile(r"(?<![\w/@])@(\w+)@[\w.-]+\w", re.UNICODE)


def weighted_length(platform: object, text: str) -> int:
    """Length of ``text`` as ``platform`` counts it (X: weighted; Mastodon: URLs as 23 and
    remote mentions by user name; others: code points)."""
    if is_weighted(platform):
        return sum(w for _, _, w in x_segments(unicodedata.normalize("NFC", text)))
    if _platform_key(platform) == "mastodon":
        return len(_MASTODON_MENTION.sub(r"@\1", _MASTODON_URL.sub("x" * 23, text)))
    return len(text)


def overflow_index(platform: object, text: str, limit: int | None = None,
                   kind: str | None = None) -> int | None:
    """Index in ``text`` of the first character beyond the limit, or None when it fits."""
    limit = reply_limit(platform, kind) if limit is None else limit
    if weighted_length(platform, text) <= limit:
        return None
    if not is_weighted(platform):
        if _platform_key(platform) == "mastodon":     # URLs count 23: find the first prefix too long
            return _first_prefix_too_long(platform, text, limit)
        return limit
    if unicodedata.normalize("NFC", text) == text:
        total = 0
        for start, _end, weight in x_segments(text):
            total += weight
            if total > limit:
                return start
    # Normalisation moved characters: find the shortest prefix that is too long.
    return _first_prefix_too_long(platform, text, limit)


def _first_prefix_too_long(platform: object, text: str, limit: int) -> int:
    """Binary search for the end of the longest prefix that still fits."""
    low, high = 0, len(text)
    while low < high:
        mid = (low + high) // 2
        if weighted_length(platform, text[:mid + 1]) > limit:
            high = mid
        else:
            low = mid + 1
    return low
