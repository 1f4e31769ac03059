"""Recap bullets read as written prose, steps follow the session, actions and pattern names
come out of what was said (the database-free drafting core)."""

from __future__ import annotations

import importlib
import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from assistant.summarize import prose
from assistant.summarize.actions import due_of, extract_actions
from assistant.summarize.core import (
    NEUTRAL_STEPS,
    RECAP_STEPS,
    Seg,
    candidates,
    extractive_recap,
)
from assistant.summarize.patterns import pattern_fields, practice_name
from assistant.summarize.steps import assign_steps

ROOT = Path(__file__).resolve().parent.parent


def _segs(turns: list[tuple[str, str]], sid: str = "S1") -> list[Seg]:
    return [Seg(i, sp, tx, float(i * 20), sid) for i, (sp, tx) in enumerate(turns)]


# ---- prose -------------------------------------------------------------------------------

def test_fillers_stutters_and_false_starts_are_removed() -> None:
    out = prose.polish("Um, so we we should interac interacting with th they users, you "
                       "know, before the, the launch")
    assert out == "We should interacting with they users, before the launch."
    assert prose.is_clean(out)


@pytest.mark.parametrize(("said", "clean"), [
    ("It goes to the shared inbox which, um, nobody reads.",
     "It goes to the shared inbox which nobody reads."),
    ("Send it to the, uh, warehouse.", "Send it to the warehouse."),
    ("It was, um, fine.", "It was fine."),
    # a comma after a word that can end a phrase stays: it may separate two phrases
    ("Yesterday, um, the van broke down.", "Yesterday, the van broke down."),
    ("We tried the red one, um, the blue one.", "We tried the red one, the blue one."),
])
def test_a_comma_that_only_set_off_a_filler_goes_with_it(said: str, clean: str) -> None:
    assert prose.polish(said) == clean


def test_a_first_person_statement_is_told_in_the_third_person() -> None:
    assert prose.polish("I'll send the minutes by Friday.", "Ana Lopez") == \
        "Ana will send the minutes by Friday."
    assert prose.polish("I looked at the battery and my notes say it costs most.",
                        "Industrial Designer") == \
        "The Industrial Designer looked at the battery and their notes say it costs most."
    assert prose.polish("I got paged at 3am.", "Sofia Lind") == "Sofia got paged at 3am."
    assert prose.polish("I don't know if it works.", "Ana") == "Ana doesn't know if it works."


@pytest.mark.parametrize(("said", "speaker", "told"), [
    ("My case: the night bus skips our stop twice a week.", "Ines Moreau",
     "Ines's case: the night bus skips our stop twice a week."),
    ("My question is whether the form works on phones.", "Support Lead",
     "The Support Lead's question is whether the form works on phones."),
    ("We asked my manager, and I forwarded my notes to the team.", "Ines Moreau",
     "We asked Ines's manager, and Ines forwarded their notes to the team."),
])
def test_my_becomes_the_speakers_until_the_sentence_has_named_them(
        said: str, speaker: str, told: str) -> None:
    """"Their" needs someone named before it to point back at: a sentence that opens with
    "my" says whose ("Their case: ..." reads as someone else's)."""
    assert prose.polish(said, speaker) == told


@pytest.mark.parametrize(("said", "speaker", "kept"), [
    ("My case: the night bus skips our stop twice a week.", "Ines Moreau",
     "The night bus skips our stop twice a week."),
    ("My advice would be, always call the volunteer first.", "Ines Moreau",
     "Always call the volunteer first."),
    ("Their plan: two vans.", "", "Their plan: two vans."),  # no statement after it
    ("It's simple: we ran out of forms at the desk.", "", "It's simple: we ran out of forms "
     "at the desk."),
])
def test_a_case_tellers_label_is_dropped_before_what_they_tell(
        said: str, speaker: str, kept: str) -> None:
    assert prose.drop_lead_in(prose.polish(said, speaker)) == kept


def test_a_takeaway_told_as_the_speakers_is_named_by_its_practice() -> None:
    said = prose.polish("My takeaway is to check the printed route sheets whenever a stop "
                        "is added.", "Ines Moreau")
    assert said.startswith("Ines's takeaway")
    assert practice_name(said) == "Check the printed route sheets"


def test_a_case_told_as_my_case_reads_as_the_case_in_the_recap(embedder: Any) -> None:
    turns = [("Ines Moreau", "My case: the night bus skips our stop twice a week and the "
                             "late shift walks home in the dark."),
             ("Pavel", "What happened the last time it skipped the stop?"),
             ("Ines Moreau", "The driver said the stop was not on his printed route sheet "
                             "at all."),
             ("Pavel", "So the pattern is to check the printed route sheets whenever a "
                       "stop is added."),
             ("Ines Moreau", "This would also apply to the weekend shuttle to the depot."),
             ("Pavel", "For the playbook: check the printed route sheets when a stop "
                       "changes.")]
    steps = ["case", "happened", "happened", "pattern", "applies", "playbook"]
    bullets = extractive_recap(_segs(turns), embedder.embed, session_id="S1",
                               facilitator="Pavel", steps=steps)
    case = next(b["text"] for b in bullets if b["step"] == "case")
    assert case.startswith("The night bus skips our stop twice a week"), case
    assert "Their" not in " ".join(b["text"] for b in bullets)


def test_a_restart_mid_sentence_becomes_its_own_sentence() -> None:
    parts = prose.sentences("I dunno exactly what That's the problem with the old remote.")
    assert parts[-1] == "That's the problem with the old remote."
    assert not prose.complete(prose.polish(parts[0], "Project Manager"))


def test_a_long_sentence_is_split_at_clauses_never_cut() -> None:
    long = ("The scanners only check the location barcode and not the item, so a picker "
            "can take from the neighbouring bin and it still confirms, and nobody notices "
            "until the customer calls to complain about the wrong item, which takes days, "
            "because the returns desk logs the complaint only at the end of the week")
    parts = prose.clauses(long)
    assert parts and all(len(p.split()) <= 40 for p in parts)
    assert " ".join(parts).replace(",", "") in long.replace(",", "")


@pytest.mark.parametrize("text,clean", [
    ("The team chose item-level scanning.", True),
    ("Dev Patel: We see that a lot.", False),  # speaker prefix
    ("We we see that a lot.", False),  # repeated word
    ("Um the team chose scanning.", False),  # filler
    ("The team chose item-level scanning and…", False),  # cut off
    ("The team chose item-level scanning", False),  # no sentence punctuation
    (" ".join(["word"] * 20 + ["other"] * 21) + ".", False),  # over 40 words
])
def test_the_clean_check_counts_each_defect(text: str, clean: bool) -> None:
    assert prose.is_clean(text) is clean


# ---- steps ---------------------------------------------------------------------------------

