"""The session's write-up named for the playbook (session 22's fresh-eyes QA): "I'll write it
up for the playbook" after a turn naming the playbook read "write the playbook entry up for
the playbook", or was lost when it answered "can you take that?"."""

from __future__ import annotations

import pytest

from assistant.summarize.actions import extract_actions
from assistant.summarize.core import Seg

WRITE_UP = "write up the pattern for the playbook"


def _actions(turns: list[tuple[str, str]]) -> list[tuple[str, str, str | None]]:
    segs = [Seg(i, sp, tx, float(i * 15), "S1") for i, (sp, tx) in enumerate(turns)]
    return [(a["owner"], a["action"], a["due"]) for a in extract_actions(segs)]


@pytest.mark.parametrize(("asked", "answer"), [
    ("And step five, the playbook. Dev?", "I'll write it up for the playbook by the 14th."),
    ("Can someone own the playbook entry?",
     "Yeah I'll write it up for the playbook by the 14th."),
    ("Last thing is capturing it in the playbook. Dev, can you take that?",
     "Sure. I'll write it up for the playbook by the 14th."),
    ("Dev, could you do the playbook?", "Yes, I'll write it up by the 14th."),
])
def test_the_write_up_asked_for_by_naming_the_playbook_is_the_sessions_pattern(
        asked: str, answer: str) -> None:
    assert _actions([("Aisha Bello", asked), ("Dev Patel", answer)]) == [
        ("Dev Patel", WRITE_UP, "by the 14th")]


def test_a_write_up_of_another_thing_keeps_its_own_words() -> None:
    assert _actions([("Aisha Bello", "Could you send the minutes round?"),
                     ("Dev Patel", "Yes, I'll write them up for the newsletter tonight.")]) \
        == [("Dev Patel", "write the minutes up for the newsletter", "tonight")]
    assert _actions([("Aisha Bello", "I'll write it up properly for the wiki.")]) == [
        ("Aisha Bello", "write it up properly for the wiki", None)]
