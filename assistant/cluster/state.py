"""Theme membership as plain data, the steward decisions applied to it, and saving it.

A recompute builds a :class:`State` from fresh clusters and replays every stored decision;
a steward action loads the current state, applies its one new decision the same way and
saves. One code path, so a decision means the same thing live and after a recompute.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session as OrmSession

from assistant.cluster.describe import (
    class_keywords,
    cohesion,
    keyword_label,
    representatives,
)
from assistant.cluster.engine import normalize
from assistant.store.models import Theme, ThemeMember, utcnow

ACTIVE = "active"
DISMISSED = "dismissed"
MERGED = "merged"
GONE = "gone"


@dataclass
class ThemeRow:
    id: str
    status: str = ACTIVE
    label: str = ""
    label_source: str = "keywords"
    pinned: bool = False
    merged_into: str | None = None
    source: str = "cases"
    is_new: bool = False


@dataclass
class State:
    """Themes by id, and which theme each case is in (None: novel)."""

    themes: dict[str, ThemeRow]
    assign: dict[str, str | None]
    by_steward: set[str] = field(default_factory=set)
    incremental: set[str] = field(default_factory=set)

    def members(self, theme_id: str) -> list[str]:
        return sorted(c for c, t in self.assign.items() if t == theme_id)

    def resolve(self, theme_id: str | None) -> str | None:
        """Follow merges to the theme that now holds a merged theme's cases."""
        seen = set()
        while theme_id in self.themes and self.themes[theme_id].status == MERGED \
                and theme_id not in seen:
            seen.add(theme_id)
            theme_id = self.themes[theme_id].merged_into
        return theme_id if theme_id in self.themes else None

    def live(self, theme_id: str | None) -> ThemeRow | None:
        t = self.themes.get(theme_id or "")
        return t if t is not None and t.status in (ACTIVE, DISMISSED) else None


def new_theme_id(member_keys: Iterable[str], taken: Iterable[str]) -> str:
    """A theme id from its members' content hashes: same cases, same id, in any order."""
    taken = set(taken)
    base = hashlib.sha1("\n".join(sorted(member_keys)).encode()).hexdigest()
    for i in range(100):
        tid = "th" + (base if i == 0 else hashlib.sha1(f"{base}{i}".encode()).hexdigest())[:10]
        if tid not in taken:
            return tid
    raise RuntimeError("no free theme id")  # pragma: no cover - 100 sha1 collisions


# ---------------------------------------------------------------- decisions


def apply_decision(state: State, kind: str, payload: Mapping[str, Any],
                   vectors: Mapping[str, np.ndarray]) -> bool:
    """Apply one steward decision; False when it no longer applies (its theme is gone)."""
    if kind == "rename":
        t = state.live(state.resolve(payload["theme_id"]))
        if t is None:
            return False
        t.label, t.label_source = payload["label"], "steward"
    elif kind == "pin":
        t = state.live(state.resolve(payload["theme_id"]))
        if t is None:
            return False
        t.pinned = bool(payload["pinned"])
    elif kind == "dismiss":
        t = state.live(state.resolve(payload["theme_id"]))
        if t is None:
            return False
        t.status = DISMISSED
    elif kind == "merge":
        src = state.live(state.resolve(payload["source_id"]))
        dst = state.live(state.resolve(payload["target_id"]))
        if dst is None:
            return False
        if src is None or src.id == dst.id:
            # After a recompute the merged cases may come back as a cluster of their own
            # (a new theme): it joins the target again.
            cases = set(payload.get("cases", ()))
            back = [t for t in state.themes.values() if t.is_new and t.id != dst.id
                    and state.live(t.id) is not None
                    and len(cases & set(ms := state.members(t.id))) * 2 >= max(1, len(ms))]
            for t in back:
                for c in state.members(t.id):
                    state.assign[c] = dst.id
                t.status, t.merged_into = MERGED, dst.id
            return bool(back) or src is not None
        for c in state.members(src.id):
            state.assign[c] = dst.id
        src.status, src.merged_into = MERGED, dst.id
    elif kind == "split":
        t = state.live(state.resolve(payload["theme_id"]))
        if t is None:
            return False
        part = [c for c in payload["part"] if c in vectors]
        rest = [c for c in payload["rest"] if c in vectors]
        if not part or not rest:
            return False
        new = state.themes.get(payload["new_id"])
        if new is None:
            new = state.themes[payload["new_id"]] = ThemeRow(payload["new_id"], is_new=True)
        new.status, new.merged_into = ACTIVE, None
        if payload.get("new_label") and not new.label:
            new.label = payload["new_label"]
        c_part = normalize(np.stack([vectors[c] for c in part]).mean(axis=0)[None])[0]
        c_rest = normalize(np.stack([vectors[c] for c in rest]).mean(axis=0)[None])[0]
        for c in state.members(t.id):
            if float(vectors[c] @ c_part) > float(vectors[c] @ c_rest):
                state.assign[c] = new.id
    elif kind == "move":
        case_id = payload["case_id"]
        dst = state.live(state.resolve(payload["target_id"]))
        if case_id not in state.assign or dst is None:
            return False
        state.assign[case_id] = dst.id
        state.by_steward.add(case_id)
    else:
        raise ValueError(f"unknown theme decision {kind!r}")
    return True


