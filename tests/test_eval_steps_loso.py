"""The leave-one-split-out check of the step model: it never runs a measured-only split, and
it tries exactly the settings asked for, typed as the model's own constants."""

from __future__ import annotations

from pathlib import Path

import pytest

import eval.steps_loso as loso
from assistant.summarize import steps


@pytest.mark.parametrize("split", ["report", "holdout17"])
def test_a_measured_only_split_is_refused_before_anything_runs(split: str) -> None:
    with pytest.raises(SystemExit, match=f"--splits {split}: measured-only"):
        loso.main(["--data", str(Path("eval/script_sessions")), "--splits", f"tune,{split}"])


def test_settings_are_typed_as_the_step_models_constants() -> None:
    sets = loso.parse_sets(["W_POS=0.4,0.8", "T_MOVE=3"], steps)
    assert sets == {"W_POS": [0.4, 0.8], "T_MOVE": [3.0]}
    assert all(isinstance(v, float) for v in sets["T_MOVE"])


def test_an_unknown_setting_says_how_to_name_one() -> None:
    with pytest.raises(SystemExit, match="NAME a constant of assistant.summarize.steps"):
        loso.parse_sets(["W_NOPE=1"], steps)


@pytest.mark.parametrize("split", ["report", "holdout17"])
def test_the_learned_evidence_check_refuses_a_measured_only_split(split: str) -> None:
    import eval.steps_learned as learned

    with pytest.raises(SystemExit, match=f"--splits {split}: measured-only"):
        learned.main(["--data", str(Path("eval/script_sessions")), "--splits", f"tune,{split}"])


def test_the_learned_evidence_check_names_the_feature_groups_it_knows() -> None:
    import eval.steps_learned as learned

    with pytest.raises(SystemExit, match="give groups of emb,ctx,pos,cen,ev"):
        learned.main(["--data", str(Path("eval/script_sessions")), "--features", "emb,nope"])
