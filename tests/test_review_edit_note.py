"""The header of a built-in draft ("Extractive draft: ..., not written by a language
model") describes the machine's text: a person's edit of it drops the header."""

from __future__ import annotations

from pathlib import Path

from assistant.auth import LOCAL
from assistant.review import edit_draft
from assistant.summarize import draft_recap
from assistant.summarize.drafts import EXTRACTIVE_NOTE
from assistant.workspace import Workspace
from tests.test_drafts_llm import plan_jam


def test_a_person_s_edit_drops_the_extractive_draft_header(ws: Workspace,
                                                           tmp_path: Path) -> None:
    d = draft_recap(ws, plan_jam(ws, tmp_path))
    assert EXTRACTIVE_NOTE in d.text and d.content["note"]
    texts = [b["text"] for b in d.content["bullets"]]
    texts[0] = "Ana Lima presented onboarding calls that slip without an IT owner."
    v = edit_draft(ws, d.id, texts, base_version=d.version, actor=LOCAL)
    assert v.number == 2
    assert EXTRACTIVE_NOTE not in v.text and "language model" not in v.text
    assert "Ana Lima presented onboarding calls" in v.text
