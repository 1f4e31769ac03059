"""Action items after drafting: what the approval gate checks, what Today lists after an
archive, what a second person's stale correction does, and what `review show` prints
(SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from assistant.archive import archive_record, restore_record
from assistant.auth import LOCAL, Actor
from assistant.errors import Conflict
from assistant.review.workflow import (
    approval_blockers,
    approve,
    get_draft,
    shown_text,
    submit_for_review,
)
from assistant.sessions import attach_transcript, plan_session
from assistant.store.models import AuditEvent
from assistant.summarize import draft_recap, edit_action, mark_action, open_actions, recap_actions
from assistant.workspace import Workspace
from tests.test_recap_actions import VTT

SAM = Actor(name="sam", role="facilitator")
DANA = Actor(name="dana", role="facilitator")
STELLA = Actor(name="stella", role="steward")
CONTACT = "send the carrier contact list to security, text +44 7700 900123 or omar@example.com"


def held_recap(ws: Workspace, tmp_path: Path) -> tuple[str, str]:
    """A session with two action items said in it, and its recap draft: (session, draft)."""
    sv = plan_session(ws, title="Jam: locked gates", format="problem-solving jam",
                      date="2026-11-02", start_time="09:00", facilitator="Lena Ortiz",
                      actor=LOCAL)
    p = tmp_path / "gates.vtt"
    p.write_text(VTT, encoding="utf-8")
    attach_transcript(ws, sv.id, p, actor=LOCAL)
    return sv.id, draft_recap(ws, sv.id).id


def test_a_corrected_action_item_with_contact_details_needs_a_stewards_override(
        any_ws: Workspace, tmp_path: Path) -> None:
    from assistant.publish import export_recap, publish

    ws = any_ws
    _, rid = held_recap(ws, tmp_path)
    assert approval_blockers(ws, rid) == []  # the machine's action items hold none
    first = recap_actions(ws, rid)[0]
    edit_action(ws, first.id, owner="Omar Said", action=CONTACT, due="by Friday", actor=SAM)
    assert "omar@example.com" not in str(get_draft(ws, rid).versions[-1].content)
    held = approval_blockers(ws, rid)
    assert held == [
        "action item 1 holds an email address (omar@example.com): personal data would be "
        "published",
        "action item 1 holds a phone number (+44 7700 900123): personal data would be "
        "published"]
    submit_for_review(ws, rid, actor=SAM)
    with pytest.raises(Conflict, match=r"action item 1 holds an email address "
                       r"\(omar@example\.com\).*phone number \(\+44 7700 900123\)"):
        approve(ws, rid, actor=STELLA, version=1)
    assert get_draft(ws, rid).status == "in_review"
    with pytest.raises(Conflict, match="the override reason is empty"):
        approve(ws, rid, actor=STELLA, version=1, override="   ")
    approve(ws, rid, actor=STELLA, version=1, override="Omar asked to be the contact")
    assert "omar@example.com" in export_recap(ws, rid, fmt="text")
    report = publish(ws, to=tmp_path / "site", actor=STELLA)
    assert any("+44 7700 900123" in n for n in report.notes)
    assert ".." not in str(report) and str(report).endswith("would be published.")


def test_contact_details_cannot_be_added_to_an_approved_recap_s_action_items(
        any_ws: Workspace, tmp_path: Path) -> None:
    # The approval check has run; publish prints action items as stored, so a correction
    # made afterwards (on Today) must not slip contact details past it.
    from assistant.errors import DraftError

    ws = any_ws
    _, rid = held_recap(ws, tmp_path)
    submit_for_review(ws, rid, actor=SAM)
    approve(ws, rid, actor=STELLA, version=1)
    first = recap_actions(ws, rid)[0]
    with pytest.raises(DraftError, match=r"already approved.*\+44 7700 900123.*"
                                         r"omar@example\.com.*nothing was saved"):
        edit_action(ws, first.id, owner="Omar Said", action=CONTACT, due="by Friday",
                    actor=SAM)
    assert recap_actions(ws, rid)[0].action == first.action
    # A correction without contact details still goes through.
    edit_action(ws, first.id, owner="Omar Said", action="send the carrier list to security",
                due="by Friday", actor=SAM)
    assert recap_actions(ws, rid)[0].action == "send the carrier list to security"


def test_archived_recaps_and_sessions_take_their_action_items_off_today(
        any_ws: Workspace, tmp_path: Path) -> None:
    ws = any_ws
    sid, rid = held_recap(ws, tmp_path)
    mine = sorted(a.id for a in recap_actions(ws, rid))
    assert sorted(a.id for a in open_actions(ws)) == mine
    archive_record(ws, "draft", rid, actor=STELLA)
    assert open_actions(ws) == []
    restore_record(ws, "draft", rid, actor=STELLA)
    assert sorted(a.id for a in open_actions(ws)) == mine
    archive_record(ws, "session", sid, actor=STELLA)
    assert open_actions(ws) == []
    restore_record(ws, "session", sid, actor=STELLA)
    assert sorted(a.id for a in open_actions(ws)) == mine


def test_an_archived_newer_recap_leaves_the_approved_one_on_today(
        any_ws: Workspace, tmp_path: Path) -> None:
    ws = any_ws
    sid, rid = held_recap(ws, tmp_path)
    submit_for_review(ws, rid)
    approve(ws, rid, version=1)
    newer = draft_recap(ws, sid).id
    assert newer != rid and {a.draft_id for a in open_actions(ws)} == {newer}
    archive_record(ws, "draft", newer, actor=STELLA)
    assert {a.draft_id for a in open_actions(ws)} == {rid}


def test_a_correction_made_on_values_someone_has_since_changed_is_refused(
        any_ws: Workspace, tmp_path: Path) -> None:
    from assistant.ui.handlers import review

    ws = any_ws
    _, rid = held_recap(ws, tmp_path)
    first = recap_actions(ws, rid)[0]
    loaded = review.action_fields(ws, DANA, rid, first.id)  # both open the same item
    assert loaded == (first.owner, first.action, first.due)
    edit_action(ws, first.id, owner="Zoë Müller", action=first.action, due=first.due,
                actor=SAM, seen=loaded)
    with pytest.raises(Conflict, match=r"changed after you opened it: sam saved “Zoë Müller: "
                       r"send the carrier contact list to security, by Friday” at "
                       r"\d{4}-\d\d-\d\d \d\d:\d\d .*Nothing was saved"):
        review.edit_action(ws, DANA, rid, first.id, "Omar Said", first.action,
                           "2026-12-01", list(loaded))
    got = recap_actions(ws, rid)[0]
    assert (got.owner, got.due) == ("Zoë Müller", "by Friday")  # the first save stands
    with OrmSession(ws.engine) as s:
        assert [e.actor for e in s.scalars(select(AuditEvent).where(
            AuditEvent.object_id == first.id, AuditEvent.action == "action_edited"))] == ["sam"]
    # Reloaded, Dana's correction goes through; without what was loaded, it is not checked.
    again = review.action_fields(ws, DANA, rid, first.id)
    review.edit_action(ws, DANA, rid, first.id, "Omar Said", first.action, "2026-12-01",
                       list(again))
    assert recap_actions(ws, rid)[0].due == "2026-12-01"
    assert edit_action(ws, first.id, owner="Omar Said", action=first.action,
                       due="by Friday").due == "by Friday"


def test_review_shows_the_action_items_export_prints(any_ws: Workspace,
                                                     tmp_path: Path) -> None:
    ws = any_ws
    _, rid = held_recap(ws, tmp_path)
    first, second = recap_actions(ws, rid)
    edit_action(ws, first.id, owner="Dana Kim", action="call the carrier twice",
                due="by Monday", actor=SAM)
    mark_action(ws, second.id, actor=SAM)
    text = shown_text(ws, rid)
    assert "- Dana Kim: call the carrier twice, by Monday (2026-11-02 or 2026-11-09) [" in text
    assert ("- Omar Said: update the gate code email template, next week (week of 2026-11-09) "
            "(done) [") in text
    assert "send the carrier contact list" not in text
    stored = get_draft(ws, rid).versions[-1].text  # the version keeps what was drafted
    assert "send the carrier contact list" in stored
    assert text.split("### Action items")[0] == stored.split("### Action items")[0]
