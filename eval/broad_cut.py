"""The broad cut's spread, measured on tuning data only: banking77 train, its intents grouped
into broad topics by name (``eval/data/banking77_broad.json``).

    python -m eval.broad_cut                       # spreads 2, 2.25, 2.5, 3
    python -m eval.broad_cut --spreads 1.5 2 2.5

Samples: small networks as ``eval.cluster --themes T --per-theme P`` draws them (8x5,
40x10, 77x35; seeds 0-4) and random rows (300, 600, 1,000 x 2, 3,000 x 3, all 10,003).
Each sample is clustered once by the engine; its sub-themes are then grouped at every
spread (:func:`assistant.cluster.broad.group_subthemes`). Prints one line per sample, then
one JSON object as the last line: mean broad NMI and ARI and the broad theme counts per
spread. (The simulated 20,000 and 50,000-case networks of ``eval.bench_themes`` were also
used when the spread was chosen; they are left out here to keep the run to minutes.)
"""

from __future__ import annotations

import argparse
import json

import numpy as np

from assistant.cluster.broad import centred_centroids, group_subthemes
from assistant.cluster.engine import cluster_vectors, normalize
from assistant.config import PROJECT_ROOT
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


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--spreads", type=float, nargs="+", default=[2.0, 2.25, 2.5, 3.0])
    args = ap.parse_args(argv)
    texts, truth, broad = _read(DATA, "text", "category", None, read_broad_map(BROAD_MAP, DATA))
    x = normalize(_embed(texts))
    scores: dict[float, list[dict]] = {s: [] for s in args.spreads}
    for name, idx in samples(truth):
        c = cluster_vectors(x[idx], [f"{i:06d}" for i in idx])
        cents = centred_centroids(x[idx], c.labels)
        line = []
        for s in args.spreads:
            g = group_subthemes(cents, spread=s)
            b = np.where(c.labels >= 0, g[np.maximum(c.labels, 0)], -1)
            r = {**_scores([broad[i] for i in idx], b), "broad_themes": len(set(g.tolist()))}
            scores[s].append(r)
            line.append(f"{s}: {r}")
        _say(f"{name} ({c.n_clusters} sub-themes): " + " | ".join(line))
    result = {str(s): {"broad_nmi": round(float(np.mean([r["nmi"] for r in rs])), 4),
                       "broad_ari": round(float(np.mean([r["ari"] for r in rs])), 4),
                       "broad_themes": [r["broad_themes"] for r in rs]}
              for s, rs in scores.items()}
    print(json.dumps(result), flush=True)
    return result


if __name__ == "__main__":
    main()
