"""In a real browser: a correction of an action item saved over someone else's newer one is
refused, naming who saved it; the typed text stays in the boxes, and picking the item
again loads the newest values, on which the correction goes through."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.test_ui_review import recap  # noqa: F401  (fixture)

pytestmark = pytest.mark.browser


def test_a_stale_action_correction_is_refused_and_the_typed_text_kept(
        recap, serve, open_page):  # noqa: F811
    from assistant.auth import Actor
    from assistant.summarize import edit_action, recap_actions

    ws, draft_id = recap
    first = recap_actions(ws, draft_id)[0]
    d = open_page(serve(ws, sign_in=False))
    d.tab("Review")
    d.pick("review-draft", "Recap")
    d.expect_text("review-header", "version 1")
    d.page.get_by_text("Correct an action item").click()
    d.pick("review-action-pick", first.action[:20])
    owner = d.page.locator("#review-action-owner textarea, #review-action-owner input").first
    expect(owner).to_have_value(first.owner)
    # Meanwhile, in another tab, Sam corrects who does it.
    edit_action(ws, first.id, owner="Sam Okafor", action=first.action, due=first.due,
                actor=Actor(name="sam", role="facilitator"))
    d.fill("review-action-owner", "Zed Quill")
    d.click("review-action-save")
    d.expect_text("review-message", "changed after you opened it: sam saved")
    expect(owner).to_have_value("Zed Quill")  # what was typed is still there
    assert recap_actions(ws, draft_id)[0].owner == "Sam Okafor"
    d.shot("action-conflict")
    d.pick("review-action-pick", first.action[:20])  # reload the item: Sam's values
    expect(owner).to_have_value("Sam Okafor")
    d.fill("review-action-owner", "Zed Quill")
    d.click("review-action-save")
    d.expect_text("review-message", "Action item saved: Zed Quill")
    assert recap_actions(ws, draft_id)[0].owner == "Zed Quill"
    d.fill("review-action-due", "by Friday")  # a second save on one's own save is no clash
    d.click("review-action-save")
    d.expect_text("review-message", "Action item saved: Zed Quill")
    expect(d.page.locator("#review-message")).to_contain_text("by Friday")
