"""Recompute themes from all cases, place new cases into them, and read them back."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session as OrmSession

from assistant.auth import LOCAL, Actor, require
from assistant.cluster.broad import visible_groups
from assistant.cluster.engine import EngineParams, cluster_vectors
from assistant.cluster.incremental import copy_state
from assistant.cluster.passages import attach_passages
from assistant.cluster.state import (
    ACTIVE,
    BROAD,
    DISMISSED,
    GONE,
    MERGED,
    SUB,
    CaseInfo,
    State,
    ThemeRow,
    apply_decision,
    load_state,
    new_theme_id,
    save_state,
)
from assistant.cluster.unkept import why_not_kept
from assistant.errors import AssistantError
from assistant.index.texts import case_text
from assistant.plural import counted
from assistant.store import audit
from assistant.store.db import in_chunks, transaction
from assistant.store.models import Case, Meta, Theme, ThemeDecision, ThemeMember
from assistant.workspace import Workspace

log = logging.getLogger(__name__)

BROAD_TARGET_KEY = "broad_theme_target"  # Meta key: the steward's number of broad themes
MATCH_OVERLAP = 0.5  # share of the smaller side a new cluster and an old theme must share
MATCH_CENTROID = 0.9  # or: centroids this close (cosine) when members changed entirely
SPLIT_SHARE = 0.25  # an old theme whose cases go this much to another new cluster was split
MERGE_SHARE = 0.5  # an old theme this much inside another theme's cluster was merged


@dataclass(frozen=True)
class RecomputeReport:
    """What a full recompute found, against the themes before it."""

    cases: int
    themes: int
    novel: int
    broad_themes: int = 0
    new: tuple[str, ...] = ()
    kept: tuple[str, ...] = ()
    vanished: tuple[str, ...] = ()
    split: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (old id, ids it split into)
    merged: tuple[tuple[str, str], ...] = ()  # (old id, id it merged into)
    decisions_applied: int = 0
    decisions_skipped: int = 0
    # One sentence per steward decision that could not be re-applied, saying why.
    not_kept: tuple[str, ...] = ()
    # Broad themes kept apart for the steward's decisions although the cut joined them.
    kept_apart: tuple[str, ...] = ()
    broad_target: int | None = None
    session_themes: int = 0
    seconds: float = 0.0

    def __str__(self) -> str:
        parts = [f"{counted(self.themes, 'theme')} in "
                 f"{counted(self.broad_themes, 'broad theme')} from "
                 f"{counted(self.cases, 'case')}, {self.novel} novel"]
        if self.kept or self.new or self.vanished:
            parts.append(f"{len(self.kept)} kept, {len(self.new)} new, "
                         f"{len(self.vanished)} vanished")
        if self.split:
            parts.append(f"{len(self.split)} split")
        if self.merged:
            parts.append(f"{len(self.merged)} merged")
        if self.session_themes:
            parts.append(f"{self.session_themes} raised only in sessions")
        if self.decisions_applied:
            parts.append(f"{counted(self.decisions_applied, 'steward decision')} re-applied")
        if self.kept_apart:
            n = len(self.kept_apart)
            asked = f" ({self.broad_target} asked for)" if self.broad_target else ""
            parts.append(f"{n} broad theme{' was' if n == 1 else 's were'} kept apart for "
                         f"the steward's decisions{asked}")
        text = "; ".join(parts)
        if self.not_kept:
            n = len(self.not_kept)
            text += (f". {n} steward decision{' was' if n == 1 else 's were'} not kept: "
                     + " ".join(self.not_kept))
        return text


@dataclass(frozen=True)
class PlacementReport:
    placed: int
    novel: int
    recompute_due: bool

    def __str__(self) -> str:
        due = "; a full recompute is due" if self.recompute_due else ""
        return f"{counted(self.placed, 'case')} placed into themes, {self.novel} novel{due}"


# ---------------------------------------------------------------- inputs


def load_cases(ws: Workspace, s: OrmSession, ids: Collection[str] | None = None,
               ) -> tuple[dict[str, CaseInfo], dict[str, np.ndarray]]:
    """Every case (or only those in ``ids``) with its embedding (from the cache when the
    text is unchanged). A steward action loads only the cases of the themes it changes."""
    if ids is None:
        rows = list(s.scalars(select(Case).where(Case.archived_at.is_(None))
                              .order_by(Case.content_hash)))
    else:
        want = sorted(set(ids))
        rows = sorted((c for chunk in in_chunks(want)
                       for c in s.scalars(select(Case).where(
                           Case.archived_at.is_(None), Case.id.in_(chunk)))),
                      key=lambda c: c.content_hash)
    texts = [case_text(c) for c in rows]
    vecs = np.asarray(ws.embedder.embed(texts)) if rows else np.zeros((0, 1))
    cases = {c.id: CaseInfo(c.id, c.content_hash, c.title, t)
             for c, t in zip(rows, texts, strict=True)}
    vectors = {c.id: np.asarray(v, dtype=np.float64) for c, v in zip(rows, vecs, strict=True)}
    return cases, vectors


def warm_embeddings(ws: Workspace) -> None:
    """Embed every case, transcript passage and turn not yet in the embedding cache, before
    the recompute's write transaction: that transaction then only reads the cache, and
    holds the store's write lock for the clustering alone, not for minutes of embedding.
    (A theme shows a passage from its first turn about the theme: turns are compared too.)"""
    from sqlalchemy.orm import selectinload

    from assistant.index.texts import chunk_segments
    from assistant.store.models import Session
    from assistant.summarize.steps import ASIDES

    with OrmSession(ws.engine) as s:
        texts = [case_text(c) for c in s.scalars(select(Case).order_by(Case.content_hash))]
        turns: list[str] = []
        for x in s.scalars(select(Session).options(selectinload(Session.segments))):
            texts += [p.text for p in chunk_segments(x.id, x.segments)]
            turns += [g.clean_text for g in x.segments if g.clean_text.split()]
    if turns:
        texts += turns + list(ASIDES)
    if texts:
        ws.embedder.embed(texts)


def embed_fn(ws: Workspace) -> Callable[[list[str]], np.ndarray]:
    """The workspace's embedder as a function (names are embedded with the cases' model)."""
    def embed(texts: list[str]) -> np.ndarray:
        return np.asarray(ws.embedder.embed(texts), dtype=np.float64)
    return embed


def broad_target(s: OrmSession) -> int | None:
    """The steward's number of broad themes, or None: chosen from the data."""
    meta = s.get(Meta, BROAD_TARGET_KEY)
    return int(meta.value) if meta is not None and meta.value.strip() else None


