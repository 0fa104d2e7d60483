"""The offline cache: SQLAlchemy 2 typed tables, the same on SQLite and PostgreSQL.

Times are stored as naive UTC and read back aware (``UTCDateTime``). Ids from platforms are
strings (X and Meta ids exceed 2^53; LinkedIn uses URNs).

The inbox is read from SQL a page at a time (a million items must stay instant), so the
columns the views filter and sort on are indexed together: ``due_at`` is the *active*
deadline (first response while new, follow-up while a holding reply stands, NULL once the
clock has stopped), which makes "open", "overdue" and "due today" index range scans.
"""
from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    FetchedValue,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import DateTime, TypeDecorator

from app import clock

if TYPE_CHECKING:
    from sqlalchemy.engine import Dialect


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC in Python, naive UTC in the database (portable and index-friendly)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given for a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)



class Base(DeclarativeBase):
    pass


# Item status values. Open statuses keep a deadline running; the rest have stopped it.
STATUS_NEW = "new"
STATUS_HOLDING = "holding"            # holding reply sent, follow-up due
STATUS_ANSWERED = "answered"
STATUS_NO_REPLY = "no_reply"
STATUS_HIDDEN = "hidden"
STATUS_SPAM = "spam"
STATUS_REFERRED = "referred"          # referred to the official case channel
STATUS_DELETED = "deleted"
STATUS_OWN = "own"                    # written by our account: part of the thread, not work
OPEN_STATUSES = (STATUS_NEW, STATUS_HOLDING)
STATUSES = (STATUS_NEW, STATUS_HOLDING, STATUS_ANSWERED, STATUS_NO_REPLY, STATUS_HIDDEN,
            STATUS_SPAM, STATUS_REFERRED, STATUS_DELETED, STATUS_OWN)


class Institution(Base):
    """Who owns an account: the municipality's communication unit, a school, a library."""
    __tablename__ = "institutions"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    case_channel: Mapped[str | None] = mapped_column(String(500))   # where referrals point
    website: Mapped[str | None] = mapped_column(String(500))
    accounts: Mapped[list["Account"]] = relationship(back_populates="institution")


class Account(Base):
    __tablename__ = "accounts"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    platform: Mapped[str] = mapped_column(String(20))
    institution_id: Mapped[int | None] = mapped_column(ForeignKey("institutions.id", ondelete="SET NULL"))
    external_id: Mapped[str | None] = mapped_column(String(200))   # page id, org URN, channel id
    handle: Mapped[str | None] = mapped_column(String(200))        # username where it matters
    base_url: Mapped[str | None] = mapped_column(String(500))      # None: the real platform
    policy: Mapped[str] = mapped_column(String(50), default="hours:24")
    followup_policy: Mapped[str] = mapped_column(String(50), default="workdays:2")
    calendar: Mapped[str] = mapped_column(Text, default='{"country": "DK"}')   # JSON, see services.calendar
    language: Mapped[str] = mapped_column(String(5), default="da")
    credential_ref: Mapped[str | None] = mapped_column(String(100))  # keychain entry name, never the token
    sync_interval_minutes: Mapped[int] = mapped_column(Integer, default=5)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    options: Mapped[str] = mapped_column(Text, default="{}")       # JSON: keywords to monitor, …
    # Sync health, shown per account in the navigator.
    status: Mapped[str] = mapped_column(String(30), default="ok")  # ok|needs_reconnect|paused|offline|error
    status_message: Mapped[str | None] = mapped_column(Text)
    paused_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_sync_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_sync_ok_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)
    institution: Mapped[Institution | None] = relationship(back_populates="accounts")


