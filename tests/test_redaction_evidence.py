"""Redaction, session 17's rules: what the whole text says about a word outweighs its place
in one sentence. A word that somewhere in the text stands where a firm stands (the owner of
a depot or an app, "the manager at X", the seller one orders from) is no person anywhere in
it; a place after "in" that the dictionaries also hold as a first name stays, and so do
animals milked or shorn and pets named after their kind ("the corn snake Duncan"); English
words used as people's names are caught where English grammar leaves no other reading (an
adjective heading a subject, a surname capitalised mid-sentence where a person stands, a
surname of words after a first name). Sentences of our own, not the eval's."""

from __future__ import annotations

import pytest

from assistant.summarize.redact import Redactor


def _sent(text: str, known: tuple[str, ...] = ()) -> str:
    r = Redactor(list(known))
    out = r.redact(text)
    assert r.restore(out) == text
    return out


@pytest.mark.parametrize(("text", "kept"), [
    ("Zorvia says the parcel slipped to Friday; Zorvia's app shows it in Leeds.", "Zorvia"),
    ("Velmont rang twice; the manager at Velmont wants the van moved.", "Velmont"),
    ("Tarvik shipped the saw, and we ordered the blades from Tarvik too.", "Tarvik"),
])
def test_a_name_the_text_elsewhere_puts_where_a_firm_stands_arrives_unchanged(
        text: str, kept: str) -> None:
    sent = _sent(text)
    assert sent.count(kept) == text.count(kept), sent


@pytest.mark.parametrize(("text", "gone"), [
    ("We bought the bike from Priya, and Priya wants cash.", "Priya"),  # a first name sells
    ("Kehinde says the joke was a dig at Kehinde.", "Kehinde"),  # a dig at a person
    ("The lamp is at Adaora's desk; Adaora fixed it.", "Adaora"),  # at someone's
])
def test_a_person_in_a_place_a_firm_could_stand_is_still_replaced(text: str,
                                                                  gone: str) -> None:
    assert gone not in _sent(text)


def test_a_first_name_that_is_a_city_after_in_stays_a_place() -> None:
    assert "Lincoln" in _sent("The parcels wait at the depot in Lincoln until Monday.")


def test_a_first_name_the_tagger_calls_an_adjective_is_a_name_as_a_subject() -> None:
    assert "Sunny" not in _sent("Sunny restocked the bar while we were out.")


def test_a_surname_that_is_an_english_word_is_a_name_where_a_person_stands() -> None:
    assert "Moss" not in _sent("Please tell Moss the order is ready.")
    assert "Security" in _sent("Please tell Security the gate is open.")
    assert "Sales" in _sent("Please ask Sales to call the client back.")


def test_a_surname_of_english_words_after_a_first_name_goes_with_it() -> None:
    sent = _sent("Send the form to Leroy Iron Cloud before Friday.")
    assert "Iron" not in sent and "Cloud" not in sent, sent
    assert "Excel" in _sent("Give Ana Excel access today.")


@pytest.mark.parametrize(("text", "kept"), [
    ("Tamsin milked Bluebell and Nanette at six.", ("Bluebell", "Nanette")),
    ("Dot, Fudge and Pickle were shorn on Friday.", ("Dot", "Fudge", "Pickle")),
    ("Ines took in the corn snake Duncan on Tuesday.", ("Duncan",)),
])
def test_animals_milked_shorn_or_named_by_their_kind_arrive_unchanged(
        text: str, kept: tuple[str, ...]) -> None:
    sent = _sent(text)
    assert all(k in sent for k in kept), sent


def test_whoever_milks_the_animals_is_still_a_person() -> None:
    sent = _sent("Tamsin milked Bluebell and Nanette at six.")
    assert "Tamsin" not in sent


@pytest.mark.parametrize(("text", "kept"), [
    ("We launch the kayaks from Porthkerris Cove at noon.", "Porthkerris Cove"),
    ("The survey boat anchored at Mewstone Reef overnight.", "Mewstone Reef"),
])
def test_a_coast_place_named_with_its_feature_arrives_unchanged(text: str, kept: str) -> None:
    assert kept in _sent(text)
