"""Planning sessions, attaching transcripts afterwards, listing and reading them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.auth import LOCAL, Actor
from assistant.errors import Conflict, Forbidden, IngestError, NotFound
from assistant.index.service import search
from assistant.ingest.service import ingest_paths
from assistant.sessions import attach_transcript, get_session, list_sessions, plan_session
from assistant.workspace import Workspace
from tests.conftest import EXAMPLE_DIR

SRT = EXAMPLE_DIR / "transcripts" / "office-hours.srt"


def plan(ws: Workspace, **kw: object):  # type: ignore[no-untyped-def]
    args: dict[str, object] = {"title": "Office hours: imports", "format": "office hours",
                               "date": "2026-10-22", "start_time": "16:00",
                               "facilitator": "Tomasz", "case_ids": [], "actor": LOCAL}
    return plan_session(ws, **{**args, **kw})  # type: ignore[arg-type]


def test_planned_session_links_cases_by_id_or_title(any_ws: Workspace) -> None:
    report = ingest_paths(any_ws, [EXAMPLE_DIR / "cases.csv"])
    s = plan(any_ws, case_ids=[report.case_ids[0],
                               "Dates swapped day and month in migrated tickets"])
    assert s.id.startswith("S") and len(s.case_ids) == 2 and not s.has_transcript
    assert s.date == dt.date(2026, 10, 22) and s.start_time == "16:00"
    assert [x.id for x in list_sessions(any_ws)] == [s.id]


def test_planning_the_same_session_twice_is_a_conflict(ws: Workspace) -> None:
    plan(ws)
    with pytest.raises(Conflict, match="already"):
        plan(ws)


def test_unknown_format_is_refused_with_the_choices(ws: Workspace) -> None:
    with pytest.raises(IngestError, match="office hours"):
        plan(ws, format="brainstorm")


def test_a_viewer_may_not_plan_a_session(ws: Workspace) -> None:
    with pytest.raises(Forbidden):
        plan(ws, actor=Actor("vic", "viewer"))


def test_attaching_a_transcript_stores_and_indexes_its_turns(any_ws: Workspace) -> None:
    s = plan(any_ws)
    result = attach_transcript(any_ws, s.id, SRT, actor=LOCAL)
    full = get_session(any_ws, s.id)
    assert result.segments == len(full.segments) > 50 and full.has_transcript
    assert full.segments[0].speaker == "Tomasz Wierzbicki"
    assert "um" not in full.segments[5].clean_text.lower().split()
    hits = search(any_ws, "importer guessed the date format", kind="segments", limit=3)
    assert any(h.session_id == s.id for h in hits)


def test_a_second_transcript_for_a_session_is_a_conflict(ws: Workspace) -> None:
    s = plan(ws)
    attach_transcript(ws, s.id, SRT, actor=LOCAL)
    with pytest.raises(Conflict, match="already has a transcript"):
        attach_transcript(ws, s.id, EXAMPLE_DIR / "transcripts" / "teams-office-hours.vtt",
                          actor=LOCAL)


def test_a_malformed_transcript_leaves_the_planned_session_empty(ws: Workspace,
                                                                 tmp_path: Path) -> None:
    s = plan(ws)
    bad = tmp_path / "bad.vtt"
    bad.write_text("WEBVTT\n\n00:00:05.000 -> 00:00:0x\nAna: hi\n", encoding="utf-8")
    with pytest.raises(IngestError, match="bad.vtt, line 3"):
        attach_transcript(ws, s.id, bad, actor=LOCAL)
    assert not get_session(ws, s.id).has_transcript


def test_a_transcript_for_a_session_with_no_date_is_refused_with_the_fix(
        ws: Workspace, tmp_path: Path) -> None:
    """A held session has its day (the recap's due time and "by Friday" count from it): a
    transcript given to an undated session stores nothing and says how to date it (with
    the day a Teams DOCX names); once dated, the same file is stored."""
    from assistant.archive import reassign_transcript
    from assistant.sessions import edit_session
    from tests.test_cli_review import invoke

    s = plan(ws, date=None)
    with pytest.raises(Conflict) as refused:
        attach_transcript(ws, s.id, SRT, actor=LOCAL)
    said = str(refused.value)
    assert "has no date" in said and f"`assistant sessions edit {s.id} --date YYYY-MM-DD`" \
        in said and "Nothing was stored" in said, said
    assert not get_session(ws, s.id).has_transcript
    docx = EXAMPLE_DIR / "transcripts" / "demo-day-show-and-tell.docx"
    with pytest.raises(Conflict, match=f"held on 2026-11-12\\) first: `assistant sessions "
                       f"edit {s.id} --date 2026-11-12`"):
        attach_transcript(ws, s.id, docx, actor=LOCAL)
    # a transcript stored elsewhere is not moved into it either
    held = plan(ws, title="Office hours: imports, held")
    attach_transcript(ws, held.id, SRT, actor=LOCAL)
    with pytest.raises(Conflict, match="has no date"):
        reassign_transcript(ws, held.id, s.id, actor=LOCAL)
    assert get_session(ws, held.id).has_transcript
    edit_session(ws, s.id, date="2026-10-22", actor=LOCAL)
    assert attach_transcript(ws, s.id, docx, actor=LOCAL).segments > 0

    base = ["--data-dir", str(tmp_path / "cli")]
    code, out = invoke(base, "sessions", "plan", "Office hours: undated")
    sid = out.split()[1].rstrip(":")
    assert code == 0 and "undated" in out, out
    code, out = invoke(base, "sessions", "attach", sid, str(SRT))
    assert code != 0 and f"assistant sessions edit {sid} --date" in out, out


def test_a_transcript_ingested_without_a_date_is_stored_and_the_report_says_how_to_date_it(
        ws: Workspace) -> None:
    """`assistant ingest FILE.vtt` stores a meeting as its own session; when neither the
    file nor --date gives its day, the report says what that costs and the fix."""
    report = ingest_paths(ws, [SRT])
    [sid] = report.session_ids
    [note] = report.warnings
    assert "was stored without a date" in note and "counts from that day" in note
    assert f"`assistant sessions edit {sid} --date YYYY-MM-DD`" in note, note
    dated = ingest_paths(ws, [EXAMPLE_DIR / "transcripts" / "teams-office-hours.vtt"],
                         session_meta={"date": "2026-10-22"})
    assert not dated.warnings


def test_unknown_session_is_not_found_with_a_hint(ws: Workspace) -> None:
    with pytest.raises(NotFound, match="Sessions screen"):
        get_session(ws, "Snope")
