"""Approving in a real browser while someone saved a newer version: the approval is refused,
naming who saved which version, the comment stays, and *Show the newest version* loads it so
the steward approves what she read (QA17 #1)."""

from __future__ import annotations

import pytest

from tests.test_ui_review import recap  # noqa: F401  (fixture)

pytestmark = pytest.mark.browser


def _open_recap(d) -> None:
    d.tab("Review")
    d.pick("review-draft", "Recap")
    d.expect_text("review-header", "version 1")


def test_approving_a_version_replaced_meanwhile_is_refused_then_the_newest_is_approved(
        recap, serve, open_page):  # noqa: F811
    from assistant.review.workflow import get_draft, submit_for_review

    ws, draft_id = recap
    submit_for_review(ws, draft_id, version=1)
    url = serve(ws, sign_in=False)
    editor, steward = open_page(url), open_page(url)
    _open_recap(steward)
    _open_recap(editor)

    editor.fill("bullet-0", "A shorter first bullet, saved while the steward reads.")
    editor.click("review-save")
    editor.expect_text("review-message", "Saved as version 2")

    steward.fill("review-comment", "Reads well.")
    steward.click("review-approve")
    steward.expect_text("review-message", "changed after you opened version 1")
    steward.expect_text("review-message", "saved version 2 at")
    assert steward.page.locator(".toast-body").count() == 0, "no raw error toast"
    assert get_draft(ws, draft_id).status == "in_review"  # nothing was approved
    steward.shot("review-approve-stale")

    steward.click("review-reload")  # offered with the refusal
    steward.expect_text("review-header", "version 2")
    steward.expect_text("review-message", "Now showing version 2")
    assert steward.page.locator("#review-comment textarea").input_value() == "Reads well."
    assert "A shorter first bullet" in steward.page.locator(
        "#bullet-0 textarea").input_value()

    # the shortened bullet now lacks support: she sees its flag and approves knowingly
    steward.fill("review-override", "Shortened wording checked against the session.")
    steward.click("review-approve")
    steward.expect_text("review-message", "Approved with an override")
    d = get_draft(ws, draft_id)
    assert d.status == "approved" and len(d.versions) == 2
