"""The operating rhythm from the command line: thin shells that print and exit non-zero on
a user error."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.test_cli_review import invoke


def test_charter_sprint_metrics_and_kit_from_the_command_line(tmp_path: Path, embedder) -> None:
    base = ["--data-dir", str(tmp_path / "data")]
    code, out = invoke(base, "charter", "edit", "--purpose", "Faster go-lives",
                       "--result", "Time to go-live|days|74|55")
    assert code == 0 and "version 1" in out, out
    code, out = invoke(base, "charter", "show")
    assert "red flag: No sponsor named." in out and "baseline 74" in out
    assert invoke(base, "roles", "set", "Sam", "sponsor", "--chosen-for", "mandate")[0] == 0
    code, out = invoke(base, "roles", "show")
    assert "sponsor       Sam" in out and "Sprint decision" in out
    code, out = invoke(base, "sprint", "start", "2026-09-01", "--goals", "Baseline")
    assert code == 0 and "Sprint 1: 2026-09-01 to 2026-11-29" in out
    code, out = invoke(base, "sprint", "show", "--on", "2026-10-01")
    assert "week 5" in out and "[ ] weeks 1-3  Gather cases" in out, out
    code, out = invoke(base, "sprint", "decide", "1", "stop", "--reasons", "x")
    assert code != 0 and "not one of continue, pause, redesign" in out
    code, out = invoke(base, "metrics")
    assert "Sprint 1 (2026-09-01 to 2026-11-29): patterns used 0" in out
    kit = tmp_path / "kit.xlsx"
    code, out = invoke(base, "kit", "export", str(kit))
    assert code == 0 and openpyxl.load_workbook(kit)["Charter"]["B4"].value == \
        "Faster go-lives"
    other = ["--data-dir", str(tmp_path / "other")]
    code, out = invoke(other, "ingest", str(kit))
    assert code == 0 and "planner: 1 sprint started" in out, out
    code, out = invoke(other, "charter", "show")
    assert "Purpose: Faster go-lives" in out and "sponsor: Sam" in out
    code, out = invoke(base, "kit", "export", str(tmp_path / "kit.csv"))
    assert code != 0 and "name the kit *.xlsx" in out
