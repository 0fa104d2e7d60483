"""Platform limits and X's weighted count (twitter-text v3 rules), values worked out by hand."""
from __future__ import annotations

import pytest

from app.connectors.textlimits import find_urls, is_weighted, overflow_index, remaining, reply_limit, weighted_length
from app.errors import UsageError


@pytest.mark.parametrize("platform,limit", [
    ("facebook", 8000), ("messenger", 2000), ("instagram", 2200), ("x", 280),
    ("linkedin", 1250), ("youtube", 10000), ("demo", 2000), ("X", 280),
])
def test_reply_limits(platform, limit):
    assert reply_limit(platform) == limit


def test_a_facebook_message_uses_the_messenger_limit():
    assert reply_limit("facebook", kind="message") == 2000
    assert reply_limit("facebook", kind="comment") == 8000


def test_unknown_platform_is_a_usage_error():
    with pytest.raises(UsageError, match="myspace"):
        reply_limit("myspace")


def test_only_x_is_weighted():
    assert is_weighted("x")
    assert not is_weighted("facebook")


@pytest.mark.parametrize("text,expected", [
    ("a" * 280, 280),
    ("Hej Anna", 8),
    ("æøå ÆØÅ ö", 9),              # Latin-1: weight 1
    ("\u2014\u201c\u201d", 3),     # em dash and quotes: 8208-8223, weight 1
    ("\u2026", 2),                 # ellipsis (8230) is outside the light ranges
    ("中文字", 6),                  # CJK: 2 each
    ("日本語abc", 9),
    ("😀", 2),
    ("👍🏽", 2),                     # skin tone modifier belongs to the emoji
    ("👨\u200d👩\u200d👧", 2),      # ZWJ family: one sequence
    ("🇩🇰", 2),                     # flag: two regional indicators
    ("🇩🇰🇸🇪", 4),
    ("1\ufe0f\u20e3", 2),          # keycap
    ("❤\ufe0f", 2),
    ("\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f", 2),  # Scotland
    ("Tak 🙏", 6),
])
def test_x_weights(text, expected):
    assert weighted_length("x", text) == expected


@pytest.mark.parametrize("text,expected", [
    ("https://www.viborg.dk/borger/affald-og-genbrug/toemning?id=123", 23),
    ("http://x.com/", 23),
    ("Se https://a.dk", 3 + 23),
    ("https://malmo.se/a og https://malmo.se/b", 23 + 4 + 23),
    ("Læs mere (https://viborg.dk/affald).", 10 + 23 + 2),   # brackets and dot are not URL
    ("www.viborg.dk/affald", 23),
    ("example.com", 23),                                     # generic TLD: a URL
    # A listed country TLD is a URL even without a path (twitter-text conformance/extract.yml:
    # "Extract short URLs without protocol on ccTLD domains without path"); an unlisted one is not.
    ("viborg.dk", 23),
    ("viborg.invalidtld", 17),
    ("viborg.dk/sne", 23),
    ("anna@viborg.dk", 14),                                  # e-mail, not a URL
])
def test_x_urls_weigh_23(text, expected):
    assert weighted_length("x", text) == expected


def test_x_counts_the_nfc_form():
    assert weighted_length("x", "a\u030a") == 1           # a + combining ring = å
    assert weighted_length("x", "Ore\u0301sund") == 7      # é composed
    assert weighted_length("x", "a\u030a" * 280) == 280


def test_other_platforms_count_code_points():
    assert weighted_length("facebook", "😀") == 1
    assert weighted_length("linkedin", "https://www.viborg.dk/borger") == 28


def test_overflow_index_and_remaining():
    assert overflow_index("x", "a" * 280) is None
    assert overflow_index("x", "a" * 281) == 280
    assert overflow_index("x", "😀" * 141) == 140      # 141st emoji is 282 > 280
    assert overflow_index("x", "a" * 279 + "中") == 279
    assert overflow_index("linkedin", "b" * 1300) == 1250
    assert overflow_index("x", "a\u030a" * 281) == 560  # decomposed text: index in the original
    assert remaining("x", "Hej") == 277
    assert remaining("x", "a" * 300) == -20


def test_find_urls_spans():
    text = "Se https://viborg.dk/affald. Eller www.malmo.se!"
    assert [text[s:e] for s, e in find_urls(text)] == ["https://viborg.dk/affald", "www.malmo.se"]


def test_mastodon_counts_a_link_as_23_and_a_remote_mention_by_its_user_name():
    """Mastodon's StatusLengthValidator: a long link must not make a valid toot too long."""
    from app.connectors.textlimits import overflow_index, reply_limit, weighted_length
    link = "https://www.viborg.dk/borger/affald-og-genbrug/toemmekalender-2027?side=" + "x" * 500
    text = "Tømmekalenderen for 2027 er klar: " + link + " /Mette"
    assert len(text) > reply_limit("mastodon")
    assert weighted_length("mastodon", text) == len("Tømmekalenderen for 2027 er klar: ") + 23 + len(" /Mette")
    assert overflow_index("mastodon", text) is None
    assert weighted_length("mastodon", "Tak @anna@mastodon.social!") == len("Tak @anna!")
    too_long = "a" * 400 + " https://x.dk/" + "b" * 300 + " " + "c" * 200
    index = overflow_index("mastodon", too_long)
    assert weighted_length("mastodon", too_long[:index]) == 500 and too_long[index] == "c"
    assert weighted_length("facebook", text) == len(text)      # other platforms: by character
