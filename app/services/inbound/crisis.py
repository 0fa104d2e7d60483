"""Crisis warning ("shitstorm"): an account suddenly gets far more items than it usually does.

The rule: an account's items received in the last hour (``now - 1 h <= received_at <= now``)
number at least ``MINIMUM`` (20) and at least ``FACTOR`` (5) times its usual hour. The usual
hour is the median of the item counts of the 672 whole hours (4 weeks) before that last
hour, empty hours counting as zero — so an account that is quiet most of the time has a
usual hour of 0 and only the minimum applies. Our own posts and replies are not counted.

Both numbers come from SQL aggregates over the ``received_at`` index: one GROUP BY account
for the last hour, and one GROUP BY account and hour for the four weeks (at most 672 rows
per account); the medians are taken in Python.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Integer, cast, func, or_, select
from sqlalchemy.orm import Session

from app import clock
from app.i18n import translate
from app.models import tables as t
from app.services.content import memory, nordic

FACTOR = 5
MINIMUM = 20
WINDOW = timedelta(hours=1)
BASELINE_HOURS = 4 * 7 * 24      # 672


@dataclass(frozen=True)
class CrisisAlert:
    account_id: int
    account_name: str
    last_hour: int               # items received in the last hour
    usual_per_hour: float        # median items per hour over the previous 4 weeks
    since: datetime              # start of the last hour: the link shows items received since

    @property
    def key(self) -> tuple[int, str]:
        """For not repeating a notification: the account and the hour the alarm started."""
        return (self.account_id, self.since.replace(minute=0, second=0, microsecond=0).isoformat())

    def title(self) -> str:
        return translate("Crisis", "Unusual activity on {account}").format(account=self.account_name)

    def message(self) -> str:
        usual = f"{self.usual_per_hour:g}"
        return translate("Crisis", "{count} items in the last hour on {account}; usually {usual} an "
                         "hour. Check whether a story is spreading.").format(
                             count=self.last_hour, account=self.account_name, usual=usual)


def _epoch_seconds(session: Session, column: ColumnElement[Any]) -> ColumnElement[int]:
    """Whole seconds since 1970 of a stored (naive UTC) moment, per dialect."""
    if session.get_bind().dialect.name == "postgresql":
        return cast(func.floor(func.extract("epoch", column)), Integer)
    return cast(func.strftime("%s", column), Integer)


def crisis_check(session: Session, now: datetime | None = None, *, factor: float = FACTOR,
                 minimum: int = MINIMUM) -> list[CrisisAlert]:
    """Accounts whose last hour is far above their usual hour (module doc), busiest first."""
    now = now or clock.now()
    since = now - WINDOW
    item = t.Item.__table__.c
    last: dict[int, int] = dict(session.execute(
        select(item.account_id, func.count()).where(
            item.received_at >= since, item.received_at <= now, item.status != t.STATUS_OWN)
        .group_by(item.account_id).having(func.count() >= minimum)).all())
    if not last:
        return []
    start = since - timedelta(hours=BASELINE_HOURS)
    start_epoch = int(start.timestamp())
    # Hour index 0..671 from the baseline start; fractional seconds do not matter at this scale.
    # Floor division (SQLAlchemy renders // as integer division per dialect).
    bucket = (_epoch_seconds(session, item.received_at) - start_epoch) // 3600
    hours: dict[int, list[int]] = {acc: [] for acc in last}
    for acc, _hour, count in session.execute(
            select(item.account_id, bucket.label("hour"), func.count())
            .where(item.received_at >= start, item.received_at < since, item.status != t.STATUS_OWN,
                   item.account_id.in_(list(last)))
            .group_by(item.account_id, bucket)):
        hours[acc].append(int(count))
    names = dict(session.execute(select(t.Account.id, t.Account.name).where(t.Account.id.in_(list(last)))).all())
    alerts = []
    for acc, count in last.items():
        usual = median_with_zeros(hours[acc], BASELINE_HOURS)
        if count >= minimum and count >= factor * usual:
            alerts.append(CrisisAlert(acc, names.get(acc, str(acc)), int(count), usual, since))
    alerts.sort(key=lambda a: (-a.last_hour, a.account_name))
    return alerts


def median_with_zeros(counts: list[int], slots: int) -> float:
    """Median of ``slots`` values of which ``counts`` are the non-empty ones (the rest 0)."""
    values = sorted([0] * max(0, slots - len(counts)) + list(counts))
    if not values:
        return 0.0
    middle = len(values) // 2
    if len(values) % 2:
        return float(values[middle])
    return (values[middle - 1] + values[middle]) / 2


def crisis_item_ids(session: Session, alert: CrisisAlert, now: datetime | None = None,
                    limit: int = 5000) -> list[int]:
    """The items behind an alert, newest first: what the banner's link opens."""
    now = now or clock.now()
    return list(session.scalars(
        select(t.Item.id).where(t.Item.account_id == alert.account_id, t.Item.received_at >= alert.since,
                                t.Item.received_at <= now, t.Item.status != t.STATUS_OWN)
        .order_by(t.Item.received_at.desc(), t.Item.id.desc()).limit(limit)))


