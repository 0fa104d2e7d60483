"""Answer memory: Nordic stems, similar answered questions, topics, template ranking, and what
forgetting removes. Scored on a labelled set of Danish and Swedish questions
(tests/data/memory_cases.json) on a real database, SQLite and PostgreSQL."""
from __future__ import annotations

import json
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.models import tables as t
from app.services.content import memory, nordic
from app.services.content.templates import Template
from app.services.records import retention
from tests.factories import local, make_account, make_item, make_sent_reply, open_test_database

CASES = json.loads((Path(__file__).resolve().parents[1] / "data" / "memory_cases.json").read_text("utf-8"))
T0 = local("2026-02-02 09:00")
SIGNATURE = {"da": "/Mette, Viborg Kommune – Kommunikation", "sv": "/Sara, Malmö stad – Kommunikation"}


def test_stems_meet_across_inflections():
    assert {nordic.stem(w, "da") for w in ("vej", "vejen", "vejene")} == {"vej"}
    assert {nordic.stem(w, "sv") for w in ("skola", "skolan", "skolor")} == {"skol"}
    assert nordic.stem("børnehaven", "da") == nordic.stem("børnehave", "da")
    # Stop words carry no meaning for similarity.
    assert nordic.stems("Hej, hvornår åbner vejen?", "da") == [nordic.stem("åbner", "da"), "vej"]


@pytest.mark.parametrize("text, default, expected", [
    ("Hvornår åbner genbrugspladsen igen efter jul? Jeg har ikke kunnet finde det", "sv", "da"),
    ("När öppnar återvinningscentralen igen efter jul? Jag har inte hittat det", "da", "sv"),
    ("When does the library open?", "da", "en"),
    ("👍", "sv", "sv"),                      # nothing to go on: the account's language
    ("", "da", "da"),
])
def test_language_is_detected_cheaply(text, default, expected):
    assert nordic.detect_language(text, default) == expected


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    database = open_test_database(request, tmp_path)
    yield database
    database.dispose()


def _load(session):
    """History answered with a signed reply; queries new. Returns (query item -> topic)."""
    accounts = {"da": make_account(session, "Viborg Kommune", country="DK", institution="Viborg Kommune"),
                "sv": make_account(session, "Malmö stad", country="SE", institution="Malmö stad")}
    topic_of: dict[int, str] = {}
    queries: list[tuple[int, str]] = []
    for n, topic in enumerate(CASES["topics"]):
        account = accounts[topic["language"]]
        for k, question in enumerate(topic["history"]):
            at = T0 + timedelta(hours=n, minutes=k)
            item = make_item(session, account, at, status=t.STATUS_ANSWERED, text=question,
                             author_name=f"Borger{n}{k} Hansen", handled_at=at + timedelta(hours=1))
            body = topic["answer"].format(name=f"Borger{n}{k}")
            make_sent_reply(session, item, body + "\n" + SIGNATURE[topic["language"]],
                            author="Mette Jensen" if topic["language"] == "da" else "Sara Lind")
            topic_of[item.id] = topic["id"]
        for k, question in enumerate(topic["queries"]):
            item = make_item(session, account, T0 + timedelta(days=7, hours=n, minutes=k), text=question,
                             author_name="Ny Borger")
            topic_of[item.id] = topic["id"]
            queries.append((item.id, topic["id"]))
    return topic_of, queries


def test_right_answer_in_the_top_three_for_most_new_questions(db):
    with db.session() as s:
        topic_of, queries = _load(s)
        assert memory.refresh(s) == len(topic_of)
        assert memory.refresh(s) == 0                       # incremental: nothing twice
        hits = 0
        for item_id, topic in queries:
            found = memory.similar_answered(s, item_id, limit=3)
            hits += any(topic_of[p.item_id] == topic for p in found)
            assert all(s.get(t.Item, p.item_id).status in memory.ANSWERED for p in found)
        rate = hits / len(queries)
    print(f"answer memory: right answer in top 3 for {hits}/{len(queries)} = {rate:.0%}")
    assert len(queries) >= 150 and rate >= 0.80


def test_reuse_takes_the_new_name_and_never_the_old_signature(db):
    with db.session() as s:
        _topic_of, queries = _load(s)
        memory.refresh(s)
        item_id, _topic = queries[0]                              # a Danish genbrugsplads question
        best = memory.similar_answered(s, item_id, limit=1)[0]
        assert "Genbrugspladsen" in best.answer
        assert "/Mette" not in best.answer and best.answered_by == "Mette Jensen"
        text = memory.reuse(best, "Karen Ølgaard")
        assert text.startswith("Hej Karen.") and "Borger" not in text