SCRIPTED = [
    ("Ana", "Hi everyone, can you hear me?"),
    ("Ana", "We present the case, break it down, name the pattern, agree where it applies "
            "and write it up for the playbook."),
    ("Ana", "Today's case: volunteers stop coming after a month of shifts."),
    ("Ben", "We only talked to new volunteers on their first shift and never again after."),
    ("Ana", "Let's break it down, what happened next?"),
    ("Ben", "Nobody checked in with them after the first week, so they drifted away quietly."),
    ("Cai", "The lesson for me is that a newcomer needs a named buddy for the first month."),
    ("Ben", "Sorry, going back to what happened, the rota also changed every week."),
    ("Ana", "Where else does this apply?"),
    ("Cai", "The kitchen team loses new cooks in the same way, I would try it there."),
    ("Ana", "For the playbook: pair every newcomer with a buddy for their first four shifts."),
    ("Ben", "I'll draft the buddy checklist by Friday."),
    ("Ana", "Thanks everyone, bye."),
]


def test_steps_follow_cues_drift_and_a_return_to_an_earlier_step() -> None:
    steps = assign_steps(_segs(SCRIPTED), "Ana")
    assert steps == ["other", "other", "case", "case", "happened", "happened", "pattern",
                     "happened", "applies", "applies", "playbook", "playbook", "other"]


def test_a_meeting_that_does_not_follow_the_script_has_no_steps() -> None:
    turns = [("Rosa", "First item, the calibration scores were twenty points apart."),
             ("Sam", "Most of the spread was on the empathy item."),
             ("Rosa", "Second item, the new hires start on the twelfth."),
             ("Sam", "I'll send the shadowing rota by Thursday.")]
    assert set(assign_steps(_segs(turns), "Rosa")) == {"other"}


VANS = [
    ("Ana", "Hi all, thanks for joining."),
    ("Ana", "Ben, what's the case today?"),
    ("Ben", "Our delivery vans leave the depot half empty on Mondays and full on Fridays."),
    ("Ben", "Routes are planned a month ahead from last year's orders."),
    ("Ana", "Can you take us through the sequence of events?"),
    ("Ben", "Nobody updates the route plan when big customers change their order days."),
    ("Cai", "And the planners never see the daily order counts."),
    ("Ana", "So what's the lesson here?"),
    ("Cai", "Plan routes from this week's orders, not last year's."),
    ("Ana", "Where else would this apply?"),
    ("Ben", "The cold-chain vans have the same problem."),
    ("Ana", "For the playbook, then: routes are re-planned every week from current orders."),
    ("Ana", "Thanks everyone, bye."),
]


def test_a_facilitator_question_in_other_words_opens_its_step(embedder: Any) -> None:
    segs = _segs(VANS)
    # no cue phrase says "breakdown" here; the question means it
    steps = assign_steps(segs, "Ana", embedder.embed)
    assert steps[4:7] == ["happened"] * 3
    assert steps[:4] == ["other", "case", "case", "case"] and steps[7] == "pattern"


@pytest.mark.parametrize(("question", "step"), [
    ("Can you give us the background on it?", "case"),
    ("Let's unpack that. How did we end up here?", "happened"),
    ("What's the bigger lesson here?", "pattern"),
    ("What would you tell another team to do differently?", "pattern"),
    ("Is there anywhere this wouldn't work?", "applies"),
])
def test_cue_phrases_in_several_wordings_open_their_step(question: str, step: str) -> None:
    from assistant.summarize.steps import CUES

    assert CUES[step].search(question)
    assert not any(CUES[s].search(question) for s in CUES if s != step)


def test_recap_of_a_scripted_session_is_clean_and_drawn_from_each_step(embedder: Any) -> None:
    segs = _segs(SCRIPTED)
    bullets = extractive_recap(segs, embedder.embed, session_id="S1", facilitator="Ana")
    assert [b["label"] for b in bullets] == [label for _s, label in RECAP_STEPS]
    for b in bullets:
        assert prose.is_clean(b["text"]), b["text"]
        assert not re.match(r"^(Ana|Ben|Cai):", b["text"])
    cited = {b["step"]: {c["position"] for c in b["citations"]} for b in bullets}
    assert cited["pattern"] <= {6} and cited["applies"] <= {9}


def test_an_agenda_naming_two_steps_before_the_script_starts_opens_neither() -> None:
    turns = [("Ana", "Welcome. Jo shows her tool first, then we do what happened and what's "
                     "the pattern, as usual."),
             ("Ana", "Quick context: the kiln in the pottery studio cracked three loads of "
                     "glazed bowls last month."),
             ("Jo", "I built a firing log that warns when the ramp rate is too steep."),
             ("Ana", "So what actually happened with the cracked loads?"),
             ("Jo", "The night shift fired faster to finish before the morning classes."),
             ("Ana", "And what's the pattern here?"),
             ("Jo", "Log every firing against the schedule and flag steep ramps the same day."),
             ("Ana", "Where else would this apply?"),
             ("Jo", "The glass workshop anneals its pieces the same way.")]
    steps = assign_steps(_segs(turns), "Ana")
    assert steps[0] == "other"
    assert steps[1:3] == ["case", "case"] and steps[5] == "pattern"


def test_a_participant_saying_where_it_applies_next_moves_the_session_on() -> None:
    turns = [("Ana", "Today's case: night buses in the harbour district run empty after "
                     "eleven."),
             ("Ben", "The timetable was copied from the summer one and never reviewed."),
             ("Ana", "So the pattern is: review a copied timetable against ridership counts."),
             ("Ben", "It applies next to the ferry shuttle, which was copied the same way."),
             ("Ana", "I will write this up for the playbook on Monday.")]
    steps = assign_steps(_segs(turns), "Ana")
    assert steps[0] == "case" and steps[2:] == ["pattern", "applies", "playbook"]


#: A jam in wording none of the cue phrases know: the facilitator never says "case",
#: "what happened", "pattern", "apply" or "playbook".
UNSTOCK = [
    ("Noor", "Hi both, let me just check the recording is on."),
    ("Noor", "Pablo, the floor is yours, the thing with the pharmacy deliveries."),
    ("Pablo", "Every Monday the pharmacy van arrives before anyone on the ward can sign "
              "for it, so the drugs wait in the corridor for an hour or more."),
    ("Pablo", "We asked the driver to come later, but the route is fixed by the supplier."),
    ("Noor", "Talk me through a Monday morning, minute by minute."),
    ("Pablo", "The van comes at seven, the ward clerk starts at eight, and the night "
              "nurses are still busy with the handover."),
    ("Iris", "Nobody else is allowed to sign, so the boxes just sit there."),
    ("Noor", "If another ward asked you for one sentence to avoid this, what would it be?"),
    ("Iris", "Let more than one person accept a delivery, and say who it is before the "
             "van arrives."),
    ("Noor", "Could the outpatient clinic use that too, or does it not fit there?"),
    ("Pablo", "Outpatients gets its stock in the afternoon, so it would not matter there, "
              "but the theatre store has the same early van."),
    ("Noor", "Okay. Who is taking what from here?"),
    ("Iris", "I'll put two more names on the signing list by next Monday."),
    ("Pablo", "And I'll tell the supplier's driver who signs, this week."),
    ("Noor", "Lovely, thanks both. Bye."),
]
UNSTOCK_STEPS = ["other", "case", "case", "case", "happened", "happened", "happened",
                 "pattern", "pattern", "applies", "applies", "playbook", "playbook",
                 "playbook", "other"]


