"""Alternative ways of grouping sub-themes into broad themes, for :mod:`eval.broad_cut` to
compare side by side with the product's (:func:`assistant.cluster.broad.group_subthemes`).
None of them is shipped: on the tuning samples each scored below the product's grouper
(figures in eval/RESULTS.md, session 18). Kept so the comparison can be rerun.

Each grouper takes a :class:`Subthemes` (one network's cases and their sub-themes) and
returns a broad-theme number for each sub-theme 0..m-1. None is told the number of labels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from assistant.cluster.broad import (
    _renumber,
    centred_centroids,
    group_subthemes,
    unusual_similarity,
)

CASE_NEIGHBOURS = 15  # as the engine's neighbour graph


@dataclass(frozen=True)
class Subthemes:
    """``x``: the cases' L2-normalised vectors; ``labels``: each case's sub-theme (-1 novel)."""

    x: np.ndarray
    labels: np.ndarray

    @property
    def m(self) -> int:
        return int(self.labels.max(initial=-1)) + 1

    @cached_property
    def centroids(self) -> np.ndarray:
        return centred_centroids(self.x, self.labels)

    @cached_property
    def sims(self) -> np.ndarray:
        s = np.round(self.centroids @ self.centroids.T, 9)
        return (s + s.T) / 2.0

    @cached_property
    def sizes(self) -> np.ndarray:
        return np.bincount(self.labels[self.labels >= 0], minlength=self.m).astype(float)

    @cached_property
    def links(self) -> np.ndarray:
        """m x m: how many of the cases of sub-theme a have a case of sub-theme b among
        their ``CASE_NEIGHBOURS`` nearest (cosine; sparse in the cases, dense only over
        sub-themes)."""
        from sklearn.neighbors import NearestNeighbors

        k = min(CASE_NEIGHBOURS, len(self.x) - 1)
        nn = NearestNeighbors(n_neighbors=k + 1, metric="cosine", algorithm="brute")
        idx = nn.fit(self.x).kneighbors(self.x, return_distance=False)[:, 1:]
        a = np.repeat(self.labels, k)
        b = self.labels[idx.ravel()]
        keep = (a >= 0) & (b >= 0)
        out = np.zeros((self.m, self.m))
        np.add.at(out, (a[keep], b[keep]), 1.0)
        return out


def _graph(weights: dict[tuple[int, int], float], m: int):  # -> networkx.Graph
    import networkx as nx  # installed with torch (sentence-transformers); eval only

    g = nx.Graph()
    g.add_nodes_from(range(m))
    g.add_weighted_edges_from((a, b, w) for (a, b), w in sorted(weights.items()) if w > 0)
    return g


def centroid_knn_graph(st: Subthemes, k: int, by_size: bool = False):
    """Each sub-theme joined to its ``k`` most similar (centred cosine, ties by number),
    weighted by the similarity (floored at 1e-6), times sqrt(size a * size b) if
    ``by_size``."""
    m, s = st.m, st.sims.copy()
    np.fill_diagonal(s, -np.inf)
    w: dict[tuple[int, int], float] = {}
    for i in range(m):
        for j in np.lexsort((np.arange(m), -s[i]))[:k].tolist():
            v = max(float(st.sims[i, j]), 1e-6)
            if by_size:
                v *= float(np.sqrt(st.sizes[i] * st.sizes[j]))
            w[(min(i, j), max(i, j))] = v
    return _graph(w, m)


def link_graph(st: Subthemes, self_links: bool = False):
    """Sub-themes joined by their cases' neighbour links (:attr:`Subthemes.links`, both
    ways); ``self_links`` keeps the links inside a sub-theme as loops."""
    a = st.links + st.links.T
    w = {(i, j): float(a[i, j]) / (2.0 if i == j else 1.0)
         for i in range(st.m) for j in range(i if self_links else i + 1, st.m)}
    return _graph(w, st.m)


def _communities(comms, m: int) -> np.ndarray:
    g = np.empty(m, dtype=int)
    for n, c in enumerate(sorted(sorted(c) for c in comms)):
        g[c] = n
    return _renumber(g)


def louvain(graph, m: int, resolution: float = 1.0) -> np.ndarray:
    import networkx as nx

    return _communities(nx.community.louvain_communities(
        graph, weight="weight", resolution=resolution, seed=0), m)


def greedy_modularity(graph, m: int) -> np.ndarray:
    import networkx as nx

    return _communities(nx.community.greedy_modularity_communities(graph, weight="weight"), m)


def average_link_at(sims: np.ndarray, k: int) -> np.ndarray:
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    d = np.clip(1.0 - sims, 0.0, 2.0)
    np.fill_diagonal(d, 0.0)
    return _renumber(fcluster(linkage(squareform(d, checks=False), method="average"),
                              k, criterion="maxclust"))


def eigengap(st: Subthemes, k: int = 5) -> np.ndarray:
    """The number of groups from the largest gap in the normalised Laplacian's spectrum
    of the centroid k-NN graph; the average-link tree cut at that number."""
    import networkx as nx

    a = nx.to_numpy_array(centroid_knn_graph(st, k), nodelist=range(st.m))
    d = a.sum(axis=1)
    d[d == 0] = 1.0
    ev = np.sort(np.linalg.eigvalsh(np.eye(st.m) - a / np.sqrt(np.outer(d, d))))
    gaps = np.diff(ev[:max(2, st.m // 2) + 1])
    return average_link_at(st.sims, int(np.argmax(gaps[1:])) + 2)


def size_weighted_average(st: Subthemes, spread: float = 2.5) -> np.ndarray:
    """Average link over the cases rather than the sub-themes (a sub-theme of 200 cases
    weighs 40 times one of 5), stopped at the product's cut."""
    m, n = st.m, st.sizes.copy()
    w = st.sims * np.outer(n, n)
    alive = np.ones(m, dtype=bool)
    g = np.arange(m)
    cut = unusual_similarity(st.sims, spread)
    while alive.sum() > 1:
        avg = np.round(w / np.outer(n, n), 9)
        avg[~alive] = -np.inf
        avg[:, ~alive] = -np.inf
        np.fill_diagonal(avg, -np.inf)
        i, j = sorted(np.unravel_index(int(np.argmax(avg)), avg.shape))
        if avg[i, j] < cut:
            break
        w[i] += w[j]
        w[:, i] += w[:, j]
        n[i] += n[j]
        alive[j] = False
        g[g == j] = i
    return _renumber(g)


