"""Answer memory: the team's earlier answers to similar questions, topics in a view, and
templates ranked by fit, all computed on this machine from the team's own history.

Nothing leaves the laptop: the index is stems of the items' text in the same database
(`memory_docs`, BM25 through FTS5 on SQLite and `ts_rank` on PostgreSQL). It is derived data:
retention and "forget this person" delete it with the text (see retention._anonymise).
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy import text as sql_text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.models import tables as t
from app.models.db import table_of
from app.services.content import nordic
from app.services.content.signatures import first_name

ANSWERED = (t.STATUS_ANSWERED, t.STATUS_REFERRED)
ANSWER_ACTIONS = ("reply", "private_reply", "message")
REFRESH_BATCH = 2000
CANDIDATES = 200          # best BM25 matches looked at before the answered/language filter
MAX_QUERY_TERMS = 24


# --- indexing ---------------------------------------------------------------------------------

def refresh(session: Session, *, limit: int | None = None, account_id: int | None = None) -> int:
    """Index the items stored since the last refresh (ids only grow, so the newest indexed id
    is the mark: a page of sync costs a range scan, not a pass over the cache); returns how
    many were added. With ``account_id``, only that account's items and its own mark: in team
    mode a login may read accounts it may not index (row-level security on memory_docs)."""
    i, a = t.Item, t.Account
    marks = select(func.coalesce(func.max(t.MemoryDoc.item_id), 0))
    if account_id is not None:
        marks = marks.join(i, i.id == t.MemoryDoc.item_id).where(i.account_id == account_id)
    mark = session.scalar(marks)
    query = (select(i.id, i.text, a.language)
             .join(a, a.id == i.account_id)
             .where(i.id > mark, i.purged.is_(False), i.status != t.STATUS_OWN, i.text != "")
             .order_by(i.id))
    if account_id is not None:
        query = query.where(i.account_id == account_id)
    if limit is not None:
        query = query.limit(limit)
    added = 0
    batch: list[dict[str, Any]] = []
    for item_id, text, account_language in session.execute(query):
        language = nordic.detect_language(text, account_language or "da")
        # Links and @handles are left out: "@malmostad" in two tweets is not a shared subject.
        batch.append({"item_id": item_id, "language": language,
                      "stems": " ".join(nordic.stems(_NOT_ABOUT.sub(" ", text), language))})
        if len(batch) >= REFRESH_BATCH:
            session.execute(table_of(t.MemoryDoc).insert(), batch)
            added, batch = added + len(batch), []
    if batch:
        session.execute(table_of(t.MemoryDoc).insert(), batch)
        added += len(batch)
    return added


def forget(session: Session, item_ids: Iterable[int]) -> None:
    """Drop what the memory derived from these items (their text is being erased)."""
    ids = list(item_ids)
    if ids:
        session.execute(delete(t.MemoryDoc).where(t.MemoryDoc.item_id.in_(ids))
                        .execution_options(synchronize_session=False))


def language_of(session: Session, item_id: int) -> str | None:
    return session.scalar(select(t.MemoryDoc.language).where(t.MemoryDoc.item_id == item_id))


# --- similar questions answered before -------------------------------------------------------

@dataclass(frozen=True)
class PastAnswer:
    item_id: int                  # the earlier citizen item
    question: str
    answer: str                   # signature removed; the composer signs with today's writer
    answered_by: str
    answered_at: datetime | None
    author_name: str | None       # the earlier citizen (only to replace their name on reuse)
    same_institution: bool
    score: float                  # higher is more similar


def _query_terms(stems: Sequence[str]) -> list[str]:
    seen: dict[str, None] = {}
    for s in stems:
        if len(s) > 1:
            seen.setdefault(s, None)
    return list(seen)[:MAX_QUERY_TERMS]


def _candidates(session: Session, terms: list[str], language: str, exclude: int) -> list[tuple[int, float]]:
    if not terms:
        return []
    if session.get_bind().dialect.name == "sqlite":
        match = " OR ".join('"' + term.replace('"', '""') + '"' for term in terms)
        rows = session.execute(sql_text(
            "SELECT f.rowid, -bm25(memory_fts) AS score FROM memory_fts f "
            "JOIN memory_docs d ON d.item_id = f.rowid "
            "WHERE memory_fts MATCH :q AND d.language = :lang AND f.rowid != :me "
            "ORDER BY bm25(memory_fts) LIMIT :n"),
            {"q": match, "lang": language, "me": exclude, "n": CANDIDATES}).all()
    else:
        query = " | ".join("'" + term.replace("'", "''") + "'" for term in terms)
        rows = session.execute(sql_text(
            "SELECT d.item_id, ts_rank(to_tsvector('simple', d.stems), q) AS score "
            "FROM memory_docs d, to_tsquery('simple', :q) q "
            "WHERE to_tsvector('simple', d.stems) @@ q AND d.language = :lang AND d.item_id != :me "
            "ORDER BY score DESC LIMIT :n"),
            {"q": query, "lang": language, "me": exclude, "n": CANDIDATES}).all()
    return [(int(r[0]), float(r[1])) for r in rows]


def strip_signature(text: str, writer: str | None) -> str:
    """The answer without the signature line its writer's Svarbox appended."""
    lines = (text or "").rstrip().split("\n")
    name = first_name(writer).casefold()
    while lines:
        last = lines[-1].strip()
        if not last:
            lines.pop()
            continue
        if last.startswith(("/", "–", "—")) or (name and len(last) <= 80 and name in last.casefold()
                                                 and len(last.split()) <= 8):
            lines.pop()
        break
    return "\n".join(lines).rstrip()


