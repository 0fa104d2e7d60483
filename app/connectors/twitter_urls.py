"""URLs the way X's twitter-text finds them, to the letter: a port of twitter-text's Java
``Regex.VALID_URL`` and ``Extractor.extractURLsWithIndices`` (github.com/twitter/twitter-text,
commit 30e2430, Apache-2.0), with its own TLD lists (resources/twitter-text/tld_lib.json, a copy
of conformance/tld_lib.yml, read from disk, never fetched). A URL without a scheme is a URL only
when its TLD is in those lists ("foo.invalidtld" is text); with a scheme, a Unicode host needs
a listed TLD too. Checked against twitter-text's conformance data in tests/unit/
test_twitter_text_urls.py.

Java to Python: variable-width lookbehind ``(?<=https?://)`` becomes two fixed ones; the
``\\p{Z}`` and ``\\p{InGeneralPunctuation}`` classes are spelled out; ``re.ASCII`` with
``re.IGNORECASE`` matches Java's CASE_INSENSITIVE (ASCII letters only) and its ``\\s``. Java
counts lengths in UTF-16 units; here they are code points (only a host or path with characters
beyond U+FFFF near the 4,096 limit could differ).
"""
from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass

from app.resources import resource_path

# Extractor.java
MAX_URL_LENGTH = 4096
MAX_TCO_SLUG_LENGTH = 40
_URL_GROUP_PROTOCOL_LENGTH = len("https://")

# Regex.java
INVALID_CHARACTERS = "\ufffe\ufeff\uffff"
DIRECTIONAL_CHARACTERS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_LATIN_ACCENTS = ("\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0100-\u024f"
                  "\u0253\u0254\u0256\u0257\u0259\u025b\u0263\u0268\u026f\u0272\u0289\u028b"
                  "\u02bb\u0300-\u036f\u1e00-\u1eff")
_CYRILLIC = "\u0400-\u04ff"
_PUNCTUATION = r"\-_!\"#$%&'\(\)*+,./:;<=>?@\[\]^`\{|}~"
# \p{Z} (Zs, Zl, Zp) outside General Punctuation (U+2000-U+206F, which holds the rest of them).
_SEPARATORS = " \u00a0\u1680\u3000"
_GENERAL_PUNCTUATION = "\u2000-\u206f"


@dataclass(frozen=True)
class TldLists:
    country: tuple[str, ...]
    generic: tuple[str, ...]


@functools.lru_cache(maxsize=1)
def tld_lists() -> TldLists:
    """twitter-text's TLD lists, in its order (the order of the regex's alternations)."""
    data = json.loads(resource_path("twitter-text", "tld_lib.json").read_text(encoding="utf-8"))
    return TldLists(tuple(data["country"]), tuple(data["generic"]))


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    lists = tld_lists()

    def tld(names: tuple[str, ...]) -> str:
        return "(?:(?:" + "|".join(re.escape(n) for n in names) + ")(?=[^a-z0-9@+-]|$))"

    gtld, cctld = tld(lists.generic), tld(lists.country)
    preceding = "(?:[^a-z0-9@\uff20$#\uff03" + INVALID_CHARACTERS + "]|[" + DIRECTIONAL_CHARACTERS + "]|^)"
    chars = "[a-z0-9" + _LATIN_ACCENTS + "]"
    subdomain = "(?>(?:" + chars + "[a-z0-9" + _LATIN_ACCENTS + r"\-_]*)?" + chars + r"\.)"
    domain_name = "(?:(?:" + chars + "[a-z0-9" + _LATIN_ACCENTS + r"\-]*)?" + chars + r"\.)"
    # [^punctuation \s \p{Z} \p{InGeneralPunctuation}], and Java's union of it with "-".
    unicode_chars = "[^" + _PUNCTUATION + r"\s" + _SEPARATORS + _GENERAL_PUNCTUATION + "]"
    unicode_or_dash = "[^" + _PUNCTUATION.replace(r"\-", "") + r"\s" + _SEPARATORS + _GENERAL_PUNCTUATION + "]"
    unicode_domain_name = "(?:(?:" + unicode_chars + unicode_or_dash + "*)?" + unicode_chars + r"\.)"
    punycode = "(?:xn--[-0-9a-z]+)"
    domain = ("(?:" + subdomain + "*" + domain_name + "(?:" + gtld + "|" + cctld + "|" + punycode + "))"
              "|(?:(?:(?<=http://)|(?<=https://))"
              "(?:(?:" + domain_name + cctld + ")|(?:" + unicode_domain_name + "(?:" + gtld + "|" + cctld + "))))"
              "|(?:" + domain_name + cctld + "(?=/))")
    path_chars = r"[a-z0-9!\*';:=\+,.\$/%#\[\]\-\u2013_~\|&@" + _LATIN_ACCENTS + _CYRILLIC + "]"
    parens = (r"\((?:" + path_chars + "+|(?:" + path_chars + r"*\(" + path_chars + r"+\)" + path_chars + "*))"
              r"\)")
    path_ending = r"[a-z0-9=_#/\-\+" + _LATIN_ACCENTS + _CYRILLIC + "]|(?:" + parens + ")"
    path = ("(?:(?:" + path_chars + "*(?:" + parens + path_chars + "*)*" + "(?:" + path_ending + "))"
            "|(?:@" + path_chars + "+/))")
    query_chars = r"[a-z0-9!?\*'\(\);:&=\+\$/%#\[\]\-_\.,~\|@]"
    query_ending = r"[a-z0-9\-_&=#/]"
    valid_url = ("((" + preceding + ")((https?://)?(" + domain + r")(?::([0-9]++))?"
                 "(/" + path + "*+)?" + r"(\?" + query_chars + "*" + query_ending + ")?))")
    flags = re.IGNORECASE | re.ASCII
    tco = re.compile(r"^https?://t\.co/([a-z0-9]+)(?:\?" + query_chars + "*" + query_ending + ")?", flags)
    return re.compile(valid_url, flags), tco, re.compile(r"[-_./]$")


def warm_up() -> None:
    """Compile the patterns (about 0.4 s: some 1,600 TLDs, several times over) before the
    first reply needs them; the composer calls this off the GUI thread."""
    _patterns()


def valid_host_and_length(url_length: int, protocol: str | None, host: str | None) -> bool:
    """Extractor.isValidHostAndLength: the host converts by IDNA (every label 1-63 characters
    once punycode-encoded) and the URL, with that host and a protocol, fits 4,096."""
    if not host:
        return False
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except (UnicodeError, ValueError):
        return False
    if not ascii_host:
        return False
    length = url_length + len(ascii_host) - len(host)
    return length + (0 if protocol else _URL_GROUP_PROTOCOL_LENGTH) <= MAX_URL_LENGTH


def extract_urls(text: str) -> list[tuple[int, int]]:
    """Extractor.extractURLsWithIndices (URLs without a protocol included): (start, end)."""
    if not text or "." not in text:
        return []
    valid_url, tco, invalid_begin = _patterns()
    spans = []
    for m in valid_url.finditer(text):
        protocol = m.group(4)
        if not protocol and invalid_begin.fullmatch(m.group(2) or ""):
            continue
        url, (start, end) = m.group(3), m.span(3)
        short = tco.search(url)
        if short:
            if len(short.group(1)) > MAX_TCO_SLUG_LENGTH:
                continue
            url, end = short.group(0), start + len(short.group(0))
        if valid_host_and_length(len(url), protocol, m.group(5)):
            spans.append((start, end))
    return spans
