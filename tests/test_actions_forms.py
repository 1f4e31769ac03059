"""More English forms of a commitment (session 19): a topic said before the request or the
task ("Tom, the spare batteries, can you order them?"), "you'll ...?" as a request, a
participant asked in the third person, a request turned down by being away, a pronoun
answered from the asker's own sentence before, a proposal put as a question and taken up
with a verb of one's own, a weekday that modifies a noun, a clause that ends the task."""

from __future__ import annotations

import pytest

from assistant.summarize.actions import due_of, extract_actions
from assistant.summarize.core import Seg


def _actions(turns: list[tuple[str, str]]) -> list[tuple[str, str, str | None]]:
    segs = [Seg(i, sp, tx, float(i * 15), "S1") for i, (sp, tx) in enumerate(turns)]
    return [(a["owner"], a["action"], a["due"]) for a in extract_actions(segs)]


@pytest.mark.parametrize("text", ["show the Sunday timetable to them",
                                  "try it with our Tuesday beginners",
                                  "ring every Friday"])
def test_a_weekday_after_a_determiner_modifies_a_noun_and_is_no_due_date(text: str) -> None:
    assert due_of(text) is None


def test_a_weekday_said_as_when_is_still_a_due_date() -> None:
    assert due_of("send it on Friday") == "on Friday"
    assert due_of("book the hall Tuesday morning") == "Tuesday morning"


def test_a_weekday_naming_a_thing_stays_in_the_task_and_makes_no_commitment() -> None:
    # "I'll" with the weekday inside the task: a task, no due date
    assert _actions([("Ines Roy", "I'll show the Sunday timetable to the other club."),
                     ("Tom Blake", "Ok.")]) == [
        ("Ines Roy", "show the Sunday timetable to the other club", None)]
    # a dateless "I can" stays an offer nobody took up
    assert _actions([("Ines Roy", "I can show the Sunday timetable to the other club."),
                     ("Tom Blake", "Let's wait for the new one first.")]) == []


def test_a_clause_with_its_own_subject_after_and_ends_the_task() -> None:
    assert _actions([("Tom Blake", "I'll send the notes round tomorrow, and the feedback "
                                   "form's in the chat.")]) == [
        ("Tom Blake", "send the notes round", "tomorrow")]


def test_a_topic_before_the_request_names_what_it_is_about() -> None:
    assert _actions([("Ines Roy", "Tom, the spare batteries, can you order them?"),
                     ("Tom Blake", "Sure.")]) == [
        ("Tom Blake", "order the spare batteries", None)]
    assert _actions([("Ines Roy", "And Tom, the fire drill, could you write a short note?"),
                     ("Tom Blake", "Yes.")]) == [
        ("Tom Blake", "write a short note for the fire drill", None)]


def test_a_topic_opening_the_speakers_own_sentence_names_its_pronoun() -> None:
    assert _actions([("Tom Blake", "And the new signage, I'll send it to the printer on "
                                   "Monday.")]) == [
        ("Tom Blake", "send the new signage to the printer", "on Monday")]


def test_a_sentence_naming_only_a_thing_is_the_topic_of_the_next() -> None:
    assert _actions([("Tom Blake", "Minutes. I'll write them up tonight.")]) == [
        ("Tom Blake", "write the minutes up", "tonight")]


@pytest.mark.parametrize("first", ["Right.", "Good point.", "Yes."])
def test_an_acknowledgement_before_a_pronoun_task_names_nothing(first: str) -> None:
    assert _actions([("Tom Blake", f"{first} I'll send it tonight.")]) == []


def test_you_will_asked_of_a_participant_is_a_request_and_i_will_says_yes() -> None:
    assert _actions([("Ines Roy", "Tom, you'll ring the landlord about the damp?"),
                     ("Tom Blake", "I will, by Friday.")]) == [
        ("Tom Blake", "ring the landlord about the damp", "by Friday")]


def test_a_participant_asked_in_the_third_person_owns_the_task_once_they_say_yes() -> None:
    asked = ("Ines Roy", "Could Tom check the fire exits before the audit?")
    assert _actions([asked, ("Tom Blake", "Yes, I'll check them on Monday.")]) == [
        ("Tom Blake", "check the fire exits", "before the audit")]
    assert _actions([asked, ("Tom Blake", "Hm, the audit's been moved, I heard.")]) == []


def test_a_request_turned_down_by_being_away_passes_to_the_one_named() -> None:
    assert _actions([("Ines Roy", "Tom, can you book the minibus?"),
                     ("Tom Blake", "I'm away that week. Dana, you drive it anyway, don't you?"),
                     ("Dana Kim", "Yes, fine, I'll book it tomorrow.")]) == [
        ("Dana Kim", "book the minibus", "tomorrow")]


def test_a_requests_pronoun_names_what_the_asker_just_said_is_needed() -> None:
    assert _actions([("Tom Blake", "Back, sorry."),
                     ("Ines Roy", "We need a new padlock for the shed. Can you buy it?"),
                     ("Tom Blake", "Yes, I'll buy it today.")]) == [
        ("Tom Blake", "buy a new padlock", "today")]


