"""A session's action items are one list, whichever recap of it shows them: a done mark or a
correction made on Today after the recap was drafted again reaches the approved recap that
publish and export print, and one made on the approved recap reaches Today."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from assistant.auth import Actor
from assistant.publish import export_recap, publish
from assistant.review.workflow import approve, submit_for_review
from assistant.store.db import transaction
from assistant.store.models import ActionItem, AuditEvent
from assistant.summarize import (
    draft_recap,
    edit_action,
    mark_action,
    open_actions,
    recap_actions,
)
from assistant.workspace import Workspace
from tests.test_recap_actions import held  # noqa: F401 - the fixture

SAM = Actor(name="sam", role="facilitator")


def _lines(ws: Workspace, draft_id: str) -> list[str]:
    return [a.line + (" (done)" if a.done else "") for a in recap_actions(ws, draft_id)]


def _redrafted(ws: Workspace, sid: str) -> tuple[str, str]:
    """An approved recap of the session, and the new draft made after it (Today's list)."""
    approved = draft_recap(ws, sid)
    submit_for_review(ws, approved.id)
    approve(ws, approved.id, comment="fine")
    newer = draft_recap(ws, sid)
    assert newer.id != approved.id
    assert {a.draft_id for a in open_actions(ws)} == {newer.id}
    return approved.id, newer.id


def test_marks_and_corrections_made_on_today_after_a_redraft_reach_the_published_recap(
        held: tuple[Workspace, str], tmp_path: Path) -> None:  # noqa: F811
    ws, sid = held
    approved, newer = _redrafted(ws, sid)
    first, second = open_actions(ws)  # what Today lists, in the order they were said
    assert [first.id, second.id] == [a.id for a in recap_actions(ws, newer)]
    mark_action(ws, first.id, actor=SAM)
    edit_action(ws, second.id, owner="Dana Kim", action="update the gate email template",
                due="next week", actor=SAM)

    today = open_actions(ws)
    assert [a.line for a in today] == [
        "Dana Kim: update the gate email template, next week (week of 2026-11-09)"]
    assert _lines(ws, approved) == _lines(ws, newer) == [
        "Omar Said: send the carrier contact list to security, by Friday (2026-11-06) (done)",
        "Dana Kim: update the gate email template, next week (week of 2026-11-09)"]
    (marked,) = [a for a in recap_actions(ws, approved) if a.done]
    assert marked.done_by == "sam"

    text = export_recap(ws, approved, fmt="text")
    assert ("- Omar Said: send the carrier contact list to security, by Friday (2026-11-06) "
            "(done)") in text
    assert "- Dana Kim: update the gate email template, next week (week of 2026-11-09)" in text
    assert "Omar Said: update the gate code email template" not in text
    out = tmp_path / "site"
    assert publish(ws, to=out).recaps == 1
    page = (out / "markdown" / "recaps" / f"{approved}.md").read_text(encoding="utf-8")
    assert "Dana Kim: update the gate email template, next week (week of 2026-11-09)" in page
    assert "by Friday (2026-11-06) (done)" in page

    # Each copy is audited on the row it changed, naming the row it came from.
    copied = {a.id for a in recap_actions(ws, approved)}
    with OrmSession(ws.engine) as s:
        events = list(s.scalars(select(AuditEvent).where(
            AuditEvent.object_type == "action_item", AuditEvent.object_id.in_(copied))))
    assert sorted((e.action, e.actor, e.after.get("from")) for e in events) == [
        ("action_done", "sam", first.id), ("action_edited", "sam", second.id)]


def test_a_mark_on_the_approved_recap_shows_on_today_and_reopening_reaches_both(
        held: tuple[Workspace, str]) -> None:  # noqa: F811
    ws, sid = held
    approved, newer = _redrafted(ws, sid)
    first = recap_actions(ws, approved)[0]
    mark_action(ws, first.id, actor=SAM)  # in Review, on the approved recap
    assert [a.action for a in open_actions(ws)] == ["update the gate code email template"]
    assert [a.done for a in recap_actions(ws, newer)] == [True, False]
    mark_action(ws, recap_actions(ws, newer)[0].id, done=False, actor=SAM)
    assert [a.done for a in recap_actions(ws, approved)] == [False, False]
    assert len(open_actions(ws)) == 2


def test_a_mark_stays_with_its_session(
        held: tuple[Workspace, str], tmp_path: Path) -> None:  # noqa: F811
    from assistant.auth import LOCAL
    from assistant.sessions import attach_transcript, plan_session
    from tests.test_recap_actions import VTT

    ws, sid = held
    other = plan_session(ws, title="Jam: locked gates, again", format="problem-solving jam",
                         date="2026-11-09", start_time="09:00", facilitator="Lena Ortiz",
                         actor=LOCAL).id
    p = tmp_path / "again.vtt"
    p.write_text(VTT.replace("Hi all", "Hello all"), encoding="utf-8")
    attach_transcript(ws, other, p, actor=LOCAL)
    mine, theirs = draft_recap(ws, sid), draft_recap(ws, other)
    mark_action(ws, recap_actions(ws, mine.id)[0].id, actor=SAM)
    assert [a.done for a in recap_actions(ws, theirs.id)] == [False, False]


def test_a_mark_never_lands_on_another_action_said_in_the_same_turn(
        held: tuple[Workspace, str]) -> None:  # noqa: F811
    """Two actions one person took on in one turn are told apart by their words alone: when
    the newer recap words them differently, a mark on one of them reaches neither copy in the
    approved recap (rather than the first one said in that turn); a turn that gave them one
    action still matches it whatever its words."""
    ws, sid = held
    approved, newer = _redrafted(ws, sid)
    with transaction(ws.engine) as s:
        rows = list(s.scalars(select(ActionItem).where(
            ActionItem.draft_id.in_((approved, newer))).order_by(ActionItem.number)))
        turn = rows[0].citations[0]["position"]
        for r in rows:  # Omar took on both in one turn; the newer recap words them anew
            r.citations = [dict(c, position=turn) for c in r.citations]
            if r.draft_id == newer:
                r.action = f"{r.action}, as agreed"
    first, second = recap_actions(ws, newer)
    assert first.owner == second.owner == "Omar Said"

    mark_action(ws, second.id, actor=SAM)
    assert [a.done for a in recap_actions(ws, approved)] == [False, False]

    with transaction(ws.engine) as s:  # now the approved recap's second was said later
        (later,) = s.scalars(select(ActionItem).where(ActionItem.draft_id == approved,
                                                      ActionItem.number == 1))
        later.citations = [dict(c, position=turn + 1) for c in later.citations]
    mark_action(ws, first.id, actor=SAM)  # alone at its turn there: the same action
    assert [a.done for a in recap_actions(ws, approved)] == [True, False]
