"""How long the app's full theme recompute takes, and how much memory, at N cases.

    python -m eval.bench_themes --n 20000
    python -m eval.bench_themes --n 50000

Cases are banking77 train problem statements (10,003 rows). Their vectors are the real
MiniLM embeddings of those texts; beyond 10,003 rows, the texts repeat with a copy number
appended and their vectors are the original's plus small Gaussian noise (sigma
``--noise`` per dimension, then re-normalised), so a large network is simulated without
embedding 50,000 texts first. Cases and vectors go straight into a SQLite store and its
embedding cache (as ingest leaves them); then :func:`recompute_themes` is timed: engine,
names (their phrases are embedded by the real model), passages and store, everything the
app's Recompute button runs. Then each steward action is timed once on the result
(rename, move a case, move a sub-theme, merge, split, dismiss, rename a broad theme).

The last line printed is JSON: ``seconds`` (wall clock), ``cpu_seconds`` (CPU time of
this process over all its threads: what the recompute costs when other jobs share the
machine), ``peak_rss_mb`` (the whole process, model included), ``broad_themes``,
``themes``, ``rename_seconds`` and ``action_seconds`` (each action's wall clock).
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
from sqlalchemy import insert

from assistant.config import load_settings
from assistant.index.embedder import content_hash
from assistant.store.db import transaction
from assistant.store.models import Case, EmbeddingCacheEntry
from assistant.workspace import Workspace, open_workspace


def _say(msg: str) -> None:
    print(msg, file=sys.stdout, flush=True)


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=20000)
    ap.add_argument("--data", type=Path, default=Path("../shared/data/banking77/train.csv"))
    ap.add_argument("--text-col", default="text")
    ap.add_argument("--noise", type=float, default=0.01)
    args = ap.parse_args(argv)
    from assistant.cluster import recompute_themes

    with args.data.open(encoding="utf-8-sig", newline="") as fh:
        base = list(dict.fromkeys(r[args.text_col].strip() for r in csv.DictReader(fh)))
    with tempfile.TemporaryDirectory() as d:
        ws = open_workspace(load_settings(data_dir=Path(d)))
        _say(f"embedding {len(base)} base texts (not timed)")
        vecs = np.asarray(ws.embedder.inner.embed(base, progress=False),  # type: ignore[attr-defined]
                          dtype=np.float64)
        rng = np.random.default_rng(0)
        cases, cache = [], []
        for i in range(args.n):
            j = i % len(base)
            text = base[j] if i < len(base) else f"{base[j]} (copy {i // len(base)})"
            v = vecs[j] if i < len(base) else vecs[j] + rng.normal(0, args.noise, vecs.shape[1])
            v = (v / np.linalg.norm(v)).astype(np.float32)
            h = content_hash(text)
            cases.append({"id": f"C{h[:12]}", "content_hash": h, "title": "", "problem": text,
                          "source": "bench"})
            cache.append({"model": ws.embedder.cache_key,  # type: ignore[attr-defined]
                          "content_hash": h, "dim": len(v),
                          "vector": v.tobytes()})
        with transaction(ws.engine) as s:
            s.execute(insert(Case), cases)
            s.execute(insert(EmbeddingCacheEntry), cache)
        _say(f"{args.n} cases stored; recomputing themes")
        t0, c0 = time.perf_counter(), time.process_time()
        report = recompute_themes(ws)
        secs, cpu = time.perf_counter() - t0, time.process_time() - c0
        _say(f"recompute: {report} in {secs:.1f}s")
        actions = _time_actions(ws)
        ws.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out = {"n": args.n, "seconds": round(secs, 1), "cpu_seconds": round(cpu, 1),
           "peak_rss_mb": round(peak),
           "broad_themes": report.broad_themes, "themes": report.themes,
           "novel": report.novel, "rename_seconds": actions["rename"],
           "action_seconds": actions}
    print(json.dumps(out), flush=True)
    return out


def _time_actions(ws: Workspace) -> dict[str, float]:
    """Seconds of each steward action on the recomputed themes, one after another: rename
    a sub-theme, move a case between two sub-themes, move a sub-theme to another broad
    theme, merge two sub-themes, split one, dismiss one, rename a broad theme."""
    from assistant.cluster import (
        dismiss_theme,
        get_theme,
        merge_themes,
        move_case,
        move_subtheme,
        rename_theme,
        split_theme,
        theme_tree,
    )

    tree = theme_tree(ws)
    big = sorted((b for b in tree if len(b.subthemes) >= 2),
                 key=lambda b: (-len(b.subthemes), b.theme.id))
    first, other = big[0], next(b for b in tree if b.theme.id != big[0].theme.id)
    a, b, c = sorted(first.subthemes, key=lambda t: (-t.size, t.id))[:3]
    case = get_theme(ws, b.id).members[0].case_id
    steps: list[tuple[str, Callable[[], object]]] = [
        ("rename", lambda: rename_theme(ws, a.id, "A steward's name")),
        ("move_case", lambda: move_case(ws, case, a.id)),
        ("move_subtheme", lambda: move_subtheme(ws, c.id, other.theme.id)),
        ("merge", lambda: merge_themes(ws, b.id, a.id)),
        ("split", lambda: split_theme(ws, a.id)),
        ("dismiss", lambda: dismiss_theme(ws, c.id)),
        ("rename_broad", lambda: rename_theme(ws, other.theme.id, "A broad name")),
    ]
    out = {}
    for name, step in steps:
        t0 = time.perf_counter()
        step()
        out[name] = round(time.perf_counter() - t0, 3)
        _say(f"{name}: {out[name]:.3f}s")
    return out


if __name__ == "__main__":
    main()
