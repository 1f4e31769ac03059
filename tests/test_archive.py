"""Archive (soft delete) and restore of cases, sessions, transcripts and drafts; moving a
transcript stored under the wrong session."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from assistant.archive import (
    archive_record,
    list_archived,
    reassign_transcript,
    restore_record,
)
from assistant.cluster import novel_queue
from assistant.errors import Conflict, Forbidden
from assistant.index.service import reindex, search
from assistant.ingest.service import add_case, ingest_paths, list_cases
from assistant.review.workflow import inbox, recap_deadlines
from assistant.sessions import attach_transcript, get_session, list_sessions, plan_session
from assistant.store.models import AuditEvent
from assistant.summarize import draft_recap
from assistant.workspace import Workspace
from tests.sample_data import FRAN, STELLA, TRANSCRIPT, VIC

QUERY = "pair each newcomer with a buddy for their first shifts"


@pytest.fixture
def held(any_ws: Workspace, tmp_path: Path) -> tuple[Workspace, str, str]:
    """A planned session with its transcript and a recap draft."""
    vtt = tmp_path / "volunteer-jam.vtt"
    vtt.write_text(TRANSCRIPT, encoding="utf-8")
    s = plan_session(any_ws, title="Volunteer retention jam", format="problem-solving jam",
                     date="2025-03-14", facilitator="fran", actor=FRAN)
    attach_transcript(any_ws, s.id, vtt, actor=FRAN)
    draft = draft_recap(any_ws, s.id, actor=FRAN)
    return any_ws, s.id, draft.id


def _session_hits(ws: Workspace, session_id: str) -> list[str]:
    return [h.id for h in search(ws, QUERY, kind="segments", limit=10)
            if h.session_id == session_id]


def test_an_archived_session_leaves_today_the_inbox_and_search_and_restore_brings_it_back(
        held: tuple[Workspace, str, str]) -> None:
    ws, sid, did = held
    assert _session_hits(ws, sid) and any(d.id == did for d in inbox(ws, actor=STELLA))
    assert any(r.session_id == sid for r in recap_deadlines(ws))

    archive_record(ws, "session", sid, actor=FRAN, reason="planned twice")
    assert sid not in [x.id for x in list_sessions(ws)]
    assert not any(r.session_id == sid for r in recap_deadlines(ws))
    assert not any(d.id == did for d in inbox(ws, actor=STELLA))
    assert not _session_hits(ws, sid)
    reindex(ws)  # a rebuilt index leaves it out too
    assert not _session_hits(ws, sid)
    assert [(r.kind, r.id) for r in list_archived(ws)] == [("session", sid)]

    restore_record(ws, "session", sid, actor=STELLA)
    assert sid in [x.id for x in list_sessions(ws)]
    assert any(d.id == did for d in inbox(ws, actor=STELLA))
    assert _session_hits(ws, sid)
    with OrmSession(ws.engine) as s:
        actions = list(s.scalars(select(AuditEvent.action).where(
            AuditEvent.object_id == sid, AuditEvent.action.in_(("archive", "restore")))
            .order_by(AuditEvent.id)))
    assert actions == ["archive", "restore"]


def test_only_a_steward_restores_and_a_viewer_cannot_archive(
        held: tuple[Workspace, str, str]) -> None:
    ws, sid, did = held
    with pytest.raises(Forbidden):
        archive_record(ws, "draft", did, actor=VIC)
    archive_record(ws, "draft", did, actor=FRAN)
    with pytest.raises(Forbidden):
        restore_record(ws, "draft", did, actor=FRAN)
    with pytest.raises(Conflict, match="already archived"):
        archive_record(ws, "draft", did, actor=STELLA)
    restore_record(ws, "draft", did, actor=STELLA)
    assert any(d.id == did for d in inbox(ws, actor=FRAN))


def test_an_archived_case_leaves_the_case_list_search_and_novel_queue(ws: Workspace) -> None:
    added = add_case(ws, {"title": "Volunteers drift away", "problem": "New volunteers stop "
                          "coming after a month and nobody notices."}, actor=FRAN)
    assert any(n.case_id == added.id for n in novel_queue(ws))
    archive_record(ws, "case", added.id, actor=FRAN)
    assert added.id not in [c.id for c in list_cases(ws)]
    assert added.id not in [h.id for h in search(ws, "volunteers stop coming", limit=5)]
    assert not any(n.case_id == added.id for n in novel_queue(ws))
    restore_record(ws, "case", added.id, actor=STELLA)
    assert added.id in [h.id for h in search(ws, "volunteers stop coming", limit=5)]


def test_an_archived_transcript_leaves_search_but_its_session_stays(
        held: tuple[Workspace, str, str]) -> None:
    ws, sid, _ = held
    archive_record(ws, "transcript", sid, actor=FRAN)
    view = get_session(ws, sid)
    assert not view.has_transcript and view.transcript_archived
    assert sid in [x.id for x in list_sessions(ws)] and not _session_hits(ws, sid)
    restore_record(ws, "transcript", sid, actor=STELLA)
    assert get_session(ws, sid).has_transcript and _session_hits(ws, sid)


def test_a_transcript_ingested_as_its_own_session_moves_to_the_planned_one(
        any_ws: Workspace, tmp_path: Path) -> None:
    vtt = tmp_path / "jam_sso.vtt"
    vtt.write_text(TRANSCRIPT, encoding="utf-8")
    orphan = ingest_paths(any_ws, [vtt], actor=FRAN).session_ids[0]
    planned = plan_session(any_ws, title="SSO jam", format="problem-solving jam",
                           date="2025-03-14", facilitator="fran", actor=FRAN)
    with pytest.raises(Conflict, match="move-transcript"):
        attach_transcript(any_ws, planned.id, vtt, actor=FRAN)

    moved = reassign_transcript(any_ws, orphan, planned.id, actor=FRAN)
    assert moved == len(get_session(any_ws, planned.id).segments) == 6
    assert not get_session(any_ws, orphan).has_transcript
    assert _session_hits(any_ws, planned.id) and not _session_hits(any_ws, orphan)
    archive_record(any_ws, "session", orphan, actor=FRAN)
    assert [x.id for x in list_sessions(any_ws)] == [planned.id]
