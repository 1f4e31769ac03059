"""The demo day pack: one page per sprint, escaped user text, printed to PDF by Chromium."""

from __future__ import annotations

import datetime as dt
import shutil
import unicodedata
from pathlib import Path

import pytest

from assistant.errors import ConfigError
from assistant.rhythm.charter import CharterEdit, save_charter
from assistant.rhythm.demoday import find_browser, render_html, write_pack
from assistant.rhythm.sprints import decide_sprint, start_sprint
from assistant.sessions import plan_session
from assistant.workspace import Workspace
from tests.sample_data import STELLA
from tests.test_rhythm import small_network

ON = dt.date(2026, 11, 25)
needs_chromium = pytest.mark.skipif(shutil.which("chromium") is None,
                                    reason="Debian's chromium prints the PDF")


def two_sprint_network(ws: Workspace, tmp_path: Path) -> None:
    small_network(ws, tmp_path)
    save_charter(ws, CharterEdit(
        purpose="Faster go-lives <script>alert(1)</script>",
        results=[{"name": "Time to go-live", "unit": "days", "baseline": 74, "target": 55,
                  "current": 66}],
        roles=[{"person": "Sam", "role": "sponsor"}, {"person": "Stella", "role": "steward"},
               {"person": "Dora", "role": "data partner"}]), actor=STELLA)
    start_sprint(ws, dt.date(2026, 6, 3), goals="Pilot", actor=STELLA)
    start_sprint(ws, dt.date(2026, 9, 1), goals="Scale", actor=STELLA)
    decide_sprint(ws, 1, "continue", "Sponsor saw <b>two</b> teams adopt", actor=STELLA)
    # Demo day works without cases.
    plan_session(ws, title="Demo day", format="demo day", date="2026-11-20", actor=STELLA)


def test_the_pack_has_one_section_per_sprint_and_escapes_user_text(ws, tmp_path) -> None:
    two_sprint_network(ws, tmp_path)
    html = render_html(ws, on=ON)
    assert html.count('<section class="sprint"') == 2
    assert "<script>alert" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;two&lt;/b&gt;" in html
    assert "Continue</strong>" in html and "Not decided yet" in html
    only = render_html(ws, sprint=2, on=ON)
    assert only.count('<section class="sprint"') == 1 and "Sprint 2 · 2026-09-01" in only


@needs_chromium
def test_the_pack_prints_to_a_pdf_page_per_sprint_with_its_text(ws, tmp_path) -> None:
    from pypdf import PdfReader

    two_sprint_network(ws, tmp_path)
    html, pdf = write_pack(ws, tmp_path / "pack", on=ON)
    assert html.name == "demo-day.html" and pdf.name == "demo-day.pdf"
    pages = PdfReader(pdf).pages
    assert len(pages) == 2
    texts = [unicodedata.normalize("NFKC", p.extract_text()) for p in pages]
    assert "Sprint 1 · 2026-06-03 to 2026-08-31" in texts[0]
    assert "Sprint 2 · 2026-09-01 to 2026-11-29" in texts[1]
    for t in texts:
        assert "Patterns used in the field" in t and "Teams repeating methods" in t
        assert "Time to go-live (days) 74 66 55" in t
    assert "Continue" in texts[0] and "Not decided yet" in texts[1]
    assert "<script>alert(1)</script>" in texts[0]  # shown as text, never run


def test_a_missing_browser_is_a_clear_error_and_the_html_still_works(ws, tmp_path) -> None:
    with pytest.raises(ConfigError, match="apt-get install chromium"):
        find_browser("no-such-browser-here")
    [html] = write_pack(ws, tmp_path / "pack", pdf=False, on=ON)
    assert "No sprint yet" in html.read_text(encoding="utf-8")


def test_a_demo_day_session_without_cases_gets_the_sprints_results_as_its_pre_read(
        ws, tmp_path) -> None:
    from assistant.review import get_draft
    from assistant.summarize import draft_preread

    two_sprint_network(ws, tmp_path)
    demo = plan_session(ws, title="Demo day 2", format="demo day", date="2026-11-24",
                        actor=STELLA)
    assert demo.case_ids == ()
    text = get_draft(ws, draft_preread(ws, demo.id, actor=STELLA).id).versions[-1].text
    assert "Sprint 2 results (2026-09-01 to 2026-11-29)" in text
    assert "Time to go-live: baseline 74, now 66, target 55" in text
    assert "Run-sheet (demo day, 80 min)" in text
