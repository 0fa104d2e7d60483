"""Nordic-language search (issue 21.2): a word finds its inflected forms through Snowball
stems ("vej" finds "vejen"/"vejene", "skola" finds "skolan"/"skolor"), a quoted phrase still
matches exactly, on SQLite and on PostgreSQL, and the hybrid first page agrees with the plain
query with stemming on."""
import pytest

from app.models.db import open_url
from app.services.content import nordic
from app.services.inbound import inbox
from app.services.inbound.inbox import ViewSpec
from app.services.inbound.search_terms import parse_search
from tests.factories import make_account, make_item

DANISH = ["Vejen ved skolen er lukket", "Hvornår åbner vejene igen?", "Der er hul i vej 12",
          "Vejret er dårligt", "Skolerne holder lukket fredag", "Vejle Kommune svarer ikke"]
SWEDISH = ["Skolan är stängd i dag", "Alla skolor i kommunen stänger", "Var ligger skola nummer 3?",
           "Vägen till återvinningscentralen är avstängd", "Vägarna är hala", "Skolgården är smutsig"]


def test_inflections_are_forms_with_the_same_stem():
    assert {"vejen", "vejene", "veje"} <= set(nordic.inflections("vej", "da"))
    assert {"skolan", "skolor", "skolorna"} <= set(nordic.inflections("skola", "sv"))
    assert {"vägen", "vägar", "vägarna"} <= set(nordic.inflections("väg", "sv"))
    assert "vejr" not in nordic.inflections("vej", "da")            # weather, another stem
    assert all(nordic.stem(f, "da") == "vej" for f in nordic.inflections("vejene", "da"))
    assert nordic.inflections("og", "da") == () and nordic.inflections("12", "da") == ()


def test_parse_keeps_quoted_phrases_exact():
    terms = parse_search('vej "vejen er" sko', ("da",))
    assert [(x.words, x.phrase, x.prefix) for x in terms] == [
        (("vej",), False, False), (("vejen", "er"), True, False), (("sko",), False, True)]
    assert terms[1].forms == () and "vejen" in terms[0].forms
    assert parse_search("vej", ()) [0].forms == ()                 # no languages: plain words


def _fill(db, now):
    with db.session() as s:
        dk = make_account(s, "Aarhus", country="DK")
        se = make_account(s, "Malmö", country="SE")
        ids = {text: make_item(s, dk, now, text=text).id for text in DANISH}
        ids.update({text: make_item(s, se, now, text=text).id for text in SWEDISH})
    return ids


def _check(db, ids, now):
    with db.session() as s:
        def found(words):
            got = set(inbox.view_ids(s, ViewSpec(view="all", search=words), now))
            return {text for text, i in ids.items() if i in got}
        assert found("vej ") == {DANISH[0], DANISH[1], DANISH[2]}     # not "Vejret", not "Vejle"
        assert found("vejene ") == {DANISH[0], DANISH[1], DANISH[2]}
        assert found("skolen ") == {DANISH[0], DANISH[4], SWEDISH[0], SWEDISH[1], SWEDISH[2]}
        # Swedish forms of "skola" include "skolen", not Danish "skolerne"
        assert found("skola ") == {SWEDISH[0], SWEDISH[1], SWEDISH[2], DANISH[0]}
        assert SWEDISH[5] not in found("skola ")                      # a compound is another word
        assert found("vägarna ") == {SWEDISH[3], SWEDISH[4]}
        assert found("skolor stänger") == {SWEDISH[1]}                # every word must match
        assert found('"vejen ved skolen"') == {DANISH[0]}             # a phrase, exactly
        assert found('"vej"') == {DANISH[2]}                          # a quoted word, exactly
        assert found('"er skolen"') == set()              # words in another order
        assert found("lukke ") == {DANISH[0], DANISH[4]}              # verbs too: lukket
        assert inbox.count(s, ViewSpec(view="all", search="vej "), now) == 3


@pytest.mark.parametrize("store", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_stemmed_search_on_both_stores(store, request, tmp_path, test_clock):
    url = (f"sqlite:///{tmp_path / 'c.sqlite3'}" if store == "sqlite"
           else request.getfixturevalue("pg_url"))
    db = open_url(url)
    now = test_clock.now()
    _check(db, _fill(db, now), now)
    db.dispose()


def test_the_word_being_typed_gets_only_longer_forms():
    """While typing, "komm" must not match "kom" (its stem), and forms that begin with the typed
    word are left to its prefix; a typed "skola" still finds "skolor"."""
    typed = parse_search("komm", ("da",))[0]
    assert typed.prefix and "kom" not in typed.forms
    assert not any(form.startswith("komm") for form in typed.forms)
    assert "skolor" in parse_search("skola", ("sv",))[0].forms
    assert "kommun" in parse_search("kommune ", ("sv",))[0].forms     # complete: every form