def test_a_session_in_wording_no_cue_phrase_knows_still_follows_the_script(
        embedder: Any) -> None:
    steps = assign_steps(_segs(UNSTOCK), "Noor", embedder.embed)
    assert steps[0] == "other" and steps[-1] == "other"
    order = [s for i, s in enumerate(steps) if s != "other" and (i == 0 or steps[i - 1] != s)]
    assert order == ["case", "happened", "pattern", "applies", "playbook"]
    right = sum(a == b for a, b in zip(steps, UNSTOCK_STEPS, strict=True))
    assert right / len(steps) >= 0.8, steps


#: Eight turns (the tuning session ``tune_salon_rebookings_short``), no greeting, no cue
#: phrase, no stock lesson words: the pattern is said as a command with no subject and the
#: capture as "I'll ...", both by participants.
SHORT_UNSTOCK = [
    ("Tariq", "So half our first-timers never come back, and the discount code we email a "
              "month later gets used by almost nobody."),
    ("Bea", "When does the client decide whether they come back? Is it at the till, or at "
            "home weeks later?"),
    ("Tariq", "At the till, really. They pay, we say see you soon, and by the time the email "
              "lands they've gone somewhere nearer work."),
    ("Mira", "So ask for the next booking while they're still in the chair, not a month "
             "later by email."),
    ("Bea", "Is that for every client, or only the new ones?"),
    ("Tariq", "Colour clients already book ahead because the timing matters to them. It's "
              "the cuts."),
    ("Bea", "Tariq, want to try it for a month and tell us the numbers?"),
    ("Tariq", "Yes, I'll start Monday and report back at the end of January."),
]
SHORT_UNSTOCK_STEPS = ["case", "happened", "happened", "pattern", "applies", "applies",
                       "playbook", "playbook"]


def test_a_short_session_without_cue_phrases_follows_the_script_by_its_grammar(
        embedder: Any) -> None:
    """A participant's advice given as a command ("so put ...") reads as the pattern and
    "I'll ..." as the capture, whatever the words; that is enough for eight turns to follow
    the script (they were all "other" before)."""
    steps = assign_steps(_segs(SHORT_UNSTOCK), "Bea", embedder.embed,
                         session_format="office hours")
    right = sum(a == b for a, b in zip(steps, SHORT_UNSTOCK_STEPS, strict=True))
    assert right / len(steps) >= 0.75, steps
    assert steps[3] == "pattern" and steps[-1] == "playbook", steps


#: An ordinary meeting: one stray "what happened" from the chair and two promises.
OFFICE_MOVE = [
    ("Lise", "Morning all, quick run through the move to the new office."),
    ("Omar", "Morning."),
    ("Lise", "Omar, what happened with the furniture delivery?"),
    ("Omar", "It came a day late, but the desks are all assembled now."),
    ("Lise", "And the network?"),
    ("Kemi", "The cabling is done on the second floor, the first floor is booked for "
             "Thursday."),
    ("Lise", "Keys?"),
    ("Omar", "I'll collect the key cards from reception by Wednesday."),
    ("Kemi", "I'll send the seating plan round tomorrow."),
    ("Lise", "Great, that's it, thanks all."),
]


def test_an_ordinary_meeting_with_a_stray_cue_and_commitments_has_no_steps(
        embedder: Any) -> None:
    assert set(assign_steps(_segs(OFFICE_MOVE), "Lise", embedder.embed)) == {"other"}


#: A nine-turn office hours with no cue phrase and no advice said as a command: too few
#: turns for the order test to say much, but it opens by telling the problem of the case it
#: was planned with.
LOCKERS = [
    ("Ravi", "Pia, you wanted to bring the thing with the gym lockers."),
    ("Pia", "Members keep losing the locker keys, about ten a week, and every lost key "
            "means a locksmith visit. We put up a sign asking people to hand keys in, and "
            "nothing changed."),
    ("Ravi", "Where do the keys go missing, in the building or outside?"),
    ("Pia", "Mostly outside. People take the key on its elastic band into the pool and the "
            "sauna, and it slips off."),
    ("Jon", "At our place we swapped the keys for a four-digit code on each locker, and the "
            "losses stopped within a month."),
    ("Ravi", "Would a code work for the children's classes too?"),
    ("Pia", "Not for the little ones, they forget the numbers. For adults, yes."),
    ("Ravi", "Pia, could you price the code locks and tell us next time?"),
    ("Pia", "Sure."),
]
LOCKERS_STEPS = ["case", "case", "happened", "happened", "pattern", "applies", "applies",
                 "playbook", "playbook"]
LOCKERS_CASE = "Members lose about ten locker keys a week and each one needs a locksmith."


def test_a_short_session_that_opens_with_its_case_follows_the_script(embedder: Any) -> None:
    steps = assign_steps(_segs(LOCKERS), "Ravi", embedder.embed,
                         session_format="office hours", case_problems=[LOCKERS_CASE])
    right = sum(a == b for a, b in zip(steps, LOCKERS_STEPS, strict=True))
    assert right / len(steps) >= 0.75, steps


def test_a_linked_case_the_opening_does_not_tell_does_not_make_a_session_scripted(
        embedder: Any) -> None:
    unrelated = "The evening cleaning crew leaves the sports hall lights on overnight."
    steps = assign_steps(_segs(LOCKERS), "Ravi", embedder.embed,
                         session_format="office hours", case_problems=[unrelated])
    assert set(steps) == {"other"}


def test_a_six_turn_jam_planned_with_its_case_follows_the_script(embedder: Any) -> None:
    turns = [("Ida", "The orders for the sports club's Saturday stall keep arriving on the "
                     "Friday night, and we end up baking until two in the morning for it."),
             ("Ole", "Why so late? Do they know the cut-off?"),
             ("Ida", "There isn't one written anywhere. The coach collects the orders after "
                     "training on Friday and phones them through."),
             ("Ole", "So the orders only exist once training is over."),
             ("Ida", "Yes, so give them a Wednesday cut-off and bake only what's in by then."),
             ("Ole", "Fine. Send me the text for the club newsletter and I'll get it in this "
                     "week.")]
    problem = ("Orders for the club's Saturday stall arrive late on Friday night, so the "
               "bakers work until two.")
    steps = assign_steps(_segs(turns), "Ole", embedder.embed,
                         session_format="problem-solving jam", case_problems=[problem])
    assert steps[0] == "case" and steps[4] == "pattern", steps


