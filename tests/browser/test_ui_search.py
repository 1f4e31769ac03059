"""Playbook search in a real browser, on cases already in the index."""

from __future__ import annotations

import pytest

from assistant.index.service import index_cases
from assistant.store.db import transaction
from assistant.store.models import Case

pytestmark = pytest.mark.browser

CASES = {
    "C-vol": ("Volunteers drift away after the first month",
              "New volunteers stop showing up within four weeks and nobody notices."),
    "C-vat": ("Invoices go out with the wrong VAT rate",
              "Austrian customers were billed 19% instead of 20% for a whole quarter."),
    "C-sso": ("SSO login fails for half the staff",
              "SAML assertions are rejected for users in more than 150 groups."),
}


def test_search_by_meaning_finds_the_case_that_shares_no_words(ws, serve, open_page):
    with transaction(ws.engine) as s:
        for cid, (title, problem) in CASES.items():
            s.add(Case(id=cid, content_hash=cid, title=title, problem=problem))
    with transaction(ws.engine) as s:
        index_cases(ws, list(s.query(Case).order_by(Case.id)))

    d = open_page(serve(ws, sign_in=False))
    d.expect_text("local-mode-note", "Single-user local mode")
    d.tab("Playbook")
    d.fill("search-query", "people stop turning up after they join")
    d.page.get_by_label("Cases").check()
    d.click("search-go")
    d.expect_text("search-results", "Volunteers drift away")
    first = d.page.locator("#search-results li").first.inner_text()
    assert "Volunteers drift away" in first
    d.shot("search-01-playbook")


def test_links_in_case_text_are_shown_as_text_not_clickable(ws, serve, open_page):
    title = "SSO [click](http://evil.example) <b>bold</b> www.evil.example"
    problem = ("Okta login fails; write to ann.lee@example.com or see "
               "https://evil.example/?x=1 and <script>alert(1)</script>.")
    with transaction(ws.engine) as s:
        s.add(Case(id="C-x", content_hash="C-x", title=title, problem=problem))
    with transaction(ws.engine) as s:
        index_cases(ws, list(s.query(Case).order_by(Case.id)))

    d = open_page(serve(ws, sign_in=False))
    d.tab("Playbook")
    d.fill("search-query", "Okta login fails")
    d.page.get_by_label("Cases").check()
    d.click("search-go")
    d.expect_text("search-results", "SSO [click](http://evil.example)")
    results = d.page.locator("#search-results")
    assert results.locator("a").count() == 0  # no link, no mailto, no autolinked URL
    assert results.locator("b, script").count() == 0
    shown = results.inner_text()
    assert "ann.lee@example.com" in shown and "www.evil.example" in shown
    assert "<b>bold</b>" in shown
