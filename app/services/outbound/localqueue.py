"""Actions written while the team database cannot be reached, kept in a small SQLite file in
this user's data folder and moved into the shared outbox once the database is back.

Exactly once: each action gets its idempotency key before the first attempt, and that key
becomes the outbox row's ``idempotency_key`` (UNIQUE) in the same transaction that queues it.
A replay first looks the key up, so replaying twice, or a crash between the outbox commit and
marking the local row, or two of this user's windows replaying at once, still gives one
outbox row; the outbox then sends it exactly once as usual.

Answers go through ``collab.queue_reply`` when replayed: if a colleague answered the item
while we were cut off, the action is held with that sentence instead of going out, and the
person decides (``release_held`` with override, or ``discard``).

Qt-free. The window calls ``submit`` for every action; it returns whether the action went
to the shared outbox or was kept here, and ``replay`` runs when ``is_reachable`` turns true.
"""
from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError

from app import clock
from app.errors import DatabaseError, KnownError
from app.models import tables as t

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.models.db import Database
    from app.services.workspace import Workspace

FILE_NAME = "pending-actions.sqlite3"
PENDING, REPLAYED, HELD, DISCARDED = "pending", "replayed", "held", "discarded"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pending_actions (
    id INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    database TEXT NOT NULL,
    item_id INTEGER NOT NULL,
    action TEXT NOT NULL,
    text TEXT,
    author TEXT NOT NULL,
    signature TEXT,
    confirmed INTEGER NOT NULL DEFAULT 0,
    override INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    outbox_id INTEGER,
    message TEXT
)
"""



def new_key() -> str:
    return uuid.uuid4().hex     # fits outbox.idempotency_key (64 characters)


def database_id(url: str) -> str:
    """Which database an action was meant for (password left out): a queue written against
    the team's server is never replayed into some other database."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url


@dataclass
class PendingAction:
    id: int
    idempotency_key: str
    database: str
    item_id: int
    action: str
    text: str | None
    author: str
    signature: str | None
    confirmed: bool
    override: bool
    created_at: datetime
    state: str
    outbox_id: int | None
    message: str | None


@dataclass
class ReplayResult:
    moved: list[tuple[str, int]] = field(default_factory=list)     # (key, outbox id) queued now
    already: list[tuple[str, int]] = field(default_factory=list)   # found in the outbox already
    held: list[tuple[str, str]] = field(default_factory=list)      # (key, why) for the person
    offline: bool = False                                          # the database is still away
    message: str | None = None


class LocalQueue:
    """The pending-actions file. Short connections: several windows of one user may share it."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as conn:
            conn.execute(_SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(str(self.path), timeout=5)) as conn:
            conn.row_factory = sqlite3.Row
            with conn:   # one transaction, committed on success
                yield conn

    def record(self, database_url: str, item_id: int, action: str, author: str,
               text: str | None = None, *, signature: str | None = None, confirmed: bool = False,
               override: bool = False, key: str | None = None, now: datetime | None = None) -> str:
        """Write an intended action down; returns its idempotency key."""
        key = key or new_key()
        with self._connect() as conn:
            conn.execute(
                "INSERT INTO pending_actions (idempotency_key, database, item_id, action, text, author, "
                "signature, confirmed, override, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (key, database_id(database_url), item_id, action, text, author, signature,
                 int(confirmed), int(override), (now or clock.now()).isoformat()))
        return key

    def _rows(self, where: str, args: tuple[Any, ...]) -> list[PendingAction]:
        with self._connect() as conn:
            rows = conn.execute(f"SELECT * FROM pending_actions WHERE {where} ORDER BY id", args).fetchall()
        return [PendingAction(r["id"], r["idempotency_key"], r["database"], r["item_id"], r["action"],
                              r["text"], r["author"], r["signature"], bool(r["confirmed"]),
                              bool(r["override"]), datetime.fromisoformat(r["created_at"]), r["state"],
                              r["outbox_id"], r["message"]) for r in rows]

    def pending(self, database_url: str | None = None) -> list[PendingAction]:
        if database_url is None:
            return self._rows("state = ?", (PENDING,))
        return self._rows("state = ? AND database = ?", (PENDING, database_id(database_url)))

    def held(self, database_url: str | None = None) -> list[PendingAction]:
        if database_url is None:
            return self._rows("state = ?", (HELD,))
        return self._rows("state = ? AND database = ?", (HELD, database_id(database_url)))

    def all(self) -> list[PendingAction]:
        return self._rows("1 = 1", ())

    def count_pending(self, database_url: str | None = None) -> int:
        return len(self.pending(database_url))

    def _set(self, key: str, state: str, outbox_id: int | None = None, message: str | None = None) -> None:
        with self._connect() as conn:
            conn.execute("UPDATE pending_actions SET state = ?, outbox_id = ?, message = ? "
                         "WHERE idempotency_key = ?", (state, outbox_id, message, key))

    def release_held(self, key: str, *, override: bool = True) -> None:
        """The person read why it was held and wants it sent anyway: back to pending."""
        with self._connect() as conn:
            conn.execute("UPDATE pending_actions SET state = ?, override = ?, message = NULL "
                         "WHERE idempotency_key = ? AND state = ?", (PENDING, int(override), key, HELD))

    def discard(self, key: str) -> None:
        with self._connect() as conn:
            conn.execute("UPDATE pending_actions SET state = ? WHERE idempotency_key = ? AND state IN (?, ?)",
                         (DISCARDED, key, PENDING, HELD))


def for_workspace(ws: Workspace) -> LocalQueue:
    """This user's queue, in their own (local, per-user) data folder."""
    return LocalQueue(Path(ws.paths.data_dir) / FILE_NAME)


