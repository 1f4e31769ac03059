"""Intake puts a transcript in the session it belongs to; drafts show their review thread;
errors name the user's file; archive and restore from the screens."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import AssistantError
from assistant.sessions import get_session, list_sessions
from assistant.ui.handlers import intake, records, review, sessions
from tests.sample_data import FRAN, STELLA, TRANSCRIPT


@pytest.fixture
def vtt(tmp_path: Path) -> Path:
    path = tmp_path / "jam_sso.vtt"
    path.write_text(TRANSCRIPT, encoding="utf-8")
    return path


def test_an_uploaded_transcript_lands_in_the_planned_session_not_a_new_one(ws, vtt):
    _, sid = sessions.plan(ws, FRAN, "SSO jam", "problem-solving jam", "2025-03-14", "",
                           "fran", [])
    assert [c[1] for c in sessions.planned_without_transcript(ws, FRAN)] == [sid]
    message, stored_in = intake.store_transcript(ws, FRAN, str(vtt), intake.PLANNED, sid)
    assert stored_in == sid and "SSO jam" in message
    assert [(s.id, s.has_transcript) for s in list_sessions(ws)] == [(sid, True)]


def test_an_uploaded_transcript_can_plan_its_session_with_title_date_and_cases(ws, vtt):
    intake.submit_case(ws, FRAN, "Single sign-on fails", "Users cannot log in with SSO.",
                       "", "", "", "", "", "", "")
    _, _, case_choices = sessions.overview(ws, FRAN)
    _, sid = intake.store_transcript(ws, FRAN, str(vtt), intake.NEW, None, "SSO jam",
                                     "office hours", "2025-03-14 00:00:00", "14:30", "fran",
                                     [case_choices[0][1]])
    (only,) = list_sessions(ws)
    assert (only.id, only.title, str(only.date), only.start_time, only.format,
            len(only.case_ids)) == (sid, "SSO jam", "2025-03-14", "14:30", "office hours", 1)


def test_a_session_planned_with_its_transcript_needs_its_date_unless_the_file_gives_it(
        ws, vtt):
    """A VTT does not say when the meeting was held: with the Date left empty nothing is
    planned or stored, and the message asks for it; a Teams DOCX that names its day
    plans the session on that day."""
    from tests.conftest import EXAMPLE_DIR

    with pytest.raises(AssistantError, match="Give the new session the day it was held") as e:
        intake.store_transcript(ws, FRAN, str(vtt), intake.NEW, None, "SSO jam",
                                "office hours", "", "", "fran", [])
    assert "Nothing was stored" in str(e.value) and "by Friday" in str(e.value)
    assert list_sessions(ws) == []
    docx = EXAMPLE_DIR / "transcripts" / "demo-day-show-and-tell.docx"
    _, sid = intake.store_transcript(ws, FRAN, str(docx), intake.NEW, None, "Demo",
                                     "show-and-tell demo", None, "", "fran", [])
    (only,) = list_sessions(ws)
    assert (only.id, str(only.date), only.has_transcript) == (sid, "2026-11-12", True)
    # a planned session with no date: refused, with the fix
    _, undated = sessions.plan(ws, FRAN, "SSO jam", "problem-solving jam", "", "", "fran", [])
    with pytest.raises(AssistantError, match="Edit this session's details"):
        intake.store_transcript(ws, FRAN, str(vtt), intake.PLANNED, undated)
    assert not get_session(ws, undated).has_transcript


def test_the_start_time_of_a_session_planned_with_its_transcript_is_optional(ws, vtt):
    _, sid = intake.store_transcript(ws, FRAN, str(vtt), intake.NEW, None, "SSO jam",
                                     "office hours", "2025-03-14", "", "fran", [])
    (only,) = list_sessions(ws)
    assert (only.id, only.start_time) == (sid, "")


def test_a_start_time_that_is_not_a_time_plans_nothing(ws, vtt):
    with pytest.raises(AssistantError, match="start time '7pm' is not a time"):
        intake.store_transcript(ws, FRAN, str(vtt), intake.NEW, None, "SSO jam",
                                "office hours", "2025-03-14", "7pm", "fran", [])
    assert list_sessions(ws) == []


def test_a_transcript_without_a_session_choice_is_refused_before_anything_is_stored(ws, vtt):
    with pytest.raises(AssistantError, match="Choose the session"):
        intake.store_transcript(ws, FRAN, str(vtt), intake.PLANNED, None)
    with pytest.raises(AssistantError, match="is a transcript"):
        intake.ingest_files(ws, FRAN, [str(vtt)])
    assert list_sessions(ws) == []


def test_an_error_names_the_users_file_not_the_upload_copy(ws, tmp_path: Path):
    hashed = tmp_path / "gradio" / "5f1e0c9a7b" / "broken.csv"
    hashed.parent.mkdir(parents=True)
    hashed.write_text("Name,Colour\nx,y\n", encoding="utf-8")
    with pytest.raises(AssistantError) as info:
        intake.ingest_files(ws, FRAN, [str(hashed)])
    assert "broken.csv" in str(info.value) and "5f1e0c9a7b" not in str(info.value)


def test_a_rejected_draft_shows_the_reason_by_whom_to_its_author(ws, vtt):
    _, sid = sessions.plan(ws, FRAN, "SSO jam", "problem-solving jam", "2025-03-14", "",
                           "fran", [])
    sessions.attach(ws, FRAN, sid, str(vtt))
    _, did = sessions.draft_recap(ws, FRAN, sid)
    assert not review.open_draft(ws, FRAN, did).human_edited
    texts = [b.text for b in review.open_draft(ws, FRAN, did).bullets]
    saved = review.save_edits(ws, FRAN, did, 1, ["Volunteers drift away.", *texts[1:]])
    assert saved.view is not None and saved.view.human_edited  # regenerate would ask first
    review.submit(ws, FRAN, did)
    review.reject(ws, STELLA, did, "Bullet 3 names no pattern; say what to repeat.")
    view = review.open_draft(ws, FRAN, did)
    assert "Rejected by stella" in view.header and "names no pattern" in view.header
    assert "stella** rejected" in view.thread and "fran** sent for review" in view.thread
    assert "in_review" not in view.header and sid not in view.header


def test_a_session_archived_on_the_screen_leaves_the_lists_and_a_steward_restores_it(ws):
    _, sid = sessions.plan(ws, FRAN, "SSO jam", "problem-solving jam", "2025-03-14", "",
                           "fran", [])
    assert "Archived" in records.archive(ws, FRAN, "Session", sid, "planned twice")
    table, choices = records.archived(ws, STELLA)
    assert "SSO jam" in table and choices[0][1] == f"session:{sid}"
    assert sessions.overview(ws, FRAN)[1] == ()
    assert "Restored" in records.restore(ws, STELLA, choices[0][1])
    assert [c[1] for c in sessions.overview(ws, FRAN)[1]] == [sid]


def test_todays_rows_open_a_recap_in_review_and_a_novel_case_in_place(ws, vtt):
    from assistant.ui.handlers import today

    intake.submit_case(ws, FRAN, "Single sign-on fails", "Users cannot log in with SSO.",
                       "", "", "", "", "", "", "")
    _, sid = sessions.plan(ws, FRAN, "SSO jam", "problem-solving jam", "2025-03-14", "",
                           "fran", [])
    sessions.attach(ws, FRAN, sid, str(vtt))
    _, did = sessions.draft_recap(ws, FRAN, sid)
    keys = [key for _, key in today.open_choices(ws, FRAN)]
    assert f"draft:{did}" in keys
    assert today.open_item(ws, FRAN, f"draft:{did}")[1] == did
    case_key = next(k for k in keys if k.startswith("case:"))
    text, draft = today.open_item(ws, FRAN, case_key)
    assert draft is None and "Users cannot log in with SSO." in text


def test_a_transcript_stored_as_its_own_session_moves_to_the_planned_one_on_screen(ws, vtt):
    from assistant.ingest.service import ingest_paths

    orphan = ingest_paths(ws, [vtt], actor=FRAN).session_ids[0]
    _, sid = sessions.plan(ws, FRAN, "SSO jam", "problem-solving jam", "2025-03-14", "",
                           "fran", [])
    message = records.move_transcript(ws, FRAN, orphan, sid)
    assert "Moved 6 speaker turns" in message and "**SSO jam**" in message
    records.archive(ws, FRAN, "Session", orphan)
    assert [(s.id, s.has_transcript) for s in list_sessions(ws)] == [(sid, True)]


def test_a_screen_names_the_actions_a_role_does_not_see_and_the_role_they_need():
    from assistant.ui.context import hidden_note
    from tests.sample_data import VIC

    note = hidden_note(VIC, ("edit_draft", "approve", "publish"))
    assert "approving needs the steward role" in note and "publishing" in note
    assert "editing drafts needs the facilitator or steward role" in note
    assert hidden_note(FRAN, ("edit_draft",)) == ""
    assert hidden_note(STELLA, ("approve", "publish", "restore")) == ""


def test_a_transcript_uploaded_again_for_a_new_session_updates_its_stored_session(ws, vtt):
    """As `assistant ingest` does: no second session, the details given are set."""
    _, sid = intake.store_transcript(ws, FRAN, str(vtt), intake.NEW, None, "SSO jam",
                                     "office hours", "2025-03-14", "", "fran", [])
    message, again = intake.store_transcript(ws, FRAN, str(vtt), intake.NEW, None,
                                             "SSO office hours", "office hours",
                                             "2025-03-15", "", "fran", [])
    assert again == sid and "already stored" in message
    assert f"updated the title of session {sid}: 'SSO jam' -\\> 'SSO office hours'" in message
    (only,) = list_sessions(ws)
    assert (only.id, only.title, str(only.date)) == (sid, "SSO office hours", "2025-03-15")
    message, _ = intake.store_transcript(ws, FRAN, str(vtt), intake.NEW, None,
                                         "SSO office hours", "office hours", "2025-03-15",
                                         "", "fran", [])
    assert "details are unchanged" in message and len(list_sessions(ws)) == 1
