"""Ingest in two steps: *prepare* each file outside any transaction (ids, embeddings: the
slow part), then *write* every file of a call in one transaction with the outbox entries
that make them searchable. A call is therefore all-or-nothing, and the write transaction
is short.

Writes race safely with a concurrent ingest of the same content: rows another writer
stored first are skipped (``ON CONFLICT DO NOTHING``) and reported as already known.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from assistant.auth import Actor
from assistant.errors import Conflict, NotFound
from assistant.index.outbox import enqueue
from assistant.index.texts import case_text, chunk_segments
from assistant.index.vectors import IndexUnavailable
from assistant.ingest import persist
from assistant.ingest.records import CaseRecord, TranscriptRecord, shorten_title
from assistant.ingest.sessionmeta import (
    WHY_A_DATE,
    DetailChange,
    SessionMeta,
    apply_meta,
    move_recap_deadlines,
    resolve_case_refs,
)
from assistant.plural import counted
from assistant.store import audit
from assistant.store.db import insert_ignoring_duplicates
from assistant.store.models import Case, Session
from assistant.workspace import Workspace

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileResult:
    """What ingesting one file (or one folder of case files) did."""

    path: str
    kind: str  # "cases" | "transcript"
    added: int  # new cases, or 1 for a new session
    skipped: int  # already in the store
    duplicates: int = 0  # repeated inside the file itself
    case_ids: tuple[str, ...] = ()  # every case of the file, new or known, in file order
    session_ids: tuple[str, ...] = ()
    segments: int = 0  # transcript turns stored
    added_ids: tuple[str, ...] = ()  # the cases this call added
    changes: tuple[DetailChange, ...] = ()  # session details a re-ingest updated
    updated: int = 0  # stored cases whose empty fields this file filled in (of ``skipped``: no)
    notes: tuple[str, ...] = ()  # rows not written (they would change a stored case),
    # a session stored without its date

    @property
    def already_ingested(self) -> bool:
        return self.added == 0 and self.updated == 0 and not self.notes and self.skipped > 0

    def summary(self) -> str:
        if self.kind == "transcript":
            sid = self.session_ids[0] if self.session_ids else "?"
            if self.already_ingested:
                return f"{self.path}: already ingested (session {sid})." + "".join(
                    f"\n  {c.describe(sid)}" for c in self.changes)
            return (f"{self.path}: session {sid} added with "
                    f"{counted(self.segments, 'speaker turn')}.")
        if self.already_ingested:
            text = f"{self.path}: already ingested ({counted(self.skipped, 'case')} known)."
        else:
            text = (f"{self.path}: {counted(self.added, 'case')} added, {self.skipped} already "
                    "known.")
        if self.updated:
            text += (f" {counted(self.updated, 'case')} updated (empty fields filled in from "
                     "rows with the same title and problem).")
        if self.duplicates:
            n = self.duplicates
            text += (f" {counted(n, 'duplicate row')} in the file "
                     f"{'was' if n == 1 else 'were'} counted once.")
        return text



@dataclass
class CasePlan:
    """The cases of one file, ready to write."""

    path: str
    n_records: int
    first: dict[str, CaseRecord]  # hash -> first record with it, in file order
    known: dict[str, str]  # hash -> id of cases stored before
    ids: dict[str, str]  # hash -> id for the new ones
    rows: list[dict[str, object]]
    unindexed: list[str] = field(default_factory=list)  # known cases missing from the index
    action: str = "ingest"
    fills: dict[str, dict[str, object]] = field(default_factory=dict)  # id -> empty fields
    clashes: list[persist.CaseClash] = field(default_factory=list)
    filled_by: set[str] = field(default_factory=set)  # hashes of the rows that fill a case

    def write(self, ws: Workspace, s: OrmSession, actor: Actor) -> FileResult:
        """Insert the new cases (inside the caller's transaction; ``ws`` is taken so that
        every plan of a call is written alike)."""
        rows = self.rows
        inserted = set(insert_ignoring_duplicates(s, Case, rows, returning=Case.id))
        lost = [r for r in rows if r["id"] not in inserted]
        if lost:  # another writer stored the same content just before us
            found = persist.existing_case_hashes(s, [str(r["content_hash"]) for r in lost])
            if len(found) < len(lost):
                raise Conflict("Another ingest stored cases with the same ids at the same "
                               "moment; nothing was saved. Run the ingest again.")
            self.known.update(found)
            rows = [r for r in rows if r["id"] in inserted]
        updated = fill_cases(s, self.fills, actor=actor, path=self.path)
        enqueue(s, "cases", [str(r["id"]) for r in rows] + self.unindexed + updated)
        if rows:
            one = self.action == "submit_case" and len(rows) == 1
            audit.record(s, actor=actor.name, action=self.action,
                         object_type="case" if one else "file",
                         object_id=str(rows[0]["id"]) if one
                         else Path(self.path.split(" (sheet")[0]).name[:64],
                         after={"cases_added": [r["id"] for r in rows]},
                         detail=f"{len(rows)} cases added, {len(self.first) - len(rows)} "
                                f"already known, from {self.path}")
        all_ids = {**self.ids, **self.known}
        filled_by = sum(1 for h in self.filled_by if self.known[h] in updated)
        return FileResult(path=self.path, kind="cases", added=len(rows),
                          skipped=len(self.first) - len(rows) - filled_by,
                          duplicates=self.n_records - len(self.first),
                          case_ids=tuple(all_ids[h] for h in self.first),
                          added_ids=tuple(str(r["id"]) for r in rows),
                          updated=len(updated),
                          notes=tuple(c.describe(self.path) for c in self.clashes))


def fill_cases(s: OrmSession, fills: dict[str, dict[str, object]], *, actor: Actor,
               path: str) -> list[str]:
    """Fill in the empty fields of stored cases from rows with their title and problem
    (inside the caller's transaction, one audited edit per case); the ids of the cases
    changed, for the caller to enqueue for the index."""
    changed = []
    for cid, values in sorted(fills.items()):
        c = s.get(Case, cid)
        if c is None or c.archived_at is not None:
            continue
        # only what is still empty: an edit since the plan was made is kept
        values = {f: v for f, v in values.items() if persist.is_empty(
            tuple(getattr(c, f) or ()) if f == "tags" else getattr(c, f))}
        before = persist.fill_case(s, c, values)
        if not before:
            continue
        changed.append(cid)
        audit.record(s, actor=actor.name, action="update_case", object_type="case",
                     object_id=cid, before=plain_values(before),
                     after=plain_values({f: getattr(c, f) for f in before}),
                     detail=f"empty fields filled in from {path}")
    return changed


def prepare_cases(ws: Workspace, path: str, records: Sequence[CaseRecord], *,
                  progress: bool = False, action: str = "ingest") -> CasePlan:
    with OrmSession(ws.engine) as s:
        # the form stores what was submitted; it never fills another's case in
        n = persist.new_cases(s, records, refill=action != "submit_case")
    # The slow part, outside any transaction: fills the embedding cache the index reads.
    ws.embedder.embed([case_text(c) for c in persist.case_objects(n.rows)],  # type: ignore[arg-type]
                      progress=progress)
    return CasePlan(path, len(records), n.first, n.known, n.ids, n.rows,
                    unindexed=_missing(ws, "cases", list(n.known.values())), action=action,
                    fills=n.fills, clashes=n.clashes, filled_by=n.filled_by)


def plain_values(values: dict[str, object]) -> dict[str, object]:
    """Field values as JSON for the audit trail (dates as YYYY-MM-DD)."""
    return {f: v.isoformat() if isinstance(v, dt.date) else v for f, v in values.items()}


def _missing(ws: Workspace, kind: str, ids: list[str]) -> list[str]:
    """Which stored records the index lacks: re-ingesting them repairs a lagging index."""
    if not ids:
        return []
    try:
        have = ws.index.present(kind, ids)  # type: ignore[arg-type]
    except IndexUnavailable:
        return []  # cannot tell now; the outbox still holds whatever was not indexed
    return [i for i in ids if i not in have]


@dataclass
class TranscriptPlan:
    rec: TranscriptRecord
    meta: SessionMeta
    hash: str
    segments: list[persist.CleanSegment]
    existing: str | None
    into_session: str | None = None
    unindexed: bool = False

    def _update(self, ws: Workspace, s: OrmSession, sid: str, actor: Actor
                ) -> tuple[DetailChange, ...]:
        """The transcript is stored already: set the session details given with it (the
        transcript is not read or embedded again), audited like any edit. A new date or
        start time moves the due time of the session's unpublished recaps with it."""
        session = s.get(Session, sid)
        if session is None or self.meta == SessionMeta():
            return ()
        changes = apply_meta(s, session, self.meta, path=self.rec.source)
        if not changes:
            return ()
        if any(c.field in ("date", "start time") for c in changes):
            move_recap_deadlines(ws, s, session)
        audit.record(s, actor=actor.name, action="edit_session", object_type="session",
                     object_id=sid, before={c.field: c.before for c in changes},
                     after={c.field: c.after for c in changes},
                     detail=f"session details given with {self.rec.source}")
        return changes

    def write(self, ws: Workspace, s: OrmSession, actor: Actor) -> FileResult:
        """Store the transcript as a new session, or into the planned one (inside the
        caller's transaction)."""
        rec, meta = self.rec, self.meta
        existing = s.scalar(select(Session.id).where(Session.transcript_hash == self.hash))
        if existing is not None and self.into_session is None:
            changes = self._update(ws, s, existing, actor)
            if self.unindexed or any(c.field == "title" for c in changes):
                enqueue(s, "segments", [existing])  # passages carry the session's title
            return _known(rec.source, existing, changes)
        if existing is not None:
            title = s.scalar(select(Session.title).where(Session.id == existing))
            raise Conflict(f"This transcript is already stored with the session "
                           f"{title or existing!r} ({existing}); a transcript belongs to one "
                           "session. Move it there instead: Sessions screen, 'Move the "
                           f"transcript', or `assistant sessions move-transcript {existing} "
                           f"{self.into_session}`.")
        case_ids = resolve_case_refs(s, meta.cases, path=rec.source)
        if self.into_session is None:
            sid = _free_session_id(s, self.hash)
            title = meta.title or shorten_title(rec.title or _title_from(rec.source))
            _refuse_twin(s, rec.source, title, meta.date or rec.date,
                         meta.start_time or rec.start_time)
            row = {"id": sid, "title": title,
                   "format": meta.format or _guess_format(meta.title or rec.title
                                                          or rec.source),
                   "date": meta.date or rec.date,
                   "start_time": meta.start_time or rec.start_time,
                   "facilitator": meta.facilitator, "created_by": actor.name,
                   "transcript_hash": self.hash}
            if not insert_ignoring_duplicates(s, Session, [row], returning=Session.id):
                other = s.scalar(select(Session.id)
                                 .where(Session.transcript_hash == self.hash))
                if other is not None:  # a concurrent ingest of the same transcript won
                    return _known(rec.source, other)
                raise Conflict("Another ingest took the same session id at the same moment; "
                               "nothing was saved. Run the ingest again.")
            session = s.get(Session, sid)
            assert session is not None
        else:
            found = s.get(Session, self.into_session)
            if found is None:
                raise NotFound(f"No session {self.into_session!r}.")
            session, sid = found, found.id
            session.transcript_hash = self.hash
        session.transcript_source = rec.source
        session.duration_s = rec.duration_s if rec.duration_s is not None \
            else _span(self.segments)
        if case_ids:
            have = {c.id for c in session.cases}
            session.cases.extend(s.scalars(select(Case).where(
                Case.id.in_([c for c in case_ids if c not in have]))))
        seg_objs = persist.segment_objects(sid, self.segments)
        session.segments = seg_objs
        s.flush()
        enqueue(s, "segments", [sid])
        audit.record(s, actor=actor.name, action="ingest" if self.into_session is None
                     else "attach_transcript", object_type="session", object_id=sid,
                     after={"segments": len(seg_objs), "source": rec.source},
                     detail=f"transcript {rec.source}: {len(seg_objs)} speaker turns")
        undated = () if session.date is not None else (
            f"{rec.source}: session {sid} ({session.title!r}) was stored without a date (the "
            f"file does not say when the meeting was held), and {WHY_A_DATE}; give it its "
            f"date: `assistant sessions edit {sid} --date YYYY-MM-DD`, or ingest the file "
            "again with --date",)
        return FileResult(path=rec.source, kind="transcript", added=1, skipped=0,
                          session_ids=(sid,), segments=len(seg_objs), notes=undated)


def _known(source: str, sid: str, changes: tuple[DetailChange, ...] = ()) -> FileResult:
    return FileResult(path=source, kind="transcript", added=0, skipped=1, session_ids=(sid,),
                      changes=changes)


def prepare_transcript(ws: Workspace, rec: TranscriptRecord, *, meta: SessionMeta,
                       progress: bool = False, into_session: str | None = None
                       ) -> TranscriptPlan:
    h = persist.transcript_hash(rec)
    with OrmSession(ws.engine) as s:
        existing = s.scalar(select(Session.id).where(Session.transcript_hash == h))
    segs = persist.clean_segments(rec.segments)
    unindexed = False
    if existing is None:
        # Passage texts do not depend on the session id: embed them now, outside the
        # transaction, so the index step reads them from the cache.
        passages = chunk_segments("S", persist.segment_objects("S", segs))
        ws.embedder.embed([p.text for p in passages], progress=progress)
    elif into_session is None:
        with OrmSession(ws.engine) as s:
            x = s.get(Session, existing)
            ids = [p.id for p in chunk_segments(existing, x.segments)] if x else []
        unindexed = bool(_missing(ws, "segments", ids))
    return TranscriptPlan(rec, meta, h, segs, existing, into_session, unindexed)


def _refuse_twin(s: OrmSession, source: str, title: str, date: dt.date | None,
                 start: str) -> None:
    """A transcript with other turns than the stored ones (a corrected one) would be a
    new session: refused when a session that holds a transcript already has its title,
    date and start time (with no date known: its title and the same file, by path: many
    tools name every meeting's export alike), so a correction never becomes a silent
    second session."""
    found = s.scalars(select(Session).where(
        func.lower(Session.title) == title.lower(),
        Session.date == date if date is not None else Session.date.is_(None),
        Session.start_time == (start or ""), Session.transcript_hash.is_not(None),
        Session.archived_at.is_(None), Session.transcript_archived_at.is_(None))
        .order_by(Session.id))
    twin = next((t for t in found if date is not None
                 or _same_file(t.transcript_source, source)), None)
    if twin is None:
        return
    when = f" on {date:%Y-%m-%d}" if date is not None else ""
    held = Path(twin.transcript_source).name or "another file"
    raise Conflict(
        f"{Path(source).name}: session '{twin.title}' ({twin.id}){when} already holds a "
        f"transcript ({held}) with other turns; this one would be a second session with the "
        "same title and date, so nothing was stored. To replace that transcript, archive the "
        f"old session first (`assistant archive session {twin.id}`, or Archive on the "
        "Sessions screen) and ingest this file again; if it is another session, give it its "
        "own title (--title) or date (--date).")


def _same_file(stored: str, source: str) -> bool:
    if not stored or not source:
        return False
    try:
        return stored == source or Path(stored).resolve() == Path(source).resolve()
    except OSError:
        return False


def _free_session_id(s: OrmSession, h: str) -> str:
    width = 8
    while s.get(Session, "S" + h[:width]) is not None:
        width += 2
    return "S" + h[:width]


def _span(segs: Sequence[persist.CleanSegment]) -> float | None:
    starts = [x.start_s for x in segs if x.start_s is not None]
    ends = [x.end_s if x.end_s is not None else x.start_s for x in segs
            if x.end_s is not None or x.start_s is not None]
    return (max(e for e in ends if e is not None) - min(starts)) if starts and ends else None


def _title_from(source: str) -> str:
    stem = Path(source).stem.replace("_", " ").replace("-", " ").strip()
    return stem[:1].upper() + stem[1:]


def _guess_format(text: str) -> str:
    low = text.lower().replace("-", " ")
    for needle, fmt in (("office hour", "office hours"), ("demo day", "demo day"),
                        ("show and tell", "show-and-tell demo"), ("jam", "problem-solving jam")):
        if needle in low:
            return fmt
    return "problem-solving jam"
