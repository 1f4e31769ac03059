"""Archived sources read as archived wherever a draft or pattern cites them (Review, the
Playbook's lineage, the published playbook); the case picker searches the store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.archive import archive_record
from assistant.errors import AssistantError
from assistant.publish import publish
from assistant.review import get_draft
from assistant.ui.handlers import playbook, review, sessions
from assistant.workspace import Workspace
from tests.sample_data import FRAN, STELLA, VIC
from tests.test_publish import approved_pattern


def _cited_case(ws: Workspace, draft_id: str) -> str:
    content = get_draft(ws, draft_id).versions[-1].content
    return next(str(c["case_id"]) for b in content["bullets"] for c in b["citations"]
                if c.get("case_id"))


def test_a_cited_case_that_was_archived_shows_as_archived_on_review_playbook_and_publish(
        ws: Workspace, tmp_path: Path) -> None:
    recap_id, cand_id = approved_pattern(ws, tmp_path, name="Buddy up newcomers")
    case_id = _cited_case(ws, recap_id)
    archive_record(ws, "case", case_id, actor=STELLA, reason="submitted twice")

    # Review: a steward sees the title marked archived and can open it ...
    steward = review.open_draft(ws, STELLA, recap_id)
    assert any("archived case “Volunteers drift away" in b.sources for b in steward.bullets)
    key = f"case:{case_id}"
    assert key in [k for _, k in steward.sources]
    assert "(archived)" in review.source_text(ws, STELLA, key)
    # ... anyone else sees that an archived case was cited, without its title or text.
    for who in (FRAN, VIC):
        view = review.open_draft(ws, who, recap_id)
        assert any("an archived case" in b.sources for b in view.bullets)
        assert not any("Volunteers drift away" in b.sources for b in view.bullets)
        assert key not in [k for _, k in view.sources]
        with pytest.raises(AssistantError, match="archived"):
            review.source_text(ws, who, key)

    # Playbook: the pattern's lineage marks the case archived (title for stewards only).
    (pattern_id,) = [k for _, k in playbook.published_patterns(ws, STELLA)[1]]
    assert f"Case {case_id}: Volunteers drift away" in playbook.pattern_page(ws, STELLA,
                                                                             pattern_id)
    assert "(archived)" in playbook.pattern_page(ws, STELLA, pattern_id)
    page = playbook.pattern_page(ws, VIC, pattern_id)
    assert f"Case {case_id} (archived)" in page and "Volunteers drift away" not in page

    # Published playbook: read by everyone, so "archived" and no title, in every format.
    out = tmp_path / "site"
    publish(ws, to=out, actor=STELLA)
    data = json.loads((out / "playbook.json").read_text(encoding="utf-8"))
    sources = " ".join(b["sources"] for b in data["recaps"][0]["bullets"])
    assert "archived case" in sources and case_id not in sources
    recap_md = (out / "markdown" / "recaps" / f"{recap_id}.md").read_text(encoding="utf-8")
    assert "archived case" in recap_md and case_id not in recap_md
    pattern_html = next((out / "html" / "patterns").glob("*.html")).read_text(
        encoding="utf-8")
    assert f"Case {case_id} (archived)" in pattern_html
    assert "Volunteers drift away" not in pattern_html


def test_the_case_picker_finds_cases_by_words_and_keeps_what_is_already_picked(
        ws: Workspace) -> None:
    from assistant.ui.handlers import intake

    for title, problem in (("Single sign-on fails", "Users cannot log in with SSO."),
                           ("Volunteers drift away", "New volunteers stop showing up."),
                           ("Refund never arrived", "The refund of 50% is late.")):
        intake.submit_case(ws, FRAN, title, problem, "", "", "", "", "", "", "")
    everything = sessions.case_choices(ws, FRAN)
    assert len(everything) == 3
    sso = next(cid for label, cid in everything if label == "Single sign-on fails")
    found = sessions.case_choices(ws, FRAN, "volunteers")
    assert [label for label, _ in found] == ["Volunteers drift away"]
    # words in the problem count; % is matched as itself, not as a wildcard
    assert [label for label, _ in sessions.case_choices(ws, FRAN, "50%")] == \
        ["Refund never arrived"]
    assert sessions.case_choices(ws, FRAN, "5%0") == ()
    # a case already picked stays a choice (first) whatever is searched next
    kept = sessions.case_choices(ws, FRAN, "volunteers", [sso])
    assert [label for label, _ in kept] == ["Single sign-on fails", "Volunteers drift away"]


def test_the_case_picker_lists_at_most_its_limit_newest_first(ws: Workspace,
                                                               monkeypatch) -> None:
    from assistant.ui.handlers import intake

    for day in ("2025-01-01", "2025-03-01", "2025-02-01"):
        intake.submit_case(ws, FRAN, f"Case of {day}", f"Problem raised on {day}.", "", "",
                           "", "", "", day, "")
    monkeypatch.setattr(sessions, "CASE_CHOICES", 2)
    assert [label for label, _ in sessions.case_choices(ws, FRAN)] == \
        ["Case of 2025-03-01", "Case of 2025-02-01"]
