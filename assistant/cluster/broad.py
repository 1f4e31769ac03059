"""Broad themes: sub-themes grouped by what they are about, the number chosen by the data.

Sub-theme centroids are taken after removing the direction every case shares (the mean of
all cases: sentence embeddings crowd into a narrow cone, and what is common to all of them
says nothing about what sets one group apart). Average-link clustering of those centroids
(cosine) gives a dendrogram; it is cut where the centroids' silhouette is highest, unless
the steward asked for a number of broad themes. Only the m x m centroid table is dense (m is
the number of sub-themes, a few hundred at most), never anything over cases.
"""

from __future__ import annotations

import numpy as np

NOVEL = -1


def _normalize(x: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return x / norms


def centred_centroids(x: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """One row per sub-theme 0..m-1: the normalised mean of its members' vectors after the
    mean of all cases is removed (``x`` rows L2-normalised)."""
    m = int(labels.max(initial=NOVEL)) + 1
    if m == 0:
        return np.zeros((0, x.shape[1] if x.ndim == 2 else 0))
    xc = _normalize(x - x.mean(axis=0, keepdims=True))
    sums = np.zeros((m, x.shape[1]))
    keep = labels >= 0
    np.add.at(sums, labels[keep], xc[keep])
    return _normalize(sums)


def group_subthemes(centroids: np.ndarray, target: int | None = None) -> np.ndarray:
    """A broad-theme number (0..b-1, numbered by first sub-theme) for each of the ``m``
    sub-theme centroids. ``target``: the steward's number of broad themes (capped at m);
    None: the cut of the average-link dendrogram with the highest silhouette."""
    m = len(centroids)
    if m == 0:
        return np.zeros(0, dtype=int)
    if m <= 2:
        return np.arange(m)
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    # Rounded so that last-bit differences between BLAS builds or thread counts cannot
    # change the order of merges.
    d = np.round(np.clip(1.0 - centroids @ centroids.T, 0.0, 2.0), 9)
    d = (d + d.T) / 2.0
    np.fill_diagonal(d, 0.0)
    z = linkage(squareform(d, checks=False), method="average")
    if target is not None:
        groups = fcluster(z, max(1, min(int(target), m)), criterion="maxclust")
    else:
        groups = _best_cut(d, z)
    return _renumber(groups)


def _best_cut(d: np.ndarray, z: np.ndarray) -> np.ndarray:
    """The dendrogram cut (2 .. m/2 groups) whose partition has the highest mean
    silhouette on the centroid distances; ties go to fewer groups."""
    from scipy.cluster.hierarchy import fcluster

    m = len(d)
    best: tuple[float, int] | None = None
    best_groups = np.zeros(m, dtype=int)
    for k in range(2, max(2, m // 2) + 1):
        groups = fcluster(z, k, criterion="maxclust")
        got = len(np.unique(groups))
        if got < 2 or got >= m:
            continue
        s = round(_silhouette(d, groups), 9)
        if best is None or s > best[0]:
            best, best_groups = (s, got), groups
    return best_groups


def _silhouette(d: np.ndarray, groups: np.ndarray) -> float:
    """Mean silhouette of a partition over a precomputed distance matrix (a group of one
    scores 0, as in scikit-learn)."""
    ks, inv = np.unique(groups, return_inverse=True)
    onehot = np.zeros((len(groups), len(ks)))
    onehot[np.arange(len(groups)), inv] = 1.0
    counts = onehot.sum(axis=0)
    sums = d @ onehot
    own = counts[inv] - 1
    a = np.where(own > 0, sums[np.arange(len(groups)), inv] / np.maximum(own, 1), 0.0)
    other = sums / counts
    other[np.arange(len(groups)), inv] = np.inf
    b = other.min(axis=1)
    s = np.where(own > 0, (b - a) / np.maximum(np.maximum(a, b), 1e-12), 0.0)
    return float(s.mean())


def _renumber(groups: np.ndarray) -> np.ndarray:
    mapping: dict[int, int] = {}
    out = np.empty(len(groups), dtype=int)
    for i, g in enumerate(groups.tolist()):
        out[i] = mapping.setdefault(g, len(mapping))
    return out
