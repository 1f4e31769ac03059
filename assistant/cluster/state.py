"""Theme membership as plain data, the steward decisions applied to it, and saving it.

A recompute builds a :class:`State` from fresh clusters and replays every stored decision;
a steward action loads the current state, applies its one new decision the same way and
saves. One code path, so a decision means the same thing live and after a recompute.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Collection, Iterable, Mapping, Sequence
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
from assistant.cluster.names import CENTRAL, Embed, theme_names
from assistant.store.db import in_chunks
from assistant.store.models import Theme, ThemeMember, store_now

ACTIVE = "active"
DISMISSED = "dismissed"
MERGED = "merged"
GONE = "gone"
SUB = "sub"
BROAD = "broad"


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
    level: str = SUB  # SUB or BROAD
    parent: str | None = None  # a sub-theme's broad theme
    # a gone broad theme: the sub-themes it held when last shown (see service._match_broad)
    last_subs: tuple[str, ...] = ()


@dataclass
class State:
    """Themes by id, and which theme each case is in (None: novel)."""

    themes: dict[str, ThemeRow]
    assign: dict[str, str | None]
    by_steward: set[str] = field(default_factory=set)
    incremental: set[str] = field(default_factory=set)

    def members(self, theme_id: str) -> list[str]:
        """A sub-theme's cases, or a broad theme's (the cases of its sub-themes)."""
        row = self.themes.get(theme_id)
        if row is not None and row.level == BROAD:
            subs = set(self.children(theme_id))
            return sorted(c for c, t in self.assign.items() if t in subs)
        return sorted(c for c, t in self.assign.items() if t == theme_id)

    def children(self, broad_id: str) -> list[str]:
        """The live sub-themes of a broad theme."""
        return sorted(t.id for t in self.themes.values() if t.parent == broad_id
                      and t.level == SUB and t.status in (ACTIVE, DISMISSED))

    def counted(self, broad_id: str) -> list[str]:
        """The sub-themes whose cases a broad theme counts (its size, keywords, name): the
        active ones it shows. A dismissed sub-theme's cases wait in the novel queue and are
        counted there, not twice. A dismissed broad theme (or one left with only dismissed
        sub-themes) counts them all, so it still reads as what was dismissed."""
        kids = self.children(broad_id)
        active = [t for t in kids if self.themes[t].status == ACTIVE]
        return active if active and self.themes[broad_id].status == ACTIVE else kids

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
        if t.level == BROAD:  # its sub-themes go with it
            for sub in state.children(t.id):
                state.themes[sub].status = DISMISSED
        elif (parent := state.live(t.parent)) is not None and parent.level == BROAD and \
                not any(state.themes[k].status == ACTIVE for k in state.children(parent.id)):
            # A broad theme left with no sub-theme to show goes with its last one (restoring
            # that one brings it back); shown active, it would be an empty heading.
            parent.status = DISMISSED
    elif kind == "restore":
        t = state.live(state.resolve(payload["theme_id"]))
        if t is None:
            return False
        _restore(state, t)
    elif kind == "merge":
        src = state.live(state.resolve(payload["source_id"]))
        dst = state.live(state.resolve(payload["target_id"]))
        if dst is None:
            return False
        if dst.level == BROAD:
            return _merge_broad(state, src, dst, payload)
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
        if t.level == BROAD:
            return _split_broad(state, t, payload, vectors)
        part = [c for c in payload["part"] if c in vectors]
        rest = [c for c in payload["rest"] if c in vectors]
        if not part or not rest:
            return False
        new = state.themes.get(payload["new_id"])
        if new is None:
            new = state.themes[payload["new_id"]] = ThemeRow(payload["new_id"], is_new=True)
        new.status, new.merged_into, new.parent = ACTIVE, None, t.parent
        if payload.get("new_label") and not new.label:
            new.label = payload["new_label"]
        c_part = normalize(np.stack([vectors[c] for c in part]).mean(axis=0)[None])[0]
        c_rest = normalize(np.stack([vectors[c] for c in rest]).mean(axis=0)[None])[0]
        for c in state.members(t.id):
            if float(vectors[c] @ c_part) > float(vectors[c] @ c_rest):
                state.assign[c] = new.id
    elif kind == "move" and "case_id" not in payload:  # a sub-theme to another broad theme
        moved = state.live(state.resolve(payload["theme_id"]))
        under = state.live(state.resolve(payload["target_id"]))
        if moved is None or under is None or moved.level != SUB or under.level != BROAD:
            return False
        moved.parent = under.id
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


def _restore(state: State, t: ThemeRow) -> None:
    """Undo a dismissal: the theme is shown again and its cases leave the novel queue. A
    broad theme comes back with its sub-themes (they were dismissed with it); a sub-theme
    of a dismissed broad theme brings that broad theme back to sit under, holding only
    the sub-themes restored (the others stay dismissed). A theme that is not dismissed
    (its dismissal no longer applied after a recompute) is left as it is."""
    t.status = ACTIVE
    if t.level == BROAD:
        for sub in state.children(t.id):
            state.themes[sub].status = ACTIVE
        return
    parent = state.live(t.parent)
    if parent is not None and parent.level == BROAD:
        parent.status = ACTIVE


def _merge_broad(state: State, src: ThemeRow | None, dst: ThemeRow,
                 payload: Mapping[str, Any]) -> bool:
    """A broad theme's sub-themes all move under another broad theme. After a recompute
    the source's cases may form a broad theme of their own again: it joins the target; or
    their sub-themes may sit under other broad themes (the steward asked for another
    number of them): those sub-themes move under the target."""
    if src is not None and src.id != dst.id:
        if src.level != BROAD:
            return False
        for sub in state.children(src.id):
            state.themes[sub].parent = dst.id
        src.status, src.merged_into = MERGED, dst.id
        return True
    cases = set(payload.get("cases", ()))
    back = [t for t in state.themes.values() if t.is_new and t.level == BROAD
            and t.id != dst.id and state.live(t.id) is not None
            and len(cases & set(ms := state.members(t.id))) * 2 >= max(1, len(ms))]
    for t in back:
        for sub in state.children(t.id):
            state.themes[sub].parent = dst.id
        t.status, t.merged_into = MERGED, dst.id
    # Sub-themes made mostly of the source's cases, wherever they sit now, go under the
    # target (already there: the merge holds as it is).
    held = [t for t in state.themes.values() if t.level == SUB and t.status == ACTIVE
            and (ms := state.members(t.id))
            and len(cases & set(ms)) * 2 > len(ms)]
    for t in held:
        t.parent = dst.id
    return bool(back or held) or src is not None


def _split_broad(state: State, t: ThemeRow, payload: Mapping[str, Any],
                 vectors: Mapping[str, np.ndarray]) -> bool:
    """A broad theme splits in two: each of its sub-themes goes to the side (``part`` or
    ``rest``, case ids) that holds more of its cases; one that holds none of either (new
    since the split) to the side its centroid is closer to. After a recompute the part
    may already stand apart with some of the sub-themes: the two sides' sub-themes are
    shared out again, the same way."""
    part = [c for c in payload["part"] if c in vectors]
    rest = [c for c in payload["rest"] if c in vectors]
    new = state.themes.get(payload["new_id"])
    subs = state.children(t.id)
    if new is not None and new.id != t.id and new.level == BROAD and state.live(new.id):
        subs = sorted({*subs, *state.children(new.id)})
    if not part or not rest or len(subs) < 2:
        return False
    if new is None:
        new = state.themes[payload["new_id"]] = ThemeRow(payload["new_id"], is_new=True,
                                                         level=BROAD)
    new.status, new.merged_into = ACTIVE, None
    c_part = normalize(np.stack([vectors[c] for c in part]).mean(axis=0)[None])[0]
    c_rest = normalize(np.stack([vectors[c] for c in rest]).mean(axis=0)[None])[0]
    in_part, in_rest = set(part), set(rest)
    for sub in subs:
        ms = state.members(sub)
        if not ms:
            continue
        a, b = float(len(in_part.intersection(ms))), float(len(in_rest.intersection(ms)))
        if a == b:  # a sub-theme made of new cases: by its centroid
            cent = np.stack([vectors[c] for c in ms]).mean(axis=0)
            a, b = float(cent @ c_part), float(cent @ c_rest)
        state.themes[sub].parent = new.id if a > b else t.id
    return True


# ---------------------------------------------------------------- load / save


def load_state(s: OrmSession) -> State:
    themes = {t.id: ThemeRow(t.id, t.status, t.label, t.label_source, t.pinned,
                             t.merged_into, t.source, level=t.level or SUB,
                             parent=t.parent_id, last_subs=tuple(t.last_subthemes or ()))
              for t in s.scalars(select(Theme))}
    assign: dict[str, str | None] = {}
    steward, incremental = set(), set()
    # Plain rows, not ORM objects: a steward action at 50,000 cases reads them all.
    for case_id, theme_id, by_steward, placed in s.execute(
            select(ThemeMember.case_id, ThemeMember.theme_id, ThemeMember.by_steward,
                   ThemeMember.placed_incrementally)):
        assign[case_id] = theme_id
        if by_steward:
            steward.add(case_id)
        if placed:
            incremental.add(case_id)
    return State(themes, assign, steward, incremental)


@dataclass(frozen=True)
class CaseInfo:
    id: str
    key: str  # content hash
    title: str
    text: str


def write_row(s: OrmSession, rows: dict[str, Theme], tid: str, row: ThemeRow,
              now: dt.datetime) -> Theme:
    """Put a theme's own fields (status, place, steward label) on its stored row."""
    db = rows.get(tid)
    if db is None:
        db = rows[tid] = Theme(id=tid, created_at=now)
        s.add(db)
    db.status, db.pinned, db.merged_into = row.status, row.pinned, row.merged_into
    db.source, db.level, db.parent_id = row.source, row.level, row.parent
    db.last_subthemes = list(row.last_subs) or None
    if row.label:
        db.label, db.label_source = row.label, row.label_source
    db.updated_at = now
    return db


