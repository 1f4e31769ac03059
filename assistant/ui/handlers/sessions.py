"""Sessions screen: plan, pre-read, transcript, recap."""

from __future__ import annotations

from pathlib import Path

from assistant.auth import Actor
from assistant.errors import AssistantError
from assistant.ui.handlers.intake import parse_date
from assistant.ui.render import choice_label, esc, inert_markdown, table
from assistant.workspace import Workspace

Choices = tuple[tuple[str, str], ...]


def overview(ws: Workspace, actor: Actor) -> tuple[str, Choices, Choices]:
    """The sessions table, the session choices and the case choices for planning."""
    from assistant.ingest.service import list_cases
    from assistant.sessions import list_sessions

    sessions = list_sessions(ws)
    rows = [(s.id, s.title, s.format, s.date, s.facilitator, len(s.case_ids),
             "yes" if s.has_transcript else "no", s.recap_status or "—") for s in sessions]
    md = table(("id", "title", "format", "date", "facilitator", "cases", "transcript",
                "recap"), rows)
    session_choices = tuple((choice_label(s.id, f"{s.date or ''} {s.title}"), s.id)
                            for s in sessions)
    case_choices = tuple((choice_label(c.id, c.title or c.problem), c.id)
                         for c in list_cases(ws))
    return md, session_choices, case_choices


def plan(ws: Workspace, actor: Actor, title: str, fmt: str, date: str, start_time: str,
         facilitator: str, case_ids: list[str]) -> tuple[str, str]:
    """Plan a session; a confirmation and the new session's id."""
    from assistant.sessions import plan_session

    session = plan_session(ws, title=title.strip(), format=fmt,
                           date=parse_date(date, "session date"),
                           start_time=start_time.strip(),
                           facilitator=facilitator.strip() or actor.name,
                           case_ids=list(case_ids), actor=actor)
    return (f"Planned **{esc(session.title or session.id)}** ({esc(session.id)}) with "
            f"{len(case_ids)} case(s). Open its pre-read below.", session.id)


def _need(session_id: str | None) -> str:
    if not session_id:
        raise AssistantError("Choose a session first (the Session list above).")
    return session_id


def preread(ws: Workspace, actor: Actor, session_id: str | None) -> str:
    """Draft (or reuse) the session's pre-read and render it."""
    from assistant.summarize import draft_preread

    draft = draft_preread(ws, _need(session_id), actor=actor)
    return inert_markdown(draft.text)


def attach(ws: Workspace, actor: Actor, session_id: str | None, path: str | None) -> str:
    from assistant.sessions import attach_transcript

    sid = _need(session_id)
    if not path:
        raise AssistantError("No transcript chosen. Drop a VTT, SRT, DOCX or TXT file "
                             "on the Transcript box first.")
    result = attach_transcript(ws, sid, Path(path), actor=actor)
    n = getattr(result, "segments", None)
    return f"Attached the transcript to {esc(sid)}" + (f": {n} segments." if n else ".")


def draft_recap(ws: Workspace, actor: Actor, session_id: str | None) -> tuple[str, str]:
    """Draft the five-bullet recap; a message and the draft id (opened in Review)."""
    from assistant.summarize import draft_recap as make_recap

    draft = make_recap(ws, _need(session_id), actor=actor)
    return f"Recap drafted: **{esc(draft.id)}**. It is open in the Review tab.", draft.id
