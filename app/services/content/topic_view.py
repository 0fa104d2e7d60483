"""Topics of the current view for the window (issue 21.3): the view's items grouped by what
they are about (answer memory's ``topics``), one group's items, and the templates that fit a
group best. Qt-free: the Topics window calls these through ``run_in_session``; its bulk
answer and close go through the one door (``services.outbound.bulk`` -> ``actions``).
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import tables as t
from app.services.content import memory, nordic
from app.services.content import templates as tpl
from app.services.content.templates_store import templates_for
from app.services.inbound import inbox

USAGE_TEXTS = 20        # questions remembered per template category (the newest)


@dataclass(frozen=True)
class TopicEntry:
    label: str                      # "Søndergade", "genbrugspladsen"
    kind: str                       # place | words | thread
    item_ids: tuple[int, ...]


def view_topics(session: Session, spec: inbox.ViewSpec, now: datetime | None = None) -> list[TopicEntry]:
    """The topics among the first items of a view, the largest first."""
    ids = inbox.view_ids(session, spec, now)
    return [TopicEntry(topic.label, topic.kind, tuple(topic.item_ids))
            for topic in memory.view_topics(session, list(ids))]


def topic_items(session: Session, item_ids: Sequence[int], user: str | None = None) -> list[inbox.ItemRow]:
    """A topic's items as the list shows them (those still there: a purged item is left out)."""
    return inbox.rows_by_ids(session, list(item_ids), user=user)


def template_usage(session: Session, per_category: int = USAGE_TEXTS) -> dict[str, list[str]]:
    """The questions each kind of template answered before (template category -> the newest
    questions' texts): the composer records the category of a template it sends."""
    used: dict[str, list[str]] = {}
    rows = session.execute(
        select(t.AuditEvent.details, t.Item.text)
        .join(t.Item, t.Item.id == t.AuditEvent.item_id)
        .where(t.AuditEvent.action == "template_used", t.Item.purged.is_(False))
        .order_by(t.AuditEvent.id.desc()).limit(per_category * 12))
    for details, text in rows:
        try:
            category = json.loads(details or "{}").get("category")
        except ValueError:
            continue
        if category and text and len(used.setdefault(category, [])) < per_category:
            used[category].append(text)
    return used


def composer_templates(session: Session) -> tuple[list[Any], dict[str, list[str]]]:
    """Every template and what each kind answered before, for the composer's ranking."""
    return templates_for(session), template_usage(session)


def used_for(templates: Sequence[Any], usage: dict[str, list[str]]) -> dict[str, list[str]]:
    """``rank_templates``' per-template history from the per-category usage."""
    return {x.name: usage.get(x.category, []) for x in templates}


@dataclass(frozen=True)
class TopicTemplates:
    templates: list[Any]            # the suggested first, then the rest in the usual order
    suggested: int                  # how many at the top really fit the topic


def templates_for_topic(session: Session, item_ids: Sequence[int]) -> TopicTemplates:
    """Every template, those that fit the topic's items (their words and the questions
    templates of the same kind answered before) first, in the items' language."""
    rows = session.execute(
        select(t.Item.text, t.MemoryDoc.language, t.Account.language)
        .join(t.Account, t.Account.id == t.Item.account_id)
        .outerjoin(t.MemoryDoc, t.MemoryDoc.item_id == t.Item.id)
        .where(t.Item.id.in_(list(item_ids)[:200]))).all()
    languages = Counter(doc or nordic.detect_language(text or "", account or "da") for text, doc, account in rows)
    language = languages.most_common(1)[0][0] if languages else "da"
    templates = templates_for(session)
    text = "\n".join(text or "" for text, _d, _a in rows)
    best = memory.suggested_templates(templates, text, language, used_for(templates, template_usage(session)))
    rest = [x for x in tpl.offered_order(templates, language) if x not in best]
    return TopicTemplates(best + rest, len(best))


def accounts_language(session: Session, item_ids: Sequence[int]) -> str | None:
    """The language the items' accounts write ("sv-SE" counts as "sv"); the most common one
    when a selection spans accounts, None for no items."""
    rows = session.scalars(
        select(t.Account.language).join(t.Item, t.Item.account_id == t.Account.id)
        .where(t.Item.id.in_(list(item_ids)[:500]))).all()
    languages = Counter(tpl.base_language(x) for x in rows if x)
    return languages.most_common(1)[0][0] if languages else None


def templates_for_items(session: Session, item_ids: Sequence[int]) -> list[Any]:
    """Every template in the order the composer offers them (``templates.offered_order``): the
    selected items' account language first, so a Swedish account's bulk close does not open
    on a Danish template."""
    return tpl.offered_order(templates_for(session), accounts_language(session, item_ids))
