"""Columns of an intake sheet on a real store: every column that holds values is read or
named in the report with the fix, and the header row is found under a title."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.auth import LOCAL
from assistant.ingest.service import ingest_paths, list_cases
from assistant.workspace import Workspace

CLINIC = ("Subject,Description,Reported by,Site,Date reported,Ward\n"
          "Walk-in queue spills onto the street,Monday walk-in queue reaches 35 people and "
          "reception cannot triage who is urgent.,Lena Fischer,Eastgate Clinic,2026-11-03,W2\n"
          "Lab results arrive without the requesting GP,Abnormal results sit in the shared "
          "inbox for days.,Priya Raman,Northside Clinic,2026-11-14,W5\n")


def test_common_intake_headers_are_read_and_a_column_not_read_is_named_with_the_fix(
        ws: Workspace, tmp_path: Path) -> None:
    """"Reported by", "Site" and "Date reported" are the submitter, team and date (not
    dropped: the cases would be dated on the day of the ingest); a column no field knows is
    named in the report, with the --map that reads it, in the library, the CLI and the app."""
    sheet = tmp_path / "clinic.csv"
    sheet.write_text(CLINIC, encoding="utf-8")
    report = ingest_paths(ws, [sheet], actor=LOCAL)
    assert report.cases_added == 2
    got = {(c.submitter, c.team, str(c.submitted_on)) for c in list_cases(ws)}
    assert got == {("Lena Fischer", "Eastgate Clinic", "2026-11-03"),
                   ("Priya Raman", "Northside Clinic", "2026-11-14")}
    [note] = report.warnings
    assert note.startswith(f"{sheet}: column 'Ward' is not read")
    assert '--map FIELD="Ward"' in note and "fields with no column: context, tried, " \
        "outcome, tags" in note

    from assistant.ui.handlers.intake import ingest_files

    again = tmp_path / "again.csv"
    again.write_text(CLINIC.replace("Ward", "Clinic room"), encoding="utf-8")
    said = ingest_files(ws, LOCAL, [str(again)])
    assert "note: again.csv: column 'Clinic room' is not read" in said, said
    assert str(tmp_path) not in said  # the file as the user named it


def test_the_cli_names_a_column_not_read_and_map_reads_it(tmp_path: Path) -> None:
    from tests.test_cli_review import invoke

    sheet = tmp_path / "clinic.csv"
    sheet.write_text(CLINIC, encoding="utf-8")
    base = ["--data-dir", str(tmp_path / "data")]
    code, out = invoke(base, "ingest", str(sheet))
    assert code == 0 and "note: " in out and "column 'Ward' is not read" in out, out
    code, out = invoke(base, "ingest", str(sheet), "--map", "context=Ward")
    assert code == 0 and "is not read" not in out, out


def test_a_status_column_is_not_stored_as_the_outcome_and_the_report_says_so(
        ws: Workspace, tmp_path: Path) -> None:
    """A case's status ("Open") is where it stands, not what came of it: a Status column is
    not read, and the report names it with the --map that reads it as the outcome when it
    does hold one; beside an Outcome column it is named too, and the Outcome is read."""
    sheet = tmp_path / "status.csv"
    sheet.write_text("Title,Problem,Status\nWalk-in queue,The queue spills onto the street.,"
                     "Open\n", encoding="utf-8")
    [note] = ingest_paths(ws, [sheet], actor=LOCAL).warnings
    [case] = list_cases(ws)
    assert case.outcome == ""
    assert note.startswith(f"{sheet}: column 'Status' is not read (a case's status")
    assert '--map outcome="Status"' in note, note
    both = tmp_path / "both.csv"
    both.write_text("Title,Problem,Status,Outcome\nLab results,Results sit in the inbox for "
                    "days.,Closed,A daily owner for the inbox.\n", encoding="utf-8")
    [note] = ingest_paths(ws, [both], actor=LOCAL).warnings
    assert "column 'Status' is not read" in note and "--map" not in note, note
    assert {c.outcome for c in list_cases(ws)} == {"", "A daily owner for the inbox."}
    mapped = ingest_paths(ws, [sheet], actor=LOCAL, mapping={"outcome": "Status"})
    assert not mapped.warnings and mapped.cases_updated == 1
    assert "Open" in {c.outcome for c in list_cases(ws)}


def test_an_xlsx_error_names_the_row_and_a_csv_error_the_line(tmp_path: Path) -> None:
    """Spreadsheet users count rows; a CSV is a text file, read by lines."""
    import openpyxl

    from assistant.errors import IngestError
    from assistant.ingest.cases import read_cases

    wb = openpyxl.Workbook()
    wb.active.append(["Title", "Problem"])
    wb.active.append(["No problem given", None])
    wb.save(tmp_path / "cases.xlsx")
    with pytest.raises(IngestError, match=r"cases\.xlsx \(sheet 'Sheet'\), row 2: this row "
                       "has no problem text"):
        read_cases(tmp_path / "cases.xlsx")
    (tmp_path / "cases.csv").write_text("Title,Problem\nNo problem given,\n", encoding="utf-8")
    with pytest.raises(IngestError, match=r"cases\.csv, line 2: this row has no problem text"):
        read_cases(tmp_path / "cases.csv")


@pytest.mark.parametrize("header", ["", "Notes"])
def test_a_column_with_values_but_no_header_is_named_and_an_empty_one_is_not(
        ws: Workspace, tmp_path: Path, header: str) -> None:
    sheet = tmp_path / "blank.csv"
    sheet.write_text(f"Title,Problem,{header},Empty\nA,p one,kept?,\nB,p two,,\n",
                     encoding="utf-8")
    [note] = ingest_paths(ws, [sheet], actor=LOCAL).warnings
    assert ("column C holds values but has no header" if not header
            else "column 'Notes' is not read") in note


def test_a_title_row_and_a_blank_row_above_the_headers_are_passed_over_and_said(
        ws: Workspace, tmp_path: Path) -> None:
    """An intake form exported with its title on row 1, a blank row 2 and the headers on
    row 3 (as XLSX or CSV): the cases are read from row 4, the report says where the
    headers were, and a sheet with more than a title above its headers is refused plainly."""
    import openpyxl

    from assistant.errors import IngestError

    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.title = "Intake"
    sheet.append(["Clinic network – case intake form Q4 2026"])
    sheet.append([])
    sheet.append(["Title", "Problem", "Submitted by", "Team", "Submitted"])
    sheet.append(["Sharps bins overflowing", "Collection moved to fortnightly and the bins "
                  "overflow by day 10.", "Amara Osei", "Riverside Clinic", "2026-11-02"])
    sheet.append(["Transport no-shows for dialysis", "The transport service failed to "
                  "collect 4 dialysis patients in one week.", "Lena Fischer",
                  "Eastgate Clinic", "2026-11-09"])
    wb.save(tmp_path / "titled.xlsx")
    report = ingest_paths(ws, [tmp_path / "titled.xlsx"], actor=LOCAL)
    assert report.cases_added == 2
    assert {(c.submitter, c.team) for c in list_cases(ws)} == {
        ("Amara Osei", "Riverside Clinic"), ("Lena Fischer", "Eastgate Clinic")}
    [note] = report.warnings
    assert ("the headers are on row 3; row 1 ('Clinic network – case intake form Q4 2026') "
            "above them was taken as the sheet's title, not as a case") in note

    csv = tmp_path / "titled.csv"
    csv.write_text("Clinic intake Q4;;\n\nTitle;Problem;Team\nPrinter jams;Ward printer "
                   "jams daily.;Ward 3\n", encoding="utf-8")
    [cid] = ingest_paths(ws, [csv], actor=LOCAL).case_ids
    [case] = [c for c in list_cases(ws) if c.id == cid]
    assert (case.title, case.team) == ("Printer jams", "Ward 3")

    busy = tmp_path / "busy.csv"
    busy.write_text("Clinic intake Q4,prepared by Ana\n\nTitle,Problem\nA,p one\n",
                    encoding="utf-8")
    with pytest.raises(IngestError) as info:
        ingest_paths(ws, [busy], actor=LOCAL)
    assert "the headers look like row 3 ('Title', 'Problem')" in str(info.value)
    assert "delete the rows above the headers (rows 1-2)" in (info.value.fix or "")


@pytest.mark.parametrize(("header", "other", "field"), [
    ("Site", "Team", "team"), ("Created by", "Submitted by", "submitter"),
    ("Date reported", "Date", "submitted_on")])
def test_a_wider_intake_header_beside_the_usual_one_is_noted_not_refused(
        ws: Workspace, tmp_path: Path, header: str, other: str, field: str) -> None:
    """Sheets that ingested before the wider intake headers came still do: the usual header
    is read, the wider one beside it is named as a column not read (not 'both name the
    field' refused); alone, the wider one is read."""
    sheet = tmp_path / "both.csv"
    sheet.write_text(f"Title,Problem,{other},{header}\nPrinter jams,The ward printer jams "
                     "daily.,2026-11-03,2026-11-04\n", encoding="utf-8")
    report = ingest_paths(ws, [sheet], actor=LOCAL)
    assert report.cases_added == 1
    [case] = list_cases(ws)
    assert str(getattr(case, field)) == "2026-11-03"
    [note] = report.warnings
    assert note.startswith(f"{sheet}: column {header!r} is not read (the {field!r} field is "
                           f"read from column {other!r})"), note

    alone = tmp_path / "alone.csv"
    alone.write_text(f"Title,Problem,{header}\nScanner stalls,The scanner stalls at noon."
                     ",2026-11-05\n", encoding="utf-8")
    report = ingest_paths(ws, [alone], actor=LOCAL)
    assert report.cases_added == 1 and not report.warnings
    [case] = [c for c in list_cases(ws) if c.title == "Scanner stalls"]
    assert str(getattr(case, field)) == "2026-11-05"


def test_a_json_key_not_read_is_named_as_a_key(ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "cases.json"
    path.write_text('[{"title": "Printer jams", "problem": "The printer jams.", '
                    '"team": "Ward 3", "site": "Eastgate", "room": "W2"}]', encoding="utf-8")
    report = ingest_paths(ws, [path], actor=LOCAL)
    site, room = report.warnings
    assert site.startswith(f"{path}: key 'site' is not read (the 'team' field is read from "
                           "key 'team')"), site
    assert room.startswith(f"{path}: key 'room' is not read (no case field has that name)")
    assert "under Column names (keys) in the app" in room and "fields with no key: " in room


@pytest.mark.parametrize(("delimiter", "title"), [
    (";", "Support cases, Q1 2026"), ("\t", "Support cases; Q1, 2026")])
def test_the_delimiter_is_the_one_that_splits_the_table_not_the_title(
        ws: Workspace, tmp_path: Path, delimiter: str, title: str) -> None:
    """A title line holding another delimiter ('Support cases, Q1 2026' over a ';' table)
    does not choose how the table is split (it was split at commas)."""
    d = delimiter
    sheet = tmp_path / "support.csv"
    sheet.write_text(f"{title}\nTitle{d}Problem{d}Team\nPrinter jams{d}The "
                     f"printer jams, daily.{d}Ward 3\nScanner stalls{d}The scanner stalls, "
                     f"at noon.{d}Ward 5\n", encoding="utf-8")
    report = ingest_paths(ws, [sheet], actor=LOCAL)
    assert report.cases_added == 2
    got = {(c.title, c.problem, c.team) for c in list_cases(ws)}
    assert got == {("Printer jams", "The printer jams, daily.", "Ward 3"),
                   ("Scanner stalls", "The scanner stalls, at noon.", "Ward 5")}
