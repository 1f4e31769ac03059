"""Indexing and semantic search over cases, transcript passages and patterns."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from assistant.errors import AssistantError
from assistant.index.embedder import CachedEmbedder
from assistant.index.texts import (
    case_text,
    chunk_segments,
    format_timestamp,
    library_version,
    pattern_text,
    shorten,
)
from assistant.index.vectors import KINDS, Kind, VectorHit
from assistant.store.models import Case, Pattern, Session, TranscriptSegment
from assistant.workspace import Workspace, catch_up

log = logging.getLogger(__name__)

SNIPPET_CHARS = 220  # a search hit shows this much of its text (whole words, then "…")


def index_cases(ws: Workspace, cases: Sequence[Case], *, progress: bool = False) -> int:
    """Embed (through the cache) and upsert cases into the ``cases`` collection."""
    if not cases:
        return 0
    texts = [case_text(c) for c in cases]
    vecs = ws.embedder.embed(texts, progress=progress)
    metas = [{"title": c.title, "team": c.team, "submitter": c.submitter,
              "submitted_on": c.submitted_on.isoformat() if c.submitted_on else ""}
             for c in cases]
    ws.index.upsert("cases", [c.id for c in cases], vecs, metas)
    return len(cases)


def index_sessions(ws: Workspace, sessions: Sequence[Session], *, progress: bool = False) -> int:
    """Chunk each session's segments into passages and upsert them into ``segments``."""
    passages = [p for s in sessions for p in chunk_segments(s.id, s.segments)]
    if not passages:
        return 0
    vecs = ws.embedder.embed([p.text for p in passages], progress=progress)
    titles = {s.id: s.title for s in sessions}
    metas: list[dict[str, str | int | float | bool]] = [
        {"session_id": p.session_id, "session_title": titles[p.session_id],
         "speakers": ", ".join(p.speakers), "first_position": p.first_position,
         "last_position": p.last_position,
         "start_s": p.start_s if p.start_s is not None else -1.0,
         "end_s": p.end_s if p.end_s is not None else -1.0} for p in passages]
    ws.index.upsert("segments", [p.id for p in passages], vecs, metas)
    return len(passages)


def index_patterns(ws: Workspace, patterns: Sequence[Pattern]) -> int:
    """Upsert published patterns into the ``patterns`` collection (each as the library holds
    it: :func:`assistant.index.texts.library_version`)."""
    if not patterns:
        return 0
    texts = [pattern_text(p) for p in patterns]
    vecs = ws.embedder.embed(texts)
    ws.index.upsert("patterns", [p.id for p in patterns], vecs,
                    [{"name": p.name, "status": p.status} for p in patterns])
    return len(patterns)


@dataclass(frozen=True)
class ReindexReport:
    cases: int
    passages: int
    patterns: int
    moved_aside: str = ""  # where a damaged index folder was moved, if it was


def reindex(ws: Workspace, *, progress: bool = False) -> ReindexReport:
    """Drop every collection and rebuild it from the record store.

    A damaged embedded index (files Chroma cannot open) is moved aside first, with a log
    line saying where; the rebuild goes through the outbox, so an interrupted rebuild
    resumes at the next reconcile.
    """
    from assistant.index.outbox import enqueue_all, reconcile

    moved = ws.index.reset_all()
    enqueue_all(ws)
    reconcile(ws, progress=progress)
    report = ReindexReport(cases=ws.index.count("cases"), passages=ws.index.count("segments"),
                           patterns=ws.index.count("patterns"),
                           moved_aside=str(moved) if moved else "")
    log.info("reindexed %d cases, %d passages, %d patterns", report.cases, report.passages,
             report.patterns)
    return report


@dataclass(frozen=True)
class SearchHit:
    kind: Kind
    id: str
    score: float
    title: str  # case title, session title, or pattern name
    snippet: str
    reference: str  # human-readable source: "case C1a2b3c4", "Session X, Priya at 3:05"
    session_id: str = ""
    speaker: str = ""
    timestamp: str = ""
    first_position: int = -1  # a passage's first and last speaker turn
    last_position: int = -1


def _hit_texts(ws: Workspace, kind: Kind, hits: Sequence[VectorHit]) -> dict[str, str]:
    """The text behind each hit, read from the record store by id."""
    if not hits:
        return {}
    with OrmSession(ws.engine) as s:
        if kind == "cases":
            rows = s.scalars(select(Case).where(Case.id.in_([h.id for h in hits]),
                                                Case.archived_at.is_(None)))
            return {c.id: c.problem for c in rows}
        if kind == "patterns":
            pats = s.scalars(select(Pattern).where(Pattern.id.in_([h.id for h in hits])))
            return {p.id: pattern_text(v) for p in pats if (v := library_version(p)) is not None}
        out: dict[str, str] = {}
        hidden = set(s.scalars(select(Session.id).where(
            Session.id.in_([str(h.metadata.get("session_id", "")) for h in hits]),
            (Session.archived_at.is_not(None)) | (Session.transcript_archived_at.is_not(None)))))
        for h in hits:
            if str(h.metadata.get("session_id", "")) in hidden:
                continue
            m = h.metadata
            segs = s.scalars(select(TranscriptSegment).where(
                TranscriptSegment.session_id == str(m.get("session_id", "")),
                TranscriptSegment.position >= int(m.get("first_position", 0)),
                TranscriptSegment.position <= int(m.get("last_position", -1)),
            ).order_by(TranscriptSegment.position)).all()
            if segs:
                out[h.id] = " ".join(f"{g.speaker}: {g.clean_text}" if g.speaker else g.clean_text
                                     for g in segs)
        return out


