"""Drafting again: one recap (pre-read, pattern candidate) per subject. A re-draft is a new
version of the open draft; after approval it is a new draft that replaces the approved one
only once approved itself; Today's done marks and corrections survive either way."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from assistant.auth import LOCAL, Actor
from assistant.publish import publish
from assistant.review.workflow import approve, edit_draft, history, submit_for_review
from assistant.store.models import Draft
from assistant.summarize import (
    draft_pattern,
    draft_preread,
    draft_recap,
    edit_action,
    mark_action,
    open_actions,
    recap_actions,
    regenerate,
)
from assistant.summarize.drafts import open_draft, person_edit
from assistant.workspace import Workspace
from tests.test_recap_actions import held  # noqa: F401 - the fixture

SAM = Actor(name="sam", role="facilitator")


def _drafts(ws: Workspace, kind: str) -> int:
    with OrmSession(ws.engine) as s:
        return s.scalar(select(func.count()).select_from(Draft).where(Draft.kind == kind)) or 0


def test_drafting_a_recap_again_makes_a_new_version_of_its_open_draft(
        held: tuple[Workspace, str]) -> None:  # noqa: F811
    ws, sid = held
    d1 = draft_recap(ws, sid)
    same = draft_recap(ws, sid)  # the same sources drafted the same: nothing new stored
    assert (same.id, same.version) == (d1.id, 1) and _drafts(ws, "recap") == 1
    edited = edit_draft(ws, d1.id, [f"Edited: {b['text']}" for b in d1.content["bullets"]],
                        base_version=1, actor=SAM)
    assert edited.number == 2
    d2 = draft_recap(ws, sid)  # drafted again over a person's edit: the next version
    assert (d2.id, d2.version) == (d1.id, 3) and _drafts(ws, "recap") == 1
    assert not d2.content["bullets"][0]["text"].startswith("Edited: ")
    submit_for_review(ws, d1.id)
    edit_draft(ws, d1.id, ["In review: " + b["text"] for b in d2.content["bullets"]],
               base_version=3, actor=SAM)
    d3 = draft_recap(ws, sid)  # in review: still the one draft, still in review
    assert (d3.id, d3.version, d3.status) == (d1.id, 5, "in_review")
    assert [v.number for v in history(ws, d1.id)] == [1, 2, 3, 4, 5]


def test_a_persons_edit_on_top_of_the_open_draft_is_reported_before_drafting_again(
        held: tuple[Workspace, str]) -> None:  # noqa: F811
    """person_edit (the CLI asks it before drafting over an edit) names the draft that
    drafting again would add a version to: the one store_draft's open_draft finds."""
    ws, sid = held
    d1 = draft_recap(ws, sid)
    assert person_edit(ws, "recap", "session", sid) is None  # the machine's version is last
    edit_draft(ws, d1.id, [f"Edited: {b['text']}" for b in d1.content["bullets"]],
               base_version=1, actor=SAM)
    assert person_edit(ws, "recap", "session", sid) == (d1.id, 2, "sam")
    with OrmSession(ws.engine) as s:
        found = open_draft(s, "recap", "session", sid)
        assert found is not None and found.id == d1.id
    submit_for_review(ws, d1.id)
    approve(ws, d1.id, comment="fine", version=2)
    assert person_edit(ws, "recap", "session", sid) is None  # approved: a new draft starts


def test_a_new_recap_replaces_the_approved_one_only_once_approved(
        held: tuple[Workspace, str], tmp_path: Path) -> None:  # noqa: F811
    ws, sid = held
    d1 = draft_recap(ws, sid)
    submit_for_review(ws, d1.id)
    approve(ws, d1.id, comment="fine")
    d2 = draft_recap(ws, sid)
    assert d2.id != d1.id and d2.status == "draft"
    assert draft_recap(ws, sid).id == d2.id and _drafts(ws, "recap") == 2
    out = tmp_path / "site"
    first = publish(ws, to=out)
    assert first.recaps == 1 and (out / "markdown" / "recaps" / f"{d1.id}.md").exists()
    submit_for_review(ws, d2.id)
    approve(ws, d2.id, comment="better")
    second = publish(ws, to=out)
    assert second.recaps == 1
    assert (out / "markdown" / "recaps" / f"{d2.id}.md").exists()
    assert not (out / "markdown" / "recaps" / f"{d1.id}.md").exists()
    assert (out / "mkdocs.yml").read_text(encoding="utf-8").count("recaps/") == 1


def test_pre_reads_and_pattern_candidates_are_drafted_again_into_their_open_draft(
        held: tuple[Workspace, str]) -> None:  # noqa: F811
    from assistant.ingest.service import add_case
    from assistant.sessions import plan_session

    ws, sid = held
    case = add_case(ws, {"title": "Gate code unknown", "problem": "Drivers wait outside the "
                         "locked gate at night."}, actor=LOCAL).case_id
    planned = plan_session(ws, title="Office hours: gates", format="office hours",
                           date="2026-12-01", case_ids=[case], actor=LOCAL).id
    p1, p2 = draft_preread(ws, planned), draft_preread(ws, planned)
    assert (p2.id, p2.version) == (p1.id, 1) and _drafts(ws, "preread") == 1
    recap = draft_recap(ws, sid)
    c1 = draft_pattern(ws, recap_id=recap.id, allow_unapproved=True)
    c2 = draft_pattern(ws, recap_id=recap.id, allow_unapproved=True)
    assert (c2.id, c2.version) == (c1.id, 1) and _drafts(ws, "pattern") == 1


def test_done_marks_and_corrections_survive_a_new_recap_draft(
        held: tuple[Workspace, str]) -> None:  # noqa: F811
    ws, sid = held
    d1 = draft_recap(ws, sid)
    first, second = recap_actions(ws, d1.id)
    mark_action(ws, first.id, actor=SAM)
    draft_recap(ws, sid)  # drafted again while open: the same rows, the mark kept
    assert [a.id for a in open_actions(ws)] == [second.id]
    edit_action(ws, second.id, owner="Dana Kim", action="update the gate email template",
                due="next week", actor=SAM)
    submit_for_review(ws, d1.id)
    approve(ws, d1.id, comment="fine")
    d2 = draft_recap(ws, sid)  # a new draft after approval
    assert d2.id != d1.id
    new_first, new_second = recap_actions(ws, d2.id)
    assert new_first.done and new_first.done_by == "sam"
    assert (new_second.owner, new_second.action) == ("Dana Kim",
                                                     "update the gate email template")
    today = open_actions(ws)
    assert [(a.draft_id, a.owner) for a in today] == [(d2.id, "Dana Kim")]
    regenerate(ws, d2.id)  # the carried correction and mark are kept by a regenerate too
    again = recap_actions(ws, d2.id)
    assert [a.done for a in again] == [True, False]
    assert again[1].owner == "Dana Kim"