def save_state(s: OrmSession, state: State, cases: Mapping[str, CaseInfo],
               vectors: Mapping[str, np.ndarray], embed: Embed | None = None) -> None:
    """Write themes at both levels (keywords, name, representatives, centroid, cohesion,
    size) and the case members of sub-themes.

    Novel cases get their nearest active sub-theme and similarity. Names are kept once
    set: a theme that still exists keeps its name; a theme without one (or with a keyword
    label from before names existed) is named from its cases (:mod:`.names`), with
    ``embed`` when given, else from its keywords.
    """
    for c in [c for c in state.assign if c not in cases]:
        del state.assign[c]
    subs = sorted(t.id for t in state.themes.values() if t.status in (ACTIVE, DISMISSED)
                  and t.source == "cases" and t.level == SUB)
    by_theme: dict[str, list[str]] = {}
    for c in sorted(state.assign):  # one pass, not one per theme
        t = state.assign[c]
        if t is not None:
            by_theme.setdefault(t, []).append(c)
    members = {tid: by_theme.get(tid, []) for tid in subs}
    # A case theme with no members left is gone (a pinned one keeps its row as it is).
    for tid in subs:
        if not members[tid] and not state.themes[tid].pinned:
            state.themes[tid].status = GONE
    subs = [tid for tid in subs if members[tid]]
    cents = {tid: _centroid(vectors, members[tid]) for tid in subs}
    broads = _attach_parents(state, subs, cents, cases)
    for tid in broads:
        members[tid] = sorted(c for sub in state.counted(tid) for c in members.get(sub, []))
        cents[tid] = _centroid(vectors, members[tid])
    now = store_now(s)
    rows = {t.id: t for t in s.scalars(select(Theme))}
    for tid, row in state.themes.items():
        write_row(s, rows, tid, row, now)
    named: set[str] = set()
    for level in (subs, broads):
        named |= _describe(level, members, cents, rows, state, cases, vectors, embed)
    share_lone_names(state, rows, named)
    for tid, row in state.themes.items():
        if row.status not in (ACTIVE, DISMISSED) and row.source == "cases":
            db = rows.get(tid) or s.get(Theme, tid)
            if db is not None:
                db.size = 0
    s.flush()
    _save_members(s, state, subs, cents, vectors)


