"""Pattern candidates come from an approved recap (as the README promises), and one named
like a published pattern is flagged as a likely duplicate."""

from __future__ import annotations

import pytest

from assistant.errors import Conflict
from assistant.review import inbox
from assistant.rhythm.adoptions import PatternEntry, import_patterns_and_adoptions
from assistant.summarize import draft_pattern
from assistant.ui.handlers import review
from tests.sample_data import FRAN, STELLA
from tests.test_ui_review import recap  # noqa: F401  (fixture)


def test_a_pattern_is_not_drafted_from_a_recap_nobody_approved(recap):  # noqa: F811
    ws, draft_id = recap
    with pytest.raises(Conflict, match="not approved: a pattern is drafted from an approved"):
        review.draft_pattern(ws, STELLA, draft_id)
    review.submit(ws, FRAN, draft_id)
    with pytest.raises(Conflict, match="in review, not approved"):
        review.draft_pattern(ws, STELLA, draft_id)


def test_the_library_refuses_an_unapproved_recap_unless_the_caller_allows_it(
        recap):  # noqa: F811
    """The default is the product's rule, for every caller (the app, the command line, a
    script): a recap nobody approved gives no pattern, and the refusal names the recap and
    its status. Only an explicit ``allow_unapproved=True`` drafts from it."""
    ws, draft_id = recap
    with pytest.raises(Conflict) as refused:
        draft_pattern(ws, recap_id=draft_id, actor=FRAN)
    assert str(refused.value).startswith(
        "The recap about “Volunteer retention jam” is still a draft, not approved")
    assert not [d for d in inbox(ws) if d.kind == "pattern"]  # nothing half-written
    cand = draft_pattern(ws, recap_id=draft_id, actor=FRAN, allow_unapproved=True)
    assert cand.kind == "pattern" and cand.status == "draft"
    assert cand.content["pattern"]["evidence"]["recaps"] == [draft_id]


def test_a_candidate_named_like_a_published_pattern_is_flagged(recap):  # noqa: F811
    ws, draft_id = recap
    review.submit(ws, FRAN, draft_id)
    review.approve(ws, STELLA, draft_id, "grounded")
    first, message = review.draft_pattern(ws, STELLA, draft_id)
    name = first.bullets[0].text
    assert "already named" not in message and "already named" not in first.header
    import_patterns_and_adoptions(ws, [PatternEntry(name.upper())], [], source="kit.xlsx",
                                  index=False)
    second, message = review.draft_pattern(ws, STELLA, draft_id)
    assert "A published pattern is already named" in message
    assert second.namesakes == (name.upper(),)  # the header and the message share one lookup
    assert "already named" in review.open_draft(ws, STELLA, first.draft_id).header
