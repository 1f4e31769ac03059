"""The ingest service: files in, cases and sessions stored, embedded and indexed.

Every file is all-or-nothing: it is parsed and validated completely (all files of a call are,
before anything is stored), embedded through the workspace's cached embedder, written in one
transaction with one audit event, and then upserted into the vector index. A malformed file
stores nothing and leaves earlier data intact. Re-ingesting a file adds nothing; a
transcript given again with session details has them set on its stored session (audited,
its passages re-indexed from the embedding cache when the title changed).
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
from assistant.errors import AssistantError, IngestError, NotFound
from assistant.index.audit import missing_ids
from assistant.index.embedder import CachedEmbedder
from assistant.index.outbox import pending_ids, reconcile
from assistant.index.vectors import IndexUnavailable
from assistant.ingest.cases import (
    CASE_READERS,
    field_for,
    parse_date,
    read_case_file,
    read_case_folder,
    split_tags,
)
from assistant.ingest.files import check_case_count, check_sizes, read_text
from assistant.ingest.records import CaseRecord, TranscriptRecord, check_title
from assistant.ingest.sessionmeta import SessionMeta
from assistant.ingest.transcripts import (
    TRANSCRIPT_READERS,
    looks_like_transcript,
    read_transcript,
)
from assistant.ingest.writes import (
    CasePlan,
    FileResult,
    TranscriptPlan,
    prepare_cases,
    prepare_transcript,
)
from assistant.plural import counted
from assistant.store.db import transaction
from assistant.store.models import Case, Session, TranscriptSegment
from assistant.workspace import Workspace

log = logging.getLogger(__name__)

CASE_FILE_SUFFIXES = (".md", ".markdown", ".txt")
SUPPORTED = sorted({*CASE_READERS, *TRANSCRIPT_READERS, ".md"})


# ------------------------------------------------------------------ results

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
    def cases_updated(self) -> int:
        """Stored cases whose empty fields a row with their title and problem filled in."""
        return self._sum("cases", "updated")

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
    def sessions_updated(self) -> int:
        """Stored sessions whose details (title, date, ...) a re-ingest changed."""
        return sum(1 for f in self.files if f.kind == "transcript" and f.changes)

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
        parts = [f"{counted(self.cases_added, 'case')} added, {self.cases_skipped} already "
                 "known" + (f", {self.cases_updated} updated" if self.cases_updated else "")]
        if self.sessions_added or self.sessions_skipped:
            parts.append(f"{counted(self.sessions_added, 'session')} added "
                         f"({counted(self.segments_added, 'speaker turn')}), "
                         f"{self.sessions_skipped} already known"
                         + (f" ({self.sessions_updated} with new details)"
                            if self.sessions_updated else ""))
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


def _session_txt(path: Path) -> str:
    """"transcript" for a ``.txt`` given with session details, even when it is too short to
    read as one by itself (two turns); an error when it holds no "Name: text" turn at all."""
    from assistant.ingest.transcripts import turn_speakers

    if turn_speakers(read_text(path)):
        return "transcript"
    raise IngestError("session details (format, date, title, ...) were given, but this file "
                      "holds no turn of a transcript.", path=str(path),
                      fix="write one line per turn as 'Name: what they said', or leave out "
                      "the session details to store the file as a case.")


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
    recognition; ``session_meta`` describes the session(s) of transcripts: new ones, and
    stored ones whose details it changes (the file's ``changes`` say which).
    """
    require(actor, "ingest")
    if not paths:
        raise IngestError("No files given.", fix="name at least one file or folder.")
    check_sizes([Path(p) for p in paths], ws.settings.max_upload_mb)
    kit = _starter_kits(ws, paths, actor=actor, progress=progress)
    if kit is not None:
        done = {Path(f.path) for f in kit.files}
        rest = [p for p in paths if Path(p) not in done]
        return merge_reports(kit, ingest_paths(ws, rest, actor=actor, mapping=mapping,
                                               session_meta=session_meta,
                                               progress=progress)) if rest else kit
    units, warnings = _plan([Path(p) for p in paths])
    meta = session_meta if isinstance(session_meta, SessionMeta) else \
        SessionMeta.from_mapping(session_meta or {})
    if meta != SessionMeta():  # session details given: a short .txt is still a transcript
        units = [(p, _session_txt(p) if kind == "casefile" and p.suffix.lower() == ".txt"
                  else kind) for p, kind in units]
    parsed = [(p, kind, _read(p, kind, mapping)) for p, kind in units]
    for p, _, data in parsed:  # before anything is embedded: a limit said up front
        if not isinstance(data, TranscriptRecord):
            check_case_count(str(p), len(data), ws.settings.max_cases_per_file)
    warnings += [n for _, _, data in parsed for n in getattr(data, "notes", ())]
    plans: list[CasePlan | TranscriptPlan] = []
    for p, _, data in parsed:
        if isinstance(data, TranscriptRecord):
            plans.append(prepare_transcript(ws, data, meta=meta, progress=progress))
        else:
            plans.append(prepare_cases(ws, str(p), data, progress=progress))
    with transaction(ws.engine) as s:  # every file of the call, or none
        results = [plan.write(ws, s, actor) for plan in plans]
    warnings += [n for r in results for n in r.notes]
    warnings += _after_commit(ws, results, actor, progress=progress)
    report = IngestReport(tuple(results), tuple(warnings))
    log.info("ingest: %s", report)
    return report