def broad_target_of(ws: Workspace) -> int | None:
    """The steward's number of broad themes in ``ws`` (None: chosen from the data)."""
    with transaction(ws.engine) as s:
        return broad_target(s)


def set_broad_target(ws: Workspace, target: int | None, *, actor: Actor = LOCAL,
                     recompute: bool = True) -> RecomputeReport | None:
    """Ask for ``target`` broad themes (None or 0: let the data choose); kept for every
    later recompute, audited. Recomputes at once unless ``recompute`` is False."""
    require(actor, "change_themes")
    if target is not None and target < 0:
        raise AssistantError("The number of broad themes cannot be negative.")
    value = "" if not target else str(int(target))
    with transaction(ws.engine) as s:
        before = broad_target(s)
        s.merge(Meta(key=BROAD_TARGET_KEY, value=value))
        audit.record(s, actor=actor.name, action="set_broad_target", object_type="meta",
                     object_id=BROAD_TARGET_KEY, before={"value": before},
                     after={"value": target or None})
    return recompute_themes(ws, actor=actor) if recompute else None


def _decisions(s: OrmSession) -> list[ThemeDecision]:
    return list(s.scalars(select(ThemeDecision).order_by(ThemeDecision.id)))


# ---------------------------------------------------------------- recompute


def recompute_themes(ws: Workspace, *, actor: Actor = LOCAL,
                     params: EngineParams | None = None) -> RecomputeReport:
    """Cluster every case afresh, keep the ids (and names) of themes that still exist,
    re-apply every steward decision, attach transcript passages; one transaction."""
    require(actor, "change_themes")
    return _recompute(ws, actor.name, params)


