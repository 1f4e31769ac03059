"""Broad themes: sub-themes grouped by what they are about, the number chosen by the data.

Sub-theme centroids are taken after removing the direction every case shares (the mean of
all cases: sentence embeddings crowd into a narrow cone, and what is common to all of them
says nothing about what sets one group apart). Average-link clustering of those centroids
(cosine) gives a dendrogram. Unless the steward asked for a number of broad themes, it is
cut where the groups it would join stop being unusually alike for this network: their
average similarity falls below what unrelated sub-themes reach by chance, ``SPREAD``
spreads above the typical pair (see :func:`unusual_similarity`). The cut is relative to
the network's own similarities, so neither the embedding's scale nor the number of
sub-themes moves it: more cases split sub-themes finer, but their broad groups keep their
distances. Only the m x m centroid table is dense (m is the number of sub-themes, a few
hundred at most), never anything over cases.
"""

from __future__ import annotations

from collections.abc import Collection

import numpy as np

NOVEL = -1
# How far above the typical pair of sub-themes (in spreads of the unrelated pairs) two
# groups must sit to be one broad theme. Chosen on banking77 train only, against a
# grouping of its intents written from their names, over 30 samples (8 x 5 to 77 x 35
# intents x cases, random rows from 300 to 10,000, noisy copies to 50,000): mean ARI
# 0.474 at 2, 0.484 at 2.25, 0.487 at 2.5, 0.471 at 3 (the silhouette cut before: 0.411).
SPREAD = 2.5


def _normalize(x: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return x / norms


def centred_centroids(x: np.ndarray, labels: np.ndarray, m: int | None = None
                      ) -> np.ndarray:
    """One row per sub-theme 0..m-1: the normalised mean of its members' vectors after the
    mean of all cases is removed (``x`` rows L2-normalised). ``m`` defaults to the highest
    label + 1; a sub-theme no row is labelled with gets a zero row."""
    if m is None:
        m = int(labels.max(initial=NOVEL)) + 1
    if m == 0:
        return np.zeros((0, x.shape[1] if x.ndim == 2 else 0))
    xc = _normalize(x - x.mean(axis=0, keepdims=True))
    sums = np.zeros((m, x.shape[1]))
    keep = labels >= 0
    np.add.at(sums, labels[keep], xc[keep])
    return _normalize(sums)


def group_subthemes(centroids: np.ndarray, target: int | None = None,
                    spread: float = SPREAD) -> np.ndarray:
    """A broad-theme number (0..b-1, numbered by first sub-theme) for each of the ``m``
    sub-theme centroids. ``target``: the steward's number of broad themes (capped at m);
    None: the average-link dendrogram cut at :func:`unusual_similarity` (``spread``)."""
    m = len(centroids)
    if m == 0:
        return np.zeros(0, dtype=int)
    if m <= 2:
        return np.arange(m)
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    # Rounded so that last-bit differences between BLAS builds or thread counts cannot
    # change the order of merges.
    sims = np.round(centroids @ centroids.T, 9)
    sims = (sims + sims.T) / 2.0
    d = np.clip(1.0 - sims, 0.0, 2.0)
    np.fill_diagonal(d, 0.0)
    z = linkage(squareform(d, checks=False), method="average")
    if target is not None:
        groups = fcluster(z, max(1, min(int(target), m)), criterion="maxclust")
    else:
        groups = fcluster(z, 1.0 - unusual_similarity(sims, spread), criterion="distance")
    return _renumber(groups)


def visible_groups(x: np.ndarray, labels: np.ndarray, hidden: Collection[int],
                   target: int | None, spread: float = SPREAD, m: int | None = None
                   ) -> np.ndarray:
    """:func:`group_subthemes` of the sub-themes (``labels`` of the rows of ``x``) not in
    ``hidden`` (those a steward dismissed): ``target`` then counts the broad themes shown.
    A hidden sub-theme's group is ``NOVEL``. The direction every case shares is still
    taken from all cases. ``m``: the number of sub-themes, when ``labels`` may no longer
    hold the highest (its rows relabelled to another sub-theme); one entry each."""
    cents = centred_centroids(_normalize(np.asarray(x, dtype=np.float64)), labels, m)
    keep = np.array([k not in hidden for k in range(len(cents))], dtype=bool)
    out = np.full(len(cents), NOVEL, dtype=int)
    out[keep] = group_subthemes(cents[keep], target, spread)
    return out


def unusual_similarity(sims: np.ndarray, spread: float = SPREAD) -> float:
    """The similarity above which two groups of sub-themes are one broad theme, from
    ``sims`` (the m x m cosine table): the median pair plus ``spread`` times the spread
    of the pairs below the median (root mean square distance to it).

    Most pairs of sub-themes are about different things, so the lower half of the pairs
    shows how alike unrelated sub-themes are by chance; pairs within a broad theme sit in
    the upper tail and do not widen it. (A mean and standard deviation over all pairs
    would: with two or three broad themes, a third or more of the pairs are related, and
    no group would look unusual.) Rounded, so that the cut cannot depend on summation
    order."""
    pairs = np.sort(sims[np.triu_indices(len(sims), 1)])
    median = float(np.median(pairs))
    low = pairs[pairs <= median]
    return round(median + spread * float(np.sqrt(np.mean((low - median) ** 2))), 9)


def _renumber(groups: np.ndarray) -> np.ndarray:
    mapping: dict[int, int] = {}
    out = np.empty(len(groups), dtype=int)
    for i, g in enumerate(groups.tolist()):
        out[i] = mapping.setdefault(g, len(mapping))
    return out
