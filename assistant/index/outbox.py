"""The index outbox and its reconciler: the one write boundary between store and index.

Every transaction that stores or changes a record the vector index holds (a case, a
session's transcript, a published pattern) also adds an :class:`IndexOutboxEntry` naming
it. :func:`reconcile` indexes what is waiting and then removes those entries; if it fails
(Chroma down, the process killed) the entries stay, so nothing is ever forgotten and the
next reconcile (at start, after the next write, before a search) catches up.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from assistant.index.texts import (
    IN_LIBRARY,
    INDEXED_CASE,
    INDEXED_TRANSCRIPT,
    chunk_segments,
    library_version,
)
from assistant.index.vectors import KINDS, IndexUnavailable, Kind
from assistant.plural import counted
from assistant.store.db import transaction
from assistant.store.models import Case, IndexOutboxEntry, Pattern, Session
from assistant.workspace import Workspace

if TYPE_CHECKING:
    from assistant.index.audit import AuditReport

log = logging.getLogger(__name__)

BATCH = 2000  # outbox entries per reconcile round


def enqueue(s: OrmSession, kind: Kind, record_ids: Iterable[str]) -> int:
    """Note, inside the caller's transaction, that these records must reach the index."""
    rows = [{"kind": kind, "record_id": str(r)} for r in dict.fromkeys(record_ids)]
    if rows:
        s.execute(insert(IndexOutboxEntry), rows)
    return len(rows)


def pending(ws: Workspace) -> dict[str, int]:
    """Records waiting to be indexed, per collection (0 everywhere when in step)."""
    with OrmSession(ws.engine) as s:
        rows = s.execute(select(IndexOutboxEntry.kind,
                                func.count(func.distinct(IndexOutboxEntry.record_id)))
                         .group_by(IndexOutboxEntry.kind)).all()
    counts: dict[str, int] = {str(k): 0 for k in KINDS}
    counts.update({str(k): int(n) for k, n in rows})
    return counts


def pending_ids(ws: Workspace) -> dict[Kind, set[str]]:
    """The record ids waiting in the outbox, per collection."""
    out: dict[Kind, set[str]] = {k: set() for k in KINDS}
    with OrmSession(ws.engine) as s:
        for kind, rid in s.execute(select(IndexOutboxEntry.kind,
                                          IndexOutboxEntry.record_id).distinct()):
            if kind in out:
                out[kind].add(str(rid))
    return out


def has_pending(ws: Workspace) -> bool:
    with OrmSession(ws.engine) as s:
        return s.scalar(select(IndexOutboxEntry.id).limit(1)) is not None


@dataclass(frozen=True)
class ReconcileReport:
    cases: int = 0
    sessions: int = 0
    patterns: int = 0
    removed: int = 0  # index entries of records that no longer exist (or are unpublished)
    audit: AuditReport | None = None  # what the index audit found, when one ran

    @property
    def total(self) -> int:
        return self.cases + self.sessions + self.patterns + self.removed

    def __str__(self) -> str:
        return (f"{counted(self.cases, 'case')}, {counted(self.sessions, 'session')}, "
                f"{counted(self.patterns, 'pattern')} indexed; "
                f"{counted(self.removed, 'stale entry', 'stale entries')} removed")


def reconcile(ws: Workspace, *, progress: bool = False, verify: bool = False,
              find_missing: bool = False) -> ReconcileReport:
    """Index every record the outbox names, then clear those entries.

    ``find_missing``: first compare the ids the index lists with the record store and
    queue every stored record it lacks (an index folder deleted, or a database restored
    beside an empty index); cheaper than ``verify``, which also reads every vector.

    When an index operation failed or died part-way since the last audit (it leaves a mark),
    or when ``verify`` is asked, the index is also audited against the record store
    (:func:`assistant.index.audit.audit`) and whatever it lost is written again.

    Safe to run in several processes at once (index writes are idempotent upserts) and
    after any failure. Raises :class:`~assistant.index.vectors.IndexUnavailable` when the
    index cannot be written; the entries (and the marks) then stay for the next run.
    """
    from assistant.index.audit import audit

    totals = {"cases": 0, "sessions": 0, "patterns": 0, "removed": 0}
    if find_missing and not verify:  # the audit below does this and more
        from assistant.index.audit import requeue_missing

        requeue_missing(ws)
    _drain(ws, totals, progress)
    marks = ws.index.fault_marks()
    found = None
    if marks or verify:
        found = audit(ws)
        totals["removed"] += found.orphans  # the rest it queued: written by this drain
        _drain(ws, totals, progress)
        ws.index.clear_fault_marks(marks)
    report = ReconcileReport(**totals, audit=found)
    if report.total:
        log.info("reconcile: %s", report)
    return report


def needs_reconcile(ws: Workspace) -> bool:
    """Whether records wait for the index or a failed index operation asks for an audit."""
    return has_pending(ws) or bool(ws.index.fault_marks())


