"""SQLAlchemy 2 models of the system of record. Portable SQL only (SQLite and PostgreSQL).

Ids are short strings derived from content hashes where content defines the record
(cases, ingested sessions), so the same inputs give the same ids in any order.
"""

from __future__ import annotations

import datetime as dt
import weakref
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

#: The clock each engine's workspace runs on (:func:`use_clock`), so rows stamped by a
#: column default (``created_at``, ``updated_at``, ``at``) follow the workspace's clock.
_CLOCKS: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


def use_clock(engine: Any, clock: Any) -> None:
    """Stamp the rows written through ``engine`` with ``clock`` (an ``assistant.clock.Clock``)."""
    _CLOCKS[engine] = clock


def utcnow() -> dt.datetime:
    """Now, as the store keeps it (naive UTC), from the system clock."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def store_now(bind: Any) -> dt.datetime:
    """Now, as the store keeps it, from the clock of the workspace behind ``bind`` (an
    engine, a connection or an ORM session)."""
    engine = bind.get_bind() if hasattr(bind, "get_bind") else bind
    engine = getattr(engine, "engine", engine)
    clock = _CLOCKS.get(engine)
    now = clock.now() if clock is not None else dt.datetime.now(dt.UTC)
    return now.astimezone(dt.UTC).replace(tzinfo=None)


def stamp(context: Any) -> dt.datetime:
    """Column default: now from the clock of the workspace whose engine runs the statement
    (SQLAlchemy passes the statement's context), else the system clock."""
    return store_now(context.engine)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


SESSION_FORMATS = ("problem-solving jam", "office hours", "show-and-tell demo", "demo day")

session_cases = Table(
    "session_cases",
    Base.metadata,
    Column("session_id", String(32), ForeignKey("sessions.id", ondelete="CASCADE"),
           primary_key=True),
    Column("case_id", String(32), ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True),
)


class Meta(Base):
    """Key/value facts about the store itself (schema version)."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(255))


class Case(Base):
    __tablename__ = "cases"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    title: Mapped[str] = mapped_column(String(500), default="")
    problem: Mapped[str] = mapped_column(Text)
    context: Mapped[str] = mapped_column(Text, default="")
    tried: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    submitter: Mapped[str] = mapped_column(String(200), default="")
    team: Mapped[str] = mapped_column(String(200), default="")
    submitted_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    tags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    source: Mapped[str] = mapped_column(String(1000), default="")
    source_line: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stamp)
    # archive (soft delete, restorable by a steward): see assistant.archive
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    archived_by: Mapped[str | None] = mapped_column(String(200), nullable=True)


class Session(Base):
    __tablename__ = "sessions"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    title: Mapped[str] = mapped_column(String(500), default="")
    format: Mapped[str] = mapped_column(String(40), default="problem-solving jam")
    date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    start_time: Mapped[str] = mapped_column(String(8), default="")  # "HH:MM", local
    facilitator: Mapped[str] = mapped_column(String(200), default="")
    transcript_hash: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    transcript_source: Mapped[str] = mapped_column(String(1000), default="")
    duration_s: Mapped[float | None] = mapped_column(Float, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stamp)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    cases: Mapped[list[Case]] = relationship(secondary=session_cases, order_by="Case.id")
    segments: Mapped[list[TranscriptSegment]] = relationship(
        back_populates="session", order_by="TranscriptSegment.position",
        cascade="all, delete-orphan")
    # archive (soft delete, restorable by a steward): see assistant.archive
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    archived_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    transcript_archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class TranscriptSegment(Base):
    __tablename__ = "segments"
    __table_args__ = (UniqueConstraint("session_id", "position"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[str] = mapped_column(String(32), ForeignKey("sessions.id",
                                                                   ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    speaker: Mapped[str] = mapped_column(String(200), default="")
    start_s: Mapped[float | None] = mapped_column(Float, nullable=True)
    end_s: Mapped[float | None] = mapped_column(Float, nullable=True)
    text: Mapped[str] = mapped_column(Text)  # original, for display
    clean_text: Mapped[str] = mapped_column(Text)  # disfluencies removed; embedded and drafted
    session: Mapped[Session] = relationship(back_populates="segments")


class Theme(Base):
    __tablename__ = "themes"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    label: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    label_source: Mapped[str] = mapped_column(String(20), default="keywords")  # or llm, steward
    keywords: Mapped[list[Any]] = mapped_column(JSON, default=list)
    size: Mapped[int] = mapped_column(Integer, default=0)
    cohesion: Mapped[float] = mapped_column(Float, default=0.0)
    representatives: Mapped[list[Any]] = mapped_column(JSON, default=list)
    centroid: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="active")  # dismissed, merged, gone
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    merged_into: Mapped[str | None] = mapped_column(String(32), nullable=True)
    source: Mapped[str] = mapped_column(String(20), default="cases")  # cases|sessions
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stamp)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stamp)
    # --- two levels (issue 10): a broad theme groups sub-themes; added in place ---
    level: Mapped[str] = mapped_column(String(10), default="sub", server_default="sub")
    parent_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    # A broad theme that is gone: the sub-themes it held when last shown, so that a later
    # grouping of mostly the same cases gives it back its id (added in place).
    last_subthemes: Mapped[list[Any] | None] = mapped_column(JSON, nullable=True)


class ThemeMember(Base):
    """Which theme a case belongs to. ``by_steward`` rows are decisions a recompute keeps."""

    __tablename__ = "theme_members"
    case_id: Mapped[str] = mapped_column(String(32), ForeignKey("cases.id", ondelete="CASCADE"),
                                         primary_key=True)
    theme_id: Mapped[str | None] = mapped_column(String(32), ForeignKey("themes.id"),
                                                 nullable=True, index=True)
    similarity: Mapped[float] = mapped_column(Float, default=0.0)
    novel: Mapped[bool] = mapped_column(Boolean, default=False)
    nearest_theme_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    by_steward: Mapped[bool] = mapped_column(Boolean, default=False)
    placed_incrementally: Mapped[bool] = mapped_column(Boolean, default=False)


class ThemePassage(Base):
    """A transcript passage (a few speaker turns, see assistant.index.texts) that matches a
    theme; rebuilt on every theme recompute."""

    __tablename__ = "theme_passages"
    theme_id: Mapped[str] = mapped_column(String(32), ForeignKey("themes.id",
                                                                 ondelete="CASCADE"),
                                          primary_key=True)
    passage_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    session_id: Mapped[str] = mapped_column(String(32), index=True)
    first_position: Mapped[int] = mapped_column(Integer)
    last_position: Mapped[int] = mapped_column(Integer)
    start_s: Mapped[float | None] = mapped_column(Float, nullable=True)
    similarity: Mapped[float] = mapped_column(Float, default=0.0)
    text: Mapped[str] = mapped_column(Text, default="")


class ThemeDecision(Base):
    """A steward decision (rename, merge, split, dismiss, pin, move) replayed after recompute."""

    __tablename__ = "theme_decisions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    actor: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=stamp)


class Draft(Base):
    __tablename__ = "drafts"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # preread|recap|theme_label|pattern
    subject_type: Mapped[str] = mapped_column(String(20))  # session|theme|draft
    subject_id: Mapped[str] = mapped_column(String(32), index=True)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    # draft -> in_review -> approved -> published; rejected goes back to draft
    backend: Mapped[str] = mapped_column(String(40), default="extractive")
    model: Mapped[str] = mapped_column(String(200), default="")
    prompt_name: Mapped[str] = mapped_column(String(100), default="")
    prompt_hash: Mapped[str] = mapped_column(String(64), default="")
    usage: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    fallback_reason: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stamp)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stamp)
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    published_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    versions: Mapped[list[DraftVersion]] = relationship(
        back_populates="draft", order_by="DraftVersion.number", cascade="all, delete-orphan")
    # archive (soft delete, restorable by a steward): see assistant.archive
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    archived_by: Mapped[str | None] = mapped_column(String(200), nullable=True)


class DraftVersion(Base):
    """An immutable version of a draft. ``content`` is the structured draft (bullets with
    citations); ``text`` its rendered Markdown. Edits add versions, never overwrite."""

    __tablename__ = "draft_versions"
    __table_args__ = (UniqueConstraint("draft_id", "number"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    draft_id: Mapped[str] = mapped_column(String(32), ForeignKey("drafts.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    content: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    text: Mapped[str] = mapped_column(Text, default="")
    flags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    author: Mapped[str] = mapped_column(String(200), default="")
    machine: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stamp)
    draft: Mapped[Draft] = relationship(back_populates="versions")


class Pattern(Base):
    __tablename__ = "patterns"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    problem: Mapped[str] = mapped_column(Text, default="")
    context: Mapped[str] = mapped_column(Text, default="")
    solution: Mapped[str] = mapped_column(Text, default="")
    applies_when: Mapped[str] = mapped_column(Text, default="")
    not_when: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # cases, sessions, recaps
    theme_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    draft_id: Mapped[str | None] = mapped_column(String(32), nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="approved")  # approved|published
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stamp)
    published_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    #: The fields as last published (name, problem, context, solution, applies_when,
    #: not_when) while a newer approved version waits for the next publish: what search
    #: finds and adoptions are recorded against until then (index.texts.library_version).
    published_version: Mapped[dict[str, Any] | None] = mapped_column(
        JSON(none_as_null=True), nullable=True)


class PatternAdoption(Base):
    """A practitioner applied a pattern: the adoption signal the data partner tracks."""

    __tablename__ = "pattern_adoptions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    pattern_id: Mapped[str] = mapped_column(String(32), ForeignKey("patterns.id",
                                                                   ondelete="CASCADE"))
    team: Mapped[str] = mapped_column(String(200), default="")
    applied_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    outcome: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stamp)


class User(Base):
    __tablename__ = "users"
    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    role: Mapped[str] = mapped_column(String(20))  # facilitator|steward|viewer
    password_hash: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stamp)
    # --- sign-in sessions (issue 9): a session is tied to this record and credential ---
    #: Random per record: a user removed and added again under the same name is a new one.
    uid: Mapped[str | None] = mapped_column(String(32), nullable=True)
    #: Bumped on every password change: sessions signed in with an older one end.
    credential_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class AuditEvent(Base):
    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_object", "object_type", "object_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=stamp, index=True)
    actor: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(60))
    object_type: Mapped[str] = mapped_column(String(30))
    object_id: Mapped[str] = mapped_column(String(64))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    detail: Mapped[str] = mapped_column(Text, default="")


class EmbeddingCacheEntry(Base):
    """Embeddings by model and content hash, so unchanged text is never embedded twice."""

    __tablename__ = "embedding_cache"
    model: Mapped[str] = mapped_column(String(300), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    dim: Mapped[int] = mapped_column(Integer)
    vector: Mapped[bytes] = mapped_column(LargeBinary)


class LLMCacheEntry(Base):
    """Answers of the LLM endpoint by request hash: identical requests are not sent twice."""

    __tablename__ = "llm_cache"
    request_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    response: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stamp)


# ---------------------------------------------------------------- index outbox (issue 9)


class IndexOutboxEntry(Base):
    """A record whose vector-index entry must be (re)written: added in the same transaction
    as the record itself, removed by the reconciler once the index holds it. The record
    store and the index can therefore disagree only until the next reconcile.

    ``kind`` is the collection (cases, segments, patterns); ``record_id`` a case, session or
    pattern id. No unique key on purpose: a change made while a reconcile runs adds a row
    the reconcile did not read, so it is indexed again rather than lost.
    """

    __tablename__ = "index_outbox"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stamp)


# ---------------------------------------------------------------------------------------
# The network's operating rhythm (assistant.rhythm): charter and roles, 90-day sprints,
# case status, capability pulse, quarterly theme review. New tables only, so stores made
# before them gain them in place (init_schema's create_all); no existing table changes.

CASE_STATUSES = ("open", "in session", "resolved", "recurring")
SPRINT_DECISIONS = ("continue", "pause", "redesign")


class CharterVersion(Base):
    """An immutable version of the network's charter and roles. ``content`` holds purpose,
    cadence, boundaries, business results (baseline, target) and the people in each role;
    the latest version is the charter in force. Edits add versions, never overwrite."""

    __tablename__ = "charter_versions"
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    content: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    author: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stamp)


class Sprint(Base):
    """A 90-day sprint: its start, goals, and the continue / pause / redesign decision."""

    __tablename__ = "sprints"
    number: Mapped[int] = mapped_column(Integer, primary_key=True)
    start: Mapped[dt.date] = mapped_column(Date)
    goals: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str | None] = mapped_column(String(20), nullable=True)
    reasons: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(String(200), default="")
    decided_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stamp)


class CaseState(Base):
    """Where a case stands (open, in session, resolved, recurring) and when it was resolved.
    A case without a row is open."""

    __tablename__ = "case_states"
    case_id: Mapped[str] = mapped_column(String(32), ForeignKey("cases.id", ondelete="CASCADE"),
                                         primary_key=True)
    status: Mapped[str] = mapped_column(String(20), default="open")
    resolved_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    updated_by: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stamp)


class CapabilityPulse(Base):
    """A team's score on the short capability survey, taken on a day (the baseline)."""

    __tablename__ = "capability_pulses"
    __table_args__ = (UniqueConstraint("team", "taken_on"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    team: Mapped[str] = mapped_column(String(200))
    taken_on: Mapped[dt.date] = mapped_column(Date)
    score: Mapped[float] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(200), default="")


class ThemeReviewChoice(Base):
    """The steward's choice for a theme at a sprint's quarterly review (keep or retire).
    The label is kept with the id: themes are derived and may be recomputed away."""

    __tablename__ = "theme_review_choices"
    __table_args__ = (UniqueConstraint("sprint", "theme_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    sprint: Mapped[int] = mapped_column(Integer)
    theme_id: Mapped[str] = mapped_column(String(32))
    label: Mapped[str] = mapped_column(String(300), default="")
    choice: Mapped[str] = mapped_column(String(20))  # keep | retire
    note: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=stamp)


# ---- action items (issue 11: recaps with actions) ------------------------------------------

class ActionItem(Base):
    """Who committed to what and by when, drafted with a recap and cited; open until someone
    marks it done. Rows belong to one recap draft and are replaced when it is regenerated
    (an action marked done stays done)."""

    __tablename__ = "action_items"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    draft_id: Mapped[str] = mapped_column(String(32), ForeignKey("drafts.id", ondelete="CASCADE"),
                                          index=True)
    session_id: Mapped[str] = mapped_column(String(32), index=True)
    number: Mapped[int] = mapped_column(Integer, default=0)
    owner: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(Text, default="")
    due: Mapped[str] = mapped_column(String(200), default="")
    citations: Mapped[list[Any]] = mapped_column(JSON, default=list)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    done_by: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stamp)


# ---- redaction vocabulary (issue 11: redaction before a remote endpoint) -------------------

class RedactionTerm(Base):
    """The workspace's redaction vocabulary, kept by stewards in the app: ``keep`` terms (the
    network's tools, products and brands) stay in what a remote endpoint is sent; ``person``
    names are replaced wherever they stand. Read beside the ``ASSISTANT_REDACT_KEEP`` and
    ``ASSISTANT_REDACT_PEOPLE`` settings."""

    __tablename__ = "redaction_terms"
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)  # keep | person
    term: Mapped[str] = mapped_column(String(200), primary_key=True)
    added_by: Mapped[str] = mapped_column(String(200), default="")
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=stamp)
