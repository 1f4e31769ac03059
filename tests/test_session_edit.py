"""Changing a session's details after it was planned or ingested (`edit_session`), on every
configured database (SQLite always, PostgreSQL in CI): each detail, linking and unlinking
cases, clearing, bad input leaving the session as it was, the audit row, the index and the
drafts already made from the old details."""

from __future__ import annotations

import datetime as dt
from json import dumps as json_dumps
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from assistant.errors import AssistantError, Conflict, Forbidden, IngestError, NotFound
from assistant.index.outbox import pending
from assistant.index.service import search
from assistant.ingest.service import add_case
from assistant.review import approve, get_draft, submit_for_review
from assistant.sessions import (
    SessionView,
    attach_transcript,
    edit_session,
    get_session,
    plan_session,
)
from assistant.store.models import AuditEvent, Draft
from assistant.summarize import draft_preread, draft_recap
from assistant.workspace import Workspace
from tests.sample_data import FRAN, STELLA, TRANSCRIPT, VIC
from tests.test_consistency import _bump_generation


def _case(ws: Workspace, title: str, problem: str) -> str:
    return add_case(ws, {"title": title, "problem": problem, "team": "Northside"},
                    actor=FRAN).case_id


@pytest.fixture
def cases(any_ws: Workspace) -> list[str]:
    return [_case(any_ws, "Volunteers drift away", "New volunteers stop coming within a month."),
            _case(any_ws, "Drivers quit early", "New van drivers leave after two weeks."),
            _case(any_ws, "Rota gaps on Fridays", "Nobody covers the Friday evening shift.")]


@pytest.fixture
def planned(any_ws: Workspace, cases: list[str]) -> SessionView:
    return plan_session(any_ws, title="Volunteer jam", format="problem-solving jam",
                        date="2025-03-14", start_time="15:00", facilitator="Fran",
                        case_ids=cases[:2], actor=FRAN)


def _held(ws: Workspace, session_id: str, tmp_path: Path) -> None:
    vtt = tmp_path / f"{session_id}.vtt"
    vtt.write_text(TRANSCRIPT, encoding="utf-8")
    attach_transcript(ws, session_id, vtt, actor=FRAN)


def _edits(ws: Workspace, session_id: str) -> list[AuditEvent]:
    with OrmSession(ws.engine) as s:
        rows = list(s.scalars(select(AuditEvent).where(
            AuditEvent.action == "edit_session", AuditEvent.object_id == session_id)
            .order_by(AuditEvent.id)))
        s.expunge_all()
        return rows


def test_every_detail_changes_and_the_session_keeps_its_id(any_ws: Workspace,
                                                           planned: SessionView) -> None:
    r = edit_session(any_ws, planned.id, title="  Volunteer   retention jam ",
                     format="Office Hours", date="2025-03-21", start_time="9:30",
                     facilitator="Sam Okafor", actor=FRAN)
    s = get_session(any_ws, planned.id)
    assert (s.title, s.format, s.date, s.start_time, s.facilitator) == (
        "Volunteer retention jam", "office hours", dt.date(2025, 3, 21), "09:30", "Sam Okafor")
    assert r.session == s
    assert [(c.field, c.before, c.after) for c in r.changes] == [
        ("title", "Volunteer jam", "Volunteer retention jam"),
        ("format", "problem-solving jam", "office hours"),
        ("date", "2025-03-14", "2025-03-21"), ("start time", "15:00", "09:30"),
        ("facilitator", "Fran", "Sam Okafor")]


def test_cases_are_linked_and_unlinked_by_id_or_title(any_ws: Workspace, planned: SessionView,
                                                      cases: list[str]) -> None:
    r = edit_session(any_ws, planned.id, link=["rota gaps on fridays"], unlink=[cases[0]],
                     actor=FRAN)
    assert get_session(any_ws, planned.id).case_ids == tuple(sorted(cases[1:]))
    [change] = r.changes
    assert change.field == "cases"
    assert change.before == ", ".join(sorted(cases[:2]))
    assert change.after == ", ".join(sorted(cases[1:]))