class Thread(Base):
    """The post, video or conversation items belong to."""
    __tablename__ = "threads"
    __table_args__ = (UniqueConstraint("account_id", "external_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    external_id: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default="post")
    text: Mapped[str] = mapped_column(Text, default="")
    author_name: Mapped[str | None] = mapped_column(String(300))
    url: Mapped[str | None] = mapped_column(String(1000))
    created_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Item(Base):
    __tablename__ = "items"
    __table_args__ = (
        UniqueConstraint("account_id", "external_id", name="uq_items_account_external"),
        Index("ix_items_due", "due_at", "id"),
        Index("ix_items_account_due", "account_id", "due_at", "id"),
        Index("ix_items_status_due", "status", "due_at", "id"),
        Index("ix_items_status_handled", "status", "handled_at", "id"),
        # Partial (migration 0016): an index holding due_at is rewritten at every moved
        # deadline, so these two hold only the rows their views show.
        Index("ix_items_mentions_due", "due_at", "id", sqlite_where=text("kind = 'mention'"),
              postgresql_where=text("kind = 'mention'")),
        Index("ix_items_thread", "thread_id", "received_at"),
        Index("ix_items_assigned_due", "assigned_to", "due_at", "id", sqlite_where=text("assigned_to IS NOT NULL"),
              postgresql_where=text("assigned_to IS NOT NULL")),
        Index("ix_items_received", "received_at", "id"),
        # The handled views sort on handled_at over three statuses: a partial index per view
        # keeps that one ordered range instead of a sort of hundreds of thousands of rows.
        Index("ix_items_handled_view", "handled_at", "id",
              sqlite_where=text("status IN ('answered', 'no_reply', 'referred')"),
              postgresql_where=text("status IN ('answered', 'no_reply', 'referred')")),
        Index("ix_items_hidden_view", "handled_at", "id",
              sqlite_where=text("status IN ('hidden', 'spam', 'deleted')"),
              postgresql_where=text("status IN ('hidden', 'spam', 'deleted')")),
        # "Held for review": the few items in a YouTube moderation queue, in due order
        # (counting the view read every item without it).
        Index("ix_items_held_view", "due_at", "id", sqlite_where=text("moderation_status IS NOT NULL"),
              postgresql_where=text("moderation_status IS NOT NULL")),
        # The list sorted by author or account: a search's first page walks these in order
        # (status so the view's condition is checked in the index; not due_at, which a
        # deadline recompute would rewrite here too: migration 0016).
        Index("ix_items_author", "author_name", "id", "status"),
        Index("ix_items_account", "account_id", "id", "status"),
        # SQLite only, made by migration 0015_search5_searchable_indexes (not declared here, so
        # PostgreSQL never builds them): ix_items_*_text, the same orders over the rows a
        # search can find (text or author), which a search's first page walks.
        # Sync looks up "which of these did our account already answer?" by parent id.
        Index("ix_items_account_parent", "account_id", "parent_external_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    thread_id: Mapped[int | None] = mapped_column(ForeignKey("threads.id", ondelete="CASCADE"))
    external_id: Mapped[str] = mapped_column(String(300))
    parent_external_id: Mapped[str | None] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))            # comment|reply|message|mention
    author_id: Mapped[str | None] = mapped_column(String(300))
    author_name: Mapped[str | None] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text, default="")
    url: Mapped[str | None] = mapped_column(String(1000))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(20), default=STATUS_NEW)
    is_hidden: Mapped[bool] = mapped_column(Boolean, default=False)   # hidden on the platform
    can_reply: Mapped[bool] = mapped_column(Boolean, default=True)
    moderation_status: Mapped[str | None] = mapped_column(String(30))
    # Was the conversation started by the account (X: only then can its replies be hidden)?
    # None: the connector cannot tell (migration 0006_workflow_own_conversation).
    own_conversation: Mapped[bool | None] = mapped_column(Boolean)
    has_id_number: Mapped[bool] = mapped_column(Boolean, default=False)  # CPR/personnummer exposed
    first_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    followup_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)      # active deadline; NULL = stopped
    holding_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    handled_by: Mapped[str | None] = mapped_column(String(200))
    answered_late: Mapped[bool | None] = mapped_column(Boolean)
    assigned_to: Mapped[str | None] = mapped_column(String(200))
    outbox_state: Mapped[str | None] = mapped_column(String(20))      # newest action's state, for the list
    notified_soon: Mapped[bool] = mapped_column(Boolean, default=False)
    notified_overdue: Mapped[bool] = mapped_column(Boolean, default=False)
    purged: Mapped[bool] = mapped_column(Boolean, default=False)      # text/author removed by retention
    # JSON list of attachment metadata (kind, image_url, link, title); NULL when none.
    attachments: Mapped[str | None] = mapped_column(Text, nullable=True)
    cached_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)


class ItemRead(Base):
    """Who has read an item: unread is per person (in team mode per colleague). No row: unread."""
    __tablename__ = "item_reads"
    # The navigator's unread counts start from one person's read rows (reads.read_counts).
    __table_args__ = (Index("ix_item_reads_user", "user_name", "item_id"),)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), primary_key=True)
    user_name: Mapped[str] = mapped_column(String(200), primary_key=True)
    read_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)


