"""Transcript passages attached to the themes they match; subjects raised in sessions but
in no case surface as themes of their own (``source="sessions"``).

A passage is a few speaker turns, and the first of them can be small talk ("Morning all, can
you hear me?") or a facilitator handing over the floor ("Senait, go ahead.") before the talk
that made it match. A theme shows each passage from its first turn about the theme
(:func:`opened`): on the tuning sessions of eval/script_sessions with linked cases (their
cases' mean standing for a theme), the passages matching it that open on a turn annotated
"other" went from 130 of 278 to 26 (session 22)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import replace

import numpy as np
from sqlalchemy import delete, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from assistant.cluster.describe import class_keywords, cohesion, keyword_label
from assistant.cluster.engine import normalize
from assistant.index.texts import Passage, chunk_segments
from assistant.store.models import Session, Theme, ThemePassage, TranscriptSegment, store_now
from assistant.summarize.steps import ASIDES, CLOSING, GREETING
from assistant.workspace import Workspace

PASSAGE_SIMILARITY = 0.45  # a passage this close (cosine) to a theme's centroid is about it
PER_THEME = 8  # passages kept per theme, best first
SESSION_THEME_DISTANCE = 0.4  # passages this close to each other (cosine distance) group
SESSION_THEME_MIN = 3  # passages, from at least two sessions, to call it a subject
# A turn shorter than this says too little to open a passage ("Senait, go ahead."). On the
# tuning sessions 4 to 6 words gave the same openings (26, 26, 25 of 278 on "other").
OPENING_WORDS = 5


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
    turns = {(g.session_id, g.position): g for x in sessions for g in x.segments}
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
        ranked = {j: sorted(hits, key=lambda h: (-h[0], passages[h[1]].id))
                  for j, hits in per.items()}
        pairs = [(passages[i], cents[j]) for j, hits in ranked.items() for _, i in hits]
        shown = iter(opened(ws, pairs, turns))
        for j, hits in ranked.items():
            kept = [(sim, p) for sim, _ in hits if (p := next(shown)) is not None]
            for sim, p in kept[:PER_THEME]:
                s.add(_row(themes[j].id, p, sim))
    # A session's first and last passages are greetings and wrap-up, never a subject.
    ends = {x.id: (ps[0].id, ps[-1].id) for x in sessions
            if (ps := [p for p in passages if p.session_id == x.id])}
    unmatched = [i for i in unmatched if passages[i].id not in ends[passages[i].session_id]]
    return _session_themes(ws, s, passages, pv, unmatched, old_session_themes, turns)


def opened(ws: Workspace, pairs: Sequence[tuple[Passage, np.ndarray]],
           turns: Mapping[tuple[str, int], TranscriptSegment]) -> list[Passage | None]:
    """Each passage of ``pairs`` (with its theme's centroid) as a theme shows it: from its
    first turn about the theme, or None when no turn of it is. A turn is about the theme
    when it has ``OPENING_WORDS`` words or more, is no greeting or goodbye (the step
    reader's :data:`~assistant.summarize.steps.GREETING` and ``CLOSING``) and is closer to
    the theme's centroid than to every one of the step reader's
    :data:`~assistant.summarize.steps.ASIDES`, what is said around a session rather than
    in it ("Can you hear me?", "Sorry I'm late"). ``turns``: (session id, position) ->
    segment."""
    spans = [[g for pos in range(p.first_position, p.last_position + 1)
              if (g := turns.get((p.session_id, pos))) is not None and g.clean_text.split()]
             for p, _ in pairs]
    texts = sorted({g.clean_text for gs in spans for g in gs})
    if not texts:
        return [None] * len(pairs)
    vec = dict(zip(texts, normalize(np.asarray(ws.embedder.embed(texts))), strict=True))
    aside = normalize(np.asarray(ws.embedder.embed(list(ASIDES))))
    out: list[Passage | None] = []
    for (p, cent), gs in zip(pairs, spans, strict=True):
        k = next((i for i, g in enumerate(gs) if _about(g.clean_text, vec[g.clean_text],
                                                         cent, aside)), None)
        if k is None:
            out.append(None)
        elif k == 0:
            out.append(p)
        else:  # the same passage, from that turn on (one chunk: it is shorter than it was)
            (q,) = chunk_segments(p.session_id, gs[k:], max_words=10**9)
            out.append(replace(q, id=p.id))
    return out


def _about(text: str, v: np.ndarray, cent: np.ndarray, aside: np.ndarray) -> bool:
    """Whether a turn (``v``: its unit vector) talks about the theme of centroid ``cent``."""
    return (len(text.split()) >= OPENING_WORDS and not GREETING.search(text)
            and not CLOSING.search(text) and float(v @ cent) > float((aside @ v).max()))


def _row(theme_id: str, p: Passage, sim: float) -> ThemePassage:
    return ThemePassage(theme_id=theme_id, passage_id=p.id, session_id=p.session_id,
                        first_position=p.first_position, last_position=p.last_position,
                        start_s=p.start_s, similarity=round(sim, 4), text=p.text)


def _session_themes(ws: Workspace, s: OrmSession, passages: list[Passage], pv: np.ndarray,
                    idx: list[int], old: list[Theme],
                    turns: Mapping[tuple[str, int], TranscriptSegment]) -> int:
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
        best = sorted(g, key=lambda i: -float(pv[i] @ cent))
        shown = opened(ws, [(passages[i], cent) for i in best], turns)
        found = [(i, p) for i, p in zip(best, shown, strict=True) if p is not None]
        for i, p in found[:PER_THEME]:
            s.add(_row(tid, p, float(pv[i] @ cent)))
    for t in old:
        if t.id not in kept:
            t.status = "gone"
    return len(groups)
