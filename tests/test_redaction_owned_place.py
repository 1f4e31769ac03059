"""A place noun straight after a capitalised possessive is the end of a place's name.

"Hall", "Park" or "Hill" are surnames too, but no one's surname follows another name's "'s"
with nothing between: "the session is at St Luke's Hall" names a hall, while "Ana's brother
Hall rang" still names a person."""

from __future__ import annotations

import pytest

from assistant.summarize.redact import Redactor


@pytest.mark.parametrize("text, kept", [
    ("The choir meets at St Luke's Hall on 3 June.", "St Luke's Hall"),
    ("Lunch is in Queen's Park after the quiz.", "Queen's Park"),
])
def test_a_place_noun_after_a_possessive_arrives_unchanged(text, kept):
    sent = Redactor([]).redact(text)
    assert kept in sent, sent


@pytest.mark.parametrize("text, name", [
    ("Ana's brother Hall rang to say the parcel is late.", "Hall"),
    ("Sara Hall booked St Luke's Hall for the choir.", "Sara Hall"),
])
def test_a_person_with_a_place_noun_surname_is_still_masked(text, name):
    sent = Redactor([]).redact(text)
    assert name not in sent, sent
