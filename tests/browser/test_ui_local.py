"""The app in single-user local mode, in a real browser: it says it is in local mode and
finds a submitted case by meaning."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser



def test_local_mode_says_so_and_finds_a_submitted_case_by_meaning(ws, serve, open_page):
    d = open_page(serve(ws))
    d.expect_text("local-mode-note", "Single-user local mode")
    d.expect_text("who", "local")
    d.shot("local-01-today")

    d.tab("Intake")
    d.fill("case-title", "Volunteers drift away after the first month")
    d.fill("case-problem", "New volunteers join enthusiastically but most stop showing up "
                           "within four weeks, and nobody notices until the rota is empty.")
    d.fill("case-team", "Northside food bank")
    d.click("case-submit")
    d.expect_text("case-result", "Saved case")
    d.shot("local-02-intake")

    d.tab("Playbook")
    d.fill("search-query", "people stop turning up after joining")
    d.click("search-go")
    d.expect_text("search-results", "Volunteers drift away")
    d.shot("local-03-playbook-search")
