"""Where the script starts and ends inside a session: the turns around it (greetings, sound
checks, thanks) are "other", and its first and last steps keep their own turns."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.summarize.steps import _announcements, _states, _viterbi, assign_steps, script_fit
from tests.test_recap_prose import SCRIPTED, VANS, _segs

#: A short jam whose last two steps have little to show for themselves: a participant's
#: aside on where else it applies and a half-promise.
BUSES = [
    ("Ana", "Today's case: the night bus is late every Friday."),
    ("Ben", "It leaves the depot twenty minutes after the last train arrives."),
    ("Ana", "What actually happened?"),
    ("Ben", "The timetable was written before the train times changed."),
    ("Ana", "So what's the pattern?"),
    ("Cai", "Always check the connecting times when one timetable changes."),
    ("Ben", "The morning buses have the same problem at the ferry."),
    ("Cai", "Could be, I can compare the two timetables."),
    ("Ana", "Thanks, good."),
]


def test_a_closing_thanks_is_outside_the_script_whoever_is_thanked() -> None:
    for thanks in ("Cheers, both.", "Great, thanks.", "Thank you, Ben."):
        steps = assign_steps(_segs(SCRIPTED[:-1] + [("Ana", thanks)]), "Ana")
        assert steps[-3:] == ["playbook", "playbook", "other"], thanks


def test_a_closing_thanks_does_not_cut_the_last_steps_short() -> None:
    assert assign_steps(_segs(BUSES), "Ana")[-4:] == ["pattern", "applies", "playbook",
                                                     "other"]


def test_thanks_say_nothing_about_whether_a_session_follows_the_script() -> None:
    thanked = script_fit(_segs(SCRIPTED[:-1] + [("Ana", "Great, thanks Ben.")]), "Ana")
    plain = script_fit(_segs(SCRIPTED[:-1] + [("Ana", "Great, that's Ben.")]), "Ana")
    assert (thanked.z, thanked.gain) == (plain.z, plain.gain)


@pytest.mark.parametrize("before", [
    [("Ana", "Hello. Ben, can you share your screen?"), ("Ben", "One moment. Is it showing now?"),
     ("Ana", "Yes, got it.")],
    [("Ana", "Let's wait a minute for Cai."), ("Cai", "Sorry, I'm here now."),
     ("Ana", "Good. Ben, go ahead.")],
])
def test_screen_checks_and_latecomers_before_the_case_are_outside_the_script(
        embedder: Any, before: list[tuple[str, str]]) -> None:
    # VANS[2] is where Ben starts telling the case
    steps = assign_steps(_segs(before + VANS[2:]), "Ana", embedder.embed)
    assert steps[:5] == ["other", "other", "other", "case", "case"]


@pytest.mark.parametrize("aside", [
    [("Dee", "Hi, sorry, the door code didn't work and I was stuck outside."),
     ("Ana", "No worries, Dee, welcome.")],
    [("Ben", "Cai, you're breaking up. Repeat that?"),
     ("Cai", "Can you hear me now?"), ("Ben", "Yes, clear.")],
])
def test_housekeeping_inside_a_step_is_outside_the_script_and_the_step_goes_on(
        embedder: Any, aside: list[tuple[str, str]]) -> None:
    # VANS[5:7] is the breakdown; the aside comes in the middle of it. (A housekeeping turn
    # of eight words or more that greets no one is still read as part of its step.)
    steps = assign_steps(_segs(VANS[:6] + aside + VANS[6:]), "Ana", embedder.embed)
    n = len(aside)
    assert steps[4:6] == ["happened", "happened"]
    assert steps[6:6 + n] == ["other"] * n
    assert steps[6 + n:8 + n] == ["happened", "pattern"]


def test_a_step_without_housekeeping_has_no_aside(embedder: Any) -> None:
    assert "other" not in assign_steps(_segs(VANS), "Ana", embedder.embed)[1:-1]


def test_a_session_never_ends_inside_an_aside() -> None:
    # An aside is inside a step; a session whose last turn sounds like housekeeping has
    # closed (and the closing pays for the steps it skips) or is still in its step.
    import numpy as np

    states = _states(reading=True)
    unary = np.zeros((4, len(states)))
    unary[-1, [j for j, s in enumerate(states) if s.aside]] = 10.0
    _, path = _viterbi(unary, [0.0] * 4, scripted_only=True, reading=True)
    assert not states[path[-1]].aside


#: A jam whose facilitator moves on to where it applies (turn 7) without a question or a
#: cue phrase.
NIGHT_BUS = [
    ("Ana", "Hi all. Ben, tell us about the case."),
    ("Ben", "Our night bus leaves the depot twenty minutes late every Friday, and riders "
            "miss the last connection."),
    ("Ana", "What actually happened?"),
    ("Ben", "The timetable was written before the train times changed, and nobody compared "
            "the two."),
    ("Cai", "And the drivers only get the new times on paper, a week later."),
    ("Ana", "So what's the pattern?"),
    ("Cai", "Always check the connecting times when one timetable changes."),
    ("Ana", "ANNOUNCEMENT"),
    ("Dee", "The morning buses at the ferry have the same trouble with the boat times."),
    ("Ben", "Not the school buses, though, they run to the bell, not to a train."),
    ("Ana", "Who will do what by next week?"),
    ("Cai", "I'll compare the two timetables by Friday."),
    ("Ana", "Thanks all, bye."),
]


@pytest.mark.parametrize("announcement", ["Let's hear from the others now, from their own "
                                          "routes.", "Now tell us how the other routes compare."])
def test_a_step_begins_where_the_facilitator_announces_it(embedder: Any,
                                                          announcement: str) -> None:
    turns = [(sp, announcement if tx == "ANNOUNCEMENT" else tx) for sp, tx in NIGHT_BUS]
    steps = assign_steps(_segs(turns), "Ana", embedder.embed)
    assert steps[5:10] == ["pattern", "pattern", "applies", "applies", "applies"]


def test_only_the_facilitators_own_commands_and_lets_announce_a_step() -> None:
    turns = _segs([("Ana", "Go on."), ("Ben", "Keep a spare roll in each cart, always."),
                   ("Ana", "Okay, tell me more about the carts please."),
                   ("Ben", "Let's say it works."), ("Ana", "Let's move on."),
                   ("Ana", "The carts are in the hall.")])
    assert _announcements(turns, "Ana") == {2, 4}
    assert _announcements(turns, "") == set()
