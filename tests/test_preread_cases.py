"""What a pre-read says of each case: more than the problem's first sentence — what was
tried, what came of it, who brought it and their team — and a first question that follows
up on what was tried instead of asking it again (session 22 QA)."""

from __future__ import annotations

from assistant.auth import LOCAL
from assistant.ingest.service import add_case
from assistant.sessions import plan_session
from assistant.summarize import draft_preread
from assistant.summarize.preread import gist
from assistant.workspace import Workspace

TRIED = {
    "title": "Night shuttle leaves before the late shift ends",
    "problem": "The last staff shuttle leaves at 22:00 but the late shift ends at 22:15. "
               "Nurses walk to the tram stop in the dark or pay for a taxi themselves. "
               "Two of them have asked to move to day shifts because of it.",
    "context": "Hospital campus on the edge of town, one tram line.",
    "tried": "Asked the shuttle contractor to wait fifteen minutes. They want a new "
             "contract for any change to the timetable, and procurement takes a quarter.",
    "outcome": "Still open. Staff share taxis and claim them as expenses for now.",
    "submitter": "Ines Moreau", "team": "Ward Operations",
}
UNTRIED = {
    "title": "Visitors cannot find the day clinic entrance",
    "problem": "Signs at the main gate point to the old day clinic entrance, which closed "
               "in spring.",
    "submitter": "Tom Okafor",
}


def _session(ws: Workspace, *cases: dict[str, str]) -> str:
    ids = [add_case(ws, dict(c), actor=LOCAL).case_id for c in cases]
    return plan_session(ws, title="Office hours: getting people in and out",
                        format="office hours", date="2026-11-05", case_ids=ids,
                        actor=LOCAL).id


def test_a_case_bullet_says_what_was_tried_what_came_of_it_and_who_brought_it(
        ws: Workspace) -> None:
    d = draft_preread(ws, _session(ws, TRIED, UNTRIED))
    by_title = {b["label"]: b for b in d.content["bullets"]}
    tried, untried = by_title[TRIED["title"]], by_title[UNTRIED["title"]]
    text = tried["text"]
    # the whole problem fits, in whole sentences; the rest follows, each short
    assert text.startswith(TRIED["problem"]), text
    assert "Context: Hospital campus on the edge of town, one tram line." in text
    assert "Tried: Asked the shuttle contractor to wait fifteen minutes." in text
    assert "Outcome: Still open. Staff share taxis and claim them as expenses for now." in text
    assert text.endswith("Brought by Ines Moreau (Ward Operations).")
    assert untried["text"] == f"{UNTRIED['problem']} Brought by Tom Okafor."
    assert "Tried:" not in untried["text"] and "Outcome:" not in untried["text"]
    assert not tried["flag"] and not untried["flag"], (tried, untried)  # grounded
    # asked only where the case records nothing as tried
    assert d.content["questions"][0] == ("What have you already tried on “Visitors cannot "
                                         "find the day clinic entrance”, and what happened?")


def test_when_every_case_says_what_was_tried_the_first_question_follows_it_up(
        ws: Workspace) -> None:
    d = draft_preread(ws, _session(ws, TRIED))
    first = d.content["questions"][0]
    assert first == ("What was tried on “Night shuttle leaves before the late shift ends” is "
                     "above: what has happened since, and what would you try next?")
    assert "already tried" not in d.text


def test_a_field_is_cut_at_a_sentence_and_a_long_first_sentence_at_a_clause() -> None:
    text = "One two three four. Five six seven eight nine ten. Eleven."
    assert gist(text, 4) == "One two three four."
    assert gist(text, 10) == "One two three four. Five six seven eight nine ten."
    long = "First part of a long sentence, and a second part that runs on and on past it"
    assert gist(long, 8) == "First part of a long sentence."
    assert gist("  no full stop  ", 5) == "no full stop."
    assert gist("", 5) == ""