def _recompute(ws: Workspace, actor_name: str, params: EngineParams | None = None
               ) -> RecomputeReport:
    t0 = time.perf_counter()
    warm_embeddings(ws)
    with transaction(ws.engine) as s:
        cases, vectors = load_cases(ws, s)
        ids = sorted(cases)
        p = params or EngineParams(broad_target=broad_target(s))
        clustering = cluster_vectors(np.stack([vectors[c] for c in ids]) if ids
                                     else np.zeros((0, 1)), [cases[c].key for c in ids], p)
        clusters: dict[int, set[str]] = {}
        for c, lab in zip(ids, clustering.labels.tolist(), strict=True):
            if lab >= 0:
                clusters.setdefault(lab, set()).add(c)
        old = load_state(s)
        decisions = _decisions(s)
        state, rep = _match(old, clusters, cases, vectors, decisions)
        groups = clustering.groups
        sub_of = _sub_of(state, clusters)
        quiet = _dismissed_clusters(state, sub_of)
        folds = _merge_folds(state, sub_of, decisions, quiet)
        if folds or (quiet and p.broad_target):
            # The steward asked for a number of broad themes to see: dismissed sub-themes
            # stay out of the grouping, or a group of them would use one up. A cluster
            # whose sub-theme the steward merged into another's is grouped as part of it.
            # Its rows take the other's label, so the highest label may be gone: one entry
            # per cluster of the clustering all the same (the folded ones NOVEL until
            # they take their target's group below).
            labels = clustering.labels.copy()
            for k, into in folds.items():
                labels[labels == k] = into
            hidden = set(folds) | (quiet if p.broad_target else set())
            groups = visible_groups(np.stack([vectors[c] for c in ids]), labels, hidden,
                                    p.broad_target, m=int(clustering.labels.max()) + 1)
            for k, into in folds.items():
                groups[k] = groups[into]
        apart = _match_broad(old, state, clusters, groups, cases, vectors, decisions,
                             sub_of=sub_of)
        applied, not_kept = 0, []
        for d in decisions:
            if apply_decision(state, d.kind, d.payload, vectors):
                applied += 1
            else:
                not_kept.append(why_not_kept(old, state, d.kind, d.payload))
        save_state(s, state, cases, vectors, embed=embed_fn(ws))
        n_session = attach_passages(ws, s, vectors=vectors)
        live = [t for t in state.themes.values() if t.status == ACTIVE and t.source == "cases"
                and t.level == SUB]
        broad = [t for t in state.themes.values() if t.status == ACTIVE and t.level == BROAD]
        novel = s.scalar(select(func.count()).select_from(ThemeMember)
                         .where(ThemeMember.novel.is_(True))) or 0
        report = RecomputeReport(
            cases=len(cases), themes=len(live), broad_themes=len(broad), novel=int(novel),
            decisions_applied=applied, decisions_skipped=len(not_kept),
            not_kept=tuple(not_kept), kept_apart=tuple(
                b for b in apart if state.themes[b].status == ACTIVE and state.children(b)),
            broad_target=p.broad_target, session_themes=n_session,
            seconds=round(time.perf_counter() - t0, 2), **rep)
        audit.record(s, actor=actor_name, action="recompute_themes", object_type="themes",
                     object_id="all", after={"themes": report.themes, "novel": report.novel,
                                             "new": list(report.new),
                                             "vanished": list(report.vanished),
                                             "not_kept": list(report.not_kept)},
                     detail=str(report))
    log.info("themes: %s", report)
    return report


def _old_members(old: State, decisions: Sequence[ThemeDecision]) -> dict[str, set[str]]:
    """Members of the themes before the recompute, with steward merges undone: a merged
    theme is matched on its own cases (and merged again when its decision is replayed)."""
    return _undo_merges(old, decisions, SUB)


