"""Archive (soft delete) and restore cases, sessions, transcripts and drafts.

Nothing is removed from the record store: an archived record carries ``archived_at`` and
``archived_by``, leaves the vector index (so search cannot find it), and is left out of
Today, the review inbox, the session list and the themes. A steward restores it: it goes
back into the index (and a case back into the themes). Every step is an audit event.

A *transcript* is archived on its own (the session stays, without its transcript), or moved
to another session with :func:`reassign_transcript` when it was stored under the wrong one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import select, update
from sqlalchemy.orm import Session as OrmSession

from assistant.auth import Actor, require
from assistant.errors import AssistantError, Conflict, NotFound
from assistant.index.outbox import enqueue
from assistant.store import audit
from assistant.store.db import transaction
from assistant.store.models import (
    Case,
    Draft,
    Session,
    Theme,
    ThemeMember,
    TranscriptSegment,
    store_now,
    utcnow,
)
from assistant.workspace import Workspace, catch_up

RecordKind = Literal["case", "session", "transcript", "draft"]
RECORD_KINDS: tuple[RecordKind, ...] = ("case", "session", "transcript", "draft")


@dataclass(frozen=True)
class ArchivedRecord:
    kind: RecordKind
    id: str
    title: str
    archived_at: dt.datetime
    archived_by: str


@dataclass(frozen=True)
class ArchivedSources:
    """Which of a draft's or pattern's cited sources are archived: cited cases, and cited
    sessions whose session or transcript is archived."""

    cases: frozenset[str] = frozenset()
    sessions: frozenset[str] = frozenset()

    def __contains__(self, citation: object) -> bool:
        """Whether a citation dict (``case_id`` or ``session_id``) points at one."""
        if not isinstance(citation, dict):
            return False
        if citation.get("case_id"):
            return str(citation["case_id"]) in self.cases
        return str(citation.get("session_id") or "") in self.sessions


def archived_sources(s: OrmSession, case_ids: Iterable[str],
                     session_ids: Iterable[str]) -> ArchivedSources:
    """The archived ones among ``case_ids`` and ``session_ids`` (a session counts when it,
    or its transcript, is archived): one query per kind, whatever the number cited.

    Everything that shows a cited source (Review, the Playbook's lineage, the published
    playbook) marks these as archived rather than showing them as live records."""
    cases, sessions = set(case_ids), set(session_ids)
    gone_cases = set(s.scalars(select(Case.id).where(
        Case.id.in_(cases), Case.archived_at.is_not(None)))) if cases else set()
    gone_sessions = set(s.scalars(select(Session.id).where(
        Session.id.in_(sessions),
        (Session.archived_at.is_not(None)) | (Session.transcript_archived_at.is_not(None)))
    )) if sessions else set()
    return ArchivedSources(frozenset(gone_cases), frozenset(gone_sessions))


def _check_kind(kind: str) -> RecordKind:
    if kind not in RECORD_KINDS:
        raise AssistantError(f"Cannot archive a {kind!r}: use one of "
                             f"{', '.join(RECORD_KINDS)}.")
    return kind  # type: ignore[return-value]


def _get(s: OrmSession, kind: RecordKind, record_id: str) -> Case | Session | Draft:
    obj: Case | Session | Draft | None
    if kind == "case":
        obj = s.get(Case, record_id)
    elif kind == "draft":
        obj = s.get(Draft, record_id)
    else:
        obj = s.get(Session, record_id)
    if obj is None:
        what = "session" if kind == "transcript" else kind
        raise NotFound(f"No {what} {record_id!r}.")
    return obj


def archive_record(ws: Workspace, kind: str, record_id: str, *, actor: Actor,
                   reason: str = "") -> None:
    """Archive a case, session, draft, or a session's transcript (``kind="transcript"``,
    ``record_id`` the session). Archiving twice is a :class:`Conflict`."""
    require(actor, "archive")
    k = _check_kind(kind)
    now = store_now(ws.engine)
    with transaction(ws.engine) as s:
        obj = _get(s, k, record_id)
        if k == "transcript":
            assert isinstance(obj, Session)
            if obj.transcript_hash is None:
                raise Conflict(f"Session {obj.title or obj.id} has no transcript to archive.")
            if obj.transcript_archived_at is not None:
                raise Conflict(f"The transcript of {obj.title or obj.id} is already archived.")
            obj.transcript_archived_at = now
        else:
            if obj.archived_at is not None:
                raise Conflict(f"{k.capitalize()} {record_id} is already archived "
                               f"(by {obj.archived_by} on {obj.archived_at:%Y-%m-%d}).")
            obj.archived_at, obj.archived_by = now, actor.name
        if isinstance(obj, Case):
            _leave_themes(s, obj.id)
        audit.record(s, actor=actor.name, action="archive", object_type=k,
                     object_id=record_id, before={"archived": False},
                     after={"archived": True}, detail=reason.strip())
        _enqueue(s, k, record_id)  # leaves the index with the same commit (the outbox)
    catch_up(ws)


def restore_record(ws: Workspace, kind: str, record_id: str, *, actor: Actor) -> None:
    """Bring an archived record back: into the lists, the index and (a case) the themes."""
    require(actor, "restore")
    k = _check_kind(kind)
    with transaction(ws.engine) as s:
        obj = _get(s, k, record_id)
        if k == "transcript":
            assert isinstance(obj, Session)
            if obj.transcript_archived_at is None:
                raise Conflict(f"The transcript of {obj.title or obj.id} is not archived.")
            obj.transcript_archived_at = None
        else:
            if obj.archived_at is None:
                raise Conflict(f"{k.capitalize()} {record_id} is not archived.")
            obj.archived_at, obj.archived_by = None, None
        audit.record(s, actor=actor.name, action="restore", object_type=k,
                     object_id=record_id, before={"archived": True},
                     after={"archived": False})
        _enqueue(s, k, record_id)
    catch_up(ws)
    if k == "case":
        from assistant.cluster.service import after_cases_stored

        after_cases_stored(ws, [record_id], actor=actor)


def list_archived(ws: Workspace) -> list[ArchivedRecord]:
    """Everything archived, newest first."""
    out: list[ArchivedRecord] = []
    with OrmSession(ws.engine) as s:
        for c in s.scalars(select(Case).where(Case.archived_at.is_not(None))):
            out.append(ArchivedRecord("case", c.id, c.title or c.problem[:80],
                                      c.archived_at or utcnow(), c.archived_by or ""))
        for x in s.scalars(select(Session).where(Session.archived_at.is_not(None))):
            out.append(ArchivedRecord("session", x.id, x.title, x.archived_at or utcnow(),
                                      x.archived_by or ""))
        for x in s.scalars(select(Session).where(Session.transcript_archived_at.is_not(None))):
            out.append(ArchivedRecord("transcript", x.id,
                                      f"transcript of {x.title}" if x.title else x.id,
                                      x.transcript_archived_at or utcnow(), ""))
        drafts = list(s.scalars(select(Draft).where(Draft.archived_at.is_not(None))))
        titles = dict(s.execute(select(Session.id, Session.title).where(
            Session.id.in_([d.subject_id for d in drafts if d.subject_type == "session"]))).all())
        for d in drafts:
            about = titles.get(d.subject_id) or d.subject_id
            out.append(ArchivedRecord("draft", d.id, f"{d.kind} about {about}",
                                      d.archived_at or utcnow(), d.archived_by or ""))
    return sorted(out, key=lambda r: (r.archived_at, r.kind, r.id), reverse=True)


def reassign_transcript(ws: Workspace, from_session: str, to_session: str, *,
                        actor: Actor) -> int:
    """Move the transcript (every speaker turn) of ``from_session`` to ``to_session``, which
    must not hold one and must have its date; returns the number of turns moved. The
    emptied session stays (archive it when it was created by mistake)."""
    require(actor, "reassign_transcript")
    if from_session == to_session:
        raise AssistantError("Choose a different session to move the transcript to.")
    with transaction(ws.engine) as s:
        src, dst = s.get(Session, from_session), s.get(Session, to_session)
        if src is None or dst is None:
            raise NotFound(f"No session {from_session if src is None else to_session!r}.")
        if src.transcript_hash is None:
            raise Conflict(f"Session {src.title or src.id} has no transcript to move.")
        if dst.transcript_hash is not None:
            raise Conflict(f"Session {dst.title or dst.id} already has a transcript "
                           f"({dst.transcript_source}); archive or move it first.")
        from assistant.ingest.sessionmeta import refuse_undated

        refuse_undated(dst.id, dst.title, dst.date)
        moved = len(list(s.scalars(select(TranscriptSegment.id)
                                   .where(TranscriptSegment.session_id == src.id))))
        s.execute(update(TranscriptSegment).where(TranscriptSegment.session_id == src.id)
                  .values(session_id=dst.id))
        h, source, duration = src.transcript_hash, src.transcript_source, src.duration_s
        archived = src.transcript_archived_at
        src.transcript_hash, src.transcript_source = None, ""
        src.duration_s, src.transcript_archived_at = None, None
        s.flush()  # the hash is unique: free it before the target takes it
        dst.transcript_hash, dst.transcript_source, dst.duration_s = h, source, duration
        dst.transcript_archived_at = archived
        audit.record(s, actor=actor.name, action="reassign_transcript",
                     object_type="transcript", object_id=dst.id,
                     before={"session": src.id}, after={"session": dst.id, "turns": moved},
                     detail=f"{source}: from {src.title or src.id} to {dst.title or dst.id}")
        enqueue(s, "segments", [from_session, to_session])
    catch_up(ws)
    return int(moved)


# ---------------------------------------------------------------- index and themes


def _leave_themes(s: OrmSession, case_id: str) -> None:
    """An archived case leaves its theme (and the novel queue); restore places it again."""
    m = s.get(ThemeMember, case_id)
    if m is None:
        return
    if m.theme_id is not None and not m.novel:
        t = s.get(Theme, m.theme_id)
        if t is not None and t.size > 0:
            t.size -= 1
            # the broad theme above counts its sub-themes' cases: it loses the case too
            b = s.get(Theme, t.parent_id) if t.parent_id else None
            if b is not None and b.size > 0:
                b.size -= 1
    s.delete(m)


def _enqueue(s: OrmSession, kind: RecordKind, record_id: str) -> None:
    """Ask the reconciler to bring the index in line with the record (archived records are
    removed from it, restored ones written again)."""
    if kind == "case":
        enqueue(s, "cases", [record_id])
    elif kind in ("session", "transcript"):
        enqueue(s, "segments", [record_id])


__all__ = ["RECORD_KINDS", "ArchivedRecord", "ArchivedSources", "archive_record",
           "archived_sources", "list_archived", "reassign_transcript", "restore_record"]
