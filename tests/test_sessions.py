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


def test_unknown_session_is_not_found_with_a_hint(ws: Workspace) -> None:
    with pytest.raises(NotFound, match="Sessions screen"):
        get_session(ws, "Snope")
