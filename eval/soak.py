"""Soak: W worker processes run a mixed load against one store for M minutes while faults
are injected; then the store is reconciled and checked.

    python -m eval.soak --minutes 10 --workers 8 [--database-url URL]

Load (see :mod:`eval.soak_worker`): ingest case sheets (new ones, and a few files every
worker ingests at once), ingest transcripts, search, draft recaps and patterns, edit a few
hot drafts concurrently, approve, recompute themes, publish. Case texts are BANKING77
(``../shared/data/banking77/train.csv``).

Faults: a worker is killed with SIGKILL in the middle of an ingest about every 40 s (and
restarted); Chroma is made unavailable for 20 s every ~2 min (its folder moved away under
the index's own write lock, then restored); the data folder sits on a small tmpfs that is
filled to the last byte for 20 s every ~2 min (when ``mount`` is allowed).

Afterwards the store is opened (which reconciles the index) and checked: every write a
worker was told succeeded must be there (``lost_writes``), every stored record must be
searchable (``index_lag``). Prints progress, then one JSON object as the last line.
PostgreSQL runs get a schema of their own (dropped afterwards).
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from pathlib import Path
from typing import Any

from assistant.config import PROJECT_ROOT

KILL_EVERY_S = 40
CHROMA_DOWN_EVERY_S, CHROMA_DOWN_FOR_S = 120, 20
DISK_FULL_EVERY_S, DISK_FULL_FOR_S = 120, 20
TMPFS_MB = 1024


def _say(msg: str) -> None:
    print(msg, flush=True)


# ---------------------------------------------------------------- set-up


def _pg_schema(url: str) -> tuple[str, str]:
    from sqlalchemy import text

    from assistant.store.db import make_engine

    schema = f"soak_{uuid.uuid4().hex[:10]}"
    eng = make_engine(url)
    with eng.begin() as c:
        c.execute(text(f'CREATE SCHEMA "{schema}"'))
    eng.dispose()
    sep = "&" if "?" in url else "?"
    return schema, f"{url}{sep}options=-csearch_path%3D{schema}"


def _drop_pg_schema(url: str, schema: str) -> None:
    from sqlalchemy import text

    from assistant.store.db import make_engine

    eng = make_engine(url)
    with eng.begin() as c:
        c.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    eng.dispose()


def _mount_tmpfs(path: Path) -> str:
    path.mkdir(parents=True, exist_ok=True)
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={TMPFS_MB}m", "tmpfs", str(path)],
                       capture_output=True, text=True)
    return "" if r.returncode == 0 else (r.stderr.strip() or f"mount exited {r.returncode}")


def _seed(data_dir: Path, url: str, texts: Path, run: Path) -> None:
    """A starting store: cases, three transcripts, their recaps, themes."""
    import random as _r

    from assistant.auth import LOCAL
    from assistant.cluster import recompute_themes
    from assistant.config import load_settings
    from assistant.ingest.service import ingest_paths
    from assistant.summarize import draft_recap
    from assistant.workspace import open_workspace
    from eval.soak_worker import banking_texts, case_sheet, vtt

    rng = _r.Random(7)
    pool = banking_texts(texts)
    ws = open_workspace(load_settings(data_dir=data_dir, database_url=url))
    seed = run / "seed"
    seed.mkdir(exist_ok=True)
    rep = ingest_paths(ws, [case_sheet(seed / "base.csv", pool, rng, 300)]
                       + [vtt(seed / f"jam{i}.vtt", pool, rng) for i in range(3)])
    for sid in rep.session_ids:
        draft_recap(ws, sid, actor=LOCAL)
    recompute_themes(ws, actor=LOCAL)
    ws.close()


# ---------------------------------------------------------------- faults


class Faults:
    def __init__(self, run: Path, data_dir: Path, tmpfs: bool) -> None:
        self.run, self.data_dir, self.tmpfs = run, data_dir, tmpfs
        self.kills = self.chroma_outages = self.disk_fills = 0
        now = time.monotonic()
        self.next_kill = now + KILL_EVERY_S / 2
        self.next_chroma = now + CHROMA_DOWN_EVERY_S / 2
        self.next_disk = now + DISK_FULL_EVERY_S * 0.9
        self.chroma_back_at: float | None = None
        self.disk_back_at: float | None = None

    @property
    def chroma(self) -> Path:
        return self.data_dir / "chroma"

    def _with_index_lock(self, fn: Any) -> None:
        """Act on the Chroma folder only while no process is writing to it."""
        with open(self.data_dir / "chroma.lock", "a+") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                fn()
                with contextlib.suppress(OSError):  # disk full: the lock file's time moves
                    (self.data_dir / "chroma.generation").write_text(uuid.uuid4().hex)
                ns = time.time_ns()
                os.utime(self.data_dir / "chroma.lock", ns=(ns, ns))
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def tick(self, procs: dict[int, subprocess.Popen[bytes]], respawn: Any) -> None:
        now = time.monotonic()
        if now >= self.next_kill:
            busy = [n for n in procs if (self.run / f"worker-{n}.op").exists()
                    and (self.run / f"worker-{n}.op").read_text().startswith("ingest")]
            if busy:
                n = random.choice(busy)
                procs[n].send_signal(signal.SIGKILL)
                procs[n].wait()
                self.kills += 1
                _say(f"fault: killed worker {n} mid-ingest (SIGKILL)")
                respawn(n)
                self.next_kill = now + KILL_EVERY_S
        if self.chroma_back_at is None and now >= self.next_chroma:
            def down() -> None:
                self.chroma.rename(self.data_dir / "chroma-away")
                self.chroma.write_text("Chroma is down\n")
            self._with_index_lock(down)
            self.chroma_outages += 1
            self.chroma_back_at = now + CHROMA_DOWN_FOR_S
            _say("fault: Chroma unavailable")
        elif self.chroma_back_at is not None and now >= self.chroma_back_at:
            self.restore_chroma()
            self.next_chroma = now + CHROMA_DOWN_EVERY_S
        if self.tmpfs and self.disk_back_at is None and now >= self.next_disk:
            ballast = self.data_dir / "ballast"
            with open(ballast, "wb", buffering=0) as fh:
                try:
                    while True:
                        fh.write(b"\0" * (1 << 20))
                except OSError:
                    pass
                try:
                    while True:
                        fh.write(b"\0" * 4096)
                except OSError:
                    pass
            self.disk_fills += 1
            self.disk_back_at = now + DISK_FULL_FOR_S
            _say("fault: data disk full")
        elif self.disk_back_at is not None and now >= self.disk_back_at:
            self.restore_disk()
            self.next_disk = now + DISK_FULL_EVERY_S

    def restore_chroma(self) -> None:
        if self.chroma_back_at is None:
            return

        def up() -> None:
            self.chroma.unlink()
            (self.data_dir / "chroma-away").rename(self.chroma)
        self._with_index_lock(up)
        self.chroma_back_at = None
        _say("fault over: Chroma back")

    def restore_disk(self) -> None:
        if self.disk_back_at is None:
            return
        (self.data_dir / "ballast").unlink(missing_ok=True)
        self.disk_back_at = None
        _say("fault over: disk space back")


# ---------------------------------------------------------------- checks


def _read_logs(run: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    ops, acks = [], []
    for f in sorted(run.glob("worker-*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            try:
                row = json.loads(line)
            except json.JSONDecodeError:  # a line cut by SIGKILL was never acknowledged
                continue
            (acks if "ack" in row else ops).append(row)
    return ops, acks


def _check(data_dir: Path, url: str, acks: list[dict[str, Any]]) -> dict[str, Any]:
    import hashlib

    from sqlalchemy import select
    from sqlalchemy.orm import Session as OrmSession
    from sqlalchemy.orm import selectinload

    from assistant.config import load_settings
    from assistant.index.outbox import pending, reconcile
    from assistant.index.service import reindex
    from assistant.index.texts import chunk_segments
    from assistant.index.vectors import IndexUnavailable
    from assistant.store.models import Case, Draft, DraftVersion, Pattern, Session
    from assistant.workspace import open_workspace

    ws = open_workspace(load_settings(data_dir=data_dir, database_url=url))
    rebuilt = ""
    try:
        reconcile(ws)
    except IndexUnavailable as exc:  # damaged by a fault: what an operator would do next
        rebuilt = str(exc)[:200]
        _say(f"index unusable after the run ({exc}); rebuilding it with reindex")
        reindex(ws)
    lost: list[str] = []
    with OrmSession(ws.engine) as s:
        cases = set(s.scalars(select(Case.id)))
        sessions = list(s.scalars(select(Session).options(selectinload(Session.segments))
                                  .where(Session.transcript_hash.is_not(None))))
        drafts = {d.id: d.status for d in s.scalars(select(Draft))}
        versions = {(v.draft_id, v.number): hashlib.sha256(v.text.encode()).hexdigest()
                    for v in s.scalars(select(DraftVersion))}
        published = set(s.scalars(select(Pattern.id).where(Pattern.status == "published")))
    sids = {x.id for x in sessions}
    for a in acks:
        kind = a["ack"]
        if kind == "cases":
            lost += [f"case {c}" for c in a["ids"] if c not in cases]
        elif kind == "sessions":
            lost += [f"session {x}" for x in a["ids"] if x not in sids]
        elif kind == "draft" and a["id"] not in drafts:
            lost.append(f"draft {a['id']}")
        elif kind == "version" and versions.get((a["draft"], a["number"])) != a["text"]:
            lost.append(f"version {a['draft']} v{a['number']}")
        elif kind == "status" and drafts.get(a["draft"]) not in ("approved", "published"):
            lost.append(f"approval of {a['draft']}")
        elif kind == "published":
            lost += [f"published pattern {p}" for p in a["patterns"] if p not in published]
    passages = {p.id for x in sessions for p in chunk_segments(x.id, x.segments)}
    in_index = {k: ws.index.ids(k) for k in ("cases", "segments", "patterns")}  # type: ignore[arg-type]
    missing = (len(cases - in_index["cases"]) + len(passages - in_index["segments"])
               + len(published - in_index["patterns"]))
    unsearchable = _unsearchable_cases(ws)
    missing += len(unsearchable)
    orphans = (len(in_index["cases"] - cases) + len(in_index["segments"] - passages)
               + len(in_index["patterns"] - published))
    out = {"lost_writes": len(lost), "lost_examples": lost[:5], "index_lag": missing,
           "outbox_pending": sum(pending(ws).values()), "index_orphans": orphans,
           "reindex_needed": rebuilt, "unsearchable_cases": len(unsearchable),
           "cases": len(cases), "sessions": len(sids), "passages": len(passages),
           "published_patterns": len(published)}
    ws.close()
    return out


def _unsearchable_cases(ws: Any) -> list[str]:
    """Cases a search for their own text does not return (among cases with the very same
    text): what a stale or clobbered vector graph would hide although the ids are there."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session as OrmSession

    from assistant.index.texts import case_text
    from assistant.store.models import Case

    with OrmSession(ws.engine) as s:
        rows = [(c.id, case_text(c)) for c in s.scalars(select(Case).order_by(Case.id))]
    if not rows:
        return []
    twins: dict[str, set[str]] = defaultdict(set)
    for cid, text in rows:
        twins[text].add(cid)
    vecs = ws.embedder.embed([t for _, t in rows])
    col = ws.index.collection("cases")
    k = min(len(rows), max(len(v) for v in twins.values()) + 3)
    bad: list[str] = []
    for i in range(0, len(rows), 200):
        res = col.query(query_embeddings=vecs[i:i + 200], n_results=k, include=[])
        for (cid, text), ids in zip(rows[i:i + 200], res["ids"], strict=True):
            if not twins[text] & set(ids):
                bad.append(cid)
    return bad


