"""The name measure's cache: a rerun on the same sample reads the clustering back."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

import eval.labels as labels

TOPICS = {
    "printer": ["The printer jams on every page", "Printer out of toner again",
                "Printer offline in room 4", "Cannot print to the office printer"],
    "vpn": ["VPN drops every hour", "VPN will not connect from home",
            "VPN login fails with a token error", "The VPN is very slow"],
    "leave": ["How do I book annual leave?", "Leave request not approved yet",
              "How many leave days are left?", "Cancel my leave request"],
}


def _sheet(tmp_path: Path) -> Path:
    path = tmp_path / "cases.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["text", "category"])
        for label, texts in TOPICS.items():
            out.writerows([t, label] for t in texts)
    return path


def test_a_rerun_with_the_cache_reuses_the_clustering(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    args = ["--data", str(_sheet(tmp_path)), "--cache", str(tmp_path / "cache"), "--show", "0"]
    first = labels.main(args)
    assert len(list((tmp_path / "cache").glob("labels-*.npz"))) == 1

    def no_clustering(*_: object, **__: object) -> None:
        raise AssertionError("clustered again despite the cache")

    monkeypatch.setattr(labels, "cluster_vectors", no_clustering)
    assert labels.main(args) == first
    with pytest.raises(AssertionError, match="clustered again"):  # another sample: no hit
        labels.main([*args, "--n", "8"])


def test_the_measure_names_a_lone_sub_theme_as_its_broad_theme() -> None:
    import numpy as np

    subs = np.array([0, 0, 1, 1, 2, 2, -1])
    groups = np.array([0, 1, 1])  # sub-theme 0 alone in broad theme 0
    got = labels.lone_names(subs, groups, ["Card arrival", "Transfers"],
                            ["Card not arrived", "Transfer failed", "Cancel transfer"])
    assert got == {0: "Card arrival"}
    # A name another sub-theme holds stays with it.
    assert labels.lone_names(subs, groups, ["Transfer failed", "Transfers"],
                             ["Card not arrived", "Transfer failed", "Cancel transfer"]) == {}