def test_a_status_check_in_on_a_linked_case_has_no_steps(embedder: Any) -> None:
    """Progress on the fix, a tip and a promise, in the script's order, but the case's
    problem is never told: a check-in, not a session run to the script."""
    turns = [("Ravi", "Pia, where are we with the code locks?"),
             ("Pia", "Twenty are fitted, the other forty come next month."),
             ("Ravi", "And have people got used to them?"),
             ("Pia", "Mostly. A few ask at the desk for their code on the first day."),
             ("Jon", "Print the instructions on the locker door, that cut the desk questions "
                     "for us."),
             ("Pia", "I'll order the stickers tomorrow."),
             ("Ravi", "Good, let's look again once all sixty are in.")]
    steps = assign_steps(_segs(turns), "Ravi", embedder.embed,
                         session_format="office hours", case_problems=[LOCKERS_CASE])
    assert set(steps) == {"other"}


def test_a_past_never_checked_is_not_advice() -> None:
    """"Never check ..." is a rule; "the hours are never checked" tells what happened."""
    from assistant.summarize.steps import CONTENT

    assert CONTENT["pattern"].search("Never check the gauge by eye.")
    assert not CONTENT["pattern"].search("The busy hours are never checked at all.")


def test_a_demo_day_is_read_as_other_even_when_a_cue_slips_in(embedder: Any) -> None:
    turns = [("Rui", "Welcome to demo day, two short demos and then questions."),
             ("Hana", "I'll go first. This is the rota board we built for the night shift."),
             ("Hana", "It cut the time spent swapping shifts by half since June."),
             ("Rui", "What went wrong along the way?"),
             ("Hana", "The first version did not know about part-time staff."),
             ("Sven", "Mine is the stock counter for the store room, it counts with a "
                      "barcode scan."),
             ("Sven", "The lesson for me is to test with the people who do the counting."),
             ("Rui", "Questions? No? Thanks both, that's time.")]
    steps = assign_steps(_segs(turns), "Rui", embedder.embed, session_format="demo day")
    assert set(steps) == {"other"}


def test_in_a_short_session_each_step_keeps_its_own_sentence(embedder: Any) -> None:
    """A step the session skipped takes what is left near it; it never takes the capture
    sentence from the playbook step or the pattern from the pattern step."""
    turns = [("Ana", "Today's case: night buses in the harbour district run empty after "
                     "eleven."),
             ("Ben", "The timetable was copied from the summer one and never reviewed."),
             ("Cai", "What helped us was counting riders at each stop for two weeks."),
             ("Ana", "So the pattern is: review a copied timetable against ridership counts."),
             ("Ben", "It applies next to the ferry shuttle, which was copied the same way."),
             ("Ana", "I will write the ridership review up for the playbook this week.")]
    bullets = extractive_recap(_segs(turns), embedder.embed, session_id="S1",
                               facilitator="Ana")
    cited = {b["step"]: {c["position"] for c in b["citations"]} for b in bullets}
    assert cited["case"] == {0}
    assert cited["happened"] <= {1, 2}
    assert cited["pattern"] == {3} and cited["applies"] == {4} and cited["playbook"] == {5}


DEPOT = [
    ("Ines", "Today's case is from Lena, over to you."),
    ("Lena", "New drivers at our depot kept queuing at the wrong gate for an hour in their "
             "first week."),
    ("Ines", "What actually happened on those first days?"),
    ("Lena", "Nobody told the new drivers which gate to use, so they followed the lorry in "
             "front of them. What fixed it for us in the end was handing each new driver a "
             "printed map with their gate circled."),
    ("Ines", "So what's the pattern here?"),
    ("Lena", "The pattern is: give every new driver a map of the yard with their gate "
             "marked before the first shift."),
    ("Ines", "Where else does it apply?"),
    ("Omar", "The north depot has the same gates and the same turnover, so there too."),
    ("Ines", "For the playbook then, who does what?"),
    ("Lena", "I'll send the map template to the north depot by Friday."),
    ("Ines", "Thanks both, see you next month."),
]


def test_a_remedy_told_during_the_breakdown_is_not_what_happened(embedder: Any) -> None:
    """The breakdown turn also tells what fixed it; that sentence says what the pattern
    step says, so the "What happened" bullet takes the cause instead."""
    bullets = extractive_recap(_segs(DEPOT), embedder.embed, session_id="S1",
                               facilitator="Ines")
    happened = next(b["text"] for b in bullets if b["step"] == "happened")
    assert happened.startswith("Nobody told the new drivers"), happened
    assert "fixed" not in happened and "printed map" not in happened, happened


def test_in_a_short_session_a_remedy_told_early_is_not_what_happened(embedder: Any) -> None:
    """The shared six-turn jam: the breakdown holds the cause and, from another participant,
    what worked. With the session's mean taken out every similarity in so few sentences
    falls below zero, so the remedy is told apart against the other sentences instead."""
    from tests.sample_data import TRANSCRIPT

    turns = re.findall(r"<v ([^>]+)>([^\n]+)", TRANSCRIPT)
    bullets = extractive_recap(_segs(turns), embedder.embed, session_id="S1",
                               facilitator="Fran")
    happened = next(b["text"] for b in bullets if b["step"] == "happened")
    assert "nobody checked in" in happened.lower() or "first shift" in happened, happened
    assert "buddy" not in happened, happened


def test_the_pattern_bullet_drops_a_spoken_lead_in(embedder: Any) -> None:
    bullets = extractive_recap(_segs(DEPOT), embedder.embed, session_id="S1",
                               facilitator="Ines")
    pattern = next(b["text"] for b in bullets if b["step"] == "pattern")
    assert pattern.startswith("Give every new driver a map of the yard"), pattern


@pytest.mark.parametrize(("said", "kept"), [
    ("The pattern is: give every new driver a map.", "Give every new driver a map."),
    ("My advice would be, always call the volunteer first.",
     "Always call the volunteer first."),
    ("Our rule of thumb is: check twice and cut once.", "Check twice and cut once."),
    ("The van was late, so we waited an hour outside.",
     "The van was late, so we waited an hour outside."),
    ("Here is the thing: we ran out of forms.", "Here is the thing: we ran out of forms."),
    ("The plan is: two vans.", "The plan is: two vans."),
])
def test_a_short_frame_before_a_statement_is_dropped(said: str, kept: str) -> None:
    assert prose.drop_lead_in(prose.polish(said)) == kept


