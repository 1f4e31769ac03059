"""A decision on a draft is about the text the person read: approving, rejecting or sending
for review names the version on screen, and a version someone saved after it is refused
(QA17 #1: a steward approved a version a facilitator saved while she was reading)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.auth import Actor
from assistant.review import approve, edit_draft, get_draft, reject, submit_for_review
from assistant.review.workflow import ChangedSinceOpened, review_thread
from assistant.summarize import draft_recap
from assistant.workspace import Workspace
from tests.sample_data import FRAN, STELLA
from tests.test_review_workflow import held_session, texts

FRED = Actor("fred", "facilitator")


@pytest.fixture
def in_review(any_ws: Workspace, tmp_path: Path) -> str:
    """A recap FRAN sent for review at version 1 (in-review drafts stay editable)."""
    d = draft_recap(any_ws, held_session(any_ws, tmp_path), actor=FRAN)
    submit_for_review(any_ws, d.id, actor=FRAN, version=1)
    return d.id


def _fred_shortens_bullet_one(ws: Workspace, draft_id: str) -> None:
    edited = texts(ws, draft_id)
    edited[0] = " ".join(edited[0].split()[:6])
    edit_draft(ws, draft_id, edited, base_version=1, actor=FRED)


def test_approving_a_version_someone_replaced_meanwhile_is_refused_naming_who_and_when(
        any_ws: Workspace, in_review: str) -> None:
    ws = any_ws
    _fred_shortens_bullet_one(ws, in_review)  # while stella still reads version 1
    with pytest.raises(ChangedSinceOpened) as refused:
        approve(ws, in_review, actor=STELLA, version=1, comment="good")
    message = str(refused.value)
    assert "changed after you opened version 1" in message
    assert "fred saved version 2 at" in message and "Reload the draft" in message
    d = get_draft(ws, in_review)  # nothing changed: still in review, nobody approved it
    assert (d.status, d.approved_by, len(d.versions)) == ("in_review", "", 2)
    assert "approve" not in [e.action for e in review_thread(ws, in_review)]
    # having read version 2, she approves it
    approve(ws, in_review, actor=STELLA, version=2, comment="good")
    d = get_draft(ws, in_review)
    assert (d.status, d.approved_by) == ("approved", "stella")
    assert review_thread(ws, in_review)[-1].version == 2


def test_rejecting_or_sending_for_review_a_replaced_version_is_refused_too(
        any_ws: Workspace, in_review: str) -> None:
    ws = any_ws
    _fred_shortens_bullet_one(ws, in_review)
    with pytest.raises(ChangedSinceOpened, match="fred saved version 2"):
        reject(ws, in_review, comment="bullet 1 is too long", actor=STELLA, version=1)
    assert get_draft(ws, in_review).status == "in_review"
    reject(ws, in_review, comment="bullet 3 is vague", actor=STELLA, version=2)
    third = texts(ws, in_review)
    third[2] = "A named buddy for each newcomer's first month."
    edit_draft(ws, in_review, third, base_version=2, actor=FRED)
    with pytest.raises(ChangedSinceOpened, match="fred saved version 3"):
        submit_for_review(ws, in_review, actor=FRAN, version=2)
    assert get_draft(ws, in_review).status == "draft"
    with pytest.raises(ChangedSinceOpened, match="has no version 9"):
        submit_for_review(ws, in_review, actor=FRAN, version=9)
    submit_for_review(ws, in_review, actor=FRAN, version=3)
    assert get_draft(ws, in_review).status == "in_review"


def test_the_review_screen_approves_the_version_it_shows(any_ws: Workspace,
                                                         in_review: str) -> None:
    from assistant.ui.handlers import review as H

    ws = any_ws
    shown = H.open_draft(ws, STELLA, in_review).version
    _fred_shortens_bullet_one(ws, in_review)
    with pytest.raises(ChangedSinceOpened, match="fred saved version 2"):
        H.approve(ws, STELLA, in_review, "ok", version=shown)
    view, message = H.approve(ws, STELLA, in_review, "ok", version=2)
    assert message == "Approved." and view.version == 2
