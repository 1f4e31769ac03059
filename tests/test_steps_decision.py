"""Whether a session follows the facilitator script: the evidence beyond the order test
(the steps the facilitator opens, an opening that echoes a linked case) and how it seconds
an order that fits by less than the usual bar."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.summarize.steps import (
    CASE_ECHO,
    LED_STEPS,
    LED_Z,
    SCRIPTED_Z,
    ScriptFit,
    script_fit,
)
from tests.test_recap_prose import LOCKERS, LOCKERS_CASE, OFFICE_MOVE, SCRIPTED, VANS, _segs

#: A check-in on the case of LOCKERS: progress on the fix, never the problem itself.
LOCKER_CHECK_IN = [
    ("Ravi", "Pia, where are we with the code locks?"),
    ("Pia", "Twenty are fitted, the other forty come next month."),
    ("Ravi", "And have people got used to them?"),
    ("Pia", "Mostly. A few ask at the desk for their code on the first day."),
    ("Jon", "Print the instructions on the locker door, that cut the desk questions for us."),
    ("Pia", "I'll order the stickers tomorrow."),
    ("Ravi", "Good, let's look again once all sixty are in."),
]


def test_a_facilitator_who_opens_each_step_is_counted_as_leading_them(embedder: Any) -> None:
    assert script_fit(_segs(SCRIPTED), "Ana").led_steps >= LED_STEPS
    # "what's the case", "the sequence of events", "the lesson", "where else", "playbook"
    assert script_fit(_segs(VANS), "Ana", embedder.embed).led_steps >= LED_STEPS


def test_a_chair_asking_what_happened_once_does_not_lead_the_script(embedder: Any) -> None:
    fit = script_fit(_segs(OFFICE_MOVE), "Lise", embedder.embed)
    assert fit.led_steps < LED_STEPS
    assert not fit.scripted("office hours")


def test_an_opening_that_tells_the_case_echoes_it_and_a_check_in_does_not(
        embedder: Any) -> None:
    told = script_fit(_segs(LOCKERS), "Ravi", embedder.embed, [LOCKERS_CASE])
    check_in = script_fit(_segs(LOCKER_CHECK_IN), "Ravi", embedder.embed, [LOCKERS_CASE])
    assert told.opening >= CASE_ECHO
    assert check_in.opening < CASE_ECHO
    assert not check_in.scripted("office hours")


#: Between the two bars: the order fits, but by less than SCRIPTED_Z.
_BETWEEN = (LED_Z + SCRIPTED_Z) / 2


@pytest.mark.parametrize("fit,fmt,scripted", [
    # the facilitator opened two steps: seconded
    (ScriptFit(_BETWEEN, 1.5, 2, 2, 0.0), "office hours", True),
    # the opening echoes the case: seconded
    (ScriptFit(_BETWEEN, 1.5, 1, 0, CASE_ECHO), "problem-solving jam", True),
    # the order alone, below the bar: not enough
    (ScriptFit(_BETWEEN, 1.5, 2, 1, CASE_ECHO - 0.1), "office hours", False),
    # seconded, but the order fits by less than LED_Z
    (ScriptFit(LED_Z - 0.1, 1.5, 2, 2, CASE_ECHO), "office hours", False),
    # seconded, but the turns say too little for their steps
    (ScriptFit(_BETWEEN, 0.5, 2, 2, CASE_ECHO), "office hours", False),
    # a demo day is never seconded this way
    (ScriptFit(_BETWEEN, 1.5, 2, 2, CASE_ECHO), "demo day", False),
])
def test_an_order_below_the_bar_counts_only_when_other_evidence_seconds_it(
        fit: ScriptFit, fmt: str, scripted: bool) -> None:
    assert fit.scripted(fmt) is scripted
