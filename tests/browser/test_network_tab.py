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


def test_a_steward_saves_the_redaction_vocabulary_on_the_network_tab(browser, serve, ws) -> None:
    from playwright.sync_api import expect

    from assistant.summarize.vocabulary import get_vocabulary, save_vocabulary

    save_vocabulary(ws, keep=["Xero"], people=[])
    page = browser.new_page(viewport={"width": 1400, "height": 1800})  # type: ignore[attr-defined]
    page.goto(serve(ws))
    page.locator("#tab-network-button, button[role=tab]:has-text('Network')").first.click()
    page.locator("#net-redaction").get_by_text("No LLM endpoint is configured").wait_for(
        timeout=60_000)
    # the stored list is shown: the screen has loaded, so typing is not overwritten by it
    expect(page.locator("#net-redact-keep textarea")).to_have_value("Xero", timeout=60_000)
    page.locator("#net-redact-keep textarea").fill("Nova\nPower BI")
    page.locator("#net-redact-people textarea").fill("Wiremu Kereama")
    page.locator("#net-redact-save").click()
    page.locator("#net-redact-msg").get_by_text("Saved: 2 terms kept, 1 person replaced.").wait_for(
        timeout=60_000)
    assert "2 terms kept, 1 person" in page.locator("#net-redaction").inner_text()
    v = get_vocabulary(ws)
    assert v.keep == ("Nova", "Power BI") and v.people == ("Wiremu Kereama",)
    page.close()


def test_a_stewards_save_keeps_what_another_steward_saved_since_the_screen_loaded(
        browser, serve, ws) -> None:
    from playwright.sync_api import expect

    from assistant.auth import Actor
    from assistant.summarize.vocabulary import get_vocabulary, save_vocabulary

    save_vocabulary(ws, keep=["Xero"], people=[])
    page = browser.new_page(viewport={"width": 1400, "height": 1800})  # type: ignore[attr-defined]
    page.goto(serve(ws))
    page.locator("#tab-network-button, button[role=tab]:has-text('Network')").first.click()
    expect(page.locator("#net-redact-keep textarea")).to_have_value("Xero", timeout=60_000)
    # another steward adds a term while this page shows the lists it loaded
    save_vocabulary(ws, keep=["Xero", "Zendesk"], people=[], actor=Actor("ria", "steward"))
    page.locator("#net-redact-keep textarea").fill("Nova")  # this steward drops Xero
    page.locator("#net-redact-save").click()
    page.locator("#net-redact-msg").get_by_text("Another steward changed the lists").wait_for(
        timeout=60_000)
    assert "Saved: 2 terms kept, 0 people replaced." in page.locator("#net-redact-msg").inner_text()
    expect(page.locator("#net-redact-keep textarea")).to_have_value("Nova\nZendesk")
    assert get_vocabulary(ws).keep == ("Nova", "Zendesk")
    page.close()


def test_saving_one_form_keeps_what_is_being_typed_in_the_others(browser, serve, ws,
                                                                 tmp_path) -> None:
    from playwright.sync_api import expect

    from assistant.summarize.vocabulary import get_vocabulary

    small_network(ws, tmp_path)
    start_sprint(ws, dt.date.today() - dt.timedelta(days=70), goals="Baseline", actor=STELLA)
    page = browser.new_page(viewport={"width": 1400, "height": 1800})  # type: ignore[attr-defined]
    page.goto(serve(ws))
    page.locator("#tab-network-button, button[role=tab]:has-text('Network')").first.click()
    page.locator("#net-sprint").get_by_text("Gather cases").wait_for(timeout=60_000)
    purpose = page.locator("#net-purpose textarea")
    keep = page.locator("#net-redact-keep textarea")
    expect(keep).to_be_visible(timeout=60_000)
    page.get_by_text("Edit the charter (stewards)").click()
    expect(purpose).to_be_visible(timeout=60_000)
    page.wait_for_timeout(1500)  # an accordion's boxes take the loaded values once opened
    purpose.fill("Half-typed purpose, not saved yet")
    keep.fill("Nova")
    page.locator("#net-decision").get_by_text("pause").click()
    page.locator("#net-reasons textarea").fill("Waiting for the new sponsor")
    page.locator("#net-decide").click()
    page.locator("#net-sprint-msg").get_by_text("pause recorded").wait_for(timeout=60_000)
    expect(purpose).to_have_value("Half-typed purpose, not saved yet")
    expect(keep).to_have_value("Nova")
    # saving the vocabulary reloads the vocabulary, and still not the charter being typed
    page.locator("#net-redact-save").click()
    page.locator("#net-redact-msg").get_by_text("Saved: 1 term kept").wait_for(timeout=60_000)
    expect(purpose).to_have_value("Half-typed purpose, not saved yet")
    assert get_vocabulary(ws).keep == ("Nova",)
    page.close()