# --- a topic spreading across an institution's accounts --------------------------------------

TOPIC_MINIMUM = 8                # items about one topic in the last hour
TOPIC_ACCOUNTS = 2               # on at least this many accounts of one institution


@dataclass(frozen=True)
class TopicAlert:
    institution_id: int
    institution_name: str
    topic: str                   # "Søndergade", "lukning"
    accounts: tuple[str, ...]
    last_hour: int
    usual_per_hour: float
    since: datetime
    item_ids: tuple[int, ...]

    @property
    def key(self) -> tuple[int, str, str]:
        return (self.institution_id, self.topic.casefold(),
                self.since.replace(minute=0, second=0, microsecond=0).isoformat())

    def title(self) -> str:
        return translate("Crisis", "A topic is spreading: {topic}").format(topic=self.topic)

    def message(self) -> str:
        return translate("Crisis", "{count} items about {topic} in the last hour on {accounts} "
                         "({institution}); usually {usual} an hour.").format(
                             count=self.last_hour, topic=self.topic, accounts=", ".join(self.accounts),
                             institution=self.institution_name, usual=f"{self.usual_per_hour:.1f}")


def topic_spikes(session: Session, now: datetime | None = None, *, factor: float = FACTOR,
                 minimum: int = TOPIC_MINIMUM, min_accounts: int = TOPIC_ACCOUNTS) -> list[TopicAlert]:
    """Topics (answer memory's grouping) that spike across several accounts of one
    institution in the last hour, when no single account may be busy enough to alarm."""
    now = now or clock.now()
    since = now - WINDOW
    i, a = t.Item, t.Account
    rows = session.execute(
        select(i.id, i.thread_id, i.text, a.language, a.institution_id, a.name)
        .join(a, a.id == i.account_id)
        .where(i.received_at >= since, i.received_at <= now, i.status != t.STATUS_OWN,
               a.institution_id.is_not(None), i.text != "")).all()
    by_institution: dict[int, list[Any]] = {}
    for row in rows:
        by_institution.setdefault(row.institution_id, []).append(row)
    alerts: list[TopicAlert] = []
    for institution_id, members in by_institution.items():
        if len(members) < minimum:
            continue
        account_of = {r.id: r.name for r in members}
        groups = memory.topics([(r.id, r.thread_id, r.text, nordic.detect_language(r.text, r.language or "da"))
                                for r in members], min_size=minimum)
        name = session.scalar(select(t.Institution.name).where(t.Institution.id == institution_id)) or ""
        for group in groups:
            accounts = tuple(sorted({account_of[item_id] for item_id in group.item_ids}))
            if len(group.item_ids) < minimum or len(accounts) < min_accounts:
                continue
            usual = _usual_topic_rate(session, institution_id, group.topic_words, since)
            if len(group.item_ids) >= factor * usual:
                alerts.append(TopicAlert(institution_id, name, group.label, accounts, len(group.item_ids),
                                         usual, since, tuple(group.item_ids)))
    alerts.sort(key=lambda alert: (-alert.last_hour, alert.topic))
    return alerts


def _usual_topic_rate(session: Session, institution_id: int, words: tuple[str, ...], since: datetime) -> float:
    """Items a usual hour (over the 4 weeks before) that mention the topic, for one institution."""
    if not words:
        return 0.0
    i, a = t.Item, t.Account
    count = session.scalar(
        select(func.count()).select_from(i).join(a, a.id == i.account_id)
        .where(a.institution_id == institution_id, i.received_at >= since - timedelta(hours=BASELINE_HOURS),
               i.received_at < since, i.status != t.STATUS_OWN,
               or_(*[i.text.ilike(f"%{w}%") for w in words]))) or 0
    return count / BASELINE_HOURS
