"""The crisis warning fires on a real spike and stays quiet on busy-as-usual or small bursts."""
from __future__ import annotations

from datetime import timedelta

from app.services.inbound import crisis
from tests.factories import make_account, make_items_at, utc

NOW = utc("2026-03-18 11:30")          # Wednesday, in the middle of a working day
LAST_HOUR = NOW - timedelta(hours=1)
BASELINE_START = LAST_HOUR - timedelta(hours=672)


def spread(count: int, start=LAST_HOUR, span=timedelta(hours=1)):
    """``count`` moments evenly inside [start, start + span)."""
    return [start + span * (n + 0.5) / count for n in range(count)]


def every_hour(per_hour: int, hours=range(672)):
    """``per_hour`` items in each of the given baseline hours (0 = oldest)."""
    moments = []
    for h in hours:
        moments += spread(per_hour, BASELINE_START + timedelta(hours=h))
    return moments


def test_spike_fires_and_links_to_the_items(db):
    with db.session() as session:
        account = make_account(session, "Aarhus Kommune")
        make_items_at(session, account, every_hour(2))                    # usually 2 an hour
        make_items_at(session, account, spread(25), status="new")         # 25 in the last hour
        alerts = crisis.crisis_check(session, NOW)
        assert len(alerts) == 1
        alert = alerts[0]
        assert (alert.account_id, alert.account_name, alert.last_hour, alert.usual_per_hour) == (
            account.id, "Aarhus Kommune", 25, 2.0)
        assert alert.since == LAST_HOUR
        assert len(crisis.crisis_item_ids(session, alert, NOW)) == 25
        assert "25" in alert.message() and "Aarhus Kommune" in alert.title()


def test_quiet_below_the_minimum_and_when_busy_as_usual(db):
    with db.session() as session:
        small = make_account(session, "Skole A")
        make_items_at(session, small, spread(19), status="new")           # 19: below the minimum
        busy = make_account(session, "Københavns Kommune")
        make_items_at(session, busy, every_hour(10))                      # usually 10 an hour
        make_items_at(session, busy, spread(30), status="new")            # 30 < 5 x 10
        assert crisis.crisis_check(session, NOW) == []
        # Exactly five times the usual hour, at the minimum, fires.
        edge = make_account(session, "Bibliotek")
        make_items_at(session, edge, every_hour(4))
        make_items_at(session, edge, spread(20), status="new")
        assert [a.account_name for a in crisis.crisis_check(session, NOW)] == ["Bibliotek"]


def test_empty_hours_count_as_zero(db):
    """5 items in each of 300 of the 672 hours: the median hour is 0, not 5, so 20 fires."""
    with db.session() as session:
        account = make_account(session, "Ungdomsskolen")
        make_items_at(session, account, every_hour(5, hours=range(0, 600, 2)))
        make_items_at(session, account, spread(20), status="new")
        (alert,) = crisis.crisis_check(session, NOW)
        assert alert.usual_per_hour == 0.0 and alert.last_hour == 20


def test_window_edges_own_items_and_older_spikes(db):
    with db.session() as session:
        account = make_account(session, "Malmö stad", country="SE")
        # Our own 30 replies in the last hour are not incoming volume.
        make_items_at(session, account, spread(30), status="own")
        # A spike two hours ago is over.
        make_items_at(session, account, spread(40, start=NOW - timedelta(hours=2, minutes=30)))
        # Items after "now" (a clock ahead) do not count either.
        make_items_at(session, account, spread(25, start=NOW + timedelta(minutes=1)), status="new")
        assert crisis.crisis_check(session, NOW) == []


def test_median_helper():
    assert crisis.median_with_zeros([], 672) == 0.0
    assert crisis.median_with_zeros([3] * 336, 672) == 1.5       # even count: mean of the middle two
    assert crisis.median_with_zeros([3] * 337, 672) == 3.0
    assert crisis.median_with_zeros([1, 2, 3], 3) == 2.0


# --- a topic spreading across an institution's accounts --------------------------------------

SPREAD = ["Hvorfor er Søndergade lukket?", "Søndergade er spærret igen!", "Hvornår åbner Søndergade?",
          "Trafikkaos på Søndergade", "Søndergade lukket uden varsel", "Kan man køre på Søndergade?",
          "Bussen kører ikke ad Søndergade", "Hvem har lukket Søndergade?", "Søndergade – hvad sker der?"]


def _topic_setup(session, *, second_account: bool = True, baseline: int = 0):
    from app.models import tables as t
    from tests.factories import make_item
    main = make_account(session, "Viborg Kommune", country="DK", institution="Viborg Kommune")
    school = make_account(session, "Hald Ege Skole", country="DK", institution="Viborg Kommune")
    for n, text in enumerate(SPREAD):
        account = school if second_account and n % 2 else main
        make_item(session, account, NOW - timedelta(minutes=5 + n), text=text, author_name=f"Borger {n}")
    for n in range(baseline):
        make_item(session, main, BASELINE_START + timedelta(hours=n % 600), text="Søndergade igen",
                  status=t.STATUS_ANSWERED)


def test_a_topic_spreading_over_two_accounts_alarms(db):
    with db.session() as s:
        _topic_setup(s)
        alerts = crisis.topic_spikes(s, NOW)
        assert [(a.topic, a.last_hour, a.accounts) for a in alerts] == [
            ("Søndergade", 9, ("Hald Ege Skole", "Viborg Kommune"))]
        assert "Søndergade" in alerts[0].message() and len(alerts[0].item_ids) == 9
        assert crisis.crisis_check(s, NOW) == []      # no single account is busy enough


def test_a_topic_on_one_account_does_not_alarm(db):
    with db.session() as s:
        _topic_setup(s, second_account=False)
        assert crisis.topic_spikes(s, NOW) == []


def test_a_topic_talked_about_every_hour_does_not_alarm(db):
    with db.session() as s:
        _topic_setup(s, baseline=1400)          # ~2 an hour for four weeks: 9 is not 5x that
        assert crisis.topic_spikes(s, NOW) == []