def test_a_sentence_that_only_manages_the_meeting_loses_to_one_with_content(
        embedder: Any) -> None:
    turns = [("Ana", "Hello all, we are recording."),
             ("Ana", "Jo, it's your case, the cracked glazes in the kiln, let me present it "
                     "short."),
             ("Jo", "Three loads of glazed bowls cracked in the studio kiln last month."),
             ("Ana", "What actually happened?"),
             ("Jo", "The night shift fired faster to finish before the morning classes."),
             ("Ana", "So what's the pattern?"),
             ("Jo", "Log every firing against the schedule and flag steep ramps the same day."),
             ("Ana", "Where else would it apply?"),
             ("Jo", "The glass workshop anneals its pieces on the same kind of schedule."),
             ("Ana", "For the playbook, let me read what I have for the firing log."),
             ("Ana", "Each firing is logged against its schedule, a steep ramp is flagged "
                     "that day."),
             ("Jo", "Maybe shorter for the playbook title, but yeah."),
             ("Ana", "Thanks everyone, bye.")]
    bullets = extractive_recap(_segs(turns), embedder.embed, session_id="S1",
                               facilitator="Ana")
    by_step = {b["step"]: b for b in bullets}
    assert {c["position"] for c in by_step["playbook"]["citations"]} == {10}
    assert {c["position"] for c in by_step["case"]["citations"]} == {2}


def test_a_sentence_ending_in_a_closed_quote_gets_no_second_full_stop() -> None:
    said = 'We agreed the rule: "check the seals the day before the show."'
    assert prose.polish(said) == said
    assert prose.is_clean(prose.polish(said))
    assert prose.polish('She called it "the usual mess"') == 'She called it "the usual mess".'


def test_a_sentence_ending_on_a_verb_particle_is_complete() -> None:
    assert prose.complete("Forty drivers with new tablets cannot log in.")
    assert prose.complete("The backup heating only kicked in.")
    assert not prose.complete("We handed the keys to the caretaker of the.")
    assert not prose.complete("The spare parts were in.")  # "were in": no verb's particle
    assert not prose.complete("The box we keep the forms in?")


def test_a_welcome_that_names_the_case_does_not_stand_for_the_case(embedder: Any) -> None:
    turns = [("Ngozi Adébáyọ̀", "Welcome everyone, today we look at Dáithí's ferry case."),
             ("Dáithí Ó Sé", "Our ferry tickets print the wrong departure time for every "
                             "crossing after midnight, and passengers miss the boat."),
             ("Tomás Ruiz", "What happened is the printer uses the local date while the "
                            "booking system uses the sailing day."),
             ("Ngozi Adébáyọ̀", "So the pattern: test every date rule with a sailing that "
                               "crosses midnight before it goes live."),
             ("Dáithí Ó Sé", "This applies to every route with a late crossing in summer."),
             ("Tomás Ruiz", "I'll write the midnight test into the release checklist by "
                            "Friday.")]
    bullets = extractive_recap(_segs(turns), embedder.embed, session_id="S1",
                               facilitator="Ngozi Adébáyọ̀")
    case = next(b for b in bullets if b["step"] == "case")
    assert [c["position"] for c in case["citations"]] == [1]
    assert "ferry tickets print the wrong departure time" in case["text"]


def test_a_trailing_hedge_is_dropped() -> None:
    assert prose.polish("We could keep the old form, but yeah.") == "We could keep the old form."
    assert prose.polish("They sent the labels and stuff") == "They sent the labels."


def test_recap_of_an_ordinary_meeting_gets_neutral_headings(embedder: Any) -> None:
    turns = [("Rosa", "First item, last week the four reviewers scored the same ten calls "
                      "and were up to twenty points apart."),
             ("Sam", "Most of the spread was on the empathy item, the compliance items were "
                     "close to each other."),
             ("Rosa", "Second item, the new hires start on the twelfth so we need the "
                      "shadowing rota before then."),
             ("Sam", "The dashboard still shows last month's numbers because the data feed "
                     "broke on Monday."),
             ("Rosa", "I will book the next calibration session for the nineteenth of the "
                      "month.")]
    bullets = extractive_recap(_segs(turns), embedder.embed, session_id="S1",
                               facilitator="Rosa")
    assert [b["label"] for b in bullets] == [label for _s, label in NEUTRAL_STEPS]
    assert all(prose.is_clean(b["text"]) for b in bullets)


# ---- actions -------------------------------------------------------------------------------

def test_actions_name_who_what_and_when() -> None:
    segs = _segs([
        ("Maren Holt", "Joel, can you draft the bedside changes list by Friday?"),
        ("Joel Park", "Sure. I'll be honest, it's a lot of work."),
        ("Priya Nair", "Okay, I'll ask pharmacy to send the overnight report next week."),
        ("Maren Holt", "Joel will try the list on the ward after that."),
        ("Joel Park", "Will you join us for the pilot?"),
    ])
    acts = extract_actions(segs, session_id="S1")
    got = [(a["owner"], a["action"], a["due"]) for a in acts]
    assert got == [("Joel Park", "draft the bedside changes list", "by Friday"),
                   ("Priya Nair", "ask pharmacy to send the overnight report", "next week"),
                   ("Joel Park", "try the list on the ward after that", None)]
    assert acts[0]["citations"][0]["position"] == 0 and acts[0]["done"] is False


def test_a_request_and_its_acceptance_make_one_action_and_meeting_talk_makes_none() -> None:
    segs = _segs([
        ("Rosa Ibarra", "Tariq, can you walk us through what happened at the depot?"),
        ("Tariq Aziz", "Sure. I'll just listen for a minute first, then talk."),
        ("Rosa Ibarra", "Tariq, would you be up for rewriting the night shift checklist?"),
        ("Tariq Aziz", "Yeah, fair. I'll do it this week."),
        ("Rosa Ibarra", "And Wen, keep us posted on the depot audit."),
        ("Wen Li", "Will do."),
        ("Rosa Ibarra", "Wen, can you book the forklift refresher before the audit?"),
        ("Wen Li", "Yes, I'll book it by Monday."),
        ("Rosa Ibarra", "Here's what I'll write, correct me."),
    ])
    got = [(a["owner"], a["action"], a["due"], [c["position"] for c in a["citations"]])
           for a in extract_actions(segs, session_id="S1")]
    assert got == [("Tariq Aziz", "rewriting the night shift checklist", "this week", [2, 3]),
                   ("Wen Li", "keep us posted on the depot audit", None, [4, 5]),
                   ("Wen Li", "book the forklift refresher", "before the audit", [6, 7])]


