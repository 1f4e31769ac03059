"""Saving a draft in a real browser when someone else saved first: the page says so in one
line, keeps the user's text, and the next save puts that text on top."""

from __future__ import annotations

import pytest

from tests.test_ui_review import recap  # noqa: F401  (fixture)

pytestmark = pytest.mark.browser


def _open_recap(d) -> None:
    d.tab("Review")
    d.pick("review-draft", "Recap")
    d.expect_text("review-header", "version 1")


def test_a_save_refused_by_a_newer_version_keeps_the_text_and_saves_next_time(
        recap, serve, open_page):  # noqa: F811
    ws, draft_id = recap
    url = serve(ws, sign_in=False)
    a, b = open_page(url), open_page(url)
    _open_recap(a)
    _open_recap(b)

    a.fill("bullet-0", "Tab A wrote this first.")
    a.click("review-save")
    a.expect_text("review-message", "Saved as version 2")

    b.fill("bullet-0", "Tab B wrote this meanwhile.")
    b.click("review-save")
    b.expect_text("review-message", "changed while you were editing")
    assert b.page.locator(".toast-body").count() == 0, "no raw error toast"
    assert b.page.locator("#bullet-0 textarea").input_value() == "Tab B wrote this meanwhile."
    b.shot("review-save-conflict")

    b.click("review-save")  # the base moved to version 2: this save goes on top
    b.expect_text("review-message", "Saved as version 3")
    from assistant.review.workflow import get_draft

    newest = get_draft(ws, draft_id).versions[-1]
    assert newest.number == 3 and "Tab B wrote this meanwhile." in newest.text
