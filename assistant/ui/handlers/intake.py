"""Intake screen: submit one case through the form, or ingest intake sheets and transcripts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from assistant.auth import Actor
from assistant.errors import AssistantError
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
UPLOAD_TYPES = [".xlsx", ".csv", ".json", ".md", ".vtt", ".srt", ".docx", ".txt"]


def parse_date(text: str | None, what: str = "date") -> dt.date | None:
    """An ISO date from a form field; empty means none. Bad input says how to fix it."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
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
    created = getattr(result, "created", True)
    if not created:
        return f"This case is already in the library as **{esc(case_id)}**; nothing was added."
    text = f"Saved case **{esc(case_id)}**."
    theme = getattr(result, "theme_label", "") or getattr(result, "theme_id", "")
    if theme:
        text += f" It joins the theme **{esc(theme)}**."
    elif getattr(result, "novel", False):
        text += " It fits no current theme and waits in the novel-case queue."
    return text


def ingest_files(ws: Workspace, actor: Actor, paths: Sequence[str | Path] | None) -> str:
    """Ingest uploaded intake sheets and transcripts; Markdown report of what was stored."""
    from assistant.ingest.service import ingest_paths

    if not paths:
        raise AssistantError("No file chosen. Drop an intake sheet (XLSX, CSV) or a transcript "
                             "(VTT, SRT, DOCX, TXT) on the upload box first.")
    report = ingest_paths(ws, [Path(p) for p in paths], actor=actor)
    return describe_ingest(report)


def describe_ingest(report: Any) -> str:
    """Render an ingest report whatever fields it carries (counts, ids, skipped files)."""
    lines = []
    for key, label in (("cases_added", "cases added"), ("cases_skipped", "cases already known"),
                       ("sessions_added", "sessions added"),
                       ("sessions_skipped", "sessions already known"),
                       ("segments_added", "transcript segments")):
        value = getattr(report, key, None)
        if isinstance(value, int | list | tuple):
            n = value if isinstance(value, int) else len(value)
            lines.append(f"- {n} {label}")
    for warning in getattr(report, "warnings", ()) or ():
        lines.append(f"- note: {esc(warning)}")
    return "**Ingested.**\n" + ("\n".join(lines) if lines else esc(str(report)))