def test_optional_details_are_cleared_by_name_or_by_an_empty_value(
        any_ws: Workspace, planned: SessionView) -> None:
    edit_session(any_ws, planned.id, clear=["date", "start time"], facilitator="", actor=FRAN)
    s = get_session(any_ws, planned.id)
    assert (s.date, s.start_time, s.facilitator) == (None, "", "")
    assert s.case_ids  # nothing else went
    edit_session(any_ws, planned.id, clear=["cases"], actor=FRAN)
    assert get_session(any_ws, planned.id).case_ids == ()


def test_the_edit_is_audited_with_who_and_each_detail_old_and_new(
        any_ws: Workspace, planned: SessionView, cases: list[str]) -> None:
    edit_session(any_ws, planned.id, title="Volunteer retention jam", clear=["facilitator"],
                 link=[cases[2]], actor=STELLA)
    [ev] = _edits(any_ws, planned.id)
    assert ev.actor == "stella" and ev.object_type == "session"
    assert ev.before == {"title": "Volunteer jam", "facilitator": "Fran",
                         "cases": ", ".join(sorted(cases[:2]))}
    assert ev.after == {"title": "Volunteer retention jam", "facilitator": "",
                        "cases": ", ".join(sorted(cases))}


def test_giving_the_details_it_already_has_changes_and_audits_nothing(
        any_ws: Workspace, planned: SessionView, cases: list[str]) -> None:
    r = edit_session(any_ws, planned.id, title="Volunteer jam", date=dt.date(2025, 3, 14),
                     link=[cases[0]], actor=FRAN)
    assert r.changes == () and r.drafts == ()
    assert _edits(any_ws, planned.id) == []


@pytest.mark.parametrize(("kw", "error", "message"), [
    ({"date": "14/03/2025"}, IngestError, r"'14/03/2025' is not a date.*YYYY-MM-DD"),
    ({"start_time": "3pm"}, IngestError, r"'3pm' is not a time.*HH:MM"),
    ({"format": "brainstorm"}, IngestError, "unknown session format.*office hours"),
    ({"link": ["C00000000"]}, NotFound, r"Cannot link.*'C00000000'"),
    ({"unlink": ["Rota gaps on Fridays"]}, AssistantError, r"Case C\w+ is not linked"),
    ({"title": "x" * 201}, IngestError, "at most 200"),
    ({"title": "  "}, AssistantError, "needs a title"),
    ({"clear": ["title"]}, AssistantError, "title cannot be cleared"),
    ({"clear": ["room"]}, AssistantError, "Unknown detail 'room'.*date, start_time"),
    ({"date": "2025-04-01", "clear": ["date"]}, AssistantError, "both given and cleared"),
    ({}, AssistantError, "Nothing to change"),
])
def test_bad_input_is_refused_clearly_and_leaves_the_session_unchanged(
        any_ws: Workspace, planned: SessionView, kw: dict[str, object],
        error: type[Exception], message: str) -> None:
    # Each call also gives a good title and case: a refusal must not keep those either.
    extra = {} if not kw else {"facilitator": "Sam"}
    with pytest.raises(error, match=message):
        edit_session(any_ws, planned.id, **extra, **kw, actor=FRAN)  # type: ignore[arg-type]
    after = get_session(any_ws, planned.id)
    assert (after.title, after.format, after.date, after.start_time, after.facilitator,
            after.case_ids) == (planned.title, planned.format, planned.date,
                                planned.start_time, planned.facilitator, planned.case_ids)
    assert _edits(any_ws, planned.id) == []


def test_a_case_linked_and_unlinked_at_once_changes_nothing(any_ws: Workspace,
                                                            planned: SessionView,
                                                            cases: list[str]) -> None:
    with pytest.raises(AssistantError, match="both linked and unlinked"):
        edit_session(any_ws, planned.id, title="New", link=[cases[0]], unlink=[cases[0]],
                     actor=FRAN)
    assert get_session(any_ws, planned.id).title == "Volunteer jam"


