"""Are the themes' names about what their cases are about? Measured against label names.

    python -m eval.labels --data ../shared/data/banking77/test.csv --label-col category
    python -m eval.labels --data ../shared/data/hwu64/dev.csv --label-col intent \
        --broad-label-col scenario
    python -m eval.labels --data ../shared/data/banking77/train.csv --n 3000 --seed 1 \
        --broad-map eval/data/banking77_broad.json

Clusters the texts with the product's engine (told nothing of the labels), names every
sub-theme and broad theme as the product does (:func:`assistant.cluster.names.theme_names`),
then embeds each name and each label name (``_`` and ``-`` become spaces) with the default
embedder. Prints one JSON object as the last line:

- ``name_top1``: share of sub-themes with at least 5 cases whose name is closer (cosine) to
  the name of their majority label than to any other label name;
- ``broad_name_top1``: the same for broad themes against ``--broad-label-col`` (or the
  broad labels ``--broad-map`` gives the fine labels: a tuning target for broad names);
  ``--broad-names largest-sub`` scores instead each broad theme named by its largest
  sub-theme, the name a store kept for a broad theme that once held that one alone;
- ``duplicate_names``: names that repeat another name of the same level (case aside);
- ``mean_words``: mean words per name; ``list_like``: share of names that are
  comma-separated word lists. ``--n`` samples that many rows (``--seed``, default 0) first.

``--cache DIR`` keeps each sample's vectors and clustering in ``DIR`` (one ``.npz`` per
sample, keyed by its texts): the clustering takes most of a run and naming does not change
it, so a rerun with another naming rule reads it back. Clear ``DIR`` when the engine or
the embedder changes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from assistant.cluster.describe import representatives
from assistant.cluster.engine import cluster_vectors, normalize
from assistant.cluster.names import CENTRAL, is_list_like, theme_names
from eval.cluster import _read, read_broad_map

MIN_CASES = 5


def humanize(label: str) -> str:
    return " ".join(label.replace("_", " ").replace("-", " ").split())


def top1(names: Sequence[str], majority: Sequence[str], label_names: Sequence[str],
         embed: object) -> float:
    if not names:
        return 0.0
    uniq = sorted(set(label_names))
    lv = normalize(np.asarray(embed(uniq)))  # type: ignore[operator]
    nv = normalize(np.asarray(embed(list(names))))  # type: ignore[operator]
    best = (nv @ lv.T).argmax(axis=1)
    return float(np.mean([uniq[b] == m for b, m in zip(best.tolist(), majority, strict=True)]))


def _names(labels: np.ndarray, texts: Sequence[str], x: np.ndarray, embed: object,
           subs: np.ndarray | None = None) -> list[str]:
    """Names of the themes ``labels`` gives (in label order); ``subs``: each text's
    sub-theme, when ``labels`` are broad themes (their names weigh what the parts share)."""
    ks = sorted(set(labels.tolist()) - {-1})
    docs = [[texts[i] for i in np.nonzero(labels == k)[0]] for k in ks]
    cents = normalize(np.stack([x[labels == k].mean(axis=0) for k in ks])) if ks \
        else np.zeros((0, x.shape[1]))
    central = [[texts[i] for i in representatives(x[labels == k], cents[j],
                                                   np.nonzero(labels == k)[0].tolist(), CENTRAL)]
               for j, k in enumerate(ks)]
    shared = x[labels >= 0].mean(axis=0) if ks else None
    parts = None if subs is None else [[int(subs[i]) for i in np.nonzero(labels == k)[0]]
                                       for k in ks]
    return theme_names(docs, cents, embed, central,  # type: ignore[arg-type]
                       shared=shared, parts=parts)


def _level(labels: np.ndarray, names: Sequence[str], truth: Sequence[str],
           embed: object) -> dict:
    """The ``top1`` of the themes' ``names`` (in label order) against ``truth``."""
    ks = sorted(set(labels.tolist()) - {-1})
    big = [j for j, k in enumerate(ks) if (labels == k).sum() >= MIN_CASES]
    maj = [humanize(Counter(truth[i] for i in np.nonzero(labels == ks[j])[0])
                    .most_common(1)[0][0]) for j in big]
    score = top1([names[j] for j in big], maj, [humanize(t) for t in set(truth)], embed)
    return {"top1": round(score, 4), "names": list(names), "themes": len(ks)}


def lone_names(labels: np.ndarray, groups: np.ndarray, broad_names: Sequence[str],
               sub_names: Sequence[str]) -> dict[int, str]:
    """The name of each sub-theme alone in its broad theme: the broad theme's, as the
    product gives it when both are named in one pass, unless another sub-theme holds
    that name (:func:`assistant.cluster.state.share_lone_names`)."""
    ks = sorted(set(labels.tolist()) - {-1})
    bks = sorted({int(groups[k]) for k in ks})
    kids: dict[int, list[int]] = {}
    for k in ks:
        kids.setdefault(int(groups[k]), []).append(k)
    taken = {n.lower() for n in sub_names}
    out = {}
    for j, b in enumerate(bks):
        if len(kids[b]) == 1:
            name = broad_names[j]
            own = sub_names[ks.index(kids[b][0])]
            if name != own and name.lower() not in taken:
                out[kids[b][0]] = name
                taken.add(name.lower())
    return out


