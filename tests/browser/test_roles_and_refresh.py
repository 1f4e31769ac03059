"""In a real browser: a viewer sees no control that would always be refused (Network
forms, Today's action picker, Themes' broad-theme count), with the notice the other tabs
give; Today shows an action item's correction as soon as the user comes back to it, and a
correction without Who or with a deadline that is not one is refused in the page."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.test_ui_review import recap  # noqa: F401  (fixture)

pytestmark = pytest.mark.browser

PASSWORD = "correct horse battery"


def test_a_viewer_sees_no_control_that_would_be_refused(ws, serve, open_page):
    from assistant.review.users import add_user

    add_user(ws, "stella", role="steward", password=PASSWORD)  # the first user is a steward
    add_user(ws, "vic", role="viewer", password=PASSWORD)
    d = open_page(serve(ws))
    d.sign_in("vic", PASSWORD)
    expect(d.page.locator("#today-action")).to_be_hidden()
    d.tab("Network")
    d.expect_text("net-sprint", "")
    for hidden in ("net-decide", "net-set-status", "net-pulse-add", "net-pulse-team",
                   "net-choose", "net-save", "net-start"):
        expect(d.page.locator(f"#{hidden}")).to_be_hidden()
    note = d.page.locator(".role-note", has_text="editing the metrics needs").first
    expect(note).to_be_visible()
    assert "Signed in as a viewer" in note.inner_text()
    d.shot("viewer-network")
    d.tab("Themes")
    expect(d.page.locator("#themes-target")).to_be_hidden()


def test_today_shows_a_correction_when_opened_again_and_refuses_a_bad_one(
        recap, serve, open_page):  # noqa: F811
    from assistant.summarize import recap_actions

    ws, draft_id = recap
    first = recap_actions(ws, draft_id)[0]
    d = open_page(serve(ws, sign_in=False))
    d.expect_text("today-actions", first.action)
    d.tab("Review")
    d.pick("review-draft", "Recap")
    d.expect_text("review-header", "version 1")
    d.page.get_by_text("Correct an action item").click()
    d.pick("review-action-pick", first.action[:20])
    owner = d.page.locator("#review-action-owner textarea, #review-action-owner input").first
    expect(owner).to_have_value(first.owner)  # the picked item's fields have arrived
    d.fill("review-action-owner", "")
    d.click("review-action-save")
    d.expect_text("review-message", "needs who does it")
    d.fill("review-action-owner", "Zed Quill")
    d.fill("review-action-due", "yesterday-ish, maybe")
    d.click("review-action-save")
    d.expect_text("review-message", "does not read as a deadline")
    d.fill("review-action-due", "by Friday")
    d.click("review-action-save")
    d.expect_text("review-message", "Action item saved: Zed Quill")
    d.tab("Today")  # no reload, no Refresh click
    d.expect_text("today-actions", "Zed Quill")
