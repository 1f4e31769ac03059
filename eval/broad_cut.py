"""The broad cut's spread, measured on tuning data only: banking77 train, its intents grouped
into broad topics by name (``eval/data/banking77_broad.json``).

    python -m eval.broad_cut                       # spreads 2, 2.25, 2.5, 3
    python -m eval.broad_cut --spreads 1.5 2 2.5
    python -m eval.broad_cut --spreads 2.5 --groupers all --cache /tmp/broad_cut

Samples: small networks as ``eval.cluster --themes T --per-theme P`` draws them (8x5,
40x10, 77x35; seeds 0-4) and random rows (300, 600, 1,000 x 2, 3,000 x 3, all 10,003).
Each sample is clustered once by the engine; its sub-themes are then grouped at every
spread (:func:`assistant.cluster.broad.group_subthemes`), and by each grouper named with
``--groupers`` (alternatives kept in :mod:`eval.broad_groupers`; ``all``: every one).
``--cache DIR`` keeps the vectors and each sample's sub-themes there, so a second run skips
the embedder and the engine (empty the folder when either changes). Prints one line per
sample, then one JSON object as the last line: per spread and grouper, mean broad NMI and
ARI, the broad theme counts, and ``worst_ari_change``, the largest loss of ARI on one
sample against the product's spread (``SPREAD``). (The simulated 20,000 and 50,000-case
networks of ``eval.bench_themes`` were also used when the spread was chosen; they are left
out here to keep the run to minutes.)
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from assistant.cluster.broad import SPREAD, group_subthemes
from assistant.cluster.engine import cluster_vectors, normalize
from assistant.config import PROJECT_ROOT
from eval.broad_groupers import GROUPERS, Subthemes, group
from eval.cluster import _embed, _read, _say, _scores, read_broad_map

DATA = PROJECT_ROOT / "../shared/data/banking77/train.csv"
BROAD_MAP = PROJECT_ROOT / "eval/data/banking77_broad.json"
NETWORKS = ((77, 35), (8, 5), (40, 10))
ROWS = ((300, 6), (600, 5), (1000, 3), (1000, 4), (3000, 0), (3000, 1), (3000, 2),
        (10**9, 0))  # (rows, seed); 10**9: every row


def samples(truth: list[str]) -> list[tuple[str, np.ndarray]]:
    """(name, row indices) of every tuning sample."""
    y = np.asarray(truth)
    names = sorted(set(truth))
    out = []
    for themes, per in NETWORKS:  # drawn as eval.cluster.sampled draws them
        for seed in range(5):
            rng = np.random.default_rng(seed)
            pick = rng.choice([n for n in names if (y == n).sum() >= per], themes,
                              replace=False)
            idx = np.concatenate([rng.choice(np.nonzero(y == n)[0], per, replace=False)
                                  for n in pick])
            out.append((f"{themes}x{per}/{seed}", idx))
    for size, seed in ROWS:
        if size >= len(y):
            out.append((f"all {len(y)}", np.arange(len(y))))
        else:
            rng = np.random.default_rng(seed)
            out.append((f"{size} rows/{seed}",
                        np.sort(rng.choice(len(y), size, replace=False))))
    return out


def _vectors(texts: list[str], cache: Path | None) -> np.ndarray:
    if cache is not None and (cache / "vectors.npy").exists():
        x = np.load(cache / "vectors.npy")
        if len(x) == len(texts):
            return x
    x = normalize(_embed(texts))
    if cache is not None:
        np.save(cache / "vectors.npy", x)
    return x


def _subthemes(x: np.ndarray, name: str, idx: np.ndarray, cache: Path | None) -> np.ndarray:
    path = cache / (name.replace("/", "_").replace(" ", "_") + ".npz") if cache else None
    if path is not None and path.exists():
        kept = np.load(path)
        if np.array_equal(kept["idx"], idx):
            return kept["labels"]
    labels = cluster_vectors(x[idx], [f"{i:06d}" for i in idx]).labels
    if path is not None:
        np.savez(path, idx=idx, labels=labels)
    return labels


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--spreads", type=float, nargs="*", default=[2.0, 2.25, 2.5, 3.0])
    ap.add_argument("--groupers", nargs="*", default=[],
                    choices=["all", *sorted(GROUPERS)], metavar="NAME",
                    help=f"also group by these: all, {', '.join(sorted(GROUPERS))}")
    ap.add_argument("--cache", type=Path, help="keep vectors and sub-themes in this folder")
    args = ap.parse_args(argv)
    if args.cache:
        args.cache.mkdir(parents=True, exist_ok=True)
    names = sorted(GROUPERS) if "all" in args.groupers else args.groupers
    texts, truth, broad = _read(DATA, "text", "category", None, read_broad_map(BROAD_MAP, DATA))
    x = _vectors(texts, args.cache)
    keys = [f"spread {s}" for s in args.spreads] + [n for n in names if n != "shipped"]
    scores: dict[str, list[dict]] = {k: [] for k in keys}
    base: list[float] = []
    for name, idx in samples(truth):
        labels = _subthemes(x, name, idx, args.cache)
        st = Subthemes(x[idx], labels)
        found = {f"spread {s}": group_subthemes(st.centroids, spread=s) for s in args.spreads}
        found.update({n: group(n, st) for n in keys if n in GROUPERS})
        if f"spread {SPREAD}" not in found:
            found[f"spread {SPREAD}"] = group_subthemes(st.centroids)
        line = []
        for k, g in found.items():
            b = np.where(labels >= 0, g[np.maximum(labels, 0)], -1)
            r = {**_scores([broad[i] for i in idx], b), "broad_themes": len(set(g.tolist()))}
            if k == f"spread {SPREAD}":
                base.append(r["ari"])
            if k in scores:
                scores[k].append(r)
                line.append(f"{k}: {r}")
        _say(f"{name} ({st.m} sub-themes): " + " | ".join(line))
    result = {k: {"broad_nmi": round(float(np.mean([r["nmi"] for r in rs])), 4),
                  "broad_ari": round(float(np.mean([r["ari"] for r in rs])), 4),
                  "worst_ari_change": round(min(r["ari"] - b for r, b in zip(rs, base,
                                                                             strict=True)), 4),
                  "broad_themes": [r["broad_themes"] for r in rs]}
              for k, rs in scores.items()}
    print(json.dumps(result), flush=True)
    return result


if __name__ == "__main__":
    main()
