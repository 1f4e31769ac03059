"""Action items a facilitator keeps: one action per commitment, each naming a task that
reads on its own after the session, and none for talk that commits nobody (an offer turned
down, words reported, a hypothetical, a move made during the call)."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.summarize.actions import due_of, extract_actions
from assistant.summarize.core import Seg


def _actions(turns: list[tuple[str, str]]) -> list[tuple[str, str, str | None]]:
    segs = [Seg(i, sp, tx, float(i * 15), "S1") for i, (sp, tx) in enumerate(turns)]
    return [(a["owner"], a["action"], a["due"]) for a in extract_actions(segs)]


def _cited(turns: list[tuple[str, str]]) -> list[list[int]]:
    segs = [Seg(i, sp, tx, float(i * 15), "S1") for i, (sp, tx) in enumerate(turns)]
    return [[c["position"] for c in a["citations"]] for a in extract_actions(segs)]


@pytest.mark.parametrize("turns", [
    [("Ines Roy", "The van's mileage is at forty thousand now."),
     ("Tom Blake", "Okay, I'll add that.")],
    [("Ines Roy", "There's a gap in the night cover somewhere."),
     ("Tom Blake", "I'll look into it.")],
    [("Ines Roy", "Tom, can you sort that?")],
    [("Tom Blake", "It's all on my laptop. I'll send them across after the review.")],
    [("Tom Blake", "I'll check mine tomorrow.")],
])
def test_a_task_naming_only_a_pronoun_is_no_action(turns: list[tuple[str, str]]) -> None:
    assert _actions(turns) == []


def test_a_task_naming_its_thing_keeps_its_pronoun_out() -> None:
    turns = [("Ines Roy", "What about the spare ladder for the loft?"),
             ("Tom Blake", "I'll fetch it from the depot on Monday.")]
    assert _actions(turns) == [("Tom Blake", "fetch the spare ladder from the depot",
                                "on Monday")]


def test_a_follow_up_that_only_says_when_dates_the_task_before() -> None:
    turns = [("Tom Blake", "I'll reword the parking leaflet. I'll have it ready for Tuesday."),
             ("Ines Roy", "I'll brief the drivers about the gate. I'll text them tonight.")]
    assert _actions(turns) == [
        ("Tom Blake", "reword the parking leaflet", "for Tuesday"),
        ("Ines Roy", "brief the drivers about the gate and text them", "tonight")]


def test_a_pro_form_takes_the_task_proposed_before_it() -> None:
    turns = [("Tom Blake", "I could reprint the badges in a bigger font, I'll do that "
                           "tomorrow."),
             ("Ines Roy", "For us that means relabelling the cold store shelves, I can do "
                          "that by Friday.")]
    assert _actions(turns) == [
        ("Tom Blake", "reprint the badges in a bigger font", "tomorrow"),
        ("Ines Roy", "relabelling the cold store shelves", "by Friday")]


def test_a_request_and_the_answer_that_restates_it_are_one_action() -> None:
    turns = [("Ines Roy", "Ola, could you look at the fire doors on level two?"),
             ("Ola Berg", "Sure, I'll get the fire doors on level two rehung with new "
                          "closers next week."),
             ("Ines Roy", "Dario, would you bring the scale to the spring fair?"),
             ("Dario Greco", "Yes. And I'll email the photos on Monday.")]
    assert _actions(turns) == [
        ("Ola Berg", "get the fire doors on level two rehung with new closers", "next week"),
        ("Dario Greco", "bring the scale to the spring fair", None),
        ("Dario Greco", "email the photos", "on Monday")]
    assert _cited(turns) == [[0, 1], [2, 3], [3]]  # the "Yes" cites the request too


@pytest.mark.parametrize("turns", [
    [("Tom Blake", "I can send you the rota template by Friday."),
     ("Ines Roy", "No need, I've already got one.")],
    [("Ines Roy", "Kim, can you cover the Saturday desk next week?"),
     ("Kim Ode", "Sorry, I can't, I'm away that weekend.")],
])
def test_an_offer_or_request_turned_down_is_no_action(turns: list[tuple[str, str]]) -> None:
    assert _actions(turns) == []


def test_an_offer_not_turned_down_stays() -> None:
    turns = [("Ines Roy", "Has anyone got a rota template?"),
             ("Tom Blake", "I can send you the rota template by Friday."),
             ("Ines Roy", "That would help, thanks.")]
    assert _actions(turns) == [("Tom Blake", "send Ines the rota template", "by Friday")]


@pytest.mark.parametrize("said", [
    "The landlord says I'll get the deposit back next week.",  # someone else's words
    "Back in May I told them I'll ring every Friday.",  # a promise made before
    "If we ever had the budget, I'll hire a second driver.",  # a hypothetical
    "Sorry, the signal's awful here, I'll go outside.",  # a move during the call
    "I'll kick off with the numbers from March.",  # running the meeting
    "I'll need a ladder on Monday though.",  # a need, not a task
    "Should I ring the council by Friday?",  # a question
])
def test_talk_that_commits_nobody_now_is_no_action(said: str) -> None:
    assert _actions([("Tom Blake", said), ("Ines Roy", "Okay.")]) == []


@pytest.mark.parametrize("text,due", [("write it up by the end of April", "by the end of April"),
                                      ("send the invite after lunch", "after lunch"),
                                      ("buy lunch for the crew", None)])
def test_month_ends_and_lunch_are_due_dates(text: str, due: str | None) -> None:
    assert due_of(text) == due


def test_the_same_commitment_said_twice_is_one_action() -> None:
    turns: list[tuple[str, str]] = [
        ("Ines Roy", "Tom, can you order the replacement hinges this week?"),
        ("Tom Blake", "Yes, I'll order them this week."),
        ("Tom Blake", "I'll order the replacement hinges this week.")]
    got: list[Any] = _actions(turns)
    assert got == [("Tom Blake", "order the replacement hinges", "this week")]


@pytest.mark.parametrize("said,task", [
    ("As I said, I'll send the floor plan on Monday.", "send the floor plan"),  # restated
    ("Like I say, we had three complaints, so I'll rewrite the form by Friday.",
     "rewrite the form"),  # "had" far from any "if"
    ("If that suits everyone, I'll book the minibus for Tuesday.", "book the minibus"),
    ("I'll need to chase the insurer by Friday.", "need to chase the insurer"),
])
def test_a_real_commitment_near_those_words_stays(said: str, task: str) -> None:
    assert [a[1] for a in _actions([("Tom Blake", said)])] == [task]


def test_an_answer_adding_a_task_of_its_own_stays_apart_from_the_request() -> None:
    turns = [("Ines Roy", "Sam, can you update the visitor rota?"),
             ("Sam Lee", "Yes, and I'll also send the visitor rota to reception.")]
    assert [a[1] for a in _actions(turns)] == ["update the visitor rota",
                                               "send the visitor rota to reception"]


def test_the_asked_persons_next_turn_says_how_the_request_gets_done() -> None:
    turns = [("Ines Roy", "Noor, could you get the allergen cards reprinted before Friday?"),
             ("Noor Haddad", "Yes, I'll ring the print room tomorrow.")]
    assert _actions(turns) == [("Noor Haddad", "get the allergen cards reprinted",
                                "before Friday")]
    assert _cited(turns) == [[0, 1]]


def test_do_that_after_a_question_to_the_room_takes_its_task() -> None:
    turns = [("Ines Roy", "Could someone book the minibus for the away match?"),
             ("Tom Blake", "I'll do that tomorrow.")]
    assert _actions(turns) == [("Tom Blake", "book the minibus for the away match",
                                "tomorrow")]


@pytest.mark.parametrize("text,due", [
    ("get it done by the end of March", "by the end of March"),
    ("start in the first week of May", "in the first week of May"),
    ("fix the gutter before the summer break", "before the summer break"),
    ("email the holders in March", "in March"),
    ("book the hall by the tenth, then", "by the tenth"),
    ("send it on the twenty-second of April", "on the twenty-second of April"),
    ("move the tuning to mid-November", "mid-November"),
    ("print the labels before the spring term", "before the spring term"),
    ("order the twine before the autumn cut", None),  # a season naming a thing, not a date
    ("I may ring them", None), ("check it for the first time", None),
])
def test_month_parts_holidays_and_days_in_words_are_due_dates(text: str,
                                                              due: str | None) -> None:
    assert due_of(text) == due


def test_the_due_date_leaves_the_task_and_a_second_date_stays_in_it() -> None:
    assert _actions([("Ines Roy", "Clara, anything?"),
                     ("Clara Fox", "I'll write to every school before the summer and move "
                                   "their tuning to early November.")]) == [
        ("Clara Fox", "write to every school and move their tuning to early November",
         "before the summer")]
    assert _actions([("Ines Roy", "Felix?"),
                     ("Felix Adler", "I'll set up the text message for the next round, "
                                     "that's the fourteenth of March.")]) == [
        ("Felix Adler", "set up the text message for the next round",
         "the fourteenth of March")]


def test_it_names_the_thing_of_the_question_asked_not_of_the_speakers_aside() -> None:
    assert _actions([("Ines Roy", "Can you send the rota?"),
                     ("Tom Blake", "We moved the printer upstairs. I'll send it tonight.")]) == [
        ("Tom Blake", "send the rota", "tonight")]


@pytest.mark.parametrize("turns", [
    [("Tom Blake", "I could ring the landlord if you want."),
     ("Ines Roy", "Let's get the pattern down first. What would you tell a new depot?")],
    [("Tom Blake", "I'll ring the landlord if you like."),
     ("Ines Roy", "Hm. So what happened on the second night?")],
    [("Tom Blake", "I'm happy to redo the key labels by Friday."),
     ("Ines Roy", "Okay, and what about the spare set?")],
])
def test_an_offer_nobody_takes_up_is_no_action(turns: list[tuple[str, str]]) -> None:
    assert _actions(turns) == []


def test_an_offer_taken_up_or_restated_is_an_action() -> None:
    assert _actions([("Tom Blake", "I could ring the landlord if you want."),
                     ("Ines Roy", "Yes please, that would help.")]) == [
        ("Tom Blake", "ring the landlord", None)]
    assert _actions([("Ines Roy", "Could someone ring the landlord?"),
                     ("Tom Blake", "I could do that by Friday.")]) == [
        ("Tom Blake", "ring the landlord", "by Friday")]
    assert _actions([("Tom Blake", "I could ring the landlord if you want."),
                     ("Ines Roy", "Hm, what did the lease say?"),
                     ("Tom Blake", "Nothing useful. I'll ring the landlord tomorrow.")]) == [
        ("Tom Blake", "ring the landlord", "tomorrow")]
    assert _cited([("Tom Blake", "I could ring the landlord if you want."),
                   ("Ines Roy", "Hm, what did the lease say?"),
                   ("Tom Blake", "Nothing useful. I'll do it tomorrow.")]) == [[0, 2]]


@pytest.mark.parametrize("turns,owner", [
    ([("Ines Roy", "Tom, can you update the gate code list by Friday?"),
      ("Tom Blake", "Sure, I'll update the gate code list by Friday."),
      ("Ines Roy", "Actually, Priya, could you take that instead? Tom's away next week."),
      ("Priya Shah", "Sure, I'll take it.")], "Priya Shah"),
    ([("Tom Blake", "I'll update the gate code list by Friday."),
      ("Tom Blake", "No wait, I'm off Thursday. I'll hand that to Priya.")], "Priya Shah"),
    ([("Tom Blake", "I'll update the gate code list by Friday."),
      ("Ines Roy", "Priya can do that instead, she has the codes.")], "Priya Shah"),
    ([("Ines Roy", "Tom, could you update the gate code list by Friday?"),
      ("Tom Blake", "I'm away Thursday and Friday."),
      ("Ines Roy", "Then can you take that instead, Priya?"),
      ("Priya Shah", "Yes.")], "Priya Shah"),
])
def test_an_action_handed_on_in_the_session_ends_with_its_final_owner(
        turns: list[tuple[str, str]], owner: str) -> None:
    speakers = turns + [("Priya Shah", "Okay.")] if all(s != "Priya Shah" for s, _ in turns) \
        else turns
    assert _actions(speakers) == [(owner, "update the gate code list", "by Friday")]


def test_a_second_person_doing_it_too_is_no_handover() -> None:
    got = _actions([("Tom Blake", "I'll update the gate code list by Friday."),
                    ("Priya Shah", "I'll check the codes on the side gate too.")])
    assert [o for o, _t, _d in got] == ["Tom Blake", "Priya Shah"]


@pytest.mark.parametrize("said", [
    "I'll number the steps so we keep to them.",  # the session's own running
    "I'll keep us to the five steps, we've a lot to cover.",
    "I'll set the scene.",  # talk in the session
    "Sorry, the line's bad. I'll turn my camera off.",  # the call's machinery
])
def test_running_the_session_itself_is_no_action(said: str) -> None:
    assert _actions([("Tom Blake", said), ("Ines Roy", "Go ahead.")]) == []


def test_steps_of_a_procedure_are_a_task() -> None:
    assert _actions([("Tom Blake", "I'll write down the packing steps for new starters.")]) \
        == [("Tom Blake", "write down the packing steps for new starters", None)]


def test_a_commitment_said_again_later_is_one_action_in_its_fuller_words() -> None:
    turns = [("Lena Ortiz", "The bakers have a checklist. I'll email you the checklist."),
             ("Paulina Kowalska", "Great. Should the fail sheets go in the case?"),
             ("Lena Ortiz", "Put a summary in."),
             ("Lena Ortiz", "Anything else? Okay, I'll email the checklist and the rota this "
                            "afternoon.")]
    assert _actions(turns) == [("Lena Ortiz", "email the checklist and the rota",
                                "this afternoon")]
    assert _cited(turns) == [[0, 3]]


def test_a_task_is_handed_on_only_to_someone_the_session_or_the_roster_knows() -> None:
    turns = [("Tom Blake", "I'll renew the parking permits by Friday."),
             ("Tom Blake", "Actually I'll pass that to Estates."), ("Ines Roy", "Fine.")]
    segs = [Seg(i, sp, tx, float(i * 15), "S1") for i, (sp, tx) in enumerate(turns)]
    assert [(a["owner"], a["action"]) for a in extract_actions(segs)] == [
        ("Tom Blake", "renew the parking permits")]  # a team, not a person: still Tom's
    turns[1] = ("Tom Blake", "Actually I'll pass that to Noor.")
    segs = [Seg(i, sp, tx, float(i * 15), "S1") for i, (sp, tx) in enumerate(turns)]
    assert [(a["owner"], a["action"]) for a in extract_actions(
        segs, roster=["Noor Haddad", "Lee Park"])] == [("Noor Haddad", "renew the parking permits")]


def test_asking_someone_by_name_to_do_it_hands_ones_own_task_on() -> None:
    assert _actions([("Tom Blake", "I'll book the minibus for the outing. Actually, Priya, "
                                   "you did it last year, could you do it?"),
                     ("Priya Shah", "Sure, I'll sort it out today.")]) == [
        ("Priya Shah", "book the minibus for the outing", "today")]


@pytest.mark.parametrize("answer,expected", [
    ("Will do, by Friday.",
     [("Tom Blake", "put the readings in a shared sheet for the caretakers", "by Friday")]),
    ("Yes, I'll do that.",
     [("Tom Blake", "put the readings in a shared sheet for the caretakers", None)]),
    ("By Friday, yes.",
     [("Tom Blake", "put the readings in a shared sheet for the caretakers", "by Friday")]),
    ("Hmm, maybe later in the year.", []),  # no yes: nobody took it on
])
def test_a_question_to_the_one_who_just_spoke_is_their_action_once_they_say_yes(
        answer: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _actions([("Tom Blake", "I've been logging the boiler pressure every morning."),
                     ("Ines Roy", "Could you put the readings in a shared sheet for the "
                                  "caretakers?"),
                     ("Tom Blake", answer)]) == expected


def test_a_question_about_the_call_itself_is_no_request() -> None:
    assert _actions([("Tom Blake", "Right, I've shared the rota."),
                     ("Ines Roy", "Can you all see my screen?"), ("Tom Blake", "Yes.")]) == []


def test_a_request_asked_by_name_at_the_end_of_the_question_is_a_request() -> None:
    assert _actions([("Ines Roy", "Can you put the new signs up tomorrow, Kim?"),
                     ("Kim Ode", "Sure.")]) == [("Kim Ode", "put the new signs up", "tomorrow")]


def test_a_request_turned_down_while_naming_someone_else_passes_to_them_once_they_agree(
        ) -> None:
    turns = [("Ines Roy", "Kim, can you collect the banners from the printer?"),
             ("Kim Ode", "I'd rather not, my car's in the garage. Omar, you drive past there?")]
    assert _actions(turns) == []  # Omar has not said yes
    assert _actions([*turns, ("Omar Said", "Yeah, I'll pick them up on Thursday.")]) == [
        ("Omar Said", "collect the banners from the printer", "on Thursday")]


def test_a_call_to_the_room_is_what_do_that_stands_for() -> None:
    assert _actions([("Ines Roy", "And someone email the caterers about the numbers?"),
                     ("Tom Blake", "Go on, I'll do that too.")]) == [
        ("Tom Blake", "email the caterers about the numbers", None)]


@pytest.mark.parametrize("said", [
    "I'll mostly just keep time today.",
    "I'll stay on in case anyone else joins.",
    "I'm going to go before my battery dies.",
])
def test_keeping_the_call_going_is_no_action(said: str) -> None:
    assert _actions([("Tom Blake", said), ("Ines Roy", "Thanks.")]) == []


def test_a_try_said_before_the_task_is_no_task_of_its_own() -> None:
    turns = [("Ines Roy", "Tom, could you price up new shelving for the store?"),
             ("Tom Blake", "I'll have a go. I'll measure the alcove and let you know.")]
    # one action: the request, in the words of the answer that says how
    assert _actions(turns) == [("Tom Blake", "measure the alcove and let Ines know", None)]
    assert _cited(turns) == [[0, 1]]
    assert _actions([("Tom Blake", "I'll have a go at fixing the hinge this week.")]) == [
        ("Tom Blake", "have a go at fixing the hinge", "this week")]


def test_letting_someone_know_stays_in_the_task() -> None:
    assert _actions([("Ines Roy", "Is the boiler covered by the lease?"),
                     ("Tom Blake", "I'll ask the landlord and let you know by Monday.")]) == [
        ("Tom Blake", "ask the landlord and let Ines know", "by Monday")]
    assert due_of("give me till the end of July") == "till the end of July"


def test_a_bare_object_takes_the_fuller_words_said_just_before() -> None:
    assert _actions([("Tom Blake", "The side gate needs a new spring latch, the old one sticks. "
                                   "I'll fit the latch on Thursday.")]) == [
        ("Tom Blake", "fit the new spring latch", "on Thursday")]
    assert _actions([("Tom Blake", "I'll fit the latch on Thursday.")]) == [
        ("Tom Blake", "fit the latch", "on Thursday")]  # nothing names it more fully


@pytest.mark.parametrize(("said", "task"), [
    ("Good, that's everything. I'll write it up.", "write up the pattern for the playbook"),
    ("Lovely. I'll type this up tonight.", "write up the pattern for the playbook"),
    ("Thanks. I'll write it up.", "write up the pattern for the playbook"),
    ("I'll do the write-up, Wednesday.", "write up the pattern for the playbook"),
    ("Playbook, then. I'll write this one myself.", "write up the pattern for the playbook"),
    ("So, I'll put this in the playbook.", "put the pattern in the playbook"),
])
def test_writing_up_the_session_is_an_action_though_it_names_only_a_pronoun(
        said: str, task: str) -> None:
    # the pronoun points at the session itself, whose last step is capturing its pattern in
    # the playbook: the write-up is a task to track, and says what it writes ("Thanks." is
    # no thing "it" could name)
    assert [(o, t) for o, t, _ in _actions([("Ines Roy", said)])] == [("Ines Roy", task)]
    # ... while a pronoun task of another verb still names nothing
    assert _actions([("Ines Roy", "I'll look into it.")]) == []


def test_putting_it_somewhere_is_a_task_and_putting_it_a_way_is_talk() -> None:
    assert _actions([("Tom Blake", "Fine. I'll put it in the parish bulletin.")]) == [
        ("Tom Blake", "put it in the parish bulletin", None)]
    assert _actions([("Tom Blake", "I'll put it this way, the boiler is tired.")]) == []


def test_a_task_with_the_others_consent_as_its_condition_is_an_offer() -> None:
    offer = ("Tom Blake", "I can swap the early slot with the juniors, if Ines is okay "
                          "with that.")
    assert _actions([offer, ("Ines Roy", "Go ahead, that's fine.")]) == [
        ("Tom Blake", "swap the early slot with the juniors", None)]
    assert _actions([offer, ("Ines Roy", "No, I'd rather keep it.")]) == []


def test_a_sentence_giving_the_tasks_purpose_belongs_to_the_task() -> None:
    assert _actions([("Tom Blake", "I'll ring the landlord. To ask about the damp and the "
                                   "boiler.")]) == [
        ("Tom Blake", "ring the landlord, to ask about the damp and the boiler", None)]
    # "to be fair" is no purpose
    assert _actions([("Tom Blake", "I'll ring the landlord. To be fair, he answered last "
                                   "time.")]) == [("Tom Blake", "ring the landlord", None)]
