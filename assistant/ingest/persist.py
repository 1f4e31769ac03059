"""Content keys and bulk writes: what makes ingest idempotent and fast.

A case's id comes from a hash of its normalised fields, so the same case read from a CSV,
an XLSX or the web form is one case. A row with another hash but the same title and problem
as a stored case is that case too: it fills the stored case's empty fields (its id stays),
and one that would change a filled field is a clash, reported and not written. A
transcript's session id comes from a hash of its normalised segments. Existing hashes are
checked in bulk (one ``IN`` query per chunk) and new rows go in with one Core ``INSERT`` per
table.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

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


#: The fields a row may fill in on the stored case with its title and problem.
FILLABLE = ("context", "tried", "outcome", "submitter", "team", "submitted_on", "tags")


def edit_option(field: str) -> str:
    """The ``assistant case edit`` option that sets ``field`` of :data:`FILLABLE`
    (``submitted_on``: ``--submitted-on``)."""
    return "--" + field.replace("_", "-")


@dataclass(frozen=True)
class CaseClash:
    """A row with a stored case's title and problem that gives another value for a field
    the stored case has filled: not written, reported."""

    case_id: str
    title: str
    line: int | None
    fields: tuple[tuple[str, str, str], ...]  # (field, stored, given)

    def describe(self, path: str) -> str:
        where = f"{path}" + (f", row {self.line}" if self.line is not None else "")
        said = "; ".join(f"{f} is {old!r} there, {new!r} here" for f, old, new in self.fields)
        options = " ".join(f"{edit_option(f)} {new!r}" for f, _, new in self.fields)
        return (f"{where}: not written: case {self.case_id} ({self.title or 'untitled'!r}) has "
                f"this title and problem, and the row would change it ({said}). Nothing "
                "stored is overwritten by an ingest: to change the stored case, use `assistant "
                f"case edit {self.case_id} {options}`, or archive it "
                f"(`assistant archive case {self.case_id}`) and ingest the row again")


@dataclass(frozen=True)
class NewCases:
    """A batch of case records against the store: which are new, under which ids."""

    hashes: list[str]  # content hash of each record, in batch order
    first: dict[str, CaseRecord]  # hash -> first record with it, in batch order
    known: dict[str, str]  # hash -> id of the cases stored before (same text included)
    ids: dict[str, str]  # hash -> id for the new ones
    rows: list[dict[str, object]]  # the new cases, ready for insert_cases
    fills: dict[str, dict[str, object]] = field(default_factory=dict)  # id -> empty fields
    clashes: list[CaseClash] = field(default_factory=list)
    filled_by: set[str] = field(default_factory=set)  # hashes of the records in ``fills``


#: Fields that tell one person's case from another's with the same title and problem: a
#: row whose value differs from the stored case's (both filled) is another case.
WHOSE = ("submitter", "submitted_on")


def new_cases(s: OrmSession, records: Sequence[CaseRecord], *, refill: bool = True
              ) -> NewCases:
    """The cases of ``records`` the store lacks, each distinct case once with its id from
    its content, and the ids of those it has (every intake path stores cases this way).

    With ``refill`` (sheets and files, not the single-case form), a record with another
    content but the title and problem of a stored (not archived) case, and no other
    submitter or submission day (:data:`WHOSE`) where both are filled, is that case (a sheet
    ingested again with a column newly read, or mapped): the fields it gives that the
    stored case lacks are in ``fills``; one that would change a filled field is in
    ``clashes`` and changes nothing. A record by someone else, or of another day, is a case
    of its own."""
    hashes = [case_hash(r) for r in records]
    first = first_by_hash(hashes, records)
    known = existing_case_hashes(s, first)
    same = _stored_by_text(s, [first[h] for h in first if h not in known]) if refill else {}
    fills: dict[str, dict[str, object]] = {}
    clashes: list[CaseClash] = []
    filled_by: set[str] = set()
    new = []
    for h in (h for h in first if h not in known):
        r = first[h]
        found = same.get(_text_key(r), [])
        if not found:
            new.append(h)
            continue
        compared = [(k, *_compare(cur, r)) for k, (_, cur) in enumerate(found)]
        compared = [c for c in compared if not any(f in WHOSE for f, _, _ in c[2])]
        if not compared:
            new.append(h)
            continue
        k, fill, clash = next((c for c in compared if not c[2]), compared[0])
        cid, cur = found[k]
        known[h] = cid
        if clash:
            clashes.append(CaseClash(cid, cur.title, r.line, tuple(clash)))
        elif fill:
            fills.setdefault(cid, {}).update(fill)
            filled_by.add(h)
            found[k] = (cid, replace(cur, **fill))  # type: ignore[arg-type]
    ids = assign_ids(s, new)
    return NewCases(hashes, first, known, ids, case_rows([first[h] for h in new], new, ids),
                    fills, clashes, filled_by)


def _text_key(r: CaseRecord) -> tuple[str, str]:
    return _flat(r.title), _flat(r.problem)


def record_of(c: Case) -> CaseRecord:
    """A stored case as the record a reader would make of it (for its content hash)."""
    return CaseRecord(problem=c.problem, title=c.title, context=c.context, tried=c.tried,
                      outcome=c.outcome, submitter=c.submitter, team=c.team,
                      submitted_on=c.submitted_on, tags=tuple(c.tags or ()))


def _stored_by_text(s: OrmSession, records: Sequence[CaseRecord]
                    ) -> dict[tuple[str, str], list[tuple[str, CaseRecord]]]:
    """(title, problem) -> the stored cases, not archived, with that text (id order)."""
    problems = list(dict.fromkeys(p for r in records for p in (r.problem, _flat(r.problem))))
    wanted = {_text_key(r) for r in records}
    out: dict[tuple[str, str], list[tuple[str, CaseRecord]]] = {}
    for chunk in in_chunks(problems):
        for c in s.scalars(select(Case).where(Case.problem.in_(chunk),
                                              Case.archived_at.is_(None))):
            rec = record_of(c)
            if _text_key(rec) in wanted:
                out.setdefault(_text_key(rec), []).append((c.id, rec))
    return {k: sorted(dict(v).items()) for k, v in out.items()}


def is_empty(value: object) -> bool:
    return value is None or value == "" or value == ()


def _same(f: str, a: object, b: object) -> bool:
    if f == "tags":
        return {str(t).strip().lower() for t in a} == {str(t).strip().lower() for t in b}  # type: ignore[attr-defined]
    return (_flat(a) == _flat(b)) if isinstance(a, str) and isinstance(b, str) else a == b


def _compare(stored: CaseRecord, given: CaseRecord
             ) -> tuple[dict[str, object], list[tuple[str, str, str]]]:
    """(fields ``given`` fills in, fields where it differs from a filled one)."""
    fill: dict[str, object] = {}
    clash: list[tuple[str, str, str]] = []
    for f in FILLABLE:
        have, new = getattr(stored, f), getattr(given, f)
        if is_empty(new) or _same(f, have, new):
            continue
        if is_empty(have):
            fill[f] = new
        else:
            clash.append((f, _shown(have), _shown(new)))
    return fill, clash


def _shown(value: object) -> str:
    if isinstance(value, tuple | list):
        return ", ".join(map(str, value))
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def fill_case(s: OrmSession, c: Case, values: dict[str, object]) -> dict[str, object]:
    """Set ``values`` on the stored case (inside the caller's transaction) and its content
    hash to match (kept when another case holds that content already); the id stays.
    Returns the fields changed with their old values."""
    before: dict[str, object] = {}
    for f, v in values.items():
        old = list(getattr(c, f) or ()) if f == "tags" else getattr(c, f)
        if not _same(f, old, v):
            before[f] = old
            setattr(c, f, list(v) if f == "tags" else v)  # type: ignore[call-overload]
    if before:
        h = case_hash(record_of(c))
        if s.scalar(select(Case.id).where(Case.content_hash == h, Case.id != c.id)) is None:
            c.content_hash = h
    return before


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
