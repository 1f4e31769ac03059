"""The screens' handlers called as plain functions, on a real workspace (no browser)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.auth import LOCAL, Actor
from assistant.config import PROJECT_ROOT
from assistant.errors import AssistantError, Forbidden
from assistant.ui.handlers import intake, playbook

EXAMPLE_DIR = PROJECT_ROOT / "examples" / "onboarding"
VOLUNTEERS = ("Volunteers drift away after the first month",
              "New volunteers join enthusiastically but most stop showing up within four "
              "weeks, and nobody notices until the rota is empty.")


def submit(ws, actor=LOCAL, title=VOLUNTEERS[0], problem=VOLUNTEERS[1]) -> str:
    return intake.submit_case(ws, actor, title, problem, "", "", "", "", "Northside", "", "")


def test_a_submitted_case_is_found_by_meaning_in_the_playbook_search(ws):
    from assistant.ingest.service import list_cases

    saved = submit(ws)
    [case] = list_cases(ws)
    assert saved.startswith(f"Saved case **{VOLUNTEERS[0]}** (id `{case.id}`)"), saved
    assert f"(id `{case.id}`); nothing was added" in submit(ws)  # the same case again
    submit(ws, title="Invoices go out with the wrong VAT rate",
           problem="Customers in Austria were billed 19% instead of 20% for a quarter.")
    md, choices = playbook.search_library(ws, LOCAL, "people stop turning up after they join",
                                          "Cases")
    first = md.split("\n")[0]
    assert "Volunteers drift away" in first
    opened = playbook.open_hit(ws, LOCAL, choices[0][1])
    assert "nobody notices until the rota is empty" in opened


def test_everything_search_ranks_across_kinds_and_drops_unrelated_hits(ws):
    submit(ws)
    md, choices = playbook.search_library(ws, LOCAL, "people stop turning up after they join")
    assert choices and all(c[1].startswith("case:") for c in choices)
    md, choices = playbook.search_library(ws, LOCAL, "quarterly VAT rate on Austrian invoices")
    assert choices == () and "Nothing close enough" in md


def test_submitting_the_same_case_twice_adds_nothing_and_says_so(ws):
    submit(ws)
    assert "already" in submit(ws)


def test_a_case_without_a_problem_is_refused_with_a_message(ws):
    with pytest.raises(AssistantError):
        submit(ws, problem="   ")


def test_an_unreadable_upload_is_a_clear_message_naming_the_file(ws, tmp_path: Path):
    bad = tmp_path / "intake.csv"
    bad.write_text("Name,Colour\nx,y\n", encoding="utf-8")
    with pytest.raises(AssistantError) as info:
        intake.ingest_files(ws, LOCAL, [str(bad)])
    assert "intake.csv" in str(info.value)


def test_a_sheet_with_unusual_headers_is_read_with_the_column_names_given(ws, tmp_path: Path):
    odd = tmp_path / "requests.csv"
    odd.write_text("Subject,Description of the issue\nBoiler trips at night,The boiler in "
                   "block C trips every night after the cleaners leave.\n", encoding="utf-8")
    with pytest.raises(AssistantError) as info:  # the app's own way to fix it is named
        intake.ingest_files(ws, LOCAL, [str(odd)])
    assert "requests.csv" in str(info.value) and "Column names" in str(info.value)
    with pytest.raises(AssistantError, match="not field=Header"):
        intake.ingest_files(ws, LOCAL, [str(odd)], "problem Description of the issue")
    with pytest.raises(AssistantError, match="there is no column 'Problem text'"):
        intake.ingest_files(ws, LOCAL, [str(odd)], "problem=Problem text")
    report = intake.ingest_files(ws, LOCAL, [str(odd)], "problem=Description of the issue,\n"
                                 " title = Subject")
    from assistant.ingest.service import list_cases

    assert "- 1 case added" in report
    assert [(c.title, c.problem[:26]) for c in list_cases(ws)] == [
        ("Boiler trips at night", "The boiler in block C trip")]


def test_an_empty_upload_says_what_to_do(ws):
    with pytest.raises(AssistantError, match="No file chosen"):
        intake.ingest_files(ws, LOCAL, [])


def test_an_intake_sheet_upload_reports_what_was_stored(ws):
    report = intake.ingest_files(ws, LOCAL, [str(EXAMPLE_DIR / "cases.csv")])
    assert "65" in report


def test_a_viewer_may_submit_a_case_but_not_ingest_files(ws):
    viewer = Actor("vic", "viewer")
    assert "Saved case" in submit(ws, actor=viewer)
    with pytest.raises(Forbidden, match="vic \\(viewer\\) may not ingest"):
        intake.ingest_files(ws, viewer, [str(EXAMPLE_DIR / "cases.csv")])
