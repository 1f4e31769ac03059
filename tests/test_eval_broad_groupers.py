"""The broad-grouper comparison (eval.broad_cut --groupers): every alternative gives one
broad theme per sub-theme, the same on every call, and the cache gives back the sub-themes
of a sample without clustering again."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import eval.broad_cut as broad_cut
from eval.broad_groupers import GROUPERS, Subthemes, group


def network(n_topics: int = 4, subs_per_topic: int = 3, cases: int = 12, seed: int = 0
            ) -> tuple[Subthemes, np.ndarray]:
    """Cases around sub-theme centres, themselves around topic directions; returns the
    network and each sub-theme's topic."""
    rng = np.random.default_rng(seed)
    topics = rng.normal(size=(n_topics, 64))
    subs = np.repeat(topics, subs_per_topic, axis=0) + 0.3 * rng.normal(
        size=(n_topics * subs_per_topic, 64))
    labels = np.repeat(np.arange(len(subs)), cases)
    x = subs[labels] + 0.2 * rng.normal(size=(len(labels), 64))
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    return Subthemes(x, labels), np.repeat(np.arange(n_topics), subs_per_topic)


def same_partition(a: np.ndarray, b: np.ndarray) -> bool:
    pairs = set(zip(a.tolist(), b.tolist(), strict=True))
    return len(pairs) == len(set(a.tolist())) == len(set(b.tolist()))


@pytest.mark.parametrize("name", sorted(GROUPERS))
def test_every_grouper_numbers_each_sub_theme_the_same_way_twice(name: str) -> None:
    st, _ = network()
    g = group(name, st)
    assert g.shape == (st.m,) and g.min() == 0
    assert set(g.tolist()) == set(range(g.max() + 1))  # numbered 0..b-1
    assert np.array_equal(g, group(name, network()[0]))


@pytest.mark.parametrize("name", ["shipped", "size-weighted-average", "louvain-links"])
def test_well_separated_topics_are_found(name: str) -> None:
    st, truth = network(seed=1)
    assert same_partition(group(name, st), truth)


def test_the_cases_neighbour_links_stay_mostly_inside_a_sub_theme() -> None:
    st, _ = network(cases=20, seed=2)
    links = st.links
    assert links.sum() == len(st.x) * 15
    assert np.trace(links) > 0.5 * links.sum()


def test_a_cached_sample_is_not_clustered_again(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    st, _ = network()
    idx = np.arange(len(st.x))
    calls = []

    class Clustered:
        def __init__(self, n: int) -> None:
            self.labels = st.labels[:n]

    def engine(x: np.ndarray, keys: list[str]) -> Clustered:
        calls.append(len(keys))
        return Clustered(len(keys))

    monkeypatch.setattr(broad_cut, "cluster_vectors", engine)
    first = broad_cut._subthemes(st.x, "8x5/0", idx, tmp_path)
    again = broad_cut._subthemes(st.x, "8x5/0", idx, tmp_path)
    assert calls == [len(idx)] and np.array_equal(first, again)
    other = broad_cut._subthemes(st.x, "8x5/0", idx[:-1], tmp_path)  # another draw
    assert calls == [len(idx), len(idx) - 1] and len(other) == len(idx) - 1
