"""Bidi override, embedding and isolate controls (U+202A-U+202E, U+2066-U+2069) cannot
spoof a title or a name: ingest removes them and the app shows any stored one as its code
point; right-to-left text itself is kept as it was written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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


def test_a_title_stored_before_the_fix_prints_and_publishes_without_its_controls(
        tmp_path: Path, embedder: Any) -> None:
    """Ingest removes bidi controls since session 17; a title or name stored before keeps
    them, and the command line and the published site (Markdown, HTML, JSON, nav, an export)
    drop them on the way out, keeping right-to-left text."""
    from assistant.config import load_settings
    from assistant.publish import export_recap, publish
    from assistant.review.workflow import approve, submit_for_review
    from assistant.store.db import transaction
    from assistant.store.models import Session
    from assistant.summarize import draft_recap
    from assistant.workspace import open_workspace
    from tests.test_cli_review import invoke
    from tests.test_review_workflow import held_session

    data = tmp_path / "data"
    ws = open_workspace(load_settings(data_dir=data), embedder=embedder)
    try:
        sid = held_session(ws, tmp_path)
        recap = draft_recap(ws, sid, actor=LOCAL)
        submit_for_review(ws, recap.id)
        approve(ws, recap.id, comment="fine")
        with transaction(ws.engine) as s:  # as an older version stored it
            x = s.get(Session, sid)
            assert x is not None
            x.title, x.facilitator = f"Jam {RLO}gpj.exe {HEBREW}", f"{LRI}Ana{PDI}"
        out = tmp_path / "site"
        assert publish(ws, to=out).recaps == 1
        files = [p for p in out.rglob("*") if p.is_file()]
        pages = {p.relative_to(out).as_posix(): p.read_text(encoding="utf-8") for p in files}
        assert not [rel for rel, text in pages.items() if any(c in text for c in (RLO, LRI, PDI))]
        assert f"Jam gpj.exe {HEBREW}" in pages[f"markdown/recaps/{recap.id}.md"]
        assert "Jam gpj.exe" in pages[f"html/recaps/{recap.id}.html"]
        assert f"Jam gpj.exe {HEBREW}" in pages["playbook.json"]
        for fmt in ("markdown", "text"):
            shown = export_recap(ws, recap.id, fmt=fmt)
            assert "Jam gpj.exe" in shown and RLO not in shown
    finally:
        ws.close()
    code, printed = invoke(["--data-dir", str(data)], "sessions", "list")
    assert code == 0 and f"Jam gpj.exe {HEBREW}" in printed and RLO not in printed, printed
