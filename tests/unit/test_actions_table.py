"""docs/actions.md is the contract for what each item offers: every cell is checked against
``actions.offered`` over every combination of the facts the cell can depend on."""
from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app import clock
from app.services.outbound import actions

DOC = Path(__file__).resolve().parents[2] / "docs" / "actions.md"
CONDITIONS = {"can reply", "hidden", "not hidden", "own conversation", "window open", "held", "not held",
              "author known", "banned", "not banned"}
# Not an action of its own: may "spam" also ban the author (banning.spam_can_ban)?
SPAM_BAN = "spam + ban"


@dataclass
class Facts:
    platform: str
    kind: str
    status: str
    is_hidden: bool
    can_reply: bool
    received_at: datetime
    own_conversation: bool | None = None
    moderation_status: str | None = None
    human_agent: bool = False
    author_known: bool | None = None
    author_banned: bool | None = None


def table() -> tuple[list[str], list[dict]]:
    lines = [ln.strip() for ln in DOC.read_text(encoding="utf-8").splitlines() if ln.strip().startswith("|")]
    header = [c.strip() for c in lines[0].strip("|").split("|")]
    rows = [dict(zip(header, [c.strip() for c in ln.strip("|").split("|")])) for ln in lines[2:]]
    return [c for c in header[2:] if c != SPAM_BAN], rows


ACTION_COLUMNS, ROWS = table()


def expected(cell: str, facts: dict) -> bool:
    if cell in ("yes", "no"):
        return cell == "yes"
    assert cell.startswith("if "), cell
    wanted = [c.strip() for c in cell[3:].split(",")]
    assert set(wanted) <= CONDITIONS, wanted
    return all(facts[c] for c in wanted)


def combinations(platform: str, kind: str):
    """Every state of the facts a cell may name, as Facts and as the named truth values."""
    now = clock.now()
    for hidden, can_reply, own_conv, window_open, author_known, banned in itertools.product(
            (False, True), (False, True), (None, False, True), (True, False), (False, True), (False, True)):
        if kind != "message" and not window_open:
            continue
        received = now - (timedelta(hours=1) if window_open else timedelta(hours=30))
        held = platform == "youtube" and hidden   # YouTube's queues are hidden from the public
        facts = Facts(platform, kind, "own" if kind == "own" else "new", hidden, can_reply, received,
                      own_conversation=own_conv, moderation_status="heldForReview" if held else None,
                      author_known=author_known, author_banned=banned)
        truth = {"can reply": can_reply, "hidden": hidden, "not hidden": not hidden,
                 "own conversation": own_conv is True, "window open": window_open,
                 "held": held, "not held": not held, "author known": author_known, "banned": banned,
                 "not banned": not banned}
        yield facts, truth


def test_the_table_covers_every_platform_and_action():
    platforms = {r["Platform"] for r in ROWS}
    assert platforms == {"facebook", "instagram", "x", "linkedin", "youtube", "bluesky", "mastodon"}
    assert set(ACTION_COLUMNS) <= set(actions.ALL_ACTIONS)
    for platform in platforms:
        assert "own" in {r["Item"] for r in ROWS if r["Platform"] == platform}


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r['Platform']}-{r['Item']}")
def test_offered_follows_the_table(row):
    for facts, truth in combinations(row["Platform"], row["Item"]):
        got = actions.offered(facts)
        for action in ACTION_COLUMNS:
            want = expected(row[action], truth)
            assert (action in got) == want, (row["Platform"], row["Item"], action, facts)
        assert actions.banning.spam_can_ban(facts, got) == expected(row[SPAM_BAN], truth), (row, facts)
        # A holding reply goes wherever a reply goes, while the item is new.
        assert ("holding_reply" in got) == ("reply" in got)
        assert "note" in got and ("assign" in got) == ("read" in got) == (row["Item"] != "own")


def test_handled_and_deleted_items():
    now = clock.now()
    answered = Facts("facebook", "comment", "answered", False, True, now)
    got = actions.offered(answered)
    assert "reopen" in got and not {"no_reply", "refer", "spam", "holding_reply"} & got
    deleted = Facts("facebook", "comment", "deleted", False, True, now)
    assert actions.offered(deleted) == {"note", "read", "unread"}
    own = Facts("facebook", "comment", "own", False, True, now)
    assert actions.offered(own) == {"note", "delete"}


def test_a_hidden_item_can_still_be_referred_where_a_reply_can_go():
    """Hide at once, then send the author to the case channel (an ID number in a comment)."""
    now = clock.now()
    hidden = Facts("facebook", "comment", "hidden", True, True, now)
    assert {"refer", "reply", "unhide", "reopen"} <= actions.offered(hidden)
    assert not {"no_reply", "spam"} & actions.offered(hidden)
    bluesky = Facts("bluesky", "comment", "hidden", True, True, now, own_conversation=True)
    assert "refer" in actions.offered(bluesky)
    # Instagram refuses replies to a hidden comment, so no referral either; spam is not hidden.
    assert "refer" not in actions.offered(Facts("instagram", "comment", "hidden", True, True, now))
    assert "refer" not in actions.offered(Facts("facebook", "comment", "spam", True, True, now))


def test_human_agent_keeps_the_messenger_window_open_for_seven_days():
    received = clock.now() - timedelta(hours=30)
    closed = Facts("facebook", "message", "new", False, True, received)
    assert "reply" not in actions.offered(closed)
    tagged = Facts("facebook", "message", "new", False, True, received, human_agent=True)
    assert "reply" in actions.offered(tagged)
