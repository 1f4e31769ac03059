"""Action items in forms that recur across the tuning sessions' misses (session 21): a
question who will do a task answered "I'll do it", "Leave it with me, I'll ...", the
session's own write-up naming what it writes, and an order to hand the asker something
("Send me the list") that the next speaker accepts ("Will do")."""

from __future__ import annotations

import pytest

from assistant.summarize.actions import extract_actions
from assistant.summarize.core import Seg


def _actions(turns: list[tuple[str, str]]) -> list[tuple[str, str, str | None]]:
    segs = [Seg(i, sp, tx, float(i * 15), "S1") for i, (sp, tx) in enumerate(turns)]
    return [(a["owner"], a["action"], a["due"]) for a in extract_actions(segs)]


@pytest.mark.parametrize(("asked", "answer", "task", "due"), [
    ("Right, who books the minibus?", "I'll do it, by Friday.", "book the minibus", "by Friday"),
    ("Who'll ring the caterers?", "I'll do that tomorrow.", "ring the caterers", "tomorrow"),
    ("Who writes it up?", "I'll do it, by the fifteenth.",
     "write up the pattern for the playbook", "by the fifteenth"),
])
def test_a_who_question_answered_with_a_pro_form_is_the_answerers_task(
        asked: str, answer: str, task: str, due: str) -> None:
    assert _actions([("Mina Sato", asked), ("Kwame Osei", answer)]) == [
        ("Kwame Osei", task, due)]


def test_leave_it_with_me_then_the_task_said_after_it() -> None:
    assert _actions([("Mina Sato", "Who's writing it down for the book?"),
                     ("Kwame Osei", "Leave it with me, I'll write it up this week.")]) == [
        ("Kwame Osei", "write up the pattern for the playbook", "this week")]
    # "leave it with me" naming its thing is still the task
    assert _actions([("Kwame Osei", "Leave the float keys with me, I'll sort it out.")]) == [
        ("Kwame Osei", "the float keys", None)]


def test_a_write_up_that_names_its_thing_or_reader_keeps_its_words() -> None:
    assert _actions([("Kwame Osei", "I'll write up the minutes tonight.")]) == [
        ("Kwame Osei", "write up the minutes", "tonight")]
    assert _actions([("Kwame Osei", "I'll write it up for the volunteers.")]) == [
        ("Kwame Osei", "write it up for the volunteers", None)]


@pytest.mark.parametrize(("order", "answer", "task", "due"), [
    ("Send me the tube size and I'll cut a shield from camping mat.", "I will, tomorrow.",
     "send Mina the tube size", "tomorrow"),
    ("And email me the gate codes?", "Will do.", "email Mina the gate codes", None),
    ("Good. Bring me the receipts and I'll pay you back.", "Sure, will do, by Monday.",
     "bring Mina the receipts", "by Monday"),
])
def test_an_order_to_hand_the_asker_something_is_the_answerers_once_accepted(
        order: str, answer: str, task: str, due: str | None) -> None:
    assert (("Kwame Osei", task, due) in
            _actions([("Mina Sato", order), ("Kwame Osei", answer)]))


@pytest.mark.parametrize("turns", [
    # not accepted: a laugh, a question back, a yes that takes on nothing
    [("Mina Sato", "Send me a postcard from Lisbon."), ("Kwame Osei", "Ha, sure.")],
    [("Mina Sato", "Send me the list."), ("Kwame Osei", "Which list?")],
    # the asker's own "will do" accepts nothing
    [("Mina Sato", "Send me the list."), ("Mina Sato", "Will do.")],
    # not an order to hand something over
    [("Mina Sato", "Let me know how it goes."), ("Kwame Osei", "Will do.")],
])
def test_an_order_nobody_accepts_is_no_action(turns: list[tuple[str, str]]) -> None:
    assert _actions(turns) == []


def test_a_request_said_with_a_false_start_is_still_a_request() -> None:
    # words said again as the speaker restarts ("could you put, could you put ...")
    # "Could you ...?" asks the one who just spoke
    assert _actions([("Anh Nguyen", "The loggers all need new batteries."),
                     ("Ewan Reid", "Could you put, could you put batteries in the loggers?"),
                     ("Anh Nguyen", "Yes, by Wednesday.")]) == [
        ("Anh Nguyen", "put batteries in the loggers", "by Wednesday")]
    assert _actions([("Aroha Ngata", "Meron, could you, Meron, could you ask the managers "
                                     "for their access lists?"),
                     ("Meron Tesfaye", "Will do. I'll email them all this week.")]) == [
        ("Meron Tesfaye", "ask the managers for their access lists", "this week")]


def test_a_third_persons_back_channel_does_not_part_a_request_from_its_answer() -> None:
    said = ("Anh Nguyen", "The loggers all need new batteries.")
    asked = ("Ewan Reid", "Could you put batteries in the loggers and post them to the depot?")
    answer = ("Anh Nguyen", "By Wednesday, yes.")
    for back in ("Yeah.", "Mm-hm.", "Right, right."):
        assert _actions([said, asked, ("Mariam Yusuf", back), answer]) == [
            ("Anh Nguyen", "put batteries in the loggers and post them to the depot",
             "by Wednesday")]
    # a turn that says something is an answer of its own: the yes after it answers nothing
    assert _actions([said, asked, ("Mariam Yusuf", "The depot shuts at four on Fridays."),
                     answer]) == []