def is_reachable(db: Database) -> bool:
    """A cheap probe for the window's read-only banner: can the database answer right now?"""
    try:
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return True
    except Exception:   # any failure to answer means "not now"; the banner says so in words
        return False


def offline_error(ws: Workspace, exc: BaseException) -> bool:
    """Database faults that mean "the team database is away", as opposed to bugs or a local
    SQLite problem (a locked or full local file is not fixed by waiting for a network)."""
    return isinstance(exc, DatabaseError) and ws.db.dialect != "sqlite"


@dataclass
class SubmitResult:
    outbox_id: int | None          # set when it went straight into the shared outbox
    local_key: str | None          # set when it was kept locally for later
    message: str | None = None     # for the read-only banner


def submit(ws: Workspace, item_id: int, action: str, text: str | None = None, *, signature: str | None = None,
           confirmed: bool = False, override: bool = False, queue: LocalQueue | None = None) -> SubmitResult:
    """Queue an action in the shared outbox, or keep it locally when the team database cannot
    be reached. Collisions and invalid replies raise as usual (KnownError).

    The idempotency key is chosen before trying: when the connection drops during COMMIT the
    outcome is unknown, and the local copy carries the same key, so its replay finds the row
    if the commit did land instead of queueing the answer twice."""
    key = new_key()
    try:
        with ws.db.session() as session:
            outbox_id = queue_in_session(session, item_id, action, ws.user, text, signature=signature,
                               confirmed=confirmed, override=override, key=key)
        return SubmitResult(outbox_id, None)
    except KnownError as exc:
        if not offline_error(ws, exc):
            raise
        queue = queue or for_workspace(ws)
        queue.record(ws.db.url, item_id, action, ws.user, text, signature=signature,
                     confirmed=confirmed, override=override, key=key)
        return SubmitResult(None, key, exc.message)


def queue_in_session(session: Session, item_id: int, action: str, author: str, text: str | None, *,
                     signature: str | None, confirmed: bool, override: bool, key: str,
                     validated: bool = False, now: datetime | None = None) -> int:
    """Queue through the collision guard (answers) or straight (moderation), under ``key``.
    ``validated``: the caller ran ``outbox.validate_reply`` in this transaction already."""
    from app.services.outbound import outbox
    from app.services.team import collab

    if action in collab.ANSWER_ACTIONS:
        outbox_id = collab.queue_reply(session, item_id, author, text or "", action=action,
                                       override=override, signature=signature, confirmed=confirmed,
                                       validated=validated, now=now)
    else:
        outbox_id = outbox.queue_action(session, item_id, action, author, text, confirmed=confirmed, now=now)
    # Our key replaces the random one: this is what makes a replay find the row.
    session.execute(update(t.OutboxAction).where(t.OutboxAction.id == outbox_id)
                    .values(idempotency_key=key))
    session.flush()
    return outbox_id


def _queue_one(session: Session, entry: PendingAction) -> int:
    from app.services.inbound import items as item_service

    outbox_id = queue_in_session(session, entry.item_id, entry.action, entry.author, entry.text,
                       signature=entry.signature, confirmed=entry.confirmed, override=entry.override,
                       key=entry.idempotency_key)
    item_service.audit(session, entry.author, "replayed_from_local_queue", item_id=entry.item_id,
                       outbox_id=outbox_id, kind=entry.action, written_at=entry.created_at.isoformat())
    return outbox_id


def _replay_one(ws: Workspace, entry: PendingAction) -> tuple[str, int]:
    """("moved" | "already", outbox id) for one pending action."""
    key = entry.idempotency_key
    lookup = select(t.OutboxAction.id).where(t.OutboxAction.idempotency_key == key)
    with ws.db.session() as session:
        existing = session.scalar(lookup)
    if existing is not None:
        return "already", existing
    try:
        with ws.db.session() as session:
            return "moved", _queue_one(session, entry)
    except IntegrityError:
        # Another replay (this user's other window) queued the same key first.
        with ws.db.session() as session:
            existing = session.scalar(lookup)
        if existing is None:
            raise
        return "already", existing


def replay(ws: Workspace, queue: LocalQueue | None = None) -> ReplayResult:
    """Move this database's pending actions into the shared outbox, oldest first, each exactly
    once. Stops at the first sign the database is still unreachable."""
    queue = queue or for_workspace(ws)
    result = ReplayResult()
    for entry in queue.pending(ws.db.url):
        key = entry.idempotency_key
        try:
            outcome, outbox_id = _replay_one(ws, entry)
        except KnownError as exc:
            if offline_error(ws, exc):
                result.offline, result.message = True, exc.message
                break
            # A colleague answered meanwhile, the item is gone, the text is no longer valid...
            queue._set(key, HELD, None, exc.message)
            result.held.append((key, exc.message))
            continue
        queue._set(key, REPLAYED, outbox_id)
        (result.moved if outcome == "moved" else result.already).append((key, outbox_id))
    return result
