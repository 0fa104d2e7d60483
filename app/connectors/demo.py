"""The demo platform: a connector that answers like a platform, entirely locally.

The demo workspace (``svarbox --demo``) and trainers use it for every account, whatever
platform the account impersonates. It never opens a socket: there is no HTTP here at all.

- ``fetch`` plays a deterministic script of ~20 Danish or Swedish items per account. Item
  *i* arrives a few minutes after item *i-1*, counted from the moment this account's demo
  state was created, so a running demo gets something new on most syncs. The cursor is JSON
  with how many scripted items and own replies were delivered, so a resumed sync never
  repeats one.
- Writes (reply, hide, reject, delete) are remembered in a JSON state file (written
  atomically; a per-file lock serialises the writers of one process) so the outbox's
  exactly-once checks (``find_own_reply``, ``get_state``) still work after a restart.
  Without a state file the state lives in memory.
- ``fail_next`` lets tests make the next call fail, before or after the write took effect
  (the "request sent, answer lost" case the outbox must survive).

The catalogue of demo accounts and threads lives here too, so the seeded demo database
(``app.services.demo``) and the live script speak about the same posts.
"""
from __future__ import annotations

import json
import logging
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app import clock as app_clock
from app.connectors.base import (
    AccountIdentity,
    Attachment,
    Capability,
    ConnectorConfig,
    ConnectorError,
    FetchedItem,
    FetchedThread,
    ItemKind,
    Page,
    Permanent,
    Platform,
    SentReply,
    Target,
    TargetState,
)
from app.connectors.demo_author import DemoAuthorActions
from app.connectors.demo_data import _GENERIC, _LIVE, ACCOUNTS, THREADS, DemoAccount, DemoThread
from app.connectors.demo_state import StateStore, iso, parse_iso

log = logging.getLogger(__name__)

PAGE_SIZE = 5
SCRIPT_LENGTH = 20

_C = Capability
CAPABILITIES: dict[str, frozenset[Capability]] = {
    # As the real connectors: Meta also sends one private reply per comment.
    "facebook": frozenset({_C.REPLY, _C.MESSAGE, _C.HIDE, _C.UNHIDE, _C.DELETE, _C.PRIVATE_REPLY, _C.BAN}),
    "instagram": frozenset({_C.REPLY, _C.MESSAGE, _C.HIDE, _C.UNHIDE, _C.DELETE, _C.PRIVATE_REPLY}),
    "x": frozenset({_C.REPLY, _C.HIDE, _C.UNHIDE}),
    "linkedin": frozenset({_C.REPLY, _C.DELETE}),
    "youtube": frozenset({_C.REPLY, _C.REJECT, _C.HIDE, _C.UNHIDE}),
    "bluesky": frozenset({_C.REPLY, _C.HIDE, _C.UNHIDE, _C.DELETE, _C.MUTE, _C.BLOCK, _C.REPORT}),
    "mastodon": frozenset({_C.REPLY, _C.DELETE, _C.MUTE, _C.BLOCK, _C.REPORT}),
    "demo": frozenset(Capability),
}
REPLY_LIMITS: dict[str, int] = {
    "facebook": 8000, "instagram": 2200, "x": 280, "linkedin": 1250, "youtube": 10000,
    "bluesky": 300, "mastodon": 500, "demo": 2000,
}
MESSAGE_LIMIT = 2000   # Messenger





# The catalogue and the live script are data: app.connectors.demo_data.
ACCOUNTS_BY_ID = {a.external_id: a for a in ACCOUNTS}
ACCOUNTS_BY_KEY = {a.key: a for a in ACCOUNTS}

THREADS_BY_KEY = {t.key: t for t in THREADS}


# --- the live script: what "arrives" while the demo runs ----------------------------------

@dataclass(frozen=True)
class ScriptedItem:
    index: int
    external_id: str
    thread: DemoThread
    kind: ItemKind
    author_name: str
    text: str
    minutes_after_start: int
    moderation_status: str | None = None
    can_reply: bool = True
    attachments: tuple[Any, ...] = ()

    @property
    def author_id(self) -> str:
        return "demo-u-" + format(zlib.crc32(self.author_name.encode()), "08x")


