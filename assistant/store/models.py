"""SQLAlchemy 2 models of the system of record. Portable SQL only (SQLite and PostgreSQL).

Ids are short strings derived from content hashes where content defines the record
(cases, ingested sessions), so the same inputs give the same ids in any order.
"""

from __future__ import annotations

import datetime as dt
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


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


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
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


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
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    cases: Mapped[list[Case]] = relationship(secondary=session_cases, order_by="Case.id")
    segments: Mapped[list[TranscriptSegment]] = relationship(
        back_populates="session", order_by="TranscriptSegment.position",
        cascade="all, delete-orphan")


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
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # --- two levels (issue 10): a broad theme groups sub-themes; added in place ---
    level: Mapped[str] = mapped_column(String(10), default="sub", server_default="sub")
    parent_id: Mapped[str | None] = mapped_column(String(32), nullable=True)


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
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


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
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    published_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    versions: Mapped[list[DraftVersion]] = relationship(
        back_populates="draft", order_by="DraftVersion.number", cascade="all, delete-orphan")


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
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
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
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    published_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


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
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class User(Base):
    __tablename__ = "users"
    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    role: Mapped[str] = mapped_column(String(20))  # facilitator|steward|viewer
    password_hash: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class AuditEvent(Base):
    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_object", "object_type", "object_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
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
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
