"""Issue 14.8 to the letter: X's URL extraction and weighted length against twitter-text's own
conformance data (tests/data/twitter-text/conformance.json, copied from conformance/extract.yml
and validate.yml of github.com/twitter/twitter-text, Apache-2.0) and its TLD list (every case of
conformance/tlds.yml is https://twitter.<tld> for a TLD of resources/twitter-text/tld_lib.json)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.connectors import twitter_urls
from app.connectors.textlimits import invalid_characters, weighted_length

DATA = json.loads((Path(__file__).resolve().parents[1] / "data" / "twitter-text" / "conformance.json")
                  .read_text(encoding="utf-8"))


def _cases(section: str, group: str):
    return [pytest.param(c, id=c["description"][:80]) for c in DATA[section][group]]


def _urls(text: str) -> list[str]:
    return [text[s:e] for s, e in twitter_urls.extract_urls(text)]


@pytest.mark.parametrize("case", _cases("extract", "urls") + _cases("extract", "tco_urls_with_params"))
def test_extract_urls(case):
    assert _urls(case["text"]) == case["expected"]


def _utf16(text: str, index: int) -> int:
    """twitter-text's indices count UTF-16 units (Java, JavaScript)."""
    return len(text[:index].encode("utf-16-le")) // 2


@pytest.mark.parametrize("case", _cases("extract", "urls_with_indices")
                         + _cases("extract", "urls_with_directional_markers"))
def test_extract_urls_with_indices(case):
    text = case["text"]
    found = [{"url": text[s:e], "indices": [_utf16(text, s), _utf16(text, e)]}
             for s, e in twitter_urls.extract_urls(text)]
    assert found == case["expected"]


@pytest.mark.parametrize("case", _cases("validate", "WeightedTweetsWithDiscountedEmojiCounterTest")
                         + _cases("validate", "UnicodeDirectionalMarkerCounterTest"))
def test_weighted_length_and_validity(case):
    text, expected = case["text"], case["expected"]
    length = weighted_length("x", text)
    assert length == expected["weightedLength"]
    assert (not invalid_characters(text) and length <= 280) == expected["valid"]


def test_every_listed_tld_is_extracted_and_an_unlisted_one_is_not():
    lists = twitter_urls.tld_lists()
    assert len(lists.country) == 315 and len(lists.generic) == 1259
    for tld in lists.country + lists.generic:                 # conformance/tlds.yml
        text = "https://twitter." + tld
        assert _urls(text) == [text], tld
    assert _urls("foo.invalidtld and foo.dk and foo.com") == ["foo.dk", "foo.com"]
    assert weighted_length("x", "foo.invalidtld") == len("foo.invalidtld")
    assert weighted_length("x", "Se viborg.dk") == 3 + 23