def _undo_merges(old: State, decisions: Sequence[ThemeDecision], level: str
                 ) -> dict[str, set[str]]:
    by_theme: dict[str, set[str]] = {}
    for c, holder in old.assign.items():  # one pass, not one per theme
        if holder is not None:
            by_theme.setdefault(holder, set()).add(c)
    olds: dict[str, set[str]] = {}
    for tid, t in old.themes.items():
        if t.status in (ACTIVE, DISMISSED) and t.source == "cases" and t.level == level:
            olds[tid] = by_theme.get(tid, set()) if level == SUB else \
                set().union(*(by_theme.get(x, set()) for x in old.children(tid)))
    for d in decisions:
        if d.kind != "merge":
            continue
        src = old.themes.get(d.payload["source_id"])
        if src is None or src.level != level:
            continue
        holder = old.resolve(d.payload["target_id"])
        if src is None or src.status != MERGED or holder not in olds:
            continue
        moved = olds[holder] & set(d.payload.get("cases", ()))
        olds[holder] -= moved
        olds[src.id] = olds.get(src.id, set()) | moved
    return olds


def _match(old: State, clusters: dict[int, set[str]], cases: dict[str, CaseInfo],
           vectors: dict[str, np.ndarray], decisions: Sequence[ThemeDecision]
           ) -> tuple[State, dict]:
    """Give each new cluster the id of the old theme it continues (member overlap, else
    centroid similarity); report new, vanished, split and merged themes."""
    every = {k: v & set(cases) for k, v in _old_members(old, decisions).items()}
    olds = {k: v for k, v in every.items() if v}
    matched = _pair(olds, clusters, vectors, yields=_split_parts(old, decisions, SUB))
    used = set(matched.values())
    themes = {tid: ThemeRow(**{**t.__dict__}) for tid, t in old.themes.items()}
    assign: dict[str, str | None] = {c: None for c in cases}
    taken = set(themes)
    new_ids: list[str] = []
    for k in sorted(clusters, key=lambda k: min(cases[c].key for c in clusters[k])):
        found = matched.get(k)
        if found is not None:
            tid = found
            if themes[tid].status == MERGED:  # matched on its own cases; re-merged later
                themes[tid].status, themes[tid].merged_into = ACTIVE, None
        else:
            tid = new_theme_id([cases[c].key for c in clusters[k]], taken)
            taken.add(tid)
            themes[tid] = ThemeRow(tid, is_new=True)
            new_ids.append(tid)
        for c in clusters[k]:
            assign[c] = tid
    # Pinned themes that found no cluster keep their cases.
    for tid in sorted(set(olds) - used):
        if themes[tid].pinned:
            for c in olds[tid]:
                assign[c] = tid
            used.add(tid)
    # Splits and merges, for the report.
    split, merged = [], []
    by_cluster = {tid: clusters[k] for k, tid in matched.items()}
    new_members: dict[str, set[str]] = {n: set() for n in new_ids}
    for c, t in assign.items():  # one pass, not one per old theme and new id
        if t in new_members:
            new_members[t].add(c)
    for tid in sorted(used & set(olds)):
        into = [n for n in new_ids if len(olds[tid] & new_members[n])
                >= max(2, SPLIT_SHARE * len(olds[tid]))]
        if into:
            split.append((tid, (tid, *into)))
    vanished = []
    for tid in sorted(set(olds) - used):
        if themes[tid].status == MERGED:  # a steward merge: stays merged, nothing to report
            continue
        host = max(by_cluster, key=lambda h: (len(olds[tid] & by_cluster[h]), h), default=None)
        if host is not None and len(olds[tid] & by_cluster[host]) >= MERGE_SHARE * len(olds[tid]):
            themes[tid].status, themes[tid].merged_into = MERGED, host
            merged.append((tid, host))
        else:
            themes[tid].status = GONE
            vanished.append(tid)
    for tid in sorted(set(every) - set(olds)):  # every case archived: gone (unless pinned)
        if themes[tid].status in (ACTIVE, DISMISSED) and not themes[tid].pinned:
            themes[tid].status = GONE
            vanished.append(tid)
    # Steward moves are decisions, re-applied after this; placement marks start afresh.
    state = State(themes, assign)
    rep = {"new": tuple(new_ids), "kept": tuple(sorted(used)), "vanished": tuple(vanished),
           "split": tuple(split), "merged": tuple(merged)}
    return state, rep


