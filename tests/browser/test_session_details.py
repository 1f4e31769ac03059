"""The session-details editor on the Sessions screen, in a real browser: details typed and
not saved are guarded when the page is left and offered back, and saving changes the
session (title, cleared date, a case linked and one unlinked) and says what changed."""

from __future__ import annotations

import pytest

from assistant.ingest.service import add_case
from assistant.sessions import get_session, plan_session
from tests.sample_data import FRAN

pytestmark = pytest.mark.browser


def _open_editor(d) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    d.tab("Sessions")
    d.pick("session-pick", "Volunteer jam")
    d.page.locator("#details-box").get_by_text("Edit this session's details").click()
    expect(d.page.locator("#details-title textarea, #details-title input").first) \
        .to_have_value("Volunteer jam")  # loaded before anyone types


def test_a_facilitator_edits_reloads_puts_the_details_back_and_saves(
        ws, serve, open_page) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    a = add_case(ws, {"title": "Volunteers drift away", "problem": "New volunteers stop "
                      "coming within a month.", "team": "Northside"}, actor=FRAN).case_id
    b = add_case(ws, {"title": "Drivers quit early", "problem": "New van drivers leave "
                      "after two weeks.", "team": "Northside"}, actor=FRAN).case_id
    sid = plan_session(ws, title="Volunteer jam", format="problem-solving jam",
                       date="2025-03-14", start_time="15:00", facilitator="Fran",
                       case_ids=[a], actor=FRAN).id
    d = open_page(serve(ws, sign_in=False))
    page = d.page
    asked: list[str] = []

    def on_dialog(dialog) -> None:  # type: ignore[no-untyped-def]
        asked.append(dialog.type)
        dialog.accept()  # leave anyway: the details must survive that too

    page.on("dialog", on_dialog)
    _open_editor(d)
    page.reload()  # nothing typed: leaving asks nothing
    assert asked == []

    _open_editor(d)
    d.fill("details-title", "Volunteer retention jam")
    d.fill("details-date", "")
    d.pick("details-cases", "Drivers quit early")
    page.locator("#details-cases").get_by_role("button", name="Remove", exact=False) \
        .first.click()  # the first chip is the case linked before: unlink it
    page.wait_for_function(  # this browser kept all three changes (no fixed wait: CI is loaded)
        """() => Object.keys(localStorage)
                 .filter(k => k.startsWith('assistant-unsaved-session:'))
                 .map(k => JSON.parse(localStorage.getItem(k)).fields)
                 .some(f => f.title === 'Volunteer retention jam' && f.date === ''
                            && f.cases.length === 1)""", timeout=30_000)
    page.reload()
    assert asked == ["beforeunload"]
    assert get_session(ws, sid).title == "Volunteer jam"  # nothing saved by leaving

    _open_editor(d)
    d.expect_text("details-unsaved-note", "Unsaved details")
    assert "title, date, cases" in d.text("details-unsaved-note")
    d.shot("session-details-unsaved-offer")
    d.click("details-unsaved-restore")
    expect(page.locator("#details-title textarea, #details-title input").first) \
        .to_have_value("Volunteer retention jam")
    d.expect_text("details-result", "back in the editor")
    d.click("details-save")
    d.expect_text("details-result", "Saved the details of Volunteer retention jam")
    result = d.text("details-result")
    assert "date: 2025-03-14 → none" in result
    assert "cases: “Volunteers drift away” → “Drivers quit early”" in result
    d.shot("session-details-saved")
    s = get_session(ws, sid)
    assert (s.title, s.date, s.start_time, s.case_ids) == (
        "Volunteer retention jam", None, "15:00", (b,))
    d.expect_text("sessions-table", "Volunteer retention jam")
    # Saved: nothing is kept, and leaving asks nothing.
    kept = page.evaluate("() => Object.keys(localStorage).filter("
                         "k => k.startsWith('assistant-unsaved-session:'))")
    assert kept == []
    page.reload()
    assert asked == ["beforeunload"]


def test_details_typed_the_moment_the_editor_opens_survive_a_late_load(
        ws, serve, open_page) -> None:  # type: ignore[no-untyped-def]
    """The person picks a session, opens the editor and types at once, while the session's
    details are still on their way: what they typed must not be replaced by the load."""
    from playwright.sync_api import expect

    sid = plan_session(ws, title="Volunteer jam", format="problem-solving jam",
                       date="2025-03-14", start_time="15:00", facilitator="Fran",
                       actor=FRAN).id
    d = open_page(serve(ws, sign_in=False))
    page = d.page
    d.tab("Sessions")
    d.expect_text("sessions-table", "Volunteer jam")
    d.settle()
    held = d.hold_answers()  # the details load (the answer to the pick) arrives late
    # When the typing has to wait for the load, the load comes a moment later; typing
    # that does not wait must have happened before that (the release below, after it).
    page.on("console", lambda m: held.release() if m.text == "release-held" else None)
    d.pick("session-pick", "Volunteer jam")
    page.locator("#details-box").get_by_text("Edit this session's details").click()
    held.wait_asked()
    page.evaluate("() => setTimeout(() => console.log('release-held'), 1500)")
    d.fill("details-title", "Volunteer retention jam")  # at once, as a person would
    held.release()
    title = page.locator("#details-title textarea, #details-title input").first
    date = page.locator("#details-date textarea, #details-date input").first
    expect(date).to_have_value("2025-03-14")  # the load has arrived...
    page.wait_for_function(  # ...and set what the form was loaded with
        "() => (document.querySelector('#details-baseline textarea') || {}).value")
    expect(title).to_have_value("Volunteer retention jam")  # ...and kept what was typed
    d.click("details-save")
    d.expect_text("details-result", "Saved the details of Volunteer retention jam")
    s = get_session(ws, sid)
    assert (s.title, s.facilitator, s.start_time) == ("Volunteer retention jam", "Fran",
                                                      "15:00")
