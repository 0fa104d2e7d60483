"""Bluesky sessions in the chaos world: when "needs reconnecting" is the correct end.

A Bluesky access JWT lives two hours; the worker renews it with the refresh JWT, the PDS
rotates the refresh JWT, and the worker stores the new pair in the keychain. A SIGKILL between
the rotation and the keychain write leaves the old refresh JWT behind. The PDS accepts that old
one for two more hours (REFRESH_GRACE_MS), so the next worker normally recovers. Only if no
worker runs within those two hours (the laptop stayed shut) is the session truly gone, and the
account correctly asks to be reconnected.

The harness accepts "needs reconnecting" only then: when the refresh JWT in the keychain is
one the platform rotated away and its grace has run out. Until the person reconnects, the
Bluesky replies and posts that tried to go out are failed with the reason and their items are
back in the inbox, visibly. None of them may be on the platform. After reconnecting, the person
retries them, and the next settle must find each one on the platform exactly once.
"""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from app.models import tables as t
from app.secrets import refresh_ref
from app.services import accounts
from app.services.outbound import outbox_followup
from app.services.outbound import posts as post_service
from tests.fakes.bluesky_fake import REFRESH_GRACE
from tests.integration.platforms import TOKEN

PAST_GRACE = REFRESH_GRACE + timedelta(minutes=10)


class BlueskySessions:
    def __init__(self, world):
        self.world = world
        self.active = "bluesky" in world.platforms

    def _refresh_session(self) -> dict | None:
        w = self.world
        token = w.credentials.get(refresh_ref(w.ref_of["bluesky"]))
        fake = w.platforms["bluesky"].fake
        with fake.lock:
            session = fake._sessions.get(token or "")
            return dict(session) if session else None

    def rotation_lost(self) -> bool:
        """The keychain holds a refresh JWT the platform already rotated away."""
        session = self._refresh_session() if self.active else None
        return bool(session and "next" in session)

    def truly_lost(self) -> bool:
        """Rotated away and past its grace: no worker can renew the session any more."""
        if not self.active:
            return False
        session = self._refresh_session()
        return session is not None and "next" in session and session["exp"] <= self.world.clock.now()

    def after_kill(self, rng) -> None:
        """If the kill cost the rotated pair, sometimes keep the laptop shut past the grace."""
        if self.rotation_lost() and rng.random() < 0.5:
            self.world.later(PAST_GRACE)
            self.world.stats.long_pauses += 1

    def excused(self, platform: str, action_state: str | None = None, post_status: str | None = None) -> bool:
        """A Bluesky action or post failed because the session is truly gone: not a loss
        (the item is back in the inbox, the post shows the reason), as long as nothing of it
        reached the platform (the caller checks that)."""
        if platform != "bluesky" or not self.truly_lost():
            return False
        return action_state == t.OUTBOX_FAILED or post_status == t.POST_FAILED

    def problems_after_settle(self) -> tuple[list[str], bool]:
        """(what is wrong, whether the person reconnected and a second settle is needed)."""
        w = self.world
        problems: list[str] = []
        with w.ws.db.session() as s:
            asking = {a.platform: a.status_message for a in s.scalars(select(t.Account)) if a.status == "needs_reconnect"}
        for platform, message in asking.items():
            if platform != "bluesky" or not self.truly_lost():
                problems.append(f"{platform} asks to be reconnected though its tokens were not lost: {message}")
        if "bluesky" not in asking or problems:
            return problems, False
        # The person reconnects with the app password and retries what failed meanwhile.
        w.stats.reconnects += 1
        w.set_faults(False)      # part of the settle, whose network is calm (a cut-off answer
        try:                     # made the person's reconnect fail, seed 20261214)
            accounts.reconnect(w.ws, "Aarby bluesky", TOKEN)
        finally:
            w.set_faults(True)
        account_id = w.account_of["bluesky"]
        with w.ws.db.session() as s:
            for action in s.scalars(select(t.OutboxAction).where(
                    t.OutboxAction.account_id == account_id, t.OutboxAction.state == t.OUTBOX_FAILED)):
                if not action.last_error:
                    problems.append(f"bluesky action {action.id} failed without a reason")
                outbox_followup.retry(s, action.id, w.user)
            for post in s.scalars(select(t.Post).where(t.Post.account_id == account_id,
                                                       t.Post.status == t.POST_FAILED)):
                if not post.last_error:
                    problems.append(f"bluesky post {post.id} failed without a reason")
                post_service.submit(s, post.id, w.user)
        return problems, True
