"""Sessions: plan one, attach its transcript afterwards, list and read them.

Functions return plain frozen records (:class:`SessionView`, :class:`SegmentView`), never ORM
objects: :func:`list_sessions` gives summaries (``segments`` empty, ``segment_count`` set),
:func:`get_session` gives the session with every speaker turn.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from assistant.auth import Actor, require
from assistant.errors import AssistantError, Conflict, NotFound
from assistant.index.embedder import content_hash
from assistant.ingest.files import check_sizes
from assistant.ingest.records import check_title
from assistant.ingest.service import store_transcript
from assistant.ingest.sessionmeta import (
    SessionMeta,
    as_date,
    as_time,
    resolve_case_refs,
    session_format,
)
from assistant.ingest.transcripts import read_transcript
from assistant.store import audit
from assistant.store.db import transaction
from assistant.store.models import Case, Draft, Session, TranscriptSegment
from assistant.workspace import Workspace


@dataclass(frozen=True)
class SegmentView:
    position: int
    speaker: str
    start_s: float | None
    end_s: float | None
    text: str  # as said, for display
    clean_text: str  # disfluencies removed


@dataclass(frozen=True)
class SessionView:
    id: str
    title: str
    format: str
    date: dt.date | None
    start_time: str
    facilitator: str
    case_ids: tuple[str, ...]
    has_transcript: bool
    transcript_source: str = ""
    duration_s: float | None = None
    segment_count: int = 0
    recap_status: str = ""  # status of the latest recap draft, "" when none
    segments: tuple[SegmentView, ...] = ()  # filled by get_session only
    archived: bool = False  # the session is archived (assistant.archive)
    transcript_archived: bool = False  # its transcript is archived; has_transcript is False


@dataclass(frozen=True)
class AttachResult:
    session_id: str
    segments: int  # speaker turns stored


def _session_id(title: str, date: dt.date | None, facilitator: str, fmt: str) -> str:
    key = json.dumps([" ".join(title.split()).lower(), date.isoformat() if date else "",
                      " ".join(facilitator.split()).lower(), fmt])
    return "S" + content_hash(key)[:8]


def plan_session(ws: Workspace, *, title: str, format: str, date: dt.date | str | None,
                 start_time: str = "", facilitator: str = "", case_ids: list[str] | None = None,
                 actor: Actor) -> SessionView:
    """Plan a session before it happens; its id comes from title, date, facilitator and
    format, so planning the same session twice is a :class:`Conflict`."""
    require(actor, "plan_session")
    if not title.strip():
        raise AssistantError("A session needs a title, e.g. 'Office hours: SSO'.")
    check_title(title.strip(), "session title")
    fmt = session_format(format)
    day = as_date(date)
    sid = _session_id(title, day, facilitator, fmt)
    with transaction(ws.engine) as s:
        if s.get(Session, sid) is not None:
            raise Conflict(f"Session {sid} ({title!r} on {day or 'no date'}) is already "
                           "planned. Open it instead, or change the title or date.")
        refs = resolve_case_refs(s, case_ids or [])
        session = Session(id=sid, title=title.strip(), format=fmt, date=day,
                          start_time=as_time(start_time), facilitator=facilitator.strip(),
                          created_by=actor.name)
        session.cases = list(s.scalars(select(Case).where(Case.id.in_(refs))))
        s.add(session)
        s.flush()
        audit.record(s, actor=actor.name, action="plan_session", object_type="session",
                     object_id=sid, after={"title": session.title, "format": fmt,
                                           "date": day.isoformat() if day else None,
                                           "cases": refs})
    return get_session(ws, sid)


def attach_transcript(ws: Workspace, session_id: str, path: Path | str, *,
                      actor: Actor) -> AttachResult:
    """Read a transcript file and store it into a planned session, then index it. A session
    holds one transcript: attaching a second is a :class:`Conflict`."""
    require(actor, "ingest")
    current = get_session(ws, session_id)
    if current.has_transcript or current.transcript_archived:
        state = " (archived)" if current.transcript_archived else ""
        raise Conflict(f"Session {current.title or session_id} already has a transcript"
                       f"{state} ({current.transcript_source}). A session holds one "
                       "transcript: move it to another session or archive it first.")
    check_sizes([Path(path)], ws.settings.max_upload_mb)
    rec = read_transcript(Path(path))
    result = store_transcript(ws, rec, meta=SessionMeta(), actor=actor,
                              into_session=session_id)
    return AttachResult(session_id=session_id, segments=result.segments)


def _recap_status(s: OrmSession, ids: list[str]) -> dict[str, str]:
    rows = s.execute(select(Draft.subject_id, Draft.status, Draft.created_at).where(
        Draft.kind == "recap", Draft.subject_type == "session", Draft.subject_id.in_(ids),
        Draft.archived_at.is_(None))
        .order_by(Draft.created_at, Draft.id))
    return {sid: st for sid, st, _ in rows}  # latest wins


def _view(x: Session, count: int, recap: str, segments: tuple[SegmentView, ...] = ()
          ) -> SessionView:
    return SessionView(id=x.id, title=x.title, format=x.format, date=x.date,
                       start_time=x.start_time, facilitator=x.facilitator,
                       case_ids=tuple(c.id for c in x.cases),
                       has_transcript=(x.transcript_hash is not None
                                       and x.transcript_archived_at is None),
                       transcript_source=x.transcript_source, duration_s=x.duration_s,
                       segment_count=count, recap_status=recap, segments=segments,
                       archived=x.archived_at is not None,
                       transcript_archived=x.transcript_archived_at is not None)


def list_sessions(ws: Workspace, *, include_archived: bool = False) -> list[SessionView]:
    """Every session (archived ones only when asked), by date and start time (undated
    last), without their segments."""
    with OrmSession(ws.engine) as s:
        q = select(Session).options(selectinload(Session.cases))
        if not include_archived:
            q = q.where(Session.archived_at.is_(None))
        sessions = list(s.scalars(q))
        counts = dict(s.execute(select(TranscriptSegment.session_id, func.count())
                                .group_by(TranscriptSegment.session_id)).all())
        recaps = _recap_status(s, [x.id for x in sessions])
        views = [_view(x, counts.get(x.id, 0), recaps.get(x.id, "")) for x in sessions]
    return sorted(views, key=lambda v: (v.date or dt.date.max, v.start_time, v.id))


def get_session(ws: Workspace, session_id: str) -> SessionView:
    """One session with its cases and every speaker turn in order."""
    with OrmSession(ws.engine) as s:
        x = s.scalar(select(Session).where(Session.id == session_id).options(
            selectinload(Session.cases), selectinload(Session.segments)))
        if x is None:
            raise NotFound(f"No session {session_id!r}. `assistant status` counts sessions; "
                           "the Sessions screen lists them with their ids.")
        segs = tuple(SegmentView(g.position, g.speaker, g.start_s, g.end_s, g.text,
                                 g.clean_text) for g in x.segments)
        return _view(x, len(segs), _recap_status(s, [x.id]).get(x.id, ""), segs)