def test_same_language_only_and_own_institution_first(db):
    with db.session() as s:
        school = make_account(s, "Hald Ege Skole", country="DK", institution="Hald Ege Skole")
        city = make_account(s, "Viborg Kommune", country="DK", institution="Viborg Kommune")
        make_account(s, "Malmö stad", country="SE", institution="Malmö stad")   # another language
        for account, answer in ((city, "Kommunen: svømmehallen åbner mandag."),
                                (school, "Skolen: svømmehallen åbner mandag for eleverne.")):
            old = make_item(s, account, T0, status=t.STATUS_ANSWERED, text="Hvornår åbner svømmehallen?",
                            handled_at=T0 + timedelta(hours=1))
            make_sent_reply(s, old, answer)
        new = make_item(s, school, T0 + timedelta(days=1), text="Åbner svømmehallen snart igen?")
        memory.refresh(s)
        found = memory.similar_answered(s, new.id)
        assert [p.answer.split(":")[0] for p in found] == ["Skolen", "Kommunen"]
        assert found[0].same_institution and not found[1].same_institution


def test_forgetting_a_person_removes_what_memory_derived(db):
    with db.session() as s:
        account = make_account(s, "Viborg Kommune", country="DK")
        item = make_item(s, account, T0, status=t.STATUS_ANSWERED, text="Hvornår åbner genbrugspladsen?",
                         author_name="Jens Hansen", handled_at=T0 + timedelta(hours=1))
        make_sent_reply(s, item, "Den åbner kl. 10.")
        memory.refresh(s)
        assert s.scalar(select(func.count()).select_from(t.MemoryDoc)) == 1
        retention.forget_author(s, account.id, author_name="Jens Hansen")
        s.flush()
        assert s.scalar(select(func.count()).select_from(t.MemoryDoc)) == 0
        assert memory.refresh(s) == 0                       # the erased text is not indexed again


def test_topics_group_a_view_by_what_it_is_about():
    rows, truth = [], {}
    for topic in CASES["topics"]:
        if topic["language"] != "da":
            continue
        for question in topic["queries"]:
            item_id = len(rows) + 1
            rows.append((item_id, None, question, "da"))
            truth[item_id] = topic["id"]
    found = memory.topics(rows)
    grouped = [i for topic in found for i in topic.item_ids]
    assert len(grouped) == len(set(grouped))                 # an item is in one group
    pure = sum(Counter(truth[i] for i in topic.item_ids).most_common(1)[0][1] for topic in found)
    purity, coverage = pure / len(grouped), len(grouped) / len(rows)
    print(f"topics: purity {purity:.0%}, coverage {coverage:.0%}, {len(found)} groups")
    assert purity >= 0.8 and coverage >= 0.6
    road = next(topic for topic in found if topic.kind == "place")
    assert road.label == "Søndergade" and len(road.item_ids) == 8


def test_templates_ranked_by_fit_in_the_item_language():
    templates = [
        Template("Tak for din kommentar", "thanks", "da", "Tak for din kommentar, {name}."),
        Template("Åbningstider genbrugsplads", "info", "da",
                 "Genbrugspladsen har åbent alle dage kl. 10-17. Åbningstiderne står på {link}."),
        Template("Öppettider återvinning", "info", "sv", "Återvinningscentralen har öppet 10-18."),
        Template("Skoleindskrivning", "info", "da", "Indskrivning til skole sker på Aula."),
    ]
    ranked = memory.rank_templates(templates, "Hvornår har genbrugspladsen åbent?", "da")
    assert ranked[0].name == "Åbningstider genbrugsplads"
    assert ranked[-1].language == "sv"                        # another language comes last
    # What a template was used for counts too.
    used = {"Skoleindskrivning": ["Hvordan skriver jeg min søn op til børnehaveklassen?"]}
    assert memory.rank_templates(templates, "Hvor skriver man op til børnehaveklasse?", "da",
                                 used)[0].name == "Skoleindskrivning"


def test_an_unrelated_earlier_answer_is_not_offered(db):
    """Sharing only glue words ("Hvad gør vi?" / "Hvordan gør jeg det?") is no fit."""
    with db.session() as s:
        account = make_account(s, "Viborg Kommune", country="DK", institution="Viborg Kommune")
        old = make_item(s, account, T0, status=t.STATUS_ANSWERED, handled_at=T0 + timedelta(hours=1),
                        text="Jeg har fået afslag på tilskud til høreapparat og vil gerne klage. Hvordan gør jeg det?")
        make_sent_reply(s, old, "Hej Jørgen. Skriv til os via viborg.dk/kontakt.")
        new = make_item(s, account, T0 + timedelta(days=1),
                        text="Hej. Vores skraldespand er ikke blevet tømt siden onsdag i sidste uge, og nu flyder "
                             "det over. Vi bor på Skovvej 14 i Bjerringbro. Hvad gør vi?")
        memory.refresh(s)
        assert memory.similar_answered(s, new.id) == []


