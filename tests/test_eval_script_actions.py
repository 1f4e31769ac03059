"""``eval.script --actions-only``: the action items scored alone, with the same matching as
the full run, fast enough to read per session on the tuning splits; ``--show`` never reads
a measured-only split."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import eval.script as script

_VTT = """WEBVTT

1
00:00:01.000 --> 00:00:05.000
<v Ana Lima>Tom, can you ring the printer about the banners by Friday?

2
00:00:05.500 --> 00:00:09.000
<v Tom Blake>Yes, I'll call them tomorrow morning.

3
00:00:09.500 --> 00:00:13.000
<v Ana Lima>I'll book the hall for the next session.
"""


def _session(folder: Path, name: str, actions: list[dict[str, object]]) -> None:
    (folder / f"{name}.vtt").write_text(_VTT, encoding="utf-8")
    meta = {"title": "t", "format": "problem-solving jam", "date": "2026-01-05",
            "start_time": "10:00", "facilitator": "Ana Lima", "cases": [],
            "steps": ["other"] * 3, "recap": [], "pattern": {}, "actions": actions}
    (folder / f"{name}.json").write_text(json.dumps(meta), encoding="utf-8")


def test_actions_only_scores_found_missed_and_wrong_with_the_full_runs_matching(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _session(tmp_path, "tune_a", [
        {"owner": "Tom Blake", "action": "ring the printer about the banners", "due": None},
        {"owner": "Ana Lima", "action": "order new lanyards", "due": None}])
    _session(tmp_path, "holdout2_b", [
        {"owner": "Tom", "action": "ring the printer about the banners", "due": "by Friday"}])
    assert script.main(["--data", str(tmp_path), "--split", "tuning", "--actions-only",
                        "--show"]) == 0
    out = capsys.readouterr().out.splitlines()
    last = json.loads(out[-1])
    # two sessions, the same two drafted actions each: the printer call found in both, the
    # lanyards missed, the hall booking matching nothing
    assert (last["action_found"], last["action_refs"]) == (2, 3)
    assert (last["actions_right"], last["actions_drafted"]) == (2, 4)
    assert last["action_recall"] == pytest.approx((0.5 + 1.0) / 2)
    assert last["sessions"] == 2 and last["actions_only"] is True
    assert "  missed: Ana Lima: order new lanyards" in out
    assert any(line.startswith("  wrong:  Ana Lima: book the hall") for line in out)


def test_actions_only_gives_the_same_counts_as_the_scoring_of_a_full_run(
        tmp_path: Path) -> None:
    from assistant.summarize.actions import extract_actions

    _session(tmp_path, "tune_a", [
        {"owner": "Tom Blake", "action": "ring the printer about the banners", "due": None}])
    meta = json.loads((tmp_path / "tune_a.json").read_text(encoding="utf-8"))
    row, missed, wrong = script.score_actions(tmp_path / "tune_a.vtt", meta)
    drafted = extract_actions(script.load_cues(tmp_path / "tune_a.vtt", "tune_a"))
    assert row["actions_drafted"] == len(drafted) == 2
    assert row["action_found"] == sum(script.action_found(r, drafted)
                                      for r in meta["actions"]) == 1
    assert missed == [] and len(wrong) == 1


@pytest.mark.parametrize("split", ["report", "holdout17", "all"])
def test_show_is_refused_where_sessions_are_read_by_their_summary_only(
        split: str, tmp_path: Path) -> None:
    _session(tmp_path, f"{split}_a", [])
    with pytest.raises(SystemExit):
        script.main(["--data", str(tmp_path), "--split", split, "--actions-only", "--show"])


def test_the_tuning_split_takes_no_measured_only_session(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("tune_a", "holdout16_b", "report_c", "holdout17_d"):
        _session(tmp_path, name, [])
    assert script.main(["--data", str(tmp_path), "--split", "tuning", "--actions-only"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in out[:-1]] == ["holdout16_b", "tune_a"]