class MemoryDoc(Base):
    """Answer memory: an item's language and Snowball stems, searched with BM25 (FTS5 on
    SQLite, a GIN index over tsvector on PostgreSQL). Derived data: retention and "forget this
    person" remove it together with the item's text."""
    __tablename__ = "memory_docs"
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), primary_key=True)
    language: Mapped[str] = mapped_column(String(5))
    stems: Mapped[str] = mapped_column(Text, default="")


class Note(Base):
    """Internal notes: visible to the team, never sent to a platform."""
    __tablename__ = "notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), index=True)
    author: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)


# Outbox states
OUTBOX_QUEUED = "queued"
OUTBOX_SENDING = "sending"
OUTBOX_SENT = "sent"
OUTBOX_FAILED = "failed"
OUTBOX_ATTENTION = "attention"     # outcome unknown and could not be settled automatically
OUTBOX_DISCARDED = "discarded"


class OutboxAction(Base):
    """A write to a platform, saved before it is sent; sent exactly once."""
    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_state_next", "state", "next_attempt_at", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id", ondelete="SET NULL"), index=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    action: Mapped[str] = mapped_column(String(30))       # reply|holding_reply|hide|unhide|delete|reject
    text: Mapped[str | None] = mapped_column(Text)        # final text: template filled, signature appended
    author: Mapped[str] = mapped_column(String(200))      # the communicator
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    target: Mapped[str] = mapped_column(Text)             # JSON snapshot of connectors.base.Target
    state: Mapped[str] = mapped_column(String(20), default=OUTBOX_QUEUED)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    attempt_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    worker: Mapped[str | None] = mapped_column(String(100))
    # Indexed: sync asks whether a reply it fetched is one Svarbox sent (0014_ingest5_outbox_result).
    result_external_id: Mapped[str | None] = mapped_column(String(300), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Template(Base):
    __tablename__ = "templates"
    __table_args__ = (UniqueConstraint("name", "language"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(30))
    language: Mapped[str] = mapped_column(String(5))
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)


class Signature(Base):
    """Signature forms: a person's own (scope "user"), or an account's or institution's override."""
    __tablename__ = "signatures"
    __table_args__ = (UniqueConstraint("scope", "owner"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    scope: Mapped[str] = mapped_column(String(20))       # user|account|institution
    owner: Mapped[str] = mapped_column(String(200))      # user name, account id or institution id
    form: Mapped[str] = mapped_column(Text)


class AuditEvent(Base):
    """Who did what, when. Never a token, an authorisation header or a citizen's text."""
    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_item", "item_id", "at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(50))
    item_id: Mapped[int | None] = mapped_column(Integer)        # no FK: the log outlives purges
    account_id: Mapped[int | None] = mapped_column(Integer)
    outbox_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[str] = mapped_column(Text, default="{}")   # JSON
    # The database login that wrote the row. PostgreSQL fills it (DEFAULT session_user) and a
    # row-level security check refuses any other value, so a colleague cannot write events in
    # someone else's name; NULL on the single-user SQLite file.
    login: Mapped[str | None] = mapped_column(String(63), server_default=FetchedValue())


class SyncState(Base):
    __tablename__ = "sync_state"
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), primary_key=True)
    source: Mapped[str] = mapped_column(String(100), primary_key=True, default="main")
    cursor: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)


class Claim(Base):
    """Team mode: who is answering an item right now."""
    __tablename__ = "claims"
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"), primary_key=True)
    user_name: Mapped[str] = mapped_column(String(200))
    client_id: Mapped[str] = mapped_column(String(100))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Lease(Base):
    """Team mode: one syncing client per account (and other singletons), with expiry."""
    __tablename__ = "leases"
    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    holder: Mapped[str] = mapped_column(String(100))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SharedSetting(Base):
    """Settings the whole team shares (policies, retention, own domains)."""
    __tablename__ = "shared_settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)    # JSON


# Roles a colleague can hold for an institution or a single account, weakest first. Each
# includes what the ones before it may do (see app.services.team.access and docs/team.md).
ROLE_READER = "reader"                  # read items, threads, notes
ROLE_COMMUNICATOR = "communicator"      # + answer, moderate, note, claim, sync, assign
ROLE_PUBLISHER = "publisher"            # + publish and approve posts
ROLE_ADMINISTRATOR = "administrator"    # + roles, accounts, audit, retention, forgetting
ROLES = (ROLE_READER, ROLE_COMMUNICATOR, ROLE_PUBLISHER, ROLE_ADMINISTRATOR)


