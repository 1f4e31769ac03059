"""``assistant backup`` and ``assistant restore BACKUP``: a consistent copy of the record store,
and its way back (``assistant restore`` itself is in :mod:`assistant.cli.archive`: one command
restores an archived record or a backup, by its arguments)."""

from __future__ import annotations

from pathlib import Path

import typer

from assistant.cli.common import app, echo, settings
from assistant.plural import counted


@app.command("backup")
def backup(
    dest: str = typer.Argument(..., help="A new file, or a folder (the backup is then "
                               "named assistant-<UTC time>.db in it; a name ending in / "
                               "must be an existing folder)."),
) -> None:
    """Copy the SQLite record store, safely while the app runs.

    Every committed change is in the copy (a plain copy of assistant.db can miss the newest,
    which wait in assistant.db-wal). The search index is not copied: `assistant restore`
    rebuilds it. PostgreSQL: use pg_dump."""
    from assistant.store.backup import backup as run

    r = run(settings(), dest)
    echo(f"Backed up {counted(r.cases, 'case')} and {counted(r.sessions, 'session')} to "
         f"{r.path}.")
    echo("The search index is not in the backup; `assistant --data-dir NEW restore "
         f"{r.path}` restores it into a new data folder and rebuilds the index.")


def restore_backup(source: Path) -> None:
    """Restore a backup into a new data folder (--data-dir) and rebuild its search index.

    With a Chroma server (ASSISTANT_CHROMA_URL) the index is not rebuilt: run `assistant
    reindex` when ready. Never overwrites a record store: the data folder must not hold one
    yet."""
    from assistant.cli.common import workspace
    from assistant.index.service import reindex
    from assistant.store.backup import restore as run

    cfg = settings()
    r = run(cfg, source)
    echo(f"Restored {counted(r.cases, 'case')} and {counted(r.sessions, 'session')} into "
         f"{r.path}.")
    if cfg.chroma_url:
        # A Chroma server's assistant_* collections belong to the app that runs against it:
        # a reindex here would replace them with this older backup's records.
        echo("The search index was not rebuilt: ASSISTANT_CHROMA_URL points at a Chroma "
             "server, whose collections the running app uses. When you switch to the "
             "restored data, run `assistant reindex` against a separate server or "
             "collection (or the same one once the app uses this data folder).")
        return
    x = reindex(workspace(reconcile=False), progress=True)
    echo(f"Rebuilt the search index: {counted(x.cases, 'case')}, "
         f"{counted(x.passages, 'transcript passage')}, {counted(x.patterns, 'pattern')}.")
