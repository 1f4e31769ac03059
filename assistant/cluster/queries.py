"""Reading themes back: the list, one theme in detail, the novel-case queue, a 2-D map,
trends per ISO week and per sprint (the recorded sprints, see
:mod:`assistant.rhythm.sprints`; before any is recorded, 90-day blocks from the first
sprint's start)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
from sqlalchemy import func, or_, select
from threadpoolctl import threadpool_limits

from assistant.errors import NotFound
from assistant.index.texts import format_timestamp, shorten
from assistant.store.db import transaction
from assistant.store.models import Case, Meta, Session, Theme, ThemeMember, ThemePassage
from assistant.workspace import Workspace

SPRINT_DAYS = 90
SPRINT_START_KEY = "sprint_start"  # Meta key (YYYY-MM-DD); default: the earliest case date


@dataclass(frozen=True)
class ThemeSummary:
    id: str
    label: str
    size: int
    keywords: tuple[str, ...]
    pinned: bool
    cohesion: float
    source: str  # cases | sessions
    status: str
    level: str = "sub"  # sub | broad
    parent_id: str | None = None  # a sub-theme's broad theme


@dataclass(frozen=True)
class BroadTheme:
    """A broad theme and the sub-themes it holds (largest first)."""

    theme: ThemeSummary
    subthemes: tuple[ThemeSummary, ...]

    @property
    def lone(self) -> ThemeSummary | None:
        """The sub-theme when the broad theme holds only one (the same cases twice over:
        screens show the pair as one row), else None."""
        return self.subthemes[0] if len(self.subthemes) == 1 else None


def same_name(a: str, b: str) -> bool:
    """Two theme names that read the same (case and spacing aside)."""
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


@dataclass(frozen=True)
class CaseRef:
    case_id: str
    title: str
    snippet: str = ""
    similarity: float = 0.0
    by_steward: bool = False


@dataclass(frozen=True)
class PassageRef:
    session_id: str
    session_title: str
    reference: str  # "Session title, 12:34 (Speaker)"
    snippet: str
    similarity: float


@dataclass(frozen=True)
class ThemeDetail(ThemeSummary):
    label_source: str = ""
    representatives: tuple[CaseRef, ...] = ()
    members: tuple[CaseRef, ...] = ()
    passages: tuple[PassageRef, ...] = ()
    weekly: tuple[tuple[str, int], ...] = ()  # (ISO week, new cases)
    merged_into: str | None = None
    subthemes: tuple[ThemeSummary, ...] = ()  # a broad theme's sub-themes


@dataclass(frozen=True)
class NovelCase:
    case_id: str
    title: str
    nearest_theme_id: str | None
    nearest_label: str
    similarity: float


@dataclass(frozen=True)
class LayoutPoint:
    case_id: str
    title: str
    theme_id: str | None
    theme_label: str | None  # None: novel
    x: float
    y: float
    vector: tuple[float, ...]
    broad_id: str | None = None
    broad_label: str | None = None


@dataclass(frozen=True)
class Growth:
    theme_id: str
    label: str
    recent: int  # new cases in the latest week
    growth: str  # against the mean of the four weeks before, e.g. "+2.5"


@dataclass(frozen=True)
class Trends:
    weeks: tuple[str, ...]
    weekly: dict[str, Sequence[int]]  # theme label -> counts per week
    sprints: tuple[str, ...]
    per_sprint: dict[str, Sequence[int]]
    growing: tuple[Growth, ...]
    ids: dict[str, str] = field(default_factory=dict)  # series name -> theme id


def _summary(t: Theme) -> ThemeSummary:
    return ThemeSummary(t.id, t.label, t.size, tuple(t.keywords or ()), t.pinned,
                        t.cohesion, t.source, t.status, t.level or "sub", t.parent_id)


def list_themes(ws: Workspace, *, include_dismissed: bool = False,
                level: str = "sub") -> list[ThemeSummary]:
    """Current themes of one level (``sub``: sub-themes and subjects raised only in
    sessions; ``broad``: broad themes): pinned first, then largest, then by id."""
    states = ("active", "dismissed") if include_dismissed else ("active",)
    with transaction(ws.engine) as s:
        rows = list(s.scalars(select(Theme).where(Theme.status.in_(states))))
    rows = [t for t in rows if (t.level or "sub") == level]
    rows.sort(key=lambda t: (not t.pinned, t.source != "cases", -t.size, t.id))
    return told_apart([_summary(t) for t in rows])


def told_apart(themes: list[ThemeSummary]) -> list[ThemeSummary]:
    """``themes`` (of one level) with the names two or more of them share told apart: each
    such name followed by a keyword of that theme the others of the name lack (its id when
    none), e.g. "Slow imports (csv)" and "Slow imports (api)". The stored names stay as
    they are; a steward's rename settles it for good."""
    same: dict[str, list[ThemeSummary]] = {}
    for t in themes:
        same.setdefault(" ".join(t.label.split()).casefold(), []).append(t)
    extra: dict[str, str] = {}
    for key, group in same.items():
        if len(group) < 2 or not key:
            continue
        for t in group:
            others = {k.casefold() for o in group if o is not t for k in o.keywords}
            mine = [k for k in t.keywords if k.casefold() not in others
                    and k.casefold() not in key]
            extra[t.id] = mine[0] if mine else t.id
    return [replace(t, label=f"{t.label} ({extra[t.id]})") if t.id in extra else t
            for t in themes]