def _centroid(vectors: Mapping[str, np.ndarray], ids: Sequence[str]) -> np.ndarray:
    return normalize(np.stack([vectors[c] for c in ids]).mean(axis=0)[None])[0]


def _attach_parents(state: State, subs: list[str], cents: Mapping[str, np.ndarray],
                    cases: Mapping[str, CaseInfo]) -> list[str]:
    """Every live sub-theme under a live broad theme; returns the live broad themes. A
    sub-theme whose broad theme is gone joins the broad theme nearest its centroid (one of
    its own when there is none). A broad theme left with no sub-theme is gone unless
    pinned."""
    def live_broads() -> list[str]:
        return sorted(t.id for t in state.themes.values() if t.level == BROAD
                      and t.status in (ACTIVE, DISMISSED))

    by_broad: dict[str, list[str]] = {}
    for tid in subs:
        p = state.themes[tid].parent
        if p is not None and (state.live(p) is not None) and state.themes[p].level == BROAD:
            by_broad.setdefault(p, []).append(tid)
    for b in live_broads():
        if b not in by_broad and not state.themes[b].pinned:
            state.themes[b].status = GONE
    targets = [b for b in live_broads() if b in by_broad]
    if targets:
        bc = normalize(np.stack([np.mean([cents[t] for t in by_broad[b]], axis=0)
                                 for b in targets]))
    for tid in subs:
        if state.themes[tid].parent in by_broad:
            continue
        if targets:
            state.themes[tid].parent = targets[int(np.argmax(bc @ cents[tid]))]
        else:
            keys = [cases[c].key for c in state.members(tid)]
            bid = new_theme_id(["broad", *keys], state.themes)
            state.themes[bid] = ThemeRow(bid, is_new=True, level=BROAD)
            state.themes[tid].parent = bid
    return sorted(b for b in live_broads() if state.children(b))


