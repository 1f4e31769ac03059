"""The whole journey in a real browser, one signed-in user per browser context:

a facilitator submits a case, plans a session, opens its pre-read, uploads the transcript,
drafts the recap, edits a bullet and sends it for review; a steward approves it, drafts a
pattern from it, approves and publishes that; the playbook search finds the new pattern; a
viewer who tries to approve a draft (the pre-read still in the inbox) is refused with the
library's message.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sample_data import TRANSCRIPT

pytestmark = pytest.mark.browser


PASSWORD = "correct horse battery"


@pytest.fixture
def users(ws):
    from assistant.review.users import add_user

    for name, role in (("fran", "facilitator"), ("stella", "steward"), ("vic", "viewer")):
        add_user(ws, name, role=role, password=PASSWORD)
    return ws


def test_facilitator_to_steward_to_playbook_journey(users, serve, open_page, tmp_path: Path):
    ws = users
    url = serve(ws)
    vtt = tmp_path / "volunteer-jam.vtt"
    vtt.write_text(TRANSCRIPT, encoding="utf-8")

    # --- facilitator -------------------------------------------------------------------
    fac = open_page(url)
    fac.shot("journey-00-login")
    fac.sign_in("fran", PASSWORD)
    fac.shot("journey-01-today-facilitator")

    fac.tab("Intake")
    fac.fill("case-title", "Volunteers drift away after the first month")
    fac.fill("case-problem", "New volunteers join enthusiastically but most stop showing up "
                             "within four weeks, and nobody notices until the rota is empty.")
    fac.fill("case-tried", "A welcome email and a thank-you card after the first shift.")
    fac.fill("case-team", "Northside food bank")
    fac.click("case-submit")
    fac.expect_text("case-result", "Saved case")
    fac.shot("journey-02-intake")

    fac.tab("Sessions")
    fac.fill("plan-title", "Volunteer retention jam")
    fac.fill("plan-date", "2025-03-14")
    fac.fill("plan-facilitator", "fran")
    fac.pick("plan-cases", "Volunteers drift away")
    fac.click("plan-submit")
    fac.expect_text("plan-result", "Planned")
    fac.click("session-preread")
    fac.expect_text("session-preread-text", "Volunteers drift away")
    fac.shot("journey-03-preread")

    fac.upload("session-transcript", vtt)
    fac.click("session-attach")
    fac.expect_text("session-message", "Attached")
    fac.click("session-recap")
    fac.expect_text("session-message", "Recap drafted")
    fac.expect_text("review-header", "recap")
    fac.shot("journey-04-recap-draft")

    fac.fill("bullet-0", "Case: new food-bank volunteers drift away after about a month "
                         "because nobody checks in after their first shift.")
    fac.click("review-save")
    fac.expect_text("review-message", "Saved as version 2")
    fac.click("review-submit")
    fac.expect_text("review-message", "Sent for review")
    fac.shot("journey-05-sent-for-review")

    # --- steward -------------------------------------------------------------------------
    st = open_page(url)
    st.sign_in("stella", PASSWORD)
    st.tab("Review")
    st.pick("review-draft", "recap")
    st.expect_text("review-header", "in_review")
    st.fill("review-comment", "Clear and grounded; approved.")
    st.click("review-approve")
    st.expect_text("review-message", "Approved")
    st.shot("journey-06-recap-approved")

    st.click("review-draft-pattern")
    st.expect_text("review-message", "Pattern candidate drafted")
    st.expect_text("review-header", "pattern")
    pattern_name = st.page.locator("#bullet-0 textarea").input_value()
    st.click("review-submit")
    st.expect_text("review-message", "Sent for review")
    st.click("review-approve")
    st.expect_text("review-message", "Approved")
    st.click("review-publish")
    st.expect_text("review-message", "Published")
    st.shot("journey-07-pattern-published")

    st.tab("Themes")
    st.expect_text("themes-table", "theme")
    st.shot("journey-08-themes")

    st.tab("Playbook")
    st.fill("search-query", "newcomers need someone to check on them")
    st.page.get_by_label("Patterns").check()
    st.click("search-go")
    st.expect_text("search-results", pattern_name[:30])
    st.shot("journey-09-playbook-search")

    # --- viewer --------------------------------------------------------------------------
    vi = open_page(url)
    vi.sign_in("vic", PASSWORD)
    vi.tab("Review")
    vi.pick("review-draft", "preread")
    vi.click("review-approve")
    message = vi.expect_error("may not approve")
    assert "vic (viewer)" in message
    vi.shot("journey-10-viewer-refused")
