"""Backup while the app writes, and restore into a new data folder: nothing committed is
lost, nothing uncommitted gets in, and search works after the restore."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.config import PROJECT_ROOT, load_settings
from assistant.errors import ConfigError, Conflict
from assistant.index.embedder import SentenceTransformerEmbedder
from assistant.index.service import reindex, search
from assistant.ingest.service import add_case, ingest_paths
from assistant.store.backup import backup, restore
from assistant.workspace import open_workspace
from tests.sample_data import FRAN
from tests.test_ingest_service import csv_sheet


def _titles(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {r[0] for r in conn.execute("SELECT title FROM cases")}
    finally:
        conn.close()


def test_a_backup_taken_while_others_write_holds_every_committed_row_and_restores(
        tmp_path: Path, embedder: SentenceTransformerEmbedder) -> None:
    settings = load_settings(data_dir=tmp_path / "data")
    ws = open_workspace(settings, embedder=embedder)
    ingest_paths(ws, [csv_sheet(tmp_path / "cases.csv")], actor=FRAN)
    db = tmp_path / "data" / "assistant.db"
    # Another connection keeps the newest commits in the WAL (no checkpoint moves them into
    # assistant.db) and then holds a write it has not committed.
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("PRAGMA wal_autocheckpoint=0")
    add_case(ws, {"title": "Badge printer jams at reception",
                  "problem": "Every morning the visitor badge printer jams after ten badges."},
             actor=FRAN)
    assert (tmp_path / "data" / "assistant.db-wal").stat().st_size > 0
    other.execute("BEGIN IMMEDIATE")
    other.execute("UPDATE cases SET title = 'not committed' WHERE title LIKE 'Okta%'")
    try:
        report = backup(settings, tmp_path / "backup.db")
    finally:
        other.execute("ROLLBACK")
        other.close()
        ws.close()
    expected = {"Okta login fails for half the staff", "Umlauts garbled after import",
                "Champion went quiet", "Badge printer jams at reception"}
    assert _titles(report.path) == expected and report.cases == 4
    assert not Path(f"{report.path}-wal").exists()  # one self-contained file
    # Restored into a new data folder, with the index rebuilt, search works.
    fresh = load_settings(data_dir=tmp_path / "restored")
    restored = restore(fresh, report.path)
    assert restored.cases == 4
    ws = open_workspace(fresh, embedder=embedder, reconcile=False)
    try:
        assert reindex(ws).cases == 4
        hits = search(ws, "the visitor badge printer keeps jamming", limit=1)
        assert [h.title for h in hits] == ["Badge printer jams at reception"]
    finally:
        ws.close()


def test_backup_and_restore_never_overwrite(tmp_path: Path,
                                            embedder: SentenceTransformerEmbedder) -> None:
    settings = load_settings(data_dir=tmp_path / "data")
    ws = open_workspace(settings, embedder=embedder)
    ws.close()
    first = backup(settings, tmp_path)  # a folder: a dated name inside it
    assert first.path.parent == tmp_path and first.path.name.startswith("assistant-")
    # password hashes inside: the backup and a new data folder are their owner's alone
    assert first.path.stat().st_mode & 0o077 == 0
    assert (tmp_path / "data").stat().st_mode & 0o077 == 0
    with pytest.raises(Conflict, match="exists already"):
        backup(settings, first.path)
    with pytest.raises(Conflict, match="A record store exists already"):
        restore(settings, first.path)
    (tmp_path / "notes.db").write_text("not a database at all\n" * 100, encoding="utf-8")
    with pytest.raises(ConfigError, match="not a record store"):
        restore(load_settings(data_dir=tmp_path / "other"), tmp_path / "notes.db")
    assert not (tmp_path / "other" / "assistant.db").exists()


def test_backup_to_a_missing_folder_says_create_it(tmp_path: Path) -> None:
    settings = load_settings(data_dir=tmp_path / "data")
    open_workspace(settings).close()
    with pytest.raises(ConfigError, match="create the folder first"):
        backup(settings, f"{tmp_path / 'backups'}{os.sep}")
    assert not (tmp_path / "backups").exists()  # no file named like the folder
    (tmp_path / "backups").mkdir()
    made = backup(settings, f"{tmp_path / 'backups'}{os.sep}")
    assert made.path.parent == tmp_path / "backups"


@pytest.mark.parametrize("tail", ["-wal", "-shm", "-journal"])
def test_restore_refuses_leftover_sqlite_files_of_an_old_store(tmp_path: Path, tail: str) -> None:
    settings = load_settings(data_dir=tmp_path / "data")
    open_workspace(settings).close()
    made = backup(settings, tmp_path / "b.db")
    target = load_settings(data_dir=tmp_path / "new")
    (tmp_path / "new").mkdir()
    (tmp_path / "new" / f"assistant.db{tail}").write_bytes(b"left from an old store")
    with pytest.raises(Conflict, match=r"Move assistant\.db\* together"):
        restore(target, made.path)
    assert not (tmp_path / "new" / "assistant.db").exists()


def test_backup_of_a_postgresql_store_points_at_pg_dump(tmp_path: Path) -> None:
    settings = load_settings(data_dir=tmp_path / "data",
                             database_url="postgresql://network@db.internal/assistant")
    with pytest.raises(ConfigError, match="pg_dump"):
        backup(settings, tmp_path / "b.db")


def test_cli_backup_then_restore_into_a_new_folder(tmp_path: Path,
                                                   embedder: SentenceTransformerEmbedder) -> None:
    settings = load_settings(data_dir=tmp_path / "data")
    ws = open_workspace(settings, embedder=embedder)
    ingest_paths(ws, [csv_sheet(tmp_path / "cases.csv")], actor=FRAN)
    ws.close()
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(PROJECT_ROOT)}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "assistant", *args], env=env,
                              cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300)

    out = cli("--data-dir", str(tmp_path / "data"), "backup", str(tmp_path / "b.db"))
    assert out.returncode == 0, out.stderr
    assert f"Backed up 3 cases and 0 sessions to {tmp_path / 'b.db'}." in out.stdout
    out = cli("--data-dir", str(tmp_path / "new"), "restore", str(tmp_path / "b.db"))
    assert out.returncode == 0, out.stderr
    assert "Rebuilt the search index: 3 cases" in out.stdout
    out = cli("--data-dir", str(tmp_path / "new"), "search", "our contact went silent")
    assert out.returncode == 0 and "Champion went quiet" in out.stdout, out.stderr


def test_cli_restore_leaves_a_chroma_servers_collections_alone(tmp_path: Path) -> None:
    settings = load_settings(data_dir=tmp_path / "data")
    open_workspace(settings).close()
    made = backup(settings, tmp_path / "b.db")
    # Nothing listens there: a reindex would fail; the restore must not try one.
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(PROJECT_ROOT),
           "ASSISTANT_CHROMA_URL": "http://127.0.0.1:9"}
    out = subprocess.run([sys.executable, "-m", "assistant", "--data-dir",
                          str(tmp_path / "new"), "restore", str(made.path)], env=env,
                         cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "Restored 0 cases and 0 sessions" in out.stdout
    assert "not rebuilt" in out.stdout and "assistant reindex" in out.stdout
    assert "Rebuilt the search index" not in out.stdout
    assert (tmp_path / "new" / "assistant.db").is_file()