def test_who_may_edit_a_session_is_who_may_ingest_one(any_ws: Workspace,
                                                      planned: SessionView) -> None:
    with pytest.raises(Forbidden, match=r"vic \(viewer\) may not edit session"):
        edit_session(any_ws, planned.id, title="Mine now", actor=VIC)
    for who in (FRAN, STELLA):
        edit_session(any_ws, planned.id, title=f"Jam by {who.name}", actor=who)
    assert get_session(any_ws, planned.id).title == "Jam by stella"


def test_unknown_and_archived_sessions_are_refused(any_ws: Workspace,
                                                  planned: SessionView) -> None:
    from assistant.archive import archive_record

    with pytest.raises(NotFound, match="No session 'S0'"):
        edit_session(any_ws, "S0", title="x", actor=FRAN)
    archive_record(any_ws, "session", planned.id, actor=STELLA)
    with pytest.raises(Conflict, match="archived; restore it first"):
        edit_session(any_ws, planned.id, title="x", actor=FRAN)


def test_a_new_title_reaches_the_transcript_passages_in_the_index(
        any_ws: Workspace, planned: SessionView, tmp_path: Path) -> None:
    _held(any_ws, planned.id, tmp_path)
    edit_session(any_ws, planned.id, title="Buddy system jam", actor=FRAN)
    hits = search(any_ws, "pair each newcomer with a buddy", kind="segments", limit=5)
    assert hits and {h.title for h in hits if h.session_id == planned.id} == {
        "Buddy system jam"}
    assert pending(any_ws)["segments"] == 0


def test_a_title_edited_while_the_index_is_down_is_saved_and_indexed_once_it_is_back(
        any_ws: Workspace, planned: SessionView, tmp_path: Path) -> None:
    _held(any_ws, planned.id, tmp_path)
    chroma = any_ws.settings.resolved_chroma_path
    away = chroma.with_name("chroma-away")
    chroma.rename(away)
    chroma.write_text("not an index")  # Chroma cannot open a folder that is a file
    _bump_generation(any_ws)
    edit_session(any_ws, planned.id, title="Buddy system jam", actor=FRAN)
    assert get_session(any_ws, planned.id).title == "Buddy system jam"
    assert pending(any_ws)["segments"] == 1  # the outbox holds it for the next reconcile
    chroma.unlink()
    away.rename(chroma)
    _bump_generation(any_ws)
    hits = search(any_ws, "pair each newcomer with a buddy", kind="segments", limit=5)
    assert {h.title for h in hits if h.session_id == planned.id} == {"Buddy system jam"}
    assert pending(any_ws)["segments"] == 0


def test_drafts_made_from_the_old_details_are_named_and_left_as_they_were(
        any_ws: Workspace, planned: SessionView, tmp_path: Path) -> None:
    _held(any_ws, planned.id, tmp_path)
    pre = draft_preread(any_ws, planned.id, actor=FRAN)
    recap = draft_recap(any_ws, planned.id, actor=FRAN)
    submit_for_review(any_ws, recap.id, actor=FRAN)
    approve(any_ws, recap.id, actor=STELLA)
    before = get_draft(any_ws, recap.id)
    r = edit_session(any_ws, planned.id, title="Buddy system jam", date="2025-03-21",
                     actor=FRAN)
    assert [(d.id, d.kind, d.status) for d in r.drafts] == [
        (pre.id, "preread", "draft"), (recap.id, "recap", "approved")]
    assert r.redraft_kinds() == ("preread", "recap")
    after = get_draft(any_ws, recap.id)
    assert after.status == "approved" and after.versions == before.versions
    [ev] = _edits(any_ws, planned.id)
    assert f"recap {recap.id} (approved)" in ev.detail
    again = draft_recap(any_ws, planned.id, actor=FRAN)  # the offer: draft it again
    assert again.id != recap.id and "Buddy system jam" in again.text


