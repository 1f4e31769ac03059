"""Recording that a team applied a published pattern: the team and the day are required
(as in the starter kit's adoption log), so the adoption metrics count real teams only."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.auth import Actor
from assistant.errors import AssistantError
from assistant.review import adoption_counts, record_adoption
from assistant.rhythm.adoptions import (
    Adoption,
    PatternEntry,
    import_patterns_and_adoptions,
    pattern_id_for,
)
from assistant.ui.handlers import playbook

VIC = Actor("vic", "viewer")
NAME = "Buddy up newcomers for their first month"


@pytest.fixture
def published(ws) -> str:
    import_patterns_and_adoptions(ws, [PatternEntry(NAME)], [], source="kit.xlsx",
                                  index=False)
    return pattern_id_for(NAME)


def test_an_adoption_without_a_team_is_refused_and_not_counted(ws, published):
    with pytest.raises(AssistantError, match="needs the team"):
        record_adoption(ws, published, team="  ", applied_on=dt.date(2025, 4, 1), actor=VIC)
    assert adoption_counts(ws) == []


def test_the_recorders_name_never_stands_in_for_the_team(ws, published):
    with pytest.raises(AssistantError, match="Fill in Team"):
        playbook.record_adoption(ws, VIC, published, "", "2025-04-01", "It helped")
    assert adoption_counts(ws) == []


def test_an_adoption_without_a_day_is_refused(ws, published):
    with pytest.raises(AssistantError, match="needs the day"):
        playbook.record_adoption(ws, VIC, published, "Warehouse", None, "")


def test_an_adoption_with_team_and_day_is_recorded_outcome_optional(ws, published):
    message = playbook.record_adoption(ws, VIC, published, " Warehouse ", "2025-04-01", "")
    assert message == "Recorded: Warehouse applied this pattern on 2025-04-01."
    [count] = adoption_counts(ws)
    assert (count.teams, count.count) == (1, 1)


def test_an_imported_adoption_log_row_without_a_team_is_refused(ws, published):
    with pytest.raises(AssistantError, match="the team is empty"):
        import_patterns_and_adoptions(ws, [], [Adoption(NAME, " ", dt.date(2025, 4, 1))],
                                      source="kit.xlsx", index=False)
    assert adoption_counts(ws) == []
