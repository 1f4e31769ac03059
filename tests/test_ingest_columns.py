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


@pytest.mark.parametrize("header", ["", "Notes"])
def test_a_column_with_values_but_no_header_is_named_and_an_empty_one_is_not(
        ws: Workspace, tmp_path: Path, header: str) -> None:
    sheet = tmp_path / "blank.csv"
    sheet.write_text(f"Title,Problem,{header},Empty\nA,p one,kept?,\nB,p two,,\n",
                     encoding="utf-8")
    [note] = ingest_paths(ws, [sheet], actor=LOCAL).warnings
    assert ("column C holds values but has no header" if not header
            else "column 'Notes' is not read") in note