def largest_sub_names(labels: np.ndarray, groups: np.ndarray,
                      sub_names: Sequence[str]) -> list[str]:
    """Each broad theme (in label order) named by its largest sub-theme (ties: the first)."""
    ks = sorted(set(labels.tolist()) - {-1})
    sizes = {k: int((labels == k).sum()) for k in ks}
    best: dict[int, int] = {}
    for k in ks:
        b = int(groups[k])
        if b not in best or sizes[k] > sizes[best[b]]:
            best[b] = k
    return [sub_names[ks.index(best[b])] for b in sorted(best)]


def clustered(texts: Sequence[str], embed: object,
              cache: Path | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The texts' vectors, sub-theme labels and each sub-theme's broad theme, read from
    ``cache`` when a run on the same texts stored them there (and stored there if not)."""
    path = None
    if cache is not None:
        key = hashlib.sha256("\x00".join(texts).encode("utf-8")).hexdigest()[:24]
        path = cache / f"labels-{key}.npz"
        if path.exists():
            got = np.load(path)
            if len(got["labels"]) == len(texts):
                return got["x"], got["labels"], got["groups"]
    x = normalize(embed(list(texts)))  # type: ignore[operator]
    c = cluster_vectors(x, [f"{i:07d}" for i in range(len(texts))])
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.npz")
        np.savez(tmp, x=x, labels=c.labels, groups=c.groups)
        tmp.replace(path)
    return x, c.labels, c.groups


def _repeated(names: Sequence[str]) -> int:
    """How many names of one level repeat an earlier one (case aside)."""
    seen = [n.lower() for n in names]
    return len(seen) - len(set(seen))


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--text-col", default="text")
    ap.add_argument("--label-col", default="category")
    ap.add_argument("--broad-label-col")
    ap.add_argument("--broad-map", type=Path, help="JSON grouping fine labels into broad ones "
                    "(eval/data/banking77_broad.json); instead of --broad-label-col.")
    ap.add_argument("--n", type=int, default=0, help="Sample this many rows (--seed).")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--show", type=int, default=10, help="Print this many example names.")
    ap.add_argument("--broad-names", choices=("own", "largest-sub"), default="own",
                    help="own: broad themes named from their own cases (the product); "
                    "largest-sub: each takes its largest sub-theme's name (what a store "
                    "showed when a broad theme kept a name it had when it held one).")
    ap.add_argument("--cache", type=Path, help="Keep each sample's vectors and clustering "
                    "here and reuse them (clear it when the engine changes).")
    args = ap.parse_args(argv)
    texts, fine, broad = _read(args.data, args.text_col, args.label_col, args.broad_label_col,
                               read_broad_map(args.broad_map, args.data) if args.broad_map
                               else None)
    if args.n and args.n < len(texts):
        pick = sorted(np.random.default_rng(args.seed).choice(len(texts), args.n,
                                                               replace=False))
        texts, fine, broad = ([v[i] for i in pick] for v in (texts, fine, broad))
    from assistant.index.embedder import SentenceTransformerEmbedder

    embedder = SentenceTransformerEmbedder()

    def embed(batch: list[str]) -> np.ndarray:
        return np.asarray(embedder.embed(batch))

    x, labels, groups = clustered(texts, embed, args.cache)
    blabels = np.where(labels >= 0, groups[np.maximum(labels, 0)], -1)
    sub_names = _names(labels, texts, x, embed)
    broad_names = _names(blabels, texts, x, embed, labels)
    if args.broad_names == "largest-sub":
        broad_names = largest_sub_names(labels, groups, sub_names)
    # A sub-theme alone in its broad theme carries the broad theme's name.
    lone = lone_names(labels, groups, broad_names, sub_names)
    ks = sorted(set(labels.tolist()) - {-1})
    sub = _level(labels, [lone.get(k, n) for k, n in zip(ks, sub_names, strict=True)], fine,
                 embed)
    top = _level(blabels, broad_names, broad, embed)
    names = sub["names"] + top["names"]
    for name in sub["names"][: args.show]:
        print(f"  sub: {name}")
    for name in top["names"][: args.show]:
        print(f"  broad: {name}")
    result = {"name_top1": sub["top1"], "broad_name_top1": top["top1"],
              "themes": sub["themes"], "broad_themes": top["themes"],
              "mean_words": round(float(np.mean([len(n.split()) for n in names])), 2)
              if names else 0.0,
              "list_like": round(float(np.mean([is_list_like(n) for n in names])), 4)
              if names else 0.0,
              "duplicate_names": _repeated(sub["names"]) + _repeated(top["names"]),
              "n": len(texts)}
    print(json.dumps(result), flush=True)
    return result


if __name__ == "__main__":
    main()