def test_a_new_date_moves_the_due_time_of_an_unpublished_recap(
        any_ws: Workspace, planned: SessionView, tmp_path: Path) -> None:
    _held(any_ws, planned.id, tmp_path)
    recap = draft_recap(any_ws, planned.id, actor=FRAN)
    edit_session(any_ws, planned.id, date="2025-03-21", actor=FRAN)
    with OrmSession(any_ws.engine) as s:
        due = s.get(Draft, recap.id).deadline  # type: ignore[union-attr]
    assert due is not None and due.date() == dt.date(2025, 3, 22)



def test_the_command_line_edits_lists_old_drafts_and_refuses_bad_input_without_a_change(
        tmp_path: Path, embedder) -> None:  # type: ignore[no-untyped-def]
    from assistant.config import load_settings
    from assistant.workspace import open_workspace
    from tests.test_cli_review import invoke

    data = tmp_path / "data"
    ws = open_workspace(load_settings(data_dir=data), embedder=embedder)
    a = _case(ws, "Volunteers drift away", "New volunteers stop coming within a month.")
    b = _case(ws, "Drivers quit early", "New van drivers leave after two weeks.")
    sid = plan_session(ws, title="Volunteer jam", format="office hours", date="2025-03-14",
                       start_time="15:00", facilitator="Fran", case_ids=[a],
                       actor=FRAN).id
    _held(ws, sid, tmp_path)
    recap = draft_recap(ws, sid, actor=FRAN).id
    ws.close()
    base = ["--data-dir", str(data)]

    code, out = invoke(base, "sessions", "edit", sid, "--title", "Buddy jam", "--link", b,
                       "--unlink", a, "--clear", "start", "--date", "2025-03-21")
    assert code == 0, out
    assert f"Updated session {sid} (Buddy jam):" in out
    assert "title: 'Volunteer jam' -> 'Buddy jam'" in out
    assert f"cases: '{a}' -> '{b}'" in out and "start time: '15:00' -> 'none'" in out
    assert "1 draft was made from the old details" in out and f"{recap}  recap" in out
    assert f"`assistant draft recap {sid}`" in out

    code, out = invoke(base, "sessions", "edit", sid, "--title", "Other", "--date", "21/03")
    assert code != 0 and "'21/03' is not a date" in out and "YYYY-MM-DD" in out, out
    assert "Traceback" not in out
    code, out = invoke(base, "sessions", "edit", sid, "--link", "C0000nope")
    assert code != 0 and "C0000nope" in out, out
    code, out = invoke(base, "sessions", "edit", sid, "--title", "Buddy jam")
    assert code == 0 and "already has these details; nothing changed" in out, out
    code, out = invoke(base, "sessions", "list")
    assert "Buddy jam" in out and "Other" not in out and "2025-03-21" in out


# ---- the Sessions screen's editor, called as plain handlers -------------------------------

def test_the_screen_saves_only_what_was_changed_in_the_form(any_ws: Workspace,
                                                             planned: SessionView,
                                                             cases: list[str]) -> None:
    from assistant.ui.handlers.sessions import details, save_details

    form = details(any_ws, FRAN, planned.id)
    assert form.values() == ["Volunteer jam", "problem-solving jam", "2025-03-14", "15:00",
                             "Fran", sorted(cases[:2])]
    assert {v for _, v in form.case_choices} >= set(cases[:2])
    # Meanwhile someone else gives the session a new facilitator: a save of the form,
    # which still shows "Fran", must not put her back.
    edit_session(any_ws, planned.id, facilitator="Sam", actor=STELLA)
    message, after = save_details(any_ws, FRAN, planned.id, form.baseline,
                                  "Volunteer retention jam", "office hours", "", "15:00",
                                  "Fran", [cases[1], cases[2]])
    s = get_session(any_ws, planned.id)
    assert (s.title, s.format, s.date, s.facilitator) == (
        "Volunteer retention jam", "office hours", None, "Sam")
    assert s.case_ids == tuple(sorted(cases[1:]))
    assert message.startswith("Saved the details of **Volunteer retention jam**:")
    assert "- date: 2025-03-14 → *none*" in message
    [line] = [x for x in message.splitlines() if x.startswith("- cases: ")]
    was, now = line.removeprefix("- cases: ").split(" → ")  # titles, not ids
    assert set(was.split(", ")) == {"“Volunteers drift away”", "“Drivers quit early”"}
    assert set(now.split(", ")) == {"“Drivers quit early”", "“Rota gaps on Fridays”"}
    assert after.values()[0] == "Volunteer retention jam" and after.baseline != form.baseline
    again, _ = save_details(any_ws, FRAN, planned.id, after.baseline, *after.values())
    assert again.startswith("Nothing to save")


