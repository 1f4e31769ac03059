"""A reviewer sets what a bullet cites by typing its sources in brackets at the end of the
text, in the form the draft shows them: [Speaker m:ss] for a turn, [case id] for a case."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.auth import LOCAL
from assistant.errors import AssistantError
from assistant.review import edit_draft
from assistant.review.citing import split_sources
from assistant.review.textedit import editable_text, read_edited_cited, unchanged
from assistant.review.workflow import get_draft
from assistant.sessions import attach_transcript, plan_session
from assistant.summarize import draft_recap
from assistant.workspace import Workspace
from tests.test_drafts_llm import plan_jam


def _recap(ws: Workspace, tmp_path: Path) -> tuple[str, int, list[str], str]:
    sid = plan_jam(ws, tmp_path)
    d = draft_recap(ws, sid)
    return d.id, d.version, [b["text"] for b in d.content["bullets"]], sid


def test_sources_typed_after_a_bullet_become_its_citations(ws: Workspace,
                                                           tmp_path: Path) -> None:
    did, version, texts, sid = _recap(ws, tmp_path)
    texts[1] = ("Ben Okafor emailed a checklist to the customer but nobody read it. "
                "[Ben Okafor 0:15]")
    v = edit_draft(ws, did, texts, base_version=version, actor=LOCAL)
    b = v.content["bullets"][1]
    assert b["text"] == "Ben Okafor emailed a checklist to the customer but nobody read it."
    assert b["citations"] == [{"session_id": sid, "position": 1, "speaker": "Ben Okafor",
                               "timestamp": "0:15"}]
    assert "[Ben Okafor 0:15]" in v.text and not b["flag"].startswith("Cites nothing")
    # a bullet without typed sources keeps its own
    assert v.content["bullets"][0]["citations"] == \
        get_draft(ws, did).versions[0].content["bullets"][0]["citations"]


def test_an_unknown_typed_source_is_refused_naming_it_and_the_accepted_forms(
        ws: Workspace, tmp_path: Path) -> None:
    did, version, texts, _ = _recap(ws, tmp_path)
    # a typo in one of several sources is not dropped
    texts[0] = "Ana Lima said the calls slip. [Ana Lima 0:05; Jonas Weber 0:41]"
    with pytest.raises(AssistantError) as refused:
        edit_draft(ws, did, texts, base_version=version, actor=LOCAL)
    said = str(refused.value)
    assert "[Jonas Weber 0:41]" in said and "[Speaker m:ss]" in said and "[case id]" in said
    assert "Nothing was saved" in said
    # nor a speaker of the session at a time none of their turns starts, nor a case id
    for typo in ("[Ana Lima 0:41]", "[C0eb7442f]"):
        texts[0] = f"Ana Lima said the calls slip. {typo}"
        with pytest.raises(AssistantError, match=re.escape(typo)):
            edit_draft(ws, did, texts, base_version=version, actor=LOCAL)
    assert get_draft(ws, did).versions[-1].number == version


def test_a_bracket_that_names_no_source_stays_the_bullets_text(ws: Workspace,
                                                                tmp_path: Path) -> None:
    did, version, texts, _ = _recap(ws, tmp_path)
    before = get_draft(ws, did).versions[0].content["bullets"]
    ends = ["Follow-up call booked for [Friday 9:30]", "Agreed, see the notes [see minutes 2:15]",
            "Who chairs next time [?]"]
    texts[:3] = ends
    v = edit_draft(ws, did, texts, base_version=version, actor=LOCAL)
    for b, old, end in zip(v.content["bullets"], before, ends, strict=False):
        assert b["text"] == end and b["citations"] == old["citations"]
    # the same through the editor text, which sends the brackets split off
    d = get_draft(ws, did)
    base, got, typed = read_edited_cited(editable_text(d), d)
    assert typed[0] == ["Friday 9:30"]
    v = edit_draft(ws, did, got, base_version=v.number, actor=LOCAL, sources=typed)
    assert [b["text"] for b in v.content["bullets"][:3]] == ends


def test_turns_without_a_time_or_a_speaker_are_cited_as_the_draft_shows_them(
        ws: Workspace, tmp_path: Path) -> None:
    """A transcript without times shows a turn as "Ana Lima turn 1", a turn nobody is named
    for as "? 0:40"; typed back, both are that turn."""
    sv = plan_session(ws, title="Jam: untimed", format="problem-solving jam",
                      date="2026-03-02", facilitator="Ana Lima", actor=LOCAL)
    p = tmp_path / "jam.txt"
    p.write_text("Ana Lima: Our onboarding calls keep slipping because IT is never invited.\n"
                 "Ben Okafor: We tried sending a checklist by email but nobody read it.\n"
                 "Ana Lima: Customers never answered the checklist mail at all.\n"
                 "[0:00:40] What worked was naming one IT owner at kickoff.\n")
    attach_transcript(ws, sv.id, p, actor=LOCAL)
    d = draft_recap(ws, sv.id)
    texts = [b["text"] for b in d.content["bullets"]]
    texts[0] = "The checklist mail went unread. [Ben Okafor turn 1; ? 0:40]"
    v = edit_draft(ws, d.id, texts, base_version=d.version, actor=LOCAL)
    b = v.content["bullets"][0]
    assert b["text"] == "The checklist mail went unread."
    assert b["citations"] == [
        {"session_id": sv.id, "position": 1, "speaker": "Ben Okafor", "timestamp": "turn 1"},
        {"session_id": sv.id, "position": 3, "speaker": "", "timestamp": "0:40"}]
    assert "[Ben Okafor turn 1; ? 0:40]" in v.text and "unread. [Ben" in v.text


def test_the_editor_text_reads_typed_sources_back_as_a_change(ws: Workspace,
                                                              tmp_path: Path) -> None:
    did, _, _, _ = _recap(ws, tmp_path)
    d = get_draft(ws, did)
    text = editable_text(d)
    assert "[Speaker m:ss]" in text  # the editor text says how
    base, texts, typed = read_edited_cited(text, d)
    assert unchanged(d, texts, typed)
    lines = text.splitlines()
    first = next(i for i, line in enumerate(lines) if line.startswith("## ")) + 1
    lines[first] += " [Ben Okafor 0:15]"
    base, texts, typed = read_edited_cited("\n".join(lines), d)
    assert typed[0] == ["Ben Okafor 0:15"] and not unchanged(d, texts, typed)


def test_brackets_that_are_not_sources_stay_text() -> None:
    assert split_sources("Open it at 10:30 [see page 2]") == \
        ("Open it at 10:30 [see page 2]", None)
    assert split_sources("Keep the log. [C0eb7442f; Bo Chen 1:02:03]") == \
        ("Keep the log.", ["C0eb7442f", "Bo Chen 1:02:03"])
    assert split_sources("Keep the log. [Ana Lima turn 3; ? 0:40]") == \
        ("Keep the log.", ["Ana Lima turn 3", "? 0:40"])