def _after_commit(ws: Workspace, results: Sequence[FileResult], actor: Actor, *,
                  progress: bool = False) -> list[str]:
    """Index what was stored and place new cases into themes. Both are derived data: a
    failure here never undoes the stored records (the outbox keeps them for the next
    reconcile) and is reported as a warning."""
    warnings: list[str] = []
    try:
        reconcile(ws, progress=progress)
    except IndexUnavailable as exc:
        log.warning("stored, not yet searchable: %s", exc)
        warnings.append(f"stored, but not searchable yet: {exc}")
    added = [c for r in results for c in r.added_ids]
    if added:
        _place_in_themes(ws, added, actor)
    return warnings


def _starter_kits(ws: Workspace, paths: Sequence[Path | str], *, actor: Actor,
                  progress: bool) -> IngestReport | None:
    """The starter-kit workbooks among ``paths`` (assistant.rhythm), ingested whole."""
    from assistant.rhythm.kitread import ingest_kit, is_kit

    kits = [Path(p) for p in paths if Path(p).is_file() and is_kit(Path(p))]
    if not kits:
        return None
    reports = [ingest_kit(ws, k, actor=actor, progress=progress) for k in kits]
    return IngestReport(tuple(FileResult(path=str(k), kind="cases", added=r.cases_added,
                                         skipped=r.cases_known, case_ids=r.case_ids)
                              for k, r in zip(kits, reports, strict=True)),
                        tuple(f"{Path(r.path).name}: {n}" for r in reports for n in r.notes))


# ------------------------------------------------------------------ cases

def store_cases(ws: Workspace, path: str, records: Sequence[CaseRecord], *, actor: Actor,
                progress: bool = False, action: str = "ingest") -> FileResult:
    """Store the new cases of one file in one transaction, then index them."""
    plan = prepare_cases(ws, path, records, progress=progress, action=action)
    with transaction(ws.engine) as s:
        result = plan.write(ws, s, actor)
    _after_commit(ws, [result], actor, progress=progress)
    return result


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


def _submission_day(ws: Workspace, value: Any, *, fix: str) -> dt.date | None:
    """The submission day typed in the form or given to ``case edit`` (empty: none); one
    that is not a date, or in the future, is refused (``fix``: what to do instead)."""
    try:
        day = parse_date(value) if value != "" else None
    except ValueError:
        raise IngestError(f"{value!r} is not a date.",
                          fix="write it as YYYY-MM-DD, e.g. 2026-09-14.") from None
    # A day's grace for time zones; a later date is a typo that would skew the trends.
    if day is not None and day > ws.today() + dt.timedelta(days=1):
        raise IngestError(f"The submission date {day} is in the future.", fix=fix)
    return day


