"""Two searches that looked at every earlier item for each new one (quadratic in a long
turn or a long text) now look once: the fuller name of "the latch" in a turn's earlier
sentences (actions._TurnNames), and whether a phone reading overlaps one already taken
(contacts._overlaps). Each gives what the plain search gave, on inputs large enough to
hold every case the plain search met (names repeated, named again more fully later, named
in the task's own sentence; phone readings nested, overlapping, inside an email)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from assistant.summarize import actions
from assistant.summarize.actions import _fuller, _TurnNames
from assistant.summarize.redact import contacts, spacy_parser
from assistant.summarize.redact.contacts import Span, contact_spans


@functools.cache
def _parse(text: str) -> Any:
    return spacy_parser()(text)


def _plain_fuller(task: str, before: Sequence[str]) -> str:
    """The search as it was: every earlier sentence, latest first, for each task."""
    m = actions._THE_NOUN.match(task)
    if not m or m.group("noun") in actions._VAGUE_HEADS:
        return task
    for text in reversed([t for t in before if t.strip()]):
        for c in _parse(text).noun_chunks:
            words = [w for w in c if w.pos_ not in ("DET", "PRON") and not w.is_punct]
            if c.root.lower_ == m.group("noun") and len(words) >= 2 and \
                    not actions.DUE.search(c.text):
                return (f"{m.group('verb')} the {' '.join(w.text for w in words)}"
                        f"{m.group('rest')}")
    return task


def test_the_fuller_name_of_a_thing_is_the_one_the_plain_search_finds_in_a_long_turn(
        ) -> None:
    things = ["latch", "hose", "ladder", "kiln", "router", "pump", "valve", "till"]
    sentences = []
    for i in range(48):
        t = things[i % len(things)]
        sentences.append([f"The side gate needs a new spring {t}.",
                          f"We looked at the old {t} on Tuesday.",  # no fuller words
                          f"It was a long day at the yard number {i}.",
                          f"Then the second {t} by next week broke as well.",  # a due date
                          f"A {['brass', 'steel', 'copper'][i % 3]} {t} and a blue {t} "
                          "came in."][i % 5])
    tasks = [f"fit the {t} tomorrow" for t in things] + ["fit the gate", "ring the day"]
    heads = ["", "The red latch is here, so ", "That valve "]
    names = _TurnNames()
    checked = 0
    for k in range(0, len(sentences) + 1, 3):
        named = names.upto(0, sentences[:k])
        for task in tasks:
            for head in heads:
                assert _fuller(task, named, head) == _plain_fuller(task, [*sentences[:k],
                                                                          head]), (k, task)
                checked += 1
    assert checked == 17 * len(tasks) * len(heads)
    # a new turn starts afresh: nothing of the last turn's sentences is used
    assert _fuller("fit the latch", names.upto(1, []), "") == "fit the latch"


def _plain_contacts(text: str) -> list[Span]:
    """contact_spans as it was: each reading checked against every phone taken."""
    spans = [Span(m.start(), m.end(), "EMAIL") for m in contacts._EMAIL.finditer(text)]
    found = [contacts._balanced(text, a, b) for a, b in
             (*contacts._plan_numbers(text),
              *((m.start(), m.end()) for m in contacts._PHONE.finditer(text)))]
    phones: list[Span] = []
    for start, end in sorted(found, key=lambda x: (x[0] - x[1], x[0])):
        if all(end <= p.start or start >= p.end for p in phones) and \
                contacts._phone_here(text, start, end):
            phones.append(Span(start, end, "PHONE"))
    inside = [(e.start, e.end) for e in spans]
    phones = [p for p in phones if all(p.end <= a or p.start >= b for a, b in inside)]
    return spans + sorted(phones, key=lambda p: p.start)


def test_contacts_in_a_long_text_are_the_ones_the_plain_search_finds() -> None:
    forms = ["Call +44 7700 900{i:03d} today.", "Ring (0161) 496 0{i:03d} or 0161 496 0{i:03d}.",
             "Mail a{i}.b@example.org or 0770090{i:04d}@sms.example.com.",
             "Order 2026{i:04d} is late; invoice 88{i:06d} too.", "Fax: 020 7946 0{i:03d}.",
             "Numbers +1 (555) 01{i:02d}-2368 and [+353 1 555 0{i:03d}] work.",
             "Mobile 07700 900 {i:03d}, 07700 900{i:03d}7 both."]
    text = " ".join(forms[i % len(forms)].format(i=i) for i in range(350))
    got = contact_spans(text)
    assert got == _plain_contacts(text)
    assert sum(s.kind == "PHONE" for s in got) > 200 and sum(s.kind == "EMAIL" for s in got) > 80
