"""The network's operating rhythm: charter and roles, sprints and their checklist, case
status, the three metrics, the quarterly theme review."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from assistant.auth import Actor
from assistant.errors import AssistantError, Conflict, Forbidden
from assistant.ingest.service import ingest_paths
from assistant.rhythm.adoptions import Adoption, PatternEntry, import_patterns_and_adoptions
from assistant.rhythm.charter import (
    CharterEdit,
    charter_history,
    get_charter,
    red_flags,
    save_charter,
)
from assistant.rhythm.metrics import (
    CaseStatus,
    Pulse,
    case_statuses,
    load_facts,
    measure,
    record_pulses,
    set_case_status,
    set_case_statuses,
    sprint_metrics,
)
from assistant.rhythm.review import record_theme_choice, review_choices, theme_impact
from assistant.rhythm.sprints import checklist, decide_sprint, get_sprint, set_goals, start_sprint
from assistant.sessions import plan_session
from assistant.store.models import AuditEvent, Theme, ThemeMember
from assistant.workspace import Workspace
from tests.sample_data import FRAN, STELLA, VIC

SPONSOR = Actor("sam", "sponsor")
PARTNER = Actor("dora", "data partner")
ON = dt.date(2026, 11, 25)

ROLES = [{"person": "Sam", "role": "sponsor", "chosen_for": "mandate"},
         {"person": "Stella", "role": "steward", "chosen_for": "mandate"},
         {"person": "Dora", "role": "data partner", "chosen_for": "expertise"}]


def small_network(ws: Workspace, tmp_path: Path) -> dict[str, str]:
    """Four cases in a sheet; returns title -> case id."""
    sheet = tmp_path / "intake.csv"
    sheet.write_text(
        "Title,Problem,Team,Submitted\n"
        "Kickoff stalls,The customer contact stops replying after kickoff,Team A,2026-09-02\n"
        "Import breaks,The CSV import garbles accented names,Team B,2026-09-10\n"
        "SSO late,Single sign-on is tested the day before go-live,Team A,2026-10-05\n"
        "Invoice wrong,The invoice shows the wrong number of seats,Team C,2026-11-02\n",
        encoding="utf-8")
    report = ingest_paths(ws, [sheet], actor=STELLA)
    with OrmSession(ws.engine) as s:
        from assistant.store.models import Case

        return {c.title: c.id for c in s.scalars(select(Case).where(
            Case.id.in_(report.case_ids)))}


# ------------------------------------------------------------------ charter and roles


def test_charter_edits_are_versions_audited_and_stale_edits_are_refused(any_ws) -> None:
    first = save_charter(any_ws, CharterEdit(
        purpose="Faster go-lives", roles=ROLES,
        results=[{"name": "Time to go-live", "unit": "days", "baseline": 74, "target": 55}]),
        actor=STELLA)
    second = save_charter(any_ws, CharterEdit(cadence="Two sessions a month"),
                          base_version=1, actor=STELLA)
    assert (first.version, second.version) == (1, 2)
    assert second.purpose == "Faster go-lives" and second.results[0].baseline == 74
    # Saving the same content again adds no version.
    assert save_charter(any_ws, CharterEdit(cadence="Two sessions a month"),
                        actor=STELLA).version == 2
    with pytest.raises(Conflict, match="version 1"):
        save_charter(any_ws, CharterEdit(purpose="Something else"), base_version=1,
                     actor=STELLA)
    assert [c.version for c in charter_history(any_ws)] == [1, 2]
    assert get_charter(any_ws, version=1).cadence == ""
    with OrmSession(any_ws.engine) as s:
        events = list(s.scalars(select(AuditEvent).where(AuditEvent.action == "charter_edit")))
    assert [e.object_id for e in events] == ["1", "2"] and events[1].before is not None
    assert red_flags(get_charter(any_ws)) == []


def test_red_flags_name_a_missing_metric_missing_roles_and_roles_by_availability(ws) -> None:
    assert "No charter yet" in red_flags(get_charter(ws))[0]
    c = save_charter(ws, CharterEdit(
        purpose="Share what works",
        results=[{"name": "Defect rate", "baseline": 4.2}],  # no target
        roles=[{"person": "Stella", "role": "steward", "chosen_for": "availability"}]),
        actor=STELLA)
    flags = " ".join(red_flags(c))
    assert "No business metric has both a baseline and a target" in flags
    assert "No sponsor named" in flags and "No data partner named" in flags
    assert "Roles assigned by availability" in flags and "Stella (steward)" in flags


def test_only_stewards_edit_the_charter_and_bad_values_say_what_to_fix(ws) -> None:
    for who in (SPONSOR, PARTNER, FRAN, VIC):
        with pytest.raises(Forbidden):
            save_charter(ws, CharterEdit(purpose="x"), actor=who)
    with pytest.raises(AssistantError, match="not a number"):
        save_charter(ws, CharterEdit(results=[{"name": "Cycle time", "baseline": "ten"}]),
                     actor=STELLA)
    with pytest.raises(AssistantError, match="unknown role 'coach'"):
        save_charter(ws, CharterEdit(roles=[{"person": "Al", "role": "coach"}]), actor=STELLA)
    assert get_charter(ws).version == 0


# ------------------------------------------------------------------ sprints


def test_a_sprints_phase_follows_the_date(ws) -> None:
    sp = start_sprint(ws, dt.date(2026, 9, 1), actor=STELLA)
    assert sp.end == dt.date(2026, 11, 29)
    assert sp.phase(dt.date(2026, 8, 31)) == "not started"
    assert sp.phase(dt.date(2026, 9, 21)).startswith("weeks 1-3")
    assert sp.phase(dt.date(2026, 9, 22)).startswith("weeks 4-8")
    assert sp.phase(dt.date(2026, 10, 27)).startswith("weeks 9-12")
    assert sp.week(dt.date(2026, 11, 29)) == 12
    assert sp.phase(dt.date(2026, 11, 30)) == "ended"
    with pytest.raises(Conflict, match="2026-11-30"):
        start_sprint(ws, dt.date(2026, 11, 1), actor=STELLA)


# 20:00 UTC on 31 August is 08:00 on 1 September in Auckland (UTC+12) and still 31 August
# in UTC: the demo day pages and the Excel kit must take the network's day, not UTC's.
LATE_EVENING_UTC = dt.datetime(2026, 8, 31, 20, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("zone", "phase", "held"), [("Pacific/Auckland", "weeks 1-3", "yes"),
                                                     ("UTC", "not started", "no")])
def test_demo_day_pages_and_the_kit_take_today_in_the_networks_time_zone(
        ws, zone: str, phase: str, held: str) -> None:
    from assistant.clock import FixedClock
    from assistant.rhythm.demoday import pages
    from assistant.rhythm.kit import collect

    ws.settings.timezone = zone
    ws.clock = FixedClock(LATE_EVENING_UTC)
    start_sprint(ws, dt.date(2026, 9, 1), actor=STELLA)
    plan_session(ws, title="First jam", format="problem-solving jam", date="2026-09-01",
                 actor=STELLA)
    plan_session(ws, title="Second jam", format="problem-solving jam", date="2026-09-01",
                 actor=STELLA)
    (page,) = pages(ws)[1]
    assert page.phase.startswith(phase)
    sessions_done = [row for row in collect(ws)["checklist"]
                     if row[0].startswith("Host two or three")]
    assert [row[4] for row in sessions_done] == [held]


def test_without_a_configured_time_zone_today_is_the_machines_local_date(
        ws, monkeypatch) -> None:
    from assistant.clock import FixedClock, today

    ws.settings.timezone = ""
    ws.clock = FixedClock(LATE_EVENING_UTC)
    monkeypatch.setenv("TZ", "Pacific/Auckland")
    assert ws.today() == today(ws.clock) == dt.date(2026, 9, 1)
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    assert ws.today() == dt.date(2026, 8, 31)


def test_the_checklist_is_done_exactly_when_the_data_shows_it(any_ws, tmp_path) -> None:
    from assistant.clock import FixedClock

    any_ws.clock = FixedClock(dt.datetime.combine(ON, dt.time(12), tzinfo=dt.UTC))  # saves: ON
    ids = small_network(any_ws, tmp_path)
    start_sprint(any_ws, dt.date(2026, 9, 1), goals="Baseline", actor=STELLA)

    def state() -> dict[str, bool]:
        return {c.step: c.done for c in checklist(any_ws, 1, on=ON)}

    assert state() == {"Gather cases": True, "Run the baseline capability pulse": False,
                       "Refresh the charter": False,
                       "Host two or three high-value sessions": False,
                       "Publish playbook v0.1": False, "Hold demo day": False,
                       "Review adoption signals and themes": False,
                       "Decide continue / pause / redesign": False,
                       "Lock next quarter's goals": False}
    # A pulse after week 3 is no baseline.
    record_pulses(any_ws, [Pulse("Team A", dt.date(2026, 10, 1), 3.0)], actor=PARTNER)
    assert not state()["Run the baseline capability pulse"]
    record_pulses(any_ws, [Pulse("Team A", dt.date(2026, 9, 3), 2.5)], actor=PARTNER)
    save_charter(any_ws, CharterEdit(purpose="p", roles=ROLES), actor=STELLA)
    plan_session(any_ws, title="Jam", format="problem-solving jam", date="2026-10-01",
                 case_ids=[ids["Kickoff stalls"]], actor=FRAN)
    assert not state()["Host two or three high-value sessions"]  # one is not two
    plan_session(any_ws, title="Office hours", format="office hours", date="2026-10-15",
                 actor=FRAN)
    # A demo day session needs no cases; one planned after `on` is not held yet.
    plan_session(any_ws, title="Demo day", format="demo day", date="2026-11-26", actor=FRAN)
    assert not state()["Hold demo day"]
    plan_session(any_ws, title="Demo day", format="demo day", date="2026-11-20", actor=FRAN)
    import_patterns_and_adoptions(any_ws, [PatternEntry("Name the IdP owner",
                                                        dt.date(2026, 10, 20))], [],
                                  source="test", actor=STELLA)
    record_theme_choice(any_ws, 1, "th-old", "retire", label="Old theme", actor=STELLA)
    decide_sprint(any_ws, 1, "continue", "Adoption doubled", actor=SPONSOR)
    start_sprint(any_ws, dt.date(2026, 11, 30), actor=STELLA)
    assert not state()["Lock next quarter's goals"]
    set_goals(any_ws, 2, "Two new themes", actor=STELLA)
    assert all(state().values()), state()
    assert get_sprint(any_ws, 1).decided_by == "sam"


def test_sponsor_records_decisions_data_partner_edits_metrics_and_neither_edits_more(
        ws, tmp_path) -> None:
    ids = small_network(ws, tmp_path)
    start_sprint(ws, dt.date(2026, 9, 1), actor=STELLA)
    with pytest.raises(Forbidden):
        decide_sprint(ws, 1, "pause", "why", actor=PARTNER)
    with pytest.raises(Forbidden):
        set_case_status(ws, ids["SSO late"], "resolved", actor=SPONSOR)
    with pytest.raises(Forbidden):
        set_case_status(ws, ids["SSO late"], "resolved", actor=VIC)
    with pytest.raises(Forbidden):
        start_sprint(ws, dt.date(2027, 1, 1), actor=SPONSOR)
    with pytest.raises(AssistantError, match="reasons"):
        decide_sprint(ws, 1, "pause", " ", actor=SPONSOR)
    with pytest.raises(AssistantError, match="not one of"):
        decide_sprint(ws, 1, "stop", "x", actor=SPONSOR)
    assert decide_sprint(ws, 1, "Redesign", "No adoptions", actor=SPONSOR).decision == \
        "redesign"
    set_case_status(ws, ids["SSO late"], "resolved", resolved_on=dt.date(2026, 10, 12),
                    actor=PARTNER)
    assert case_statuses(ws)[ids["SSO late"]] == CaseStatus(ids["SSO late"], "resolved",
                                                            dt.date(2026, 10, 12))
    assert case_statuses(ws)[ids["Invoice wrong"]].status == "open"


def test_a_case_cannot_be_resolved_before_it_was_submitted_and_nothing_is_half_set(
        ws, tmp_path) -> None:
    ids = small_network(ws, tmp_path)
    with pytest.raises(AssistantError, match="cannot be resolved before"):
        set_case_statuses(ws, [CaseStatus(ids["Kickoff stalls"], "in session", None),
                               CaseStatus(ids["SSO late"], "resolved", dt.date(2026, 9, 1))],
                          actor=STELLA)
    assert {s.status for s in case_statuses(ws).values()} == {"open"}
    with pytest.raises(AssistantError, match="not one of"):
        set_case_status(ws, ids["SSO late"], "closed", actor=STELLA)


# ------------------------------------------------------------------ metrics and review


def _theme(ws: Workspace, tid: str, label: str, case_ids: list[str]) -> None:
    with OrmSession(ws.engine) as s, s.begin():
        s.add(Theme(id=tid, label=label, size=len(case_ids)))
        s.flush()
        for c in case_ids:
            s.add(ThemeMember(case_id=c, theme_id=tid, similarity=0.9))


def test_three_metrics_and_time_to_solve_per_theme_match_hand_counts(ws, tmp_path) -> None:
    ids = small_network(ws, tmp_path)
    start_sprint(ws, dt.date(2026, 9, 1), actor=STELLA)
    _theme(ws, "thA", "Customer silence", [ids["Kickoff stalls"], ids["Invoice wrong"]])
    _theme(ws, "thB", "Imports and SSO", [ids["Import breaks"], ids["SSO late"]])
    set_case_statuses(ws, [
        CaseStatus(ids["Kickoff stalls"], "resolved", dt.date(2026, 9, 12)),  # 10 days
        CaseStatus(ids["Import breaks"], "resolved", dt.date(2026, 10, 10)),  # 30 days
        CaseStatus(ids["SSO late"], "resolved", dt.date(2026, 10, 9)),  # 4 days
        CaseStatus(ids["Invoice wrong"], "recurring", None)], actor=PARTNER)
    import_patterns_and_adoptions(
        ws, [PatternEntry("Second contact", dt.date(2026, 10, 1), (ids["Kickoff stalls"],)),
             PatternEntry("Canary file", dt.date(2026, 10, 1), (ids["Import breaks"],))],
        [Adoption("Second contact", "Team A", dt.date(2026, 10, 2)),
         Adoption("Second contact", "Team A", dt.date(2026, 10, 20)),
         Adoption("Canary file", "Team A", dt.date(2026, 11, 1)),
         Adoption("Canary file", "Team B", dt.date(2026, 11, 3)),
         Adoption("Canary file", "Team C", dt.date(2027, 1, 5))],  # next quarter
        source="test", actor=STELLA)
    [sm] = sprint_metrics(ws)
    o = sm.overall
    # median of 10, 30, 4 = 10; patterns used: both; Team A applied three times.
    assert (o.cases, o.resolved, o.median_days_to_solve) == (4, 3, 10.0)
    assert (o.patterns_used, o.adoptions, o.teams_repeating) == (2, 4, 1)
    a, b = sm.by_theme["Customer silence"], sm.by_theme["Imports and SSO"]
    assert (a.median_days_to_solve, a.patterns_used, a.adoptions, a.teams_repeating) == \
        (10.0, 1, 2, 1)
    assert (b.median_days_to_solve, b.patterns_used, b.adoptions, b.teams_repeating) == \
        (17.0, 1, 2, 0)  # (30 + 4) / 2
    f = load_facts(ws)
    assert measure(f, dt.date(2026, 11, 30), dt.date(2027, 2, 27)).patterns_used == 1

    impact = {t.label: t for t in theme_impact(ws, 1)}
    # Growth: weeks 7-12 minus weeks 1-6. Silence: 1 - 1; imports/SSO: 0 - 2.
    assert (impact["Customer silence"].growth, impact["Imports and SSO"].growth) == (0, -2)
    assert not impact["Customer silence"].propose_retire  # its pattern was adopted
    record_theme_choice(ws, 1, "thB", "retire", note="replace with billing", actor=STELLA)
    with pytest.raises(Forbidden):
        record_theme_choice(ws, 1, "thA", "keep", actor=FRAN)
    assert [(c.label, c.choice) for c in review_choices(ws, 1)] == [("Imports and SSO",
                                                                      "retire")]
    assert {t.label: t.choice for t in theme_impact(ws, 1)}["Imports and SSO"] == "retire"


@pytest.fixture(scope="module")
def example_ws(tmp_path_factory, embedder):
    """The bundled example network with its themes, loaded once for this module."""
    from assistant.cluster import recompute_themes
    from assistant.config import load_settings
    from assistant.examples import load_example_network
    from assistant.workspace import open_workspace

    w = open_workspace(load_settings(data_dir=tmp_path_factory.mktemp("example")),
                       embedder=embedder)
    load_example_network(w)
    recompute_themes(w)
    yield w
    w.close()


def test_metrics_per_theme_keep_two_themes_of_one_name_apart(example_ws) -> None:
    """Per-theme figures are keyed by name: two sub-themes of one name both keep theirs,
    and broad themes (no cases of their own) are not listed beside them."""
    import dataclasses

    facts = load_facts(example_ws)
    with OrmSession(example_ws.engine) as s:
        broad = set(s.scalars(select(Theme.id).where(Theme.level == "broad")))
    assert broad and not broad & set(facts.labels)
    a, b = sorted(facts.labels)[:2]
    same = dataclasses.replace(facts, labels={**facts.labels, b: facts.labels[a]})
    [sm] = sprint_metrics(example_ws, facts=same)
    name = facts.labels[a]
    assert name in sm.by_theme and f"{name} (2)" in sm.by_theme
    assert len(sm.by_theme) == len(facts.labels)
    assert sum(m.cases for m in sm.by_theme.values()) == \
        sum(m.cases for m in sprint_metrics(example_ws, facts=facts)[0].by_theme.values())


def test_the_example_networks_metrics_match_hand_computed_values(example_ws) -> None:
    [sm] = sprint_metrics(example_ws)
    o = sm.overall
    # examples/onboarding/network.json: ten cases resolved after 50, 46, 35, 19, 70, 7, 11,
    # 14, 12 and 1 days -> median (14 + 19) / 2 = 16.5. Four patterns adopted ten times;
    # NA Implementation (2), EMEA Onboarding (3) and Enterprise CS (2) applied them more
    # than once. Latest pulse per team: 3.4, 3.5, 3.0, 3.4, 3.3, 2.9 -> mean 3.25.
    assert (o.cases, o.resolved, o.median_days_to_solve) == (65, 10, 16.5)
    assert (o.patterns_used, o.adoptions, o.teams_repeating, o.pulse) == (4, 10, 3, 3.25)
    # Every resolved case of a theme counts in that theme, none twice.
    assert sum(m.resolved for m in sm.by_theme.values()) <= o.resolved
    assert sum(m.adoptions for m in sm.by_theme.values()) == o.adoptions  # all themed
    steps = {c.step: c.done for c in checklist(example_ws, 1, on=ON)}
    assert steps["Hold demo day"] and steps["Publish playbook v0.1"]
    assert not steps["Decide continue / pause / redesign"]
    assert red_flags(get_charter(example_ws)) == []
    # Its playbook's patterns are searchable like any published pattern.
    from assistant.index.service import search

    hits = search(example_ws, "test single sign-on early with real users", kind="patterns")
    assert hits[0].title == "SSO readiness starts at kickoff"