def test_a_place_said_before_a_request_is_not_what_its_pronoun_names() -> None:
    assert _actions([("Tom Blake", "Where should the sign go?"),
                     ("Ines Roy", "Next to the back door, where people see it. Can you hang "
                                  "it tomorrow?"),
                     ("Tom Blake", "Yes.")]) == []


def test_a_proposal_put_as_a_question_takes_the_verb_of_the_request_that_follows() -> None:
    assert _actions([("Ines Roy", "Can we get the rota on the noticeboard too? Tom, could you "
                                  "put that up?"),
                     ("Tom Blake", "Yes, I'll do it at the staff briefing, Monday.")]) == [
        ("Tom Blake", "put up the rota on the noticeboard", "Monday")]


def test_an_answer_whose_object_is_a_pronoun_keeps_the_requests_words() -> None:
    assert _actions([("Ines Roy", "Tom, could you repaint the bike shed door?"),
                     ("Tom Blake", "Yes, I'll do it at the work party, Saturday.")]) == [
        ("Tom Blake", "repaint the bike shed door", "Saturday")]


def test_an_offer_without_a_date_is_an_action_once_taken_up() -> None:
    offer = ("Tom Blake", "I can ask the caretaker about the boiler, I know him well.")
    assert _actions([offer, ("Ines Roy", "Thanks, Tom.")]) == [
        ("Tom Blake", "ask the caretaker about the boiler", None)]
    assert _actions([offer, ("Ines Roy", "Let's leave it for now.")]) == []


def test_thanks_to_the_room_closes_the_session_and_takes_up_no_offer() -> None:
    assert _actions([("Tom Blake", "I can bring the sign-up sheet."),
                     ("Ines Roy", "Thanks everyone, see you next week.")]) == []


def test_an_offer_restated_in_full_keeps_the_fuller_words() -> None:
    offer = [("Tom Blake", "I could tidy the store room if you want."),
             ("Ines Roy", "Yes please.")]
    assert _actions([*offer, ("Tom Blake", "Right, I'll clear out the store room and label "
                                           "the shelves on Friday.")]) == [
        ("Tom Blake", "clear out the store room and label the shelves", "on Friday")]
    # a later task naming only a pronoun is not the offer said again
    assert _actions([*offer, ("Tom Blake", "The printer's broken again. I'll report it "
                                           "today.")]) == [
        ("Tom Blake", "tidy the store room", None)]


def test_a_task_handed_to_the_room_is_the_volunteers() -> None:
    assert _actions([("Ines Roy", "And somebody tells the caterers the new numbers."),
                     ("Tom Blake", "That's me. I'll email them today.")]) == [
        ("Tom Blake", "tell the caterers the new numbers", "today")]


def test_an_order_answered_with_its_own_verb_or_a_pro_form_is_the_answerers() -> None:
    assert _actions([("Tom Blake", "The van's due a service."),
                     ("Ines Roy", "Book me two slots and we'll pick one."),
                     ("Tom Blake", "Yes, I'll book them tomorrow.")]) == [
        ("Tom Blake", "book Ines two slots", "tomorrow")]
    assert _actions([("Tom Blake", "The van's due a service."),
                     ("Ines Roy", "Check the tyres at the garage."),
                     ("Tom Blake", "Sure, I'll do it tomorrow.")]) == [
        ("Tom Blake", "check the tyres at the garage", "tomorrow")]


def test_two_commitments_joined_by_and_are_two_actions() -> None:
    assert _actions([("Tom Blake", "I'll fix the gate on Saturday, and I'll order new hinges "
                                   "this afternoon.")]) == [
        ("Tom Blake", "fix the gate", "on Saturday"),
        ("Tom Blake", "order new hinges", "this afternoon")]


def test_the_answers_task_that_restates_the_request_is_the_one_merged_with_it() -> None:
    # the first task of the answer is a task of its own; the second says the request again
    # with the doer's own verb
    assert sorted(_actions([("Ines Roy", "Tom, can you tell the parents?"),
                            ("Tom Blake", "Yes. I'll move the match to that Sunday, and I'll "
                                          "text the parents tonight.")])) == [
        ("Tom Blake", "move the match to that Sunday", None),
        ("Tom Blake", "text the parents", "tonight")]


def test_if_we_need_leaves_the_choice_to_the_others_and_is_no_part_of_the_task() -> None:
    offer = ("Tom Blake", "I can cover the Saturday shifts in May, if we need people.")
    assert _actions([offer, ("Ines Roy", "Let's see how bookings go.")]) == []
    assert _actions([offer, ("Ines Roy", "Yes please.")]) == [
        ("Tom Blake", "cover the Saturday shifts", "in May")]


def test_a_reason_after_since_is_no_part_of_the_task() -> None:
    assert _actions([("Tom Blake", "I'll send the grant form in since it's nearly done, "
                                   "by Friday.")]) == [
        ("Tom Blake", "send the grant form in", "by Friday")]
