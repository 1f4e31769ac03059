"""In a real browser: a user removed while their page is open is told, on their next click,
that their sign-in has ended and to sign in again (not a bare "Error")."""

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
    # Let the tab's own loading calls finish first, so that the search below is the first
    # call after the removal (removed while the page was still loading, the page was seen
    # to go back to the login form instead, on a quiet machine every time).
    d.page.get_by_text("Published patterns").wait_for()
    d.page.wait_for_timeout(2_000)
    remove_user(ws, "vic")
    d.fill("search-query", "people stop turning up")
    d.click("search-go")
    toast = d.expect_error("sign in again")
    assert "Your sign-in has ended" in toast
    d.shot("removed-user-told-to-sign-in")
