"""Back up the record store while the app runs, and restore a backup into a new data folder.

A plain copy of ``assistant.db`` while the app (or any command) runs loses recent work: in
SQLite's WAL mode committed transactions sit in ``assistant.db-wal`` until a checkpoint
moves them into the main file. :func:`backup` uses SQLite's online backup API instead, which
copies every committed page (the WAL's included) and nothing uncommitted. The vector index
is not backed up: it is rebuilt from the record store (``assistant reindex``), which
:func:`restore` does. PostgreSQL has its own tools (``pg_dump`` / ``pg_restore``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import make_url

from assistant.config import Settings
from assistant.errors import ConfigError, Conflict

PG_HINT = ("The record store is PostgreSQL: back it up with its own tools, e.g. "
           "`pg_dump -Fc -f assistant.dump <database URL>`, and restore with `pg_restore -d "
           "<database URL> assistant.dump`; then run `assistant reindex` to rebuild the "
           "search index.")


#: SQLite's files beside a database, which it applies to whatever database has that name.
_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class BackupReport:
    path: Path
    cases: int
    sessions: int

    def __str__(self) -> str:
        return f"{self.cases} cases and {self.sessions} sessions in {self.path}"


def _sqlite_file(url: str) -> Path:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        raise ConfigError(PG_HINT if parsed.get_backend_name() == "postgresql" else
                          f"Backup and restore handle a SQLite record store only; this one is "
                          f"{parsed.get_backend_name()}: use that database's own tools.")
    if not parsed.database or parsed.database == ":memory:":
        raise ConfigError("The record store is an in-memory SQLite database: nothing to back up.")
    return Path(parsed.database)


def _counts(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
        sessions = conn.execute("SELECT count(*) FROM sessions").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise ConfigError(f"{path} is not a record store of the assistant ({exc}).") from None
    finally:
        conn.close()
    return int(cases), int(sessions)


def _copy(src: Path, dest: Path) -> None:
    """SQLite's online backup of ``src`` into ``dest`` (written beside it, then renamed, so
    an interrupted backup never leaves a half-written file under the final name)."""
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.partial")
    source = sqlite3.connect(src)
    try:
        # Readable by its owner only (it holds password hashes), whatever the umask: SQLite
        # takes the empty file as a new database.
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        os.chmod(tmp, 0o600)
        target = sqlite3.connect(tmp)
        try:
            source.backup(target)
            # One self-contained file: no WAL beside it to lose when it is copied on.
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
        os.replace(tmp, dest)
    except sqlite3.DatabaseError as exc:
        raise ConfigError(f"{src} could not be copied ({exc}).") from None
    finally:
        source.close()
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def backup(settings: Settings, dest: Path | str, *,
           now: dt.datetime | None = None) -> BackupReport:
    """Copy the SQLite record store to ``dest`` (a new file, or an existing folder that gets
    ``assistant-<UTC time>.db``), consistent and complete while other processes write. A
    ``dest`` given as text that ends in a path separator means a folder, which must exist
    (:class:`pathlib.Path` drops that separator, so the CLI passes the text as typed).

    Raises :class:`ConfigError` for PostgreSQL (use ``pg_dump``) and :class:`Conflict`
    when ``dest`` exists as a file."""
    src = _sqlite_file(settings.resolved_database_url)
    if not src.is_file():
        raise ConfigError(f"There is no record store at {src} to back up.")
    if isinstance(dest, str):
        as_folder = dest.endswith((os.sep, "/"))
        dest = Path(dest)
        if as_folder and not dest.is_dir():
            raise ConfigError(f"The folder {dest} does not exist; create the folder first "
                              "(or give a file name without a trailing separator).")
    if dest.is_dir():
        stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%SZ")
        dest = dest / f"assistant-{stamp}.db"
    if dest.exists():
        raise Conflict(f"{dest} exists already; give a new file name or a folder.")
    if not dest.parent.is_dir():
        raise ConfigError(f"The folder {dest.parent} does not exist; create it first.")
    _copy(src, dest)
    return BackupReport(dest, *_counts(dest))


def restore(settings: Settings, source: Path) -> BackupReport:
    """Copy a backup made by :func:`backup` into the SQLite record store of ``settings``,
    which must not exist yet (a new data folder): a restore never overwrites a store. The
    caller rebuilds the search index afterwards (:func:`assistant.index.service.reindex`)."""
    dest = _sqlite_file(settings.resolved_database_url)
    if not source.is_file():
        raise ConfigError(f"There is no backup file at {source}.")
    _counts(source)  # refuses a file that is not a record store
    if dest.exists():
        raise Conflict(f"A record store exists already at {dest}; restore into a new data "
                       "folder (--data-dir) and point the app at it, or move that file away "
                       "with the app stopped.")
    leftovers = [p.name for p in (Path(f"{dest}{tail}") for tail in _SIDE_FILES) if p.exists()]
    if leftovers:
        raise Conflict(f"{', '.join(leftovers)} exist in {dest.parent} without an assistant.db: "
                       "SQLite would apply them to the restored file. Move assistant.db* "
                       "together (all of them, or none), then restore.")
    dest.parent.mkdir(parents=True, exist_ok=True)
    _copy(source, dest)
    return BackupReport(dest, *_counts(dest))


__all__ = ["BackupReport", "backup", "restore"]
