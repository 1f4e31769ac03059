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


def test_no_bullet_holds_a_prompt_a_repeat_or_a_commitment_out_of_place(embedder) -> None:  # type: ignore[no-untyped-def]
    # Six turns, the capture step never said: its heading stays empty (the reviewer is
    # told) instead of holding the facilitator's hand-over or a sentence already used.
    turns = [("Ana", "Welcome. Jo, present the rota case please."),
             ("Jo", "The rota clashes with training days, so nobody covers the till on "
                    "Fridays."),
             ("Ana", "What happened? Walk us through it."),
             ("Jo", "Training was moved to Fridays and the rota tool was never updated."),
             ("Ana", "The pattern: when a recurring event moves, update every schedule "
                     "that depends on it."),
             ("Jo", "I'll update the rota template by next Monday.")]
    steps = ["other", "case", "case", "happened", "pattern", "pattern"]
    bullets = recap(turns, steps, embedder)
    assert cited(bullets["pattern"]) == [4]
    assert bullets["pattern"]["text"].startswith("When a recurring event moves")
    assert all(0 not in cited(b) for b in bullets.values())  # the hand-over
    texts = [b["text"] for b in bullets.values() if b["text"]]
    assert len(set(texts)) == len(texts)
    assert bullets["playbook"]["text"] == "" and not bullets["playbook"]["citations"]


def test_a_prompt_with_no_content_is_never_a_bullet(embedder) -> None:  # type: ignore[no-untyped-def]
    turns = [("Ana", "Welcome. Omar, can you present your case about login failing after "
                     "a password reset?"),
             ("Omar", "Customers reset their password and then the provider rejects the new "
                      "token, so they cannot log in."),
             ("Ana", "What happened exactly, step by step? Let's break it down."),
             ("Omar", "The token cache keeps the old hash for an hour. The provider sees a "
                      "mismatch and refuses the login."),
             ("Ana", "So the pattern is: any cached credential must be invalidated when "
                     "the source changes."),
             ("Zoe", "Returns desk too. Our label cache prints old labels after an address "
                     "change."),
             ("Omar", "I'll send the cache invalidation script to Zoe by Friday.")]
    steps = ["case", "case", "happened", "happened", "pattern", "applies", "playbook"]
    bullets = recap(turns, steps, embedder)
    assert "break it down" not in bullets["happened"]["text"]
    assert cited(bullets["happened"]) == [3]
