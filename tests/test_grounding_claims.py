"""Grounding checks what a bullet claims, not only how much it resembles its source:
numbers, names, negations and swapped words must agree with what it cites."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.review.gate import blockers
from assistant.summarize.core import ground_bullets
from assistant.summarize.grounding import check_claims, describe, describe_notes, numbers

SOURCE = ("The Swedish customers said the new price list was 100x too expensive for small "
          "shops, and Lena Berg from finance did not approve a refund.")


def grade(text: str, source: str, embedder: Any) -> dict[str, Any]:
    bullets = [{"text": text, "citations": [{"case_id": "C1"}]}]
    return ground_bullets(bullets, {("case", "C1"): source}, embedder.embed)[0][0]


def test_the_issues_contradiction_is_flagged_with_readable_reasons(embedder: Any) -> None:
    b = grade("The Danish customers said the new price list was 1000x too cheap for small "
              "shops.", SOURCE, embedder)
    assert b["support"] > 0.5  # similarity alone would have passed it
    assert "number '1000x' is not in the cited source" in b["flag"]
    assert "name 'Danish' is not in the cited source" in b["flag"]
    assert "says 'cheap' where the cited source says 'expensive'" in b["flag"]


def test_an_invented_demand_with_an_amount_is_flagged(embedder: Any) -> None:
    b = grade("The CFO demanded a 2 million SEK refund.", SOURCE, embedder)
    assert b["flag"]
    assert "'2 million'" in b["flag"] and "'CFO'" in b["flag"] and "'SEK'" in b["flag"]


def test_a_dropped_or_added_negation_is_flagged() -> None:
    dropped = check_claims("Lena Berg from finance did approve a refund.", [SOURCE])
    assert [f.kind for f in dropped] == ["negation"]
    assert "drops the negation" in dropped[0].message
    added = check_claims("The onboarding call is not booked for Monday.",
                         ["The onboarding call is booked for Monday."])
    assert [f.kind for f in added] == ["negation"] and "says 'not'" in added[0].message


def test_a_spoken_restart_cleaned_from_the_bullet_is_no_dropped_negation() -> None:
    said = ("In our template there is one row, owner is customer. There's no, like, there's "
            "no named person at the customer, there's no test step.")
    cleaned = "There's no named person at the customer, there's no test step."
    assert check_claims(cleaned, [said]) == []
    flipped = check_claims("There's a named person at the customer, there's a test step.",
                           [said])
    assert [f.kind for f in flipped] == ["negation"]


@pytest.mark.parametrize("paraphrase", [
    "Swedish customers found the price list 100x too expensive for small shops.",
    "Lena Berg in finance didn't approve a refund.",
    "The price list was a hundred times too expensive, the Swedish customers said.",
    "For small shops the new price list was too expensive, according to Swedish customers.",
])
def test_supported_paraphrases_are_not_flagged(paraphrase: str, embedder: Any) -> None:
    assert check_claims(paraphrase.replace("found", "said"), [SOURCE]) == []
    assert grade(paraphrase.replace("found", "said"), SOURCE, embedder)["flag"] == ""


def test_numbers_agree_by_value_whatever_their_spelling() -> None:
    assert {v for _, v in numbers("five users, 2,000,000 SEK, twenty five euros, 3.5%")} \
        == {5.0, 2_000_000.0, 25.0, 3.5}
    assert check_claims("We tested with 5 users and paid 2 million.",
                        ["we tested with five users and paid 2,000,000"]) == []
    assert numbers("the one on the left") == []


def test_describe_joins_findings_into_one_flag_sentence() -> None:
    found = check_claims("On Friday Marco booked 3 rooms.", ["On Friday Ines booked 2 rooms."])
    msg = describe(found)
    assert msg.startswith("Disagrees with what it cites: ") and msg.endswith(".")
    assert "'Marco'" in msg and "'3'" in msg


BAKERY = "The opening baker writes the room temperature on the sheet before the dough goes in."


@pytest.mark.parametrize("paraphrase", [
    "The opening baker logs the room temperature on the sheet before the dough goes in.",
    "The opening baker writes the room temperature on the form before the dough goes in.",
])
def test_a_verb_or_noun_swapped_for_a_synonym_is_no_disagreement(paraphrase: str) -> None:
    """Grounding checks numbers, names, negations and qualities; "writes" retold as "logs"
    is a paraphrase, and must not hold up an approval: at most a note to check."""
    found = check_claims(paraphrase, [BAKERY])
    assert found and not any(f.blocking for f in found)
    assert describe(found) == ""
    assert describe_notes(found).startswith("Worded differently from what it cites: says ")


@pytest.mark.parametrize(("said", "cited"), [
    ("The board rejected the budget on Monday.", "The board approved the budget on Monday."),
    ("Sales increased after the change.", "Sales decreased after the change."),
    ("The team won the tender last week.", "The team lost the tender last week."),
    ("They made a profit on the event.", "They made a loss on the event."),
    ("The shop opened early on Sunday.", "The shop closed early on Sunday."),
    ("The client accepted the offer.", "The client declined the offer."),
])
def test_a_verb_or_noun_swapped_for_its_opposite_is_reported(said: str, cited: str) -> None:
    """Nothing offline tells "rejected"/"approved" from "writes"/"logs", so an opposite verb
    or noun is not dropped as a paraphrase: the reviewer is told which word differs."""
    found = check_claims(said, [cited])
    assert [f.kind for f in found] == ["wording"]
    note = describe_notes(found)
    assert f"says {found[0].value!r} where the cited source says" in note
    assert note.endswith("Check it means the same.")


@pytest.mark.parametrize(("said", "cited", "shown"), [
    ("The team won the tender last week.", "The team lost the tender last week.",
     "says 'won' where the cited source says 'lost'"),
    ("The opening baker logs the room temperature on the sheet before the dough goes in.",
     BAKERY, "says 'logs' where the cited source says 'writes'"),
])
def test_a_swapped_verb_is_shown_to_the_reviewer_but_does_not_block_approval(
        said: str, cited: str, shown: str, embedder: Any) -> None:
    graded, flags = ground_bullets([{"text": said, "step": "case",
                                     "citations": [{"case_id": "C1"}]}],
                                   {("case", "C1"): cited}, embedder.embed)
    assert graded[0]["flag"] == "" and flags == []
    assert shown in graded[0]["note"]
    assert blockers("recap", {"bullets": graded}, flags) == []
    again, _ = ground_bullets([{**graded[0], "text": cited}], {("case", "C1"): cited},
                              embedder.embed)
    assert "note" not in again[0]  # re-graded after an edit: the note goes with the cause


def test_a_word_spacy_splits_differently_is_not_taken_for_an_ordinary_verb() -> None:
    found = check_claims("The landlord isn't fixing the roof.",
                         ["The landlord wasn't fixing the roof."])
    assert [(f.kind, f.blocking) for f in found] == [("substitution", True)]


def test_a_swapped_quality_or_a_name_at_the_start_is_still_reported() -> None:
    late = check_claims("We start the ovens late on Sundays.",
                        ["We start the ovens early on Sundays."])
    assert [f.message for f in late] == ["says 'late' where the cited source says 'early'"]
    who = check_claims("Marco booked 3 rooms on Friday.", ["Ines booked 3 rooms on Friday."])
    assert [f.kind for f in who] == ["substitution"]
    assert check_claims("The opening baker logs the room temperature on the sheet before "
                        "the dough goes in 4 times.", [BAKERY])[0].kind == "number"


def test_a_unit_after_a_number_is_no_name_and_number_words_match_digits() -> None:
    source = "So the logger hit eleven degrees at 2am on a Saturday."
    assert check_claims("The logger hit 11°C at 2am.", [source]) == []
    assert check_claims("The logger hit 11 °C at 2am.", [source]) == []
    assert [f.value for f in check_claims("The logger hit 12°C at 2am.", [source])] == ["12"]
    # a capitalised word after a number that is not short is still a name
    assert [f.value for f in check_claims("Send it to 2 Fischer teams.", ["send it to two "
                                                                          "teams"])] == [
        "Fischer"]


def test_a_phone_number_is_one_number_checked_once() -> None:
    said = "Call the on-call phone on +44 20 7946 0991 first."
    missing = check_claims(said, ["Call the on-call phone first."])
    assert [(f.kind, f.value) for f in missing] == [("number", "+44 20 7946 0991")]
    assert check_claims(said, ["The number is +44 20 7946 0991; call it first."]) == []
    assert check_claims("Call 020 7946 0991 first.",  # the national form of the same number
                        ["The on-call phone is +44 20 7946 0991, call it first."]) == []
    assert [f.value for f in check_claims("Call +44 20 7946 0992 first.",
                                          ["The phone is +44 20 7946 0991."])] == [
        "+44 20 7946 0992"]
