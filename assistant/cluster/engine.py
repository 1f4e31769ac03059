"""The clustering engine: vectors in, theme labels out. Pure numpy; no database.

Recipe (measured in ``eval/cluster.py``): L2-normalised sentence embeddings, exact cosine
k-nearest neighbours and UMAP's fuzzy graph over them, then a small consensus: the graph is
laid out in a few dimensions three times (different seeds) and HDBSCAN clusters each
layout; cases that share a cluster in most layouts form a theme (average-link over the
co-association). Noise points close enough to a cluster's centroid (cosine, in the original
space) are reassigned to it; the rest are novel. Last, a case whose nearest neighbours
mostly sit in another theme moves there. Inputs are sorted by a caller-given key (case id /
content hash) first, so the same cases in any order give the same labels.
"""

from __future__ import annotations

import logging
import time
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

log = logging.getLogger(__name__)

NOVEL = -1


@dataclass(frozen=True)
class EngineParams:
    """Knobs of the engine; the defaults are the measured ones (see eval/cluster.py)."""

    n_components: int = 5
    n_neighbors: int = 15
    min_cluster_size: int | None = None  # None: adaptive to the number of cases
    min_samples: int | None = 3
    selection: str = "leaf"  # HDBSCAN cluster_selection_method: "leaf" or "eom"
    reassign_similarity: float = 0.45  # noise -> nearest centroid at or above this cosine
    merge_similarity: float = 0.97  # clusters whose centroids are this close become one
    refine_rounds: int = 0  # k-means-style rounds: every case to its nearest centroid
    # Below this many cases HDBSCAN has too little density to work with: agglomerative
    # clustering (average link, cosine) cut at ``small_distance`` measured better there.
    small_n: int = 500
    small_distance: float | None = None  # None: adaptive, see ``_small``
    n_epochs: int | None = 100  # UMAP optimisation epochs per layout
    layouts: int = 3  # UMAP layouts (seeds) in the consensus
    consensus_distance: float = 0.7  # average-link cut on 1 - co-association
    vote_neighbors: int = 5  # final neighbour vote: this many nearest cases ...
    vote_self: float = 2.0  # ... against the case's own theme counted this many times
    vote_rounds: int = 3
    random_state: int = 42


@dataclass(frozen=True)
class Clustering:
    """Labels in the caller's order: ``labels[i]`` is a cluster number or ``NOVEL``;
    ``similarity[i]`` is the cosine to the case's own (or, if novel, nearest) centroid;
    ``nearest[i]`` is that nearest cluster (-1 when there are no clusters)."""

    labels: np.ndarray
    similarity: np.ndarray
    nearest: np.ndarray
    centroids: np.ndarray  # one row per cluster, L2-normalised, original space
    layout: np.ndarray | None = None  # 2-D coordinates in the caller's order, when computed
    seconds: float = 0.0
    notes: dict[str, float] = field(default_factory=dict)

    @property
    def n_clusters(self) -> int:
        return len(self.centroids)


def normalize(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float64)
    if x.ndim != 2:
        raise ValueError("vectors must be a 2-D array")
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return x / norms


def adaptive_min_cluster_size(n: int) -> int:
    """Smallest group worth calling a theme: 3 in small networks, growing slowly with n."""
    return max(3, int(round(np.sqrt(n) / 4)))


