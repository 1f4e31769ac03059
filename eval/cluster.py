"""Theme quality and speed: the product's own engine on any labelled CSV, told nothing of
the labels or their number, against k-means told the true number of themes.

    python -m eval.cluster --data ../shared/data/banking77/test.csv
    python -m eval.cluster --data ../shared/data/banking77/test.csv --themes 8 --per-theme 5
    python -m eval.cluster --example   # example network; writes eval/example_themes.md
    python -m eval.cluster --data ../shared/data/banking77/test.csv --placement
    python -m eval.cluster --data ../shared/data/banking77/test.csv --spread 10
    python -m eval.cluster --data ../shared/data/hwu64/dev.csv --label-col intent \
        --broad-label-col scenario
    python -m eval.cluster --data ../shared/data/banking77/test.csv \
        --broad-map eval/data/banking77_broad.json
    python -m eval.cluster --data ../shared/data/banking77/train.csv \
        --broad-map eval/data/banking77_broad.json --themes 77 --per-theme 35  # tuning

Prints progress lines, then one JSON object as the last line: ``nmi``, ``ari``,
``novel_fraction``, ``themes`` (sub-themes against ``--label-col``), ``broad_nmi``,
``broad_ari``, ``broad_themes`` (broad themes against ``--broad-label-col``, default the
same column, or the fine labels mapped through ``--broad-map``), ``seconds`` (clustering
only; embeddings excluded) and the same under ``kmeans`` (told the true number of labels at
each level: ``kmeans.broad_*``). Novel cases count as one group of their own. On a full file
it also clusters three times and once with the rows shuffled and reports whether the labels
were identical; ``cold_seconds`` is the first call in the process (numba compiles UMAP
then), ``seconds`` the mean of the warm calls.
``numba_target`` is what numba compiled UMAP's kernels for (``x86-64-v3``, the same on every
x86-64 CPU that has it; ``host`` where the CPU lacks it, see ``assistant/cluster/cpu.py``).
``--spread N`` clusters with N seeds (the shipped one first) for the UMAP layouts and
reports the mean, min and max of NMI and ARI under ``spread``: how
much of a figure is the engine and how much the seed.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from assistant.cluster.cpu import numba_target
from assistant.cluster.engine import EngineParams, cluster_vectors
from assistant.config import PROJECT_ROOT


def _say(msg: str) -> None:
    print(msg, file=sys.stdout, flush=True)


def _scores(truth: Sequence[str], labels: np.ndarray) -> dict[str, float]:
    from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

    return {"nmi": round(float(normalized_mutual_info_score(truth, labels)), 4),
            "ari": round(float(adjusted_rand_score(truth, labels)), 4)}


def _kmeans(x: np.ndarray, k: int, truth: Sequence[str]) -> dict[str, float]:
    from sklearn.cluster import KMeans

    t0 = time.perf_counter()
    labels = KMeans(n_clusters=k, n_init=10, random_state=0).fit_predict(x)
    secs = time.perf_counter() - t0
    return {**_scores(truth, labels), "novel_fraction": 0.0, "themes": k,
            "seconds": round(secs, 3)}


def _engine(x: np.ndarray, keys: list[str], truth: Sequence[str],
            broad: Sequence[str] | None = None, params: EngineParams | None = None
            ) -> tuple[dict, np.ndarray]:
    c = cluster_vectors(x, keys, params)
    out = {**_scores(truth, c.labels), "novel_fraction": round(float((c.labels < 0).mean()), 4),
           "themes": c.n_clusters, "seconds": round(c.seconds, 3)}
    blabels = np.where(c.labels >= 0, c.groups[np.maximum(c.labels, 0)], -1)
    b = _scores(broad if broad is not None else truth, blabels)
    out.update({"broad_nmi": b["nmi"], "broad_ari": b["ari"],
                "broad_themes": len(set(c.groups.tolist()))})
    return out, c.labels


def _same_partition(a: np.ndarray, b: np.ndarray) -> bool:
    """Identical labels up to renaming of clusters (novel must stay novel)."""
    if not np.array_equal(a < 0, b < 0):
        return False
    pairs = {(int(x), int(y)) for x, y in zip(a, b, strict=True) if x >= 0}
    return len(pairs) == len({p[0] for p in pairs}) == len({p[1] for p in pairs})


def read_broad_map(path: Path, data: Path) -> dict[str, str]:
    """Fine label -> broad label from a JSON file ``{"categories": FILE, "groups": {broad:
    [position, ...]}}`` (see ``eval/data/banking77_broad.json``): each fine label is given
    by its position in the data set's own list of labels, FILE beside the ``data`` CSV, so
    no label of the shared data is copied into the project."""
    spec = json.loads(path.read_text(encoding="utf-8"))
    names = json.loads((data.parent / spec["categories"]).read_text(encoding="utf-8"))
    return {names[i]: broad for broad, ixs in spec["groups"].items() for i in ixs}


def _read(path: Path, text_col: str, label_col: str, broad_col: str | None = None,
          broad_map: dict[str, str] | None = None
          ) -> tuple[list[str], list[str], list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for col in (text_col, label_col, broad_col):
        if col and rows and col not in rows[0]:
            raise SystemExit(f"{path}: no column {col!r}; columns are {', '.join(rows[0])}")
    fine = [r[label_col] for r in rows]
    if broad_map is not None:
        missing = sorted(set(fine) - set(broad_map))
        if missing:
            raise SystemExit(f"the broad map has no broad label for {', '.join(missing[:5])}")
        return [r[text_col] for r in rows], fine, [broad_map[f] for f in fine]
    return [r[text_col] for r in rows], fine, [r[broad_col or label_col] for r in rows]


def _embed(texts: list[str]) -> np.ndarray:
    from assistant.index.embedder import SentenceTransformerEmbedder

    return np.asarray(SentenceTransformerEmbedder().embed(texts, progress=True))


def spread(x: np.ndarray, keys: list[str], truth: Sequence[str], n: int,
           broad: Sequence[str] | None = None) -> dict:
    """NMI and ARI at both levels over ``n`` seeds: the shipped one and ``n - 1`` others
    (each seeds the engine's three UMAP layouts)."""
    default = EngineParams().random_state
    scores = []
    for i in range(n):
        seed = default + EngineParams().layouts * i  # layouts use seed, seed+1, ...
        r, _ = _engine(x, keys, truth, broad, EngineParams(random_state=seed))
        scores.append(r)
        _say(f"seed {seed}: {r}")
    out: dict = {"seeds": n}
    for k in ("nmi", "ari", "broad_nmi", "broad_ari", "themes", "broad_themes"):
        vals = [s[k] for s in scores]
        out[k] = {"mean": round(float(np.mean(vals)), 4), "min": min(vals), "max": max(vals)}
    return out


def full(x: np.ndarray, truth: list[str], seeds: int = 0,
         broad: list[str] | None = None) -> dict:
    keys = [f"{i:06d}" for i in range(len(truth))]
    t0 = time.perf_counter()
    first, labels = _engine(x, keys, truth, broad)
    cold = time.perf_counter() - t0
    _say(f"run 1 (cold): {first}")
    runs = [first]
    same = True
    for i in (2, 3):
        r, lab = _engine(x, keys, truth, broad)
        same &= bool(np.array_equal(lab, labels))
        runs.append(r)
        _say(f"run {i}: {r}")
    perm = np.random.default_rng(0).permutation(len(truth))
    c = cluster_vectors(x[perm], [keys[i] for i in perm])
    back = np.empty_like(c.labels)
    back[perm] = c.labels
    shuffled = _same_partition(back, labels)
    _say(f"shuffled rows: identical partition = {shuffled}")
    k = len(set(truth))
    km = _kmeans(x, k, truth)
    b = broad if broad is not None else truth
    kb = _kmeans(x, len(set(b)), b)
    km.update({"broad_nmi": kb["nmi"], "broad_ari": kb["ari"], "broad_themes": kb["themes"]})
    _say(f"k-means told k={k} (broad {len(set(b))}): {km}")
    out = {**first, "seconds": round(float(np.mean([r["seconds"] for r in runs[1:]])), 3),
           "cold_seconds": round(cold, 3), "identical_runs": same,
           "identical_shuffled": shuffled, "n": len(truth),
           "numba_target": numba_target().cpu, "kmeans": km}
    if seeds:
        out["spread"] = spread(x, keys, truth, seeds, broad)
    return out


def sampled(x: np.ndarray, truth: list[str], themes: int, per: int, seeds: int,
            broad: list[str] | None = None) -> dict:
    """Mean scores over ``seeds`` small networks of ``themes`` labels x ``per`` texts; the
    broad scores are against ``broad`` (default: the fine labels)."""
    y = np.asarray(truth)
    names = sorted(set(truth))
    ours, theirs = [], []
    cluster_vectors(x[:200], [f"{i:06d}" for i in range(200)])  # compile once, untimed
    for seed in range(seeds):
        rng = np.random.default_rng(seed)
        pick = rng.choice([n for n in names if (y == n).sum() >= per], themes, replace=False)
        idx = np.concatenate([rng.choice(np.nonzero(y == n)[0], per, replace=False)
                              for n in pick])
        sub = [truth[i] for i in idx]
        r, _ = _engine(x[idx], [f"{i:06d}" for i in idx], sub,
                       [broad[i] for i in idx] if broad is not None else None)
        km = _kmeans(x[idx], themes, sub)
        _say(f"seed {seed}: engine {r} | k-means {km}")
        ours.append(r)
        theirs.append(km)

    def mean(rs: list[dict]) -> dict:
        return {k: round(float(np.mean([r[k] for r in rs])), 4)
                for k in ("nmi", "ari", "novel_fraction", "themes", "seconds")}

    bmean = {k: round(float(np.mean([r[k] for r in ours])), 4)
             for k in ("broad_nmi", "broad_ari", "broad_themes")}
    return {**mean(ours), **bmean, "nmi_min": min(r["nmi"] for r in ours),
            "sample": f"{themes}x{per}", "seeds": seeds, "kmeans": mean(theirs)}


def placement(data: Path, text_col: str, n: int = 3000, new: int = 10) -> dict:
    """Time :func:`place_cases` for ``new`` cases in an ``n``-case workspace (their
    embeddings are cached by ingest, as in the product)."""
    import tempfile

    from assistant.cluster import place_cases, recompute_themes
    from assistant.config import load_settings
    from assistant.ingest.service import ingest_paths
    from assistant.workspace import open_workspace

    with data.open(encoding="utf-8-sig", newline="") as fh:
        texts = list(dict.fromkeys(r[text_col] for r in csv.DictReader(fh)))[: n + new]
    with tempfile.TemporaryDirectory() as d:
        ws = open_workspace(load_settings(data_dir=Path(d)))
        for name, chunk in (("base.csv", texts[:n]), ("new.csv", texts[n:])):
            with (Path(d) / name).open("w", encoding="utf-8", newline="") as fh:
                w = csv.writer(fh)
                w.writerow(["Problem"])
                w.writerows([t] for t in chunk)
        ingest_paths(ws, [Path(d) / "base.csv"], progress=True)
        t0 = time.perf_counter()
        report = recompute_themes(ws)
        recompute_s = time.perf_counter() - t0
        _say(f"recompute: {report} in {recompute_s:.2f}s")
        settings_due = ws.settings.theme_min_new_cases
        ws.settings.theme_min_new_cases = 10**9  # time placement alone, no auto-recompute
        res = ingest_paths(ws, [Path(d) / "new.csv"])
        ids = list(res.case_ids)
        from assistant.store.db import transaction
        from assistant.store.models import ThemeMember

        with transaction(ws.engine) as s:  # forget the automatic placement, then time it
            s.query(ThemeMember).filter(ThemeMember.case_id.in_(ids)).delete()
        t0 = time.perf_counter()
        placed = place_cases(ws, ids)
        secs = time.perf_counter() - t0
        ws.settings.theme_min_new_cases = settings_due
        ws.close()
    _say(f"placement: {placed} in {secs:.3f}s")
    return {"cases": n, "new": len(ids), "place_seconds": round(secs, 3),
            "recompute_seconds": round(recompute_s, 2), "placed": placed.placed,
            "novel": placed.novel}


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, help="Labelled CSV.")
    ap.add_argument("--text-col", default="text")
    ap.add_argument("--label-col", default="category", help="Fine labels (sub-themes).")
    ap.add_argument("--broad-label-col", help="Broad labels (default: --label-col).")
    ap.add_argument("--broad-map", type=Path, help="JSON grouping of the fine labels into "
                    "broad ones (instead of --broad-label-col), e.g. "
                    "eval/data/banking77_broad.json.")
    ap.add_argument("--themes", type=int, help="Sample this many labels ...")
    ap.add_argument("--per-theme", type=int, default=10, help="... with this many texts each.")
    ap.add_argument("--seeds", type=int, default=5, help="Samples to average over.")
    ap.add_argument("--spread", type=int, default=0, metavar="N", help="Also cluster "
                    "with N layout seeds (the shipped one first) and report mean, min and "
                    "max NMI and ARI at both levels.")
    ap.add_argument("--placement", action="store_true", help="Time placing 10 new cases "
                    "into a 3,000-case workspace built from --data.")
    ap.add_argument("--example", action="store_true", help="Evaluate on the example network "
                    "and write eval/example_themes.md.")
    args = ap.parse_args(argv)
    if args.example:
        from eval.example_themes import run

        result = run()
    else:
        if args.data is None:
            ap.error("--data or --example is required")
        data = args.data if args.data.is_absolute() or args.data.exists() \
            else PROJECT_ROOT / args.data
        if args.placement:
            result = placement(data, args.text_col)
            print(json.dumps(result), flush=True)
            return result
        bmap = read_broad_map(args.broad_map, data) if args.broad_map else None
        texts, truth, broad = _read(data, args.text_col, args.label_col,
                                    args.broad_label_col, bmap)
        _say(f"{len(texts)} texts, {len(set(truth))} labels, {len(set(broad))} broad; "
             "embedding (not timed)")
        x = _embed(texts)
        result = (sampled(x, truth, args.themes, args.per_theme, args.seeds, broad)
                  if args.themes
                  else full(x, truth, args.spread, broad))
    print(json.dumps(result), flush=True)
    return result


if __name__ == "__main__":
    main()
