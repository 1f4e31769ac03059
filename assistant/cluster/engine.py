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

from assistant.cluster.cpu import pin_numba_target

pin_numba_target()  # before numba is imported (UMAP is imported inside the functions below)

from assistant.cluster.broad import centred_centroids, group_subthemes  # noqa: E402
from assistant.cluster.consensus import consensus  # noqa: E402

log = logging.getLogger(__name__)

NOVEL = -1
KNN_BLOCK_CELLS = 8_000_000  # similarities per block of the neighbour search (64 MB)
KNN_SPARE = 24  # candidates beyond k on a row's single-precision shortlist (see _knn)
KNN_F32_ERROR = 1e-4  # above the error of a single-precision cosine of unit vectors
GRAPH_DECIMALS = 6  # the fuzzy graph's weights, rounded far above last-bit differences


@dataclass(frozen=True)
class EngineParams:
    """Knobs of the engine; the defaults are the measured ones (see eval/cluster.py)."""

    n_components: int = 5
    n_neighbors: int = 15
    min_cluster_size: int | None = None  # None: adaptive to the number of cases
    min_samples: int | None = 3
    selection: str = "leaf"  # HDBSCAN cluster_selection_method: "leaf" or "eom"
    reassign_similarity: float = 0.45  # noise -> nearest centroid at or above this cosine
    # Clusters whose centroids are this close become one: HDBSCAN's leaves split an intent
    # more finely the more cases there are (banking77 train, all 10,003 rows: 170 sub-themes
    # for 77 intents, ARI 0.482 at 0.97; 0.507 at 0.93, 0.516 at 0.90; copied with small
    # noise to 20,000 rows as eval.bench_themes does: 276 -> 242 sub-themes, ARI 0.374 ->
    # 0.423 at 0.90; to 50,000: 607 -> 559, ARI 0.170 -> 0.221; samples of 3,000 rows or
    # fewer unchanged, 0.87 lost ARI there).
    merge_similarity: float = 0.90
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
    broad_target: int | None = None  # a steward's number of broad themes; None: from data


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
    groups: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=int))
    # ``groups[k]`` is the broad theme of cluster ``k`` (see :mod:`.broad`)
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
    groups = group_subthemes(centred_centroids(x, labels), p.broad_target)
    # Back to the caller's order.
    inv = np.empty(n, dtype=int)
    inv[order] = np.arange(n)
    secs = time.perf_counter() - t0
    log.info("clustered %d cases into %d themes in %d broad themes, %d novel, in %.2fs", n,
             len(centroids), len(set(groups.tolist())), int((labels == NOVEL).sum()), secs)
    return Clustering(labels=labels[inv], similarity=sim[inv], nearest=nearest[inv],
                      centroids=centroids, seconds=secs, groups=groups)


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
        # a fixed step above the median nearest-neighbour distance (chosen on banking77
        # train samples; no bounds, so no data set's range is built in).
        sims = x @ x.T
        np.fill_diagonal(sims, -1.0)
        threshold = float(np.median(1.0 - sims.max(axis=1)) + 0.2)
    agg = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average",
                                  distance_threshold=threshold)
    labels = agg.fit_predict(x)
    counts = np.bincount(labels)
    return np.where(counts[labels] >= 2, labels, NOVEL)


