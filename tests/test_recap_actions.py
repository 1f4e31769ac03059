"""Action items travel with the recap: stored and cited, shown under it in Review, exported
with it, and listed on Today until marked done (SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from assistant.auth import LOCAL, Actor
from assistant.errors import AssistantError, DraftError, Forbidden, NotFound
from assistant.sessions import attach_transcript, plan_session
from assistant.store.models import ActionItem, AuditEvent
from assistant.summarize import (
    draft_pattern,
    draft_recap,
    edit_action,
    mark_action,
    open_actions,
    recap_actions,
    regenerate,
)
from assistant.workspace import Workspace

VTT = """WEBVTT

00:00:02.000 --> 00:00:06.000
<v Lena Ortiz>Hi all, we're recording.

00:00:07.000 --> 00:00:20.000
<v Lena Ortiz>Today's case is Omar's: night deliveries keep arriving at the loading bay after the gate has been locked.

00:00:21.000 --> 00:00:34.000
<v Omar Said>Drivers get the gate code from an old email and the code changed in May, so they wait outside for an hour.

00:00:35.000 --> 00:00:40.000
<v Lena Ortiz>So what actually happened on the night?

00:00:41.000 --> 00:00:55.000
<v Omar Said>The carrier's dispatcher never received the new code because nobody owned the list of carrier contacts.

00:00:56.000 --> 00:01:00.000
<v Lena Ortiz>What's the pattern here?

00:01:01.000 --> 00:01:15.000
<v Omar Said>The pattern is to give every shared access code one named owner who tells every carrier when it changes.

00:01:16.000 --> 00:01:20.000
<v Lena Ortiz>Where else would this apply?

00:01:21.000 --> 00:01:33.000
<v Omar Said>It applies to the cold store door codes as well, those change every quarter.

00:01:34.000 --> 00:01:40.000
<v Omar Said>It doesn't apply to badges, security already owns those.

00:01:41.000 --> 00:01:55.000
<v Lena Ortiz>For the playbook: one named owner for every shared access code. Omar, can you send the carrier contact list to security by Friday?

00:01:56.000 --> 00:02:05.000
<v Omar Said>Yes. And I'll update the gate code email template next week.