def test_an_action_says_what_it_and_you_stand_for() -> None:
    segs = _segs([
        ("Ada Brandt", "What about the spare keys for the side gate?"),
        ("Lior Cohen", "I'll copy them before Thursday."),
        ("Lior Cohen", "The landlord finally sent the signed lease, I'll forward it tonight."),
        ("Ada Brandt", "Is there anything in the shared drive about deposits?"),
        ("Lior Cohen", "Maybe, I'll check it."),  # no thing named: no action
        ("Ada Brandt", "Could I join the walk-round on Monday?"),
        ("Lior Cohen", "Sure, I'll send you the route this afternoon."),
        ("Lior Cohen", "I'll send them the invoice."),
        ("Ada Brandt", "I'll paste the agenda in the chat and take us through it."),
    ])
    got = [(a["owner"], a["action"], a["due"]) for a in extract_actions(segs, session_id="S1")]
    assert got == [
        ("Lior Cohen", "copy the spare keys", "before Thursday"),  # the question's subject
        ("Lior Cohen", "forward the signed lease", "tonight"),  # named in the same sentence
        ("Lior Cohen", "send Ada the route", "this afternoon"),  # the person answered
        ("Lior Cohen", "send them the invoice", None),  # "them" is not the object here
    ]


@pytest.mark.parametrize("text,due", [("send it by the end of the month", "by the end of the "
                                       "month"), ("before the audit", "before the audit"),
                                      ("on 2026-12-01", "on 2026-12-01"), ("soon", None),
                                      ("I'll ring them this afternoon", "this afternoon"),
                                      ("after Friday's matinee", "after Friday's matinee")])
def test_due_dates_are_read_as_said(text: str, due: str | None) -> None:
    assert due_of(text) == due


# ---- patterns ------------------------------------------------------------------------------

@pytest.mark.parametrize("said,name", [
    ("The pattern would be: scan the item, not just the location, whenever look-alike "
     "items share a bay.", "Scan the item, not just the location"),
    ("For the playbook: route every alert to the team that can fix its cause.",
     "Route every alert to the team"),
    ("We should always test sign-in with five real users before go-live.",
     "Test sign-in with five real users before go-live"),
    ("Before each shift, check the spare radios against the sign-out sheet in the office.",
     "Check the spare radios against the sign-out sheet"),
    ("Let's settle what we write down: label every spare key with the room it opens.",
     "Label every spare key with the room"),
    ("So the lesson is a shared calendar for the loading bays.",
     "Shared calendar for the loading bays"),
])
def test_a_pattern_name_is_the_practice_in_three_to_eight_words(said: str, name: str) -> None:
    out = practice_name(said)
    assert out == name and 3 <= len(out.split()) <= 8


@pytest.mark.parametrize("said,name", [
    # what the practice brings about is not the practice
    ("Label each crate by destination, so a wrong crate stands out on the dock.",
     "Label each crate by destination"),
    # "a copy [of the floor plan]" would stop mid-phrase
    ("Hand the keys and a copy of the floor plan to whoever opens up.", "Hand the keys"),
    # "before" as an adverb ends the phrase
    ("Call the supplier two days before and confirm the delivery slot.",
     "Call the supplier two days before"),
    # a product name keeps its spelling
    ("For the playbook: eBay listings get a second photo check.",
     "eBay listings get a second photo check"),
])
def test_a_name_is_the_practice_whole_and_spelled_as_said(said: str, name: str) -> None:
    assert practice_name(said) == name


def test_an_agreement_on_where_it_applies_is_never_a_name() -> None:
    assert practice_name("Great, so we agree it applies to every go-live with customer-owned "
                         "SSO.") == ""


def test_pattern_fields_come_from_their_own_steps_and_empty_stays_empty(embedder: Any) -> None:
    segs = _segs(SCRIPTED)
    fields = pattern_fields(segs, assign_steps(segs, "Ana"), embedder.embed, session_id="S1")
    # what to do comes from the pattern step or what the facilitator put into the playbook
    # (here the instruction said for the playbook, rather than the lesson stated as a fact)
    assert "buddy" in fields["solution"][0]
    assert {c["position"] for c in fields["solution"][1]} <= {6, 10}
    assert "kitchen" in fields["applies_when"][0]
    assert fields["not_when"] == ("", [])  # nobody said where it does not apply
    assert 3 <= len(fields["name"][0].split()) <= 8
    assert "apply" not in fields["name"][0].lower()


@pytest.mark.parametrize("said", [
    "The rule is that whenever a delivery arrives after six the night porter signs for it "
    "and logs the seal number in the book.",
    "For the playbook: call every new supplier in their first week, ask what they need, and "
    "write down who answered.",
    "Keep one spare charger for each handset at the front desk because they go missing.",
    "The fix is to lock the back door before the last shift leaves the shop.",
    "Send the rota to the drivers, not just the supervisors, as soon as it changes.",
])
def test_a_name_never_ends_mid_clause_and_keeps_its_articles(said: str) -> None:
    name = practice_name(said)
    words = name.rstrip(".").split()
    assert 3 <= len(words) <= 8
    assert words[-1].lower().strip(",") not in {
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for",
        "with", "from", "that", "which", "who", "when", "whenever", "if", "because", "is",
        "are", "not", "their", "its", "his", "her", "our", "your", "my"}
    # every word of the name is said, in order, with the articles it was said with
    said_words = re.findall(r"[\w'’-]+", said.lower())
    pos = 0
    for w in re.findall(r"[\w'’-]+", name.lower()):
        pos = said_words.index(w, pos) + 1
    noun = re.search(r"\b(?:the|a|an)\s+(\w+)", said[said.lower().find(words[1].lower()):])
    if noun and noun.group(1).lower() in name.lower().split():
        assert noun.group(0).lower() in name.lower()


# The steps are given (not assigned) so these tests hold whatever steps.py decides.
FIELDS = [
    ("Ana", "Today's case: the night deliveries arrive with nobody there to sign for them."),
    ("Ben", "Drivers wait at the locked gate for forty minutes and then leave the pallets "
            "outside."),
    ("Ana", "What happened on the last night it went wrong?"),
    ("Ben", "The porter was on his round at the far end of the site and never heard the "
            "driver calling."),
    ("Cai", "The pattern is that deliveries go wrong whenever nobody is named to receive "
            "them at night."),
    ("Cai", "Name one person per night who carries the delivery phone and meets every "
            "driver at the gate."),
    ("Ana", "Where else would this work for us?"),
    ("Cai", "It would also work for the weekend parcel deliveries at the warehouse."),
    ("Ben", "It would not apply to the daytime deliveries, reception already signs for "
            "those."),
    ("Ana", "For the playbook: name one person per night to receive deliveries at the "
            "gate."),
]
FIELD_STEPS = ["case", "case", "happened", "happened", "pattern", "pattern", "applies",
               "applies", "applies", "playbook"]