def dismissed_themes(ws: Workspace) -> list[ThemeSummary]:
    """The dismissed themes a steward can restore: broad themes first, each level
    largest first."""
    with transaction(ws.engine) as s:
        rows = list(s.scalars(select(Theme).where(Theme.status == "dismissed")))
    rows.sort(key=lambda t: ((t.level or "sub") != "broad", -t.size, t.id))
    return [_summary(t) for t in rows]


def theme_tree(ws: Workspace, *, include_dismissed: bool = False) -> list[BroadTheme]:
    """Broad themes, each with its sub-themes: what a steward reviews."""
    subs = list_themes(ws, include_dismissed=include_dismissed)
    out = []
    for b in list_themes(ws, include_dismissed=include_dismissed, level="broad"):
        out.append(BroadTheme(b, tuple(t for t in subs if t.parent_id == b.id)))
    return out


def decisions_not_kept(ws: Workspace) -> tuple[str, ...]:
    """The steward decisions the last recompute could not keep, one sentence each saying
    which and why (empty when it kept them all, or before the first recompute)."""
    from assistant.store.models import AuditEvent

    with transaction(ws.engine) as s:
        after = s.scalar(select(AuditEvent.after)
                         .where(AuditEvent.action == "recompute_themes")
                         .order_by(AuditEvent.id.desc()).limit(1))
    return tuple(str(x) for x in (after or {}).get("not_kept", ()))


def _case_date(c: Case) -> dt.date:
    return c.submitted_on or c.created_at.date()


def _iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def get_theme(ws: Workspace, theme_id: str) -> ThemeDetail:
    """One theme with representatives, members, session passages and weekly counts."""
    with transaction(ws.engine) as s:
        t = s.get(Theme, theme_id)
        if t is None:
            raise NotFound(f"No theme {theme_id!r}. `assistant themes` lists the themes.")
        holders = [theme_id]
        if t.level == "broad":
            holders = list(s.scalars(select(Theme.id).where(Theme.parent_id == theme_id,
                                                             Theme.status == "active")))
        mem = list(s.execute(select(ThemeMember, Case).join(Case, Case.id == ThemeMember.case_id)
                             .where(ThemeMember.theme_id.in_(holders))
                             .order_by(ThemeMember.similarity.desc(), Case.id)))
        by_id = {c.id: c for _, c in mem}
        reps = [by_id[c] for c in (t.representatives or []) if c in by_id]
        prows = list(s.execute(select(ThemePassage, Session)
                               .join(Session, Session.id == ThemePassage.session_id)
                               .where(ThemePassage.theme_id == theme_id,
                                      Session.archived_at.is_(None),
                                      Session.transcript_archived_at.is_(None))
                               .order_by(ThemePassage.similarity.desc(),
                                         ThemePassage.passage_id)))
    members = tuple(CaseRef(c.id, c.title, shorten(c.problem, 200), round(m.similarity, 3),
                            m.by_steward) for m, c in mem)
    weeks: dict[str, int] = {}
    for _, c in mem:
        w = _iso_week(_case_date(c))
        weeks[w] = weeks.get(w, 0) + 1
    passages = []
    for p, sess in prows:
        first = p.text.split("\n", 1)[0]
        speaker = first.split(":", 1)[0] if ":" in first else ""
        at = format_timestamp(p.start_s)
        ref = f"{sess.title or sess.id}" + (f", {at}" if at else "") + \
            (f" ({speaker})" if speaker else "")
        passages.append(PassageRef(sess.id, sess.title, ref, shorten(p.text, 300),
                                   round(p.similarity, 3)))
    base = _summary(t)
    return ThemeDetail(**base.__dict__, label_source=t.label_source,
                       representatives=tuple(CaseRef(c.id, c.title, shorten(c.problem, 200))
                                             for c in reps),
                       members=members, passages=tuple(passages),
                       weekly=tuple(sorted(weeks.items())), merged_into=t.merged_into)