def linkedin_member(name: str) -> str:
    """A stable, made-up member URN for a demo LinkedIn commenter (LinkedIn gives no names)."""
    return "urn:li:person:demo" + format(zlib.crc32(name.encode()), "08x")


_KIND_BY_PLATFORM = {"x": ItemKind.MENTION, "bluesky": ItemKind.REPLY, "mastodon": ItemKind.MENTION}

# Attachments as each platform gives them: metadata only; the demo never loads a picture.
_DEMO_PICTURES = "https://demo.svarbox.invalid/media/"
_ATTACHMENTS: dict[tuple[str, str], tuple[Attachment, ...]] = {
    ("viborg-fb", "Flemming Krogh"): (Attachment("photo", image_url=_DEMO_PICTURES + "sten-cykelsti.jpg"),),
    ("viborg-fb", "Susanne Bech"): (Attachment("sticker", image_url=_DEMO_PICTURES + "sticker-thumbs.png"),),
    ("malmo-x", "@amiralsgatan45"): (Attachment("photo", image_url=_DEMO_PICTURES + "gatlykta.jpg"),),
    ("malmo-fb", "Daniel Sjöberg"): (Attachment("link", link="https://malmo.se/bygglov", title="Bygglov"),),
}


def _gap_minutes(external_id: str, index: int) -> int:
    """3 to 7 minutes between arrivals, the same on every run for the same account."""
    return 3 + zlib.crc32(f"{external_id}:{index}".encode()) % 5


def _fallback_account(external_id: str, platform: str, language: str, name: str | None,
                      handle: str | None) -> tuple[DemoAccount, DemoThread]:
    short = format(zlib.crc32(external_id.encode()), "08x")
    account = DemoAccount(f"acct-{short}", external_id, platform, name or "Demo", handle,
                          language, f"https://demo.invalid/{short}")
    text = ("Velkommen til demo-kanalen 👋 Skriv en kommentar herunder." if language == "da"
            else "Välkommen till demokanalen 👋 Skriv en kommentar här nedanför.")
    thread = DemoThread(f"{short}-welcome", account.key, f"demo-{short}-post-1", "post", text,
                        f"https://demo.invalid/{short}/post-1")
    return account, thread


def build_script(account: DemoAccount, default_thread: DemoThread | None = None) -> list[ScriptedItem]:
    """The ordered live items of one account (deterministic)."""
    specific = _LIVE.get(account.key, [])
    generic = _GENERIC["sv" if account.language == "sv" else "da"]
    rows: list[tuple[Any, ...]] = list(specific)
    main_thread = default_thread or next(
        (t for t in THREADS if t.account_key == account.key and t.kind != "conversation"), None)
    i = 0
    while len(rows) < SCRIPT_LENGTH:
        author, text = generic[(i + len(specific)) % len(generic)]
        if account.platform == "x":
            author = "@" + author.lower().replace(" ", "_")
            text = f"@{account.handle or 'demo'} {text}"
        rows.append((main_thread.key if main_thread else "", author, text))
        i += 1
    script: list[ScriptedItem] = []
    minutes = 0
    short = account.key
    for index, row in enumerate(rows[:SCRIPT_LENGTH]):
        thread_key, author, text = row[:3]
        moderation = row[3] if len(row) > 3 else None
        minutes += _gap_minutes(account.external_id, index)
        ext = f"live-{short}-{index + 1:02d}"
        can_reply = True
        if thread_key == "dm":
            # Instagram direct messages (Messenger API for Instagram).
            kind = ItemKind.MESSAGE
            thread = DemoThread(f"{short}-live-dm-{index + 1:02d}", account.key,
                                f"aWdf_live_{short}_{index + 1:02d}", "conversation", "",
                                "https://www.instagram.com/direct/inbox/", author)
        elif thread_key == "tag":
            # A post by someone else that tags the account: the API offers no way to answer it.
            kind, can_reply = ItemKind.MENTION, False
            media_id = "1791" + format(zlib.crc32(f"{short}{index}".encode()), "010d")
            thread = DemoThread(f"{short}-live-tag-{index + 1:02d}", account.key, media_id, "media", "",
                                f"https://www.instagram.com/p/T{media_id[-6:]}/", author)
        elif thread_key in ("review+", "review-"):
            # A Page recommendation: its story is what the Page comments on.
            kind = ItemKind.REVIEW
            story = f"{account.external_id}_rev{index + 1:02d}"
            thread = DemoThread(f"{short}-live-review-{index + 1:02d}", account.key, story, "review",
                                "👍" if thread_key == "review+" else "👎",
                                f"{account.profile_url}/reviews", author)
        elif thread_key == "conv":
            kind = ItemKind.MESSAGE
            thread = DemoThread(f"{short}-live-conv-{index + 1:02d}", account.key,
                                f"t_live_{short}_{index + 1:02d}", "conversation", "",
                                f"https://business.facebook.com/latest/inbox/all?selected_item_id="
                                f"t_live_{short}_{index + 1:02d}", author)
        else:
            found = THREADS_BY_KEY.get(thread_key) or main_thread
            assert found is not None, f"no demo thread for {account.key}"   # every demo account has one
            thread = found
            kind = _KIND_BY_PLATFORM.get(account.platform, ItemKind.COMMENT)
        script.append(ScriptedItem(index, ext, thread, kind, author, text, minutes, moderation, can_reply,
                                   _ATTACHMENTS.get((account.key, author), ())))
    return script


