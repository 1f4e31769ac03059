"""English nouns that only a weak list of first names holds are words, not people.

Faker's plain ``en`` list of first names is every name given to a handful of babies in a
year, so it holds nouns nobody reads as a name ("Council", "Hall", "Baby"). Such a word is
a first name only where the model reads a person, or where it is the subject of an action
and a surname too (or no noun at all). Curated lists keep their names: "Yaw" (Twi),
"Grace", "MacArthur"."""

from __future__ import annotations

import pytest

from assistant.summarize.redact import Redactor
from assistant.summarize.redact.lexicon import _known_first_name, _weak_first_name


@pytest.mark.parametrize("word", ["Council", "Hall", "Baby"])
def test_nouns_only_the_weak_list_holds_are_weak_first_names(word):
    assert _weak_first_name(word)
    assert not _known_first_name(word)


@pytest.mark.parametrize("word", ["Yaw", "Grace", "Jack", "MacArthur", "Okonkwo"])
def test_names_other_dictionaries_hold_are_not_weak(word):
    assert not _weak_first_name(word)


@pytest.mark.parametrize("text, word", [
    ("Council approved the grant on Monday, and the bus fares rise in May.", "Council"),
    ("The choir sings at St Luke's Hall on 3 June.", "Hall"),
])
def test_a_weak_first_name_that_stands_as_a_word_arrives_unchanged(text, word):
    sent = Redactor([]).redact(text)
    assert word in sent, sent


@pytest.mark.parametrize("text, name", [
    ("Hall rang to say the parcel is late.", "Hall"),
    ("Sable phoned to say she will bring the keys.", "Sable"),
    ("Yaw booked the van for Friday.", "Yaw"),
])
def test_a_weak_first_name_acting_as_a_person_is_still_masked(text, name):
    sent = Redactor([]).redact(text)
    assert name not in sent, sent