def _answers(session: Session, item_ids: list[int]) -> dict[int, tuple[str, str, datetime | None]]:
    """Each item's latest answer: a reply Svarbox sent, else one written on the platform."""
    out: dict[int, tuple[str, str, datetime | None]] = {}
    o = t.OutboxAction
    for item_id, text, author, sent_at in session.execute(
            select(o.item_id, o.text, o.author, o.sent_at)
            .where(o.item_id.in_(item_ids), o.state == t.OUTBOX_SENT, o.action.in_(ANSWER_ACTIONS),
                   o.text.is_not(None), o.text != "")
            .order_by(o.sent_at)):
        if item_id is None or text is None:   # excluded by the query; the columns are nullable
            continue
        out[item_id] = (strip_signature(text, author), author, sent_at)
    missing = [i for i in item_ids if i not in out]
    if missing:
        cit, own = t.Item, t.Item.__table__.alias("own")
        rows = session.execute(
            select(cit.id, own.c.text, own.c.author_name, own.c.received_at)
            .join(own, (own.c.account_id == cit.account_id)
                  & (own.c.parent_external_id == cit.external_id)
                  & (own.c.status == t.STATUS_OWN))
            .where(cit.id.in_(missing), own.c.text != "")
            .order_by(own.c.received_at))
        for item_id, text, author, at in rows:
            out[item_id] = (text, author or "", at)
    return out


def similar_answered(session: Session, item_id: int, *, limit: int = 3) -> list[PastAnswer]:
    """The team's most similar earlier items that got an answer, same language, the asking
    item's institution first, then by BM25 relevance."""
    item = session.get(t.Item, item_id)
    if item is None or not item.text:
        return []
    account = session.get(t.Account, item.account_id)
    language = language_of(session, item_id) or nordic.detect_language(
        item.text, (account.language if account else None) or "da")
    # What the question is about: no links or handles, no glue words or common verbs.
    terms = _query_terms(_content_stems(item.text, language))
    scored = _candidates(session, terms, language, item_id)
    if not scored:
        return []
    ids = [i for i, _ in scored]
    rows = {r.id: r for r in session.execute(
        select(t.Item.id, t.Item.text, t.Item.author_name, t.Item.status, t.Account.institution_id)
        .join(t.Account, t.Account.id == t.Item.account_id)
        .where(t.Item.id.in_(ids), t.Item.status.in_(ANSWERED), t.Item.purged.is_(False)))}
    answers = _answers(session, [i for i in ids if i in rows])
    home = account.institution_id if account else None
    # BM25 ranks; it does not decide whether anything fits. An earlier question must share a
    # content word with this one, and two when this one says a lot (seven words or more).
    wanted = set(terms)
    need = 2 if len(wanted) >= 7 else 1
    shared = {d: len(wanted & set(stems.split())) for d, stems in session.execute(
        select(t.MemoryDoc.item_id, t.MemoryDoc.stems).where(t.MemoryDoc.item_id.in_(ids)))}
    found: list[PastAnswer] = []
    for candidate, score in scored:
        row = rows.get(candidate)
        if row is None or candidate not in answers or shared.get(candidate, 0) < need:
            continue
        answer, writer, at = answers[candidate]
        found.append(PastAnswer(candidate, row.text, answer, writer, at, row.author_name,
                                home is not None and row.institution_id == home, score))
    found.sort(key=lambda p: (not p.same_institution, -p.score))
    return found[:limit]


