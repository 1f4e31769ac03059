"""Intake screen: submit one case through the form, or ingest intake sheets and transcripts."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from assistant.auth import Actor
from assistant.errors import AssistantError
from assistant.plural import counted
from assistant.ui.render import esc
from assistant.workspace import Workspace

#: Form fields in intake-sheet order: (key for add_case, label on screen).
CASE_FIELDS: tuple[tuple[str, str], ...] = (
    ("title", "Title"),
    ("problem", "Problem"),
    ("context", "Context"),
    ("tried", "What was tried"),
    ("outcome", "Outcome"),
    ("submitter", "Submitted by"),
    ("team", "Team"),
    ("submitted_on", "Submitted (YYYY-MM-DD)"),
    ("tags", "Tags (comma-separated)"),
)
UPLOAD_TYPES = [".xlsx", ".csv", ".json", ".jsonl", ".md", ".txt"]
TRANSCRIPT_TYPES = [".vtt", ".srt", ".docx", ".txt"]
#: How the transcript box chooses its session.
PLANNED, NEW = "A planned session", "Plan a new session"


def parse_date(value: str | float | dt.date | None, what: str = "date") -> dt.date | None:
    """A date from a form field: an ISO string, a date picker's timestamp (seconds) or
    ``YYYY-MM-DD HH:MM:SS`` string; empty means none. Bad input says how to fix it."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float):
        return dt.datetime.fromtimestamp(float(value)).date()
    text = (value or "").strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10] if len(text) > 10 and text[10] in " T"
                                     else text)
    except ValueError:
        raise AssistantError(f"The {what} {text!r} is not a date. "
                             "Write it as YYYY-MM-DD, for example 2025-03-14.") from None


def submit_case(ws: Workspace, actor: Actor, title: str, problem: str, context: str,
                tried: str, outcome: str, submitter: str, team: str, submitted_on: str,
                tags: str) -> str:
    """Store one case from the form; Markdown confirming what was stored."""
    from assistant.ingest.service import add_case

    fields: dict[str, Any] = {
        "title": title.strip(), "problem": problem.strip(), "context": context.strip(),
        "tried": tried.strip(), "outcome": outcome.strip(),
        "submitter": submitter.strip() or (actor.name if actor.role != "local" else ""),
        "team": team.strip(), "submitted_on": parse_date(submitted_on, "submission date"),
        "tags": [t.strip() for t in tags.split(",") if t.strip()],
    }
    result = add_case(ws, fields, actor=actor)
    return _describe_added_case(result)


def _describe_added_case(result: Any) -> str:
    case_id = getattr(result, "case_id", None) or getattr(result, "id", None) or str(result)
    case = getattr(result, "case", None)
    name = (getattr(case, "title", "") or getattr(case, "problem", "")[:60]) or case_id
    created = getattr(result, "created", True)
    # The id is what the command line, a session plan and a pattern's evidence name it by.
    ident = f" (id `{case_id}`)" if case_id != name else ""
    if not created:
        return (f"This case is already in the library as **{esc(name)}**{ident}; nothing "
                "was added.")
    text = f"Saved case **{esc(name)}**{ident}."
    theme = getattr(result, "theme_label", "") or getattr(result, "theme_id", "")
    if theme:
        text += f" It joins the theme **{esc(theme)}**."
    elif getattr(result, "novel", False):
        text += " It fits no current theme and waits in the novel-case queue."
    return text


def user_named(exc: AssistantError, paths: Sequence[str | Path]) -> AssistantError:
    """The same error with Gradio's temporary upload paths replaced by the file names the
    user chose (the upload keeps the name, in a hashed temporary folder)."""
    text = _file_names(str(exc), paths)
    return exc if text == str(exc) else type(exc)(text)


def ingest_files(ws: Workspace, actor: Actor, paths: Sequence[str | Path] | None,
                 columns: str = "") -> str:
    """Ingest uploaded intake sheets; Markdown report of what was stored. A transcript in
    the list is refused: it goes in the transcript box, which asks for its session.
    ``columns``: "problem=Description, title=Subject" for headers the reader does not know
    (the command line's ``--map``)."""
    from assistant.ingest.cases import parse_mapping
    from assistant.ingest.service import ingest_paths
    from assistant.ingest.transcripts import looks_like_transcript

    if not paths:
        raise AssistantError("No file chosen. Drop an intake sheet (XLSX, CSV, JSON) or "
                             "Markdown cases on the upload box first.")
    for p in paths:
        suffix = Path(p).suffix.lower()
        is_txt_transcript = suffix == ".txt" and _txt_is_transcript(Path(p),
                                                                    looks_like_transcript)
        if suffix in (".vtt", ".srt", ".docx") or is_txt_transcript:
            raise AssistantError(f"{Path(p).name} is a transcript. Use 'Upload a session "
                                 "transcript' below, so it lands in its session.")
    mapping = parse_mapping([p for p in re.split(r"[,\n]", columns or "") if p.strip()])
    try:
        # progress: tqdm bars the app's progress display follows (gr.Progress(track_tqdm))
        report = ingest_paths(ws, [Path(p) for p in paths], actor=actor, mapping=mapping,
                              progress=True)
    except AssistantError as exc:
        raise user_named(exc, paths) from exc
    # notes name the file as the user chose it, not as the upload's temporary path
    named = tuple(_file_names(w, paths) for w in report.warnings)
    return describe_ingest(dataclasses.replace(report, warnings=named))