def add_case(ws: Workspace, fields: Mapping[str, Any], *, actor: Actor) -> AddedCase:
    """Store one case from the web form (same validation and ids as sheets). Submitting the
    same case again adds nothing and returns ``created=False``."""
    require(actor, "submit_case")
    values = {field_for(k): v for k, v in fields.items() if v not in (None, "")}
    problem = str(values.get("problem", "")).strip()
    if not problem:
        raise IngestError("A case needs a problem: what is going wrong, for whom.",
                          fix="fill in the Problem field.")
    submitted = _submission_day(ws, values.get("submitted_on"),
                                fix="give the day the case was submitted, or leave it empty.")

    def text(f: str) -> str:
        return str(values.get(f, "")).strip()

    check_title(text("title"), "case title")
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


def find_case_titles(ws: Workspace, query: str = "", *, limit: int = 200,
                     include: Sequence[str] = ()) -> list[tuple[str, str]]:
    """(id, title) of at most ``limit`` cases that are not archived, for a case picker:
    those whose title or problem holds every word of ``query`` (any case, any order),
    newest submission first;
    the cases in ``include`` (what is already picked) come first whatever the query. The
    store filters, sorts and cuts, so the cost does not grow with the number of cases."""
    label = func.coalesce(func.nullif(Case.title, ""), func.substr(Case.problem, 1, 100))
    base = select(Case.id, label).where(Case.archived_at.is_(None))
    with OrmSession(ws.engine) as s:
        kept = list(s.execute(base.where(Case.id.in_(list(include))))) if include else []
        q = base
        # Every word typed, in any order, in the title or the problem; % and _ typed by
        # the user are matched as themselves.
        for word in dict.fromkeys(query.lower().split()):
            q = q.where(func.lower(Case.title).contains(word, autoescape=True)
                        | func.lower(Case.problem).contains(word, autoescape=True))
        q = q.order_by(Case.submitted_on.desc().nulls_last(), Case.created_at.desc(),
                       Case.id).limit(limit)
        found = list(s.execute(q))
    order = {cid: i for i, cid in enumerate(include)}
    kept.sort(key=lambda r: order.get(r[0], 0))
    seen = {cid for cid, _ in kept}
    return [(cid, title) for cid, title in kept] + \
        [(cid, title) for cid, title in found if cid not in seen]


def get_case(ws: Workspace, case_id: str) -> CaseView:
    with OrmSession(ws.engine) as s:
        c = s.get(Case, case_id)
        if c is None:
            raise NotFound(f"No case {case_id!r}. `assistant search` or the Intake screen "
                           "lists the cases there are.")
        return CaseView.of(c)


def edit_case(ws: Workspace, case_id: str, *, submitter: str | None = None,
              team: str | None = None, submitted_on: str | dt.date | None = None,
              context: str | None = None, tried: str | None = None,
              outcome: str | None = None, tags: str | Sequence[str] | None = None,
              actor: Actor) -> CaseView:
    """Set any field an ingest may fill in (:data:`persist.FILLABLE`: who submitted a stored
    case, their team, the day, its context, what was tried, its outcome, its tags;
    ``None``: unchanged; an empty text clears it). The id stays; the edit is audited and
    the case re-indexed. An ingest only fills empty fields, so this is how a filled one is
    corrected."""
    from assistant.ingest.persist import FILLABLE, edit_option

    require(actor, "ingest")
    values: dict[str, object] = {}
    for f, v in (("submitter", submitter), ("team", team)):
        if v is not None:
            values[f] = " ".join(str(v).split())
    for f, v in (("context", context), ("tried", tried), ("outcome", outcome)):
        if v is not None:
            values[f] = str(v).strip()
    if tags is not None:
        values["tags"] = split_tags(tags)
    if submitted_on is not None:
        values["submitted_on"] = _submission_day(ws, submitted_on,
                                                 fix="give the day the case was submitted.")
    if not values:
        raise IngestError("Nothing to change.", fix="give one or more of " + ", ".join(
            edit_option(f) for f in FILLABLE) + ".")
    from assistant.index.outbox import enqueue
    from assistant.ingest.persist import fill_case
    from assistant.ingest.writes import plain_values
    from assistant.store import audit

    with transaction(ws.engine) as s:
        c = s.get(Case, case_id)
        if c is None or c.archived_at is not None:
            raise NotFound(f"No case {case_id!r}" + (" (it is archived: restore it first)."
                                                     if c is not None else ".")
                           + " `assistant search` or the Intake screen lists the cases.")
        before = fill_case(s, c, values)
        if before:
            enqueue(s, "cases", [case_id])
            audit.record(s, actor=actor.name, action="edit_case", object_type="case",
                         object_id=case_id, before=plain_values(before),
                         after=plain_values({f: getattr(c, f) for f in before}))
    _after_commit(ws, [], actor)
    return get_case(ws, case_id)


