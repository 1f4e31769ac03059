"""An index that lost its entries (its folder deleted, the database restored into a new data
folder without it): status counts what the index lacks, and a search refills it first."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from assistant.config import PROJECT_ROOT, load_settings
from assistant.index.audit import requeue_missing
from assistant.index.embedder import SentenceTransformerEmbedder
from assistant.index.outbox import pending, reconcile
from assistant.index.service import search
from assistant.ingest.service import ingest_paths, status
from assistant.store.models import IndexOutboxEntry
from assistant.workspace import Workspace, open_workspace
from tests.sample_data import FRAN, TRANSCRIPT
from tests.test_ingest_service import csv_sheet


def _fill(ws: Workspace, tmp_path: Path) -> None:
    (tmp_path / "jam.vtt").write_text(TRANSCRIPT, encoding="utf-8")
    ingest_paths(ws, [csv_sheet(tmp_path / "cases.csv"), tmp_path / "jam.vtt"], actor=FRAN)
    assert status(ws).index_pending == 0


def _beside_an_empty_index(tmp_path: Path, embedder: SentenceTransformerEmbedder, *,
                           remove_old: bool = False, reconcile: bool = True) -> Workspace:
    """A filled store reopened beside an empty index: a new index folder, since the old
    one's client is cached in this process (``remove_old``: its folder deleted too)."""
    settings = load_settings(data_dir=tmp_path / "data")
    ws = open_workspace(settings, embedder=embedder)
    _fill(ws, tmp_path)
    ws.close()
    if remove_old:
        shutil.rmtree(settings.resolved_chroma_path)
    moved = load_settings(data_dir=tmp_path / "data", chroma_path=tmp_path / "other")
    return open_workspace(moved, embedder=embedder, reconcile=reconcile)


def _cli(data_dir: Path, *args: str, database_url: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(PROJECT_ROOT)}
    extra = ["--database-url", database_url] if database_url else []
    return subprocess.run([sys.executable, "-m", "assistant", "--data-dir", str(data_dir),
                           *extra, *args], env=env, cwd=PROJECT_ROOT, capture_output=True,
                          text=True, timeout=300)


def test_the_store_beside_an_empty_index_shows_its_lag_and_search_refills_it(
        tmp_path: Path, db_url: str, embedder: SentenceTransformerEmbedder) -> None:
    ws = open_workspace(load_settings(data_dir=tmp_path / "data", database_url=db_url),
                        embedder=embedder)
    _fill(ws, tmp_path)
    ws.close()
    # The same records, a new data folder with no index (a restore of the database alone).
    fresh = open_workspace(load_settings(data_dir=tmp_path / "restored", database_url=db_url),
                           embedder=embedder)
    try:
        found = status(fresh)
        assert (found.indexed_cases, found.indexed_passages) == (0, 0)
        assert sum(pending(fresh).values()) == 0  # the outbox knows of nothing missing
        assert found.index_pending == 4  # 3 cases and the session: stored minus indexed
        hits = search(fresh, "the customer's contact stopped replying", limit=1)
        assert [h.title for h in hits] == ["Champion went quiet"]
        passages = search(fresh, "what went wrong", kind="segments", limit=1)
        assert passages and passages[0].session_id
        after = status(fresh)
        assert (after.indexed_cases, after.index_pending) == (3, 0)
    finally:
        fresh.close()


def test_reconcile_finds_what_a_deleted_index_folder_lost(
        tmp_path: Path, embedder: SentenceTransformerEmbedder) -> None:
    ws = _beside_an_empty_index(tmp_path, embedder, remove_old=True)
    try:
        assert status(ws).index_pending == 4
        report = reconcile(ws, find_missing=True)
        assert (report.cases, report.sessions) == (3, 1)
        assert status(ws).index_pending == 0
    finally:
        ws.close()


def _long_transcript(turns: int = 60) -> str:
    topics = ["the warehouse rota", "the delivery van", "the cold store", "the donor list"]
    cues = [f"00:{i // 60:02d}:{i % 60:02d}.000 --> 00:{i // 60:02d}:{i % 60:02d}.900\n"
            f"<v {('Sam', 'Priya')[i % 2]}>Item {i}: we went through {topics[i % 4]} "
            "and what changes next week."
            for i in range(turns)]
    return "WEBVTT\n\n" + "\n\n".join(cues) + "\n"


