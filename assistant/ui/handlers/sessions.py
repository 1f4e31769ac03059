"""Sessions screen: plan, edit the details, pre-read, transcript, recap."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


# ---- the session-details editor -----------------------------------------------------------

@dataclass(frozen=True)
class DetailsForm:
    """The editor's fields for one session, as the form holds them, and its case choices
    (the linked cases first). ``baseline`` is what the form was loaded with (JSON): the save
    sends only what differs from it, and the browser compares the form against it to warn
    about unsaved details (:mod:`assistant.ui.unsaved`)."""

    session_id: str
    title: str
    format: str
    date: str  # YYYY-MM-DD or ""
    start: str
    facilitator: str
    cases: tuple[str, ...]
    case_choices: Choices
    baseline: str

    def values(self) -> list[Any]:
        """Title, format, date, start, facilitator, cases: the editor's field order."""
        return [self.title, self.format, self.date, self.start, self.facilitator,
                list(self.cases)]


def details(ws: Workspace, actor: Actor, session_id: str | None) -> DetailsForm:
    """The chosen session's details for the editor."""
    from assistant.sessions import get_session
    from assistant.ui.unsaved import details_baseline

    v = get_session(ws, _need(session_id))
    date = v.date.isoformat() if v.date else ""
    fields = {"title": v.title, "format": v.format, "date": date, "start": v.start_time,
              "facilitator": v.facilitator, "cases": sorted(v.case_ids)}
    return DetailsForm(v.id, v.title, v.format, date, v.start_time, v.facilitator,
                       tuple(v.case_ids), case_choices(ws, actor, selected=v.case_ids),
                       details_baseline(v.id, v.title or v.id, fields))


def _case_titles(ws: Workspace, ids: str) -> str:
    """``"C1, C2"`` -> the cases' titles, quoted (an id means nothing to the reader)."""
    from assistant.ingest.service import find_case_titles

    wanted = [i for i in ids.split(", ") if i]
    titles = dict(find_case_titles(ws, limit=0, include=wanted)) if wanted else {}
    return ", ".join(f"“{esc(titles.get(i) or i)}”" for i in wanted)


def save_details(ws: Workspace, actor: Actor, session_id: str | None, baseline: str,
                 title: str, fmt: str, date: object, start: str, facilitator: str,
                 cases: list[str] | None) -> tuple[str, DetailsForm]:
    """Save what the editor changed since it was loaded (``baseline``): a field emptied
    clears that detail, a case picked or removed is linked or unlinked; what someone else
    changed meanwhile in a field left alone stays. The result message and the reloaded
    form."""
    from assistant.sessions import edit_session
    from assistant.ui.unsaved import baseline_fields

    sid = _need(session_id)
    base = baseline_fields(baseline, sid)
    day = parse_date(date, "session date")  # type: ignore[arg-type]
    now = {"title": title or "", "format": fmt or "", "date": day.isoformat() if day else "",
           "start": (start or "").strip(), "facilitator": (facilitator or "").strip()}
    changed = {k: v for k, v in now.items() if v != base.get(k)}
    picked, had = set(cases or []), set(base.get("cases") or [])
    r = edit_session(ws, sid, title=changed.get("title"), format=changed.get("format"),
                     date=changed.get("date"), start_time=changed.get("start"),
                     facilitator=changed.get("facilitator"), link=sorted(picked - had),
                     unlink=sorted(had - picked), actor=actor) \
        if changed or picked != had else None
    form = details(ws, actor, sid)
    name = esc(form.title or sid)
    if r is None or not r.changes:
        return f"Nothing to save: **{name}** already has these details.", form
    lines = [f"Saved the details of **{name}**:"]
    for c in r.changes:
        before, after = (_case_titles(ws, v) if c.field == "cases" else esc(v)
                         for v in (c.before, c.after))
        lines.append(f"- {esc(c.field)}: {before or '*none*'} → {after or '*none*'}")
    if r.drafts:
        kinds = {"preread": "pre-read", "recap": "recap", "pattern": "pattern candidate"}
        made = ", ".join(f"the {kinds.get(d.kind, d.kind)} ({status_word(d.status).lower()})"
                         for d in r.drafts)
        buttons = " and ".join(f"**{b}**" for k, b in (("preread", "Open pre-read"),
                                                          ("recap", "Draft recap"))
                               if k in r.redraft_kinds())
        lines.append(f"\n{counted(len(r.drafts), 'draft was', 'drafts were')} made from the "
                     f"old details: {made}. They stay as they are (an approved one stays "
                     f"approved); press {buttons} above to draft again from the new "
                     "details.")
    return "\n".join(lines), form
