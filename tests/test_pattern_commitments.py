"""A pattern candidate's "what to do" and name state the practice the session agreed, never
a task someone took on ("And I'll draw up the rota by Friday"): the action reader decides
which sentences are commitments. A session that only hands out tasks leaves both visibly
empty, for the reviewer, rather than dress a task up as a practice."""

from __future__ import annotations

from typing import Any

from assistant.summarize.core import Seg
from assistant.summarize.pattern import _without_commitments
from assistant.summarize.patterns import commitments, pattern_fields, states_commitment


def _segs(turns: list[tuple[str, str]]) -> list[Seg]:
    return [Seg(i, sp, tx, float(i * 20), "S7") for i, (sp, tx) in enumerate(turns)]


#: A jam on a bakery's flour deliveries: the practice is said once, in the same step as a
#: commitment opened with "And" (which no "I'll" at the start of a sentence catches) and a
#: task asked of someone by name and taken.
FLOUR = [
    ("Nell", "The case: the flour order arrives after the early bake has already started."),
    ("Raj", "The mill's van does the town bakeries in alphabetical order, so we come last."),
    ("Nell", "What would you tell another bakery?"),
    ("Raj", "Book a standing delivery slot with the mill before the season starts. And I'll "
            "draw up a delivery calendar for the whole spring by the end of the month."),
    ("Nell", "Tess, could you phone the mill about the Easter weekend slot?"),
    ("Tess", "Yes, I'll phone the mill manager on Monday morning about the Easter slot."),
    ("Nell", "Would the standing slot suit the café in the square as well?"),
    ("Tess", "The café gets its flour from the cash and carry, so no."),
]
FLOUR_STEPS = ["case", "happened", "pattern", "pattern", "pattern", "pattern", "applies",
               "applies"]


def test_what_to_do_and_the_name_are_the_practice_not_the_tasks_taken_on(
        embedder: Any) -> None:
    fields = pattern_fields(_segs(FLOUR), FLOUR_STEPS, embedder.embed, session_id="S7")
    text, cites = fields["solution"]
    assert text.startswith("Book a standing delivery slot with the mill"), text
    assert "calendar" not in text and "phone" not in text, text
    assert {c["position"] for c in cites} == {3}
    name = fields["name"][0].lower()
    assert "standing delivery slot" in name, fields["name"]
    assert "calendar" not in name and "phone" not in name


def test_a_session_that_only_hands_out_tasks_leaves_what_to_do_and_the_name_empty(
        embedder: Any) -> None:
    turns = [
        ("Nell", "The case: the flour order arrives after the early bake has already started."),
        ("Raj", "The mill's van does the town bakeries in alphabetical order, so we come last."),
        ("Nell", "So what do we take from this one?"),
        ("Raj", "I'll draw up a delivery calendar for the whole spring by the end of the month."),
        ("Nell", "Tess, could you phone the mill about the Easter weekend slot?"),
        ("Tess", "Yes, I'll phone the mill manager on Monday morning about the Easter slot."),
    ]
    steps = ["case", "happened", "pattern", "pattern", "pattern", "pattern"]
    fields = pattern_fields(_segs(turns), steps, embedder.embed, session_id="S7")
    assert fields["solution"] == ("", []), fields["solution"]
    assert fields["name"] == ("", []), fields["name"]
    assert fields["problem"][0]  # the rest of the candidate is still drafted


def test_a_practice_said_before_a_commitment_in_the_same_turn_is_no_commitment() -> None:
    segs = _segs(FLOUR)
    committed = commitments(segs, "S7")
    assert 3 in committed and 5 in committed and 0 not in committed
    turn = segs[3]
    assert not states_commitment("Book a standing delivery slot with the mill before the "
                                 "season starts.", turn, committed)
    # as said, and as a recap tells it in the third person
    assert states_commitment("And I'll draw up a delivery calendar for the whole spring.",
                             turn, committed)
    assert states_commitment("Raj will draw up a delivery calendar for the whole spring by "
                             "the end of the month.", turn, committed)
    # the yes to a request made by name: the task is the request's
    assert states_commitment("Tess will phone the mill manager on Monday morning.", segs[5],
                             committed)


def test_a_recap_bullet_standing_in_for_what_to_do_loses_its_tasks() -> None:
    segs = _segs(FLOUR)
    at = {g.position: g for g in segs}
    committed = commitments(segs, "S7")
    cites = [{"session_id": "S7", "position": 3, "speaker": "Raj"},
             {"session_id": "S7", "position": 5, "speaker": "Tess"}]
    text, kept = _without_commitments(
        "Book a standing delivery slot with the mill before the season starts. Tess will "
        "phone the mill manager on Monday morning about the Easter slot.", cites, at, committed)
    assert text == "Book a standing delivery slot with the mill before the season starts."
    assert [c["position"] for c in kept] == [3]
    # a bullet that is only a task gives nothing to do: the field stays empty
    assert _without_commitments("Raj will draw up a delivery calendar for the spring by the "
                                "end of the month.", cites[:1], at, committed) == ("", [])
