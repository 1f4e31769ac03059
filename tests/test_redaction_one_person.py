"""Redaction, one person one placeholder: every form of a person's name in a draft's texts
(full name, first name alone, surname alone, "Last, First", possessive, lower case in chat)
reaches the endpoint as the same placeholder, so it reads one person, not two; two people
who share a first name stay two. The endpoint's answer comes back with the person's full
name the first time and the name the source called them by after that. Sentences of our
own, not the eval's."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from assistant.summarize.redact import Redactor
from eval.redact import _restored
from tests.test_drafts_llm import Script, good, remote_jam, server  # noqa: F401

_PH = re.compile(r"\[PERSON\d+\]")


def _people(sent: str) -> set[str]:
    return set(_PH.findall(sent))


@pytest.mark.parametrize("text", [
    "Marco Rossi opened the review. Marco said the rollout slipped.",  # first name alone
    "Marco Rossi opened the review; Rossi wants a retest by Friday.",  # surname alone
    "Marco Rossi opened the review and Marco's notes are in the folder.",  # possessive
    "Attendees: Rossi, Marco. Marco Rossi chaired the review.",  # "Last, First"
    "Marco Rossi opened the review. later in chat: thanks marco, can you send it?",  # chat
])
def test_every_form_of_one_named_person_shares_one_placeholder(text: str) -> None:
    r = Redactor([])
    sent = r.redact(text)
    assert "Marco" not in sent and "Rossi" not in sent and "marco" not in sent, sent
    assert len(_people(sent)) == 1, sent


def test_a_speakers_first_name_in_the_talk_is_the_speaker_not_a_second_person() -> None:
    r = Redactor(["Marco Rossi", "Ana Lima"])  # speakers, as a transcript names them
    sent = r.redact("Marco said the rollout slipped, and Ana asked Rossi for a retest.")
    assert sent == "[PERSON1] said the rollout slipped, and [PERSON2] asked [PERSON1] for " \
        "a retest."


def test_a_person_keeps_their_placeholder_from_one_text_to_the_next() -> None:
    r = Redactor([])
    first = r.redact("Marco said the rollout slipped.")
    second = r.redact("Attendees: Rossi, Marco; Priya Nair. Marco Rossi chaired.")
    assert _people(first) == {"[PERSON1]"}
    assert second.startswith("Attendees: [PERSON1]; [PERSON2].") and \
        second.endswith("[PERSON1] chaired."), second


def test_two_people_who_share_a_first_name_stay_two() -> None:
    r = Redactor(["Marco Rossi", "Marco Bianchi"])
    sent = r.redact("Marco Rossi and Marco Bianchi met; Marco will send the notes and "
                    "Bianchi checks them.")
    rossi, bianchi, marco = (r.mapping[f] for f in ("Marco Rossi", "Marco Bianchi", "Marco"))
    assert len({rossi, bianchi, marco}) == 3  # "Marco" alone could be either
    assert r.mapping["Bianchi"] == bianchi and sent.endswith(f"{bianchi} checks them.")
    assert r.restore(f"{rossi} thanked {bianchi}.") == "Marco Rossi thanked Marco Bianchi."


def test_the_answer_names_a_person_in_full_first_then_as_the_source_called_them() -> None:
    r = Redactor([])
    sent = r.redact("Marco Rossi opened the review. Marco said the rollout slipped, and "
                    "Marco will book the retest.")
    ph = sent.split()[0]
    assert r.restore(f"{ph} will book the retest; {ph} owns it.") == \
        "Marco Rossi will book the retest; Marco owns it."
    # each text of an answer opens with the full name
    assert r.restore([f"{ph} books it.", f"Ask {ph}."]) == ["Marco Rossi books it.",
                                                          "Ask Marco Rossi."]


def test_after_a_title_the_answer_gives_the_surname() -> None:
    r = Redactor([])
    sent = r.redact("Chidi Okafor runs the clinic; Dr Okafor signs the forms.")
    ph = sent.split()[0]
    assert r.restore(f"Dr {ph} will sign them.") == "Dr Okafor will sign them."
    assert r.restore(f"{ph} will sign them.") == "Chidi Okafor will sign them."


def test_a_surname_written_first_comes_back_in_reading_order() -> None:
    r = Redactor([])
    sent = r.redact("Signed: van der Merwe, Anneke. Anneke van der Merwe paid the deposit.")
    assert "Merwe" not in sent and len(_people(sent)) == 1, sent
    ph = _PH.search(sent).group(0)  # type: ignore[union-attr]
    assert r.restore(f"{ph} paid.") == "Anneke van der Merwe paid."


def test_a_name_typed_only_in_lower_case_comes_back_capitalised() -> None:
    r = Redactor([])
    sent = r.redact("thanks yewande, can you send the deck?")
    assert "yewande" not in sent
    ph = _PH.search(sent).group(0)  # type: ignore[union-attr]
    assert r.restore(f"{ph} will send the deck.") == "Yewande will send the deck."


def test_the_eval_reads_a_person_restored_in_another_form_as_restored() -> None:
    r = Redactor([])
    text = "Marco said the rollout slipped; Marco Rossi booked the retest."
    back = r.restore(r.redact(text))
    assert back == "Marco Rossi said the rollout slipped; Marco booked the retest."
    assert _restored(r, text, back)
    assert not _restored(r, text, back.replace("booked", "cancelled"))


PEOPLE_VTT = """WEBVTT

00:00:05.000 --> 00:00:12.000
<v Marco Rossi>The customer's IT team was never invited to our onboarding calls.

00:00:15.000 --> 00:00:25.000
<v Ana Lima>Thanks Marco. Rossi's team will book the change window from now on.

00:00:30.000 --> 00:00:40.000
<v Marco Rossi>What worked was naming one IT owner at kickoff.

00:00:45.000 --> 00:00:55.000
<v Ana Lima>Next we use the same kickoff step for the Verdant rollout in March.

00:01:00.000 --> 00:01:10.000
<v Marco Rossi>Where else would this apply? Every go-live with customer-owned sign-in.

00:01:15.000 --> 00:01:25.000
<v Ana Lima>Playbook entry: name the customer's IT owner at kickoff.
"""


def test_a_remote_endpoint_reads_each_speaker_as_one_person_and_the_draft_names_them(
        tmp_path: Path, server: tuple[Script, int], embedder: Any) -> None:  # noqa: F811
    import openai

    from assistant.summarize import draft_recap

    script, port = server
    with remote_jam(tmp_path, port, embedder, PEOPLE_VTT, timeout=5.0) as (ws, sid):
        script.items = [("json", {"bullets": []})]  # unusable: only to see the request
        draft_recap(ws, sid)
        user = script.requests[0]["messages"][1]["content"]
        assert "Marco" not in user and "Rossi" not in user and "Ana" not in user
        marco = re.search(r"Thanks (\[PERSON\d+\])\.", user).group(1)  # type: ignore[union-attr]
        assert f"{marco}'s team will book" in user  # the surname: the same person
        assert len(_people(user)) == 2, sorted(_people(user))  # Marco Rossi, Ana Lima
        reply = good(sid)
        reply["bullets"][0]["text"] = f"{marco} found IT was never invited; {marco} fixed it."
        script.items = [("json", reply)]
        ws.extras["llm_client"] = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1",
                                                api_key="k2", max_retries=0)
        d = draft_recap(ws, sid)
        assert d.backend == "openai", d.fallback_reason
        assert d.content["bullets"][0]["text"] == \
            "Marco Rossi found IT was never invited; Marco fixed it."