def _split_parts(old: State, decisions: Sequence[ThemeDecision], level: str
                 ) -> dict[str, str]:
    """The part a steward split off a theme -> the theme it was split from (both of
    ``level``)."""
    return {d.payload["new_id"]: d.payload["theme_id"] for d in decisions
            if d.kind == "split" and d.payload["theme_id"] in old.themes
            and old.themes[d.payload["theme_id"]].level == level}


def _pair(olds: dict[str, set[str]], news: dict[int, set[str]],
          vectors: dict[str, np.ndarray], prefer: Collection[str] = (),
          yields: Mapping[str, str] | None = None) -> dict[int, str]:
    """Which old theme each new cluster continues: the largest member overlap (Jaccard)
    first, then, for what is left, centroids at least ``MATCH_CENTROID`` alike. Old
    themes in ``prefer`` (a steward's) are paired before the others whatever the overlap,
    so a cluster that holds one continues it. ``yields`` maps a part a steward split off
    to the theme it came from: where both could continue one cluster, the theme it came
    from does (replaying the split carves the part out again); otherwise the part, larger
    after later decisions, would take the cluster and the rest would vanish into it."""
    yields = yields or {}
    # Overlaps counted case by case: only pairs that share a case are ever looked at.
    new_of = {c: k for k, nm in news.items() for c in nm}
    overlap: dict[tuple[str, int], int] = {}
    for tid, om in olds.items():
        for c in om:
            k = new_of.get(c)
            if k is not None:
                overlap[tid, k] = overlap.get((tid, k), 0) + 1
    fits = {(tid, k): ov for (tid, k), ov in overlap.items()
            if ov >= MATCH_OVERLAP * min(len(olds[tid]), len(news[k]))}
    pairs = []
    for (tid, k), ov in fits.items():
        om, nm = olds[tid], news[k]
        pairs.append((tid not in prefer, (yields.get(tid), k) in fits,
                      -ov / (len(om) + len(nm) - ov), tid, k))
    matched: dict[int, str] = {}
    used: set[str] = set()
    for *_, tid, k in sorted(pairs):
        if k not in matched and tid not in used:
            matched[k] = tid
            used.add(tid)

    def centroid(ms: set[str]) -> np.ndarray:
        v = np.stack([vectors[c] for c in sorted(ms)]).mean(axis=0)
        return v / (np.linalg.norm(v) or 1.0)

    rest_old = sorted(set(olds) - used)
    rest_new = sorted(set(news) - set(matched))
    if rest_old and rest_new:
        oc = np.stack([centroid(olds[t]) for t in rest_old])
        nc = np.stack([centroid(news[k]) for k in rest_new])
        sims = np.round(oc @ nc.T, 9)
        cand = sorted((-float(sims[i, j]), rest_old[i], rest_new[j])
                      for i, j in zip(*np.nonzero(sims >= MATCH_CENTROID), strict=True))
        for _, t, k in cand:
            if k not in matched and t not in used:
                matched[k] = t
                used.add(t)
    return matched


def _held_broad(old: State, decisions: Sequence[ThemeDecision]) -> set[str]:
    """The broad themes a steward named, pinned, split, or merged or moved something into:
    when the number of broad themes changes, the group holding one continues it (its id,
    name and the decision with it) rather than a theme nobody decided on."""
    keys = {"rename": ("theme_id",), "pin": ("theme_id",), "split": ("theme_id", "new_id"),
            "merge": ("target_id",), "move": ("target_id",)}
    held = {d.payload[k] for d in decisions for k in keys.get(d.kind, ())
            if d.payload.get(k) is not None}
    return {tid for tid in held if tid in old.themes and old.themes[tid].level == BROAD}


