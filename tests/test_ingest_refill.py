"""A sheet ingested again with more of its columns read (a --map added, a header now known)
on a real store: the same title and problem are the same case, whose empty fields are
filled in; nothing is duplicated and nothing filled is overwritten."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from assistant.auth import LOCAL
from assistant.errors import IngestError
from assistant.index.service import search
from assistant.ingest.service import edit_case, ingest_paths, list_cases
from assistant.store.models import AuditEvent
from assistant.workspace import Workspace

SHEET = ("Subject,Description,Clinic,Logged\n"
         "Walk-in queue spills onto the street,Monday walk-in queue reaches 35 people and "
         "reception cannot triage who is urgent.,Eastgate Clinic,2026-11-03\n"
         "Lab results arrive without the requesting GP,Abnormal results sit in the shared "
         "inbox for days.,Northside Clinic,2026-11-14\n")


def test_reingesting_a_sheet_with_a_column_newly_mapped_fills_the_cases_in_place(
        ws: Workspace, tmp_path: Path) -> None:
    sheet = tmp_path / "new3.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    first = ingest_paths(ws, [sheet], actor=LOCAL)
    assert first.cases_added == 2 and {c.team for c in list_cases(ws)} == {""}
    ids = first.case_ids
    again = ingest_paths(ws, [sheet], actor=LOCAL,
                         mapping={"team": "Clinic", "submitted_on": "Logged"})
    assert (again.cases_added, again.cases_updated, again.cases_skipped) == (0, 2, 0)
    assert again.case_ids == ids  # the ids stay
    assert str(again) == "0 cases added, 0 already known, 2 updated"
    cases = {c.id: c for c in list_cases(ws)}
    assert len(cases) == 2
    assert {(c.team, c.submitted_on) for c in cases.values()} == {
        ("Eastgate Clinic", dt.date(2026, 11, 3)), ("Northside Clinic", dt.date(2026, 11, 14))}
    with OrmSession(ws.engine) as s:
        edits = list(s.scalars(select(AuditEvent).where(AuditEvent.action == "update_case")))
    assert sorted(e.object_id for e in edits) == sorted(ids)
    assert all(e.before == {"team": "", "submitted_on": None} for e in edits)
    # searchable once, with the new details; the same file a third time changes nothing
    hits = search(ws, "walk-in queue outside reception", kind="cases", limit=5)
    assert [h.id for h in hits].count(ids[0]) == 1 and ws.index.count("cases") == 2
    third = ingest_paths(ws, [sheet], actor=LOCAL,
                         mapping={"team": "Clinic", "submitted_on": "Logged"})
    assert (third.cases_added, third.cases_updated, third.cases_skipped) == (0, 0, 2)
    # and the narrower reading of the file is known too (it says less, it changes nothing)
    assert ingest_paths(ws, [sheet], actor=LOCAL).cases_skipped == 2


def test_a_row_that_would_change_a_filled_field_is_reported_and_not_written(
        ws: Workspace, tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    ingest_paths(ws, [sheet], actor=LOCAL, mapping={"team": "Clinic"})
    changed = tmp_path / "changed.csv"
    changed.write_text(SHEET.replace("Eastgate Clinic", "Westgate Clinic"), encoding="utf-8")
    report = ingest_paths(ws, [changed], actor=LOCAL,
                          mapping={"team": "Clinic", "submitted_on": "Logged"})
    assert (report.cases_added, report.cases_updated) == (0, 1)  # the other row fills its date
    [note] = [w for w in report.warnings if "not written" in w]
    [walk_in] = [c for c in list_cases(ws) if c.title.startswith("Walk-in")]
    assert note.startswith(f"{changed}, row 2: not written: case {walk_in.id}")
    assert "team is 'Eastgate Clinic' there, 'Westgate Clinic' here" in note
    assert f"assistant case edit {walk_in.id}" in note
    assert walk_in.team == "Eastgate Clinic" and walk_in.submitted_on is None
    assert len(list_cases(ws)) == 2
    # the correction is an edit of the case: its id stays, then the row is the case again
    fixed = edit_case(ws, walk_in.id, team="Westgate Clinic", submitted_on="2026-11-03",
                      actor=LOCAL)
    assert (fixed.id, fixed.team, fixed.submitted_on) == (walk_in.id, "Westgate Clinic",
                                                          dt.date(2026, 11, 3))
    again = ingest_paths(ws, [changed], actor=LOCAL,
                         mapping={"team": "Clinic", "submitted_on": "Logged"})
    assert (again.cases_added, again.cases_updated, again.cases_skipped) == (0, 0, 2)
    assert not [w for w in again.warnings if "not written" in w]


def test_case_edit_from_the_command_line_and_its_refusals(ws: Workspace,
                                                          tmp_path: Path) -> None:
    from tests.test_cli_review import invoke

    sheet = tmp_path / "sheet.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    cid = ingest_paths(ws, [sheet], actor=LOCAL).case_ids[0]
    with pytest.raises(IngestError, match="not a date"):
        edit_case(ws, cid, submitted_on="someday", actor=LOCAL)
    with pytest.raises(IngestError, match="Nothing to change"):
        edit_case(ws, cid, actor=LOCAL)
    base = ["--data-dir", str(tmp_path / "cli")]
    code, out = invoke(base, "ingest", str(sheet))
    assert code == 0 and "2 cases added" in out, out
    code, out = invoke(base, "case", "edit", cid, "--submitter", "Lena Fischer",
                       "--submitted-on", "2026-11-03")
    assert code == 0 and f"{cid}: submitted by Lena Fischer, team (none), on 2026-11-03" in out
    code, out = invoke(base, "case", "edit", "C00000000", "--team", "X")
    assert code == 1 and "No case 'C00000000'" in out and "Traceback" not in out


def test_the_form_stores_each_submission_and_never_fills_another_case(ws: Workspace) -> None:
    """Ann and Bob submit the same title and problem from the form, each with their own
    details: two cases (Bob's context kept, not refused as a clash); an anonymous
    submission with new context is a case of its own, Ann's stays as she wrote it."""
    from assistant.ingest.service import add_case

    base = {"title": "Printer jams", "problem": "The printer jams."}
    ann = add_case(ws, base | {"submitter": "Ann", "team": "Ward 3"}, actor=LOCAL)
    bob = add_case(ws, base | {"submitter": "Bob", "team": "Ward 5",
                               "context": "Since the toner change."}, actor=LOCAL)
    anon = add_case(ws, base | {"context": "Only on Mondays."}, actor=LOCAL)
    assert ann.created and bob.created and anon.created
    assert len({ann.id, bob.id, anon.id}) == 3
    cases = {c.id: c for c in list_cases(ws)}
    assert (cases[bob.id].submitter, cases[bob.id].context) == ("Bob", "Since the toner change.")
    assert (cases[ann.id].submitter, cases[ann.id].context) == ("Ann", "")
    assert not add_case(ws, base | {"submitter": "Ann", "team": "Ward 3"}, actor=LOCAL).created


def test_a_row_by_another_submitter_or_of_another_day_is_another_case(
        ws: Workspace, tmp_path: Path) -> None:
    """Two files with the same title and problem by two people are two cases, as two such
    rows in one sheet are; a row that agrees on who and when and fills an empty field is
    the stored case, filled in."""
    head = "Title,Problem,Submitted by,Date,Context\n"
    ann = tmp_path / "ann.csv"
    ann.write_text(head + "Printer jams,The printer jams.,Ann,2026-11-03,\n", encoding="utf-8")
    bob = tmp_path / "bob.csv"
    bob.write_text(head + "Printer jams,The printer jams.,Bob,2026-11-03,Since the toner "
                   "change.\nPrinter jams,The printer jams.,Ann,2026-11-05,\n",
                   encoding="utf-8")
    both = tmp_path / "both.csv"
    both.write_text(head + "Printer jams,The printer jams.,Ann,2026-11-03,\nPrinter jams,"
                    "The printer jams.,Bob,2026-11-03,Since the toner change.\nPrinter jams,"
                    "The printer jams.,Ann,2026-11-05,\n", encoding="utf-8")
    first = ingest_paths(ws, [ann], actor=LOCAL)
    second = ingest_paths(ws, [bob], actor=LOCAL)
    assert (second.cases_added, second.cases_updated) == (2, 0)
    assert not [w for w in second.warnings if "not written" in w]
    got = sorted((c.submitter, str(c.submitted_on), c.context) for c in list_cases(ws))
    assert got == [("Ann", "2026-11-03", ""), ("Ann", "2026-11-05", ""),
                   ("Bob", "2026-11-03", "Since the toner change.")]
    assert ingest_paths(ws, [both], actor=LOCAL).cases_skipped == 3  # one sheet: the same
    filled = tmp_path / "filled.csv"
    filled.write_text(head + "Printer jams,The printer jams.,Ann,2026-11-03,Jams on A3.\n",
                      encoding="utf-8")
    report = ingest_paths(ws, [filled], actor=LOCAL)
    assert (report.cases_added, report.cases_updated) == (0, 1)
    assert report.case_ids == first.case_ids


def test_an_outcome_that_moved_on_is_named_with_the_option_that_changes_it_and_case_edit_does(
        ws: Workspace, tmp_path: Path) -> None:
    """A sheet's Outcome moved from Open to Closed: the row is not written and the note
    names `case edit --outcome 'Closed'`; that edit (and of context, tried, tags) is made,
    audited and re-indexed, and then the sheet is the case again."""
    from tests.test_cli_review import invoke

    head = "Title,Problem,Outcome\n"
    sheet = tmp_path / "status.csv"
    sheet.write_text(head + "Walk-in queue,The walk-in queue spills onto the street.,Open\n",
                     encoding="utf-8")
    [cid] = ingest_paths(ws, [sheet], actor=LOCAL).case_ids
    sheet.write_text(head + "Walk-in queue,The walk-in queue spills onto the street.,Closed\n",
                     encoding="utf-8")
    [note] = [w for w in ingest_paths(ws, [sheet], actor=LOCAL).warnings if "not written" in w]
    assert f"`assistant case edit {cid} --outcome 'Closed'`" in note, note
    edited = edit_case(ws, cid, outcome="Closed", context="Mondays after the holidays.",
                       tried="A second triage nurse.", tags="queue; triage", actor=LOCAL)
    assert (edited.id, edited.outcome, edited.context, edited.tried, edited.tags) == (
        cid, "Closed", "Mondays after the holidays.", "A second triage nurse.",
        ("queue", "triage"))
    with OrmSession(ws.engine) as s:
        [event] = s.scalars(select(AuditEvent).where(AuditEvent.action == "edit_case"))
    assert event.before == {"outcome": "Open", "context": "", "tried": "", "tags": []}
    hits = search(ws, "second triage nurse after the holidays", kind="cases", limit=1)
    assert [h.id for h in hits] == [cid]
    assert ingest_paths(ws, [sheet], actor=LOCAL).cases_skipped == 1

    base = ["--data-dir", str(tmp_path / "cli")]
    sheet.write_text(head + "Walk-in queue,The walk-in queue spills onto the street.,Open\n",
                     encoding="utf-8")
    assert invoke(base, "ingest", str(sheet))[0] == 0
    code, out = invoke(base, "case", "edit", cid, "--outcome", "Closed", "--tags", "queue")
    assert code == 0 and "  outcome: Closed" in out and "  tags: queue" in out, out
    code, out = invoke(base, "case", "edit", cid)
    assert code == 1 and "--outcome" in out and "--tags" in out, out