# ---------------------------------------------------------------- load / save


def load_state(s: OrmSession) -> State:
    themes = {t.id: ThemeRow(t.id, t.status, t.label, t.label_source, t.pinned,
                             t.merged_into, t.source)
              for t in s.scalars(select(Theme))}
    assign: dict[str, str | None] = {}
    steward, incremental = set(), set()
    for m in s.scalars(select(ThemeMember)):
        assign[m.case_id] = m.theme_id
        if m.by_steward:
            steward.add(m.case_id)
        if m.placed_incrementally:
            incremental.add(m.case_id)
    return State(themes, assign, steward, incremental)


@dataclass(frozen=True)
class CaseInfo:
    id: str
    key: str  # content hash
    title: str
    text: str


def save_state(s: OrmSession, state: State, cases: Mapping[str, CaseInfo],
               vectors: Mapping[str, np.ndarray]) -> None:
    """Write themes (keywords, representatives, centroid, cohesion, size) and members.

    Novel cases get their nearest active theme and similarity. Labels are kept once set:
    a theme that still exists keeps its name.
    """
    # Cases that no longer exist drop out.
    for c in [c for c in state.assign if c not in cases]:
        del state.assign[c]
    active = sorted(t.id for t in state.themes.values()
                    if t.status in (ACTIVE, DISMISSED) and t.source == "cases")
    members = {tid: state.members(tid) for tid in active}
    # A case theme with no members left is gone (a pinned one keeps its row as it is).
    for tid in active:
        if not members[tid] and not state.themes[tid].pinned:
            state.themes[tid].status = GONE
    active = [tid for tid in active if members[tid]]
    cents = {tid: normalize(np.stack([vectors[c] for c in members[tid]]).mean(axis=0)[None])[0]
             for tid in active}
    kws = class_keywords([[cases[c].text for c in members[tid]] for tid in active])
    now = utcnow()
    rows = {t.id: t for t in s.scalars(select(Theme))}
    for tid, row in state.themes.items():
        db = rows.get(tid)
        if db is None:
            db = Theme(id=tid, created_at=now)
            s.add(db)
        db.status, db.pinned, db.merged_into = row.status, row.pinned, row.merged_into
        db.source = row.source
        if row.label:
            db.label, db.label_source = row.label, row.label_source
        db.updated_at = now
    for tid, words in zip(active, kws, strict=True):
        db = rows.get(tid) or s.get(Theme, tid)
        assert db is not None
        vecs = np.stack([vectors[c] for c in members[tid]])
        db.keywords = list(words)
        if not db.label:
            db.label, db.label_source = keyword_label(words), "keywords"
            state.themes[tid].label = db.label
        db.size = len(members[tid])
        db.cohesion = round(cohesion(vecs, cents[tid]), 4)
        db.representatives = representatives(vecs, cents[tid], members[tid])
        db.centroid = cents[tid].astype(np.float32).tobytes()
    for tid, row in state.themes.items():
        if row.status not in (ACTIVE, DISMISSED) and row.source == "cases":
            db = rows.get(tid) or s.get(Theme, tid)
            if db is not None:
                db.size = 0
    s.flush()
    live = [tid for tid in active if state.themes[tid].status == ACTIVE]
    live_c = np.stack([cents[t] for t in live]) if live else None
    s.execute(delete(ThemeMember))
    out: list[dict[str, object]] = []
    for c in sorted(state.assign):
        assigned = state.assign[c]
        v = vectors[c]
        if assigned is not None and assigned in live:
            out.append({"case_id": c, "theme_id": assigned,
                        "similarity": round(float(v @ cents[assigned]), 4),
                        "novel": False, "nearest_theme_id": assigned,
                        "by_steward": c in state.by_steward,
                        "placed_incrementally": c in state.incremental})
            continue
        near: str | None = None
        sim = 0.0
        if live_c is not None:
            sims = live_c @ v
            j = int(sims.argmax())
            near, sim = live[j], float(sims[j])
        out.append({"case_id": c, "theme_id": assigned if assigned in active else None,
                    "similarity": round(sim, 4), "novel": True, "nearest_theme_id": near,
                    "by_steward": c in state.by_steward,
                    "placed_incrementally": c in state.incremental})
    if out:
        s.execute(insert(ThemeMember), out)


def today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()
