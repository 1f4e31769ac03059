"""Content keys and bulk writes: what makes ingest idempotent and fast.

A case's id comes from a hash of its normalised fields, so the same case read from a CSV,
an XLSX or the web form is one case. A transcript's session id comes from a hash of its
normalised segments. Existing hashes are checked in bulk (one ``IN`` query per chunk) and
new rows go in with one Core ``INSERT`` per table.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session as OrmSession

from assistant.index.embedder import content_hash
from assistant.ingest.normalize import clean_utterance
from assistant.ingest.records import CaseRecord, SegmentRecord, TranscriptRecord
from assistant.store.db import in_chunks
from assistant.store.models import Case, TranscriptSegment


def _flat(text: str) -> str:
    return " ".join(text.split())


def case_hash(rec: CaseRecord) -> str:
    """Hash of a case's normalised content (whitespace collapsed, tags case-folded)."""
    key = {"title": _flat(rec.title), "problem": _flat(rec.problem),
           "context": _flat(rec.context), "tried": _flat(rec.tried),
           "outcome": _flat(rec.outcome), "submitter": _flat(rec.submitter),
           "team": _flat(rec.team),
           "submitted_on": rec.submitted_on.isoformat() if rec.submitted_on else "",
           "tags": sorted({t.strip().lower() for t in rec.tags if t.strip()})}
    return content_hash(json.dumps(key, sort_keys=True, ensure_ascii=False))


def first_by_hash(hashes: Sequence[str], records: Sequence[CaseRecord]
                  ) -> dict[str, CaseRecord]:
    """Each distinct case once, keyed by its content hash (``hashes[i]`` is that of
    ``records[i]``), in order of first appearance."""
    first: dict[str, CaseRecord] = {}
    for h, r in zip(hashes, records, strict=True):
        first.setdefault(h, r)
    return first


def transcript_hash(rec: TranscriptRecord) -> str:
    """Hash of a transcript's normalised segments (speaker, text, times to 0.1 s)."""
    key = [[_flat(s.speaker), _flat(s.text),
            round(s.start_s, 1) if s.start_s is not None else None,
            round(s.end_s, 1) if s.end_s is not None else None] for s in rec.segments]
    return content_hash(json.dumps(key, ensure_ascii=False))


def existing_case_hashes(s: OrmSession, hashes: Iterable[str]) -> dict[str, str]:
    """content hash -> case id for the hashes already stored."""
    uniq = list(dict.fromkeys(hashes))
    found: dict[str, str] = {}
    for chunk in in_chunks(uniq):
        rows = s.execute(select(Case.content_hash, Case.id)
                         .where(Case.content_hash.in_(chunk)))
        found.update({h: cid for h, cid in rows})
    return found


def assign_ids(s: OrmSession, hashes: Sequence[str], prefix: str = "C",
               taken_ids: Iterable[str] | None = None) -> dict[str, str]:
    """hash -> id: ``prefix`` + the first 8 hex digits, longer when that id is taken by other
    content (checked in bulk against the store and within the batch)."""
    width = 8
    result: dict[str, str] = {}
    pending = list(dict.fromkeys(hashes))
    used = set(taken_ids or ())
    while pending:
        candidates = {h: prefix + h[:width] for h in pending}
        ids = list(candidates.values())
        for chunk in in_chunks(ids):
            used.update(s.scalars(select(Case.id).where(Case.id.in_(chunk)))
                        if prefix == "C" else ())
        clash: list[str] = []
        seen: dict[str, str] = {}
        for h, cid in candidates.items():
            if cid in used or cid in seen:
                clash.append(h)
            else:
                seen[cid] = h
                result[h] = cid
        used.update(seen)
        pending = clash
        width += 2
    return result


def case_rows(records: Sequence[CaseRecord], hashes: Sequence[str], ids: dict[str, str]
              ) -> list[dict[str, object]]:
    return [{"id": ids[h], "content_hash": h, "title": r.title, "problem": r.problem,
             "context": r.context, "tried": r.tried, "outcome": r.outcome,
             "submitter": r.submitter, "team": r.team, "submitted_on": r.submitted_on,
             "tags": list(r.tags), "source": r.source, "source_line": r.line}
            for r, h in zip(records, hashes, strict=True)]


@dataclass(frozen=True)
class NewCases:
    """A batch of case records against the store: which are new, under which ids."""

    hashes: list[str]  # content hash of each record, in batch order
    first: dict[str, CaseRecord]  # hash -> first record with it, in batch order
    known: dict[str, str]  # hash -> id of the cases stored before
    ids: dict[str, str]  # hash -> id for the new ones
    rows: list[dict[str, object]]  # the new cases, ready for insert_cases


def new_cases(s: OrmSession, records: Sequence[CaseRecord]) -> NewCases:
    """The cases of ``records`` the store lacks, each distinct case once with its id from
    its content, and the ids of those it has (every intake path stores cases this way)."""
    hashes = [case_hash(r) for r in records]
    first = first_by_hash(hashes, records)
    known = existing_case_hashes(s, first)
    new = [h for h in first if h not in known]
    ids = assign_ids(s, new)
    return NewCases(hashes, first, known, ids, case_rows([first[h] for h in new], new, ids))


def insert_cases(s: OrmSession, rows: Sequence[dict[str, object]]) -> None:
    """One executemany INSERT for all rows (no per-row ORM objects)."""
    if rows:
        s.execute(insert(Case), list(rows))


@dataclass(frozen=True)
class IndexableCase:
    """What the indexer reads of a case. Plain data: building thousands of instrumented ORM
    objects only to read five attributes costs more than the insert itself."""

    id: str
    content_hash: str
    title: str
    problem: str
    context: str
    team: str
    submitter: str
    submitted_on: dt.date | None


def case_objects(rows: Sequence[dict[str, object]]) -> list[IndexableCase]:
    return [IndexableCase(**{k: row[k] for k in _INDEXED}) for row in rows]  # type: ignore[arg-type]


_INDEXED = ("id", "content_hash", "title", "problem", "context", "team", "submitter",
            "submitted_on")


@dataclass(frozen=True)
class CleanSegment:
    speaker: str
    text: str
    clean_text: str
    start_s: float | None
    end_s: float | None


def clean_segments(segments: Sequence[SegmentRecord]) -> list[CleanSegment]:
    return [CleanSegment(s.speaker, s.text, clean_utterance(s.text), s.start_s, s.end_s)
            for s in segments]


def segment_objects(session_id: str, segments: Sequence[CleanSegment]) -> list[TranscriptSegment]:
    return [TranscriptSegment(session_id=session_id, position=i, speaker=seg.speaker,
                              start_s=seg.start_s, end_s=seg.end_s, text=seg.text,
                              clean_text=seg.clean_text) for i, seg in enumerate(segments)]
