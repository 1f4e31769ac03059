"""A pattern candidate's fields each hold what their heading says: context is the situation
and its cause (never the remedy), "does not apply when" holds a limit the session stated and
stays empty otherwise, and the name keeps the practice's object."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.summarize.core import Seg
from assistant.summarize.patterns import limit, pattern_fields, practice_name


def _segs(turns: list[tuple[str, str]]) -> list[Seg]:
    return [Seg(i, sp, tx, float(i * 15), "S9") for i, (sp, tx) in enumerate(turns)]


#: A short jam in which the breakdown also tells what fixed it; the limit comes as an
#: answer said at the end of a sentence.
LAUNDRY = [
    ("Ola", "Our case: guests at the hostel wait an hour for clean sheets every Saturday."),
    ("Ben", "The washers all start at nine because the night porter loads nothing."),
    ("Cat", "What sorted it for us was getting the night porter to load the first two "
            "washers at six in the morning."),
    ("Ola", "So the practice: have the night shift start the first wash loads before the "
            "morning rush."),
    ("Ben", "Would it carry over to the towels at the pool?"),
    ("Cat", "The pool towels go to an outside laundry in a van, nobody washes them here, "
            "so no."),
    ("Ola", "I will put the early-load rota in the playbook tomorrow."),
]
LAUNDRY_STEPS = ["case", "happened", "happened", "pattern", "applies", "applies", "playbook"]


def _parcels(*middle: tuple[str, str]) -> list[tuple[str, str]]:
    """A short jam on parcels left in reception: the case, its cause and the practice, then
    ``middle`` (where it applies or not), then a commitment."""
    return [
        ("Ida", "The case: parcels for the upper floors sit in reception for days."),
        ("Tom", "Reception only calls the upper floors when someone asks."),
        ("Ida", "So the practice is to text each resident the moment a parcel is logged."),
        *middle,
        ("Ida", "I will set up the texts with the front desk on Monday."),
    ]


#: The steps of :func:`_parcels` with a question and its answer in the middle.
PARCEL_STEPS = ["case", "happened", "pattern", "applies", "applies", "playbook"]


def test_context_holds_the_cause_not_a_remedy_told_in_the_breakdown(embedder: Any) -> None:
    fields = pattern_fields(_segs(LAUNDRY), LAUNDRY_STEPS, embedder.embed, session_id="S9")
    context = fields["context"][0]
    assert "nine" in context, context
    assert "six in the morning" not in context and "sorted" not in context, context
    assert {c["position"] for c in fields["context"][1]} == {1}


def test_a_limit_said_as_a_closing_no_fills_does_not_apply_when(embedder: Any) -> None:
    fields = pattern_fields(_segs(LAUNDRY), LAUNDRY_STEPS, embedder.embed, session_id="S9")
    text, cites = fields["not_when"]
    assert text.startswith("The pool towels go to an outside laundry"), text
    assert not text.rstrip(".").endswith("no"), text
    assert [c["position"] for c in cites] == [5]


def test_the_answer_to_a_question_asking_for_exceptions_is_a_limit(embedder: Any) -> None:
    turns = _parcels(
        ("Tom", "Any exceptions you can see?"),
        ("Uma", "Medicine deliveries, those get walked up by hand straight away."),
    )
    fields = pattern_fields(_segs(turns), PARCEL_STEPS, embedder.embed, session_id="S9")
    assert "Medicine deliveries" in fields["not_when"][0], fields["not_when"]


def test_no_exception_named_leaves_does_not_apply_when_empty(embedder: Any) -> None:
    turns = _parcels(
        ("Tom", "Any exceptions you can see?"),
        ("Uma", "None really, every block gets the same couriers."),
    )
    fields = pattern_fields(_segs(turns), PARCEL_STEPS, embedder.embed, session_id="S9")
    assert fields["not_when"] == ("", [])


@pytest.mark.parametrize("said", [
    "The evening team already rotates its drivers, so it would work for them as well.",
    "The annex has the same problem, they already lose keys every week.",
    "The garden centre would want it too, their queue is already long.",
    "It would work everywhere we have a night porter, the day desk already does it.",
])
def test_a_place_the_practice_carries_over_to_is_no_limit(said: str) -> None:
    assert not limit(said)


@pytest.mark.parametrize("said", [
    "The warehouse already has a sign-out sheet, so it would not add anything there.",
    "Not for the warehouse, they already have a sign-out sheet.",
])
def test_a_limit_with_a_negation_stays_a_limit(said: str) -> None:
    assert limit(said)


@pytest.mark.parametrize(("said", "is_limit"), [
    # session 22 QA: published as "Applies when", the opposite of what was said
    ("Dev doesn't think it applies to the kiosks though.", True),
    ("We don't reckon the rota would work for the night shift.", True),
    ("I wouldn't use it for the kiosks, that's a vendor fault.", True),
    ("I don't see how that would help on the late shift.", True),
    ("I don't think so.", False),  # no limit: says there is none
    ("I don't think it was ever tried there.", False),  # not knowing is no limit
])
def test_a_limit_said_as_an_opinion_is_a_limit(said: str, is_limit: bool) -> None:
    assert limit(said) is is_limit


def test_applies_when_drops_a_spoken_so_there_too(embedder: Any) -> None:
    turns = _parcels(
        ("Uma", "The student halls get twice the parcels and have one porter, so there too."),
    )
    steps = ["case", "happened", "pattern", "applies", "playbook"]
    fields = pattern_fields(_segs(turns), steps, embedder.embed, session_id="S9")
    assert fields["applies_when"][0] == ("The student halls get twice the parcels and have "
                                         "one porter."), fields["applies_when"]


def test_a_name_too_long_with_its_of_phrase_keeps_the_verb_s_object() -> None:
    name = practice_name("Send each new tenant a sketch of the bin store with their own "
                         "bins labelled in the first week.")
    assert name == "Send each new tenant a sketch", name


def test_a_name_never_stops_at_an_auxiliary_and_may_end_on_a_particle() -> None:
    name = practice_name("Sign the visitors out where they're checked in, not at the gate.")
    assert name == "Sign the visitors out where they're checked in", name


@pytest.mark.parametrize(("said", "name"), [
    ("So the pattern is: route overflow away automatically rather than relying on people "
     "to empty barrels.", "Route overflow away automatically"),
    ("Check every timer after a power cut rather than trusting the clock.",
     "Check every timer after a power cut"),
    ("Write the room temperature in the log instead of relying on memory.",
     "Write the room temperature in the log"),
])
def test_a_name_never_stops_at_a_comparison_without_what_it_compares_with(
        said: str, name: str) -> None:
    """"rather", "instead" or a comparative cut from its "than" / "of" reads cut off: the
    name ends before the comparison."""
    assert practice_name(said) == name


def test_a_comparison_the_name_can_hold_whole_stays() -> None:
    assert practice_name("Test the backup restore monthly rather than yearly.") == \
        "Test the backup restore monthly rather than yearly"


def test_a_shortened_name_never_keeps_be_without_what_follows_it() -> None:
    """The shared parser has no lemmatizer: forms of "be" are known by their spelling."""
    from assistant.summarize.naming import shorten

    assert shorten("Three auditors reading the same five files were up to ten points apart, "
                   "mostly on the risk item.") == "Three auditors reading the same five files"
    assert shorten("The spare charger is not where the drivers look for it.") == \
        "The spare charger"


def test_a_lead_in_saying_what_the_fix_is_not_stays_whole() -> None:
    from assistant.summarize.naming import as_practice

    said = "The fix isn't a longer checklist, it's a second pair of eyes on the last step."
    assert as_practice(said) == said


def test_an_instruction_saying_where_not_to_do_it_is_still_what_to_do(embedder: Any) -> None:
    turns = [
        ("Ida", "The case: trays leave the kitchen with the wrong allergen cards."),
        ("Tom", "The cards are checked at the pass when the plates are already waiting."),
        ("Uma", "Check the cards when the tray is laid, not at the pass."),
        ("Ida", "I will brief the morning crew on Monday."),
    ]
    steps = ["case", "happened", "pattern", "playbook"]
    fields = pattern_fields(_segs(turns), steps, embedder.embed, session_id="S9")
    assert fields["solution"][0] == "Check the cards when the tray is laid, not at the pass."


def test_applies_when_leaves_out_the_yes_of_a_reply(embedder: Any) -> None:
    turns = _parcels(
        ("Ida", "Would the student halls want the same?"),
        ("Uma", "The student halls, definitely, they get twice the parcels."),
    )
    fields = pattern_fields(_segs(turns), PARCEL_STEPS, embedder.embed, session_id="S9")
    assert fields["applies_when"][0] == "The student halls, they get twice the parcels."


def test_what_to_do_is_the_instruction_not_a_remark_beside_it(embedder: Any) -> None:
    turns = [
        ("Ida", "The case: the night buses leave the depot with half-empty fuel tanks."),
        ("Tom", "Nobody on the late shift owns the refuelling list."),
        ("Ida", "So what would you tell another depot?"),
        ("Uma", "Ownership of the list matters more than the size of the crew. Give the "
                "refuelling list to one named driver on every late shift."),
        ("Ida", "I will name the first driver for next week."),
    ]
    steps = ["case", "happened", "pattern", "pattern", "playbook"]
    fields = pattern_fields(_segs(turns), steps, embedder.embed, session_id="S9")
    assert fields["solution"][0] == ("Give the refuelling list to one named driver on every "
                                     "late shift."), fields["solution"]


#: A jam whose applies step asks whether the practice holds somewhere else; the answer
#: decides whether that place is a limit.
def _asked_if_it_holds(answer: str) -> list[tuple[str, str]]:
    return _parcels(("Tom", "Would it work for the student halls as well?"), ("Uma", answer))


def test_saying_no_to_whether_the_practice_holds_there_is_a_limit(embedder: Any) -> None:
    turns = _asked_if_it_holds("Less so, the halls have a porter who carries parcels up "
                               "every hour.")
    fields = pattern_fields(_segs(turns), PARCEL_STEPS, embedder.embed, session_id="S9")
    assert "porter who carries parcels" in fields["not_when"][0], fields["not_when"]
    assert [c["position"] for c in fields["not_when"][1]] == [4]
    assert "porter who carries parcels" not in fields["applies_when"][0]


def test_saying_yes_to_whether_the_practice_holds_there_is_no_limit(embedder: Any) -> None:
    turns = _asked_if_it_holds("Definitely, the halls get twice the parcels and only one "
                               "porter on the desk.")
    fields = pattern_fields(_segs(turns), PARCEL_STEPS, embedder.embed, session_id="S9")
    assert fields["not_when"] == ("", []), fields["not_when"]
    assert "twice the parcels" in fields["applies_when"][0], fields["applies_when"]


@pytest.mark.parametrize("said", [
    "Not the cold store, the pallets there are counted by the scanner.",
    "The loan laptops are booked through the service desk, so that's a different system.",
])
def test_a_place_left_out_or_called_different_is_a_limit(said: str) -> None:
    assert limit(said)


@pytest.mark.parametrize("said", [
    "Not only the night shift, the day desk loses parcels too.",
    "Not sure, we never tried it with the halls.",
])
def test_not_only_or_not_sure_is_no_limit(said: str) -> None:
    assert not limit(said)
