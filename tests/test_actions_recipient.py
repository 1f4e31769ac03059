"""A request for something sent or given to the asker ("Ben, can you send me the hose
supplier?") keeps who it is for: "me" is the asker, so the task reads "send Ana the hose
supplier", and an answer that names the thing by a pronoun ("Sure, I'll email it
tonight") keeps the asker as its recipient rather than becoming a task to contact the thing
itself ("email the hose supplier")."""

from __future__ import annotations

import pytest

from assistant.summarize.actions import extract_actions
from assistant.summarize.core import Seg


def _actions(turns: list[tuple[str, str]]) -> list[tuple[str, str, str | None]]:
    segs = [Seg(i, sp, tx, float(i * 15), "S1") for i, (sp, tx) in enumerate(turns)]
    return [(a["owner"], a["action"], a["due"]) for a in extract_actions(segs)]


@pytest.mark.parametrize(("ask", "answer", "want"), [
    # a farm: a supplier asked for, the answer's "it" is the supplier's name, not a task
    # to write to the supplier
    ("Ben, can you send me the hose supplier?", "Sure, I'll email it tonight.",
     ("Ben Okafor", "email Ana the hose supplier", "tonight")),
    # a theatre: a plural thing, answered with "them"
    ("Ben, could you forward me the lighting plots?", "Yes, I'll send them over by Friday.",
     ("Ben Okafor", "forward Ana the lighting plots", "by Friday")),
    # a clinic: "my" is the asker's too
    ("Ben, can you check my rota for next week?", "Sure.",
     ("Ben Okafor", "check Ana's rota", "for next week")),
])
def test_a_request_to_the_asker_keeps_the_asker_as_who_it_is_for(
        ask: str, answer: str, want: tuple[str, str, str | None]) -> None:
    assert _actions([("Ana Lima", ask), ("Ben Okafor", answer)]) == [want]


def test_an_answer_that_drops_the_asker_does_not_replace_the_request() -> None:
    # a bakery: "ring the flour supplier" says no more than the request and loses who the
    # supplier's details are for; the request stands, dated by the answer
    assert _actions([("Ana Lima", "Ben, can you send me the flour supplier?"),
                     ("Ben Okafor", "Sure, I'll ring the flour supplier tomorrow.")]) == [
        ("Ben Okafor", "send Ana the flour supplier", "tomorrow")]


def test_a_request_with_nobody_asked_to_send_to_stays_as_it_was() -> None:
    # a library: no "me" in the request, so the answer's "it" is the thing itself
    assert _actions([("Ana Lima", "Ben, can you send the overdue list?"),
                     ("Ben Okafor", "Sure, I'll email it tonight.")]) == [
        ("Ben Okafor", "email the overdue list", "tonight")]