# ------------------------------------------------------------------ transcripts

def store_transcript(ws: Workspace, rec: TranscriptRecord, *, meta: SessionMeta,
                     actor: Actor, progress: bool = False,
                     into_session: str | None = None) -> FileResult:
    """Store a transcript as a new session (or into the planned session ``into_session``)
    in one transaction, then index its passages."""
    plan = prepare_transcript(ws, rec, meta=meta, progress=progress, into_session=into_session)
    with transaction(ws.engine) as s:
        result = plan.write(ws, s, actor)
    _after_commit(ws, [result], actor, progress=progress)
    return result


def stored_session_of(ws: Workspace, rec: TranscriptRecord) -> str | None:
    """The id of the session that already holds the transcript ``rec`` (the same turns,
    whatever the file's name or format), or None when it is not stored."""
    from assistant.ingest.persist import transcript_hash

    with OrmSession(ws.engine) as s:
        return s.scalar(select(Session.id).where(
            Session.transcript_hash == transcript_hash(rec)))


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
    index_pending: int = 0  # records stored but not yet in the index (the index's lag)
    index_error: str = ""  # why the index could not be read, if it could not
    index_faults: int = 0  # index writes that failed or died part-way, not yet audited
    stale_vectors: int = 0  # cached vectors of another model or precision, never read again
    archived_cases: int = 0  # of ``cases``: archived (kept in the store, out of every list)
    archived_sessions: int = 0  # of ``sessions``: archived


def status(ws: Workspace) -> StoreStatus:
    """Counts of records in the store (archived ones included, and counted apart) and in
    the vector index."""
    with OrmSession(ws.engine) as s:
        def count(q: Any) -> int:
            return int(s.scalar(q) or 0)

        cases = count(select(func.count()).select_from(Case))
        sessions = count(select(func.count()).select_from(Session))
        with_t = count(select(func.count()).select_from(Session)
                       .where(Session.transcript_hash.is_not(None)))
        segments = count(select(func.count()).select_from(TranscriptSegment))
        gone_cases = count(select(func.count()).select_from(Case)
                           .where(Case.archived_at.is_not(None)))
        gone_sessions = count(select(func.count()).select_from(Session)
                              .where(Session.archived_at.is_not(None)))
    waiting = pending_ids(ws)
    lag = sum(len(v) for v in waiting.values())
    faults = len(ws.index.fault_marks())
    stale = ws.embedder.stale() if isinstance(ws.embedder, CachedEmbedder) else 0
    try:
        # The lag is what the index lacks: records queued in the outbox, and stored records
        # the index does not list (its folder deleted, the database restored without it).
        lost = missing_ids(ws)
        lag = sum(len(waiting[k] | lost[k]) for k in lost)
        return StoreStatus(cases, sessions, with_t, segments, ws.index.count("cases"),
                           ws.index.count("segments"), ws.index.count("patterns"), lag,
                           index_faults=faults, stale_vectors=stale,
                           archived_cases=gone_cases, archived_sessions=gone_sessions)
    except IndexUnavailable as exc:
        return StoreStatus(cases, sessions, with_t, segments, 0, 0, 0, lag, str(exc), faults,
                           stale, gone_cases, gone_sessions)


__all__ = ["AddedCase", "CaseView", "FileResult", "IngestReport",
           "StoreStatus", "add_case", "case_titles", "edit_case", "find_case_titles", "get_case",
           "ingest_paths", "list_cases", "merge_reports", "status", "store_cases",
           "store_transcript", "stored_session_of"]
