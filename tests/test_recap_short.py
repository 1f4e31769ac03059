"""A short scripted session, each step said once: every bullet sits under the heading of
the step that said it, even when that step was said in a few words."""

from __future__ import annotations

import pytest

from assistant.summarize.core import Seg, extractive_recap

TURNS = [
    ("Ana", "Welcome. Jo, what's the case?"),
    ("Jo", "Pickers choose the wrong box size, so one order in twenty ships in a box too "
           "big and the courier charges extra."),
    ("Ana", "What did you try?"),
    ("Jo", "A size chart above the bench, but nobody read it because grabbing a box was "
           "faster."),
    ("Lee", "Put the box size on the pick label, so the picker sees it when reaching for a "
            "box. Then the chart can come down from the wall for good."),
    ("Ana", "Good. Where else could that help?"),
    ("Lee", "Returns desk too."),
    ("Jo", "I will add the label rule to the playbook on Friday."),
]
STEPS = ["case", "case", "happened", "happened", "pattern", "applies", "applies", "playbook"]


def recap(turns: list[tuple[str, str]], steps: list[str], embedder) -> dict[str, dict]:  # type: ignore[no-untyped-def]
    segs = [Seg(i, who, text, 20.0 * i, "S") for i, (who, text) in enumerate(turns)]
    return {b["step"]: b for b in extractive_recap(segs, embedder.embed, session_id="S",
                                                   steps=steps)}


def cited(bullet: dict) -> list[int]:  # type: ignore[type-arg]
    return [c["position"] for c in bullet["citations"] if "position" in c]


def test_a_step_said_in_a_few_words_keeps_its_own_bullet(embedder) -> None:  # type: ignore[no-untyped-def]
    bullets = recap(TURNS, STEPS, embedder)
    assert cited(bullets["applies"]) == [6] and "Returns desk" in bullets["applies"]["text"]
    assert cited(bullets["pattern"]) == [4]
    short = [*TURNS[:3], ("Jo", "Size chart. Ignored."), *TURNS[4:]]
    bullets = recap(short, STEPS, embedder)
    assert cited(bullets["happened"]) == [3] and "Size chart" in bullets["happened"]["text"]


@pytest.mark.parametrize("answer_step", ["applies", "playbook"])
def test_a_brief_answer_goes_under_the_step_its_question_asked_for(
        embedder, answer_step: str) -> None:  # type: ignore[no-untyped-def]
    # The question alone was taken for the step, its brief answer for the next one (or
    # not): the answer still fills the heading the question asked about.
    steps = [*STEPS[:6], answer_step, "playbook"]
    bullets = recap(TURNS, steps, embedder)
    assert cited(bullets["applies"]) == [6]
    assert cited(bullets["playbook"]) == [7]
    texts = [b["text"] for b in bullets.values()]
    assert len(set(texts)) == len(texts)  # no sentence under two headings
