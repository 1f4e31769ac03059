"""Sharing a published recap in a real browser: *Share an approved recap* lists approved and
published recaps itself (a published one has left the inbox, so the Draft list no longer
names it), and exports the chosen one as text (session 22 QA)."""

from __future__ import annotations

import pytest

from tests.test_ui_review import recap  # noqa: F401  (fixture)

pytestmark = pytest.mark.browser


def test_a_published_recap_is_chosen_in_the_share_box_and_exported_as_text(
        recap, serve, open_page):  # noqa: F811
    from assistant.ui.handlers import review
    from tests.sample_data import FRAN, STELLA

    ws, draft_id = recap
    review.submit(ws, FRAN, draft_id)
    review.approve(ws, STELLA, draft_id, "")
    review.publish(ws, STELLA, draft_id)
    d = open_page(serve(ws, sign_in=False))
    d.tab("Review")
    d.page.locator("#review-export-box").get_by_text("Share an approved recap").click()
    d.settle()
    d.pick("review-export-recap", "Volunteer retention jam (2025-03-14, published)")
    d.click("review-export")
    d.settle()
    text = d.page.locator("#review-export-text textarea").input_value()
    assert text.startswith("Recap: Volunteer retention jam") and text.count("\n• ") == 5, text
    assert d.page.locator(".toast-body").count() == 0, "no error toast"
    d.shot("review-share-published")
