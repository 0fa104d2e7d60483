"""Search's first page: the hybrid plan (walk the view's index, probe FTS5 per row) returns
exactly what the plain FTS-first query returns, in every view and order; complete words match
as whole tokens or their inflections, only the word being typed as a prefix, a quoted phrase
exactly."""
import sqlite3
import sys
from pathlib import Path

import pytest

from app.models.db import open_url
from app.services.inbound import inbox, search_page
from app.services.inbound.inbox import SORT_KEYS, VIEWS, ViewSpec
from app.services.inbound.search_terms import fts_query, search_terms
from app.services.records import retention
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


@pytest.mark.parametrize("walk", ["text", "ids"])
@pytest.mark.parametrize("words", ["kommune", "kommune ", "tak fo", "Skærbækvej", "zzzq", "k", "\"tak fo", "skola "])
def test_hybrid_first_page_equals_plain_in_every_view_and_order(cache, monkeypatch, words, walk, test_clock):
    db, meta = cache
    # Thresholds scaled to the small cache, so every plan and both walks' caps run here: with
    # "text" every search with many candidates tests the rows' text, with "ids" the view's ids
    # are walked against the candidates held in memory.
    monkeypatch.setattr(search_page, "FTS_FIRST_MAX", 200)
    monkeypatch.setattr(search_page, "WALK_MAX", 700)
    monkeypatch.setattr(search_page, "IDS_WALK_MAX", 201 if walk == "text" else 10**6)
    if walk == "ids":
        monkeypatch.setattr(search_page, "WALK_MAX", 1)          # the text walk gives up at once
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
    monkeypatch.setattr(search_page, "IDS_WALK_MAX", 2)
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


def test_ids_walk_stops_at_its_cap_and_sorts_the_candidates(cache, monkeypatch, test_clock):
    db, _meta = cache
    monkeypatch.setattr(search_page, "FTS_FIRST_MAX", 200)
    monkeypatch.setattr(search_page, "IDS_WALK_MAX", 10**6)
    monkeypatch.setattr(search_page, "WALK_MAX", 1)          # the text walk gives up at once
    now = test_clock.now()
    spec = ViewSpec(view="all", search="kommune")
    with db.session() as s:
        assert inbox._search_first_page(s, spec, now, 50) is not None        # filled within its budget
        monkeypatch.setattr(search_page, "IDS_STEPS_PER_CANDIDATE", 0)
        assert inbox._search_plan(s, spec, now, 50) == (None, True)          # FTS first, no LIMIT
        assert list(inbox.view_ids(s, spec, now, limit=50)) == list(inbox.view_ids(s, spec, now)[:50])


@pytest.fixture(scope="module")
def emptied(cache, tmp_path_factory):
    """The same cache after the retention rule (90 days) emptied the old handled items, as the
    window's start-up purge does: their rows stay, without text or author, and they open
    Everything by deadline and every view sorted oldest first."""
    db, meta = cache
    folder = tmp_path_factory.mktemp("emptied")
    with db.session() as s:
        source = s.connection().connection.driver_connection
        target = sqlite3.connect(str(folder / generator.DB_FILE))
        source.backup(target)
        target.close()
    copy = open_url(f"sqlite:///{folder / generator.DB_FILE}")
    with copy.session() as s:
        purged = retention.purge_expired(s, 90).items
    yield copy, meta, purged
    copy.dispose()


def _emptied_share(db, spec, now, rows: int) -> float:
    """The share of the view's first ``rows`` rows that retention emptied."""
    with db.session() as s:
        ids = list(inbox.view_ids(s, ViewSpec(**{**spec.__dict__, "search": None}), now)[:rows])
        raw = s.connection().connection.driver_connection
        marks = ",".join("?" * len(ids))
        (empty,) = raw.execute(f"SELECT count(*) FROM items WHERE id IN ({marks}) AND text = ''", ids).fetchone()
    return empty / len(ids)


@pytest.mark.parametrize("walk", ["text", "ids"])
@pytest.mark.parametrize("words", ["kommune", "kommune ", "tak fo", "skola ", "Skærbækvej", "k"])
def test_hybrid_equals_plain_after_retention_emptied_the_head(emptied, monkeypatch, words, walk, test_clock):
    db, meta, purged = emptied
    assert purged > 3000          # most handled items are older than 90 days on the generated cache
    monkeypatch.setattr(search_page, "FTS_FIRST_MAX", 200)
    monkeypatch.setattr(search_page, "WALK_MAX", 700)
    monkeypatch.setattr(search_page, "IDS_WALK_MAX", 201 if walk == "text" else 10**6)
    if walk == "ids":
        monkeypatch.setattr(search_page, "WALK_MAX", 1)          # the text walk gives up at once
    now = test_clock.now()
    for view in VIEWS:
        for sort in SORT_KEYS:
            for descending in (False, True):
                spec = ViewSpec(view=view, search=words, sort=sort, descending=descending,
                                user=meta["bench_user"])
                hybrid, plain, _walked = _first_pages(db, spec, now)
                assert hybrid == plain, (view, sort, descending)
    for spec in (ViewSpec(view="all", account_id=meta["biggest_account_id"], search=words),
                 ViewSpec(view="answered", institution_id=1, search=words, sort="received"),
                 ViewSpec(view="hidden", account_id=meta["median_account_id"], search=words, descending=True)):
        hybrid, plain, _walked = _first_pages(db, spec, now)
        assert hybrid == plain


@pytest.mark.parametrize("spec", [ViewSpec(view="all", search="kommune"),
                                  ViewSpec(view="all", search="kommune "),
                                  ViewSpec(view="answered", search="kommune", descending=True),
                                  ViewSpec(view="hidden", search="kommune", descending=True),
                                  ViewSpec(view="all", search="kommune", sort="received"),
                                  ViewSpec(view="all", search="kommune", sort="author"),
                                  ViewSpec(view="all", search="kommune", sort="account"),
                                  ViewSpec(view="all", search="kommune", sort="status")])
def test_walk_skips_the_rows_retention_emptied(emptied, monkeypatch, spec, test_clock):
    """Views that open with more emptied rows than the walk's cap still take the walk: it
    starts at the first row with text (the partial indexes of migration 0013)."""
    db, _meta, _purged = emptied
    monkeypatch.setattr(search_page, "FTS_FIRST_MAX", 200)
    monkeypatch.setattr(search_page, "WALK_MAX", 400)    # 'kommune' fills a page in ~150 rows with text
    monkeypatch.setattr(search_page, "IDS_WALK_MAX", 201)   # the text walk (a common word)
    now = test_clock.now()
    assert _emptied_share(db, spec, now, search_page.WALK_MAX) > 0.7    # the walk used to give up here
    hybrid, plain, walked = _first_pages(db, spec, now)
    assert walked and hybrid == plain
