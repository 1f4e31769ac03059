"""The clustering engine's own steps, checked against reference implementations."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

from assistant.cluster.consensus import _sparse_average_link, consensus
from assistant.cluster.engine import NOVEL, EngineParams, _knn, _postprocess, _vote


def same_partition(a: np.ndarray, b: np.ndarray) -> bool:
    pairs = set(zip(a.tolist(), b.tolist(), strict=True))
    return len(pairs) == len({p[0] for p in pairs}) == len({p[1] for p in pairs})


def sparse_links(dist: np.ndarray, size: np.ndarray) -> list[dict[int, float]]:
    """Similarity 1 - distance for pairs closer than 1; the rest are simply absent."""
    n = len(dist)
    return [{j: 1.0 - float(dist[i, j]) for j in range(n) if j != i and dist[i, j] < 1.0}
            for i in range(n)]


def bounded_distances(rng: np.random.Generator, n: int) -> np.ndarray:
    pts = rng.normal(size=(n, 3))
    dist = np.sqrt(((pts[:, None] - pts[None]) ** 2).sum(-1))
    dist = np.minimum(dist / np.quantile(dist, 0.5), 1.0)  # far pairs: no link at all
    np.fill_diagonal(dist, 0.0)
    return dist


@pytest.mark.parametrize("seed", range(5))
def test_sparse_average_link_matches_scipy_on_the_full_matrix(seed: int) -> None:
    rng = np.random.default_rng(seed)
    dist = bounded_distances(rng, 40)
    cut = float(np.quantile(dist[np.triu_indices(40, 1)], 0.2))
    ours = _sparse_average_link(sparse_links(dist, np.ones(40)), np.ones(40), cut)
    ref = fcluster(linkage(squareform(dist, checks=False), "average"), cut, "distance")
    assert same_partition(ours, ref)
    assert 1 < len(set(ours.tolist())) < 40


def noisy_runs(seed: int, n: int = 90, groups: int = 5, runs: int = 3) -> np.ndarray:
    """Runs that mostly agree on ``groups`` groups, with cases moved or left as noise."""
    rng = np.random.default_rng(seed)
    truth = np.arange(n) % groups
    cols = []
    for _ in range(runs):
        lab = truth.copy()
        moved = rng.random(n) < 0.15
        lab[moved] = rng.integers(0, groups + 2, moved.sum())  # some into extra clusters
        lab[rng.random(n) < 0.05] = NOVEL
        cols.append(lab)
    return np.stack(cols, axis=1)


@pytest.mark.parametrize("seed", range(3))
def test_sparse_average_link_weights_atoms_by_size_as_if_repeated(seed: int) -> None:
    """Consensus links *atoms* (cases with identical labels in every run) weighted by size:
    the same as linking every case, which is what this checks."""
    rng = np.random.default_rng(seed)
    dist = bounded_distances(rng, 25)
    size = rng.integers(1, 5, 25)
    cut = float(np.quantile(dist[np.triu_indices(25, 1)], 0.25))
    ours = _sparse_average_link(sparse_links(dist, size), size.astype(float), cut)
    rep = np.repeat(np.arange(25), size)
    full = dist[np.ix_(rep, rep)]
    np.fill_diagonal(full, 0.0)
    ref = fcluster(linkage(squareform(full, checks=False), "average"), cut, "distance")
    assert same_partition(ours[rep], ref)
    assert 1 < len(set(ours.tolist())) < 25


@pytest.mark.parametrize("seed", range(3))
def test_consensus_keeps_what_most_runs_agree_on(seed: int) -> None:
    runs = noisy_runs(seed)
    n = len(runs)
    ours = consensus(runs, 0.7)
    truth = np.arange(n) % 5
    big = [g for g in set(ours.tolist()) if (ours == g).sum() >= 10]
    assert len(big) == 5
    # Mostly pure: a case moved in two of three runs may legitimately follow them.
    assert all((truth[ours == g] == np.bincount(truth[ours == g]).argmax()).mean() >= 0.85
               for g in big)
    # cases that a majority of runs put in their group end up there
    agree = ((runs == truth[:, None]).sum(axis=1) >= 2)
    for g in big:
        t = np.bincount(truth[ours == g]).argmax()
        assert (ours[agree & (truth == t)] == g).mean() >= 0.9
    assert np.array_equal(consensus(runs, 0.7), ours)  # deterministic


def test_consensus_of_identical_runs_is_that_run() -> None:
    lab = np.array([0, 0, 1, 1, 1, NOVEL, 2, 2])
    out = consensus(np.stack([lab, lab, lab], axis=1), 0.7)
    assert same_partition(out[lab >= 0], lab[lab >= 0])
    assert out[5] == NOVEL  # noise in every run shares with no one
    assert consensus(np.zeros((0, 3), dtype=int), 0.7).shape == (0,)


def test_knn_sorts_like_a_full_stable_sort_including_ties() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(50, 8))
    x[10] = x[3]  # exact duplicates make ties
    x[11] = x[3]
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    idx, d = _knn(x, 6)
    sims = x @ x.T
    np.fill_diagonal(sims, 2.0)
    ref = np.argsort(-sims, axis=1, kind="stable")[:, :6]
    assert np.array_equal(idx, ref)
    assert (d[:, 0] == 0).all() and (np.diff(d, axis=1) >= -1e-6).all()
    assert idx[3, 1:3].tolist() == [10, 11]


def test_knn_breaks_ties_by_index_even_when_more_cases_tie_than_it_keeps_spare() -> None:
    rng = np.random.default_rng(1)
    x = rng.normal(size=(120, 8))
    x[40:70] = x[5]  # 31 identical cases: more ties than k + the spare candidates
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    idx, d = _knn(x, 6, block=32)
    sims = np.round(x @ x.T, 9)
    np.fill_diagonal(sims, 2.0)
    assert np.array_equal(idx, np.argsort(-sims, axis=1, kind="stable")[:, :6])
    assert idx[41].tolist() == [41, 5, 40, 42, 43, 44]


def test_a_case_moves_only_when_most_neighbours_sit_in_another_theme() -> None:
    # Two tight groups on a circle and one case (index 0) labelled A amid group B.
    angles = np.r_[1.0, np.linspace(0.0, 0.2, 6), np.linspace(1.0, 1.2, 6)]
    x = np.c_[np.cos(angles), np.sin(angles)]
    labels = np.r_[0, [0] * 6, [1] * 6]
    p = EngineParams(vote_neighbors=5, vote_self=2.0, vote_rounds=3)
    nb = _knn(x, 8)[0]  # the graph's neighbours, more than the vote needs
    out = _vote(x, labels, nb, p)
    assert np.array_equal(_vote(x, labels, _knn(x, 3)[0], p), out)  # too few: searched anew
    assert out[0] == 1 and (out[1:] == labels[1:]).all()
    # Against only three of five the own theme (counted twice) holds.
    labels2 = labels.copy()
    labels2[[7, 8]] = 0  # two of its nearest now share its theme
    assert _vote(x, labels2, nb, p)[0] == 0
    # Novel cases stay novel.
    labels3 = labels.copy()
    labels3[0] = NOVEL
    assert _vote(x, labels3, nb, p)[0] == NOVEL


def test_knn_in_blocks_equals_knn_in_one_go() -> None:
    rng = np.random.default_rng(3)
    x = rng.normal(size=(70, 5))
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    whole = _knn(x, 7)
    parts = _knn(x, 7, block=16)
    assert np.array_equal(whole[0], parts[0]) and np.allclose(whole[1], parts[1])
    assert _knn(x[:4], 10)[0].shape == (4, 4)  # k above n: every case, self first


def test_clusters_whose_centroids_nearly_coincide_become_one_sub_theme() -> None:
    # HDBSCAN's leaves split one topic into pieces whose centroids sit a few degrees apart
    # (cosine 0.93 here); a different topic (cosine 0.36) stays apart.
    angles = np.r_[np.linspace(-0.02, 0.02, 5), np.linspace(0.356, 0.396, 5),
                   np.linspace(1.18, 1.22, 5)]
    x = np.c_[np.cos(angles), np.sin(angles)]
    out = _postprocess(x, np.repeat([0, 1, 2], 5), EngineParams())
    assert same_partition(out, np.repeat([0, 0, 1], 5))
