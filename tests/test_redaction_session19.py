"""Redaction, session 19: a surname that is also a place noun ("Hall", "Park", "Hill") after
a first name is a person's where a person stands, while real places named the same way stay;
phone numbers are read once (by ``contact_spans``, not again by Presidio), a bracket the
number does not close is no part of it, a date in brackets or a year range is no phone, and
an eight-digit number written 4-4 is one. Each rule is checked both ways. Sentences of our
own, not the eval's."""

from __future__ import annotations

import re

import pytest

from assistant.summarize.redact import Redactor, contact_spans
from assistant.summarize.redact.lexicon import _analyzer


def _sent(text: str, known: tuple[str, ...] = ()) -> str:
    r = Redactor(list(known))
    out = r.redact(text)
    assert r.restore(out) == text
    return out


def _gone(sent: str, *names: str) -> bool:
    return not any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", sent) for n in names)


@pytest.mark.parametrize(("text", "people"), [
    ("Marisol Hall repaired the kettle and Jun-ho Park rewired the lamp.",
     ("Marisol", "Hall", "Jun-ho", "Park")),
    ("The fire log was signed by Ngozi Hill before the inspection.", ("Ngozi", "Hill")),
    ("Our secretary, Bronwen Lane, posted the agenda on Friday.", ("Bronwen", "Lane")),
    ("Please email Tariq Church about the hall keys.", ("Tariq", "Church")),
    ("Ines Field said the allotment gate is broken.", ("Ines", "Field")),
    ("Dariusz Street beat Kofi Lane in the final.", ("Dariusz", "Street", "Kofi", "Lane")),
])
def test_a_surname_that_is_a_place_noun_goes_with_its_first_name(
        text: str, people: tuple[str, ...]) -> None:
    sent = _sent(text)
    assert _gone(sent, *people), sent


@pytest.mark.parametrize(("text", "kept"), [
    ("We cycled from Baker Street to Victoria Park after the meeting.",
     ("Baker Street", "Victoria Park")),
    ("Hope Street is closed, so the market moves to Church Lane.", ("Hope Street",)),
    ("Tickets for the Symphony Hall concert go on sale on Monday.", ("Symphony Hall",)),
    ("Deliveries go to Unit 9, Canal Street, before noon.", ("Canal Street",)),
])
def test_places_named_like_people_stay(text: str, kept: tuple[str, ...]) -> None:
    sent = _sent(text)
    assert all(k in sent for k in kept), sent


def test_phone_numbers_are_read_once_not_again_by_presidio() -> None:
    names = {type(r).__name__ for r in _analyzer().registry.recognizers}
    assert "PhoneRecognizer" not in names, names
    sent = _sent("Ring Olamide on 07700 900 461 or +44 20 7946 0958 today.")
    assert "07700 900 461" not in sent and "7946 0958" not in sent, sent


@pytest.mark.parametrize(("text", "phone"), [
    ("New member Tomasz Wrona (+48 601 234 567) joins on Monday.", "+48 601 234 567"),
    ("Reach the skipper on [+44 7700 900123] from the quay.", "+44 7700 900123"),
    ("Call Wei Ling on 9123-4567 after six.", "9123-4567"),
])
def test_a_number_in_brackets_is_found_without_its_bracket(text: str, phone: str) -> None:
    found = [text[s.start:s.end] for s in contact_spans(text) if s.kind == "PHONE"]
    assert found == [phone], found
    sent = _sent(text)
    assert phone not in sent, sent
    # the bracket stays in the text, outside the placeholder
    assert ("(" in text) == ("(" in sent), sent


@pytest.mark.parametrize("text", [
    "The treatment ran (2027-02-26 to 2027-04-08) across both apiaries.",
    "Membership for 2026-27 is due; the 2025-2026 accounts are signed.",
    "Serials SN 2241-0877 and SN 2241-0878 were fitted on 12/03/2027.",
    "Dates: (25 11 2026) and (11-25-26) for the two shows.",
])
def test_dates_year_ranges_and_serials_are_no_phone_numbers(text: str) -> None:
    assert not [s for s in contact_spans(text) if s.kind == "PHONE"], text
    assert _sent(text) == text


@pytest.mark.parametrize(("text", "kept", "people"), [
    ("Cuttings of fuchsia 'Tom West' and rose 'Charles Darwin' are £3; Tendai has more.",
     ("Tom West", "Charles Darwin"), ("Tendai",)),
    ("Pear trees 'Beth', 'Louise Bonne' and 'Concorde' arrive Friday, says Olamide.",
     ("Beth", "Louise Bonne", "Concorde"), ("Olamide",)),
    ("Our N gauge layout \"Ashby Junction\" goes to the Wolverhampton show with Ravi.",
     ("Ashby Junction",), ("Ravi",)),
])
def test_a_name_in_quotes_a_noun_for_a_thing_introduces_is_the_things(
        text: str, kept: tuple[str, ...], people: tuple[str, ...]) -> None:
    sent = _sent(text)
    assert all(k in sent for k in kept), sent
    assert _gone(sent, *people), sent


