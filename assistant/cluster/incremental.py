"""Saving what one steward action changed, and nothing else.

A recompute rewrites every theme (:func:`.state.save_state`). A steward action changes a
few: a merge two sub-themes and the broad themes above them, a case move two sub-themes, a
sub-theme move two broad themes. :func:`save_changes` compares the state before and after
the decision and re-describes only the themes whose members, status or parent changed
(and the broad themes above those), writes only their rows, and rewrites member rows only
for the cases of those themes and for the novel cases (whose nearest theme may change).
Its cost grows with the size of the changed themes and the novel queue, not with the
network: the other themes' cases are neither read nor embedded.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Collection, Mapping
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from assistant.cluster.names import Embed
from assistant.cluster.state import (
    ACTIVE,
    BROAD,
    DISMISSED,
    GONE,
    SUB,
    Background,
    CaseInfo,
    State,
    _centroid,
    _describe,
    _save_members,
    share_lone_names,
    write_row,
)
from assistant.index.texts import case_text
from assistant.store.db import in_chunks
from assistant.store.models import Case, Theme, store_now

LIVE = (ACTIVE, DISMISSED)

Loader = Callable[[Collection[str]], tuple[Mapping[str, CaseInfo], Mapping[str, np.ndarray]]]


def copy_state(state: State) -> State:
    """A copy to apply a decision to, leaving ``state`` as it was (shallow where safe:
    theme rows are copied, case ids and theme ids are strings)."""
    return State({k: copy.copy(v) for k, v in state.themes.items()}, dict(state.assign),
                 set(state.by_steward), set(state.incremental))


def touched_cases(state: State, payload: Mapping[str, Any]) -> set[str]:
    """The cases a decision needs vectors for to be applied: those its payload names and
    the members of the themes it names (a broad theme's: those of all its sub-themes)."""
    out: set[str] = set()
    for key in ("part", "rest", "cases"):
        out |= set(payload.get(key, ()))
    if "case_id" in payload:
        out.add(payload["case_id"])
    for key in ("theme_id", "source_id", "target_id"):
        tid = state.resolve(payload.get(key))
        if tid is not None:
            out |= set(state.members(tid))
    return out


def _by_theme(assign: Mapping[str, str | None]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for c, t in assign.items():
        if t is not None:
            out.setdefault(t, set()).add(c)
    return out


def _row_fields(state: State, tid: str) -> tuple[object, ...] | None:
    r = state.themes.get(tid)
    return None if r is None else (r.status, r.parent, r.merged_into, r.level, r.pinned,
                                   r.label, r.label_source)


def save_changes(s: OrmSession, before: State, after: State, load: Loader,
                 embed: Embed | None = None) -> bool:
    """Store what turned ``before`` into ``after`` (one steward decision applied).
    ``load`` gives cases and vectors by id. Returns False, having written nothing, when
    the change is not local (a sub-theme left without a live broad theme): the caller
    then saves the whole state."""
    bm, am = _by_theme(before.assign), _by_theme(after.assign)
    moved = {c for c, t in after.assign.items() if before.assign.get(c) != t}
    changed: set[str] = {t for c in moved for t in (before.assign.get(c), after.assign[c])
                         if t is not None}
    for tid, row in after.themes.items():
        prev = before.themes.get(tid)
        if prev is None or (prev.status, prev.parent, prev.merged_into, prev.level) != \
                (row.status, row.parent, row.merged_into, row.level):
            changed.add(tid)
    changed &= set(after.themes)
    # A sub-theme left empty is gone unless pinned (as in a full save).
    for tid in sorted(changed):
        r = after.themes[tid]
        if r.level == SUB and r.source == "cases" and r.status in LIVE and not am.get(tid) \
                and not r.pinned:
            r.status = GONE
    # The broad themes above a changed sub-theme, before and after, change too.
    for tid in sorted(changed):
        for st in (before, after):
            was = st.themes.get(tid)
            if was is not None and was.level == SUB and was.parent in after.themes:
                changed.add(was.parent)
    children: dict[str, list[str]] = {}
    for t in after.themes.values():
        if t.level == SUB and t.source == "cases" and t.status in LIVE and t.parent:
            children.setdefault(t.parent, []).append(t.id)
    for b, subs in children.items():
        if after.live(b) is None or after.themes[b].level != BROAD:
            return False  # an orphaned sub-theme: a full save re-attaches it
        subs.sort()
    for tid in sorted(changed):
        r = after.themes[tid]
        if r.level == BROAD and r.status in LIVE and not children.get(tid) and not r.pinned:
            r.status = GONE

    subs = sorted(t for t in changed if after.themes[t].level == SUB
                  and after.themes[t].source == "cases" and after.themes[t].status in LIVE
                  and am.get(t))
    broads = sorted(t for t in changed if after.themes[t].level == BROAD
                    and after.themes[t].status in LIVE and children.get(t))
    members: dict[str, list[str]] = {t: sorted(am[t]) for t in subs}
    for b in broads:
        counted = set(after.counted(b))  # a dismissed sub-theme's cases count as novel
        members[b] = sorted(c for sub in children[b] if sub in counted for c in am.get(sub, ()))
    novel = {c for c, t in after.assign.items()
             if t is None or t not in after.themes or after.themes[t].status != ACTIVE}
    only = moved | novel | {c for t in subs for c in members[t]}
    cases, vectors = load(only | {c for b in broads for c in members[b]})
    members = {t: [c for c in ms if c in vectors] for t, ms in members.items()}
    cents = {t: _centroid(vectors, ms) for t, ms in members.items() if ms}
    subs = [t for t in subs if t in cents]
    broads = [t for t in broads if t in cents]

    # Theme rows: the changed ones, and any whose own fields a decision set (a name).
    write = changed | {t for t in after.themes if _row_fields(before, t)
                       != _row_fields(after, t)}
    rows = _rows(s, write)
    now = store_now(s)
    for tid in sorted(write):
        row = after.themes[tid]
        db = write_row(s, rows, tid, row, now)
        if row.status not in LIVE and row.source == "cases":
            db.size = 0
    named: set[str] = set()
    for level, ids in ((SUB, subs), (BROAD, broads)):
        named |= _describe(ids, members, cents, rows, after, cases, vectors, embed,
                           _background(s, level, set(ids) | changed))
    share_lone_names(after, rows, named)
    s.flush()
    # Novel cases look for their nearest active sub-theme among all of them.
    live_subs = sorted(t.id for t in after.themes.values() if t.level == SUB
                       and t.source == "cases" and t.status in LIVE
                       and (t.id in cents or (t.id not in changed and bm.get(t.id))))
    all_cents = dict(_stored_centroids(s, [t for t in live_subs if t not in cents
                                           and after.themes[t].status == ACTIVE]))
    all_cents.update(cents)
    live_subs = [t for t in live_subs if t in all_cents or after.themes[t].status != ACTIVE]
    _save_members(s, after, live_subs, all_cents, vectors,
                  only=[c for c in only if c in vectors])
    return True


def _rows(s: OrmSession, ids: Collection[str]) -> dict[str, Theme]:
    want = sorted(ids)
    return {t.id: t for chunk in in_chunks(want)
            for t in s.scalars(select(Theme).where(Theme.id.in_(chunk)))}


def _stored_centroids(s: OrmSession, ids: list[str]) -> dict[str, np.ndarray]:
    return {t.id: np.frombuffer(t.centroid, dtype=np.float32).astype(np.float64)
            for t in _rows(s, ids).values() if t.centroid}


def _background(s: OrmSession, level: str, skip: set[str]) -> Background:
    """The level's other live themes as their stored representatives and centroids."""
    others = [t for t in s.scalars(select(Theme).where(Theme.level == level,
                                                       Theme.source == "cases",
                                                       Theme.status.in_(LIVE))
                                   .order_by(Theme.id))
              if t.id not in skip and t.representatives and t.centroid and t.size]
    reps = sorted({c for t in others for c in t.representatives})
    texts = {c.id: case_text(c) for chunk in in_chunks(reps)
             for c in s.scalars(select(Case).where(Case.id.in_(chunk)))}
    docs, weights, cents = [], [], []
    total, count = None, 0
    for t in others:
        d = [texts[c] for c in t.representatives if c in texts]
        if not d:
            continue
        docs.append(d)
        weights.append(t.size / len(d))
        cent = np.frombuffer(t.centroid or b"", dtype=np.float32).astype(np.float64)
        cents.append(cent)
        # cohesion is the length of the members' mean vector (the centroid normalises
        # it): size x cohesion x centroid is the sum of the theme's case vectors.
        part = t.size * t.cohesion * cent
        total = part if total is None else total + part
        count += t.size
    return Background(docs, weights, cents, total, count)


class CaseLoader:
    """Cases and vectors by id, each read (and its vector looked up) once per action."""

    def __init__(self, load: Callable[[Collection[str]], tuple[dict[str, CaseInfo],
                                                               dict[str, np.ndarray]]]):
        self._load = load
        self.cases: dict[str, CaseInfo] = {}
        self.vectors: dict[str, np.ndarray] = {}
        self._tried: set[str] = set()

    def __call__(self, ids: Collection[str]) -> tuple[dict[str, CaseInfo],
                                                      dict[str, np.ndarray]]:
        missing = set(ids) - self._tried
        if missing:
            cases, vectors = self._load(missing)
            self.cases.update(cases)
            self.vectors.update(vectors)
            self._tried |= missing
        return self.cases, self.vectors
