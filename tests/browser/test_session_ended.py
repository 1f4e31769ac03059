"""In a real browser: a user removed while their page is open is told, on their next click,
that their sign-in has ended and to sign in again (not a bare "Error"); so is one removed
while their page is still loading (not sent back to the login form without a word)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

PASSWORD = "correct horse battery"


def test_a_removed_users_open_page_is_told_to_sign_in_again(ws, serve, open_page):
    from assistant.review.users import add_user, remove_user

    add_user(ws, "stella", role="steward", password=PASSWORD)
    add_user(ws, "vic", role="viewer", password=PASSWORD)
    d = open_page(serve(ws))
    d.sign_in("vic", PASSWORD)
    d.tab("Playbook")
    # The tab's own loading calls have finished: the search below is the first call after
    # the removal (removal during loading is the test below).
    d.page.get_by_text("Published patterns").wait_for()
    d.settle()
    remove_user(ws, "vic")
    d.fill("search-query", "people stop turning up")
    d.click("search-go")
    toast = d.expect_error("sign in again")
    assert "Your sign-in has ended" in toast
    d.shot("removed-user-told-to-sign-in")


def test_a_user_removed_while_their_page_is_loading_is_told_to_sign_in_again(
        ws, serve, open_page):
    from playwright.sync_api import expect

    from assistant.review.users import add_user, remove_user

    add_user(ws, "stella", role="steward", password=PASSWORD)
    add_user(ws, "vic", role="viewer", password=PASSWORD)
    d = open_page(serve(ws))
    d.sign_in("vic", PASSWORD)
    d.settle()
    held = d.hold_answers()
    d.tab("Playbook")  # the tab's loading calls reach the server while vic may still use it
    held.wait_asked()
    remove_user(ws, "vic")  # ...and vic is removed before their answers reach the page
    held.release()
    toast = d.expect_error("sign in again")
    assert "Your sign-in has ended" in toast
    # The page stays where it was, so the message can be read (it was once replaced by
    # the login form, with nothing said).
    expect(d.page.get_by_role("tab", name="Playbook")).to_be_visible()
    assert d.page.get_by_role("button", name="Login").count() == 0
    d.shot("removed-while-loading-told-to-sign-in")
