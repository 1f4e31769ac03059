"""Redaction, session 22's rules: a phrase in brackets after names says what they are (a
relative or a role: people; any other common noun: things, for a pair too when it is
plural); a known name typed in capitals, as on forms, is the person; a name before an
honorific of another language that follows names ("dai", "apay", "ji") is a person's; a
date written "12. 9. 2028." and a time range written with dots are no phone, and a number
announced as an air waybill or a tag is an identifier. Sentences of our own, not the
eval's."""

from __future__ import annotations

import pytest

from tests.test_redaction_evidence import _sent


@pytest.mark.parametrize(("text", "kept"), [
    ("Gertie (the blue forklift) needs a new battery by Monday.", "Gertie"),
    ("Dottie and Rufus (the two ferrets) escaped again on Sunday.", "Dottie"),
    ("Dottie and Rufus (the two ferrets) escaped again on Sunday.", "Rufus"),
    ("Bramble and Pickle (both tortoises) wake up in April.", "Pickle"),
    ("Clementine (the cafe's 1960 jukebox) jammed at lunchtime.", "Clementine"),
])
def test_names_a_bracket_says_are_things_arrive_unchanged(text: str, kept: str) -> None:
    assert kept in _sent(text), text


@pytest.mark.parametrize(("text", "gone"), [
    ("Wambui (Auntie Njeri's granddaughter) is off sick on Friday.", "Wambui"),
    ("Tevita (our treasurer) signs the cheques on Friday.", "Tevita"),
    # a noun that may name a person by what they do says nothing: the grammar decides
    ("Okonkwo (the new keeper) opens the gate at six.", "Okonkwo"),
])
def test_names_a_bracket_says_are_people_are_replaced(text: str, gone: str) -> None:
    assert gone not in _sent(text), text


def test_a_bracket_after_a_contact_says_nothing_of_the_words_after_it() -> None:
    sent = _sent("Message from Dainis Ozoliņš (+371 2611 4420): 40 Jacob ewes near "
                 "Tregaron, wants a slot in June.")
    assert "Dainis" not in sent and "Ozoliņš" not in sent, sent


def test_a_known_name_typed_in_capitals_is_the_person() -> None:
    sent = _sent("TSIKLAURI Nodar +995 577 20 14 09 wants the clock set back.",
                 ("Nodar Tsiklauri",))
    assert "TSIKLAURI" not in sent and "Nodar" not in sent, sent
    sent = _sent("SALTIEL Ruth consigned 6 lamps from her aunt's house.", ("Ruth Saltiel",))
    assert "SALTIEL" not in sent, sent
    # an English word in capitals stays, even where it is part of a known name
    assert "WELL" in _sent("ALL WELL, the delivery came.", ("Ana Well",))


@pytest.mark.parametrize(("text", "gone"), [
    ("Bishnu dai patched the roof on Tuesday.", "Bishnu"),
    ("Gulnara apay sends the felt boots next week.", "Gulnara"),
    ("Please ask Tripathi ji about the marquee.", "Tripathi"),
])
def test_a_name_before_an_honorific_of_another_language_is_replaced(
        text: str, gone: str) -> None:
    assert gone not in _sent(text), text


def test_an_honorific_after_an_english_word_names_no_one() -> None:
    assert _sent("Ready ji? The bus leaves at nine.") == "Ready ji? The bus leaves at nine."


@pytest.mark.parametrize("kept", ["14. 3. 2027.", "06.45–10.15", "4412 9087 33",
                                  "55-310442"])
def test_dates_time_ranges_and_announced_identifiers_are_no_phones(kept: str) -> None:
    text = {"14. 3. 2027.": "The rugs left Sarajevo on 14. 3. 2027. by road.",
            "06.45–10.15": "The river boat runs 06.45–10.15; bring a coat.",
            "4412 9087 33": "Spare strings went by air, AWB 4412 9087 33.",
            "55-310442": "Inflatable tag 55-310442 expires in March."}[kept]
    sent = _sent(text)
    assert kept in sent and "[PHONE" not in sent, sent


def test_a_phone_after_a_time_range_is_still_a_phone() -> None:
    sent = _sent("The boat runs 06.45–10.15; call 0161 496 0321 to book.")
    assert "06.45–10.15" in sent and "0161 496 0321" not in sent, sent


def test_the_subject_of_a_speech_verb_joined_to_its_first_verb_is_a_person() -> None:
    sent = _sent("Sterling fixed the pump and told us it would hold.")
    assert "Sterling" not in sent, sent
    # a speech verb with a subject of its own speaks for no one before it
    assert "Sterling" in _sent("Sterling dropped and the importers told us to wait.")


@pytest.mark.parametrize("text", ["The clay comes from Georgia in sacks.",
                                  "Our oak planks come from Essex in May."])
def test_a_place_after_from_that_is_also_a_first_name_arrives_unchanged(text: str) -> None:
    assert _sent(text) == text


def test_a_person_after_from_is_still_replaced() -> None:
    sent = _sent("We had a long email from Devon about the roof, and Devon said it leaks.")
    assert "Devon" not in sent, sent
