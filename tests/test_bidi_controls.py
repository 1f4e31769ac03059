"""Bidi override, embedding and isolate controls (U+202A-U+202E, U+2066-U+2069) cannot
spoof a title or a name: ingest removes them and the app shows any stored one as its code
point; right-to-left text itself is kept as it was written."""

from __future__ import annotations

from pathlib import Path

from assistant.auth import LOCAL
from assistant.ingest.service import add_case, ingest_paths, list_cases
from assistant.sessions import edit_session, list_sessions, plan_session
from assistant.ui.render import choice_label, esc, table
from assistant.workspace import Workspace

RLO, PDF, LRI, PDI = "\u202e", "\u202c", "\u2066", "\u2069"
SPOOF = f"Payroll export {RLO}txt.exe"
HEBREW = "Office hours: SSO \u200fשלום"  # a right-to-left mark and Hebrew: real RTL text


def test_ingest_removes_bidi_controls_from_titles_and_names_and_keeps_rtl_text(
        ws: Workspace, tmp_path: Path) -> None:
    sheet = tmp_path / "cases.csv"
    sheet.write_text("Title,Problem,Submitted by\n"
                     f"\"{SPOOF}\",The export names the file wrongly,\"{LRI}שרה כהן{PDI}\"\n"
                     f"\"{HEBREW}\",Login fails for محمد علي,محمد علي\n", encoding="utf-8")
    ingest_paths(ws, [sheet])
    form = add_case(ws, {"title": f"Form {RLO}fdp.exe", "problem": "Spoofed attachment name"},
                    actor=LOCAL)
    assert form.created
    by_problem = {c.problem: c for c in list_cases(ws)}
    assert by_problem["The export names the file wrongly"].title == "Payroll export txt.exe"
    assert by_problem["The export names the file wrongly"].submitter == "שרה כהן"
    assert by_problem["Login fails for محمد علي"].title == HEBREW  # U+200F and Hebrew kept
    assert by_problem["Login fails for محمد علي"].submitter == "محمد علي"
    assert by_problem["Spoofed attachment name"].title == "Form fdp.exe"

    vtt = tmp_path / "jam.vtt"
    vtt.write_text(f"WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v {RLO}Ana Lima{PDF}>We start."
                   "\n", encoding="utf-8")
    ingest_paths(ws, [vtt], session_meta={"title": f"Jam {RLO}gpj.exe", "date": "2026-11-20",
                                          "facilitator": f"{RLO}Ana"})
    planned = plan_session(ws, title=f"Plan {LRI}x{PDI}", format="office hours",
                           date="2026-11-27", facilitator=f"Ben {RLO}", actor=LOCAL)
    edit_session(ws, planned.id, title=f"Edited {RLO}cod.exe", actor=LOCAL)
    got = {s.title: s for s in list_sessions(ws)}
    assert set(got) == {"Jam gpj.exe", "Edited cod.exe"}
    assert got["Jam gpj.exe"].facilitator == "Ana"
    assert got["Edited cod.exe"].facilitator == "Ben"


def test_a_stored_bidi_control_is_shown_as_its_code_point_not_obeyed() -> None:
    assert esc(SPOOF) == "Payroll export \\[U+202E\\]txt.exe"
    assert RLO not in table(["Title"], [[SPOOF]])
    assert choice_label("C1", SPOOF) == "Payroll export [U+202E]txt.exe"
    assert esc(HEBREW) == HEBREW  # real right-to-left text is shown as written
