"""Case readers: every input format, header variants, --map, dates and each malformed input."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest

from assistant.errors import IngestError
from assistant.ingest.cases import read_cases
from tests.conftest import EXAMPLE_DIR

HEADER = "Title,Problem,Context,What was tried,Outcome,Submitted by,Team,Submitted,Tags\n"
ROW = ('SSO stalls go-live,"Okta SAML fails for half the users, go-live slips",Enterprise,'
       "Compared SAML traces,Still open,Priya Raman,NA Implementation,2026-09-04,sso; okta\n")


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_csv_reads_every_field_and_splits_tags(tmp_path: Path) -> None:
    [case] = read_cases(write(tmp_path / "in.csv", HEADER + ROW))
    assert case.title == "SSO stalls go-live"
    assert case.problem == "Okta SAML fails for half the users, go-live slips"
    assert case.tried == "Compared SAML traces" and case.outcome == "Still open"
    assert case.submitter == "Priya Raman" and case.team == "NA Implementation"
    assert case.submitted_on == dt.date(2026, 9, 4)
    assert case.tags == ("sso", "okta")
    assert case.line == 2


def test_csv_with_a_byte_order_mark_and_semicolons_is_read(tmp_path: Path) -> None:
    text = "Titel;Description;Date\nA;Import breaks on umlauts ä;23/02/2026\n"
    [case] = read_cases(write(tmp_path / "in.csv", text, "utf-8-sig"))
    assert case.problem == "Import breaks on umlauts ä"


@pytest.mark.parametrize("header", ["Problem", "Problem statement", "Description", "Issue",
                                    "Challenge", "What is the problem?", "PROBLEM "])
def test_problem_header_variants_are_recognised(tmp_path: Path, header: str) -> None:
    [case] = read_cases(write(tmp_path / "in.csv", f"Title,{header}\nT,The rota is empty\n"))
    assert case.problem == "The rota is empty"


def test_other_header_variants_are_recognised(tmp_path: Path) -> None:
    text = ("Issue,What we tried,Author,Date submitted,Labels,Department\n"
            "Webhooks blocked,Allow-listed IPs,Ana,2026-10-01,\"api, webhooks\",Support\n")
    [case] = read_cases(write(tmp_path / "in.csv", text))
    assert (case.tried, case.submitter, case.team) == ("Allow-listed IPs", "Ana", "Support")
    assert case.submitted_on == dt.date(2026, 10, 1)


def test_map_overrides_header_recognition(tmp_path: Path) -> None:
    text = "Summary,Notes,Colour\nShort,The real problem text,blue\n"
    [case] = read_cases(write(tmp_path / "in.csv", text), {"problem": "notes",
                                                          "team": "Colour"})
    assert case.problem == "The real problem text" and case.team == "blue"


def test_day_first_dates_are_learned_from_the_column(tmp_path: Path) -> None:
    text = "Problem,Submitted\nA,04/03/2026\nB,14/03/2026\nC,3 Sep 2026\nD,September 5, 2026\n"
    cases = read_cases(write(tmp_path / "in.csv", text.replace("September 5, 2026",
                                                               '"September 5, 2026"')))
    assert [c.submitted_on for c in cases] == [dt.date(2026, 3, 4), dt.date(2026, 3, 14),
                                               dt.date(2026, 9, 3), dt.date(2026, 9, 5)]


def test_month_first_dates_are_learned_from_the_column(tmp_path: Path) -> None:
    cases = read_cases(write(tmp_path / "in.csv", "Problem,Date\nA,04/03/2026\nB,12/25/2026\n"))
    assert cases[0].submitted_on == dt.date(2026, 4, 3)


def test_fully_blank_rows_are_skipped(tmp_path: Path) -> None:
    cases = read_cases(write(tmp_path / "in.csv", HEADER + ",,,,,,,,\n" + ROW + "\n"))
    assert len(cases) == 1 and cases[0].line == 3


def test_xlsx_reads_the_intake_sheet_with_real_dates(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "Readme"
    wb.active.append(["This sheet explains the form"])
    sheet = wb.create_sheet("Intake")
    sheet.append(["Title", "Problem statement", "Submitted", "Tags"])
    sheet.append(["Quiet champion", "Contact stopped replying", dt.datetime(2026, 10, 2), "a,b"])
    sheet.append([None, None, None, None])
    sheet.append(["Serial date", "Excel stored a number", 46300, None])
    wb.save(tmp_path / "in.xlsx")
    cases = read_cases(tmp_path / "in.xlsx")
    assert [c.problem for c in cases] == ["Contact stopped replying", "Excel stored a number"]
    assert cases[0].submitted_on == dt.date(2026, 10, 2) and cases[0].tags == ("a", "b")
    assert cases[1].submitted_on == dt.date(1899, 12, 30) + dt.timedelta(days=46300)
    assert cases[1].line == 4


def test_json_list_and_cases_object_and_jsonl_are_read(tmp_path: Path) -> None:
    items = [{"title": "A", "problem": "First problem", "tags": ["x", "y"]},
             {"Title": "B", "Description": "Second problem"}]
    text = json.dumps(items, indent=2)
    a = read_cases(write(tmp_path / "a.json", text))
    b = read_cases(write(tmp_path / "b.json", json.dumps({"cases": items})))
    c = read_cases(write(tmp_path / "c.jsonl", "\n".join(json.dumps(i) for i in items) + "\n"))
    for cases in (a, b, c):
        assert [x.problem for x in cases] == ["First problem", "Second problem"]
    assert a[0].tags == ("x", "y")
    second_brace = [n for n, x in enumerate(text.split("\n"), 1) if x.strip() == "{"][1]
    assert c[1].line == 2 and a[1].line == second_brace


def test_markdown_folder_gives_one_case_per_file(tmp_path: Path) -> None:
    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / "sso-stall.md").write_text(
        "# SSO stalls go-live\nSubmitted by: Priya\nTeam: NA\nTags: sso, okta\n\n"
        "Half the users cannot log in.\n\n## Context\nEnterprise plan.\n\n"
        "## What was tried\nSAML traces.\n\n## Outcome\nOpen.\n", encoding="utf-8")
    (folder / "quiet_champion.txt").write_text("Our contact went silent after kickoff.\n",
                                              encoding="utf-8")
    b, a = read_cases(folder)  # files in name order
    assert (a.title, a.problem, a.context, a.tried, a.outcome) == (
        "SSO stalls go-live", "Half the users cannot log in.", "Enterprise plan.",
        "SAML traces.", "Open.")
    assert a.submitter == "Priya" and a.tags == ("sso", "okta")
    assert b.title == "Quiet champion" and b.problem.startswith("Our contact went silent")


def test_example_sheet_reads_the_same_from_csv_and_xlsx() -> None:
    a = read_cases(EXAMPLE_DIR / "cases.csv")
    b = read_cases(EXAMPLE_DIR / "cases.xlsx")
    assert len(a) == len(b) == 65
    strip = [(c.title, c.problem, c.submitted_on, c.tags) for c in a]
    assert strip == [(c.title, c.problem, c.submitted_on, c.tags) for c in b]


# ---------------------------------------------------------------- malformed input

def error_of(path: Path, mapping: dict[str, str] | None = None) -> IngestError:
    with pytest.raises(IngestError) as info:
        read_cases(path, mapping)
    return info.value


def test_empty_file_is_refused(tmp_path: Path) -> None:
    err = error_of(write(tmp_path / "in.csv", "  \n"))
    assert "in.csv" in str(err) and "empty" in str(err)


def test_missing_problem_column_lists_headers_and_suggests_map(tmp_path: Path) -> None:
    err = error_of(write(tmp_path / "in.csv", "Name,Colour\nx,y\n"))
    assert err.line == 1 and "'Name', 'Colour'" in str(err) and "--map" in str(err)


def test_map_to_a_missing_column_says_which(tmp_path: Path) -> None:
    err = error_of(write(tmp_path / "in.csv", "Problem\nx\n"), {"problem": "Descr"})
    assert "no column 'Descr'" in str(err)


def test_row_without_problem_names_its_row(tmp_path: Path) -> None:
    err = error_of(write(tmp_path / "in.csv", HEADER + ROW + "Title only,,,,,,,,\n"))
    assert err.line == 3 and "no problem text" in str(err) and "in.csv, line 3" in str(err)


def test_a_row_with_more_cells_than_headers_is_refused_naming_its_line_and_the_fix(
        tmp_path: Path) -> None:
    # an unquoted comma split a cell: "z" and "w" would otherwise be dropped unseen
    err = error_of(write(tmp_path / "in.csv", "Title,Problem\nx,y,z,w\nGood,Real problem\n"))
    assert err.line == 2 and "in.csv, line 2" in str(err)
    assert "4 cells under 2 headers" in str(err) and "'z', 'w'" in str(err)
    assert "unquoted comma" in str(err) and "double quotes" in str(err)
    semi = error_of(write(tmp_path / "semi.csv", "Title;Problem\nx;y\nx;y;z\n"))
    assert semi.line == 3 and "unquoted semicolon" in str(semi)
    # empty cells past the last header (a, b,,) lose nothing and are read as before
    cases = read_cases(write(tmp_path / "ok.csv", "Title,Problem\nx,y,,\n"))
    assert [(c.title, c.problem) for c in cases] == [("x", "y")]


def test_an_xlsx_row_with_cells_past_the_last_header_is_refused_naming_row_cells_and_fix(
        tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.title = "Intake"
    sheet.append(["Title", "Problem"])
    sheet.append(["Fine", "A problem in its column"])
    sheet.append(["Shifted", "Pasted one column too far", None, "Priya Raman"])
    sheet.append(["Later", "Never reached"])
    wb.save(tmp_path / "in.xlsx")
    err = error_of(tmp_path / "in.xlsx")
    assert err.line == 3 and "in.xlsx (sheet 'Intake'), row 3" in str(err)  # a sheet's rows
    assert "4 cells under 2 headers (columns A-B)" in str(err)
    assert "'Priya Raman' in column D would be lost" in str(err)
    assert "give column D a header" in str(err)
    # the same sheet with a header for the fourth column reads every row
    sheet["D1"] = "Submitted by"
    wb.save(tmp_path / "fixed.xlsx")
    cases = read_cases(tmp_path / "fixed.xlsx")
    assert [c.submitter for c in cases] == ["", "Priya Raman", ""]
    # blank cells past the last header (a sheet wider than its table) lose nothing
    wb2 = openpyxl.Workbook()
    wb2.active.append(["Title", "Problem"])
    wb2.active.append(["x", "y", None, "  "])
    wb2.active["F9"] = None
    wb2.save(tmp_path / "blank.xlsx")
    assert [(c.title, c.problem) for c in read_cases(tmp_path / "blank.xlsx")] == [("x", "y")]


def test_unreadable_date_names_its_row(tmp_path: Path) -> None:
    err = error_of(write(tmp_path / "in.csv", "Problem,Submitted\nx,2026-09-01\ny,soon\n"))
    assert err.line == 3 and "'soon'" in str(err)


def test_wrong_encoding_names_the_line_and_the_fix(tmp_path: Path) -> None:
    err = error_of(write(tmp_path / "in.csv", "Problem\nfine\nMüller broke it\n", "cp1252"))
    assert err.line == 3 and "CSV UTF-8" in str(err)
    # Spanish in Latin-1: the detector may say cp1250, which would turn "año" into "ańo";
    # the hint names cp1252 first.
    err = error_of(write(tmp_path / "es.csv", "Problem\nLa compañía cambió el año\n", "latin-1"))
    assert err.line == 2 and "most likely cp1252" in str(err)


def test_binary_junk_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(b"Problem\n\x00\x01\x02\xff" * 20)
    assert "binary" in str(error_of(path))


def test_invalid_json_names_the_line(tmp_path: Path) -> None:
    err = error_of(write(tmp_path / "in.json", '[\n {"problem": "a"},\n {"problem": }\n]'))
    assert err.line == 3 and "invalid JSON" in str(err)


def test_json_item_that_is_not_an_object_names_its_line(tmp_path: Path) -> None:
    err = error_of(write(tmp_path / "in.json", '[\n {"problem": "a"},\n "just text"\n]'))
    assert err.line == 3 and "not an object" in str(err)


def test_jsonl_bad_line_is_named(tmp_path: Path) -> None:
    err = error_of(write(tmp_path / "in.jsonl", '{"problem": "a"}\n\n{"problem": \n'))
    assert err.line == 3


def test_xlsx_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    err = error_of(write(tmp_path / "in.xlsx", "Problem\nx\n"))
    assert "not an Excel workbook" in str(err)


def test_a_header_given_twice_is_refused_naming_the_file_the_header_and_the_fix(
        tmp_path: Path) -> None:
    text = "Title,Problem,Problem,Context\nDup,first problem,second problem,ctx\n"
    err = error_of(write(tmp_path / "dup.csv", text))
    assert "dup.csv" in str(err) and err.line == 1
    assert "columns B and C are both headed 'Problem'" in str(err)
    assert "only B would be read and the values in C would be lost" in str(err)
    assert "own header" in (err.fix or "")
    wb = openpyxl.Workbook()
    wb.active.append(["Title", "problem", "Context", " Problem "])
    wb.active.append(["Dup", "first problem", "ctx", "second problem"])
    wb.save(tmp_path / "dup.xlsx")
    err = error_of(tmp_path / "dup.xlsx")
    assert "dup.xlsx (sheet 'Sheet')" in str(err) and "columns B and D" in str(err)
    # --map naming a header given twice is refused the same way
    err = error_of(write(tmp_path / "map.csv", "Notes,Notes,Problem\na,b,c\n"),
                   {"context": "Notes"})
    assert "columns A and B are both headed 'Notes'" in str(err)
    # a repeated header that nothing reads loses nothing that was read before: still read
    [case] = read_cases(write(tmp_path / "ok.csv", "Problem,Notes,Notes\np,a,b\n"))
    assert case.problem == "p"


def test_two_known_headers_for_one_field_are_refused_naming_the_file_both_headers_and_fix(
        tmp_path: Path) -> None:
    """'Problem' and 'Description' both name the problem: reading one would lose the other's
    values unseen, so the file is refused, whichever format it comes in."""
    text = "Title,Problem,Context,Description\nTwo,first problem,ctx,second problem\n"
    err = error_of(write(tmp_path / "two.csv", text))
    assert "two.csv" in str(err) and err.line == 1
    assert ("'Problem' (column B) and 'Description' (column D) both name the 'problem' "
            "field; only B would be read and the values in D would be lost") in str(err)
    assert "keep one" in (err.fix or "") and '--map problem="Problem"' in (err.fix or "")
    wb = openpyxl.Workbook()
    wb.active.append(["Date", "Problem", "Timestamp", "Submitted on"])
    wb.active.append(["2026-09-01", "p", "2026-09-02", "2026-09-03"])
    wb.save(tmp_path / "dates.xlsx")
    err = error_of(tmp_path / "dates.xlsx")
    assert "dates.xlsx (sheet 'Sheet')" in str(err)
    assert ("'Date' (column A), 'Timestamp' (column C) and 'Submitted on' (column D) all "
            "name the 'submitted_on' field; only A would be read and the values in C and D "
            "would be lost") in str(err)
    # saying which column to read settles it; a header the readers do not know is not read
    [case] = read_cases(tmp_path / "two.csv", {"problem": "Description"})
    assert case.problem == "second problem" and case.context == "ctx"
    [case] = read_cases(write(tmp_path / "ok.csv", "Problem,Notes\np,n\n"))
    assert case.problem == "p"


def test_a_column_mapped_to_another_field_does_not_double_the_field_its_header_names(
        tmp_path: Path) -> None:
    """'Description' names the problem too, but mapped to the context it is the context's:
    Problem holds the problem, nothing is lost, nothing to refuse."""
    p = write(tmp_path / "ctx.csv", "Problem,Description,Context\np,d,c\n")
    [case] = read_cases(p, {"context": "Description"})
    assert case.problem == "p" and case.context == "d"
    # whichever column comes first
    p = write(tmp_path / "first.csv", "Description,Problem\nd,p\n")
    [case] = read_cases(p, {"context": "Description"})
    assert case.problem == "p" and case.context == "d"


def _damaged_workbook(tmp_path: Path, how: str) -> Path:
    """A real workbook saved by openpyxl, its zip rewritten without (or with half of) the
    sheet's XML: a valid zip whose workbook cannot be read."""
    import zipfile

    wb = openpyxl.Workbook()
    wb.active.append(["Title", "Problem"])
    for i in range(200):
        wb.active.append([f"case {i}", f"problem text number {i} " * 3])
    wb.save(tmp_path / "good.xlsx")
    out = tmp_path / f"{how}.xlsx"
    with zipfile.ZipFile(tmp_path / "good.xlsx") as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                if how == "nosheet":
                    continue
                data = data[: len(data) // 2]
            dst.writestr(item, data)
    return out


@pytest.mark.parametrize("how", ["nosheet", "cutsheet"])
def test_a_workbook_whose_sheet_is_missing_or_cut_is_refused_with_the_fix(
        tmp_path: Path, how: str, recwarn: pytest.WarningsRecorder) -> None:
    err = error_of(_damaged_workbook(tmp_path, how))
    assert f"{how}.xlsx" in str(err) and "cannot open the workbook" in str(err)
    assert err.fix == "open it in Excel and save it again as .xlsx."
    assert not [w for w in recwarn if "openpyxl" in str(w.filename)]


def test_a_quote_that_never_closes_is_refused_at_its_line_not_merged(tmp_path: Path) -> None:
    path = write(tmp_path / "in.csv", 'Title,Problem,Submitted\nFirst,"Rota is empty,2026-11-01\n'
                 "Second,Badge printer jams,2026-11-02\n")
    with pytest.raises(IngestError, match=r'in\.csv, line 2: a quoted cell opens on this line'
                       r'.*Fix: close the quote'):
        read_cases(path)


def test_a_row_after_a_cell_of_several_lines_is_named_by_its_own_line(tmp_path: Path) -> None:
    path = write(tmp_path / "in.csv", 'Title,Problem,Submitted\nA,"Rota\nis\nempty",2026-11-01\n'
                 "B,Badge printer jams,2026-02-30\n")
    with pytest.raises(IngestError, match=r"line 5: '2026-02-30' is no day of the calendar"):
        read_cases(path)
    path.write_text(path.read_text().replace("2026-02-30", "2026-02-27"), encoding="utf-8")
    a, b = read_cases(path)
    assert (a.line, b.line, a.problem) == (2, 5, "Rota\nis\nempty")


def test_a_date_that_reads_as_two_days_is_refused_unless_the_column_says_which(
        tmp_path: Path) -> None:
    rows = "Title,Problem,Submitted\nA,Rota is empty,04/03/2026\n"
    with pytest.raises(IngestError, match=r"line 2: '04/03/2026' could be either of two days"):
        read_cases(write(tmp_path / "a.csv", rows))
    [a, b] = read_cases(write(tmp_path / "b.csv", rows + "B,Badge printer jams,25/03/2026\n"))
    assert a.submitted_on == dt.date(2026, 3, 4)  # a day above 12 elsewhere: day first
    [c] = read_cases(write(tmp_path / "c.csv", "Title,Problem,Submitted\nC,Rota,03/03/2026\n"))
    assert c.submitted_on == dt.date(2026, 3, 3)  # the same either way


def test_a_json_case_field_holding_a_number_is_refused_not_stored_as_its_spelling(
        tmp_path: Path) -> None:
    p = tmp_path / "c.json"
    p.write_text(json.dumps([{"title": "ok", "problem": "A real problem"},
                             {"title": "x", "Problem": 5}], indent=1))
    with pytest.raises(IngestError) as e:
        read_cases(p)
    msg = str(e.value)
    assert "case 2 of the list ('x')" in msg and "'Problem' is a number (5), not text" in msg
    assert "line 6" in msg and 'write it as text in quotes, e.g. "Problem"' in msg
    p.write_text(json.dumps([{"problem": "A real problem", "team": True}]))
    with pytest.raises(IngestError, match="'team' is true/false"):
        read_cases(p)
    # Tags may be a list of text, a date a spreadsheet's serial number.
    p.write_text(json.dumps([{"problem": "A real problem", "tags": ["sso", "okta"],
                              "submitted": "2026-09-04"}]))
    assert read_cases(p)[0].tags == ("sso", "okta")


def test_a_json_case_with_a_null_problem_is_named_by_its_place_in_the_list(
        tmp_path: Path) -> None:
    p = tmp_path / "c.json"
    p.write_text(json.dumps([{"title": "ok case", "problem": "a real problem text here"},
                             {"title": "y", "problem": None}]))
    with pytest.raises(IngestError) as e:
        read_cases(p)
    msg = str(e.value)
    assert "case 2 of the list ('y') has no problem text (its problem is null)" in msg
    assert "row" not in msg and "cell" not in msg


def test_two_json_keys_for_one_field_are_refused_naming_the_case_its_line_both_keys_and_fix(
        tmp_path: Path) -> None:
    """A case object with "title" and "Title" (or "problem" and its alias "description")
    would have one value read and the other lost unseen: refused as the sheets refuse two
    headers for one field, naming the case, its line, both keys and the fix."""
    p = tmp_path / "c.json"
    p.write_text(json.dumps([{"problem": "A real problem"},
                             {"title": "First", "Title": "Second", "problem": "Another one"}],
                            indent=1))
    err = error_of(p)
    assert "c.json" in str(err) and err.line == 5
    assert ("case 2 of the list: keys 'title' and 'Title' both name the 'title' field; only "
            "'title' would be read and the value of 'Title' would be lost") in str(err)
    # --map compares keys as the readers do (title = Title), so it cannot pick one of these
    assert "keep one" in (err.fix or "") and "--map" not in (err.fix or "")
    p = tmp_path / "c.jsonl"
    p.write_text('{"problem": "A real problem"}\n\n'
                 '{"problem": "the first text", "Description": "the second text", '
                 '"details": "a third"}\n')
    err = error_of(p)
    assert "c.jsonl" in str(err) and err.line == 3
    assert ("case 2 of the list: keys 'problem', 'Description' and 'details' all name the "
            "'problem' field; only 'problem' would be read and the values of 'Description' "
            "and 'details' would be lost") in str(err)
    assert '--map problem="problem"' in (err.fix or "")
    # saying which key to read settles it, as for a sheet's columns; the mapping wins
    # whichever key comes first
    [_, case] = read_cases(p, {"problem": "Description"})
    assert case.problem == "the second text"
    # a key mapped to another field does not double the field its name also names
    [_, case] = read_cases(p, {"context": "Description", "tried": "details"})
    assert case.problem == "the first text" and case.context == "the second text"
    assert case.tried == "a third"


def test_a_json_key_given_twice_in_one_case_is_refused(tmp_path: Path) -> None:
    """JSON parsers keep the last of two equal keys; the first value would be lost unseen."""
    p = tmp_path / "c.json"
    p.write_text('[\n {"problem": "A real problem"},\n'
                 ' {"problem": "first text", "problem": "second text"}\n]')
    err = error_of(p)
    assert err.line == 3 and "case 2 of the list: key 'problem' is given twice" in str(err)
    # a repeated key nested in a value is the value's business, not a case field's
    p.write_text('[{"problem": "A real problem", "extra": {"a": 1, "a": 2}}]')
    assert read_cases(p)[0].problem == "A real problem"