def _novel_rows(q: Any) -> Any:
    """``q`` over cases joined to their membership, narrowed to the novel queue: cases that
    fit no theme, and cases not clustered yet (no membership row)."""
    return (q.select_from(Case)
            .join(ThemeMember, ThemeMember.case_id == Case.id, isouter=True)
            .where(Case.archived_at.is_(None),
                   or_(ThemeMember.case_id.is_(None), ThemeMember.novel.is_(True))))


def novel_queue(ws: Workspace, *, limit: int | None = None) -> list[NovelCase]:
    """Cases that fit no theme, least similar to any theme first: candidates for the next
    problem-solving jam. Cases not clustered yet are listed too (no nearest theme), first.
    ``limit``: only the first so many (the store sorts and cuts; the rest are not read)."""
    # An untitled case is named by its problem's start, as the case pickers name it.
    title = func.coalesce(func.nullif(Case.title, ""), func.substr(Case.problem, 1, 100))
    q = _novel_rows(select(Case.id, title, ThemeMember.nearest_theme_id,
                           ThemeMember.similarity)).order_by(
        ThemeMember.nearest_theme_id.is_not(None),
        func.coalesce(ThemeMember.similarity, 0.0), Case.id)
    if limit is not None:
        q = q.limit(limit)
    with transaction(ws.engine) as s:
        rows = list(s.execute(q))
        near_ids = {near for _, _, near, _ in rows if near}
        labels = dict(s.execute(select(Theme.id, Theme.label)
                                .where(Theme.id.in_(near_ids))).all()) if near_ids else {}
    return [NovelCase(cid, title, near, labels.get(near or "", ""),
                      round(sim, 3) if sim is not None else 0.0)
            for cid, title, near, sim in rows]


def novel_count(ws: Workspace) -> int:
    """How many cases are in the novel queue (counted by the store)."""
    with transaction(ws.engine) as s:
        return int(s.scalar(_novel_rows(select(func.count(Case.id)))) or 0)