def _refill_if_lost(ws: Workspace, kind: Kind) -> None:
    """An index that lacks stored records of ``kind`` (its folder deleted, a database
    restored beside an empty index) has lost some: queue what it lacks and index it before
    the search answers. Cheap per search: two counts; the ids are compared only when the
    index holds fewer entries than records (cases, patterns) or, for transcript passages
    (several per session), when either count changed since the last comparison. A failure
    is logged, not raised: the search then answers from what the index holds."""
    from assistant.index.audit import indexable_counts, missing_ids, requeue_missing
    from assistant.index.outbox import reconcile

    try:
        held, stored = ws.index.count(kind), indexable_counts(ws)[kind]
        memo = ws.extras.setdefault("index_counts_checked", {})
        if memo.get(kind) == (held, stored):
            return
        if (kind != "segments" and held >= stored) or not any(missing_ids(ws, [kind]).values()):
            memo[kind] = (held, stored)
            return
        if requeue_missing(ws, [kind], exact=False):
            reconcile(ws)
    except AssistantError as exc:
        log.warning("the vector index lacks stored records and could not be refilled: %s",
                    exc)


def _query_vector(ws: Workspace, query: str) -> Any:
    if not query.strip():
        raise AssistantError("The search query is empty; type what you are looking for.")
    # A query is embedded but not cached: one-off texts would only grow the cache.
    return (ws.embedder.embed([query], store=False) if isinstance(ws.embedder, CachedEmbedder)
            else ws.embedder.embed([query]))[0]


def search(ws: Workspace, query: str, *, kind: Kind = "cases", limit: int = 5,
           vector: Any = None) -> list[SearchHit]:
    """Rank records of ``kind`` by meaning against ``query`` (``vector``: its embedding,
    when the caller already has it)."""
    if kind not in KINDS:
        raise AssistantError(f"Unknown search kind {kind!r}; use one of {', '.join(KINDS)}.")
    vec = _query_vector(ws, query) if vector is None else vector
    catch_up(ws)
    _refill_if_lost(ws, kind)
    hits = ws.index.query(kind, vec, max(1, limit))
    texts = _hit_texts(ws, kind, hits)
    out: list[SearchHit] = []
    for h in hits:
        if h.id not in texts:  # indexed but gone from the record store: reindex will drop it
            continue
        m = h.metadata
        body = texts[h.id]
        if kind == "patterns":  # its first line is the name, which is the hit's title
            body = body.partition("\n")[2] or body
        snippet = shorten(body, SNIPPET_CHARS)
        if kind == "cases":
            out.append(SearchHit(kind, h.id, h.score, str(m.get("title", "")), snippet,
                                 f"case {h.id}"))
        elif kind == "segments":
            start = float(m.get("start_s", -1.0))
            ts = format_timestamp(start) if start >= 0 else ""
            speaker = str(m.get("speakers", "")).split(", ")[0]
            title = str(m.get("session_title", ""))
            ref = f"session {m.get('session_id')} ({title}), {speaker}" + (f" at {ts}" if ts
                                                                             else "")
            out.append(SearchHit(kind, h.id, h.score, title, snippet, ref,
                                 session_id=str(m.get("session_id", "")), speaker=speaker,
                                 timestamp=ts, first_position=int(m.get("first_position", -1)),
                                 last_position=int(m.get("last_position", -1))))
        else:
            out.append(SearchHit(kind, h.id, h.score, str(m.get("name", "")), snippet,
                                 f"pattern {h.id}"))
    return out


#: Below this cosine similarity a hit is unrelated to the query (MiniLM puts sentences on
#: different subjects around 0.0-0.15), so a search across kinds leaves it out rather than
#: letting the only record of a small kind top the list.
SIMILARITY_FLOOR = 0.2


def search_across(ws: Workspace, query: str, kinds: Sequence[Kind] = KINDS, *,
                  limit: int = 10, floor: float = SIMILARITY_FLOOR) -> list[SearchHit]:
    """One ranking over several kinds (cases, passages, patterns) by similarity, best
    first, without hits below ``floor``."""
    vec = _query_vector(ws, query)  # once, whatever the number of kinds
    hits = [h for kind in kinds for h in search(ws, query, kind=kind, limit=limit,
                                                vector=vec)]
    return sorted((h for h in hits if h.score >= floor),
                  key=lambda h: (-h.score, h.kind, h.id))[:limit]