def _knn(x: np.ndarray, k: int, block: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Exact cosine k-nearest neighbours (self first); ties broken by index, so the graph
    depends only on the (canonically ordered) data. Rows go in blocks of ``block`` (default:
    as many as keep a block to ``KNN_BLOCK_CELLS`` similarities), so memory stays bounded
    however large the network.

    Each block is searched in single precision (half the time of double) for a shortlist
    of ``k + KNN_SPARE`` candidates per row, whose similarities are then taken in double
    precision. The result is exact: a row is searched again in double precision whenever
    something left off its shortlist could still reach its k best (single precision is
    off by at most ``KNN_F32_ERROR``), or a tie at the k-th place reaches past it."""
    n = len(x)
    k = min(k, n)
    block = block or max(64, min(2048, KNN_BLOCK_CELLS // max(n, 1)))
    idx = np.empty((n, k), dtype=np.int32)
    d = np.empty((n, k), dtype=np.float64)
    short = min(n, k + KNN_SPARE)
    x32 = x.astype(np.float32)
    for start in range(0, n, block):
        rows = np.arange(start, min(start + block, n))
        s32 = x32[rows] @ x32.T
        s32[np.arange(len(rows)), rows] = 2.0  # self first
        if short < n:
            part = np.argpartition(s32, n - short, axis=1)[:, n - short:]
            left = np.take_along_axis(s32, part, axis=1).min(axis=1)  # the rest: at most this
            # Similarities are compared rounded: BLAS sums in a thread-count-dependent
            # order, and last-bit differences must not reorder neighbours.
            top = np.round(np.matmul(x[part], x[rows][:, :, None])[:, :, 0], 9)
            top[part == rows[:, None]] = 2.0
            kth = -np.partition(-top, k - 1, axis=1)[:, k - 1]
        for r in range(len(rows)):
            if short < n and left[r] + KNN_F32_ERROR < kth[r]:
                cand = part[r][top[r] >= kth[r]]
                vals = top[r][top[r] >= kth[r]]
            else:  # the shortlist may miss one of the k best (or k >= n): the whole row
                row = np.round(x[rows[r]] @ x.T, 9)
                row[rows[r]] = 2.0
                t = -np.partition(-row, k - 1)[k - 1]
                cand = np.nonzero(row >= t)[0]
                vals = row[cand]
            o = np.lexsort((cand, -vals))[:k]
            idx[start + r] = cand[o]
            d[start + r] = 1.0 - vals[o]
    d[:, 0] = 0.0
    return idx, np.maximum(d, 0.0).astype(np.float32)


def _umap_hdbscan(x: np.ndarray, p: EngineParams) -> tuple[np.ndarray, np.ndarray]:
    """HDBSCAN on ``p.layouts`` UMAP layouts of one k-NN graph, joined by consensus.
    Returns the labels and the graph's neighbours (for :func:`_vote`).

    One layout's clusters shift with the layout's seed (about ±0.005 NMI on banking77);
    cases that share a cluster in most layouts are the stable core of a theme, and the
    co-association cut keeps those together (measured in ``eval/cluster.py``)."""
    n = len(x)
    k = int(min(p.n_neighbors, max(2, n // 3)))
    dims = int(min(p.n_components, n - 2))
    knn_idx, knn_d = _knn(x, k)
    graph = _fuzzy_graph(knn_idx, knn_d.astype(np.float64))
    mcs = p.min_cluster_size or adaptive_min_cluster_size(n)
    init = _spectral_init(x, graph, dims, p.n_epochs, p.random_state)
    runs = []
    for r in range(max(1, p.layouts)):
        emb = _umap(x, graph, dims, p.n_epochs, p.random_state + r, init)
        runs.append(_hdbscan(emb, mcs, p.min_samples or mcs, p.selection))
    if len(runs) == 1:
        return runs[0], knn_idx
    labels = consensus(np.stack(runs, axis=1), p.consensus_distance)
    counts = np.bincount(np.maximum(labels, 0))
    return np.where((labels >= 0) & (counts[np.maximum(labels, 0)] >= 3), labels, NOVEL), \
        knn_idx


def _hdbscan(emb: np.ndarray, min_cluster_size: int, min_samples: int,
             selection: str) -> np.ndarray:
    """``hdbscan.HDBSCAN(...).fit_predict(emb)`` (its Boruvka k-d tree path, the one it
    takes for a few dimensions), except that the spanning tree's edges are put in one
    canonical order (weight, then end points) before the single-linkage tree is built.
    Mutual-reachability distances tie often (many edges take a core distance), and hdbscan
    orders them with numpy's unstable argsort, whose order of ties differs between its
    AVX-512 and AVX2 sorts: same layout, other clusters (see ``eval/stability.py``)."""
    try:  # hdbscan's own functions, not its public API: an upgrade may move them
        from hdbscan._hdbscan_linkage import label
        from hdbscan.hdbscan_ import _hdbscan_boruvka_kdtree, _tree_to_labels
    except ImportError:  # pragma: no cover - then the labels may differ between CPUs
        import hdbscan

        return np.asarray(hdbscan.HDBSCAN(
            min_cluster_size=min_cluster_size, min_samples=min_samples,
            cluster_selection_method=selection, core_dist_n_jobs=1).fit_predict(emb))
    x = np.asarray(emb, dtype=np.float64)
    samples = max(1, min(len(x) - 1, min_samples))
    _, mst = _hdbscan_boruvka_kdtree(x, samples, 1.0, "euclidean", None, 40, True, True, 1)
    lo, hi = np.minimum(mst[:, 0], mst[:, 1]), np.maximum(mst[:, 0], mst[:, 1])
    mst = mst[np.lexsort((hi, lo, mst[:, 2]))]
    return np.asarray(_tree_to_labels(x, label(mst), min_cluster_size, selection)[0])


def _spectral_init(x: np.ndarray, graph: object, dims: int, n_epochs: int | None,
                   seed: int) -> np.ndarray:
    """UMAP's spectral initialisation of the layout, computed once for all layouts and
    made reproducible: each axis's sign is fixed (largest loading positive) and the
    coordinates are rounded, so an eigensolver's last-bit differences between thread
    counts cannot move the layouts."""
    from umap.spectral import spectral_layout

    g = graph.tocoo()  # type: ignore[attr-defined]
    g.sum_duplicates()
    epochs = n_epochs if n_epochs is not None else (500 if g.shape[0] <= 10000 else 200)
    if epochs > 10:  # the edges UMAP itself keeps (see simplicial_set_embedding)
        g.data[g.data < g.data.max() / float(epochs)] = 0.0
        g.eliminate_zeros()
    emb = _spectral_layout(x, g, dims, np.random.RandomState(seed))
    if emb is None:  # too few nodes for an eigensolver: UMAP's own path
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            emb = np.asarray(spectral_layout(x.astype(np.float32), g, dims,
                                             np.random.RandomState(seed)), dtype=np.float64)
    emb = _fixed_signs(emb)
    emb = 10.0 * emb / max(float(np.abs(emb).max()), 1e-12)
    return np.round(emb, 4)


def _spectral_layout(x: np.ndarray, g: object, dims: int, rng: np.random.RandomState
                     ) -> np.ndarray | None:
    """UMAP's ``spectral_layout`` (cosine data, Euclidean centroids as UMAP uses), each
    connected component's eigenvectors found by :func:`_top_eigenvectors`. A graph in
    several components (near-duplicate cases, or groups no neighbour links to the rest)
    is laid out as UMAP's ``multi_component_layout`` does: the components placed by a
    spectral embedding of their centroids, each spread around its place by its own
    eigenvectors (a component under ``2 * dims`` nodes: uniformly at random). ``rng`` is
    drawn from in UMAP's order. UMAP's own path asks ARPACK for the smallest eigenvalues
    of every component's Laplacian, which took about half the recompute at 50,000 cases.
    None when the graph is too small for an eigensolver."""
    from scipy.sparse import csgraph, csr_matrix

    a = csr_matrix(g)
    n = a.shape[0]
    if n <= dims + 2:
        return None
    count, comp = csgraph.connected_components(a, directed=False)
    if count == 1:
        return _top_eigenvectors(a, dims)
    from sklearn.metrics import pairwise_distances
    from umap.spectral import component_layout

    if count > 2 * dims:
        meta = component_layout(x.astype(np.float32), count, comp, dims, rng)
    else:
        half = int(np.ceil(count / 2.0))
        base = np.hstack([np.eye(half), np.zeros((half, dims - half))])
        meta = np.vstack([base, -base])[:count]
    out = np.empty((n, dims), dtype=np.float32)
    order = np.argsort(comp, kind="stable")
    starts = np.searchsorted(comp[order], np.arange(count + 1))
    for label in range(count):
        nodes = order[starts[label]:starts[label + 1]]  # ascending, as UMAP's mask
        dist = pairwise_distances(meta[label:label + 1], meta)
        spread = dist[dist > 0.0].min() / 2.0
        m = len(nodes)
        if m < 2 * dims or m <= dims + 1:
            out[nodes] = rng.uniform(low=-spread, high=spread, size=(m, dims)) + meta[label]
            continue
        rng.normal(size=(m, dims + 1))  # UMAP draws (and ignores) this start for ARPACK
        emb = _fixed_signs(_top_eigenvectors(a[nodes][:, nodes], dims))
        out[nodes] = emb * (spread / np.max(np.abs(emb))) + meta[label]
    return np.asarray(out, dtype=np.float64)


def _fixed_signs(emb: np.ndarray) -> np.ndarray:
    """Each axis turned so its largest loading is positive (an eigenvector's sign is the
    solver's choice)."""
    signs = np.sign(emb[np.abs(emb).argmax(axis=0), np.arange(emb.shape[1])])
    return emb * np.where(signs == 0, 1.0, signs)


def _top_eigenvectors(g: object, dims: int) -> np.ndarray:
    """UMAP's spectral layout of a connected graph (over ``dims + 2`` nodes), found the
    fast way round.

    UMAP asks ARPACK for the smallest eigenvalues of the normalised Laplacian
    ``I - D^-1/2 G D^-1/2`` (``which="SM"``, with sqrt(n) Lanczos vectors): that converges
    slowly and costs about n^2 (19 s of CPU at 20,000 cases). The same eigenvectors are
    the largest of ``D^-1/2 G D^-1/2`` (``which="LA"``), which Lanczos finds in under a
    second; the first (the trivial one, proportional to sqrt(degree)) is dropped, as UMAP
    does."""
    from scipy.sparse import csr_matrix, diags
    from scipy.sparse.linalg import eigsh

    a = csr_matrix(g)
    n = a.shape[0]
    inv = diags(1.0 / np.sqrt(np.asarray(a.sum(axis=0)).ravel()))
    vals, vecs = eigsh(inv @ a @ inv, dims + 1, which="LA", v0=np.ones(n), tol=1e-4,
                       maxiter=n * 5)
    order = np.argsort(-vals, kind="stable")[1:dims + 1]
    return np.asarray(vecs[:, order], dtype=np.float64)


def _umap(x: np.ndarray, graph: object, dims: int, n_epochs: int | None,
          seed: int, init: np.ndarray) -> np.ndarray:
    """UMAP layout (min_dist 0, cosine) of a fuzzy graph built by :func:`_fuzzy_graph`:
    the same graph ``umap.UMAP`` builds, but from exact neighbours in numpy, which skips
    UMAP's parallel numba kernels for the graph, whose compilation alone took about 6 s on
    the first call in every process (measured on 2 cores)."""
    from umap.distances import named_distances
    from umap.umap_ import find_ab_params, simplicial_set_embedding

    # The curve's parameters come from a least-squares fit whose last digits differ with
    # numpy's SIMD loops (6.6e-10 between its AVX-512 and AVX2 builds); they enter every
    # gradient step, so they are rounded (see ``eval/stability.py``).
    a, b = (round(float(v), 6) for v in find_ab_params(1.0, 0.0))
    rng = np.random.RandomState(seed)
    # As UMAP's own spectral start: scaled to +-10 plus a little noise from this seed.
    start = (init + rng.normal(scale=0.0001, size=init.shape)).astype(np.float32)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        emb, _ = simplicial_set_embedding(
            x.astype(np.float32), graph, dims, 1.0, a, b, 1.0, 5, n_epochs, start,
            rng, named_distances["cosine"], {}, False, {}, False, parallel=False)
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
    # Rounded: numpy's exp and sums differ in the last bit between its AVX-512 and AVX2
    # loops, and UMAP samples an edge on a schedule set by its weight, so a weight one bit
    # below 1.0 skips a sample and the whole layout moves (see ``eval/stability.py``).
    vals = np.round(vals, GRAPH_DECIMALS)
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