def test_each_field_comes_from_its_own_step(embedder: Any) -> None:
    segs = _segs(FIELDS)
    fields = pattern_fields(segs, FIELD_STEPS, embedder.embed, session_id="S1",
                            facilitator="Ana")
    at = {k: {c["position"] for c in v[1]} for k, v in fields.items()}
    assert at["problem"] and at["problem"] <= {0, 1}
    assert at["solution"] and at["solution"] <= {4, 5, 9}
    assert at["applies_when"] == {7} and at["not_when"] == {8}
    assert "reception" not in fields["applies_when"][0]
    assert fields["solution"][0][0].isupper() and not fields["solution"][0].startswith(
        ("For the playbook", "The pattern is"))
    assert all(prose.is_clean(s) for s in re.split(r"(?<=[.!?])\s+", fields["solution"][0]))
    assert 3 <= len(fields["name"][0].split()) <= 8 and "gate" not in fields["name"][0][-5:]


def _with_applies(*said: tuple[str, str]) -> tuple[list[Seg], list[str]]:
    """FIELDS with its applies step replaced by ``said``."""
    turns = FIELDS[:7] + list(said) + FIELDS[9:]
    steps = FIELD_STEPS[:7] + ["applies"] * len(said) + FIELD_STEPS[9:]
    return _segs(turns), steps


def test_a_negation_said_in_passing_is_no_limit(embedder: Any) -> None:
    segs, steps = _with_applies(
        ("Cai", "It would work for the weekend parcels too, the porter doesn't hear the "
                "bell there either."),
        ("Ben", "Not that I can think of, every driver comes to the same gate."),
        ("Cai", "The laundry van as well, I'm not sure why we never asked them."))
    fields = pattern_fields(segs, steps, embedder.embed, session_id="S1", facilitator="Ana")
    assert fields["not_when"] == ("", [])
    assert "weekend parcels" in fields["applies_when"][0]


@pytest.mark.parametrize("said", [
    "The daytime deliveries no, reception is at the desk all day.",
    "For the furniture deliveries it's not worth it, those come with their own crew.",
    "The pallet deliveries are too heavy and too big to sign for at the gate.",
    "The daytime deliveries are different, reception signs for those.",
])
def test_a_limit_stated_as_one_is_where_it_does_not_apply(embedder: Any, said: str) -> None:
    segs, steps = _with_applies(
        ("Cai", "It would also work for the weekend parcel deliveries at the warehouse."),
        ("Ben", said))
    fields = pattern_fields(segs, steps, embedder.embed, session_id="S1", facilitator="Ana")
    assert [c["position"] for c in fields["not_when"][1]] == [8]
    assert [c["position"] for c in fields["applies_when"][1]] == [7]


def test_a_word_that_only_starts_like_a_limit_is_none(embedder: Any) -> None:
    segs, steps = _with_applies(
        ("Cai", "It would also work for the weekend parcel deliveries at the warehouse."),
        ("Ben", "The evening van too, not only the morning one, and nothing is signed "
                "there either."))
    fields = pattern_fields(segs, steps, embedder.embed, session_id="S1", facilitator="Ana")
    assert fields["not_when"] == ("", [])


def test_a_label_naming_the_step_is_not_part_of_the_field(embedder: Any) -> None:
    segs = _segs(FIELDS)
    steps = ["case", "other", *FIELD_STEPS[2:]]  # only the facilitator's labelled turn
    fields = pattern_fields(segs, steps, embedder.embed, session_id="S1")
    text, cites = fields["problem"]
    assert [c["position"] for c in cites] == [0]
    assert text.startswith("The night deliveries arrive") and ":" not in text


def test_the_problem_is_the_presented_cases_problem_as_submitted(embedder: Any) -> None:
    segs = _segs(FIELDS)
    fields = pattern_fields(segs, FIELD_STEPS, embedder.embed, session_id="S1",
                            facilitator="Ana", case_id="C-7",
                            case_problem="Night deliveries  arrive when nobody can sign "
                                         "for them.")
    assert fields["problem"] == ("Night deliveries arrive when nobody can sign for them.",
                                 [{"case_id": "C-7"}])
    # no case presented: the problem is told in the session
    told = pattern_fields(segs, FIELD_STEPS, embedder.embed, session_id="S1",
                          facilitator="Ana", case_id="C-7", case_problem="")
    assert {c["position"] for c in told["problem"][1]} <= {0, 1}


def test_where_it_applies_names_the_situation_without_the_frame(embedder: Any) -> None:
    segs, steps = _with_applies(
        ("Cai", "It would also work for the weekend parcel deliveries at the warehouse too."))
    fields = pattern_fields(segs, steps, embedder.embed, session_id="S1", facilitator="Ana")
    assert fields["applies_when"][0] == "The weekend parcel deliveries at the warehouse."


def test_taking_on_a_task_is_no_part_of_what_to_do(embedder: Any) -> None:
    segs = _segs([*FIELDS[:9], ("Cai", "Sure, I will put one named porter on the gate every "
                                       "night from Thursday.")])
    steps = [*FIELD_STEPS[:4], "other", *FIELD_STEPS[5:9], "playbook"]
    fields = pattern_fields(segs, steps, embedder.embed, session_id="S1", facilitator="Ana")
    assert [c["position"] for c in fields["solution"][1]] == [5]


def test_the_problem_is_never_taken_from_the_pattern_step(embedder: Any) -> None:
    segs = _segs(FIELDS)
    # the case presentation unrecorded: the turns before the breakdown are small talk
    steps = ["other", "other", *FIELD_STEPS[2:]]
    fields = pattern_fields(segs, steps, embedder.embed, session_id="S1")
    assert fields["problem"] == ("", [])
    assert fields["solution"][0]  # the practice is still there


def test_an_absent_applies_step_leaves_where_it_applies_empty(embedder: Any) -> None:
    segs = _segs(FIELDS)
    steps = [s if s != "applies" else "other" for s in FIELD_STEPS]
    fields = pattern_fields(segs, steps, embedder.embed, session_id="S1")
    assert fields["applies_when"] == ("", []) and fields["not_when"] == ("", [])
    assert not any("weekend" in fields[k][0] or "daytime" in fields[k][0]
                   for k in ("problem", "solution", "name"))


def test_a_sentence_that_is_only_a_subordinate_clause_is_no_field() -> None:
    from assistant.summarize.naming import as_practice, fragment

    assert fragment("Once the audit is over.") and fragment("When the new rota comes out.")
    assert fragment("Which the night porter then signed for.")
    assert not fragment("When the rota changes, tell the drivers first.")
    assert not fragment("We check the seals every night.")
    assert as_practice("The rule is: label the spare keys.") == "Label the spare keys."
    assert as_practice("The lesson is a shared calendar.") == \
        "The lesson is a shared calendar."