def case_layout(ws: Workspace, *, limit: int | None = None) -> list[LayoutPoint]:
    """Every case in 2-D, coloured by theme: cases are projected on the two principal axes
    of the theme centroids, so themes sit apart on the map (deterministic).

    ``limit``: at most that many cases, a fixed pseudo-random sample (the cases with the
    lowest content hash, so every theme shows in proportion to its size); only their
    texts and vectors are read. The axes come from the theme centroids either way."""
    from assistant.index.texts import case_text

    q = (select(Case, ThemeMember.theme_id, ThemeMember.novel)
         .join(ThemeMember, ThemeMember.case_id == Case.id, isouter=True)
         .where(Case.archived_at.is_(None)).order_by(Case.content_hash, Case.id))
    if limit is not None:
        q = q.limit(limit)
    with transaction(ws.engine) as s:
        rows: list[tuple[str, str, str]] = []
        mem: dict[str, tuple[str, bool]] = {}
        for case, tid, novel in s.execute(q):
            rows.append((case.id, case.title, case_text(case)))
            if tid is not None:
                mem[case.id] = (tid, novel)
        themes = {t.id: t for t in s.scalars(select(Theme).where(Theme.status == "active",
                                                                   Theme.source == "cases"))}
    if not rows:
        return []
    vecs = np.asarray(ws.embedder.embed([t for _, _, t in rows]), dtype=np.float64)
    titles = {cid: title for cid, title, _ in rows}
    vectors = {cid: v for (cid, _, _), v in zip(rows, vecs, strict=True)}
    broad = {t.id: t for t in themes.values() if t.level == "broad"}
    themes = {i: t for i, t in themes.items() if t.level != "broad"}
    ids = sorted(titles)
    x = np.stack([vectors[c] for c in ids])
    cents = [np.frombuffer(t.centroid, dtype=np.float32) for _, t in sorted(themes.items())
             if t.centroid]
    basis_src = np.stack(cents).astype(np.float64) if len(cents) >= 3 else x
    mean = basis_src.mean(axis=0, keepdims=True)
    # One BLAS thread: these matrices are small, and on a busy machine OpenBLAS's spinning
    # threads made this SVD take seconds instead of milliseconds.
    with threadpool_limits(1, user_api="blas"):
        if len(basis_src) >= 2:
            _, _, vt = np.linalg.svd(basis_src - mean, full_matrices=False)
            comps = vt[:2]
            signs = np.sign(comps[np.arange(len(comps)), np.abs(comps).argmax(axis=1)])
            comps = comps * signs[:, None]
            xy = (x - mean) @ comps.T
            if xy.shape[1] < 2:
                xy = np.hstack([xy, np.zeros((len(ids), 1))])
        else:
            xy = np.zeros((len(ids), 2))
    out = []
    for c, (px, py), v in zip(ids, xy.tolist(), x.tolist(), strict=True):
        m = mem.get(c)
        tid = m[0] if m is not None and not m[1] else None
        t = themes.get(tid or "")
        b = broad.get(t.parent_id or "") if t else None
        out.append(LayoutPoint(c, titles[c], tid, t.label if t else None,
                               float(px), float(py), tuple(v),
                               b.id if b else None, b.label if b else None))
    return out


def case_count(ws: Workspace) -> int:
    """How many cases are not archived (counted by the store)."""
    with transaction(ws.engine) as s:
        return int(s.scalar(select(func.count(Case.id)).where(Case.archived_at.is_(None)))
                   or 0)


# ---------------------------------------------------------------- time


def sprint_start(ws: Workspace) -> dt.date | None:
    """The first sprint's first day: the ``sprint_start`` Meta setting when set, else the
    earliest case date (submission date, else the day it was stored)."""
    with transaction(ws.engine) as s:
        meta = s.get(Meta, SPRINT_START_KEY)
        if meta is not None:
            return dt.date.fromisoformat(meta.value)
        # min over submission dates, and over the stored day of cases without one
        submitted = s.scalar(select(func.min(Case.submitted_on)))
        stored = s.scalar(select(func.min(Case.created_at))
                          .where(Case.submitted_on.is_(None)))
    dates = [d for d in (submitted, stored.date() if stored is not None else None)
             if d is not None]
    return min(dates) if dates else None


def set_sprint_start(ws: Workspace, day: dt.date, *, actor: object = None) -> None:
    """Fix the first sprint's first day (instead of the earliest case date)."""
    from assistant.auth import LOCAL, Actor, require
    from assistant.store import audit

    who = actor if isinstance(actor, Actor) else LOCAL
    require(who, "change_themes")
    with transaction(ws.engine) as s:
        s.merge(Meta(key=SPRINT_START_KEY, value=day.isoformat()))
        audit.record(s, actor=who.name, action="set_sprint_start", object_type="meta",
                     object_id=SPRINT_START_KEY, after={"value": day.isoformat()})


def _sprint_of(d: dt.date, start: dt.date) -> int:
    return (d - start).days // SPRINT_DAYS + 1


