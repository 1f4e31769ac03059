"""The redaction evaluation keeps its held-out sets held out: ``--show`` prints items, so it is
refused where only the summary line may be read; the tuning pool takes no held-out set."""

from __future__ import annotations

import pytest

import eval.redact as redact


@pytest.mark.parametrize("split", ["report", "holdout15", "all"])
def test_show_is_refused_on_measured_only_sets(split: str) -> None:
    with pytest.raises(SystemExit):
        redact.main(["--split", split, "--show"])


def test_the_tuning_pool_holds_no_measured_only_set() -> None:
    assert not set(redact.MEASURED_ONLY) & set(redact.TUNING)
    assert set(redact.MEASURED_ONLY) <= set(redact.SPLITS)
    assert all((redact.DATA / f"redact_{f}.txt").is_file() for f in redact.TUNING)
