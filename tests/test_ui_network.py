"""The Network screen's handlers and Today's red-flag line, called as plain functions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.auth import LOCAL, Actor
from assistant.errors import Conflict, Forbidden
from assistant.rhythm.charter import get_charter
from assistant.rhythm.kit import export_kit
from assistant.rhythm.sprints import get_sprint
from assistant.ui.handlers import intake, network, today
from tests.sample_data import STELLA, VIC
from tests.test_rhythm import small_network

SPONSOR = Actor("sam", "sponsor")
RESULTS = "Time to go-live | days | 74 | 55 | 66 | 2027-03-31"
ROLES = ("Sam | sponsor | Exec | mandate | 20-30 minutes a month\n"
         "Stella | steward | Ops | mandate | 4 hours a week\n"
         "Dora | data partner | RevOps | expertise |")


def test_today_shows_a_charter_red_flag_until_the_charter_is_sound(ws) -> None:
    assert "Charter red flag:** No charter yet" in today.today(ws, LOCAL).sprint
    *_, version = network.charter_view(ws, LOCAL)
    msg = network.save_charter_form(ws, STELLA, "Faster go-lives", "Monthly", "", "",
                                    ROLES.replace("mandate", "availability", 1), version)
    assert "version 1" in msg
    line = today.today(ws, LOCAL).sprint
    assert "No business metric" in line and "Sam (sponsor)" in line
    network.save_charter_form(ws, STELLA, "Faster go-lives", "Monthly", "", RESULTS, ROLES, 1)
    assert "red flag" not in today.today(ws, LOCAL).sprint.lower()


def test_the_charter_editor_round_trips_and_refuses_a_stale_save(ws) -> None:
    network.save_charter_form(ws, STELLA, "Purpose", "Cadence", "Bounds", RESULTS, ROLES, 0)
    md, purpose, cadence, bounds, results, roles, version = network.charter_view(ws, VIC)
    assert (purpose, cadence, bounds, results, version) == ("Purpose", "Cadence", "Bounds",
                                                            RESULTS, 1)
    assert roles.splitlines()[0] == "Sam | sponsor | Exec | mandate | 20-30 minutes a month"
    assert "Time to go-live" in md
    with pytest.raises(Conflict):
        network.save_charter_form(ws, STELLA, "Other", "", "", "", "", 0)
    with pytest.raises(Forbidden):
        network.save_charter_form(ws, VIC, "Other", "", "", "", "", 1)
    assert get_charter(ws).purpose == "Purpose"


def test_the_sprint_panel_shows_the_checklist_and_takes_the_sponsors_decision(
        ws, tmp_path: Path) -> None:
    small_network(ws, tmp_path)
    assert "No sprint yet" in network.sprint_view(ws, LOCAL)
    network.start(ws, STELLA, "2026-09-01", "Baseline")
    md = network.sprint_view(ws, VIC, on=dt.date(2026, 11, 25))
    assert "week 12" in md and "| yes | weeks 1-3 | Gather cases |" in md
    assert "not taken yet" in md
    with pytest.raises(Forbidden):
        network.decide(ws, VIC, 1, "continue", "x")
    assert "continue recorded" in network.decide(ws, SPONSOR, 1, "continue", "It works")
    assert get_sprint(ws, 1).decided_by == "sam"
    assert "| 1 | 0 | — | 0 | 4 | 0 | 0 | — |" in network.metrics_view(ws, VIC)


def test_a_kit_uploaded_on_the_intake_screen_is_read_whole(ws, tmp_path: Path) -> None:
    small_network(ws, tmp_path)
    network.save_charter_form(ws, STELLA, "Purpose", "", "", RESULTS, ROLES, 0)
    network.start(ws, STELLA, "2026-09-01", "")
    path = export_kit(ws, tmp_path / "kit.xlsx")
    from assistant.config import load_settings
    from assistant.workspace import open_workspace

    other = open_workspace(load_settings(data_dir=tmp_path / "other"), embedder=ws.embedder)
    try:
        report = intake.ingest_files(other, LOCAL, [str(path)])
        assert "4 cases added" in report
        assert get_charter(other).purpose == "Purpose"
        assert get_sprint(other, 1).start == dt.date(2026, 9, 1)
    finally:
        other.close()


def test_the_screen_hands_out_the_kit_and_the_demo_day_pack(ws, tmp_path: Path) -> None:
    small_network(ws, tmp_path)
    network.start(ws, STELLA, "2026-09-01", "")
    assert network.kit_file(ws, VIC).endswith("starter-kit.xlsx")
    assert network.kit_file(ws, VIC, True).endswith("starter-kit-blank.xlsx")
    files = network.demo_pack(ws, VIC, pdf=False)
    assert [Path(f).name for f in files] == ["demo-day.html"]


@pytest.mark.parametrize(("today_is", "running", "said"), [
    # sprint 1 runs 2026-09-01 .. 2026-11-29; sprint 2 (when started) from 2026-12-20
    (dt.date(2026, 8, 31), None, "No sprint running yet: sprint 1 starts on 2026-09-01"),
    (dt.date(2026, 9, 1), 1, "Sprint 1, week 1 of 12"),
    (dt.date(2026, 11, 29), 1, "Sprint 1, week 12 of 12"),
    (dt.date(2026, 11, 30), None, "No sprint running: sprint 1 ended on 2026-11-29"),
    (dt.date(2026, 12, 19), None, "Between sprints: sprint 1 ended on 2026-11-29, sprint 2 "
                                  "starts on 2026-12-20"),
    (dt.date(2026, 12, 20), 2, "Sprint 2, week 1 of 12"),
])
def test_today_and_the_network_screen_agree_on_the_running_sprint_around_its_boundaries(
        ws, today_is: dt.date, running: int | None, said: str) -> None:
    from assistant.clock import FixedClock
    from assistant.rhythm.sprints import sprint_now, start_sprint

    # Cases from months earlier: the old Today counted 90-day sprints from them instead.
    ws.clock = FixedClock(dt.datetime(2026, 6, 1, 12, tzinfo=dt.UTC))
    intake.submit_case(ws, LOCAL, "Old case", "SSO fails for contractors", "", "", "", "",
                       "", "2026-06-01", "")
    assert "No sprint yet" in today.today(ws, LOCAL).sprint
    assert "No sprint yet" in network.sprint_view(ws, LOCAL)
    start_sprint(ws, dt.date(2026, 9, 1), actor=STELLA)
    if today_is >= dt.date(2026, 12, 19):
        start_sprint(ws, dt.date(2026, 12, 20), actor=STELLA)
    # Late evening in the network's zone is already tomorrow in UTC: the network's day counts.
    ws.settings = ws.settings.model_copy(update={"timezone": "America/Los_Angeles"})
    ws.clock = FixedClock(dt.datetime.combine(today_is, dt.time(23, 30),
                                              tzinfo=ws.settings.zone))
    now = sprint_now(ws)
    assert now.day == today_is and now.headline().startswith(said)
    assert (now.running.number if now.running else None) == running
    assert f"### {now.headline()}" in today.today(ws, LOCAL).sprint
    assert f"### {now.headline()}" in network.sprint_view(ws, LOCAL)
