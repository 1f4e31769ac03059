"""Broad themes chosen by the data: sub-themes about the same thing end up together, however
many sub-themes a topic has split into, however many topics there are, in any order."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.cluster.broad import group_subthemes


def topics(n_topics: int, per_topic: int, noise: float = 0.05, seed: int = 0
           ) -> tuple[np.ndarray, np.ndarray]:
    """Sub-theme centroids: ``per_topic`` noisy copies of each of ``n_topics`` random
    directions; returns the centroids and each one's topic."""
    rng = np.random.default_rng(seed)
    t = rng.normal(size=(n_topics, 384))  # as many dimensions as the default embedder
    c = np.repeat(t / np.linalg.norm(t, axis=1, keepdims=True), per_topic, axis=0)
    c = c + noise * rng.normal(size=c.shape)
    return c / np.linalg.norm(c, axis=1, keepdims=True), np.repeat(np.arange(n_topics),
                                                                   per_topic)


def same_partition(a: np.ndarray, b: np.ndarray) -> bool:
    pairs = set(zip(a.tolist(), b.tolist(), strict=True))
    return len(pairs) == len(set(a.tolist())) == len(set(b.tolist()))


@pytest.mark.parametrize("n_topics", [2, 3, 5, 12, 30])
def test_sub_themes_of_one_topic_make_one_broad_theme(n_topics: int) -> None:
    c, truth = topics(n_topics, 4, seed=n_topics)
    assert same_partition(group_subthemes(c), truth)


def test_a_topic_split_into_more_sub_themes_is_still_one_broad_theme() -> None:
    # A bigger network splits its topics finer; the broad level must not follow.
    for per_topic in (3, 8, 20):
        c, truth = topics(6, per_topic, seed=1)
        assert same_partition(group_subthemes(c), truth), per_topic


def test_broad_themes_do_not_depend_on_the_order_of_sub_themes() -> None:
    c, _ = topics(5, 6, noise=0.3, seed=2)
    groups = group_subthemes(c)
    perm = np.random.default_rng(3).permutation(len(c))
    back = np.empty_like(groups)
    back[perm] = group_subthemes(c[perm])
    assert same_partition(back, groups)


def test_the_stewards_number_of_broad_themes_wins() -> None:
    c, _ = topics(5, 4, seed=4)
    for target in (1, 3, 9, 100):
        assert len(set(group_subthemes(c, target).tolist())) == min(target, len(c))
