"""Audit the vector index against the record store, and repair what it lost.

The outbox (:mod:`assistant.index.outbox`) makes sure every write reaches the index once.
An embedded Chroma can still lose vectors it had confirmed: an operation that fails
part-way (a full disk, its folder gone) or a process killed inside one may leave its files
without vectors written before (it writes its own log even on reads). Such operations leave
a mark (:meth:`VectorIndex.fault_marks`); the next reconcile then audits:

1. ids: every indexable record the index does not list is queued again, and every entry
   whose record is gone is removed;
2. searchability: each record's own vector (from the embedding cache) is looked up; a
   record that its own vector does not find (among records with the very same text) is
   removed and queued again, so the next round writes it afresh.

``assistant reconcile --verify`` runs the audit whether or not a mark is there.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from assistant.index.texts import (
    IN_LIBRARY,
    INDEXED_CASE,
    INDEXED_TRANSCRIPT,
    case_text,
    chunk_segments,
    library_version,
    pattern_text,
)
from assistant.index.vectors import KINDS, Kind
from assistant.plural import counted
from assistant.store.db import transaction
from assistant.store.models import Case, Pattern, Session
from assistant.workspace import Workspace

log = logging.getLogger(__name__)

QUERY_BATCH = 256


@dataclass(frozen=True)
class AuditReport:
    checked: int = 0  # records whose index entry was looked at
    missing: int = 0  # stored records the index did not list (queued again)
    unsearchable: int = 0  # listed, but not found by their own vector (rewritten)
    orphans: int = 0  # index entries without a record (removed)

    @property
    def repaired(self) -> int:
        return self.missing + self.unsearchable + self.orphans

    def __str__(self) -> str:
        return (f"{counted(self.checked, 'record')} checked: {self.missing} missing and "
                f"{self.unsearchable} unsearchable queued again, "
                f"{counted(self.orphans, 'orphan')} removed")


def _expected(ws: Workspace) -> dict[Kind, dict[str, tuple[str, str]]]:
    """Per collection: index id -> (record id for the outbox, embedded text)."""
    out: dict[Kind, dict[str, tuple[str, str]]] = {"cases": {}, "segments": {}, "patterns": {}}
    with OrmSession(ws.engine) as s:
        for c in s.scalars(select(Case).where(INDEXED_CASE)):
            out["cases"][c.id] = (c.id, case_text(c))
        for x in s.scalars(select(Session).options(selectinload(Session.segments))
                           .where(INDEXED_TRANSCRIPT)):
            for passage in chunk_segments(x.id, x.segments):
                out["segments"][passage.id] = (x.id, passage.text)
        for p in s.scalars(select(Pattern).where(IN_LIBRARY)):
            v = library_version(p)
            if v is not None:
                out["patterns"][p.id] = (p.id, pattern_text(v))
    return out


def indexable_counts(ws: Workspace) -> dict[Kind, int]:
    """Per collection, how many stored records belong in the index (for transcript
    passages: sessions with a transcript, each of which gives at least one passage). Cheap
    counts in the record store, so that a search can tell an index that lost its entries
    (``assistant.index.service.search``) from a store with nothing to find."""
    with OrmSession(ws.engine) as s:
        def count(q: Any) -> int:
            return int(s.scalar(q) or 0)

        return {
            "cases": count(select(func.count()).select_from(Case).where(INDEXED_CASE)),
            "segments": count(select(func.count()).select_from(Session)
                              .where(INDEXED_TRANSCRIPT)),
            "patterns": count(select(func.count()).select_from(Pattern).where(IN_LIBRARY)),
        }


def missing(ws: Workspace, kinds: Sequence[Kind] = KINDS) -> dict[Kind, set[str]]:
    """Per collection, the stored records (outbox ids: case, session, pattern) whose index
    entries the index does not list: a comparison of ids only, no vector is read. An index
    folder deleted or restored without the database shows here as every record missing.
    Raises ``IndexUnavailable`` when the index cannot be read."""
    expected = _expected(ws)
    out: dict[Kind, set[str]] = {}
    for kind in kinds:
        want = expected[kind]
        held = ws.index.ids(kind)
        out[kind] = {rid for i, (rid, _) in want.items() if i not in held}
    return out


def _stored_ids(ws: Workspace, kind: Kind) -> set[str]:
    """The outbox ids of the records of ``kind`` that belong in the index (no text built)."""
    with OrmSession(ws.engine) as s:
        if kind == "cases":
            return set(s.scalars(select(Case.id).where(INDEXED_CASE)))
        if kind == "segments":
            return set(s.scalars(select(Session.id).where(INDEXED_TRANSCRIPT)))
        return {p.id for p in s.scalars(select(Pattern).where(IN_LIBRARY))
                if library_version(p) is not None}


def missing_ids(ws: Workspace, kinds: Sequence[Kind] = KINDS) -> dict[Kind, set[str]]:
    """Like :func:`missing`, from ids alone (no text is built): cheap enough for every
    ``assistant status`` and search. A transcript counts as missing when the index lists none
    of its passages; one that lost only some is found by :func:`missing`
    (``assistant reconcile --find-missing``) or the audit."""
    out: dict[Kind, set[str]] = {}
    for kind in kinds:
        held = ws.index.ids(kind)
        if kind == "segments":  # passage ids are "<session id>:<first>-<last>"
            held = {i.rpartition(":")[0] for i in held}
        out[kind] = _stored_ids(ws, kind) - held
    return out


def requeue_missing(ws: Workspace, kinds: Sequence[Kind] = KINDS, *,
                    exact: bool = True) -> int:
    """Queue in the outbox every stored record the index does not list (see
    :func:`missing`; ``exact=False``: :func:`missing_ids`) and the outbox does not hold
    already; returns how many. The next drain writes them. (A search that cannot drain, e.g.
    the index unwritable, thus does not add the same ids again each time.)"""
    from assistant.index.outbox import enqueue, pending_ids

    lost = missing(ws, kinds) if exact else missing_ids(ws, kinds)
    waiting = pending_ids(ws)
    with transaction(ws.engine) as s:
        n = sum(enqueue(s, kind, sorted(rids - waiting[kind])) for kind, rids in lost.items())
    if n:
        log.warning("vector index lacks %s of the record store: queued again",
                    counted(n, "record"))
    return n


def _unfound(ws: Workspace, kind: Kind, ids: Sequence[str], texts: Sequence[str]) -> list[str]:
    """Ids that a query with their own vector does not return (nor a same-text twin)."""
    if not ids:
        return []
    twins: dict[str, set[str]] = defaultdict(set)
    for id_, text in zip(ids, texts, strict=True):
        twins[text].add(id_)
    vecs = ws.embedder.embed(list(texts))
    k = min(len(ids), max(len(v) for v in twins.values()) + 3)
    bad: list[str] = []
    for i in range(0, len(ids), QUERY_BATCH):
        found = ws.index.nearest_ids(kind, np.asarray(vecs[i:i + QUERY_BATCH]), k)
        for id_, text, got in zip(ids[i:i + QUERY_BATCH], texts[i:i + QUERY_BATCH], found,
                                  strict=True):
            if not twins[text] & set(got):
                bad.append(id_)
    return bad


def audit(ws: Workspace) -> AuditReport:
    """Compare the index with the record store and queue every repair in the outbox.

    Returns what it found; the caller (:func:`~assistant.index.outbox.reconcile`) then
    writes the queued records. Raises ``IndexUnavailable`` when the index cannot be read.
    """
    from assistant.index.outbox import enqueue

    expected = _expected(ws)
    totals = {"checked": 0, "missing": 0, "unsearchable": 0, "orphans": 0}
    requeue: dict[Kind, set[str]] = {"cases": set(), "segments": set(), "patterns": set()}
    for kind, want in expected.items():
        held = ws.index.ids(kind)
        missing = [i for i in want if i not in held]
        orphans = sorted(held - want.keys())
        present = sorted(held & want.keys())
        unfound = _unfound(ws, kind, present, [want[i][1] for i in present])
        # A vector the graph lost is removed first, so the rewrite is an insert, not an
        # update of an entry the graph no longer has.
        ws.index.delete(kind, orphans + unfound)
        requeue[kind].update(want[i][0] for i in missing + unfound)
        totals["checked"] += len(want)
        totals["missing"] += len(missing)
        totals["unsearchable"] += len(unfound)
        totals["orphans"] += len(orphans)
    with transaction(ws.engine) as s:
        for kind, rids in requeue.items():
            enqueue(s, kind, sorted(rids))
    report = AuditReport(**totals)
    if report.repaired:
        log.warning("index audit: %s", report)
    return report


__all__ = ["AuditReport", "audit", "indexable_counts", "missing", "missing_ids", "requeue_missing"]