def reassigned(st: Subthemes, rounds: int = 10) -> np.ndarray:
    """The product's groups, then each sub-theme moved to the group whose other members'
    size-weighted mean it is closest to, until nothing moves."""
    c, w = st.centroids, st.sizes
    g = group_subthemes(c)
    for _ in range(rounds):
        sums = np.zeros((g.max() + 1, c.shape[1]))
        np.add.at(sums, g, c * w[:, None])
        score = np.empty((st.m, len(sums)))
        for i in range(st.m):
            s = sums.copy()
            s[g[i]] -= c[i] * w[i]
            norm = np.linalg.norm(s, axis=1)
            score[i] = np.where(norm > 1e-12, np.round(s @ c[i] / np.maximum(norm, 1e-12), 9),
                                -np.inf)
        best = np.argmax(score, axis=1)
        new = _renumber(np.where(np.isfinite(score.max(axis=1)), best, g))
        if np.array_equal(new, g):
            break
        g = new
    return g


Grouper = Callable[[Subthemes], np.ndarray]

GROUPERS: dict[str, Grouper] = {
    "shipped": lambda st: group_subthemes(st.centroids),
    # modularity (resolution 1) of a k-NN graph over the centred centroids
    "louvain-knn3": lambda st: louvain(centroid_knn_graph(st, 3), st.m),
    "louvain-knn5": lambda st: louvain(centroid_knn_graph(st, 5), st.m),
    "louvain-knn3-sized": lambda st: louvain(centroid_knn_graph(st, 3, by_size=True), st.m),
    "greedy-knn5": lambda st: greedy_modularity(centroid_knn_graph(st, 5), st.m),
    # modularity of the cases' neighbour links summed per pair of sub-themes
    "louvain-links": lambda st: louvain(link_graph(st), st.m),
    "louvain-links-loops": lambda st: louvain(link_graph(st, self_links=True), st.m),
    "louvain-links-res2": lambda st: louvain(link_graph(st), st.m, 2.0),
    "louvain-links-res3": lambda st: louvain(link_graph(st), st.m, 3.0),
    "eigengap-knn5": eigengap,
    "size-weighted-average": size_weighted_average,
    "reassigned": reassigned,
}


def group(name: str, st: Subthemes) -> np.ndarray:
    """Groups of ``st``'s sub-themes by the grouper ``name`` (a key of :data:`GROUPERS`);
    one or two sub-themes stay apart, as in the product."""
    if st.m <= 2:
        return np.arange(st.m)
    return GROUPERS[name](st)
