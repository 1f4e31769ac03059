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


def test_a_grounding_note_is_counted_in_the_review_list_apart_from_the_flags(
        ws: Workspace, tmp_path: Path) -> None:
    """A bullet whose word differs from its source ('rejected' where it says 'invited')
    carries a note, which does not block approval: the Review list counts it apart from the
    blocking flags (library, app table and `review list`), so a reviewer sees it before
    opening the draft."""
    from assistant.review.workflow import inbox
    from assistant.ui.handlers import review
    from tests.test_cli_review import invoke

    d = draft_recap(ws, plan_jam(ws, tmp_path))
    [row] = inbox(ws, actor=LOCAL)
    assert (row.flags, row.notes) == (0, 0)
    texts = [b["text"] for b in d.content["bullets"]]
    assert texts[0].endswith("the customer IT team is never invited.")
    texts[0] = texts[0].replace("invited", "rejected")
    v = edit_draft(ws, d.id, texts, base_version=d.version, actor=LOCAL)
    assert v.flags == () and "says 'rejected' where the cited source says 'invited'" in v.text
    [row] = inbox(ws, actor=LOCAL)
    assert (row.flags, row.notes) == (0, 1)
    table, _ = review.inbox(ws, LOCAL)
    assert "| checks |" in table and "1 note" in table and "flag" not in table.split("\n", 2)[2]
    code, out = invoke(["--data-dir", str(ws.settings.data_dir)], "review", "list")
    assert code == 0 and f"{d.id}" in out and "(1 note)" in out and "flag" not in out, out