STEERED = [
    ("Lea", "Today's case: the night bus timetable changed and nobody told the drivers."),
    ("Lea", "Let me read the submission out first, it came in on Monday afternoon."),
    ("Tom", "The new timetable went out by email on a Friday and drivers read it on Monday."),
    ("Lea", "Let's break it down, what actually happened at the depot?"),
    ("Tom", "Drivers only check the depot board, and the board still showed the old times."),
    ("Lea", "So what's the pattern here? Let me try to put that together for us."),
    ("Ola", "The fix is not \"send more emails\", drivers never read them on shift."),
    ("Ola", "The pattern is that a change reaches drivers only where they already look."),
    ("Tom", "Maybe shorter for the playbook title, but yeah."),
    ("Lea", "Where else does this apply? Every roster change, I would say."),
    ("Lea", "Playbook entry: \"Post every timetable change on the depot board first.\" "
            "Tom updates the board before each change."),
    ("Lea", "Thanks everyone, see you next month."),
]


def test_what_to_do_is_the_practice_stated_not_the_facilitator_steering(embedder: Any
                                                                         ) -> None:
    segs = _segs(STEERED)
    fields = pattern_fields(segs, assign_steps(segs, "Lea"), embedder.embed, session_id="S1")
    solution = fields["solution"][0]
    assert "depot board" in solution
    assert "put that together" not in solution and "send more emails" not in solution
    assert "title" not in solution.lower() and "apply" not in solution.lower()
    assert not solution.startswith("Playbook entry")  # the lead-in is not part of the practice
    assert fields["name"][0] == "Post every timetable change on the depot board"
    assert fields["problem"][0] and "read the submission" not in fields["problem"][0]


# ---- pre-read questions, structure ---------------------------------------------------------

@pytest.mark.parametrize("title", ["because, customer's", "SSO", "", "Why does Okta fail?"])
def test_preread_questions_read_well_whatever_the_title(title: str) -> None:
    from assistant.summarize.preread import questions_for

    qs = questions_for([SimpleNamespace(title=title)], has_similar=False)  # type: ignore[list-item]
    assert len(qs) == 3 and all(q.endswith("?") and q[0].isupper() for q in qs)
    assert "on because" not in qs[0] and "??" not in qs[0]


def test_drafting_does_not_import_review() -> None:
    code = "import sys, assistant.summarize; print('assistant.review' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "False"


def test_drafter_is_chosen_by_settings_unless_one_is_passed_in() -> None:
    from assistant.summarize.drafter import (
        DraftRequest,
        ExtractiveDrafter,
        OpenAIDrafter,
        drafter_for,
    )

    off = SimpleNamespace(extras={}, settings=SimpleNamespace(llm_base_url=None))
    on = SimpleNamespace(extras={}, settings=SimpleNamespace(llm_base_url="http://x/v1"))
    assert isinstance(drafter_for(off), ExtractiveDrafter)  # type: ignore[arg-type]
    assert isinstance(drafter_for(on), OpenAIDrafter)  # type: ignore[arg-type]
    mine = ExtractiveDrafter()
    assert drafter_for(SimpleNamespace(extras={"drafter": mine}, settings=on.settings)) \
        is mine  # type: ignore[arg-type]
    req = DraftRequest("recap", "p", ["case"], {"case": "Case"}, set(),
                       lambda: [{"step": "case", "text": "x"}])
    assert mine.draft(req).bullets == [{"step": "case", "text": "x"}]


def test_product_code_holds_no_phrase_of_the_annotated_sessions() -> None:
    """The drafter's rules are generic: no five-word run of the evaluation sessions'
    dialogue (every set: tuning, report and held out, from their modules and their
    transcripts) appears in the product's source."""
    sys.path.insert(0, str(ROOT / "eval" / "script_sessions"))
    sessions: dict[str, Any] = {}
    for path in sorted((ROOT / "eval" / "script_sessions").glob("sessions_*.py")):
        sessions |= importlib.import_module(path.stem).SESSIONS
    assert len(sessions) >= 53

    said = [text for sess in sessions.values() for _sp, _st, text in sess["cues"]]
    # Sets written directly as transcripts (holdout12 on) have no sessions_*.py module.
    vtts = sorted((ROOT / "eval" / "script_sessions").glob("*.vtt"))
    assert any(p.name.startswith("holdout13_") for p in vtts)
    said += [m.group(1) for p in vtts
             for m in re.finditer(r"<v [^>]*>(.*?)</v>", p.read_text(encoding="utf-8"))]
    runs = set()
    for text in said:
        w = re.findall(r"[a-z']+", text.lower())
        runs |= {" ".join(w[i:i + 5]) for i in range(len(w) - 4)}
    # The script's own step headings ("What goes into the playbook") are the product's.
    headings = " | ".join(label.lower() for _s, label in RECAP_STEPS + NEUTRAL_STEPS)
    source = " ".join(" ".join(re.findall(r"[a-z']+", p.read_text().lower()))
                      for p in (ROOT / "assistant").rglob("*.py"))
    # Generic facilitation questions among steps.PROMPTS and the step cues since the first
    # version (e6c35fb, eaedcb9), before any session was written, which a holdout session, a
    # session-10 tuning session and a session-15 blind session happen to ask too.
    earlier = {"what's the general lesson here", "what would you do differently",
               "tell us about the case", "what do we take away",
               # A comment of prose.py (eaedcb9) and two example commitments of steps.py
               # (dc4296d) read across their line ends, before holdout13 was written.
               "in the middle of a", "next week i'll send it",
               # A step phrasing of steps.py (dc4296d) and a comment of actions.py (2c79a10)
               # that the blind holdout15, written after them in session 20, happens to say.
               "and we only found out", "we only found out later", "from the first of may"}
    assert not [r for r in runs if r in source and r not in headings and r not in earlier]


def test_a_sentence_that_would_not_read_clean_is_never_a_bullet_candidate() -> None:
    """Whatever a session holds, a bullet is made only of sentences that pass the clean
    check: a label before a colon reads as a speaker prefix, a quoted question does not end
    the sentence."""
    said = [("Ana Lopes", "Plan B: we swap the whole rota over to the evening crew from "
                          "next week."),
            ("Ana Lopes", "Rule One: never leave the evening crew without a first aider on "
                          "the rota."),
            ("Bo Kim", 'She wrote back to the whole crew: "is that the final list for '
                       'the weekend?"'),
            ("Bo Kim", "The evening crew covered every late shift from the first week of "
                       "the new rota onwards.")]
    for _, text in said[:3]:  # each would fail the check as polished
        assert not prose.is_clean(prose.polish(text, "Ana Lopes"))
    got = candidates(_segs(said))
    assert [c.text for c in got] == ["The evening crew covered every late shift from the "
                                     "first week of the new rota onwards."]