def _file_names(text: str, paths: Sequence[str | Path]) -> str:
    """``text`` with the upload's temporary paths replaced by the file names."""
    for p in sorted((str(p) for p in paths), key=len, reverse=True):
        text = text.replace(p, Path(p).name)
    return text


def _txt_is_transcript(path: Path, check: Any) -> bool:
    try:
        return bool(check(path.read_text(encoding="utf-8", errors="replace")))
    except OSError:
        return False


def store_transcript(ws: Workspace, actor: Actor, path: str | None, mode: str,
                     session_id: str | None, title: str = "", fmt: str = "",
                     date: Any = None, start: str = "", facilitator: str = "",
                     case_ids: Sequence[str] = ()) -> tuple[str, str]:
    """Store an uploaded transcript in the session it belongs to: a planned session, or one
    planned here (title, format, date, optional ``HH:MM`` start time, facilitator, cases;
    the plan form's order; the date is required unless the file gives it). The file is read
    and checked before a new session is planned, so a bad file plans nothing. Returns
    (message, session id)."""
    from assistant.ingest.service import stored_session_of
    from assistant.ingest.sessionmeta import WHY_A_DATE
    from assistant.ingest.transcripts import read_transcript
    from assistant.sessions import attach_transcript, get_session, plan_session

    if not path:
        raise AssistantError("No transcript chosen. Drop a VTT, SRT, DOCX or TXT file on the "
                             "transcript box first.")
    try:
        rec = read_transcript(Path(path))  # a malformed file stops here, before any planning
        if mode == NEW:
            if not title.strip():
                raise AssistantError("Give the new session a title (and its date and "
                                     "facilitator), or choose a planned session.")
            known = stored_session_of(ws, rec)
            if known is not None:  # stored before: its session takes the details given
                return _details_again(ws, actor, path, known, title, fmt, date, start,
                                      facilitator, case_ids), known
            # A held session has its day; a VTT or SRT file does not say it (a Teams DOCX
            # may): ask, before anything is planned.
            day = parse_date(date, "session date") or rec.date
            if day is None:
                raise AssistantError("Give the new session the day it was held (Date, "
                                     f"YYYY-MM-DD): {WHY_A_DATE}, and this file does not "
                                     "say when the meeting was. Nothing was stored.")
            planned = plan_session(ws, title=title.strip(), format=fmt or "problem-solving jam",
                                   date=day,
                                   start_time=(start or "").strip(),
                                   facilitator=facilitator.strip() or
                                   (actor.name if actor.role != "local" else ""),
                                   case_ids=list(case_ids), actor=actor)
            sid = planned.id
        else:
            if not session_id:
                raise AssistantError("Choose the session this transcript belongs to, or "
                                     f"choose '{NEW}'.")
            sid = session_id
        result = attach_transcript(ws, sid, Path(path), actor=actor)
    except AssistantError as exc:
        raise user_named(exc, [path]) from exc
    title_now = get_session(ws, sid).title or sid
    return (f"Stored **{esc(Path(path).name)}** in the session **{esc(title_now)}**: "
            f"{counted(result.segments, 'speaker turn')}. Draft its recap on the Sessions "
            "screen.", sid)


def _details_again(ws: Workspace, actor: Actor, path: str, sid: str, title: str, fmt: str,
                   date: Any, start: str, facilitator: str, case_ids: Sequence[str]) -> str:
    """A transcript stored before, uploaded again for a new session: the ingest service
    sets the details given on its session (as `assistant ingest` does), and says which."""
    from assistant.ingest.service import ingest_paths
    from assistant.sessions import get_session

    meta = {"title": title.strip(), "format": fmt, "date": parse_date(date, "session date"),
            "start_time": (start or "").strip(), "facilitator": facilitator.strip(),
            "cases": list(case_ids)}
    f = ingest_paths(ws, [Path(path)], actor=actor, session_meta=meta).files[0]
    said = "; ".join(esc(c.describe(sid)) for c in f.changes)
    return (f"**{esc(Path(path).name)}** is already stored in the session "
            f"**{esc(get_session(ws, sid).title or sid)}**; "
            + (f"{said}." if said else "its details are unchanged."))


def describe_ingest(report: Any) -> str:
    """Render an ingest report whatever fields it carries (counts, ids, skipped files)."""
    lines = []
    for key, noun, what in (("cases_added", "case", " added"),
                            ("cases_skipped", "case", " already known"),
                            ("cases_updated", "case", " updated (empty fields filled in)"),
                            ("sessions_added", "session", " added"),
                            ("sessions_skipped", "session", " already known"),
                            ("segments_added", "speaker turn", "")):
        value = getattr(report, key, None)
        if key == "cases_updated" and not value:
            continue  # said only when it happened
        if isinstance(value, int | list | tuple):
            n = value if isinstance(value, int) else len(value)
            lines.append(f"- {counted(n, noun)}{what}")
    for warning in getattr(report, "warnings", ()) or ():
        lines.append(f"- note: {esc(warning)}")
    return "**Ingested.**\n" + ("\n".join(lines) if lines else esc(str(report)))