def cluster_vectors(vectors: np.ndarray, keys: Sequence[str],
                    params: EngineParams | None = None) -> Clustering:
    """Cluster ``vectors`` (one row per case, keyed by ``keys`` for a canonical order)."""
    p = params or EngineParams()
    n = len(keys)
    if len(vectors) != n:
        raise ValueError(f"{len(vectors)} vectors but {n} keys")
    if len(set(keys)) != n:
        raise ValueError("keys must be unique")
    t0 = time.perf_counter()
    order = sorted(range(n), key=keys.__getitem__)
    x = normalize(np.asarray(vectors)[order]) if n else np.zeros((0, 1))
    if n < p.small_n:
        labels = _postprocess(x, _small(x, p), p)
    else:
        labels, knn_idx = _umap_hdbscan(x, p)
        labels = _vote(x, _postprocess(x, labels, p), knn_idx, p)
    labels = _renumber(labels)
    centroids = _centroids(x, labels)
    sim, nearest = _fit(x, labels, centroids)
    # Back to the caller's order.
    inv = np.empty(n, dtype=int)
    inv[order] = np.arange(n)
    secs = time.perf_counter() - t0
    log.info("clustered %d cases into %d themes, %d novel, in %.2fs", n, len(centroids),
             int((labels == NOVEL).sum()), secs)
    return Clustering(labels=labels[inv], similarity=sim[inv], nearest=nearest[inv],
                      centroids=centroids, seconds=secs)


# ---------------------------------------------------------------- steps


def _small(x: np.ndarray, p: EngineParams) -> np.ndarray:
    """Few cases: agglomerative (average link, cosine) with a distance threshold; groups of
    one are novel (the noise reassignment may still place them)."""
    n = len(x)
    if n < 2:
        return np.full(n, NOVEL)
    from sklearn.cluster import AgglomerativeClustering

    threshold = p.small_distance
    if threshold is None:
        # Short, crisp texts sit close together, long varied case write-ups far apart: cut
        # relative to the median nearest-neighbour distance (0.45 on banking77 samples,
        # 0.75 on the example network), within measured bounds.
        sims = x @ x.T
        np.fill_diagonal(sims, -1.0)
        threshold = float(np.clip(np.median(1.0 - sims.max(axis=1)) + 0.2, 0.45, 0.75))
    agg = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average",
                                  distance_threshold=threshold)
    labels = agg.fit_predict(x)
    counts = np.bincount(labels)
    return np.where(counts[labels] >= 2, labels, NOVEL)


def _knn(x: np.ndarray, k: int, block: int = 2048) -> tuple[np.ndarray, np.ndarray]:
    """Exact cosine k-nearest neighbours (self first); ties broken by index, so the graph
    depends only on the (canonically ordered) data. Rows go in blocks, so memory stays at
    ``block`` x n similarities however large the network."""
    n = len(x)
    k = min(k, n)
    idx = np.empty((n, k), dtype=np.int32)
    d = np.empty((n, k), dtype=np.float64)
    for start in range(0, n, block):
        rows = np.arange(start, min(start + block, n))
        sims = x[rows] @ x.T
        sims[np.arange(len(rows)), rows] = 2.0  # self first
        # The k best per row, then only those sorted (a full sort of every row costs
        # ~10x); ties at the cut go to the lower index, as a full stable sort would.
        if k < n:
            part = np.argpartition(-sims, k - 1, axis=1)[:, :k]
            kth = np.take_along_axis(sims, part, axis=1).min(axis=1)
        else:
            kth = sims.min(axis=1)
        for r, (row, t) in enumerate(zip(sims, kth, strict=True)):
            cand = np.nonzero(row >= t)[0]
            best = cand[np.argsort(-row[cand], kind="stable")][:k]
            idx[start + r] = best
            d[start + r] = 1.0 - row[best]
    d[:, 0] = 0.0
    return idx, np.maximum(d, 0.0).astype(np.float32)