def theme_trends(ws: Workspace, *, level: str = "sub") -> Trends:
    """New cases per ISO week and per sprint for every current theme of ``level`` (sub or
    broad), and the themes growing fastest (latest week against the four weeks before).

    The sprint columns are the recorded sprints that had begun by the latest case, each
    counting the cases dated from its first day to its 90th (a case between two sprints,
    or after the last one ended, is in no sprint column; the weekly counts hold every
    case). Before any sprint is recorded: 90-day blocks from :func:`sprint_start`."""
    from assistant.rhythm.sprints import list_sprints  # it imports this module

    first = sprint_start(ws)
    recorded = list_sprints(ws)
    # The store counts member cases per theme and day; nothing per case comes back.
    day = func.coalesce(Case.submitted_on, func.date(Case.created_at))
    with transaction(ws.engine) as s:
        raw: list[Any] = list(s.execute(
            select(Theme.id, Theme.label, Theme.parent_id, day, func.count())
            .select_from(ThemeMember)
            .join(Case, Case.id == ThemeMember.case_id)
            .join(Theme, Theme.id == ThemeMember.theme_id)
            .where(ThemeMember.novel.is_(False), Theme.status == "active")
            .group_by(Theme.id, Theme.label, Theme.parent_id, day)))
        if level == "broad":
            parents = dict(s.execute(select(Theme.id, Theme.label).where(
                Theme.level == "broad", Theme.status == "active")).all())
            raw = [(p, parents[p], None, d, n) for _, _, p, d, n in raw if p in parents]
    if not raw or first is None:
        return Trends((), {}, (), {}, ())
    rows = [(_as_date(d), tid, label, int(n)) for tid, label, _, d, n in raw]
    dates = [d for d, _, _, _ in rows]
    lo, hi = min(dates), max(dates)
    lo -= dt.timedelta(days=lo.weekday())
    weeks = []
    d = lo
    while d <= hi:
        weeks.append(_iso_week(d))
        d += dt.timedelta(days=7)
    if recorded:
        begun = [x for x in recorded if x.start <= hi] or recorded[:1]
        sprints = [f"Sprint {x.number}" for x in begun]

        def slot(d: dt.date) -> int | None:
            return next((i for i, x in enumerate(begun) if x.start <= d <= x.end), None)
    else:
        start = first
        sprints = [f"Sprint {n}" for n in range(1, max(1, _sprint_of(hi, start)) + 1)]

        def slot(d: dt.date) -> int | None:
            return min(len(sprints), max(1, _sprint_of(d, start))) - 1
    labels = {tid: lab for _, tid, lab, _ in rows}
    wk: dict[str, list[int]] = {tid: [0] * len(weeks) for tid in labels}
    sp: dict[str, list[int]] = {tid: [0] * len(sprints) for tid in labels}
    widx = {w: i for i, w in enumerate(weeks)}
    for when_, tid, _, n in rows:
        wk[tid][widx[_iso_week(when_)]] += n
        if (i := slot(when_)) is not None:
            sp[tid][i] += n
    order = sorted(labels, key=lambda t: (-sum(wk[t]), t))
    names = _unique_names(order, labels)
    growing = []
    for tid in order:
        recent = wk[tid][-1]
        before = wk[tid][-5:-1]
        g = recent - (sum(before) / len(before) if before else 0.0)
        growing.append((g, tid, recent))
    growing.sort(key=lambda x: (-x[0], x[1]))
    return Trends(tuple(weeks), {names[t]: tuple(wk[t]) for t in order}, tuple(sprints),
                  {names[t]: tuple(sp[t]) for t in order},
                  tuple(Growth(tid, labels[tid], recent, f"{g:+.1f}")
                        for g, tid, recent in growing if g > 0),
                  {names[t]: t for t in order})


def _as_date(value: Any) -> dt.date:
    """A day as the store returns it: a date, a datetime, or (SQLite) 'YYYY-MM-DD'."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _unique_names(order: list[str], labels: dict[str, str]) -> dict[str, str]:
    seen: dict[str, int] = {}
    out = {}
    for tid in order:
        name = labels[tid]
        if name in seen:
            name = f"{name} ({tid})"
        seen[name] = 1
        out[tid] = name
    return out
