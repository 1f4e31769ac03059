"""The ingest service: files in, cases and sessions stored, embedded and indexed.

Every file is all-or-nothing: it is parsed and validated completely (all files of a call are,
before anything is stored), embedded through the workspace's cached embedder, written in one
transaction with one audit event, and then upserted into the vector index. A malformed file
stores nothing and leaves earlier data intact. Re-ingesting a file adds nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from assistant.auth import LOCAL, Actor, require
from assistant.errors import AssistantError, Conflict, IngestError, NotFound
from assistant.index.service import index_cases, index_sessions
from assistant.index.texts import case_text, chunk_segments
from assistant.ingest import persist
from assistant.ingest.cases import (
    CASE_READERS,
    field_for,
    parse_date,
    read_case_file,
    read_case_folder,
    split_tags,
)
from assistant.ingest.files import read_text
from assistant.ingest.records import CaseRecord, TranscriptRecord
from assistant.ingest.sessionmeta import SessionMeta, resolve_case_refs
from assistant.ingest.transcripts import (
    TRANSCRIPT_READERS,
    looks_like_transcript,
    read_transcript,
)
from assistant.store import audit
from assistant.store.db import transaction
from assistant.store.models import Case, Session, TranscriptSegment
from assistant.workspace import Workspace

log = logging.getLogger(__name__)

CASE_FILE_SUFFIXES = (".md", ".markdown", ".txt")
SUPPORTED = sorted({*CASE_READERS, *TRANSCRIPT_READERS, ".md"})


# ------------------------------------------------------------------ results

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

    @property
    def already_ingested(self) -> bool:
        return self.added == 0 and self.skipped > 0

    def summary(self) -> str:
        if self.kind == "transcript":
            sid = self.session_ids[0] if self.session_ids else "?"
            if self.already_ingested:
                return f"{self.path}: already ingested (session {sid})."
            return f"{self.path}: session {sid} added with {self.segments} speaker turns."
        if self.already_ingested:
            text = f"{self.path}: already ingested ({self.skipped} cases known)."
        else:
            text = f"{self.path}: {self.added} cases added, {self.skipped} already known."
        if self.duplicates:
            text += f" {self.duplicates} duplicate rows in the file were counted once."
        return text


@dataclass(frozen=True)
class IngestReport:
    files: tuple[FileResult, ...]
    warnings: tuple[str, ...] = field(default=())

    def _sum(self, kind: str, attr: str) -> int:
        return sum(getattr(f, attr) for f in self.files if f.kind == kind)

    @property
    def cases_added(self) -> int:
        return self._sum("cases", "added")

    @property
    def cases_skipped(self) -> int:
        return self._sum("cases", "skipped")

    @property
    def duplicates(self) -> int:
        return self._sum("cases", "duplicates")

    @property
    def sessions_added(self) -> int:
        return self._sum("transcript", "added")

    @property
    def sessions_skipped(self) -> int:
        return self._sum("transcript", "skipped")

    @property
    def segments_added(self) -> int:
        return self._sum("transcript", "segments")

    @property
    def case_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c for f in self.files for c in f.case_ids))

    @property
    def session_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s for f in self.files for s in f.session_ids))

    def __str__(self) -> str:
        parts = [f"{self.cases_added} cases added, {self.cases_skipped} already known"]
        if self.sessions_added or self.sessions_skipped:
            parts.append(f"{self.sessions_added} sessions added ({self.segments_added} turns), "
                         f"{self.sessions_skipped} already known")
        return "; ".join(parts)


def merge_reports(*reports: IngestReport) -> IngestReport:
    return IngestReport(tuple(f for r in reports for f in r.files),
                        tuple(w for r in reports for w in r.warnings))


# ------------------------------------------------------------------ dispatch

def _plan(paths: Sequence[Path]) -> tuple[list[tuple[Path, str]], list[str]]:
    """(path, kind) units in a stable order, kind in cases|casefolder|casefile|transcript."""
    units: list[tuple[Path, str]] = []
    warnings: list[str] = []
    for p in paths:
        p = Path(p)
        if not p.exists():
            raise IngestError("no such file or folder.", path=str(p), fix="check the path.")
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file()
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
            if files and all(f.suffix.lower() in CASE_FILE_SUFFIXES for f in files) and not any(
                    f.suffix.lower() == ".txt" and _is_transcript_txt(f) for f in files):
                units.append((p, "casefolder"))
                continue
            for f in files:
                kind = _kind(f)
                if kind is None:
                    warnings.append(f"skipped {f} (not a supported type)")
                else:
                    units.append((f, kind))
            if not files:
                warnings.append(f"{p} is an empty folder")
        else:
            kind = _kind(p)
            if kind is None:
                raise IngestError(f"cannot ingest {p.suffix or 'files without an extension'}.",
                                  path=str(p), fix=f"use one of {', '.join(SUPPORTED)}.")
            units.append((p, kind))
    return units, warnings


def _is_transcript_txt(path: Path) -> bool:
    try:
        return looks_like_transcript(read_text(path))
    except IngestError:
        return False


def _kind(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in CASE_READERS:
        return "cases"
    if suffix == ".txt":
        return "transcript" if looks_like_transcript(read_text(path)) else "casefile"
    if suffix in TRANSCRIPT_READERS:
        return "transcript"
    if suffix in (".md", ".markdown"):
        return "casefile"
    return None


def _read(path: Path, kind: str, mapping: Mapping[str, str] | None
          ) -> list[CaseRecord] | TranscriptRecord:
    if kind == "cases":
        return CASE_READERS[path.suffix.lower()](path, mapping)
    if kind == "casefolder":
        return read_case_folder(path)
    if kind == "casefile":
        return [read_case_file(path)]
    return read_transcript(path)


def ingest_paths(ws: Workspace, paths: Sequence[Path | str], *, actor: Actor = LOCAL,
                 mapping: Mapping[str, str] | None = None,
                 session_meta: Mapping[str, Any] | SessionMeta | None = None,
                 progress: bool = False) -> IngestReport:
    """Ingest intake sheets, case files/folders and transcripts.

    Every file is read and validated before anything is stored, so a malformed file in the
    list stores nothing of the call. ``mapping`` (field -> column header) overrides header
    recognition; ``session_meta`` describes the session(s) of transcripts.
    """
    require(actor, "ingest")
    if not paths:
        raise IngestError("no files given.", fix="name at least one file or folder.")
    units, warnings = _plan([Path(p) for p in paths])
    parsed = [(p, kind, _read(p, kind, mapping)) for p, kind in units]
    meta = session_meta if isinstance(session_meta, SessionMeta) else \
        SessionMeta.from_mapping(session_meta or {})
    results = []
    for p, _, data in parsed:
        if isinstance(data, TranscriptRecord):
            results.append(store_transcript(ws, data, meta=meta, actor=actor,
                                            progress=progress))
        else:
            results.append(store_cases(ws, str(p), data, actor=actor, progress=progress))
    report = IngestReport(tuple(results), tuple(warnings))
    log.info("ingest: %s", report)
    return report


# ------------------------------------------------------------------ cases

def store_cases(ws: Workspace, path: str, records: Sequence[CaseRecord], *, actor: Actor,
                progress: bool = False, action: str = "ingest") -> FileResult:
    """Store the new cases of one file in one transaction, then index them."""
    hashes = [persist.case_hash(r) for r in records]
    first: dict[str, CaseRecord] = {}
    for h, r in zip(hashes, records, strict=True):
        first.setdefault(h, r)
    with OrmSession(ws.engine) as s:
        known = persist.existing_case_hashes(s, first)
        new = [h for h in first if h not in known]
        ids = persist.assign_ids(s, new)
    rows = persist.case_rows([first[h] for h in new], new, ids)
    cases = persist.case_objects(rows)
    # Embedding before the transaction keeps it short; the cache makes the index step free.
    ws.embedder.embed([case_text(c) for c in cases], progress=progress)  # type: ignore[arg-type]
    if rows:
        with transaction(ws.engine) as s:
            # Someone may have stored some of these since we looked: keep only the new ones.
            late = persist.existing_case_hashes(s, new)
            if late:
                known.update(late)
                rows = [r for r in rows if r["content_hash"] not in late]
                cases = [c for c in cases if c.content_hash not in late]
            persist.insert_cases(s, rows)
            one_case = action == "submit_case" and len(rows) == 1
            audit.record(s, actor=actor.name, action=action,
                         object_type="case" if one_case else "file",
                         object_id=str(rows[0]["id"]) if one_case
                         else Path(path.split(" (sheet")[0]).name[:64],
                         after={"cases_added": [r["id"] for r in rows]},
                         detail=f"{len(rows)} cases added, {len(first) - len(rows)} already "
                                f"known, from {path}")
    index_cases(ws, cases, progress=progress)  # type: ignore[arg-type]
    if rows:
        _place_in_themes(ws, [str(r["id"]) for r in rows], actor)
    all_ids = {**known, **ids}
    return FileResult(path=path, kind="cases", added=len(rows), skipped=len(first) - len(rows),
                      duplicates=len(records) - len(first),
                      case_ids=tuple(all_ids[h] for h in first))


def _place_in_themes(ws: Workspace, case_ids: list[str], actor: Actor) -> None:
    """New cases join existing themes at once (nothing happens before the first theme
    recompute); placement is derived data, so a failure never undoes the stored cases."""
    from assistant.cluster.service import after_cases_stored

    try:
        after_cases_stored(ws, case_ids, actor=actor)
    except AssistantError as exc:
        log.warning("new cases not placed into themes: %s", exc)


@dataclass(frozen=True)
class CaseView:
    """A stored case as plain data."""

    id: str
    title: str
    problem: str
    context: str = ""
    tried: str = ""
    outcome: str = ""
    submitter: str = ""
    team: str = ""
    submitted_on: dt.date | None = None
    tags: tuple[str, ...] = ()
    source: str = ""

    @classmethod
    def of(cls, c: Case) -> CaseView:
        return cls(id=c.id, title=c.title, problem=c.problem, context=c.context,
                   tried=c.tried, outcome=c.outcome, submitter=c.submitter, team=c.team,
                   submitted_on=c.submitted_on, tags=tuple(c.tags or ()), source=c.source)


@dataclass(frozen=True)
class AddedCase:
    """Result of :func:`add_case`: the case, and whether it was new."""

    case: CaseView
    created: bool

    @property
    def id(self) -> str:
        return self.case.id

    @property
    def case_id(self) -> str:
        return self.case.id


def add_case(ws: Workspace, fields: Mapping[str, Any], *, actor: Actor) -> AddedCase:
    """Store one case from the web form (same validation and ids as sheets). Submitting the
    same case again adds nothing and returns ``created=False``."""
    require(actor, "submit_case")
    values = {field_for(k): v for k, v in fields.items() if v not in (None, "")}
    problem = str(values.get("problem", "")).strip()
    if not problem:
        raise IngestError("a case needs a problem: what is going wrong, for whom.",
                          fix="fill in the Problem field.")
    try:
        submitted = parse_date(values.get("submitted_on"))
    except ValueError:
        raise IngestError(f"{values['submitted_on']!r} is not a date.",
                          fix="write it as YYYY-MM-DD, e.g. 2026-09-14.") from None
    def text(f: str) -> str:
        return str(values.get(f, "")).strip()

    rec = CaseRecord(problem=problem, title=text("title"), context=text("context"),
                     tried=text("tried"), outcome=text("outcome"), submitter=text("submitter"),
                     team=text("team"), submitted_on=submitted,
                     tags=split_tags(values.get("tags", ())), source="form")
    result = store_cases(ws, "form", [rec], actor=actor, action="submit_case")
    return AddedCase(get_case(ws, result.case_ids[0]), created=result.added == 1)


def list_cases(ws: Workspace) -> list[CaseView]:
    """Every stored case that is not archived, oldest submission first (undated last),
    then by id."""
    with OrmSession(ws.engine) as s:
        cases = [CaseView.of(c) for c in s.scalars(select(Case)
                                                   .where(Case.archived_at.is_(None)))]
    return sorted(cases, key=lambda c: (c.submitted_on or dt.date.max, c.id))


def case_titles(ws: Workspace) -> list[tuple[str, str]]:
    """(id, title, or the problem's start when untitled) of every case that is not archived,
    in :func:`list_cases` order: what a case picker needs, without loading whole cases."""
    with OrmSession(ws.engine) as s:
        rows = list(s.execute(select(Case.id, Case.title, func.substr(Case.problem, 1, 100),
                                     Case.submitted_on).where(Case.archived_at.is_(None))))
    rows.sort(key=lambda r: (r[3] or dt.date.max, r[0]))
    return [(cid, title or problem) for cid, title, problem, _ in rows]


def get_case(ws: Workspace, case_id: str) -> CaseView:
    with OrmSession(ws.engine) as s:
        c = s.get(Case, case_id)
        if c is None:
            raise NotFound(f"No case {case_id!r}. `assistant search` or the Intake screen "
                           "lists the cases there are.")
        return CaseView.of(c)


# ------------------------------------------------------------------ transcripts

def store_transcript(ws: Workspace, rec: TranscriptRecord, *, meta: SessionMeta,
                     actor: Actor, progress: bool = False,
                     into_session: str | None = None) -> FileResult:
    """Store a transcript as a new session (or into the planned session ``into_session``)
    in one transaction, then index its passages."""
    h = persist.transcript_hash(rec)
    with OrmSession(ws.engine) as s:
        existing = s.scalar(select(Session.id).where(Session.transcript_hash == h))
        if existing is not None and into_session is None:
            return FileResult(path=rec.source, kind="transcript", added=0, skipped=1,
                              session_ids=(existing,))
        if existing is not None:
            title = s.scalar(select(Session.title).where(Session.id == existing))
            raise Conflict(f"This transcript is already stored with the session "
                           f"{title or existing!r} ({existing}); a transcript belongs to one "
                           "session. Move it there instead: Sessions screen, 'Move the "
                           f"transcript', or `assistant sessions move-transcript {existing} "
                           f"{into_session}`.")
        case_ids = resolve_case_refs(s, meta.cases, path=rec.source)
        sid = into_session or _free_session_id(s, h)
    segs = persist.clean_segments(rec.segments)
    seg_objs = persist.segment_objects(sid, segs)
    passages = chunk_segments(sid, seg_objs)
    ws.embedder.embed([p.text for p in passages], progress=progress)
    with transaction(ws.engine) as s:
        if into_session is None:
            session = Session(id=sid, title=meta.title or rec.title or _title_from(rec.source),
                              format=meta.format or _guess_format(meta.title or rec.title
                                                                  or rec.source),
                              date=meta.date or rec.date,
                              start_time=meta.start_time or rec.start_time,
                              facilitator=meta.facilitator, created_by=actor.name)
            s.add(session)
        else:
            found = s.get(Session, into_session)
            if found is None:
                raise NotFound(f"No session {into_session!r}.")
            session = found
        session.transcript_hash = h
        session.transcript_source = rec.source
        session.duration_s = rec.duration_s if rec.duration_s is not None else _span(segs)
        if case_ids:
            have = {c.id for c in session.cases}
            session.cases.extend(s.scalars(select(Case).where(
                Case.id.in_([c for c in case_ids if c not in have]))))
        session.segments = seg_objs
        s.flush()
        audit.record(s, actor=actor.name, action="ingest" if into_session is None
                     else "attach_transcript", object_type="session", object_id=sid,
                     after={"segments": len(seg_objs), "source": rec.source},
                     detail=f"transcript {rec.source}: {len(seg_objs)} speaker turns")
        title = session.title
    index_sessions(ws, [_IndexedSession(sid, title, seg_objs)],  # type: ignore[list-item]
                   progress=progress)
    return FileResult(path=rec.source, kind="transcript", added=1, skipped=0,
                      session_ids=(sid,), segments=len(seg_objs))


@dataclass(frozen=True)
class _IndexedSession:
    """What the indexer reads of a session (id, title, segments), detached from the ORM."""

    id: str
    title: str
    segments: Sequence[TranscriptSegment]


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


# ------------------------------------------------------------------ status

@dataclass(frozen=True)
class StoreStatus:
    cases: int
    sessions: int
    sessions_with_transcript: int
    segments: int
    indexed_cases: int
    indexed_passages: int
    indexed_patterns: int


def status(ws: Workspace) -> StoreStatus:
    """Counts of records in the store and in the vector index."""
    with OrmSession(ws.engine) as s:
        def count(q: Any) -> int:
            return int(s.scalar(q) or 0)

        cases = count(select(func.count()).select_from(Case))
        sessions = count(select(func.count()).select_from(Session))
        with_t = count(select(func.count()).select_from(Session)
                       .where(Session.transcript_hash.is_not(None)))
        segments = count(select(func.count()).select_from(TranscriptSegment))
    return StoreStatus(cases, sessions, with_t, segments, ws.index.count("cases"),
                       ws.index.count("segments"), ws.index.count("patterns"))


__all__ = ["AddedCase", "CaseView", "FileResult", "IngestReport",
           "StoreStatus", "add_case", "case_titles", "get_case", "ingest_paths", "list_cases",
           "merge_reports", "status", "store_cases", "store_transcript"]
