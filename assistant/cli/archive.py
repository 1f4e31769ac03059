"""``assistant archive | restore | archived`` and ``assistant sessions move-transcript``."""

from __future__ import annotations

from pathlib import Path

import typer

from assistant.cli.common import app, echo, local_actor, workspace
from assistant.cli.sessions import sessions_app
from assistant.plural import counted

KIND_HELP = "case, session, transcript (give the session's id) or draft"


@app.command("archive")
def archive(kind: str = typer.Argument(..., help=KIND_HELP),
            record_id: str = typer.Argument(..., metavar="ID", help="The record's id."),
            reason: str = typer.Option("", "--reason", help="Kept in the audit trail.")
            ) -> None:
    """Archive (soft-delete) a record; `assistant restore` brings it back.

    It leaves search, Today, the inbox and the themes."""
    from assistant.archive import archive_record

    archive_record(workspace(), kind, record_id, actor=local_actor(), reason=reason)
    echo(f"Archived {kind} {record_id}. Restore it with "
         f"`assistant restore {kind} {record_id}`.")


@app.command("restore")
def restore(what: str = typer.Argument(..., metavar="KIND|BACKUP", help=(
                f"{KIND_HELP} (with its ID); or a file made by `assistant backup` (alone)")),
            record_id: str = typer.Argument("", metavar="[ID]", help="The record's id."),
            ) -> None:
    """Restore an archived record (KIND ID), or a backup into a new data folder (BACKUP).

    `restore KIND ID` brings the record back into search, lists and themes;
    `--data-dir NEW restore BACKUP` copies a backup into NEW and rebuilds its index."""
    from assistant.archive import RECORD_KINDS, restore_record
    from assistant.cli.backup import restore_backup
    from assistant.errors import AssistantError

    if not record_id:
        if what in RECORD_KINDS:
            raise AssistantError(f"Give the {what}'s id: `assistant restore {what} ID` "
                                 "(`assistant archived` lists what is archived).")
        restore_backup(Path(what))
        return
    restore_record(workspace(), what, record_id, actor=local_actor())
    echo(f"Restored {what} {record_id}.")


@app.command("archived")
def archived() -> None:
    """Everything archived, newest first."""
    from assistant.archive import list_archived

    rows = list_archived(workspace())
    if not rows:
        echo("Nothing is archived.")
    for r in rows:
        by = f" by {r.archived_by}" if r.archived_by else ""
        echo(f"{r.kind:10} {r.id:14} {r.archived_at:%Y-%m-%d %H:%M}{by}  {r.title}")


@sessions_app.command("move-transcript")
def move_transcript(from_session: str = typer.Argument(..., metavar="FROM", help="Session "
                                                      "holding it now."),
                    to_session: str = typer.Argument(..., metavar="TO", help="Session it "
                                                    "belongs to.")) -> None:
    """Move a transcript stored under the wrong session to the right one."""
    from assistant.archive import reassign_transcript

    n = reassign_transcript(workspace(), from_session, to_session, actor=local_actor())
    echo(f"Moved {counted(n, 'speaker turn')} from {from_session} to {to_session}. "
         f"Archive the emptied session with `assistant archive session {from_session}` "
         "if it was a mistake.")
