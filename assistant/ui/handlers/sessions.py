"""Sessions screen: plan, pre-read, transcript, recap."""

from __future__ import annotations

from pathlib import Path

from assistant.auth import Actor
from assistant.errors import AssistantError
from assistant.plural import counted
from assistant.ui.handlers.intake import parse_date
from assistant.ui.render import choice_label, esc, inert_markdown, table
from assistant.ui.words import status_word
from assistant.workspace import Workspace

Choices = tuple[tuple[str, str], ...]
#: Cases a case picker lists at once (the newest, or those matching what was typed).
CASE_CHOICES = 200


def case_choices(ws: Workspace, actor: Actor, query: str = "",
                 selected: list[str] | tuple[str, ...] = ()) -> Choices:
    """Cases to pick for a session: what is already picked, then the newest cases (or the
    ones whose title or problem contains ``query``), at most :data:`CASE_CHOICES`."""
    from assistant.ingest.service import find_case_titles

    return tuple((choice_label(cid, title), cid) for cid, title in
                 find_case_titles(ws, query, limit=CASE_CHOICES, include=list(selected)))


def overview(ws: Workspace, actor: Actor) -> tuple[str, Choices, Choices]:
    """The sessions table, the session choices and the first case choices for planning."""
    from assistant.sessions import list_sessions

    sessions = list_sessions(ws)
    rows = [(s.title, s.format, s.date, s.facilitator, len(s.case_ids),
             "yes" if s.has_transcript else ("archived" if s.transcript_archived else "no"),
             status_word(s.recap_status) if s.recap_status else "—") for s in sessions]
    md = table(("title", "format", "date", "facilitator", "cases", "transcript",
                "recap"), rows)
    session_choices = tuple((choice_label(s.id, f"{s.date or ''} {s.title}"), s.id)
                            for s in sessions)
    return md, session_choices, case_choices(ws, actor)


def planned_without_transcript(ws: Workspace, actor: Actor) -> Choices:
    """Sessions a transcript can go into (none yet), most recent date first."""
    from assistant.sessions import list_sessions

    free = [s for s in list_sessions(ws) if not s.has_transcript and not s.transcript_archived]
    free.sort(key=lambda s: (s.date is None, -(s.date.toordinal() if s.date else 0), s.title))
    return tuple((choice_label(s.id, f"{s.date or 'undated'} · {s.title}"
                               + (f" · {s.facilitator}" if s.facilitator else "")), s.id)
                 for s in free)


def plan(ws: Workspace, actor: Actor, title: str, fmt: str, date: object, start_time: str,
         facilitator: str, case_ids: list[str]) -> tuple[str, str]:
    """Plan a session; a confirmation and the new session's id."""
    from assistant.sessions import plan_session

    session = plan_session(ws, title=title.strip(), format=fmt,
                           date=parse_date(date, "session date"),  # type: ignore[arg-type]
                           start_time=start_time.strip(),
                           facilitator=facilitator.strip() or actor.name,
                           case_ids=list(case_ids), actor=actor)
    return (f"Planned **{esc(session.title or session.id)}** with "
            f"{counted(len(case_ids), 'case')}. Open its pre-read below.", session.id)


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
    from assistant.sessions import get_session
    from assistant.ui.handlers.intake import user_named

    try:
        result = attach_transcript(ws, sid, Path(path), actor=actor)
    except AssistantError as exc:
        raise user_named(exc, [path]) from exc
    title = get_session(ws, sid).title or sid
    return (f"Attached the transcript to **{esc(title)}**: "
            f"{counted(result.segments, 'speaker turn')}.")


def draft_recap(ws: Workspace, actor: Actor, session_id: str | None) -> tuple[str, str]:
    """Draft the five-bullet recap; a message and the draft id (opened in Review)."""
    from assistant.summarize import draft_recap as make_recap

    draft = make_recap(ws, _need(session_id), actor=actor)
    if draft.version > 1:  # the session's open recap, drafted again
        return (f"Recap drafted again as version {draft.version} of the open draft. It is "
                "open in the Review tab.", draft.id)
    return "Recap drafted. It is open in the Review tab.", draft.id