# --- the connector -------------------------------------------------------------------------

@dataclass
class _Failure:
    error: ConnectorError
    op: str | None
    after_write: bool


class DemoConnector(DemoAuthorActions):
    """A platform that lives on this computer. Implements ``app.connectors.base.Connector``."""

    is_demo = True
    # Class attributes describe the plain "demo" platform (the registry reads them without an
    # instance); an instance impersonating a platform overrides them.
    platform = Platform.DEMO
    capabilities = CAPABILITIES["demo"]
    reply_limit = REPLY_LIMITS["demo"]

    def __init__(self, config: ConnectorConfig, session: Any = None, *, platform: str = "demo",
                 state_path: Path | None = None,
                 clock: Callable[[], datetime] | None = None) -> None:
        # ``session`` is accepted for the same call shape as the HTTP connectors, never used.
        del session
        key = str(getattr(platform, "value", platform)).lower()
        if key not in CAPABILITIES:
            raise ValueError(f"the demo platform cannot impersonate {platform!r}")
        self.config = config
        self.platform = Platform(key)
        self.capabilities = CAPABILITIES[key]
        self.reply_limit = REPLY_LIMITS[key]
        self.message_limit = MESSAGE_LIMIT
        self._clock = clock or app_clock.now
        self._store = StateStore(state_path)
        self._failures: list[_Failure] = []
        external_id = config.account_external_id or "demo"
        known = ACCOUNTS_BY_ID.get(external_id)
        if known is not None:
            self.account = known
            self._script = build_script(known)
        else:
            account, thread = _fallback_account(
                external_id, key, str(config.extra.get("language", "da")),
                config.extra.get("name"), config.handle)
            self.account = account
            self._script = build_script(account, thread)

    # ---- test knobs

    def fail_next(self, error: ConnectorError, *, op: str | None = None,
                  after_write: bool = False) -> None:
        """Make the next call (of ``op``, e.g. "reply", or any) raise ``error``. With
        ``after_write`` the write takes effect first: the answer is lost, not the request."""
        self._failures.append(_Failure(error, op, after_write))

    def _maybe_fail(self, op: str, after_write: bool) -> None:
        for failure in self._failures:
            if failure.op in (None, op) and failure.after_write == after_write:
                self._failures.remove(failure)
                raise failure.error

    # ---- state helpers

    @property
    def external_id(self) -> str:
        return self.account.external_id

    def _now(self) -> datetime:
        now = self._clock()
        if now.tzinfo is None:
            raise ValueError("the demo clock must return aware datetimes")
        return now.astimezone(UTC)

    def _account_state(self, data: dict[str, Any]) -> tuple[dict[str, Any], bool]:
        accounts = data.setdefault("accounts", {})
        state = accounts.get(self.external_id)
        created = state is None
        if created:
            state = accounts[self.external_id] = {
                "created_at": iso(self._now()), "replies": [], "hidden": [], "deleted": [],
                "rejected": []}
        return state, created

    def _read(self) -> dict[str, Any]:
        """This account's state, created (and saved) on first contact."""
        with self._store.lock:
            data = self._store.load()
            state, created = self._account_state(data)
            if created:
                self._store.save(data)
            copy: dict[str, Any] = json.loads(json.dumps(state))   # a deep copy of the JSON state
            return copy

    def started_at(self) -> datetime:
        """When this account's demo platform began its script."""
        return parse_iso(self._read()["created_at"])

    def arrival_of(self, item: ScriptedItem, started: datetime | None = None) -> datetime:
        return (started or self.started_at()) + timedelta(minutes=item.minutes_after_start)

    @property
    def script(self) -> list[ScriptedItem]:
        return list(self._script)

    # ---- reading

    def whoami(self) -> AccountIdentity:
        self._maybe_fail("whoami", False)
        return AccountIdentity(self.external_id, self.account.name,
                               self.config.handle or self.account.handle)

    def _scripted_item(self, item: ScriptedItem, started: datetime, hidden: set[str],
                       deleted: set[str]) -> FetchedItem | None:
        if item.external_id in deleted:
            return None
        return FetchedItem(
            external_id=item.external_id, thread_external_id=item.thread.external_id,
            kind=item.kind, text=item.text, received_at=self.arrival_of(item, started),
            # LinkedIn names commenters only by member URN (names need restricted permissions):
            # the demo must not show a name the real API cannot give.
            author_id=(linkedin_member(item.author_name) if self.account.platform == "linkedin" else item.author_id),
            author_name=None if self.account.platform == "linkedin" else item.author_name,
            url=self._item_url(item.thread, item.external_id),
            is_hidden=item.external_id in hidden, moderation_status=item.moderation_status,
            can_reply=item.can_reply, attachments=list(item.attachments),
            # The demo's threads are the account's own posts; Bluesky hides only in those.
            own_conversation=True if self.account.platform == "bluesky" else None)

    def _own_item(self, reply: dict[str, Any]) -> FetchedItem:
        kind = ItemKind.MESSAGE if reply.get("kind") == ItemKind.MESSAGE.value else ItemKind.REPLY
        return FetchedItem(
            external_id=reply["id"], thread_external_id=reply["thread"], kind=kind,
            text=reply["text"], received_at=parse_iso(reply["at"]), author_id=self.external_id,
            author_name=self.account.name, parent_external_id=reply["target"],
            url=self._item_url(self._thread_for(reply["thread"]), reply["id"]), is_own=True)

    def _thread_for(self, external_id: str) -> DemoThread | None:
        for item in self._script:
            if item.thread.external_id == external_id:
                return item.thread
        return next((t for t in THREADS if t.external_id == external_id), None)

    def _item_url(self, thread: DemoThread | None, item_id: str) -> str | None:
        if thread is None:
            return None
        joiner = "&" if "?" in thread.url else "?"
        return f"{thread.url}{joiner}comment_id={item_id}"

    @staticmethod
    def _fetched_thread(thread: DemoThread) -> FetchedThread:
        return FetchedThread(thread.external_id, thread.kind, thread.text, thread.author_name,
                             thread.url)

    @staticmethod
    def _parse_cursor(cursor: str | None) -> tuple[int, int]:
        if not cursor:
            return 0, 0
        try:
            data = json.loads(cursor)
            return max(0, int(data.get("delivered", 0))), max(0, int(data.get("own", 0)))
        except (ValueError, TypeError, AttributeError):
            # Like a platform that forgot an old cursor: start over; sync de-duplicates by id.
            log.warning("Ignoring an unreadable demo cursor")
            return 0, 0

    @staticmethod
    def _cursor(delivered: int, own: int) -> str:
        return json.dumps({"delivered": delivered, "own": own})

    def fetch(self, cursor: str | None,
              progress: Callable[[int], None] | None = None) -> Iterator[Page]:
        self._maybe_fail("fetch", False)
        state = self._read()
        now = self._now()
        started = parse_iso(state["created_at"])
        hidden, deleted = set(state["hidden"]), set(state["deleted"])
        delivered, own_seen = self._parse_cursor(cursor)
        # Entries in order: scripted items that have arrived, then our own replies since.
        entries: list[tuple[str, Any]] = []
        position = delivered
        for item in self._script[delivered:]:
            if self.arrival_of(item, started) > now:
                break
            entries.append(("script", item))
        replies = state["replies"][own_seen:]
        entries.extend(("own", reply) for reply in replies)
        if not entries:
            yield Page(cursor=self._cursor(delivered, own_seen))
            return
        own = own_seen
        done = 0
        for start in range(0, len(entries), PAGE_SIZE):
            page = Page()
            seen_threads: set[str] = set()
            for what, entry in entries[start:start + PAGE_SIZE]:
                if what == "script":
                    position += 1
                    fetched = self._scripted_item(entry, started, hidden, deleted)
                    thread = entry.thread
                else:
                    own += 1
                    if entry["id"] in deleted:
                        continue
                    fetched = self._own_item(entry)
                    thread = self._thread_for(entry["thread"])
                if fetched is None:
                    continue
                page.items.append(fetched)
                if thread is not None and thread.external_id not in seen_threads:
                    seen_threads.add(thread.external_id)
                    page.threads.append(self._fetched_thread(thread))
            page.cursor = self._cursor(position, own)
            done += len(page.items)
            if progress:
                progress(done)
            yield page

    def fetch_thread(self, thread_external_id: str) -> list[FetchedItem]:
        self._maybe_fail("fetch_thread", False)
        state = self._read()
        now = self._now()
        started = parse_iso(state["created_at"])
        hidden, deleted = set(state["hidden"]), set(state["deleted"])
        items = [self._scripted_item(i, started, hidden, deleted) for i in self._script
                 if i.thread.external_id == thread_external_id and self.arrival_of(i, started) <= now]
        items += [self._own_item(r) for r in state["replies"]
                  if r["thread"] == thread_external_id and r["id"] not in deleted]
        return sorted((i for i in items if i is not None), key=lambda i: i.received_at)

    # ---- writing

    def _require(self, capability: Capability, what: str) -> None:
        if capability not in self.capabilities:
            raise Permanent(f"{self.platform.value} does not allow {what} here.", code="not_supported")

    def _check_text(self, target: Target, text: str) -> int:
        if not text or not text.strip():
            raise Permanent("A reply cannot be empty.", code="empty")
        if target.kind == ItemKind.MESSAGE:
            self._require(Capability.MESSAGE, "direct messages")
            limit = self.message_limit
        else:
            self._require(Capability.REPLY, "replies")
            limit = self.reply_limit
        length = len(text)
        if self.platform == Platform.X:
            # X counts weighted characters; same rule as the composer's counter.
            from app.connectors.textlimits import weighted_length
            length = weighted_length("x", text)
        if length > limit:
            raise Permanent(f"The reply is {length} characters; the limit is {limit}.",
                            code="too_long")
        return limit

    def reply(self, target: Target, text: str, idempotency_key: str | None = None) -> SentReply:
        """``idempotency_key``: the outbox passes one where the platform takes it (Mastodon's
        ``Idempotency-Key``); like the server, a repeated key returns the first reply."""
        self._maybe_fail("reply", False)
        self._check_text(target, text)
        with self._store.lock:
            data = self._store.load()
            state, _ = self._account_state(data)
            if target.external_id in state["deleted"]:
                raise Permanent("The comment no longer exists.", code="not_found")
            earlier = next((r for r in state["replies"] if idempotency_key and r.get("key") == idempotency_key), None)
            if earlier is not None:
                return SentReply(earlier["id"])
            number = int(data.get("next_reply", 1))
            data["next_reply"] = number + 1
            reply_id = f"demo-r-{number}"
            record = {"id": reply_id, "target": target.external_id,
                      "thread": target.thread_external_id, "kind": ItemKind(target.kind).value,
                      "text": text, "at": iso(self._now())}
            if idempotency_key:
                record["key"] = idempotency_key
            state["replies"].append(record)
            self._store.save(data)
        self._maybe_fail("reply", True)
        return SentReply(reply_id)

    def private_reply(self, target: Target, text: str) -> SentReply:
        """Meta's private reply to a commenter: once per comment (Graph error 10900, "Activity
        already replied to"); kept apart from the public replies, so it never shows in the thread."""
        self._require(Capability.PRIVATE_REPLY, "private replies")
        if not text or not text.strip():
            raise Permanent("A reply cannot be empty.", code="empty")
        with self._store.lock:
            data = self._store.load()
            state, _ = self._account_state(data)
            sent = state.setdefault("private", [])
            if target.external_id in state["deleted"] or target.external_id in sent:
                raise Permanent("Activity already replied to", code="10900")
            sent.append(target.external_id)
            number = int(data.get("next_reply", 1))
            data["next_reply"] = number + 1
            self._store.save(data)
        return SentReply(f"demo-m-{number}")

    def set_hidden(self, target: Target, hidden: bool) -> None:
        self._maybe_fail("set_hidden", False)
        if hidden:
            if Capability.HIDE not in self.capabilities and Capability.REJECT not in self.capabilities:
                self._require(Capability.HIDE, "hiding comments")
        else:
            self._require(Capability.UNHIDE, "unhiding comments")
        with self._store.lock:
            data = self._store.load()
            state, _ = self._account_state(data)
            if target.external_id in state["deleted"]:
                raise Permanent("The comment no longer exists.", code="not_found")
            if not hidden and target.external_id in state.setdefault("rejected", []):
                raise Permanent("A rejected comment cannot be published again.", code="rejected")
            ids = [i for i in state["hidden"] if i != target.external_id]
            if hidden:
                ids.append(target.external_id)
            state["hidden"] = ids
            self._store.save(data)
        self._maybe_fail("set_hidden", True)

    def reject(self, target: Target) -> None:
        """YouTube's "reject": hidden for good (the outbox calls this when it exists)."""
        self._maybe_fail("reject", False)
        self._require(Capability.REJECT, "rejecting comments")
        with self._store.lock:
            data = self._store.load()
            state, _ = self._account_state(data)
            if target.external_id in state["deleted"]:
                raise Permanent("The comment no longer exists.", code="not_found")
            if target.external_id not in state["hidden"]:
                state["hidden"].append(target.external_id)
            rejected = state.setdefault("rejected", [])
            if target.external_id not in rejected:
                rejected.append(target.external_id)
            self._store.save(data)
        self._maybe_fail("reject", True)

    def delete(self, target: Target) -> None:
        self._maybe_fail("delete", False)
        self._require(Capability.DELETE, "deleting comments")
        with self._store.lock:
            data = self._store.load()
            state, _ = self._account_state(data)
            if target.external_id in state["deleted"]:
                raise Permanent("The comment no longer exists.", code="not_found")
            state["deleted"].append(target.external_id)
            state["hidden"] = [i for i in state["hidden"] if i != target.external_id]
            self._store.save(data)
        self._maybe_fail("delete", True)

    # ---- exactly-once support

    def find_own_reply(self, target: Target, text: str, since: datetime) -> str | None:
        self._maybe_fail("find_own_reply", False)
        state = self._read()
        wanted = text.strip()
        deleted = set(state["deleted"])
        for reply in reversed(state["replies"]):
            if (reply["target"] == target.external_id and reply["text"].strip() == wanted
                    and reply["id"] not in deleted and parse_iso(reply["at"]) >= since):
                return str(reply["id"])
        return None

    def get_state(self, target: Target) -> TargetState:
        self._maybe_fail("get_state", False)
        state = self._read()
        exists = target.external_id not in state["deleted"]
        return {"exists": exists, "hidden": (target.external_id in state["hidden"]) if exists else None}

    def replies(self) -> list[dict[str, Any]]:
        """Every reply this account posted on the demo platform (for tests and trainers)."""
        replies: list[dict[str, Any]] = self._read()["replies"]
        return replies