@dataclass(frozen=True)
class Background:
    """The themes of one level that a steward action leaves alone, standing in for the
    whole level when the changed themes get keywords and names: each one's
    representative cases' texts (weighted by size / their number, so term frequencies
    approximate the whole theme's) and its stored centroid."""

    docs: list[list[str]]
    weights: list[float]
    centroids: list[np.ndarray]
    total: np.ndarray | None = None  # the sum of their cases' vectors
    count: int = 0  # and the number of those cases


def _describe(ids: list[str], members: Mapping[str, list[str]],
              cents: Mapping[str, np.ndarray], rows: Mapping[str, Theme], state: State,
              cases: Mapping[str, CaseInfo], vectors: Mapping[str, np.ndarray],
              embed: Embed | None, bg: Background | None = None) -> set[str]:
    """Keywords, size, cohesion, representatives and centroid of themes of one level;
    a name for those that need one. ``bg``: the level's other themes, when only ``ids``
    are described (a steward action). Returns the themes named now from their cases."""
    if not ids:
        return set()
    docs = [[cases[c].text for c in members[tid]] for tid in ids]
    bg = bg or Background([], [], [])
    weights = [1.0] * len(ids) + bg.weights if bg.docs else None
    kws = class_keywords(docs + bg.docs, weights=weights, own=len(ids))
    need = [i for i, tid in enumerate(ids)
            if not rows[tid].label or rows[tid].label_source == "keywords"]
    names: list[str] = []
    if need and embed is not None:
        central = [[cases[r].text for r in representatives(
                       np.stack([vectors[c] for c in members[ids[i]]]), cents[ids[i]],
                       members[ids[i]], CENTRAL)] for i in range(len(ids))]
        total = sum((vectors[c] for tid in ids for c in members[tid]),
                    start=np.zeros(len(cents[ids[0]])))
        if bg.total is not None:
            total = total + bg.total
        shared = total / max(sum(len(members[t]) for t in ids) + bg.count, 1)
        # A broad theme's cases carry their sub-theme: its name weighs what they share.
        parts = [[state.assign.get(c) for c in members[tid]] for tid in ids] \
            if state.themes[ids[0]].level == BROAD else None
        names = theme_names(docs + bg.docs, np.stack([cents[t] for t in ids] + bg.centroids),
                            embed, central, weights=weights, own=len(ids), shared=shared,
                            parts=parts)
    named = set()
    for i, (tid, words) in enumerate(zip(ids, kws, strict=True)):
        db = rows[tid]
        vecs = np.stack([vectors[c] for c in members[tid]])
        db.keywords = list(words)
        if not db.label or db.label_source == "keywords":
            db.label, db.label_source = (names[i], "auto") if names else \
                (keyword_label(words), "keywords")
            if names:
                named.add(tid)
            state.themes[tid].label = db.label
            state.themes[tid].label_source = db.label_source
        db.size = len(members[tid])
        db.cohesion = round(cohesion(vecs, cents[tid]), 4)
        db.representatives = representatives(vecs, cents[tid], members[tid])
        db.centroid = cents[tid].astype(np.float32).tobytes()
    return named