def suggestions(session: Session, item_id: int, *, limit: int = 3) -> list[PastAnswer]:
    """For the window: learn what arrived since last time, then the answers for one item."""
    account_id = session.scalar(select(t.Item.account_id).where(t.Item.id == item_id))
    try:
        with session.begin_nested():
            refresh(session, limit=REFRESH_BATCH, account_id=account_id)
    except DBAPIError as exc:
        # A reader of the account may not index its items (row-level security, SQLSTATE 42501):
        # the memory still answers from what colleagues indexed.
        if getattr(exc.orig, "sqlstate", None) != "42501":
            raise
    return similar_answered(session, item_id, limit=limit)


def reuse(past: PastAnswer, new_author: str | None) -> str:
    """The earlier answer for a new citizen: their first name in place of the earlier one's.
    The signature is not included: the composer appends today's writer's own."""
    text = past.answer
    old, new = first_name(past.author_name), first_name(new_author)
    if old and new and old != new:
        text = re.sub(rf"(?<!\w){re.escape(old)}(?!\w)", new, text)
    return text


# --- topics -----------------------------------------------------------------------------------

# Street and place names: a capitalised word with a Nordic street/place ending.
_PLACE = re.compile(r"\b[A-ZÆØÅÄÖ][\wæøåäöéü-]*(?:gade|vej|vejen|stræde|torv|plads|allé|alle|vænget|"
                    r"parken|gatan|vägen|torget|gränd|platsen|stigen|leden|veien|gata)\b")


# Links and @handles say where, not what; common verbs and time words say how, not what.
_NOT_ABOUT = re.compile(r"https?://\S+|www\.\S+|[@#]\w+")
_TOPIC_STOP = {
    "da": frozenset("""får fået fik står stod stå går gik gået kommer kom kommet langt lang længe
        uge uger dag dage måned måneder tid gang gange hjemmefra helt mere mest nogle godt bedre
        hvornår tager taget siger sagt ved vide vidste spørge spørgsmål svar svare andre hele
        stadigvæk faktisk virkelig hjælp hjælpe gælder gælde""".split()),
    "sv": frozenset("""behöver behöva behövde står stod stå går gick gått kommer kom kommit långt
        länge vecka veckor veckan dag dagar dagen månad månader tid gång gånger mycket mer mest
        bättre tar tog säger sagt vet veta fråga frågor svar svara andra hela fortfarande
        faktiskt verkligen även hjälp hjälpa gäller gälla""".split()),
}


@dataclass
class Topic:
    label: str                    # "Søndergade", "genbrugsplads"
    item_ids: list[int] = field(default_factory=list)
    kind: str = "words"           # place | words | thread
    topic_words: tuple[str, ...] = ()   # surface forms, for finding the topic in other text


def topics(rows: Iterable[tuple[int, int | None, str, str]], *, min_size: int = 2,
           max_share: float = 0.6) -> list[Topic]:
    """Group items (id, thread_id, text, language) by what they are about: the same street or
    place first, then a shared uncommon word, then (of those left) comments on the same post
    that share a word; the largest groups first."""
    docs: dict[int, set[str]] = {}
    threads: dict[int, int | None] = {}
    surface: dict[str, Counter[str]] = defaultdict(Counter)
    places: dict[int, set[str]] = {}
    for item_id, thread, text, language in rows:
        threads[item_id] = thread
        text = _NOT_ABOUT.sub(" ", text or "")
        places[item_id] = set(_PLACE.findall(text))
        words = set()
        skip = nordic.STOP_WORDS.get(language, frozenset()) | _TOPIC_STOP.get(language, frozenset())
        for word in nordic.tokens(text):
            if len(word) < 4 or word in skip:
                continue
            s = nordic.stem(word, language)
            if s in _stop_stems(language):
                continue
            words.add(s)
            surface[s][word] += 1
        docs[item_id] = words
    n = len(docs)
    if n < min_size:
        return []
    out: list[Topic] = []
    taken: set[int] = set()
    place_df = Counter(p for ps in places.values() for p in ps)
    for place, count in place_df.most_common():
        if count < min_size:
            break
        members = [i for i, ps in places.items() if place in ps and i not in taken]
        if len(members) >= min_size:
            out.append(Topic(place, members, "place", (place,)))
            taken.update(members)
    df = Counter(s for i, words in docs.items() if i not in taken for s in words)
    limit = max(min_size, int(max_share * n))
    # An uncommon word shared by several: weight by count and by how rare it is in the view.
    ranked = sorted(((c * math.log(n / c + 1.0), s) for s, c in df.items() if min_size <= c <= limit),
                    reverse=True)
    for _weight, s in ranked:
        members = [i for i, words in docs.items() if s in words and i not in taken]
        if len(members) >= min_size:
            label = surface[s].most_common(1)[0][0]
            out.append(Topic(label, members, "words", tuple(w for w, _n in surface[s].most_common(3))))
            taken.update(members)
    # The same post and similar text: what is left of one post's comments, when they share a
    # word (one too common in the whole view to group by, say the post's own subject).
    by_thread: dict[int, list[int]] = defaultdict(list)
    for i, thread in threads.items():
        if thread is not None and i not in taken:
            by_thread[thread].append(i)
    for members in by_thread.values():
        while len(members) >= min_size:
            shared = Counter(s for i in members for s in docs[i]).most_common(1)
            if not shared or shared[0][1] < min_size:
                break
            s = shared[0][0]
            group = [i for i in members if s in docs[i]]
            out.append(Topic(surface[s].most_common(1)[0][0], group, "thread",
                             tuple(w for w, _n in surface[s].most_common(3))))
            taken.update(group)
            members = [i for i in members if i not in taken]
    out.sort(key=lambda topic: (-len(topic.item_ids), topic.label))
    return out


