"""Ordinary speech that is no action (session 19's code review): a dateless "I can ..." of
ability, perception or thought, or answered only by agreement; an order that acts on no
thing ("Take your time", "Go ahead"); "Name, you'll ..." said as a statement or of wanting;
a third-person question of wanting or being; and "No, sorry, I can't" as a no."""

from __future__ import annotations

import pytest

from assistant.summarize.actions import extract_actions
from assistant.summarize.core import Seg

INES, TOM = "Ines Roy", "Tom Blake"


def _actions(turns: list[tuple[str, str]]) -> list[tuple[str, str, str | None]]:
    segs = [Seg(i, sp, tx, float(i * 15), "S1") for i, (sp, tx) in enumerate(turns)]
    return [(a["owner"], a["action"], a["due"]) for a in extract_actions(segs)]


@pytest.mark.parametrize("said, answer", [
    ("I can remember when we had three vans.", "Yeah."),
    ("I can never find the key.", "Yeah."),
    ("Honestly I can barely keep up with the emails.", "Yeah, same here."),
    ("I can see the point of the new rota.", "Good."),
    ("I can always tell when the boiler is on.", "Yes please."),
])
def test_an_i_can_of_ability_or_perception_is_no_offer(said: str, answer: str) -> None:
    assert _actions([(INES, said), (TOM, answer)]) == []


@pytest.mark.parametrize("answer", ["Yeah.", "Good.", "Thanks.", "Yeah, same here."])
def test_agreement_alone_takes_up_no_dateless_offer(answer: str) -> None:
    assert _actions([(INES, "I can ask the caretaker about the boiler."), (TOM, answer)]) == []


@pytest.mark.parametrize("answer", ["Yes please.", "That'd be great.", "Go for it.",
                                    "Please do.", "Thanks, Ines."])
def test_a_taking_up_still_makes_a_dateless_offer_an_action(answer: str) -> None:
    assert _actions([(INES, "I can ask the caretaker about the boiler."), (TOM, answer)]) == [
        (INES, "ask the caretaker about the boiler", None)]


@pytest.mark.parametrize("order, answer", [
    ("Take your time.", "Okay, I'll do that."),
    ("Go ahead.", "Right, I'll do it."),
    ("Go on.", "Right, I'll do it."),
    ("Carry on, Ines.", "Right, I'll do it."),
])
def test_an_order_that_acts_on_no_thing_hands_no_task(order: str, answer: str) -> None:
    assert _actions([(TOM, order), (INES, answer)]) == []


def test_an_order_that_acts_on_a_thing_still_hands_its_task() -> None:
    assert _actions([(TOM, "Check the tyres."), (INES, "Okay, I'll do that.")]) == [
        (INES, "check the tyres", None)]
    assert _actions([(TOM, "Look into the heating."), (INES, "Sure, I'll do that.")]) == [
        (INES, "look into the heating", None)]


@pytest.mark.parametrize("said, answer", [
    ("Ines, you'll love the new hall.", "Ha."),
    ("Ines, you'll need a key for the shed.", "Ha."),
    ("Ines, you will find the forms in the office.", "Okay."),
    ("Ines, you'll ring the landlord.", "Ha."),
    ("Ines, would you like a copy of the report?", "Yes please."),
])
def test_you_will_said_as_a_statement_or_of_wanting_is_no_request(said: str, answer: str
                                                                  ) -> None:
    assert _actions([(TOM, said), (INES, answer)]) == []


def test_you_will_asked_needs_a_yes() -> None:
    asked = (TOM, "Ines, you'll ring the landlord?")
    assert _actions([asked, (INES, "Yes.")]) == [(INES, "ring the landlord", None)]
    assert _actions([asked, (INES, "Hm, the landlord's away.")]) == []


def test_no_sorry_i_cant_turns_a_request_down() -> None:
    assert _actions([(TOM, "Ines, can you ring the landlord?"),
                     (INES, "No, sorry, I can't.")]) == []


@pytest.mark.parametrize("asked", ["Would Ines like a copy of the report?",
                                   "Will Ines be there?", "Does Ines want the key?"])
def test_a_third_person_question_of_wanting_or_being_is_no_task(asked: str) -> None:
    assert _actions([(TOM, asked), (INES, "Yes please.")]) == []


def test_a_third_person_question_of_a_task_still_is_one() -> None:
    assert _actions([(TOM, "Could Ines have a look at the boiler?"), (INES, "Yes.")]) == [
        (INES, "have a look at the boiler", None)]


def test_every_weekday_keeps_the_action() -> None:
    assert _actions([(INES, "I'll ring the council every Friday."), (TOM, "Ok.")]) == [
        (INES, "ring the council every Friday", None)]
    assert _actions([(INES, "I'll do the rota on the Friday."), (TOM, "Ok.")]) == [
        (INES, "do the rota on the Friday", None)]


def test_an_order_whose_object_parses_as_a_small_clause_still_hands_its_task() -> None:
    assert _actions([(TOM, "Get me three prices and we'll choose on Friday."),
                     (INES, "Yes, I'll get them this week.")]) == [
        (INES, "get Tom three prices", "this week")]


def test_a_request_to_find_or_see_to_something_is_still_a_request() -> None:
    assert _actions([(TOM, "Ines, could you find the old minutes?"),
                     (INES, "Yes, I'll look tonight.")]) == [
        (INES, "find the old minutes", "tonight")]


def test_asking_the_one_who_just_spoke_whether_they_would_like_something_is_no_task() -> None:
    assert _actions([(TOM, "I have the report here."), (INES, "Nice."),
                     (TOM, "Would you like a copy?"), (INES, "Yes please.")]) == []
    assert _actions([(TOM, "The report's late."), (INES, "Hm."),
                     (TOM, "Could you chase the printer?"), (INES, "Yes.")]) == [
        (INES, "chase the printer", None)]
