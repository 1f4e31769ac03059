"""Store and index never disagree for long, and concurrent writers get a clean answer: a
crash or a Chroma failure between commit and index is repaired by the next reconcile; a
damaged index is rebuilt; racing ingests and saves end in results or Conflicts, never a
database error. On every configured database (SQLite always, PostgreSQL in CI)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from assistant.config import PROJECT_ROOT
from assistant.errors import AssistantError, Conflict, IngestError
from assistant.index.embedder import SentenceTransformerEmbedder
from assistant.index.service import reindex, search
from assistant.ingest.service import ingest_paths, status
from assistant.review import edit_draft, get_draft
from assistant.store.models import Case, EmbeddingCacheEntry
from assistant.store.models import Session as SessionRow
from assistant.summarize import draft_recap
from assistant.workspace import Workspace, open_workspace
from tests.sample_data import FRAN, TRANSCRIPT
from tests.test_ingest_service import csv_sheet
from tests.test_review_workflow import held_session

NEW_ROWS = [("Badge printer jams at the front desk",
             "Visitor badges stick in the printer every morning, queues form at reception",
             "2026-10-02", "facilities")]


def _env() -> dict[str, str]:
    return {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(PROJECT_ROOT)}


def _bump_generation(ws: Workspace) -> None:
    """What any other process's index write does: tell this one its client is stale."""
    chroma = ws.settings.resolved_chroma_path
    (chroma.parent / f"{chroma.name}.generation").write_text(uuid.uuid4().hex)


def _n_cases(ws: Workspace) -> int:
    with OrmSession(ws.engine) as s:
        return int(s.scalar(select(func.count()).select_from(Case)) or 0)


_KILL_AFTER_COMMIT = """
import os, signal, sys
from assistant.config import load_settings
from assistant.workspace import open_workspace
import assistant.ingest.service as svc
svc.reconcile = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)  # dies after commit
ws = open_workspace(load_settings(data_dir=sys.argv[1], database_url=sys.argv[2]))
svc.ingest_paths(ws, [sys.argv[3]])
"""


