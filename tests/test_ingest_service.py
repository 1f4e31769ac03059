"""The ingest service on a real store, embedder and Chroma: idempotency, dedup across
formats, all-or-nothing files, audit, the web form, and the CLI's exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from assistant.auth import LOCAL, Actor
from assistant.config import PROJECT_ROOT
from assistant.errors import Forbidden, IngestError
from assistant.ingest.service import add_case, ingest_paths, list_cases, status
from assistant.store.models import AuditEvent, Case
from assistant.workspace import Workspace

ROWS = [("Okta login fails for half the staff", "SAML NameID differs between AD forests",
         "2026-09-04", "sso;okta"),
        ("Umlauts garbled after import", "The CSV was Windows-1252, names look like MÃ¼ller",
         "2026-09-02", "import"),
        ("Champion went quiet", "Our only contact stopped answering after kickoff",
         "2026-10-01", "")]


def csv_sheet(path: Path, rows=ROWS) -> Path:  # type: ignore[no-untyped-def]
    lines = ["Title,Problem,Submitted,Tags"] + [",".join(f'"{v}"' for v in r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def xlsx_sheet(path: Path, rows=ROWS) -> Path:  # type: ignore[no-untyped-def]
    import datetime as dt

    wb = openpyxl.Workbook()
    wb.active.append(["Title", "Problem statement", "Date submitted", "Labels"])
    for t, p, d, tags in rows:
        wb.active.append([t, p, dt.datetime.fromisoformat(d), tags or None])
    wb.save(path)
    return path


def counts(ws: Workspace) -> tuple[int, int, int]:
    with OrmSession(ws.engine) as s:
        n_cases = s.scalar(select(func.count()).select_from(Case))
        n_audit = s.scalar(select(func.count()).select_from(AuditEvent))
    return int(n_cases or 0), int(n_audit or 0), ws.index.count("cases")


def test_ingesting_a_sheet_stores_indexes_and_audits_it(any_ws: Workspace, tmp_path: Path
                                                        ) -> None:
    report = ingest_paths(any_ws, [csv_sheet(tmp_path / "in.csv")])
    assert report.cases_added == 3 and len(report.case_ids) == 3
    assert all(c.startswith("C") and len(c) == 9 for c in report.case_ids)
    assert counts(any_ws) == (3, 1, 3)


def test_reingesting_same_sheet_adds_nothing(any_ws: Workspace, tmp_path: Path) -> None:
    sheet = csv_sheet(tmp_path / "in.csv")
    first = ingest_paths(any_ws, [sheet])
    again = ingest_paths(any_ws, [sheet])
    assert again.cases_added == 0 and again.cases_skipped == 3
    assert "already ingested" in again.files[0].summary()
    assert again.case_ids == first.case_ids
    assert counts(any_ws) == (3, 1, 3)


def test_same_cases_from_csv_and_xlsx_are_one_set(ws: Workspace, tmp_path: Path) -> None:
    ingest_paths(ws, [csv_sheet(tmp_path / "in.csv")])
    report = ingest_paths(ws, [xlsx_sheet(tmp_path / "in.xlsx")])
    assert report.cases_added == 0 and report.cases_skipped == 3
    assert counts(ws)[0] == 3


def test_duplicate_rows_inside_a_file_count_once(ws: Workspace, tmp_path: Path) -> None:
    report = ingest_paths(ws, [csv_sheet(tmp_path / "in.csv", ROWS + ROWS[:1])])
    assert (report.cases_added, report.duplicates) == (3, 1)
    assert "1 duplicate row in the file was counted once" in report.files[0].summary()


def test_a_malformed_file_stores_nothing_and_keeps_earlier_data(any_ws: Workspace,
                                                                 tmp_path: Path) -> None:
    ingest_paths(any_ws, [csv_sheet(tmp_path / "good.csv")])
    before = counts(any_ws)
    bad = tmp_path / "bad.csv"
    bad.write_text("Title,Problem\nNew one,A new valid problem\nEmpty,\n", encoding="utf-8")
    with pytest.raises(IngestError) as info:
        ingest_paths(any_ws, [bad])
    assert "bad.csv, line 3" in str(info.value)
    assert counts(any_ws) == before
    assert {c.title for c in list_cases(any_ws)} == {r[0] for r in ROWS}


def test_an_xlsx_with_a_cell_past_its_headers_stores_nothing_and_keeps_earlier_data(
        ws: Workspace, tmp_path: Path) -> None:
    ingest_paths(ws, [csv_sheet(tmp_path / "good.csv")])
    before = counts(ws)
    bad = xlsx_sheet(tmp_path / "bad.xlsx", [("New one", "A new valid problem", "2026-10-03",
                                              "")])
    wb = openpyxl.load_workbook(bad)
    wb.active.append(["Another", "A second new problem", None, None, "stray note"])
    wb.save(bad)
    with pytest.raises(IngestError) as info:
        ingest_paths(ws, [bad])
    assert "bad.xlsx (sheet 'Sheet'), row 3" in str(info.value)
    assert "5 cells under 4 headers" in str(info.value) and "Fix:" in str(info.value)
    assert counts(ws) == before
    assert {c.title for c in list_cases(ws)} == {r[0] for r in ROWS}


def test_a_bad_file_in_a_batch_stores_nothing_of_the_batch(ws: Workspace, tmp_path: Path
                                                          ) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('[{"problem": "x"}, 3]', encoding="utf-8")
    with pytest.raises(IngestError, match="bad.json, line 1"):
        ingest_paths(ws, [csv_sheet(tmp_path / "good.csv"), bad])
    assert counts(ws) == (0, 0, 0)


def test_folder_of_markdown_files_is_a_case_folder(ws: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / "a.md").write_text("# Quiet champion\nThe contact vanished.\n", encoding="utf-8")
    (folder / "b.md").write_text("# Sandbox mixup\nReal data went to the sandbox.\n",
                                 encoding="utf-8")
    report = ingest_paths(ws, [folder])
    assert report.cases_added == 2 and len(report.files) == 1


def test_transcript_becomes_a_session_once(ws: Workspace, tmp_path: Path) -> None:
    vtt = tmp_path / "jam.vtt"
    vtt.write_text("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nAna: We, um, start with SSO.\n\n"
                   "00:00:05.000 --> 00:00:09.000\nBen: Okta fails for half the users.\n",
                   encoding="utf-8")
    report = ingest_paths(ws, [vtt], session_meta={"format": "office hours",
                                                    "date": "2026-10-08"})
    assert (report.sessions_added, report.segments_added) == (1, 2)
    assert ingest_paths(ws, [vtt]).sessions_skipped == 1
    assert status(ws).segments == 2 and ws.index.count("segments") == 1


def test_a_corrected_transcript_of_a_stored_session_is_refused_naming_it_not_added_twice(
        ws: Workspace, tmp_path: Path) -> None:
    from assistant.archive import archive_record
    from assistant.errors import Conflict
    from assistant.sessions import list_sessions

    turns = ("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nAna: We start with the cache.\n\n"
             "00:00:05.000 --> 00:00:09.000\nOmar: I will send the script by {day}.\n")
    meta = {"title": "Office hours: SSO", "date": "2026-11-20"}
    first = tmp_path / "s1.vtt"
    first.write_text(turns.format(day="Friday"), encoding="utf-8")
    sid = ingest_paths(ws, [first], session_meta=meta).session_ids[0]
    fixed = tmp_path / "s1b.vtt"
    fixed.write_text(turns.format(day="Thursday"), encoding="utf-8")
    with pytest.raises(Conflict) as err:
        ingest_paths(ws, [fixed], session_meta=meta)
    msg = str(err.value)
    assert sid in msg and "Office hours: SSO" in msg and "2026-11-20" in msg
    assert f"assistant archive session {sid}" in msg
    assert len(list_sessions(ws)) == 1 and status(ws).segments == 2
    assert ws.index.count("segments") == 1
    # With no date known, the same title from the same file (corrected in place) is the
    # same session too; another folder's file of the same name is another meeting (many
    # tools name every export alike).
    for d, day in (("u1", "Sunday"), ("u2", "Monday")):
        (tmp_path / d).mkdir()
        (tmp_path / d / "notes.vtt").write_text(turns.format(day=day), encoding="utf-8")
    ingest_paths(ws, [tmp_path / "u1" / "notes.vtt"])
    assert ingest_paths(ws, [tmp_path / "u2" / "notes.vtt"]).sessions_added == 1
    (tmp_path / "u1" / "notes.vtt").write_text(turns.format(day="Tuesday"), encoding="utf-8")
    with pytest.raises(Conflict):
        ingest_paths(ws, [tmp_path / "u1" / "notes.vtt"])
    # Another date is another session; replacing is archiving the old one first.
    assert ingest_paths(ws, [fixed], session_meta={**meta, "date": "2026-11-27"}
                        ).sessions_added == 1
    archive_record(ws, "session", sid, actor=LOCAL)
    (tmp_path / "s1c.vtt").write_text(turns.format(day="Tuesday"), encoding="utf-8")
    assert ingest_paths(ws, [tmp_path / "s1c.vtt"], session_meta=meta).sessions_added == 1


def test_a_short_text_transcript_given_session_details_is_a_session(ws: Workspace,
                                                                     tmp_path: Path) -> None:
    call = tmp_path / "call.txt"
    call.write_text("Ana Silva: The badge printer jams again.\nBo Chen: I will order rollers.\n",
                    encoding="utf-8")
    assert ingest_paths(ws, [call]).cases_added == 1  # two turns alone read as a case
    two = tmp_path / "two.txt"
    two.write_text("Cy Dunn: The kiosk reboots at noon.\nDee Ek: I will check its timer.\n",
                   encoding="utf-8")
    report = ingest_paths(ws, [two], session_meta={"format": "office hours",
                                                    "date": "2026-11-30", "title": "Short"})
    assert (report.sessions_added, report.segments_added, report.cases_added) == (1, 2, 0)
    note = tmp_path / "note.txt"
    note.write_text("The rota is empty again on Mondays.\n", encoding="utf-8")
    before = status(ws)
    with pytest.raises(IngestError, match=r"note\.txt: session details .* no turn of a "
                       r"transcript.*Fix: write one line per turn"):
        ingest_paths(ws, [note], session_meta={"title": "Short"})
    assert status(ws) == before


def test_unknown_case_title_in_session_meta_is_an_error(ws: Workspace) -> None:
    with pytest.raises(IngestError, match="no case has the id or title"):
        ingest_paths(ws, [PROJECT_ROOT / "examples/onboarding/transcripts/office-hours.srt"],
                     session_meta={"cases": ["Nonexistent case"]})
    assert status(ws).sessions == 0


def test_form_case_gets_the_same_id_as_the_sheet_case(ws: Workspace, tmp_path: Path) -> None:
    report = ingest_paths(ws, [csv_sheet(tmp_path / "in.csv")])
    t, p, d, tags = ROWS[0]
    added = add_case(ws, {"title": t, "problem": p, "submitted_on": d,
                          "tags": tags.split(";")}, actor=LOCAL)
    assert not added.created and added.id == report.case_ids[0]
    new = add_case(ws, {"title": "Brand new", "problem": "Webhooks blocked by firewall"},
                   actor=Actor("vic", "viewer"))
    assert new.created and counts(ws)[0] == 4


def test_form_case_without_problem_is_refused(ws: Workspace) -> None:
    with pytest.raises(IngestError, match="needs a problem"):
        add_case(ws, {"title": "Only a title", "problem": "  "}, actor=LOCAL)


def test_a_viewer_may_not_ingest_files(ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(Forbidden):
        ingest_paths(ws, [csv_sheet(tmp_path / "in.csv")], actor=Actor("vic", "viewer"))


def run_cli(*args: str, data_dir: Path, env: dict[str, str] | None = None
            ) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", **(env or {})}
    return subprocess.run([sys.executable, "-m", "assistant", "--data-dir", str(data_dir),
                           *args], capture_output=True, text=True, env=env, cwd=PROJECT_ROOT,
                          timeout=300)


def test_cli_ingest_reports_per_file_and_refuses_a_malformed_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ok = run_cli("ingest", str(csv_sheet(tmp_path / "in.csv")), data_dir=data)
    assert ok.returncode == 0, ok.stderr
    assert "3 cases added" in ok.stdout
    bad = tmp_path / "bad.csv"
    bad.write_text("Name,Colour\nx,y\n", encoding="utf-8")
    res = run_cli("ingest", str(bad), data_dir=data)
    assert res.returncode == 1
    assert "bad.csv, line 1" in res.stderr and "--map" in res.stderr
    assert "Traceback" not in res.stderr
    mapped = run_cli("ingest", str(bad), "--map", "problem=Colour", data_dir=data)
    assert mapped.returncode == 0 and "1 case added" in mapped.stdout, mapped.stdout
    assert "1 cases" not in mapped.stdout
    st = run_cli("status", data_dir=data)
    assert "cases: 4 (indexed 4)" in st.stdout


def test_a_batch_is_split_into_new_and_known_cases_each_distinct_case_once(
        ws: Workspace) -> None:
    from assistant.ingest import persist
    from assistant.ingest.records import CaseRecord
    from assistant.store.db import transaction

    a, b = CaseRecord("Okta login fails", title="SSO"), CaseRecord("Champion went quiet")
    again = CaseRecord("Okta   login fails", title=" SSO ")  # same case, other spacing
    with transaction(ws.engine) as s:
        n = persist.new_cases(s, [a, b, again])
        assert len(n.hashes) == 3 and n.hashes[0] == n.hashes[2]
        assert list(n.first.values()) == [a, b] and not n.known
        assert [r["id"] for r in n.rows] == [n.ids[h] for h in n.first]
        persist.insert_cases(s, n.rows)
    c = CaseRecord("Umlauts garbled after import")
    with OrmSession(ws.engine) as s:
        later = persist.new_cases(s, [b, c])
    assert later.known == {n.hashes[1]: n.ids[n.hashes[1]]}
    assert [r["problem"] for r in later.rows] == [c.problem]
    assert set(later.ids) == {later.hashes[1]} and later.ids[later.hashes[1]] not in n.ids.values()


def test_a_title_over_200_characters_is_refused_by_form_sheet_plan_and_cli_storing_nothing(
        ws: Workspace, tmp_path: Path) -> None:
    from assistant.errors import AssistantError
    from assistant.ingest.records import TITLE_MAX
    from assistant.sessions import list_sessions, plan_session
    from tests.sample_data import TRANSCRIPT
    from tests.test_cli_review import invoke

    long = "Okta " * 50  # 250 characters
    with pytest.raises(IngestError) as info:
        add_case(ws, {"title": long.strip(), "problem": "SAML fails"}, actor=LOCAL)
    said = str(info.value)
    assert said.startswith("The case title is 249 characters long; at most 200") and \
        "Fix: shorten the case title" in said
    # A sheet whose third line holds the long title: refused whole, the good row too.
    sheet = csv_sheet(tmp_path / "long.csv", [ROWS[0], (long, "p", "2026-09-04", "")])
    with pytest.raises(IngestError) as info:
        ingest_paths(ws, [sheet], actor=LOCAL)
    assert "long.csv, line 3: the case title is 249 characters long" in str(info.value)
    with pytest.raises(AssistantError, match="session title is 201 characters long; at "
                                             "most 200"):
        plan_session(ws, title="x" * 201, format="jam", date=None, actor=LOCAL)
    vtt = tmp_path / "jam.vtt"
    vtt.write_text(TRANSCRIPT, encoding="utf-8")
    with pytest.raises(IngestError, match="session title is 300 characters"):
        ingest_paths(ws, [vtt], session_meta={"title": "y" * 300}, actor=LOCAL)
    assert list_cases(ws) == [] and list_sessions(ws) == []
    # The limit itself is fine, and a title made from a long file name is shortened.
    plan_session(ws, title="z" * TITLE_MAX, format="jam", date=None, actor=LOCAL)
    named = tmp_path / (("weekly volunteer jam " * 12).strip().replace(" ", "_") + ".vtt")
    named.write_text(TRANSCRIPT, encoding="utf-8")
    ingest_paths(ws, [named], actor=LOCAL)
    titles = sorted(len(s.title) for s in list_sessions(ws))
    assert titles[-1] == TITLE_MAX and len(titles) == 2
    code, out = invoke(["--data-dir", str(tmp_path / "cli")], "sessions", "plan", "q" * 250)
    assert code == 1 and "session title is 250 characters long; at most 200" in out, out
    assert "Traceback" not in out


def test_a_sheets_own_id_column_is_reported_as_not_read(ws: Workspace, tmp_path: Path
                                                         ) -> None:
    sheet = tmp_path / "dupid.csv"
    sheet.write_text("Id,Title,Problem,Submitted\nX1,Dup A,Problem one about SSO,2026-10-01\n"
                     "X1,Dup B,Problem two about billing,2026-10-02\n", encoding="utf-8")
    report = ingest_paths(ws, [sheet])
    assert report.cases_added == 2
    assert any("column 'Id' is not read" in w and "dupid.csv" in w for w in report.warnings)
    plain = tmp_path / "plain.csv"
    plain.write_text("Title,Problem\nA,Problem three about exports\n", encoding="utf-8")
    assert ingest_paths(ws, [plain]).warnings == ()


def test_a_sheet_over_the_case_limit_is_refused_up_front_naming_file_count_and_limit(
        ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.errors import AssistantError
    from assistant.ui.handlers.intake import ingest_files

    embedded: list[int] = []
    inner = ws.embedder.inner  # type: ignore[attr-defined]
    real = inner.embed
    monkeypatch.setattr(inner, "embed", lambda texts, **kw: (embedded.append(len(texts)),
                                                             real(texts, **kw))[1])
    ws.settings.max_cases_per_file = 2
    sheet = csv_sheet(tmp_path / "big.csv")  # 3 cases
    with pytest.raises(IngestError) as info:
        ingest_paths(ws, [sheet], actor=LOCAL)
    said = str(info.value)
    assert said.startswith(f"{sheet}: the file holds 3 cases, over the limit of 2 for one file")
    assert "split it into files of at most 2 rows, or raise ASSISTANT_MAX_CASES_PER_FILE " \
           "above 3" in said
    with pytest.raises(AssistantError, match="big.csv: the file holds 3 cases"):
        ingest_files(ws, LOCAL, [str(sheet)])  # the app's upload says the same
    assert embedded == [] and list_cases(ws) == [] and status(ws).cases == 0
    ws.settings.max_cases_per_file = 3  # raised: the same file goes in whole
    assert ingest_paths(ws, [sheet], actor=LOCAL).cases_added == 3


def test_an_ingest_stopped_while_embedding_stores_nothing_and_can_run_again(
        ws: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inner = ws.embedder.inner  # type: ignore[attr-defined]
    real = inner.embed

    def stopped(texts, **kw):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt  # Ctrl-C (or a closed browser tab) mid-way

    monkeypatch.setattr(inner, "embed", stopped)
    sheet = csv_sheet(tmp_path / "in.csv")
    with pytest.raises(KeyboardInterrupt):
        ingest_paths(ws, [sheet], actor=LOCAL)
    assert list_cases(ws) == [] and status(ws).cases == 0
    monkeypatch.setattr(inner, "embed", real)
    assert ingest_paths(ws, [sheet], actor=LOCAL).cases_added == 3


def test_cli_ingest_shows_embedding_and_indexing_progress_and_the_limit(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ok = run_cli("ingest", str(csv_sheet(tmp_path / "in.csv")), data_dir=data)
    assert ok.returncode == 0, ok.stderr
    for stage in ("Embedding", "Indexing"):  # tqdm bars on stderr: count, rate, time left
        assert f"{stage}: 100%" in ok.stderr and "3/3" in ok.stderr, ok.stderr
    env_limit = {"ASSISTANT_MAX_CASES_PER_FILE": "2"}
    more = [*ROWS, ("Invoice seats wrong", "The invoice bills 250 seats, not 200",
                    "2026-10-02", "")]
    res = run_cli("ingest", str(csv_sheet(tmp_path / "more.csv", more)), data_dir=data,
                  env=env_limit)
    assert res.returncode == 1 and "Traceback" not in res.stderr
    assert "more.csv: the file holds 4 cases, over the limit of 2" in res.stderr
