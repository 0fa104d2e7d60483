"""Working side by side: leases (one syncing client per account) and claims ("Anna is
answering"). Both are rows with an expiry, so they work the same on SQLite (several
processes on one machine) and on a team's PostgreSQL, and a client that disappears loses its
lease or claim when it expires, without anyone cleaning up.
"""
from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError

from app import clock
from app.models import tables as t
from app.models.db import rowcount, table_of

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.models.db import Database
    from app.services.workspace import Workspace

LEASE_TTL = timedelta(seconds=60)
CLAIM_TTL = timedelta(seconds=90)
_CLIENT_ID = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def client_id() -> str:
    """Identifies this running app (host, process, random) in leases, claims and the outbox."""
    return _CLIENT_ID



def acquire_lease(db: Database, name: str, holder: str | None = None, ttl: timedelta = LEASE_TTL,
                  now: datetime | None = None) -> bool:
    """Take or renew a lease. True when ``holder`` holds it afterwards."""
    holder = holder or client_id()
    now = now or clock.now()
    with db.session() as session:
        changed = rowcount(session.execute(
            update(t.Lease).where(t.Lease.name == name,
                                  (t.Lease.holder == holder) | (t.Lease.expires_at < now))
            .values(holder=holder, expires_at=now + ttl)))
        if changed:
            return True
        if session.get(t.Lease, name) is not None:
            return False
    try:
        with db.session() as session:
            session.add(t.Lease(name=name, holder=holder, expires_at=now + ttl))
        return True
    except IntegrityError:
        return False   # another client inserted it first


def release_lease(db: Database, name: str, holder: str | None = None) -> None:
    with db.session() as session:
        session.execute(delete(t.Lease).where(t.Lease.name == name,
                                              t.Lease.holder == (holder or client_id())))


def lease_holder(db: Database, name: str, now: datetime | None = None) -> str | None:
    now = now or clock.now()
    with db.session() as session:
        lease = session.get(t.Lease, name)
        return lease.holder if lease and lease.expires_at >= now else None


def acquire_sync_lease(ws: Workspace, account_id: int) -> bool:
    return acquire_lease(ws.db, f"sync:{account_id}")


def release_sync_lease(ws: Workspace, account_id: int) -> None:
    release_lease(ws.db, f"sync:{account_id}")


@dataclass
class ClaimResult:
    ok: bool
    holder: str | None = None      # the colleague holding it when not ok


def claim_item(db: Database, item_id: int, user: str, holder: str | None = None,
               now: datetime | None = None, ttl: timedelta = CLAIM_TTL) -> ClaimResult:
    """Claim an item for answering (renewing our own claim). Someone else's live claim wins."""
    holder = holder or client_id()
    now = now or clock.now()
    if db.dialect == "postgresql":
        try:
            with db.session() as session:
                return claim_in_session(session, item_id, user, holder, now, ttl)
        except IntegrityError:
            return ClaimResult(False)      # the item is gone
    with db.session() as session:
        changed = rowcount(session.execute(
            update(t.Claim).where(t.Claim.item_id == item_id,
                                  ((t.Claim.client_id == holder) & (t.Claim.user_name == user))
                                  | (t.Claim.expires_at < now))
            .values(user_name=user, client_id=holder, expires_at=now + ttl)))
        if changed:
            return ClaimResult(True)
        existing = session.get(t.Claim, item_id)
        if existing is not None:
            return ClaimResult(False, existing.user_name)
    try:
        with db.session() as session:
            session.add(t.Claim(item_id=item_id, user_name=user, client_id=holder, expires_at=now + ttl))
        return ClaimResult(True)
    except IntegrityError:
        with db.session() as session:
            existing = session.get(t.Claim, item_id)
            return ClaimResult(False, existing.user_name if existing else None)


def claim_in_session(session: Session, item_id: int, user: str, holder: str, now: datetime,
                     ttl: timedelta = CLAIM_TTL) -> ClaimResult:
    """PostgreSQL: take, renew or lose the claim in one statement inside the caller's
    transaction. The window claims whenever the composer opens; on a shared server each round
    trip counts (the generic path needs up to two transactions and four statements), and
    ON CONFLICT also settles two clients inserting at once without an error."""
    from sqlalchemy.dialects.postgresql import insert as pg_insert

    expires = now + ttl
    claims = table_of(t.Claim)
    values = pg_insert(claims).values(item_id=item_id, user_name=user, client_id=holder, expires_at=expires)
    upsert = values.on_conflict_do_update(
        index_elements=[claims.c.item_id],
        set_={"user_name": user, "client_id": holder, "expires_at": expires},
        where=((claims.c.client_id == holder) & (claims.c.user_name == user)) | (claims.c.expires_at < now),
    ).returning(claims.c.item_id)
    if session.execute(upsert).first() is not None:
        return ClaimResult(True)
    return ClaimResult(False, session.scalar(select(claims.c.user_name).where(claims.c.item_id == item_id)))


def release_claim(db: Database, item_id: int, holder: str | None = None) -> None:
    with db.session() as session:
        session.execute(delete(t.Claim).where(t.Claim.item_id == item_id,
                                              t.Claim.client_id == (holder or client_id())))


def active_claims(db: Database, now: datetime | None = None, exclude_holder: str | None = None) -> dict[int, str]:
    """item id -> the colleague answering it, for live claims."""
    now = now or clock.now()
    with db.session() as session:
        query = select(t.Claim.item_id, t.Claim.user_name).where(t.Claim.expires_at >= now)
        if exclude_holder:
            query = query.where(t.Claim.client_id != exclude_holder)
        return dict(session.execute(query).all())