def lend_name(takers: Iterable[Any], label: str, taken: Collection[str]) -> bool:
    """The rule by which a theme takes the name of its lone partner (a broad theme holding
    one sub-theme, or that sub-theme): ``label`` goes to each of ``takers`` (a theme's
    stored row, and its state row when there is one) unless another theme of its level
    holds it (``taken``: their names, lower-cased), no two themes of a level alike; a
    keyword label becomes a name. Returns whether the name was taken."""
    if not label or label.lower() in taken:
        return False
    for t in takers:
        t.label = label
        if t.label_source == "keywords":  # a name now, not keywords
            t.label_source = "auto"
    return True


def share_lone_names(state: State, rows: Mapping[str, Theme], named: Iterable[str]) -> None:
    """A broad theme with a single sub-theme and that sub-theme carry one name, not two
    for the same cases. Of such a pair, a theme named from its cases in this pass
    (``named``) takes the other's name; when both were named now, the sub-theme takes the
    broad theme's, which weighs how widely the cases use a phrase as well as how well it
    fits them. A steward's name on the sub-theme is also taken by a broad theme named
    before (a recompute or a regrouping left the sub-theme alone under it): the steward
    said what these cases are about, the machine's older name did not (a broad theme's
    own steward name stays). Otherwise a name kept from before is never replaced, a
    keyword label is not passed on, and a name another theme of the taker's level holds
    is not taken."""
    fresh = {t for t in named if t in rows}
    pairs = set()
    for tid in sorted(fresh):
        row = state.themes[tid]
        b = tid if row.level == BROAD else row.parent
        kids = state.children(b) if b is not None else []
        if len(kids) == 1 and b in state.themes:
            pairs.add((b, kids[0]))
    for b in sorted(rows):
        above = state.themes.get(b)
        if above is None or above.level != BROAD or state.live(b) is None or \
                above.label_source == "steward":
            continue
        kids = state.counted(b)
        if len(kids) == 1 and state.themes[kids[0]].label_source == "steward":
            pairs.add((b, kids[0]))
    if not pairs:
        return
    taken: dict[str, set[str]] = {}
    for t in state.themes.values():
        if t.status in (ACTIVE, DISMISSED) and t.label:
            taken.setdefault(t.level, set()).add(t.label.lower())
    for b, sub in sorted(pairs):
        taker, giver = (sub, b) if sub in fresh else (b, sub)
        steward = taker == b and state.themes[sub].label_source == "steward" and \
            state.themes[b].label_source != "steward"
        if not (taker in fresh or steward) or \
                state.themes[giver].label_source not in ("auto", "steward"):
            continue
        label = state.themes[giver].label
        names = taken.setdefault(state.themes[taker].level, set())
        if label != state.themes[taker].label and \
                lend_name((rows[taker], state.themes[taker]), label, names):
            names.add(label.lower())


def _save_members(s: OrmSession, state: State, subs: list[str],
                  cents: Mapping[str, np.ndarray], vectors: Mapping[str, np.ndarray],
                  only: Collection[str] | None = None) -> None:
    """Member rows of every case (or only of the cases in ``only``, replacing theirs):
    its sub-theme and similarity, or, for a novel case, its nearest active sub-theme.
    ``subs``: the live sub-themes with members; ``cents``: their centroids."""
    live = [tid for tid in subs if state.themes[tid].status == ACTIVE]
    live_c = np.stack([cents[t] for t in live]) if live else None
    live_set, sub_set = set(live), set(subs)  # membership tests per case: sets, not lists
    if only is None:
        s.execute(delete(ThemeMember))
        todo = sorted(state.assign)
    else:
        todo = sorted(c for c in only if c in state.assign)
        for chunk in in_chunks(todo):
            s.execute(delete(ThemeMember).where(ThemeMember.case_id.in_(chunk)))
    out: list[dict[str, object]] = []
    for c in todo:
        assigned = state.assign[c]
        v = vectors[c]
        if assigned is not None and assigned in live_set:
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
        out.append({"case_id": c, "theme_id": assigned if assigned in sub_set else None,
                    "similarity": round(sim, 4), "novel": True, "nearest_theme_id": near,
                    "by_steward": c in state.by_steward,
                    "placed_incrementally": c in state.incremental})
    if out:
        s.execute(insert(ThemeMember), out)