def _ingest_and_die(ws: Workspace, sheet: Path) -> None:
    proc = subprocess.run([sys.executable, "-c", _KILL_AFTER_COMMIT, str(ws.settings.data_dir),
                           ws.settings.resolved_database_url, str(sheet)], env=_env(),
                          cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == -9, proc.stderr


def test_a_kill_between_commit_and_index_is_repaired_by_reingesting_the_file(
        any_ws: Workspace, tmp_path: Path) -> None:
    sheet = csv_sheet(tmp_path / "cases.csv")
    _ingest_and_die(any_ws, sheet)
    before = status(any_ws)
    assert (before.cases, before.indexed_cases, before.index_pending) == (3, 0, 3)
    report = ingest_paths(any_ws, [sheet])
    assert report.files[0].already_ingested
    after = status(any_ws)
    assert (after.indexed_cases, after.index_pending) == (3, 0)


def test_a_kill_between_commit_and_index_is_repaired_when_the_workspace_opens(
        any_ws: Workspace, tmp_path: Path, embedder: SentenceTransformerEmbedder) -> None:
    _ingest_and_die(any_ws, csv_sheet(tmp_path / "cases.csv"))
    assert status(any_ws).index_pending == 3
    again = open_workspace(any_ws.settings, embedder=embedder)
    try:
        assert status(again).index_pending == 0
        assert status(again).indexed_cases == 3
    finally:
        again.close()


def test_ingest_while_chroma_is_down_stores_and_becomes_searchable_once_it_is_back(
        any_ws: Workspace, tmp_path: Path) -> None:
    chroma = any_ws.settings.resolved_chroma_path
    assert any_ws.index.count("cases") == 0  # the index is open and healthy
    away = chroma.with_name("chroma-away")
    chroma.rename(away)
    chroma.write_text("not an index")  # Chroma cannot open a folder that is a file
    _bump_generation(any_ws)
    report = ingest_paths(any_ws, [csv_sheet(tmp_path / "cases.csv")])
    assert report.cases_added == 3
    assert any("not searchable yet" in w for w in report.warnings)
    down = status(any_ws)
    assert down.index_pending == 3 and "cannot be opened" in down.index_error
    chroma.unlink()
    away.rename(chroma)
    _bump_generation(any_ws)
    hits = search(any_ws, "staff cannot sign in with Okta")
    assert hits and hits[0].title == "Okta login fails for half the staff"
    assert status(any_ws).index_pending == 0


def test_reindex_moves_a_damaged_chroma_store_aside_and_rebuilds_it(
        any_ws: Workspace, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    ingest_paths(any_ws, [csv_sheet(tmp_path / "cases.csv")])
    chroma = any_ws.settings.resolved_chroma_path
    (chroma / "chroma.sqlite3").write_bytes(b"this is not a database\n" * 512)
    _bump_generation(any_ws)
    with pytest.raises(AssistantError, match="assistant reindex"):
        search(any_ws, "staff cannot sign in")
    with caplog.at_level(logging.WARNING, logger="assistant.index.vectors"):
        report = reindex(any_ws)
    assert report.moved_aside and Path(report.moved_aside).exists()
    assert "damaged" in caplog.text and report.moved_aside in caplog.text
    assert (report.cases, status(any_ws).index_pending) == (3, 0)
    assert search(any_ws, "staff cannot sign in with Okta")[0].title.startswith("Okta")


def test_two_ingests_of_the_same_file_at_once_both_finish_and_store_it_once(
        any_ws: Workspace, tmp_path: Path, embedder: SentenceTransformerEmbedder) -> None:
    sheet = csv_sheet(tmp_path / "cases.csv")
    other = open_workspace(any_ws.settings, embedder=embedder)
    results: list[object] = []
    start = threading.Barrier(2)

    def run(ws: Workspace) -> None:
        start.wait()
        try:
            results.append(ingest_paths(ws, [sheet]))
        except Exception as exc:  # noqa: BLE001 - the assertion below names it
            results.append(exc)

    threads = [threading.Thread(target=run, args=(w,)) for w in (any_ws, other)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    other.close()
    clean = [r for r in results if not isinstance(r, Exception)]
    assert all(isinstance(r, Conflict) for r in results if isinstance(r, Exception)), results
    assert clean and sum(r.cases_added for r in clean) == 3  # type: ignore[attr-defined]
    assert _n_cases(any_ws) == 3 and status(any_ws).indexed_cases == 3


def test_fifteen_saves_on_one_version_at_once_one_wins_the_rest_conflict(
        any_ws: Workspace, tmp_path: Path) -> None:
    draft = draft_recap(any_ws, held_session(any_ws, tmp_path), actor=FRAN)
    base = get_draft(any_ws, draft.id).versions[-1]
    n_bullets = len(base.content["bullets"])
    outcomes: list[object] = []
    start = threading.Barrier(15)

    def save(i: int) -> None:
        start.wait()
        try:
            outcomes.append(edit_draft(any_ws, draft.id, [f"Edit {i}, bullet {b}"
                                                          for b in range(n_bullets)],
                                       base_version=base.number, actor=FRAN))
        except Exception as exc:  # noqa: BLE001 - the assertions below name it
            outcomes.append(exc)

    threads = [threading.Thread(target=save, args=(i,)) for i in range(15)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    errors = [o for o in outcomes if isinstance(o, Exception)]
    assert len(outcomes) - len(errors) == 1
    assert len(errors) == 14 and all(isinstance(e, Conflict) for e in errors), errors
    assert [v.number for v in get_draft(any_ws, draft.id).versions] == [1, 2]


def test_a_multi_file_ingest_with_a_bad_session_reference_stores_nothing(
        any_ws: Workspace, tmp_path: Path) -> None:
    vtt = tmp_path / "jam.vtt"
    vtt.write_text(TRANSCRIPT, encoding="utf-8")
    with pytest.raises(IngestError, match="no case has the id or title"):
        ingest_paths(any_ws, [csv_sheet(tmp_path / "cases.csv"), vtt],
                     session_meta={"cases": ["A case nobody submitted"]})
    with OrmSession(any_ws.engine) as s:
        assert s.scalar(select(func.count()).select_from(SessionRow)) == 0
    assert _n_cases(any_ws) == 0
    # A reference to a case of the same call resolves: the call is one unit.
    report = ingest_paths(any_ws, [csv_sheet(tmp_path / "cases.csv"), vtt],
                          session_meta={"cases": ["Champion went quiet"]})
    assert (report.cases_added, report.sessions_added) == (3, 1)


def test_a_running_workspace_sees_cases_another_process_ingested(
        any_ws: Workspace, tmp_path: Path) -> None:
    ingest_paths(any_ws, [csv_sheet(tmp_path / "cases.csv")])
    assert search(any_ws, "badge printer jams")  # this process now holds the index in memory
    proc = subprocess.run([sys.executable, "-m", "assistant", "--data-dir",
                           str(any_ws.settings.data_dir), "--database-url",
                           any_ws.settings.resolved_database_url, "ingest",
                           str(csv_sheet(tmp_path / "new.csv", NEW_ROWS))],
                          env=_env(), cwd=PROJECT_ROOT, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    top = search(any_ws, f"{NEW_ROWS[0][0]}\n{NEW_ROWS[0][1]}")[0]  # its very text
    assert top.title == NEW_ROWS[0][0] and top.score > 0.95


def test_searching_does_not_grow_the_embedding_cache(any_ws: Workspace, tmp_path: Path) -> None:
    ingest_paths(any_ws, [csv_sheet(tmp_path / "cases.csv")])

    def cached() -> int:
        with OrmSession(any_ws.engine) as s:
            return int(s.scalar(select(func.count()).select_from(EmbeddingCacheEntry)) or 0)

    before = cached()
    for q in ("who cannot log in", "garbled names", "silent champion"):
        search(any_ws, q)
    assert cached() == before


def test_vectors_cached_at_another_precision_are_embedded_again(ws: Workspace) -> None:
    """A workspace cached before vectors were exact holds rows keyed by the model's bare
    name: they are not mixed with exact vectors, the text is embedded again under the
    precision-tagged key."""
    import numpy as np

    from assistant.index.embedder import EXACT_DECIMALS, content_hash

    text = "the badge printer jams on the second card"
    stale = np.zeros(ws.embedder.dim, dtype=np.float32)
    stale[0] = 1.0
    with OrmSession(ws.engine) as s, s.begin():
        s.add(EmbeddingCacheEntry(model=ws.embedder.name, content_hash=content_hash(text),
                                  dim=stale.shape[0], vector=stale.tobytes()))
    key = ws.embedder.cache_key  # type: ignore[attr-defined]
    assert key != ws.embedder.name and f"r{EXACT_DECIMALS}" in key
    vec = ws.embedder.embed([text])[0]
    assert float(vec[0]) != 1.0 and abs(float(np.linalg.norm(vec)) - 1.0) < 1e-5
    assert np.array_equal(vec, np.round(vec.astype(np.float64), EXACT_DECIMALS).astype(np.float32))
    with OrmSession(ws.engine) as s:
        keys = set(s.scalars(select(EmbeddingCacheEntry.model)))
    assert keys == {ws.embedder.name, key}


def test_prune_cache_removes_only_vectors_of_another_model(ws: Workspace) -> None:
    """Rows of another model or precision are counted in ``status`` and removed by
    ``assistant prune-cache``; the current model's vectors stay and are read, not
    embedded again."""
    import numpy as np

    from assistant.index.embedder import content_hash
    from assistant.ingest.service import status

    kept, old = "the badge printer jams on the second card", "visitors wait at the gate"
    vec = ws.embedder.embed([kept])[0]
    with OrmSession(ws.engine) as s, s.begin():
        for model in (ws.embedder.name, "another/model"):
            s.add(EmbeddingCacheEntry(model=model, content_hash=content_hash(old),
                                      dim=vec.shape[0], vector=vec.tobytes()))
    assert status(ws).stale_vectors == 2
    out = subprocess.run([sys.executable, "-m", "assistant", "--data-dir",
                          str(ws.settings.data_dir), "prune-cache"], env=_env(),
                         cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "Removed 2 cached vectors" in out.stdout
    assert status(ws).stale_vectors == 0
    with OrmSession(ws.engine) as s:
        rows = list(s.execute(select(EmbeddingCacheEntry.model, EmbeddingCacheEntry.content_hash)))
    assert rows == [(ws.embedder.cache_key, content_hash(kept))]  # type: ignore[attr-defined]
    assert np.array_equal(ws.embedder.lookup([content_hash(kept)])[content_hash(kept)], vec)  # type: ignore[attr-defined]


def test_cli_status_reports_the_index_lag(ws: Workspace, tmp_path: Path) -> None:
    _ingest_and_die(ws, csv_sheet(tmp_path / "cases.csv"))
    out = subprocess.run([sys.executable, "-m", "assistant", "--data-dir",
                          str(ws.settings.data_dir), "status"], env=_env(), cwd=PROJECT_ROOT,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "index lag: 3 stored records not yet searchable" in out.stdout


def test_approving_a_label_for_a_theme_that_vanished_approves_nothing(ws: Workspace) -> None:
    from assistant.cluster import list_themes, recompute_themes
    from assistant.examples import load_example_network
    from assistant.review import approve, submit_for_review
    from assistant.store.db import transaction
    from assistant.store.models import Theme
    from assistant.summarize import draft_theme_label
    from tests.sample_data import STELLA

    load_example_network(ws)
    if not list_themes(ws):
        recompute_themes(ws, actor=STELLA)
    theme = list_themes(ws)[0]
    d = draft_theme_label(ws, theme.id, actor=FRAN)
    submit_for_review(ws, d.id, actor=FRAN)
    with transaction(ws.engine) as s:  # a recompute meanwhile found no such theme any more
        t = s.get(Theme, theme.id)
        assert t is not None
        t.status = "gone"
    with pytest.raises(Conflict, match="gone"):
        approve(ws, d.id, actor=STELLA)
    assert get_draft(ws, d.id).status == "in_review"  # the approval and rename are one unit


AUDIT_PAIRS = [
    ("Okta login fails for half the staff",
     "Staff cannot sign in after the SSO change"),
    ("Invoices go out with the wrong VAT",
     "Customers in Spain were charged Irish VAT"),
    ("Warehouse scanner drops Wi-Fi",
     "Handheld scanners lose the network in aisle 7"),
    ("New hires wait a week for laptops",
     "Onboarding stalls until IT ships hardware"),
    ("Weekly report takes a day to build",
     "Finance copies numbers by hand from five tools"),
    ("Customer churn after price change",
     "Small accounts cancelled after the new tiers"),
    ("Volunteers do not show up on Saturdays",
     "Half the rota is empty at weekend events"),
    ("Lab samples mislabelled at intake",
     "Tubes arrive with handwritten, unreadable labels"),
    ("Translation backlog delays releases",
     "Every release waits on German strings"),
    ("Kitchen runs out of oat milk",
     "Orders are placed only when the last carton goes"),
]
AUDIT_ROWS = [(t, p, f"2026-10-0{1 + i % 9}", "ops") for i, (t, p) in enumerate(AUDIT_PAIRS)]


def _dead_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return int(proc.stdout)


def _lose_vectors(ws: Workspace) -> tuple[str, str]:
    """What a damaged embedded index does: one case's vector gone, another's scrambled, and
    the outbox empty (both writes had been confirmed). Bypasses the index's own write path,
    as a crash inside Chroma would."""
    col = ws.index.collection("cases")
    got = col.get(include=["embeddings"])
    gone, scrambled = got["ids"][0], got["ids"][1]
    col.delete(ids=[gone])
    col.upsert(ids=[scrambled], embeddings=[-got["embeddings"][1]])
    return gone, scrambled


def _titles(ws: Workspace) -> dict[str, str]:
    with OrmSession(ws.engine) as s:  # closed: an open read would block the schema's drop
        return {c.id: c.title for c in s.scalars(select(Case))}


def _found_by_own_text(ws: Workspace, title: str) -> bool:
    return any(h.title == title for h in search(ws, title, limit=3))


def test_a_write_that_died_leaves_a_mark_and_the_next_reconcile_repairs_lost_vectors(
        any_ws: Workspace, tmp_path: Path) -> None:
    from assistant.index.outbox import reconcile

    ingest_paths(any_ws, [csv_sheet(tmp_path / "cases.csv", AUDIT_ROWS)])
    gone, scrambled = _lose_vectors(any_ws)
    titles = _titles(any_ws)
    assert not _found_by_own_text(any_ws, titles[scrambled])
    assert reconcile(any_ws).total == 0  # no mark: the outbox alone cannot know
    chroma = any_ws.settings.resolved_chroma_path
    mark = chroma.parent / f"{chroma.name}.writing-{_dead_pid()}-{uuid.uuid4().hex}"
    mark.touch()  # what a writer killed inside Chroma leaves behind
    assert status(any_ws).index_faults == 1
    out = subprocess.run([sys.executable, "-m", "assistant", "--data-dir",
                          str(any_ws.settings.data_dir), "--database-url",
                          any_ws.settings.resolved_database_url, "status"], env=_env(),
                         cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "index check due: 1 index write failed" in out.stdout
    reconcile(any_ws)
    assert not mark.exists() and status(any_ws).index_faults == 0
    assert any_ws.index.present("cases", [gone]) == {gone}
    assert _found_by_own_text(any_ws, titles[scrambled])
    assert _found_by_own_text(any_ws, titles[gone])


def test_a_mark_of_a_live_writer_is_left_alone(ws: Workspace) -> None:
    chroma = ws.settings.resolved_chroma_path
    mark = chroma.parent / f"{chroma.name}.writing-{os.getpid()}-{uuid.uuid4().hex}"
    mark.touch()  # a write in progress in this very process
    assert ws.index.fault_marks() == []


def test_a_failed_index_write_marks_a_fault_and_verify_repairs_without_one(
        any_ws: Workspace, tmp_path: Path) -> None:
    from assistant.index.outbox import reconcile

    ingest_paths(any_ws, [csv_sheet(tmp_path / "cases.csv", AUDIT_ROWS)])
    chroma = any_ws.settings.resolved_chroma_path
    away = chroma.with_name("chroma-away")
    chroma.rename(away)
    chroma.write_text("not an index")
    _bump_generation(any_ws)
    with pytest.raises(AssistantError):
        any_ws.index.delete("cases", ["C-nothing"])
    assert [m.name.split("-")[0] for m in any_ws.index.fault_marks()] == [f"{chroma.name}.fault"]
    chroma.unlink()
    away.rename(chroma)
    _bump_generation(any_ws)
    reconcile(any_ws)
    assert any_ws.index.fault_marks() == []
    gone, scrambled = _lose_vectors(any_ws)
    report = reconcile(any_ws, verify=True)
    assert report.cases >= 2
    titles = _titles(any_ws)
    assert _found_by_own_text(any_ws, titles[scrambled])
    assert any_ws.index.present("cases", [gone]) == {gone}
