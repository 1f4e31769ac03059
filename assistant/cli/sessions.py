"""``assistant sessions``: plan a session, attach its transcript, list and show sessions."""

from __future__ import annotations

from pathlib import Path

import typer

from assistant.cli.common import app, echo, local_actor, workspace
from assistant.plural import counted

sessions_app = typer.Typer(no_args_is_help=True, help="Plan sessions and attach their "
                           "transcripts (then `assistant draft recap SESSION`).")
app.add_typer(sessions_app, name="sessions")


@sessions_app.command("list")
def sessions_list() -> None:
    """Every session with its date, format, cases and recap status."""
    from assistant.sessions import list_sessions

    rows = list_sessions(workspace())
    if not rows:
        echo("No sessions yet. Plan one with `assistant sessions plan`.")
    for v in rows:
        recap = v.recap_status or ("no recap" if v.has_transcript else "no transcript")
        echo(f"{v.id}  {v.date or 'undated'}  {v.format:20} {v.title}  "
             f"[{counted(len(v.case_ids), 'case')}, {recap}]")


@sessions_app.command("plan")
def sessions_plan(
    title: str = typer.Argument(..., help="e.g. 'Office hours: SSO'"),
    format: str = typer.Option("problem-solving jam", "--format",
                               help="problem-solving jam, office hours, show-and-tell demo "
                                    "or demo day"),
    date: str | None = typer.Option(None, "--date", help="YYYY-MM-DD"),
    start: str = typer.Option("", "--start", help="HH:MM, local time"),
    facilitator: str = typer.Option("", "--facilitator", help="Who runs it."),
    case: list[str] = typer.Option([], "--case", help="A case id; repeat for more."),
) -> None:
    """Plan a session on some cases; prints its id."""
    from assistant.sessions import plan_session

    v = plan_session(workspace(), title=title, format=format, date=date, start_time=start,
                     facilitator=facilitator, case_ids=case, actor=local_actor())
    echo(f"Planned {v.id}: {v.title} ({v.format}, {v.date or 'undated'}) with "
         f"{counted(len(v.case_ids), 'case')}.")


@sessions_app.command("attach")
def sessions_attach(session: str = typer.Argument(..., help="Session id (S...)."),
                    transcript: Path = typer.Argument(..., help="VTT, SRT, DOCX or text file.")
                    ) -> None:
    """Attach a transcript (VTT, SRT, DOCX or text) to a planned session."""
    from assistant.sessions import attach_transcript

    r = attach_transcript(workspace(), session, transcript, actor=local_actor())
    echo(f"Attached {transcript.name} to {r.session_id}: "
         f"{counted(r.segments, 'speaker turn')}.")


@sessions_app.command("edit")
def sessions_edit(
    session: str = typer.Argument(..., help="Session id (S...)."),
    title: str | None = typer.Option(None, "--title", help="A new title."),
    format: str | None = typer.Option(None, "--format",
                                      help="problem-solving jam, office hours, show-and-tell "
                                           "demo or demo day"),
    date: str | None = typer.Option(None, "--date", help="YYYY-MM-DD"),
    start: str | None = typer.Option(None, "--start", help="HH:MM, local time"),
    facilitator: str | None = typer.Option(None, "--facilitator", help="Who runs it."),
    link: list[str] = typer.Option([], "--link", help="A case id to link; repeat for more."),
    unlink: list[str] = typer.Option([], "--unlink",
                                     help="A linked case id to unlink; repeat for more."),
    clear: list[str] = typer.Option([], "--clear",
                                    help="date, start, facilitator or cases (unlinks every "
                                         "case); repeat for more."),
) -> None:
    """Change a session's details; drafts made from the old ones are listed, not changed.

    Only what you give changes; the session keeps its id. An error changes nothing.
    """
    from assistant.sessions import edit_session

    r = edit_session(workspace(), session, title=title, format=format, date=date,
                     start_time=start, facilitator=facilitator, link=link, unlink=unlink,
                     clear=clear, actor=local_actor())
    sid = r.session.id
    if not r.changes:
        echo(f"Session {sid} already has these details; nothing changed.")
        return
    echo(f"Updated session {sid} ({r.session.title}):")
    for c in r.changes:
        echo(f"  {c.field}: {c.before or 'none'!r} -> {c.after or 'none'!r}")
    if r.drafts:
        echo(f"{counted(len(r.drafts), 'draft was', 'drafts were')} made from the old "
             "details and stay as they are (an approved one stays approved):")
        for d in r.drafts:
            echo(f"  {d.id}  {d.kind:8} {d.status}")
        again = " and ".join(f"`assistant draft {k} {sid}`" for k in r.redraft_kinds())
        if again:
            echo(f"Draft them again from the new details with {again}; archive an "
                 "old one with `assistant archive draft ID` once the new one replaces "
                 "it.")