def _sub_of(state: State, clusters: Mapping[int, set[str]]) -> dict[int, str | None]:
    """Cluster -> the sub-theme it continues (the one its cases are assigned to)."""
    return {k: state.assign[next(iter(ms))] for k, ms in clusters.items()}


def _merge_folds(state: State, sub_of: Mapping[int, str | None],
                 decisions: Sequence[ThemeDecision], quiet: Collection[int]
                 ) -> dict[int, int]:
    """Cluster -> the cluster that will hold its cases once the steward's merges of
    sub-themes are replayed (only where both are clusters now and neither is dismissed).

    The clustering undoes those merges (a merged sub-theme is matched on its own cases)
    and may put the two clusters in different broad groups. Grouped apart, the source's
    group would take the broad theme's id on the overlap of cases it brings and then be
    emptied by the replay, and the target's group would get a new id, on every recompute
    (session 20 QA). Grouped as the one sub-theme the replay makes, they keep it."""
    merges = [d for d in decisions if d.kind == "merge"]
    if not merges:
        return {}
    sim = copy_state(state)
    for d in merges:
        dst = sim.live(sim.resolve(d.payload["target_id"]))
        if dst is not None and dst.level == SUB:
            apply_decision(sim, "merge", d.payload, {})
    cluster_of = {s: k for k, s in sub_of.items() if s is not None}
    folds = {}
    for k, sub in sorted(sub_of.items()):
        holder = sim.resolve(sub)
        into = cluster_of.get(holder or "")
        if holder != sub and into is not None and k not in quiet and into not in quiet:
            folds[k] = into
    return folds


def _dismissed_clusters(state: State, sub_of: Mapping[int, str | None]) -> set[int]:
    """The clusters that continue a dismissed sub-theme."""
    return {k for k, sub in sub_of.items() if state.themes[sub or ""].status == DISMISSED}


