"""Unsaved bullet text in a real browser: leaving the page with it asks first, the text
outlives a reload, the draft offers it back when opened again, and saving forgets it."""

from __future__ import annotations

import pytest

from tests.test_ui_review import recap  # noqa: F401  (fixture)

pytestmark = pytest.mark.browser

TYPED = "Half the volunteers never got the onboarding email, so they stopped coming."


def _open_recap(d) -> None:  # type: ignore[no-untyped-def]
    d.tab("Review")
    d.pick("review-draft", "Recap")
    d.expect_text("review-header", "version 1")


def test_a_reload_mid_edit_warns_keeps_the_text_and_offers_it_back(
        recap, serve, open_page):  # type: ignore[no-untyped-def]  # noqa: F811
    from playwright.sync_api import expect

    from assistant.review.workflow import get_draft

    ws, draft_id = recap
    d = open_page(serve(ws, sign_in=False))
    page = d.page
    asked: list[str] = []

    def on_dialog(dialog) -> None:  # type: ignore[no-untyped-def]
        asked.append(dialog.type)
        dialog.accept()  # leave anyway: the text must survive that too

    page.on("dialog", on_dialog)
    _open_recap(d)
    # Nothing typed yet: reloading asks nothing.
    page.reload()
    assert asked == []
    _open_recap(d)
    box = page.locator("#bullet-1 textarea")
    box.click()
    box.press("End")
    page.keyboard.type(" " + TYPED)  # real key presses, as a person types
    typed = box.input_value()
    assert typed.endswith(TYPED)
    page.reload()
    assert asked == ["beforeunload"]
    # The reload opened Today, which says what was kept and opens it in Review, where the
    # draft offers the text back.
    d.expect_text("unsaved-banner-note", "Recap about Volunteer retention jam")
    d.shot("review-unsaved-banner")
    d.click("unsaved-banner-open")
    d.expect_text("review-header", "version 1")
    d.expect_text("review-unsaved-note", "Unsaved edits")
    expect(page.locator("#unsaved-banner")).to_be_hidden()
    assert "(bullet 2 changed)" in d.text("review-unsaved-note")
    assert page.locator("#bullet-1 textarea").input_value() != typed
    d.shot("review-unsaved-offer")
    d.click("review-unsaved-restore")
    expect(page.locator("#bullet-1 textarea")).to_have_value(typed)
    d.expect_text("review-message", "back in the editor")
    d.click("review-save")
    d.expect_text("review-message", "Saved as version 2")
    assert TYPED in get_draft(ws, draft_id).versions[-1].text
    # Saved: nothing is kept, and leaving asks nothing.
    kept = page.evaluate("() => Object.keys(localStorage).filter("
                         "k => k.startsWith('assistant-unsaved:'))")
    assert kept == []
    page.reload()
    assert asked == ["beforeunload"]
    expect(page.locator("#unsaved-banner")).to_be_hidden()
    _open_recap_at(d, 2)
    expect(page.locator("#review-unsaved-box")).to_be_hidden()


def _open_recap_at(d, version: int) -> None:  # type: ignore[no-untyped-def]
    d.tab("Review")
    d.pick("review-draft", "Recap")
    d.expect_text("review-header", f"version {version}")
