"""The demo platform's mute, block and report (Bluesky and Mastodon accounts in the demo
workspace) and Page bans (Facebook), kept in the demo state file like its replies, so the demo behaves like the real
connectors: the author is muted/blocked once, a report is recorded, the own post refused."""
from __future__ import annotations

from typing import Any

from app.connectors.base import Capability, Permanent, Target


class DemoAuthorActions:
    """Mixed into ``DemoConnector`` (uses its ``_store``, ``_account_state``, ``_maybe_fail``,
    ``_require`` and ``external_id``)."""

    def _author(self, target: Target, capability: Capability, what: str) -> str:
        self._require(capability, what)            # type: ignore[attr-defined]
        if not target.author_id:
            raise Permanent("The author of this post is not known.", code="no-author")
        if target.author_id == self.external_id:  # type: ignore[attr-defined]
            raise Permanent("This is the account's own post.", code="own-post")
        return target.author_id

    def _record(self, key: str, value: object) -> None:
        with self._store.lock:                     # type: ignore[attr-defined]
            data = self._store.load()              # type: ignore[attr-defined]
            state, _ = self._account_state(data)   # type: ignore[attr-defined]
            entries = state.setdefault(key, [])
            if value not in entries:
                entries.append(value)
            self._store.save(data)                 # type: ignore[attr-defined]

    def mute_author(self, target: Target) -> None:
        self._maybe_fail("mute", False)            # type: ignore[attr-defined]
        self._record("muted", self._author(target, Capability.MUTE, "muting"))

    def block_author(self, target: Target) -> None:
        self._maybe_fail("block", False)           # type: ignore[attr-defined]
        self._record("blocked", self._author(target, Capability.BLOCK, "blocking"))

    def report_item(self, target: Target, comment: str = "") -> str:
        self._maybe_fail("report", False)          # type: ignore[attr-defined]
        author = self._author(target, Capability.REPORT, "reporting")
        self._record("reports", {"author": author, "post": target.external_id, "comment": comment})
        return f"demo-report-{target.external_id}"

    def author_state(self, target: Target) -> dict[str, Any]:
        state = self._read()                       # type: ignore[attr-defined]
        return {"muted": target.author_id in state.get("muted", []),
                "blocking": target.author_id in state.get("blocked", [])}

    def ban_author(self, target: Target) -> None:
        self._maybe_fail("ban", False)             # type: ignore[attr-defined]
        self._record("banned", self._author(target, Capability.BAN, "banning"))

    def unban_author(self, target: Target) -> None:
        self._maybe_fail("unban", False)           # type: ignore[attr-defined]
        author = self._author(target, Capability.BAN, "unbanning")
        with self._store.lock:                     # type: ignore[attr-defined]
            data = self._store.load()              # type: ignore[attr-defined]
            state, _ = self._account_state(data)   # type: ignore[attr-defined]
            state["banned"] = [a for a in state.get("banned", []) if a != author]
            self._store.save(data)                 # type: ignore[attr-defined]

    def author_banned(self, target: Target) -> bool:
        return target.author_id in self._read().get("banned", [])   # type: ignore[attr-defined]