def test_only_templates_that_really_fit_are_suggested():
    templates = [
        Template("Tak for din kommentar", "thanks", "da", "Tak for din kommentar, {name}."),
        Template("Åbningstider genbrugsplads", "info", "da",
                 "Genbrugspladsen har åbent alle dage kl. 10-17. Åbningstiderne står på {link}."),
        Template("Vejarbejde", "info", "da", "Vejen er spærret på grund af vejarbejde."),
    ]
    assert [x.name for x in memory.suggested_templates(templates, "Har genbrugspladsen åbent i dag?", "da")] \
        == ["Åbningstider genbrugsplads"]
    # A shared glue word or common verb ("står") is no fit: nothing is suggested.
    assert memory.suggested_templates(templates, "Hvad står der i brevet?", "da") == []
    fits = dict((x.name, f) for x, f in memory.template_fit(templates, "Hvornår er vejene ikke spærret?", "da"))
    assert fits["Vejarbejde"] >= memory.MIN_FIT > fits["Tak for din kommentar"]


def test_template_usage_comes_from_the_recorded_categories(db):
    from app.services.content import topic_view
    from app.services.training.packs import record_template_use
    with db.session() as s:
        account = make_account(s, "Viborg Kommune", country="DK")
        asked = make_item(s, account, T0, text="Hvordan skriver jeg min søn op til børnehaveklassen?")
        record_template_use(s, asked.id, "referral", "Mette")
    with db.session() as s:
        usage = topic_view.template_usage(s)
        assert usage == {"referral": ["Hvordan skriver jeg min søn op til børnehaveklassen?"]}
        templates = [Template("Generelt", "answer", "da", "Tak for dit spørgsmål."),
                     Template("Indskrivning", "referral", "da", "Det sker på Aula.")]
        used = topic_view.used_for(templates, usage)
        assert memory.suggested_templates(templates, "Hvor skriver man op til børnehaveklasse?", "da",
                                          used)[0].name == "Indskrivning"


def test_handles_links_and_common_verbs_make_no_earlier_answer_fit(db):
    """Seen on the demo: two tweets sharing only "@malmostad", or only a form of "behöva",
    are not the same question."""
    with db.session() as s:
        account = make_account(s, "Malmö stad", country="SE", institution="Malmö stad")
        old = make_item(s, account, T0, status=t.STATUS_ANSWERED, handled_at=T0 + timedelta(hours=1),
                        text="@malmostad finns det någon karta över omledningarna? https://malmo.se/x")
        make_sent_reply(s, old, "Hej! Kartan finns på malmo.se/lundavagen.", author="Lise Holm")
        older = make_item(s, account, T0, status=t.STATUS_ANSWERED, handled_at=T0 + timedelta(hours=1),
                          text="Behöver man bygglov för en friggebod?")
        make_sent_reply(s, older, "Hej! En friggebod behöver inte bygglov.", author="Lise Holm")
        rude = make_item(s, account, T0 + timedelta(days=1), text="@malmostad ni är ett skämt https://malmo.se/x")
        grumble = make_item(s, account, T0 + timedelta(days=1), text="Pengar till allt utom det som behövs.")
        detour = make_item(s, account, T0 + timedelta(days=1), text="@malmostad varför är omledningen så lång?")
        memory.refresh(s)
        assert memory.similar_answered(s, rude.id) == []
        assert memory.similar_answered(s, grumble.id) == []
        assert [p.item_id for p in memory.similar_answered(s, detour.id)] == [old.id]


def test_comments_on_one_post_sharing_a_word_are_a_topic():
    """Same post and similar text: 'svømmehal' is in most of the view (too common to group by
    across posts), but two comments on one post that share it are a topic; a third comment on
    that post about something else is not pulled in."""
    rows = [(1, 10, "Hvornår åbner svømmehallen?", "da"), (2, 10, "Er svømmehallen lukket i morgen?", "da"),
            (3, 10, "Flot billede af havnen!", "da"), (4, 11, "Svømmehallen i Viborg er kold", "da"),
            (5, 12, "Svømmehallen har dårlige omklædningsrum", "da")]
    found = memory.topics(rows, max_share=0.5)
    post = [x for x in found if x.kind == "thread"]
    assert [(x.label, sorted(x.item_ids)) for x in post] == [("svømmehallen", [1, 2])]
    assert all(3 not in x.item_ids for x in found)
