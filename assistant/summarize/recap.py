"""The five-bullet recap of a session, with its action items."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session as OrmSession

from assistant.auth import LOCAL, Actor, require
from assistant.errors import DraftError
from assistant.store.models import Session
from assistant.summarize.actions import extract_actions
from assistant.summarize.core import (
    NEUTRAL_STEPS,
    RECAP_STEPS,
    Seg,
    extractive_recap,
    fmt_ts,
    ground_bullets,
)
from assistant.summarize.drafter import DraftRequest, apply, drafter_for, workspace_people
from assistant.summarize.drafts import (
    Built,
    DraftRecord,
    case_problems,
    case_text,
    deadline_of,
    load_session,
    note,
    render_prompt,
    store,
)
from assistant.summarize.steps import OTHER, assign_steps
from assistant.workspace import Workspace


def build_recap(ws: Workspace, session_id: str) -> tuple[Built, Session]:
    with OrmSession(ws.engine, expire_on_commit=False) as s:
        x = load_session(s, session_id)
        if not x.segments:
            raise DraftError(f"Session {session_id} has no transcript yet; attach one first "
                             "(`assistant sessions attach SESSION FILE`), then draft the recap.")
        segs = [Seg(g.position, g.speaker, g.clean_text or g.text, g.start_s, x.id)
                for g in x.segments]
        cases = {c.id: case_text(c) for c in x.cases}
        problems = case_problems(x.cases)
        names = sorted({g.speaker for g in x.segments} | {c.submitter for c in x.cases}
                       | {x.facilitator} - {""})
        s.expunge_all()
    sources: dict[tuple[Any, ...], str] = {("seg", x.id, g.position): g.text for g in segs}
    sources.update({("case", k): v for k, v in cases.items()})
    per_turn = assign_steps(segs, x.facilitator or "", ws.embedder.embed,
                            session_format=x.format or "", case_problems=problems)
    scripted = any(st != OTHER for st in per_turn)
    heads = RECAP_STEPS if scripted else NEUTRAL_STEPS
    prompt, phash = render_prompt(
        ws, "recap", session_title=x.title or x.id, session_format=x.format,
        session_id=x.id, steps=heads,
        cases=[{"id": c.id, "title": c.title, "problem": c.problem} for c in x.cases],
        segments=[{"position": g.position, "speaker": g.speaker,
                   "timestamp": fmt_ts(g.start_s, g.position), "text": g.text} for g in segs])
    built = Built({}, [], prompt_name="recap", prompt_hash=phash)
    request = DraftRequest(
        "recap", prompt, [st for st, _ in heads], dict(heads), set(sources),
        lambda: extractive_recap(segs, ws.embedder.embed, session_id=x.id, case_texts=cases,
                                 steps=per_turn),
        names=names, segs={(x.id, g.position): g for g in segs})
    bullets = apply(built, drafter_for(ws).draft(request))
    graded, flags = ground_bullets(bullets, sources, ws.embedder.embed,
                                   speakers={g.speaker for g in segs})
    built.content = {"title": f"Recap: {x.title or x.id}", "bullets": graded,
                     "note": note(built), "session_id": x.id, "scripted": scripted,
                     # a task is handed on only to someone the workspace knows by name
                     "actions": extract_actions(segs, session_id=x.id,
                                                roster=workspace_people(ws)),
                     # each turn's step, so a pattern drafted from this recap reuses them
                     "steps": [[g.position, st] for g, st in zip(segs, per_turn, strict=True)]}
    built.flags = flags
    return built, x


def draft_recap(ws: Workspace, session_id: str, *, actor: Actor = LOCAL,
                over_edit: bool = True) -> DraftRecord:
    """Draft the five-bullet recap of a session from its transcript, with its actions."""
    require(actor, "draft")
    b, x = build_recap(ws, session_id)
    return store(ws, actor, "recap", "session", session_id, b, deadline_of(ws, x),
                 over_edit=over_edit)