class InstitutionRole(Base):
    """Team mode: what one database login may do for one institution or one account.

    On PostgreSQL the row-level security policies (migration 0003_rls) read this table, so it
    is the database, not the window, that limits what a login sees and changes."""
    __tablename__ = "institution_roles"
    __table_args__ = (
        CheckConstraint("(institution_id IS NULL) <> (account_id IS NULL)", name="ck_role_scope"),
        CheckConstraint("role IN ('reader', 'communicator', 'publisher', 'administrator')",
                        name="ck_role_name"),
        Index("uq_role_login_institution", "login", "institution_id", unique=True,
              sqlite_where=text("account_id IS NULL"), postgresql_where=text("account_id IS NULL")),
        Index("uq_role_login_account", "login", "account_id", unique=True,
              sqlite_where=text("institution_id IS NULL"),
              postgresql_where=text("institution_id IS NULL")),
        Index("ix_role_institution", "institution_id"),
        Index("ix_role_account", "account_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(63))        # the PostgreSQL role name
    display_name: Mapped[str | None] = mapped_column(String(200))
    institution_id: Mapped[int | None] = mapped_column(ForeignKey("institutions.id", ondelete="CASCADE"))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(20))
    granted_by: Mapped[str | None] = mapped_column(String(200))
    granted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)


# Post statuses (issue 19: planning and publishing). "scheduled" on a platform that schedules
# natively (Facebook) means the platform holds it; elsewhere a running client publishes it.
POST_IDEA = "idea"
POST_DRAFT = "draft"
POST_AWAITING = "awaiting_approval"
POST_SCHEDULED = "scheduled"
POST_PUBLISHING = "publishing"       # handed to the outbox; the outbox settles it
POST_PUBLISHED = "published"
POST_FAILED = "failed"
POST_REJECTED = "rejected"
POST_STATUSES = (POST_IDEA, POST_DRAFT, POST_AWAITING, POST_SCHEDULED, POST_PUBLISHING, POST_PUBLISHED,
                 POST_FAILED, POST_REJECTED)
# Channels without an API: planned in the calendar, never sent anywhere.
MANUAL_CHANNELS = ("web", "newsletter", "press", "signs")


class Post(Base):
    """A planned or published post for one account (or a manual channel), text per account.

    A post composed for several accounts is one row per account sharing ``group_key``."""
    __tablename__ = "posts"
    __table_args__ = (Index("ix_posts_scheduled", "scheduled_at", "id"),
                      Index("ix_posts_status", "status", "scheduled_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    group_key: Mapped[str] = mapped_column(String(64), index=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    channel: Mapped[str | None] = mapped_column(String(30))       # manual channel when no account
    title: Mapped[str | None] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text, default="")
    link: Mapped[str | None] = mapped_column(String(1000))
    images: Mapped[str] = mapped_column(Text, default="[]")       # JSON [{"path", "alt", "url"}]
    scheduled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    native_schedule: Mapped[bool] = mapped_column(Boolean, default=False)   # the platform holds it
    status: Mapped[str] = mapped_column(String(30), default=POST_DRAFT)
    campaign: Mapped[str | None] = mapped_column(String(200))
    label: Mapped[str | None] = mapped_column(String(200))
    author: Mapped[str] = mapped_column(String(200))
    approved_by: Mapped[str | None] = mapped_column(String(200))
    review_comment: Mapped[str | None] = mapped_column(Text)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    outbox_id: Mapped[int | None] = mapped_column(Integer)
    external_id: Mapped[str | None] = mapped_column(String(300))  # the platform's id once published
    permalink: Mapped[str | None] = mapped_column(String(1000))
    thread_id: Mapped[int | None] = mapped_column(ForeignKey("threads.id", ondelete="SET NULL"))
    last_error: Mapped[str | None] = mapped_column(Text)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=clock.now)


class TrainingCertificate(Base):
    """A passed training pack (issue 22): the record the publishing permission can require
    before someone may use the main accounts. Written in team mode by the trainee's client."""
    __tablename__ = "training_certificates"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    trainee: Mapped[str] = mapped_column(String(200), index=True)
    pack: Mapped[str] = mapped_column(String(300))
    language: Mapped[str] = mapped_column(String(5), default="da")
    points: Mapped[int] = mapped_column(Integer)
    maximum: Mapped[int] = mapped_column(Integer)
    percent: Mapped[int] = mapped_column(Integer)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ClassroomDoc(Base):
    """A classroom session's documents over the team database (issue 22): the trainer's
    "session" and one "trainee/<id>" per trainee, JSON bodies, each written by one party."""
    __tablename__ = "classroom_docs"
    __table_args__ = (UniqueConstraint("code", "key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(12), index=True)
    key: Mapped[str] = mapped_column(String(80))
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