@pytest.mark.parametrize(("text", "people"), [
    ("Volunteers this week: Adwoa on Monday and her nephew 'Kojo' on Tuesday.", ("Kojo",)),
    ("Her nickname 'Sisi' stuck after the trip to Mombasa.", ("Sisi",)),
    ("The plaque reads 'Anwen Pryce' and the card read 'Gethin Rowlands'.",
     ("Anwen", "Pryce", "Gethin", "Rowlands")),
    ("The driver 'Duale' brings the hay; 'Bongi' Dlamini signs for it.", ("Duale", "Bongi")),
])
def test_a_person_in_quotes_stays_a_person(text: str, people: tuple[str, ...]) -> None:
    sent = _sent(text)
    assert _gone(sent, *people), sent


@pytest.mark.parametrize(("text", "kept", "people"), [
    ("We moved 12 Dexter and 4 Angus to the top field; Tendai checked the water.",
     ("Dexter", "Angus"), ("Tendai",)),
    ("The stall sold 30 Florence and 12 Agatha before noon, said Olamide.",
     ("Florence", "Agatha"), ("Olamide",)),
])
def test_a_name_a_number_counts_is_a_kind(
        text: str, kept: tuple[str, ...], people: tuple[str, ...]) -> None:
    sent = _sent(text)
    assert all(k in sent for k in kept), sent
    assert _gone(sent, *people), sent


@pytest.mark.parametrize(("text", "people"), [
    ("At 7 Ade Okafor lit the fire and Ravi fetched water.", ("Ade", "Okafor")),
    ("Table for 4 Mwajuma Said at eight, please.", ("Mwajuma",)),
    ("Shift 2 Tomasz covers the till; shift 3 is Wubet.", ("Tomasz", "Wubet")),
])
def test_a_time_or_a_label_before_a_name_counts_nothing(
        text: str, people: tuple[str, ...]) -> None:
    sent = _sent(text)
    assert _gone(sent, *people), sent


@pytest.mark.parametrize(("text", "people"), [
    ("Our new guy 'Sipho' started on Monday.", ("Sipho",)),
    ("The new boy 'Kwame' said the shed was locked.", ("Kwame",)),
    ("We hired a new bloke 'Dumisani' last week.", ("Dumisani",)),
    ("Ask the lad 'Lwazi' about the van keys.", ("Lwazi",)),
    ("A newbie 'Farida' joined the rota.", ("Farida",)),
    ("Our new starter 'Nomvula' sorted the invoices.", ("Nomvula",)),
    # "hire" is no noun for a person by its form: the sentence's use makes it one
    ("Our new hire 'Zanele' started on Monday.", ("Zanele",)),
    ("Please call the new hire 'Zanele' today.", ("Zanele",)),
])
def test_a_quoted_name_after_a_noun_for_a_person_stays_a_person(
        text: str, people: tuple[str, ...]) -> None:
    """A noun for a person as such (guy, boy, lad, bloke, newbie), or a doer's noun in -er,
    or a sentence that uses the quote as a person (the subject of 'started', 'said', the
    object of 'ask') makes the quoted word a person's name, not a thing's."""
    sent = _sent(text)
    assert _gone(sent, *people), sent


@pytest.mark.parametrize(("text", "people"), [
    ("Around 10 Sipho arrived with the keys.", ("Sipho",)),
    ("Then 3 Kwabena ran off.", ("Kwabena",)),
    ("About 6 Thandiwe called back.", ("Thandiwe",)),
    ("Around 10 Lindiwe and 11 Mandla arrived.", ("Lindiwe", "Mandla")),
])
def test_a_name_after_a_time_that_acts_stays_a_person(
        text: str, people: tuple[str, ...]) -> None:
    """A number before a name that is the subject of a verb is a time of day, not a count:
    only a plural noun or a price after the name, or a listed count that is no subject,
    counts it."""
    sent = _sent(text)
    assert _gone(sent, *people), sent


@pytest.mark.parametrize(("text", "kept"), [
    ("We sold 60 Dorper at £2.10 a head on Saturday.", ("Dorper",)),
    ("Invoice 2291: three Dorper ewes for the farm, paid £300.", ("Dorper",)),
    ("By noon we had 40 Katy and 25 Discovery in the crates.", ("Katy", "Discovery")),
])
def test_a_name_a_price_or_a_listed_count_follows_is_a_kind(
        text: str, kept: tuple[str, ...]) -> None:
    """The positive counts the time-of-day guard must keep."""
    sent = _sent(text)
    assert all(k in sent for k in kept), sent


def test_a_quoted_name_after_a_noun_for_a_thing_the_sentence_uses_as_a_thing_is_kept() -> None:
    sent = _sent("We bought the apple tree 'Bramley' from Ravi.")
    assert "Bramley" in sent and _gone(sent, "Ravi"), sent