def _match_broad(old: State, state: State, clusters: dict[int, set[str]],
                 groups: np.ndarray, cases: dict[str, CaseInfo],
                 vectors: dict[str, np.ndarray], decisions: Sequence[ThemeDecision], *,
                 sub_of: Mapping[int, str | None] | None = None) -> tuple[str, ...]:
    """Broad themes for the new sub-themes: each engine group continues the old broad
    theme it shares most cases with (ids and names kept), or is new.

    Dismissed sub-themes take no part: they stay under their broad theme (a dismissed one
    stays dismissed), and their cases cannot draw another broad theme's id to a group.
    A broad theme the steward pinned or decided on that found no group (the new cut put
    its cases in a group another one continues) is kept apart: it takes back its old
    sub-themes and those made mostly of its cases. Returns the ids kept apart so.
    ``sub_of``: :func:`_sub_of` when the caller has it (state.assign unchanged since)."""
    sub_of = _sub_of(state, clusters) if sub_of is None else sub_of
    quiet = _dismissed_clusters(state, sub_of)
    quiet_cases = set().union(*(clusters[k] for k in quiet))
    olds = {k: (v & set(cases)) - quiet_cases
            for k, v in _undo_merges(old, decisions, BROAD).items()
            if old.themes[k].status != DISMISSED}
    lost: dict[str, set[str]] = {}
    for d in decisions:
        # Each side of a steward's split is matched on the cases the split gave it: cases
        # a smaller count folded into one side since must not carry it off to their group.
        # A side an earlier recompute lost (gone) is a candidate on those cases, so a group
        # that sets them apart again continues it and the split holds again.
        split = old.themes.get(d.payload.get("theme_id") or "") if d.kind == "split" else None
        if split is None or split.level != BROAD:
            continue
        for tid, key in ((d.payload["theme_id"], "rest"), (d.payload["new_id"], "part")):
            if tid in olds and (core := olds[tid] & set(d.payload[key])):
                olds[tid] = core
            elif tid not in olds and tid in old.themes and old.themes[tid].status == GONE:
                lost[tid] = (set(d.payload[key]) & set(cases)) - quiet_cases
    olds = {k: v for k, v in olds.items() if v}
    news: dict[int, set[str]] = {}
    for k, ms in clusters.items():
        if k not in quiet:
            news.setdefault(int(groups[k]), set()).update(ms)
    held = _held_broad(old, decisions)
    gone = {k: v for k, v in lost.items() if v} | _gone_broad(old, set(cases) - quiet_cases)
    matched = _pair(olds | gone, news, vectors, prefer=held,
                    yields=_split_parts(old, decisions, BROAD))
    for t in state.themes.values():
        if t.level == BROAD and t.status in (ACTIVE, DISMISSED):
            t.status = GONE
    for g in sorted(news, key=lambda g: min(cases[c].key for c in news[g])):
        bid = matched.get(g)
        if bid is None:
            bid = new_theme_id(["broad", *(cases[c].key for c in news[g])], _taken(state))
            state.themes[bid] = ThemeRow(bid, is_new=True, level=BROAD)
        row = state.themes[bid]
        row.status, row.merged_into = ACTIVE, None  # decisions are replayed after this
        row.last_subs = ()
        for k in clusters:
            sub = sub_of[k]
            if k not in quiet and int(groups[k]) == g and sub is not None:
                state.themes[sub].parent = bid
    for k in sorted(quiet):
        dismissed = state.themes[sub_of[k] or ""]
        was = old.themes.get(dismissed.id)
        parent = old.themes.get(was.parent or "") if was is not None else None
        if parent is not None and parent.level == BROAD:
            dismissed.parent = parent.id
            # (a store written before a broad theme went with its last sub-theme may hold
            # it active with none to show: it is dismissed, to come back with a restore)
            if parent.status == DISMISSED or not any(
                    old.themes[k].status == ACTIVE for k in old.children(parent.id)):
                state.themes[parent.id].status = DISMISSED
    apart = sorted(b for b in set(olds) - set(matched.values())
                   if old.themes[b].pinned or b in held)
    if apart:
        by_sub: dict[str, set[str]] = {}
        for c, holder in state.assign.items():
            if holder is not None:
                by_sub.setdefault(holder, set()).add(c)
        for bid in apart:
            for tid in sorted(by_sub):
                row, was = state.themes[tid], old.themes.get(tid)
                if row.level != SUB or row.status != ACTIVE or row.source != "cases":
                    continue
                if (was is not None and was.parent == bid) or \
                        len(by_sub[tid] & olds[bid]) * 2 > len(by_sub[tid]):
                    row.parent = bid
                    state.themes[bid].status = ACTIVE
    # A broad theme this grouping folds into another remembers its sub-themes, to be
    # matched on their cases when a later grouping sets them apart again.
    for bid, row in old.themes.items():
        if row.level == BROAD and row.status in (ACTIVE, DISMISSED) and \
                state.themes[bid].status == GONE:
            state.themes[bid].last_subs = tuple(old.children(bid))
    return tuple(b for b in apart if state.themes[b].status == ACTIVE)


def _taken(state: State) -> set[str]:
    """The theme ids a new broad theme may not take: all but those of gone themes. The
    same cases give the same id (:func:`new_theme_id`), so a group no old broad theme
    continues keeps the id it had at the last recompute instead of a new one each time."""
    return {t for t, row in state.themes.items() if row.status != GONE}


def _gone_broad(old: State, cases: set[str]) -> dict[str, set[str]]:
    """Gone broad themes -> the cases (among ``cases``) of the sub-themes each held when
    last shown: candidates for :func:`_pair` beside the current broad themes, so a group
    that sets their cases apart again continues them, and a broad theme folded into
    another by a smaller count comes back under its old id when more are asked for."""
    by_sub: dict[str, set[str]] = {}
    for c, holder in old.assign.items():
        if holder is not None and c in cases:
            by_sub.setdefault(holder, set()).add(c)
    out: dict[str, set[str]] = {}
    for bid, row in old.themes.items():
        if row.level == BROAD and row.status == GONE and row.last_subs:
            ms = set().union(*(by_sub.get(t, set()) for t in row.last_subs))
            if ms:
                out[bid] = ms
    return out


# ---------------------------------------------------------------- placement