00:02:06.000 --> 00:02:09.000
<v Lena Ortiz>Thanks everyone, bye.
"""  # noqa: E501 - cues as a transcript has them


@pytest.fixture
def held(any_ws: Workspace, tmp_path: Path) -> tuple[Workspace, str]:
    sv = plan_session(any_ws, title="Jam: locked gates", format="problem-solving jam",
                      date="2026-11-02", start_time="09:00", facilitator="Lena Ortiz",
                      actor=LOCAL)
    p = tmp_path / "gates.vtt"
    p.write_text(VTT, encoding="utf-8")
    attach_transcript(any_ws, sv.id, p, actor=LOCAL)
    return any_ws, sv.id


def test_a_recap_carries_cited_actions_shown_in_review_and_on_today(
        held: tuple[Workspace, str]) -> None:
    from assistant.ui.handlers import review, today

    ws, sid = held
    d = draft_recap(ws, sid)
    owners = [(a["owner"], a["due"]) for a in d.content["actions"]]
    assert owners == [("Omar Said", "by Friday"), ("Omar Said", "next week")]
    assert all(a["citations"][0]["speaker"] for a in d.content["actions"])
    assert "### Action items" in d.text and "Omar Said: send the carrier contact list" in d.text
    rows = recap_actions(ws, d.id)
    assert [a.line for a in rows] == ["Omar Said: send the carrier contact list to security, "
                                      "by Friday (2026-11-06)",
                                      "Omar Said: update the gate code email template, "
                                      "next week (week of 2026-11-09)"]
    view = review.open_draft(ws, LOCAL, d.id)
    assert "Action items" in view.actions and "carrier contact list" in view.actions
    t = today.today(ws, LOCAL)
    assert "carrier contact list" in t.actions and len(t.action_choices) == 2
    for table in (view.actions, t.actions):  # Review and Today say the same date
        assert "| by Friday (2026-11-06)" in table
        assert "| next week (week of 2026-11-09)" in table
    # Today (by the system clock, after November 2026) marks both overdue
    assert "| by Friday (2026-11-06) — **overdue** |" in t.actions
    after = today.mark_done(ws, LOCAL, rows[0].id)
    assert "carrier contact list" not in after.actions and len(after.action_choices) == 1


def test_marking_done_is_audited_kept_on_regenerate_and_needs_an_editor(
        held: tuple[Workspace, str]) -> None:
    ws, sid = held
    d = draft_recap(ws, sid)
    first = recap_actions(ws, d.id)[0]
    with pytest.raises(Forbidden):
        mark_action(ws, first.id, actor=Actor(name="v", role="viewer"))
    with pytest.raises(NotFound):
        mark_action(ws, "Anope")
    done = mark_action(ws, first.id, actor=Actor(name="sam", role="facilitator"))
    assert done.done and done.done_by == "sam"
    assert [a.id for a in open_actions(ws)] == [recap_actions(ws, d.id)[1].id]
    with OrmSession(ws.engine) as s:
        ev = s.scalars(select(AuditEvent).where(AuditEvent.object_id == first.id)).one()
        assert ev.action == "action_done" and ev.actor == "sam"
    regenerate(ws, d.id)
    again = recap_actions(ws, d.id)
    assert [a.done for a in again] == [True, False]


def test_a_reviewer_corrects_an_action_item_in_the_editor_and_it_is_audited(
        held: tuple[Workspace, str]) -> None:
    from assistant.ui.handlers import review

    ws, sid = held
    d = draft_recap(ws, sid)
    first, second = recap_actions(ws, d.id)
    assert [c[1] for c in review.action_choices(ws, LOCAL, d.id)] == [first.id, second.id]
    assert review.action_fields(ws, LOCAL, d.id, first.id) == (first.owner, first.action,
                                                              first.due)
    message, table = review.edit_action(ws, Actor(name="sam", role="facilitator"), d.id,
                                        first.id, "Dana  Kim", "call the carrier twice",
                                        "by Monday")
    assert "Dana Kim: call the carrier twice, by Monday" in message
    assert "call the carrier twice" in table and "by Monday" in table
    got = recap_actions(ws, d.id)[0]
    assert (got.owner, got.action, got.due) == ("Dana Kim", "call the carrier twice",
                                                "by Monday")
    assert got.citations == first.citations  # still points at where it was said
    with OrmSession(ws.engine) as s:
        ev = s.scalars(select(AuditEvent).where(AuditEvent.object_id == first.id)).one()
        assert ev.action == "action_edited" and ev.actor == "sam"
        assert ev.before["action"] == first.action and ev.after["owner"] == "Dana Kim"
    with pytest.raises(DraftError, match="needs its action"):
        edit_action(ws, first.id, owner="Dana Kim", action="  ")
    with pytest.raises(Forbidden):
        edit_action(ws, first.id, owner="x", action="y", actor=Actor(name="v", role="viewer"))
    with pytest.raises(AssistantError, match="Choose one"):
        review.edit_action(ws, LOCAL, d.id, None, "x", "y", "")
    assert recap_actions(ws, d.id)[0].action == "call the carrier twice"  # nothing half-saved


def test_a_correction_needs_who_and_a_deadline_that_reads_as_one(
        held: tuple[Workspace, str]) -> None:
    ws, sid = held
    d = draft_recap(ws, sid)
    first = recap_actions(ws, d.id)[0]
    with pytest.raises(DraftError, match="needs who does it"):
        edit_action(ws, first.id, owner="  ", action="send the recap")
    with pytest.raises(DraftError, match="“yesterday-ish, maybe” does not read as a deadline"):
        edit_action(ws, first.id, owner="Dana Kim", action="send the recap",
                    due="yesterday-ish, maybe")
    assert recap_actions(ws, d.id)[0] == first  # nothing saved
    for due in ("2025-04-01", "by Friday", "next week", "end of March", "end of the month",
                "the first week of May", "before the summer break", ""):
        assert edit_action(ws, first.id, owner="Dana Kim", action="send the recap",
                           due=due).due == due


@pytest.mark.parametrize("said,due", [("I'll send the contact list before the summer break.",
                                       "before the summer break"),
                                      ("I'll send the contact list in the first week of May.",
                                       "in the first week of May"),
                                      ("I'll send the contact list by the end of March.",
                                       "by the end of March")])
def test_a_correction_takes_every_deadline_the_drafter_reads(
        held: tuple[Workspace, str], said: str, due: str) -> None:
    """One reading of deadlines: what the drafter drafts as a due date, a reviewer can type."""
    from assistant.summarize.actions import extract_actions
    from assistant.summarize.core import Seg

    drafted = extract_actions([Seg(0, "Omar Said", said, 0.0, "S1")])
    assert [a["due"] for a in drafted] == [due]
    ws, sid = held
    first = recap_actions(ws, draft_recap(ws, sid).id)[0]
    assert edit_action(ws, first.id, owner="Omar Said", action="send the contact list",
                       due=due).due == due


def test_a_correction_survives_regenerate_and_the_rest_is_drafted_afresh(
        held: tuple[Workspace, str]) -> None:
    ws, sid = held
    d = draft_recap(ws, sid)
    first, second = recap_actions(ws, d.id)
    edit_action(ws, first.id, owner="Dana Kim", action="call the carrier twice",
                due="by Monday")
    with OrmSession(ws.engine) as s, s.begin():  # a stale row: the regenerate redrafts it
            s.get(ActionItem, second.id).action = "stale text"
    regenerate(ws, d.id)
    again = recap_actions(ws, d.id)
    assert [(a.id, a.owner, a.action, a.due) for a in again] == [
        (first.id, "Dana Kim", "call the carrier twice", "by Monday"),
        (second.id, "Omar Said", "update the gate code email template", "next week")]
    assert again[0].citations == first.citations
    regenerate(ws, d.id)  # and again: the correction is found by its id in the audit log
    assert recap_actions(ws, d.id)[0].action == "call the carrier twice"
    with OrmSession(ws.engine) as s, s.begin():  # its turn yields nothing now: kept
        row = s.get(ActionItem, first.id)
        row.citations = [{**row.citations[0], "position": 0}]
    regenerate(ws, d.id)
    lines = [a.line for a in recap_actions(ws, d.id)]
    # said on a Monday: that day or a week later
    assert len(lines) == 3 and ("Dana Kim: call the carrier twice, by Monday (2026-11-02 or "
                                "2026-11-09)") in lines
    assert "Omar Said: send the carrier contact list to security, by Friday (2026-11-06)" in lines


def test_an_approved_recap_exports_with_its_actions(held: tuple[Workspace, str]) -> None:
    from assistant.publish import export_recap
    from assistant.review.workflow import approve, submit_for_review

    ws, sid = held
    d = draft_recap(ws, sid)
    mark_action(ws, recap_actions(ws, d.id)[1].id)
    submit_for_review(ws, d.id)
    approve(ws, d.id, comment="fine")
    md = export_recap(ws, d.id, fmt="markdown")
    assert "## Action items" in md and "- Omar Said: send the carrier contact list" in md
    txt = export_recap(ws, d.id, fmt="text")
    assert "Action items:" in txt and "next week (week of 2026-11-09) (done)" in txt


def test_a_pattern_from_the_recap_fills_fields_from_their_steps(
        held: tuple[Workspace, str], embedder: Any) -> None:
    ws, sid = held
    recap = draft_recap(ws, sid)
    p = draft_pattern(ws, recap_id=recap.id, allow_unapproved=True)
    pat = p.content["pattern"]
    assert 3 <= len(pat["name"].split()) <= 8 and "apply" not in pat["name"].lower()
    assert "owner" in pat["solution"].lower()
    assert "cold store" in pat["applies_when"].lower()
    assert "badges" in pat["not_when"].lower()
    assert "Not stated in the sources" not in p.text


@pytest.mark.parametrize(("due", "shown"), [
    ("tomorrow", "tomorrow (2026-10-09)"),
    ("by Friday", "by Friday (2026-10-09)"),
    ("on Monday morning", "on Monday morning (2026-10-12)"),
    ("this week", "this week (week of 2026-10-05)"),
    ("by the end of next week", "by the end of next week (week of 2026-10-12)"),
    ("today", "today (2026-10-08)"),
    ("by end of day", "by end of day (2026-10-08)"),
    ("the day", "the day"),  # which day?
    ("within two weeks", "within two weeks (2026-10-22)"),
    ("by the end of the month", "by the end of the month (2026-10)"),
    # this coming Friday or the one after: both readings
    ("next Friday", "next Friday (2026-10-09 or 2026-10-16)"),
    ("by Thursday", "by Thursday (2026-10-08 or 2026-10-15)"),  # said on a Thursday
    ("by the tenth", "by the tenth (2026-10-10)"),  # the first tenth on or after
    ("before the audit", "before the audit"),
])
def test_a_relative_due_date_shows_the_date_it_stands_for(due: str, shown: str) -> None:
    import datetime as dt

    from assistant.summarize.duedates import due_shown

    assert due_shown(due, dt.date(2026, 10, 8)) == shown  # a Thursday
    assert due_shown(due, None) == due  # no session date: nothing to count from


def test_actions_list_today_and_export_show_what_by_friday_meant(
        held: tuple[Workspace, str]) -> None:
    from assistant.publish import export_recap
    from assistant.review.workflow import approve, submit_for_review
    from assistant.ui.handlers import today

    ws, sid = held  # held on Monday 2026-11-02
    d = draft_recap(ws, sid)
    rows = recap_actions(ws, d.id)
    assert [a.due for a in rows] == ["by Friday", "next week"]  # the words said are kept
    lines = ["Omar Said: send the carrier contact list to security, by Friday (2026-11-06)",
             "Omar Said: update the gate code email template, next week (week of 2026-11-09)"]
    assert [a.line for a in rows] == [a.line for a in open_actions(ws)] == lines
    assert "by Friday (2026-11-06)" in today.today(ws, LOCAL).actions
    submit_for_review(ws, d.id)
    approve(ws, d.id)
    text = export_recap(ws, d.id, fmt="text")
    assert all(f"- {line}" in text for line in lines), text