def test_the_screen_names_the_drafts_made_from_the_old_details_and_offers_a_redraft(
        any_ws: Workspace, planned: SessionView, tmp_path: Path) -> None:
    from assistant.ui.handlers.sessions import details, save_details

    _held(any_ws, planned.id, tmp_path)
    draft_recap(any_ws, planned.id, actor=FRAN)
    form = details(any_ws, FRAN, planned.id)
    message, _ = save_details(any_ws, FRAN, planned.id, form.baseline, "Buddy jam",
                              *form.values()[1:])
    assert "1 draft was made from the old details: the recap (draft)" in message
    assert "press **Draft recap** above" in message


def test_the_screen_refuses_a_bad_date_or_a_form_of_another_session_and_changes_nothing(
        any_ws: Workspace, planned: SessionView, cases: list[str]) -> None:
    from assistant.ui.handlers.sessions import details, save_details

    form = details(any_ws, FRAN, planned.id)
    with pytest.raises(AssistantError, match="'14.3.2025' is not a date.*YYYY-MM-DD"):
        save_details(any_ws, FRAN, planned.id, form.baseline, "New title", "office hours",
                     "14.3.2025", "", "", [])
    other = plan_session(any_ws, title="Drivers jam", format="office hours", date=None,
                         actor=FRAN)
    with pytest.raises(AssistantError, match="choose the session again"):
        save_details(any_ws, FRAN, other.id, form.baseline, "New title", "office hours",
                     "", "", "", [])
    with pytest.raises(Forbidden):
        save_details(any_ws, VIC, planned.id, form.baseline, "New title", *form.values()[1:])
    assert get_session(any_ws, planned.id).title == "Volunteer jam"
    assert get_session(any_ws, other.id).title == "Drivers jam"


def test_unsaved_details_are_offered_back_only_for_their_session_and_when_they_differ(
) -> None:
    from assistant.ui import unsaved

    fields = {"title": "Jam", "format": "office hours", "date": "", "start": "",
              "facilitator": "Fran", "cases": ["C1"]}
    shown = unsaved.details_baseline("S1", "Jam", fields)
    typed = json_dumps({"session": "S1", "at": "07/12/2026, 10:00",
                        "fields": {**fields, "title": "Buddy jam", "cases": []}})
    note = unsaved.details_offer(shown, typed)
    assert "Unsaved details" in note and "(title, cases)" in note and "10:00" in note
    values, message = unsaved.details_restore(shown, typed)
    assert values == ["Buddy jam", "office hours", "", "", "Fran", []]
    assert "Save details" in message
    other = unsaved.details_baseline("S2", "Jam", fields)
    assert unsaved.details_offer(other, typed) == ""
    same = json_dumps({"session": "S1", "fields": fields})
    assert unsaved.details_offer(shown, same) == "" and unsaved.details_offer(shown, "{") == ""
    with pytest.raises(ValueError):
        unsaved.details_restore(shown, same)


def test_planning_an_edited_session_again_with_its_first_details_names_it_as_it_is_now(
        any_ws: Workspace, planned: SessionView) -> None:
    edit_session(any_ws, planned.id, title="Buddy system jam", actor=FRAN)
    with pytest.raises(Conflict, match=r"'Buddy system jam' on 2025-03-14\) was already "
                                       "planned"):
        plan_session(any_ws, title="Volunteer jam", format="problem-solving jam",
                     date="2025-03-14", facilitator="Fran", actor=FRAN)