def _umap_hdbscan(x: np.ndarray, p: EngineParams) -> tuple[np.ndarray, np.ndarray]:
    """HDBSCAN on ``p.layouts`` UMAP layouts of one k-NN graph, joined by consensus.
    Returns the labels and the graph's neighbours (for :func:`_vote`).

    One layout's clusters shift with the layout's seed (about ±0.005 NMI on banking77);
    cases that share a cluster in most layouts are the stable core of a theme, and the
    co-association cut keeps those together (measured in ``eval/cluster.py``)."""
    import hdbscan

    n = len(x)
    k = int(min(p.n_neighbors, max(2, n // 3)))
    dims = int(min(p.n_components, n - 2))
    knn_idx, knn_d = _knn(x, k)
    graph = _fuzzy_graph(knn_idx, knn_d.astype(np.float64))
    mcs = p.min_cluster_size or adaptive_min_cluster_size(n)
    runs = []
    for r in range(max(1, p.layouts)):
        emb = _umap(x, graph, dims, p.n_epochs, p.random_state + r)
        hdb = hdbscan.HDBSCAN(min_cluster_size=mcs, min_samples=p.min_samples,
                              cluster_selection_method=p.selection, core_dist_n_jobs=1)
        runs.append(hdb.fit_predict(emb))
    if len(runs) == 1:
        return runs[0], knn_idx
    labels = consensus(np.stack(runs, axis=1), p.consensus_distance)
    counts = np.bincount(labels)
    return np.where(counts[labels] >= 3, labels, NOVEL), knn_idx


def consensus(runs: np.ndarray, cut: float) -> np.ndarray:
    """Average-link clustering of cases under the distance 1 - (share of runs in which two
    cases sit in the same cluster), cut at ``cut``. ``runs`` holds one column of labels per
    run (``NOVEL`` shares nothing). Exact, but computed over *atoms*, the groups of cases
    with identical labels in every run, weighted by their size, so memory grows with the
    number of atoms rather than with the square of the number of cases."""
    n, r = runs.shape
    if n == 0:
        return np.zeros(0, dtype=int)
    keyed = np.where(runs >= 0, runs, -1 - np.arange(n)[:, None])  # noise: its own atom
    _, first, atom = np.unique(keyed, axis=0, return_index=True, return_inverse=True)
    atom = atom.ravel()
    order = np.argsort(first, kind="stable")  # atoms in order of their first case
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    atom = rank[atom]
    reps = runs[first[order]]
    size = np.bincount(atom).astype(np.float64)
    a = len(reps)
    share = np.zeros((a, a))
    for j in range(r):
        col = reps[:, j]
        share += (col[:, None] == col[None, :]) & (col[:, None] >= 0)
    dist = 1.0 - share / r
    np.fill_diagonal(dist, np.inf)
    merged = _average_link(dist, size, cut)
    return merged[atom]


def _average_link(dist: np.ndarray, size: np.ndarray, cut: float) -> np.ndarray:
    """Size-weighted average linkage (UPGMA, Lance-Williams update) on a square distance
    matrix with ``inf`` on the diagonal; merges while the closest pair is below ``cut``.
    Returns a group number per row. Row minima are cached and refreshed only for rows the
    merge touched, so a run costs about O(a^2) rather than O(a^3)."""
    a = len(dist)
    d = dist.copy()
    w = size.copy()
    alive = np.ones(a, dtype=bool)
    group = np.arange(a)
    if a < 2:
        return group
    best = d.argmin(axis=1)
    best_d = d[np.arange(a), best]
    while True:
        i = int(np.argmin(np.where(alive, best_d, np.inf)))
        if not alive[i] or best_d[i] >= cut:  # no pair left below the cut
            break
        j = int(best[i])
        lo, hi = min(i, j), max(i, j)
        row = (w[lo] * d[lo] + w[hi] * d[hi]) / (w[lo] + w[hi])
        row[lo] = np.inf
        d[lo], d[:, lo] = row, row
        d[hi], d[:, hi] = np.inf, np.inf
        w[lo] += w[hi]
        alive[hi] = False
        group[group == hi] = lo
        best_d[hi] = np.inf
        # Rows whose cached nearest was lo or hi, and lo itself, are recomputed; any other
        # row can only have found a nearer partner in the new lo.
        stale = alive & ((best == lo) | (best == hi))
        stale[lo] = True
        for s in np.nonzero(stale)[0]:
            best[s] = int(np.argmin(d[s]))
            best_d[s] = d[s, best[s]]
        closer = alive & ~stale & (row < best_d)
        best[closer] = lo
        best_d[closer] = row[closer]
    return group


def _umap(x: np.ndarray, graph: object, dims: int, n_epochs: int | None,
          seed: int) -> np.ndarray:
    """UMAP layout (min_dist 0, cosine) of a fuzzy graph built by :func:`_fuzzy_graph`:
    the same graph ``umap.UMAP`` builds, but from exact neighbours in numpy, which skips
    UMAP's parallel numba kernels for the graph, whose compilation alone took about 6 s on
    the first call in every process (measured on 2 cores)."""
    from umap.distances import named_distances
    from umap.umap_ import find_ab_params, simplicial_set_embedding

    a, b = find_ab_params(1.0, 0.0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        emb, _ = simplicial_set_embedding(
            x.astype(np.float32), graph, dims, 1.0, a, b, 1.0, 5, n_epochs, "spectral",
            np.random.RandomState(seed), named_distances["cosine"], {}, False, {},
            False, parallel=False)
    return np.asarray(emb)


def _fuzzy_graph(knn_idx: np.ndarray, knn_d: np.ndarray, n_iter: int = 64) -> object:
    """UMAP's fuzzy simplicial set (``smooth_knn_dist`` + ``compute_membership_strengths``
    + fuzzy union), vectorised over rows. Column 0 of the neighbours is the point itself."""
    from scipy.sparse import coo_matrix

    n, k = knn_d.shape
    target = np.log2(k)
    nz = knn_d > 0
    has = nz.any(axis=1)
    rho = np.where(has, knn_d[np.arange(n), nz.argmax(axis=1)], 0.0)
    lo, hi, mid = np.zeros(n), np.full(n, np.inf), np.ones(n)
    active = np.ones(n, dtype=bool)
    rest = knn_d[:, 1:] - rho[:, None]
    for _ in range(n_iter):
        psum = np.where(rest > 0, np.exp(-np.maximum(rest, 0) / mid[:, None]), 1.0).sum(axis=1)
        active &= np.abs(psum - target) >= 1e-5
        if not active.any():
            break
        over = active & (psum > target)
        under = active & ~(psum > target)
        hi = np.where(over, mid, hi)
        lo = np.where(under, lo * 0 + mid, lo)
        mid = np.where(over, (lo + hi) / 2.0, mid)
        mid = np.where(under, np.where(np.isinf(hi), mid * 2.0, (lo + hi) / 2.0), mid)
    floor = 1e-3 * np.where(rho > 0, knn_d.mean(axis=1), knn_d.mean())
    sigma = np.maximum(mid, floor)
    vals = np.where(knn_d - rho[:, None] <= 0, 1.0,
                    np.exp(-(knn_d - rho[:, None]) / sigma[:, None]))
    vals[knn_idx == np.arange(n)[:, None]] = 0.0
    g = coo_matrix((vals.ravel(), (np.repeat(np.arange(n), k), knn_idx.ravel())),
                   shape=(n, n)).tocsr()
    g.eliminate_zeros()
    t = g.transpose()
    prod = g.multiply(t)
    out = (g + t - prod).tocoo()
    out.eliminate_zeros()
    return out


def _centroids(x: np.ndarray, labels: np.ndarray) -> np.ndarray:
    ks = sorted(set(labels.tolist()) - {NOVEL})
    if not ks:
        return np.zeros((0, x.shape[1] if x.ndim == 2 else 0))
    return normalize(np.stack([x[labels == k].mean(axis=0) for k in ks]))


def _fit(x: np.ndarray, labels: np.ndarray, centroids: np.ndarray
         ) -> tuple[np.ndarray, np.ndarray]:
    """Cosine to own centroid (members) or nearest centroid (novel), and that centroid."""
    n = len(x)
    if len(centroids) == 0 or n == 0:
        return np.zeros(n), np.full(n, NOVEL)
    sims = x @ centroids.T
    nearest = sims.argmax(axis=1)
    nearest = np.where(labels >= 0, labels, nearest)
    return sims[np.arange(n), nearest], nearest


def _renumber(labels: np.ndarray) -> np.ndarray:
    """Clusters numbered by their first member in canonical order (deterministic)."""
    out = np.full(len(labels), NOVEL)
    mapping: dict[int, int] = {}
    for i, lab in enumerate(labels.tolist()):
        if lab == NOVEL:
            continue
        if lab not in mapping:
            mapping[lab] = len(mapping)
        out[i] = mapping[lab]
    return out


def _vote(x: np.ndarray, labels: np.ndarray, knn_idx: np.ndarray,
          p: EngineParams) -> np.ndarray:
    """Each assigned case looks at its ``vote_neighbors`` nearest cases (cosine): if more
    of them sit in one other theme than ``vote_self`` plus those in its own, it moves
    there. Repeated up to ``vote_rounds`` times; novel cases stay novel. ``knn_idx`` are
    neighbours :func:`_knn` already found (self first); they are searched again only when
    there are too few of them."""
    k = min(p.vote_neighbors, len(x) - 1)
    if k < 1 or p.vote_rounds < 1 or labels.max(initial=NOVEL) < 0:
        return labels
    # _knn sorts stably, so its first k + 1 columns are what _knn(x, k + 1) would return.
    nb = (knn_idx if knn_idx.shape[1] > k else _knn(x, k + 1)[0])[:, 1:k + 1]
    rows = np.repeat(np.arange(len(x)), k)
    for _ in range(p.vote_rounds):
        votes = np.zeros((len(x), int(labels.max()) + 2))
        np.add.at(votes, (rows, labels[nb].ravel() + 1), 1.0)
        votes[:, 0] = 0.0  # novel neighbours do not vote
        votes[np.arange(len(x)), labels + 1] += p.vote_self
        new = np.where(labels >= 0, votes.argmax(axis=1) - 1, labels)
        # argmax takes the lowest label on a tie; a tie with the own theme keeps it
        keep = votes[np.arange(len(x)), labels + 1] >= votes.max(axis=1)
        new = np.where(keep, labels, new)
        if np.array_equal(new, labels):
            break
        labels = new
    return labels


def _postprocess(x: np.ndarray, labels: np.ndarray, p: EngineParams) -> np.ndarray:
    labels = _renumber(np.asarray(labels))
    centroids = _centroids(x, labels)
    # Merge clusters whose centroids are near-identical (HDBSCAN 'leaf' over-splits).
    if len(centroids) > 1 and p.merge_similarity < 1.0:
        cs = centroids @ centroids.T
        parent = list(range(len(centroids)))

        def find(a: int) -> int:
            while parent[a] != a:
                parent[a] = parent[parent[a]]
                a = parent[a]
            return a

        for a, b in zip(*np.nonzero(np.triu(cs, 1) >= p.merge_similarity), strict=True):
            ra, rb = find(int(a)), find(int(b))
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
        labels = np.array([find(int(lab)) if lab >= 0 else NOVEL for lab in labels])
        labels = _renumber(labels)
        centroids = _centroids(x, labels)
    for _ in range(p.refine_rounds):
        if not len(centroids):
            break
        sim, nearest = _fit(x, np.full(len(x), NOVEL), centroids)
        new = np.where(sim >= p.reassign_similarity, nearest, NOVEL)
        if np.array_equal(new, labels):
            break
        labels = _renumber(new)
        centroids = _centroids(x, labels)
    sim, nearest = _fit(x, labels, centroids)
    if len(centroids):
        take = (labels == NOVEL) & (sim >= p.reassign_similarity)
        labels = np.where(take, nearest, labels)
    return labels
