"""Joining several clusterings of the same cases into one (the engine's consensus step).

Cases are first collapsed into *atoms*: cases with the same cluster in every run. Two atoms
are linked only when they share a cluster in at least one run, so the average-link
clustering below keeps a sparse table of links rather than a dense atoms x atoms matrix:
memory and time grow with the number of linked pairs, which is bounded by the sizes of the
runs' clusters, not by the square of the number of cases.
"""

from __future__ import annotations

import heapq

import numpy as np

NOVEL = -1


def consensus(runs: np.ndarray, cut: float) -> np.ndarray:
    """Average-link clustering of cases under the distance 1 - (share of runs in which two
    cases sit in the same cluster), cut at ``cut`` (merges happen below it). ``runs`` holds
    one column of labels per run; ``NOVEL`` shares nothing. A case that is noise in every
    run is ``NOVEL`` in the result; the rest get group numbers (not renumbered)."""
    n, r = runs.shape
    if n == 0:
        return np.zeros(0, dtype=int)
    # Atoms: identical label rows. Noise is one shared value in the key (-1) but never
    # counts as agreement, so two cases noisy in the same runs and together elsewhere are
    # one atom; a case noisy everywhere is novel.
    _, first, atom = np.unique(runs, axis=0, return_index=True, return_inverse=True)
    atom = atom.ravel()
    order = np.argsort(first, kind="stable")  # atoms in order of their first case
    rank = np.empty_like(order)
    rank[order] = np.arange(len(order))
    atom = rank[atom]
    reps = runs[first[order]]
    size = np.bincount(atom).astype(np.float64)
    a = len(reps)
    # Links: sum over runs of 1/r for every pair of atoms in one cluster of that run.
    links: list[dict[int, float]] = [{} for _ in range(a)]
    for j in range(r):
        col = reps[:, j]
        for lab in np.unique(col[col >= 0]):
            members = np.nonzero(col == lab)[0].tolist()
            for u in range(len(members)):
                lu = links[members[u]]
                for v in members[u + 1:]:
                    lu[v] = lu.get(v, 0.0) + 1.0 / r
                    links[v][members[u]] = links[v].get(members[u], 0.0) + 1.0 / r
    group = _sparse_average_link(links, size, cut)
    out = group[atom]
    seen = np.asarray((reps >= 0).any(axis=1), dtype=bool)
    return np.where(seen[atom], out, NOVEL)


def _sparse_average_link(links: list[dict[int, float]], size: np.ndarray,
                         cut: float) -> np.ndarray:
    """UPGMA on atoms whose pairwise similarity ``links[i][j]`` is given sparsely (missing:
    0). Works on sums: ``tot[i][j]`` is the summed similarity over all case pairs of groups
    i and j, so their average distance is ``1 - tot / (w_i w_j)``. Merges the closest pair
    while it is below ``cut``; ties go to the lowest pair of group numbers."""
    a = len(size)
    w = size.copy()
    tot = [{j: s * w[i] * w[j] for j, s in links[i].items()} for i in range(a)]
    alive = np.ones(a, dtype=bool)
    group = np.arange(a)
    members: list[list[int]] = [[i] for i in range(a)]
    heap: list[tuple[float, int, int]] = []
    for i in range(a):
        for j, t in tot[i].items():
            if i < j:
                d = 1.0 - t / (w[i] * w[j])
                if d < cut:
                    heap.append((round(d, 12), i, j))
    heapq.heapify(heap)
    while heap:
        d, i, j = heapq.heappop(heap)
        if not (alive[i] and alive[j]):
            continue
        now = round(1.0 - tot[i].get(j, 0.0) / (w[i] * w[j]), 12)
        if now != d:  # stale entry: a merge changed this pair since it was pushed
            continue
        # j joins i (i < j)
        for k, t in tot[j].items():
            if k == i:
                continue
            tot[i][k] = tot[i].get(k, 0.0) + t
            tk = tot[k]
            tk[i] = tk.get(i, 0.0) + t
            del tk[j]
        tot[i].pop(j, None)
        tot[j] = {}
        w[i] += w[j]
        alive[j] = False
        members[i].extend(members[j])
        members[j] = []
        for k, t in tot[i].items():
            dk = round(1.0 - t / (w[i] * w[k]), 12)
            if dk < cut:
                heapq.heappush(heap, (dk, min(i, k), max(i, k)))
    for i in range(a):
        for m in members[i]:
            group[m] = i
    return group