def view_topics(session: Session, item_ids: Sequence[int], *, limit: int = 2000) -> list[Topic]:
    """Topics among the first `limit` items of a view."""
    ids = list(item_ids)[:limit]
    if not ids:
        return []
    rows = session.execute(
        select(t.Item.id, t.Item.thread_id, t.Item.text, t.MemoryDoc.language, t.Account.language)
        .join(t.Account, t.Account.id == t.Item.account_id)
        .outerjoin(t.MemoryDoc, t.MemoryDoc.item_id == t.Item.id)
        .where(t.Item.id.in_(ids)))
    return topics((r[0], r[1], r[2] or "", r[3] or nordic.detect_language(r[2] or "", r[4] or "da"))
                  for r in rows)


# --- templates ranked by fit ------------------------------------------------------------------

_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _vector(words: Iterable[str]) -> Counter[str]:
    return Counter(words)


def _cosine(a: Counter[str], b: Counter[str]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b.get(k, 0) for k, v in a.items())
    return dot / (math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values())))


MIN_FIT = 0.15       # below this a template shares only an incidental word with the item
SUGGESTED = 3        # the composer and the Topics window offer this many first


@lru_cache(maxsize=16)
def _stop_stems(language: str) -> frozenset[str]:
    """The stems of the common verbs and time words: "behövs" is as empty as "behöver"."""
    return frozenset(nordic.stem(w, language) for w in _TOPIC_STOP.get(language, ()))


def _content_stems(text: str, language: str) -> list[str]:
    """Stems of the words that say what a text is about (no glue words, no common verbs)."""
    skip, stop = _stop_stems(language), nordic.STOP_WORDS.get(language, ())
    out = []
    for word in nordic.tokens(_NOT_ABOUT.sub(" ", text or "")):
        if len(word) > 1 and word not in stop:
            s = nordic.stem(word, language)
            if s not in skip:
                out.append(s)
    return out


def template_fit(templates: Sequence[Any], text: str, language: str,
                 used_for: dict[str, list[str]] | None = None) -> list[tuple[Any, float]]:
    """(template, fit) ordered by how well each template fits `text`: the template's own
    words (placeholders removed) and the questions it was used for before (`used_for`:
    template name -> texts), the item's language first. Fit is a cosine in [0, 1]; stable
    for ties, so the usual order stays when nothing fits."""
    query = _vector(_content_stems(text, language))
    scored = []
    for position, template in enumerate(templates):
        tl = getattr(template, "language", language) or language
        body = _PLACEHOLDER.sub(" ", f"{getattr(template, 'name', '')} {template.body}")
        profile = _vector(_content_stems(body, tl))
        for past in (used_for or {}).get(getattr(template, "name", ""), []):
            profile.update(_content_stems(past, tl))
        score = _cosine(query, profile) if tl == language else 0.0
        scored.append((tl != language, -score, position, template))
    scored.sort(key=lambda s: s[:3])
    return [(s[3], -s[1]) for s in scored]


def rank_templates(templates: Sequence[Any], text: str, language: str,
                   used_for: dict[str, list[str]] | None = None) -> list[Any]:
    """Templates ordered by fit (see ``template_fit``)."""
    return [template for template, _fit in template_fit(templates, text, language, used_for)]


def suggested_templates(templates: Sequence[Any], text: str, language: str,
                        used_for: dict[str, list[str]] | None = None, *, limit: int = SUGGESTED) -> list[Any]:
    """The few templates that really fit `text` (fit at least MIN_FIT), best first."""
    return [template for template, fit in template_fit(templates, text, language, used_for)[:limit]
            if fit >= MIN_FIT]
