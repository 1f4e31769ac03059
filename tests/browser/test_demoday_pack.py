"""The demo day pack as a sponsor opens it: rendered by Debian's Chromium."""

from __future__ import annotations

import datetime as dt

from assistant.rhythm.demoday import write_pack
from tests.test_demoday import two_sprint_network


def test_the_demo_day_pack_renders_in_chromium(browser, shot, ws, tmp_path) -> None:
    two_sprint_network(ws, tmp_path)
    [html] = write_pack(ws, tmp_path / "pack", pdf=False, on=dt.date(2026, 11, 25))
    page = browser.new_page(viewport={"width": 1000, "height": 1400})  # type: ignore[attr-defined]
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(html.as_uri())
    sections = page.locator("section.sprint")
    assert sections.count() == 2
    assert sections.nth(0).locator("h1").inner_text() == "Sprint 1 · 2026-06-03 to 2026-08-31"
    assert "<script>alert(1)</script>" in page.locator(".purpose").first.inner_text()
    assert dialogs == []  # the escaped script never ran
    rows = sections.nth(1).locator("table").nth(1).locator("tr")
    assert rows.nth(1).inner_text().split("\t")[0] == "Patterns used in the field"
    path = shot(page, "demo-day-pack")
    assert path.stat().st_size > 10_000
    page.close()
