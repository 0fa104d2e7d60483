"""Search's first page: the hybrid plan (walk the view's index, probe FTS5 per row) returns
exactly what the plain FTS-first query returns, in every view and order; complete words match
as whole tokens or their inflections, only the word being typed as a prefix, a quoted phrase
exactly."""
import sys
from pathlib import Path

import pytest

from app.models.db import open_url
from app.services.inbound import inbox, search_page
from app.services.inbound.inbox import SORT_KEYS, VIEWS, ViewSpec
from app.services.inbound.search_terms import fts_query, search_terms
from tests.factories import make_account, make_item

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import generator  # noqa: E402  (bench/generator.py)


def test_complete_words_are_tokens_and_the_typed_word_a_prefix():
    assert search_terms("kommune bor") == [("kommune", False), ("bor", True)]
    assert search_terms("kommune bor ") == [("kommune", False), ("bor", False)]
    assert search_terms("Skærbækvej 12,") == [("Skærbækvej", False), ("12", False)]
    assert fts_query('"x" OR y*') == '"x" AND "OR" AND "y"'     # FTS5 syntax stays text
    assert fts_query("  ") is None


def test_token_and_prefix_matching(tmp_path, test_clock):
    db = open_url(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    now = test_clock.now()
    with db.session() as s:
        acc = make_account(s, "Viborg")
        a = make_item(s, acc, now, text="Kommunen lukker svømmehallen").id
        b = make_item(s, acc, now, text="Hvad siger kommune om det?").id
        c = make_item(s, acc, now, text="Kommunalvalget er på tirsdag").id
    with db.session() as s:
        def found(words):
            return set(inbox.view_ids(s, ViewSpec(view="all", search=words), now))
        assert found("kommun") == {a, b, c}       # typed: a prefix
        assert found("kommune") == {a, b}
        assert found("kommune ") == {a, b}        # complete: the token and its inflections
        assert found('"kommune"') == {b}          # quoted: exactly this word
        assert found("KOMMUNE siger") == {b}
        assert found("kommunen ") == {a, b}
        assert found('"kommunen"') == {a}
        assert found("kommunal ") == set()        # another stem: not an inflection
        assert found("SVØMMEHALLEN ") == {a}      # case folded as FTS5 folds it
    db.dispose()


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    """A small generated cache (the bench's generator: real schema, texts, statuses)."""
    folder = tmp_path_factory.mktemp("cache") / "c"
    meta = generator.generate(folder, 12_000, log=lambda *a: None)
    db = open_url(f"sqlite:///{folder / generator.DB_FILE}")
    yield db, meta
    db.dispose()


def _first_pages(db, spec, now):
    with db.session() as s:
        hybrid = list(inbox.view_ids(s, spec, now, limit=50))
        plain = list(inbox.view_ids(s, spec, now)[:50])
        used = inbox._search_first_page(s, spec, now, 50) is not None
    return hybrid, plain, used


@pytest.mark.parametrize("words", ["kommune", "kommune ", "tak fo", "Skærbækvej", "zzzq", "k", "\"tak fo", "skola "])
def test_hybrid_first_page_equals_plain_in_every_view_and_order(cache, monkeypatch, words, test_clock):
    db, meta = cache
    # Thresholds scaled to the small cache, so both plans and the walk's cap all run here.
    monkeypatch.setattr(search_page, "FTS_FIRST_MAX", 200)
    monkeypatch.setattr(search_page, "WALK_MAX", 700)
    now = test_clock.now()
    used = 0
    for view in VIEWS:
        for sort in SORT_KEYS:
            for descending in (False, True):
                spec = ViewSpec(view=view, search=words, sort=sort, descending=descending,
                                user=meta["bench_user"])
                hybrid, plain, walked = _first_pages(db, spec, now)
                assert hybrid == plain, (view, sort, descending)
                used += walked
    for spec in (ViewSpec(view="open", account_id=meta["biggest_account_id"], search=words),
                 ViewSpec(view="all", institution_id=1, search=words, sort="received", descending=True)):
        hybrid, plain, walked = _first_pages(db, spec, now)
        assert hybrid == plain
        used += walked
    if words.strip() in ("kommune", "tak fo"):
        assert used > 20          # the common word really took the walk in most views
    if words == "zzzq":
        assert used == 0          # a word without candidates is looked up FTS first


def test_walk_stops_at_its_cap_and_falls_back(cache, monkeypatch, test_clock):
    db, meta = cache
    monkeypatch.setattr(search_page, "FTS_FIRST_MAX", 1)
    monkeypatch.setattr(search_page, "WALK_MAX", 60)     # ~20 of 60 rows hold the word: page not full
    now = test_clock.now()
    spec = ViewSpec(view="all", search="kommune")
    with db.session() as s:
        assert inbox._search_first_page(s, spec, now, 50) is None
        assert list(inbox.view_ids(s, spec, now, limit=50)) == list(inbox.view_ids(s, spec, now)[:50])
        # A view shorter than the cap is walked to its end: its matches are the whole answer.
        small = ViewSpec(view="due_today", search="kommune")
        walked = inbox._search_first_page(s, small, now, 50)
        assert walked is not None and list(walked) == list(inbox.view_ids(s, small, now))


def test_the_generated_cache_has_exact_kept_counts(cache):
    """The generator loads with the triggers dropped and then counts afresh (bench figures
    of the navigator read these counts)."""
    from app.services.inbound import item_counts
    db, meta = cache
    with db.session() as s:
        kept = item_counts.stored(s)
        assert kept == item_counts.recount(s)
        assert sum(kept.values()) == meta["items"]