def _drain(ws: Workspace, totals: dict[str, int], progress: bool) -> None:
    """Index what the outbox names, round by round, clearing what the index confirms."""
    from tqdm.auto import tqdm

    with OrmSession(ws.engine) as s:
        total = s.scalar(select(func.count()).select_from(IndexOutboxEntry)) or 0
    # One bar over the rounds (not one per round) shows the rate and the time left.
    with tqdm(total=total, disable=not progress or total == 0, desc="Indexing",
              unit="record") as bar:
        while done := _drain_round(ws, totals):
            bar.update(min(done, max(bar.total - bar.n, 0)))


def _drain_round(ws: Workspace, totals: dict[str, int]) -> int:
    """Index one round of outbox entries; how many it cleared (0: the outbox was empty)."""
    from assistant.index.service import index_cases, index_patterns, index_sessions

    with OrmSession(ws.engine) as s:
        rows = s.execute(select(IndexOutboxEntry.id, IndexOutboxEntry.kind,
                                IndexOutboxEntry.record_id)
                         .order_by(IndexOutboxEntry.id).limit(BATCH)).all()
        if not rows:
            return 0
        wanted: dict[str, list[str]] = {k: [] for k in KINDS}
        for _, kind, rid in rows:
            if kind in wanted and rid not in wanted[kind]:
                wanted[kind].append(rid)
        # Archived records (assistant.archive) count as gone: removed from the index,
        # and re-added when a restore enqueues them again.
        cases = list(s.scalars(select(Case).where(Case.id.in_(wanted["cases"]), INDEXED_CASE)))
        sessions = list(s.scalars(select(Session).options(selectinload(Session.segments))
                                  .where(Session.id.in_(wanted["segments"]),
                                         Session.archived_at.is_(None),
                                         Session.transcript_archived_at.is_(None))))
        patterns = list(s.scalars(select(Pattern).where(Pattern.id.in_(wanted["patterns"]))))
    published = [v for p in patterns if (v := library_version(p)) is not None]
    gone_cases = sorted(set(wanted["cases"]) - {c.id for c in cases})
    gone_patterns = sorted(set(wanted["patterns"]) - {p.id for p in published})
    totals["cases"] += index_cases(ws, cases)
    index_sessions(ws, sessions)
    for x in sessions:  # passages of a transcript replaced since: upsert, then prune,
        keep = {p.id for p in chunk_segments(x.id, x.segments)}  # so none is ever missing
        ws.index.delete("segments", sorted(ws.index.ids_where("segments",
                                                              {"session_id": x.id}) - keep))
    totals["sessions"] += len(sessions)
    for sid in sorted(set(wanted["segments"]) - {x.id for x in sessions}):
        ws.index.delete_where("segments", {"session_id": sid})
        totals["removed"] += 1
    totals["patterns"] += index_patterns(ws, published)
    ws.index.delete("cases", gone_cases)
    ws.index.delete("patterns", gone_patterns)
    totals["removed"] += len(gone_cases) + len(gone_patterns)
    # Cleared only once the index says it holds them: a write the index lost (a full
    # disk, a crash inside Chroma) stays queued instead of being forgotten.
    unconfirmed = _not_held(ws, cases, sessions, published)
    with transaction(ws.engine) as s:
        s.execute(delete(IndexOutboxEntry).where(IndexOutboxEntry.id.in_(
            [r[0] for r in rows if (r[1], r[2]) not in unconfirmed])))
    if unconfirmed:
        raise IndexUnavailable(f"The vector index did not keep {len(unconfirmed)} of the "
                               "records just written; they stay queued for the next "
                               "reconcile.")
    return len(rows)


def _not_held(ws: Workspace, cases: list[Case], sessions: list[Session],
              patterns: list[Pattern]) -> set[tuple[str, str]]:
    """(kind, record id) of the records just indexed that the index does not hold."""
    out = {("cases", c) for c in {c.id for c in cases} - ws.index.present(
        "cases", [c.id for c in cases])}
    out |= {("patterns", p) for p in {p.id for p in patterns} - ws.index.present(
        "patterns", [p.id for p in patterns])}
    for x in sessions:
        ids = [p.id for p in chunk_segments(x.id, x.segments)]
        if len(ws.index.present("segments", ids)) < len(ids):
            out.add(("segments", x.id))
    return out


def enqueue_all(ws: Workspace) -> int:
    """Put every indexable record in the outbox (the start of a full rebuild)."""
    with transaction(ws.engine) as s:
        n = enqueue(s, "cases", s.scalars(select(Case.id).where(INDEXED_CASE)
                                          .order_by(Case.id)))
        n += enqueue(s, "segments", s.scalars(select(Session.id).where(INDEXED_TRANSCRIPT)
                                              .order_by(Session.id)))
        n += enqueue(s, "patterns", s.scalars(select(Pattern.id)
                                              .where(IN_LIBRARY).order_by(Pattern.id)))
    return n


__all__ = ["ReconcileReport", "enqueue", "enqueue_all", "has_pending", "needs_reconcile",
           "pending", "pending_ids", "reconcile"]