def _p95(values: list[float]) -> float:
    v = sorted(values)
    return v[min(len(v) - 1, int(round(0.95 * (len(v) - 1))))] if v else 0.0


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--minutes", type=float, default=1.0)
    ap.add_argument("--workers", type=int, default=3)
    ap.add_argument("--database-url", default=None, help="PostgreSQL URL (default: SQLite "
                    "in the data folder).")
    ap.add_argument("--texts", type=Path,
                    default=PROJECT_ROOT.parent / "shared" / "data" / "banking77" / "train.csv")
    ap.add_argument("--no-tmpfs", action="store_true", help="Skip the full-disk fault.")
    ap.add_argument("--keep", action="store_true", help="Keep the run folder.")
    args = ap.parse_args(argv)
    run = Path(tempfile.mkdtemp(prefix="assistant-soak-"))
    data_dir = run / "data"
    tmpfs_note = "skipped (--no-tmpfs)" if args.no_tmpfs else _mount_tmpfs(data_dir)
    tmpfs = not tmpfs_note
    schema = None
    url = args.database_url
    if url:
        schema, url = _pg_schema(url)
    else:
        url = f"sqlite:///{data_dir / 'assistant.db'}"
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false",
           "OMP_NUM_THREADS": "1", "PYTHONPATH": str(PROJECT_ROOT)}
    procs: dict[int, subprocess.Popen[bytes]] = {}
    faults = Faults(run, data_dir, tmpfs)
    started = time.monotonic()
    try:
        _say(f"soak: {args.workers} workers, {args.minutes} min, store {url.split('?')[0]}, "
             f"disk fault: {'tmpfs ' + str(TMPFS_MB) + ' MB' if tmpfs else tmpfs_note}")
        _seed(data_dir, url, args.texts, run)
        _say(f"seeded in {time.monotonic() - started:.0f} s")
        faults = Faults(run, data_dir, tmpfs)  # fault clocks start with the load

        def spawn(n: int) -> None:
            procs[n] = subprocess.Popen(
                [sys.executable, "-m", "eval.soak_worker", "--dir", str(run), "--data-dir",
                 str(data_dir), "--worker", str(n), "--database-url", url, "--texts",
                 str(args.texts)], env=env, cwd=PROJECT_ROOT)

        for n in range(args.workers):
            spawn(n)
        end = time.monotonic() + args.minutes * 60
        while time.monotonic() < end:
            faults.tick(procs, spawn)
            for n, p in list(procs.items()):
                if p.poll() is not None:
                    _say(f"worker {n} exited with {p.returncode}; restarting")
                    spawn(n)
            time.sleep(1)
        faults.restore_chroma()
        faults.restore_disk()
        (run / "stop").write_text("stop")
        for p in procs.values():
            try:
                p.wait(timeout=180)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
        ops, acks = _read_logs(run)
        result = _check(data_dir, url, acks)
    finally:
        faults.restore_chroma()
        faults.restore_disk()
        for p in procs.values():
            if p.poll() is None:
                p.kill()
        if schema and args.database_url:
            _drop_pg_schema(args.database_url, schema)
    by_op: dict[str, list[float]] = defaultdict(list)
    for o in ops:
        if o["outcome"] == "ok":
            by_op[o["op"]].append(o["ms"])
    unclean = [o for o in ops if o["outcome"] == "unclean"]
    summary = {"operations": len(ops),
               "ok": sum(o["outcome"] == "ok" for o in ops),
               "conflicts": sum(o["outcome"] == "conflict" for o in ops),
               "refusals": sum(o["outcome"] == "refused" for o in ops),
               "unclean_errors": len(unclean),
               "unclean_examples": sorted({o["error"][:160] for o in unclean})[:5],
               **result,
               "p95_ms": {k: _p95(v) for k, v in sorted(by_op.items())},
               "ops_ok": {k: len(v) for k, v in sorted(by_op.items())},
               "faults": {"kills": faults.kills, "chroma_outages": faults.chroma_outages,
                          "disk_fills": faults.disk_fills,
                          "disk_fault": "tmpfs" if tmpfs else tmpfs_note},
               "minutes": args.minutes, "workers": args.workers,
               "database": "postgresql" if schema else "sqlite"}
    if tmpfs:
        subprocess.run(["umount", "-l", str(data_dir)], check=False)
    if not args.keep:
        shutil.rmtree(run, ignore_errors=True)
    else:
        _say(f"run folder kept: {run}")
    print(json.dumps(summary), flush=True)
    return summary


if __name__ == "__main__":
    main()