def test_search_refills_a_transcript_whose_passages_are_all_lost(
        tmp_path: Path, embedder: SentenceTransformerEmbedder) -> None:
    settings = load_settings(data_dir=tmp_path / "data")
    ws = open_workspace(settings, embedder=embedder)
    try:
        (tmp_path / "jam.vtt").write_text(TRANSCRIPT, encoding="utf-8")
        (tmp_path / "rota.vtt").write_text(_long_transcript(), encoding="utf-8")
        ingest_paths(ws, [tmp_path / "jam.vtt", tmp_path / "rota.vtt"], actor=FRAN)
        held = ws.index.ids("segments")
        jam = {h.session_id for h in search(ws, "volunteers at the food bank stop coming",
                                             kind="segments", limit=1)}
        lost = sorted(i for i in held if i.rpartition(":")[0] in jam)
        assert lost and len(held) - len(lost) >= 2  # more passages left than sessions
        ws.index.delete("segments", lost)  # one session's passages gone, without a mark
        hits = search(ws, "volunteers at the food bank stop coming", kind="segments", limit=1)
        assert {h.session_id for h in hits} == jam
        assert ws.index.ids("segments") == held
    finally:
        ws.close()


def test_requeue_missing_does_not_queue_what_waits_already(
        tmp_path: Path, embedder: SentenceTransformerEmbedder) -> None:
    ws = _beside_an_empty_index(tmp_path, embedder, reconcile=False)
    try:
        assert requeue_missing(ws) == 4  # 3 cases and the session
        assert requeue_missing(ws) == 0  # not drained yet: nothing added twice
        with OrmSession(ws.engine) as s:
            rows = s.scalar(select(func.count()).select_from(IndexOutboxEntry))
        assert rows == 4
    finally:
        ws.close()


def test_cli_after_the_index_folder_is_deleted(tmp_path: Path,
                                              embedder: SentenceTransformerEmbedder) -> None:
    settings = load_settings(data_dir=tmp_path / "data")
    ws = open_workspace(settings, embedder=embedder)
    _fill(ws, tmp_path)
    ws.close()
    shutil.rmtree(settings.resolved_chroma_path)
    out = _cli(settings.data_dir, "status")
    assert out.returncode == 0, out.stderr
    assert "cases: 3 (indexed 0)" in out.stdout
    assert "index lag: 4 stored records not yet searchable" in out.stdout
    out = _cli(settings.data_dir, "search", "the customer's contact stopped replying")
    assert out.returncode == 0, out.stderr
    assert "Champion went quiet" in out.stdout
    assert "Ingest some first" not in out.stdout


def test_cli_search_says_to_reindex_when_the_index_cannot_be_rebuilt(
        tmp_path: Path, embedder: SentenceTransformerEmbedder) -> None:
    settings = load_settings(data_dir=tmp_path / "data")
    ws = open_workspace(settings, embedder=embedder)
    _fill(ws, tmp_path)
    ws.close()
    shutil.rmtree(settings.resolved_chroma_path)
    # The index's folder cannot be created again: a file stands where it goes.
    settings.resolved_chroma_path.write_text("not a folder", encoding="utf-8")
    out = _cli(settings.data_dir, "search", "the customer's contact stopped replying")
    assert out.returncode == 1
    assert "Ingest some first" not in out.stdout + out.stderr
    assert "error: The vector index" in out.stderr and "assistant reindex" in out.stderr
    empty = _cli(tmp_path / "empty", "search", "anything at all")
    assert "No cases, passages or patterns stored yet. Ingest some first" in empty.stdout
    empty = _cli(tmp_path / "empty", "search", "anything at all", "--kind", "cases")
    assert "No cases stored yet. Ingest some first" in empty.stdout


def test_cli_search_over_an_index_that_cannot_be_refilled_counts_what_is_stored(
        tmp_path: Path, embedder: SentenceTransformerEmbedder,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.index.vectors import IndexUnavailable, VectorIndex
    from assistant.ingest.service import add_case
    from tests.test_cli_review import invoke

    settings = load_settings(data_dir=tmp_path / "data")
    ws = open_workspace(settings, embedder=embedder)
    add_case(ws, {"title": "Badge printer jams at reception",
                  "problem": "The visitor badge printer jams after ten badges."}, actor=FRAN)
    ws.close()

    def full_disk(*args: object, **kwargs: object) -> None:
        raise IndexUnavailable("The vector index cannot be written: no space left on device.")

    # The index readable but empty (a new folder), and every write to it failing.
    monkeypatch.setattr(VectorIndex, "upsert", full_disk)
    monkeypatch.setenv("ASSISTANT_CHROMA_PATH", str(tmp_path / "other"))
    code, out = invoke(["--data-dir", str(settings.data_dir)], "search",
                       "the badge printer keeps jamming")
    # every kind by default, as the app: the one stored record is counted as such
    assert "The search index holds no cases, passages or patterns, though 1 record is " \
        "stored, and could not be rebuilt now" in out, out
