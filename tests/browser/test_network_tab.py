"""The Network tab in a real browser: the sprint checklist, a sponsor's decision, the
charter's red flag on Today."""

from __future__ import annotations

import datetime as dt

from assistant.rhythm.sprints import get_sprint, start_sprint
from tests.sample_data import STELLA
from tests.test_rhythm import small_network


def test_network_tab_shows_the_checklist_and_records_a_decision(browser, serve, shot, ws,
                                                                tmp_path) -> None:
    small_network(ws, tmp_path)
    start_sprint(ws, dt.date.today() - dt.timedelta(days=70), goals="Baseline", actor=STELLA)
    page = browser.new_page(viewport={"width": 1400, "height": 1800})  # type: ignore[attr-defined]
    page.goto(serve(ws))
    page.locator("#today-sprint").get_by_text("Charter red flag").wait_for(timeout=60_000)
    page.locator("#tab-network-button, button[role=tab]:has-text('Network')").first.click()
    page.locator("#net-sprint").get_by_text("Gather cases").wait_for(timeout=60_000)
    assert "Sprint 1" in page.locator("#net-sprint").inner_text()
    page.locator("#net-decision").get_by_text("pause").click()
    page.locator("#net-reasons textarea").fill("Waiting for the new sponsor")
    page.locator("#net-decide").click()
    page.locator("#net-sprint-msg").get_by_text("pause recorded").wait_for(timeout=60_000)
    assert "Waiting for the new sponsor" in page.locator("#net-sprint").inner_text()
    shot(page, "network-tab")
    assert get_sprint(ws, 1).decision == "pause"
    page.close()
