"""Transcript passages attached to the themes they match; subjects raised in sessions but
in no case surface as themes of their own (``source="sessions"``)."""

from __future__ import annotations

import hashlib

import numpy as np
from sqlalchemy import delete, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from assistant.cluster.describe import class_keywords, cohesion, keyword_label
from assistant.cluster.engine import normalize
from assistant.index.texts import Passage, chunk_segments
from assistant.store.models import Session, Theme, ThemePassage, store_now
from assistant.workspace import Workspace

PASSAGE_SIMILARITY = 0.45  # a passage this close (cosine) to a theme's centroid is about it
PER_THEME = 8  # passages kept per theme, best first
SESSION_THEME_DISTANCE = 0.4  # passages this close to each other (cosine distance) group
SESSION_THEME_MIN = 3  # passages, from at least two sessions, to call it a subject


def attach_passages(ws: Workspace, s: OrmSession, *, vectors: object = None) -> int:
    """Rebuild ``theme_passages``; returns how many session-only themes there are."""
    sessions = list(s.scalars(select(Session).options(selectinload(Session.segments))
                              .where(Session.archived_at.is_(None),
                                     Session.transcript_archived_at.is_(None))
                              .order_by(Session.id)))
    passages = [p for x in sessions for p in chunk_segments(x.id, x.segments)]
    s.execute(delete(ThemePassage))
    themes = list(s.scalars(select(Theme).where(Theme.status == "active",
                                                 Theme.source == "cases",
                                                 Theme.centroid.is_not(None))
                            .order_by(Theme.id)))
    old_session_themes = list(s.scalars(select(Theme).where(Theme.source == "sessions")))
    if not passages:
        for t in old_session_themes:
            t.status = "gone"
        return 0
    pv = normalize(np.asarray(ws.embedder.embed([p.text for p in passages])))
    unmatched = list(range(len(passages)))
    if themes:
        cents = np.stack([np.frombuffer(t.centroid or b"", dtype=np.float32)
                          for t in themes]).astype(np.float64)
        sims = pv @ cents.T
        best = sims.argmax(axis=1)
        per: dict[int, list[tuple[float, int]]] = {}
        unmatched = []
        for i, j in enumerate(best.tolist()):
            if sims[i, j] >= PASSAGE_SIMILARITY:
                per.setdefault(j, []).append((float(sims[i, j]), i))
            else:
                unmatched.append(i)
        for j, hits in per.items():
            for sim, i in sorted(hits, key=lambda h: (-h[0], passages[h[1]].id))[:PER_THEME]:
                s.add(_row(themes[j].id, passages[i], sim))
    # A session's first and last passages are greetings and wrap-up, never a subject.
    ends = {x.id: (ps[0].id, ps[-1].id) for x in sessions
            if (ps := [p for p in passages if p.session_id == x.id])}
    unmatched = [i for i in unmatched if passages[i].id not in ends[passages[i].session_id]]
    return _session_themes(s, passages, pv, unmatched, old_session_themes)


def _row(theme_id: str, p: Passage, sim: float) -> ThemePassage:
    return ThemePassage(theme_id=theme_id, passage_id=p.id, session_id=p.session_id,
                        first_position=p.first_position, last_position=p.last_position,
                        start_s=p.start_s, similarity=round(sim, 4), text=p.text)


def _session_themes(s: OrmSession, passages: list[Passage], pv: np.ndarray,
                    idx: list[int], old: list[Theme]) -> int:
    """Group passages that match no case theme; a group spanning two or more sessions is a
    subject people raise that nobody has written a case about."""
    groups: list[list[int]] = []
    if len(idx) >= SESSION_THEME_MIN:
        from sklearn.cluster import AgglomerativeClustering

        labels = AgglomerativeClustering(
            n_clusters=None, metric="cosine", linkage="average",
            distance_threshold=SESSION_THEME_DISTANCE).fit_predict(pv[idx])
        for lab in sorted(set(labels.tolist())):
            g = [idx[i] for i in np.nonzero(labels == lab)[0]]
            if len(g) >= SESSION_THEME_MIN and len({passages[i].session_id for i in g}) >= 2:
                groups.append(g)
    # A session theme keeps its passage ids in ``representatives``; they identify it.
    old_members = {t.id: set(t.representatives or []) for t in old}
    kws = class_keywords([[passages[i].text for i in g] for g in groups])
    now = store_now(s)
    kept = set()
    for g, words in zip(groups, kws, strict=True):
        pids = {passages[i].id for i in g}
        tid = next((t for t in sorted(old_members, key=lambda t: -len(old_members[t] & pids))
                    if t not in kept and len(old_members[t] & pids) * 2 >= len(pids)), None)
        if tid is None:
            tid = "ts" + hashlib.sha1("\n".join(sorted(pids)).encode()).hexdigest()[:10]
        kept.add(tid)
        t = s.get(Theme, tid)
        if t is None:
            t = Theme(id=tid, source="sessions", created_at=now)
            s.add(t)
        if not t.label:
            t.label, t.label_source = keyword_label(words), "keywords"
        cent = normalize(pv[g].mean(axis=0)[None])[0]
        t.keywords, t.status, t.size, t.updated_at = list(words), "active", 0, now
        t.cohesion = round(cohesion(pv[g], cent), 4)
        t.representatives = sorted(pids)  # for a session theme: its passage ids
        t.centroid = cent.astype(np.float32).tobytes()
        s.flush()
        for i in sorted(g, key=lambda i: -float(pv[i] @ cent))[:PER_THEME]:
            s.add(_row(tid, passages[i], float(pv[i] @ cent)))
    for t in old:
        if t.id not in kept:
            t.status = "gone"
    return len(groups)