def place_cases(ws: Workspace, case_ids: Sequence[str], *, actor: Actor = LOCAL,
                params: EngineParams | None = None) -> PlacementReport:
    """Put new cases into the existing themes at once (nearest centroid, no recompute);
    a case not close enough to any theme joins the novel queue."""
    require(actor, "submit_case")
    p = params or EngineParams()
    with transaction(ws.engine) as s:
        themes = list(s.scalars(select(Theme).where(Theme.status == ACTIVE,
                                                     Theme.source == "cases",
                                                     Theme.centroid.is_not(None))
                                .order_by(Theme.id)))
        known = set(s.scalars(select(ThemeMember.case_id)
                              .where(ThemeMember.case_id.in_(list(case_ids)))))
        rows = list(s.scalars(select(Case).where(Case.id.in_(list(case_ids)),
                                                 Case.archived_at.is_(None))
                              .order_by(Case.id)))
        new = [c for c in rows if c.id not in known]
        placed = novel = 0
        if new and themes:
            cents = np.stack([np.frombuffer(t.centroid or b"", dtype=np.float32)
                              for t in themes]).astype(np.float64)
            vecs = np.asarray(ws.embedder.embed([case_text(c) for c in new]), dtype=np.float64)
            sims = vecs @ cents.T
            best = sims.argmax(axis=1)
            for c, j, row in zip(new, best.tolist(), sims, strict=True):
                sim = float(row[j])
                hit = sim >= p.reassign_similarity
                s.add(ThemeMember(case_id=c.id, theme_id=themes[j].id if hit else None,
                                  similarity=round(sim, 4), novel=not hit,
                                  nearest_theme_id=themes[j].id, placed_incrementally=True))
                if hit:
                    themes[j].size += 1
                    # the broad theme above counts its sub-themes' cases (archiving takes
                    # one off both, so restoring puts it back on both)
                    above = s.get(Theme, themes[j].parent_id) if themes[j].parent_id else None
                    if above is not None:
                        above.size += 1
                    placed += 1
                else:
                    novel += 1
            audit.record(s, actor=actor.name, action="place_cases", object_type="themes",
                         object_id="all", after={"placed": placed, "novel": novel},
                         detail=f"{placed} new cases placed, {novel} novel")
        due = _recompute_due(ws, s)
    return PlacementReport(placed, novel, due)


def _recompute_due(ws: Workspace, s: OrmSession) -> bool:
    pending = s.scalar(select(func.count()).select_from(ThemeMember)
                       .where(ThemeMember.placed_incrementally.is_(True))) or 0
    unplaced = s.scalar(select(func.count()).select_from(Case)
                        .where(~Case.id.in_(select(ThemeMember.case_id)),
                               Case.archived_at.is_(None))) or 0
    return pending + unplaced >= ws.settings.theme_min_new_cases


def after_cases_stored(ws: Workspace, case_ids: Sequence[str], *, actor: Actor) -> None:
    """Ingest hook: once themes exist, place new cases at once, and recompute everything
    when enough new cases have piled up. Before the first recompute it does nothing."""
    with OrmSession(ws.engine) as s:
        if not s.scalar(select(func.count()).select_from(Theme)):
            return
    report = place_cases(ws, case_ids, actor=actor)
    if report.recompute_due:
        _recompute(ws, f"{actor.name} (automatic)")


def reset_themes(ws: Workspace, *, actor: Actor = LOCAL) -> None:
    """Forget all themes and decisions (a fresh start); audited."""
    require(actor, "change_themes")
    with transaction(ws.engine) as s:
        from assistant.store.models import ThemePassage

        for t in (ThemePassage, ThemeMember, ThemeDecision, Theme):
            s.execute(delete(t))
        audit.record(s, actor=actor.name, action="reset_themes", object_type="themes",
                     object_id="all")


__all__ = ["PlacementReport", "RecomputeReport", "after_cases_stored", "broad_target",
           "broad_target_of", "embed_fn", "load_cases", "place_cases", "recompute_themes",
           "reset_themes", "set_broad_target"]
