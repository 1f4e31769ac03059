"""The draft workflow, permissions, conflicting edits, users and the audit trail, on every
configured database (SQLite always, PostgreSQL in CI)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from assistant.auth import LOCAL, PERMISSIONS, Actor, can
from assistant.errors import AssistantError, Conflict, Forbidden, NotFound
from assistant.ingest.service import add_case
from assistant.review import (
    add_user,
    adoption_counts,
    approve,
    authenticate,
    cited_source,
    diff_versions,
    edit_draft,
    get_draft,
    get_user,
    history,
    inbox,
    list_users,
    pattern_lineage,
    recap_deadlines,
    record_adoption,
    reject,
    remove_user,
    submit_for_review,
    users_defined,
)
from assistant.sessions import attach_transcript, plan_session
from assistant.store.db import transaction
from assistant.store.models import AuditEvent, Pattern, User
from assistant.summarize import draft_pattern, draft_recap
from assistant.workspace import Workspace
from tests.sample_data import FRAN, STELLA, TRANSCRIPT, VIC


def held_session(ws: Workspace, tmp_path: Path, title: str = "Volunteer jam") -> str:
    case = add_case(ws, {"title": "Volunteers drift away <script>alert(1)</script>",
                         "problem": "New volunteers stop showing up within four weeks.",
                         "team": "Northside"}, actor=FRAN)
    s = plan_session(ws, title=title, format="problem-solving jam", date="2025-03-14",
                     start_time="15:00", facilitator="fran", case_ids=[case.case_id],
                     actor=FRAN)
    vtt = tmp_path / f"{s.id}.vtt"
    vtt.write_text(TRANSCRIPT, encoding="utf-8")
    attach_transcript(ws, s.id, vtt, actor=FRAN)
    return s.id


@pytest.fixture
def recap_id(any_ws: Workspace, tmp_path: Path) -> str:
    return draft_recap(any_ws, held_session(any_ws, tmp_path), actor=FRAN).id


def texts(ws: Workspace, draft_id: str) -> list[str]:
    return [b["text"] for b in get_draft(ws, draft_id).versions[-1].content["bullets"]]


def audit(ws: Workspace, draft_id: str) -> list[AuditEvent]:
    with transaction(ws.engine) as s:
        rows = list(s.scalars(select(AuditEvent).where(AuditEvent.object_id == draft_id)
                              .order_by(AuditEvent.id)))
        s.expunge_all()
        return rows


# ---- permissions ---------------------------------------------------------------------------

@pytest.mark.parametrize("action", sorted(PERMISSIONS))
def test_each_role_may_do_exactly_what_the_rules_say(action: str) -> None:
    expected = {
        "viewer": {"read", "submit_case", "record_adoption"},
        "facilitator": {"read", "submit_case", "record_adoption", "ingest", "plan_session",
                        "edit_session", "draft", "edit_draft", "submit_for_review",
                        "archive", "reassign_transcript"},
        "steward": set(PERMISSIONS),
    }
    for role, allowed in expected.items():
        assert can(Actor("x", role), action) is (action in allowed), (role, action)  # type: ignore[arg-type]
    assert can(LOCAL, action)


def test_viewer_can_read_but_not_edit_submit_approve_or_reject(any_ws, recap_id) -> None:
    ws = any_ws
    assert [d.id for d in inbox(ws, actor=VIC)] == [recap_id]
    with pytest.raises(Forbidden, match="vic \\(viewer\\) may not edit draft"):
        edit_draft(ws, recap_id, texts(ws, recap_id), base_version=1, actor=VIC)
    with pytest.raises(Forbidden):
        submit_for_review(ws, recap_id, actor=VIC)
    submit_for_review(ws, recap_id, actor=FRAN)
    for act in (lambda: approve(ws, recap_id, actor=VIC),
                lambda: reject(ws, recap_id, comment="no", actor=VIC)):
        with pytest.raises(Forbidden):
            act()
    assert get_draft(ws, recap_id).status == "in_review"


def test_facilitator_cannot_approve_reject_or_publish(any_ws, recap_id, tmp_path) -> None:
    from assistant.publish import publish

    submit_for_review(any_ws, recap_id, actor=FRAN)
    with pytest.raises(Forbidden, match="needs the role steward"):
        approve(any_ws, recap_id, actor=FRAN)
    with pytest.raises(Forbidden):
        reject(any_ws, recap_id, comment="meh", actor=FRAN)
    with pytest.raises(Forbidden):
        publish(any_ws, to=tmp_path / "out", actor=FRAN)
    assert get_draft(any_ws, recap_id).status == "in_review"
    assert not (tmp_path / "out").exists()


# ---- transitions ---------------------------------------------------------------------------

def test_draft_goes_to_review_then_approved_and_every_step_is_audited(any_ws, recap_id) -> None:
    ws = any_ws
    assert get_draft(ws, recap_id).status == "draft"
    assert submit_for_review(ws, recap_id, actor=FRAN).status == "in_review"
    d = approve(ws, recap_id, comment="grounded", actor=STELLA)
    assert (d.status, d.approved_by) == ("approved", "stella")
    events = [(e.action, e.actor, (e.before or {}).get("status"), (e.after or {}).get("status"))
              for e in audit(ws, recap_id)]
    assert events[-2:] == [("submit_for_review", "fran", "draft", "in_review"),
                           ("approve", "stella", "in_review", "approved")]
    assert audit(ws, recap_id)[-1].detail == "grounded"


def test_rejection_sends_the_draft_back_with_its_reason(any_ws, recap_id) -> None:
    ws = any_ws
    submit_for_review(ws, recap_id, actor=FRAN)
    with pytest.raises(AssistantError, match="Say why"):
        reject(ws, recap_id, comment="  ", actor=STELLA)
    assert reject(ws, recap_id, comment="Bullet 3 is not the pattern",
                  actor=STELLA).status == "draft"
    last = audit(ws, recap_id)[-1]
    assert (last.action, last.detail, last.after["status"]) == (
        "reject", "Bullet 3 is not the pattern", "draft")
    # back with its author: editable and can be sent again
    edit_draft(ws, recap_id, texts(ws, recap_id), base_version=1, actor=FRAN)
    assert submit_for_review(ws, recap_id, actor=FRAN).status == "in_review"


@pytest.mark.parametrize("status,step", [
    ("draft", "approve"), ("draft", "reject"),
    ("in_review", "submit"),
    ("approved", "submit"), ("approved", "approve"), ("approved", "reject"),
    ("approved", "edit"),
])
def test_illegal_transitions_are_refused_and_change_nothing(any_ws, recap_id, status,
                                                            step) -> None:
    ws = any_ws
    if status in ("in_review", "approved"):
        submit_for_review(ws, recap_id, actor=FRAN)
    if status == "approved":
        approve(ws, recap_id, actor=STELLA)
    n_events = len(audit(ws, recap_id))
    calls = {"submit": lambda: submit_for_review(ws, recap_id, actor=STELLA),
             "approve": lambda: approve(ws, recap_id, actor=STELLA),
             "reject": lambda: reject(ws, recap_id, comment="x", actor=STELLA),
             "edit": lambda: edit_draft(ws, recap_id, texts(ws, recap_id), base_version=1,
                                        actor=STELLA)}
    with pytest.raises(Conflict):
        calls[step]()
    assert get_draft(ws, recap_id).status == status
    assert len(audit(ws, recap_id)) == n_events


def test_unknown_draft_is_not_found(any_ws) -> None:
    with pytest.raises(NotFound, match="No draft 'Dnope'"):
        submit_for_review(any_ws, "Dnope", actor=FRAN)


# ---- edits and versions ----------------------------------------------------------------------

def test_an_edit_is_a_new_version_regrounded_with_a_diff_against_the_machine_draft(
        any_ws, recap_id) -> None:
    ws = any_ws
    new = texts(ws, recap_id)
    new[0] = "Volunteers at the food bank stop coming after a month."
    v = edit_draft(ws, recap_id, new, base_version=1, actor=FRAN)
    assert (v.number, v.author, v.machine) == (2, "fran", False)
    assert [x.number for x in history(ws, recap_id)] == [1, 2]
    assert history(ws, recap_id)[0].machine is True
    diff = diff_versions(ws, recap_id, 1, 2)
    assert "+- **" in diff and "Volunteers at the food bank stop coming" in diff
    # citations stay with the bullet; an edit its citations no longer support is flagged
    bullets = get_draft(ws, recap_id).versions[-1].content["bullets"]
    assert bullets[0]["citations"]
    off = texts(ws, recap_id)
    off[1] = "Quarterly tax filings for the warehouse lease are due in April."
    edit_draft(ws, recap_id, off, base_version=2, actor=FRAN)
    flagged = get_draft(ws, recap_id).versions[-1].content["bullets"][1]
    assert flagged["flag"], "an unsupported edited bullet must carry a grounding flag"


def test_saving_on_a_version_someone_else_replaced_is_refused_and_stores_nothing(
        any_ws, recap_id) -> None:
    ws = any_ws
    mine, theirs = texts(ws, recap_id), texts(ws, recap_id)
    theirs[2] = "Stella's wording of the pattern: pair every newcomer with a buddy."
    edit_draft(ws, recap_id, theirs, base_version=1, actor=STELLA)
    mine[2] = "Fran's wording: a named buddy for each newcomer's first month."
    with pytest.raises(Conflict, match="stella saved version 2"):
        edit_draft(ws, recap_id, mine, base_version=1, actor=FRAN)
    d = get_draft(ws, recap_id)
    assert [v.number for v in d.versions] == [1, 2]
    assert d.versions[-1].content["bullets"][2]["text"].startswith("Stella's wording")
    # with the newest version as the base the same text saves
    edit_draft(ws, recap_id, mine, base_version=2, actor=FRAN)
    assert texts(ws, recap_id)[2].startswith("Fran's wording")


def test_an_edit_with_the_wrong_number_of_bullets_or_an_empty_one_is_refused(
        any_ws, recap_id) -> None:
    with pytest.raises(AssistantError, match="has 5 bullets"):
        edit_draft(any_ws, recap_id, ["only one"], base_version=1, actor=FRAN)
    with pytest.raises(AssistantError, match="empty"):
        edit_draft(any_ws, recap_id, [""] * 5, base_version=1, actor=FRAN)
    assert len(history(any_ws, recap_id)) == 1


# ---- patterns, lineage, adoption --------------------------------------------------------------

def test_approving_a_pattern_candidate_puts_its_edited_text_in_the_playbook(
        any_ws, recap_id) -> None:
    ws = any_ws
    submit_for_review(ws, recap_id, actor=FRAN)
    approve(ws, recap_id, actor=STELLA)
    cand = draft_pattern(ws, recap_id=recap_id, actor=FRAN)
    names = texts(ws, cand.id)
    names[0] = "Buddy up newcomers for their first month"
    edit_draft(ws, cand.id, names, base_version=1, actor=FRAN)
    submit_for_review(ws, cand.id, actor=FRAN)
    with transaction(ws.engine) as s:
        assert not list(s.scalars(select(Pattern)))
    # the extractive candidate leaves "does not apply when" uncited: a steward overrides
    approve(ws, cand.id, override="limits discussed in the session", actor=STELLA)
    with transaction(ws.engine) as s:
        (p,) = list(s.scalars(select(Pattern)))
        assert (p.name, p.status, p.draft_id) == (
            "Buddy up newcomers for their first month", "approved", cand.id)
        assert p.evidence["recaps"] == [recap_id]
        pid = p.id
    lineage = pattern_lineage(ws, pid)
    assert any(line.startswith("Session ") for line in lineage.steps)
    assert any(line.startswith(f"Recap {recap_id}") for line in lineage.steps)
    assert any("approved by stella" in line for line in lineage.steps)
    with pytest.raises(Conflict, match="not published"):
        record_adoption(ws, pid, team="Warehouse", actor=VIC)


def test_cited_sources_open_the_case_and_the_passage_around_a_turn(any_ws, recap_id) -> None:
    ws = any_ws
    d = get_draft(ws, recap_id)
    cites = [c for b in d.versions[-1].content["bullets"] for c in b["citations"]]
    seg = next(c for c in cites if c.get("session_id"))
    text = cited_source(ws, f"segment:{seg['session_id']}:{seg['position']}")
    assert "▶" in text and seg["speaker"] in text
    case = next(c for c in cites if c.get("case_id"))
    assert "New volunteers stop showing up" in cited_source(ws, f"case:{case['case_id']}")
    with pytest.raises(NotFound):
        cited_source(ws, f"segment:{seg['session_id']}:999")
    with pytest.raises(NotFound):
        cited_source(ws, "case:Cmissing")


def test_recap_deadline_is_a_day_after_the_session_and_overdue_until_published(
        any_ws, tmp_path) -> None:
    import datetime as dt

    ws = any_ws
    sid = held_session(ws, tmp_path)
    (row,) = recap_deadlines(ws)
    assert (row.session_id, row.status, row.overdue) == (sid, "not drafted", True)
    assert row.deadline.date() == dt.date(2025, 3, 15)
    draft_recap(ws, sid, actor=FRAN)
    (row,) = recap_deadlines(ws, now=dt.datetime(2025, 3, 14, 18, 0))
    assert (row.status, row.overdue) == ("draft", False)
    assert 20 < row.hours_left < 24


def test_a_recap_published_on_time_stays_on_time_when_a_revision_starts(
        any_ws, tmp_path) -> None:
    import datetime as dt

    from assistant.clock import FixedClock
    from assistant.publish import publish
    from assistant.ui.handlers.today import _Facts

    ws = any_ws
    sid = held_session(ws, tmp_path)  # held 2025-03-14, recap due a day after it ended
    ws.clock = FixedClock(dt.datetime(2025, 3, 14, 20, 0, tzinfo=dt.UTC))
    first = draft_recap(ws, sid, actor=FRAN).id
    submit_for_review(ws, first, actor=FRAN)
    approve(ws, first, actor=STELLA)
    publish(ws, to=tmp_path / "playbook", actor=STELLA)
    ws.clock = FixedClock(dt.datetime(2025, 4, 2, 9, 0, tzinfo=dt.UTC))  # weeks later
    revision = draft_recap(ws, sid, actor=FRAN).id  # someone starts a revision
    (row,) = recap_deadlines(ws)
    assert (row.status, row.overdue) == ("draft", False)
    assert row.published_at is not None and row.published_at < row.deadline
    assert _Facts(ws).recaps == []  # Today owes nothing for this session
    # ... and the Review inbox does not call the revision overdue either (QA, session 21).
    (waiting,) = [d for d in inbox(ws, actor=FRAN) if d.id == revision]
    assert waiting.deadline is not None and waiting.deadline < ws.clock.now()
    assert waiting.late_by is None
    # The sessions list says the recap went out, and that a revision is open.
    from assistant.sessions import list_sessions
    assert {v.id: v.recap_status for v in list_sessions(ws)}[sid] == "published; revision draft"


# ---- users ----------------------------------------------------------------------------------

def test_passwords_are_hashed_and_only_the_right_one_signs_in(any_ws) -> None:
    ws = any_ws
    assert not users_defined(ws)
    add_user(ws, "stella", role="steward", password="correct horse")
    assert users_defined(ws)
    with transaction(ws.engine) as s:
        stored = s.get(User, "stella").password_hash
    assert "correct horse" not in stored and stored.startswith("$argon2")
    assert authenticate(ws, "stella", "correct horse").role == "steward"
    assert authenticate(ws, "stella", "wrong horse") is None
    assert authenticate(ws, "nobody", "correct horse") is None
    events = [e for e in audit(ws, "stella")]
    assert events and all("correct horse" not in str(e.after) for e in events)


def test_once_users_exist_only_a_steward_manages_them(any_ws) -> None:
    ws = any_ws
    add_user(ws, "stella", role="steward", password="correct horse")  # first: from the machine
    add_user(ws, "fran", role="facilitator", password="correct horse", actor=STELLA)
    with pytest.raises(Forbidden):
        add_user(ws, "mallory", role="steward", password="correct horse", actor=FRAN)
    with pytest.raises(Forbidden):
        remove_user(ws, "stella", actor=FRAN)
    with pytest.raises(AssistantError, match="Unknown role"):
        add_user(ws, "x", role="admin", password="correct horse", actor=STELLA)
    with pytest.raises(AssistantError, match="too short"):
        add_user(ws, "y", role="viewer", password="short", actor=STELLA)
    with pytest.raises(Conflict):
        add_user(ws, "fran", role="viewer", password="correct horse", actor=STELLA)
    remove_user(ws, "fran", actor=STELLA)
    assert [u.name for u in list_users(ws)] == ["stella"]
    assert get_user(ws, "fran") is None


def test_adoptions_are_counted_per_pattern_and_team(any_ws, recap_id, tmp_path) -> None:
    import datetime as dt

    from assistant.publish import publish

    ws = any_ws
    submit_for_review(ws, recap_id, actor=FRAN)
    approve(ws, recap_id, actor=STELLA)
    cand = draft_pattern(ws, recap_id=recap_id, actor=FRAN)
    submit_for_review(ws, cand.id, actor=FRAN)
    approve(ws, cand.id, override="limits discussed in the session", actor=STELLA)
    publish(ws, to=tmp_path / "playbook", actor=STELLA)
    with transaction(ws.engine) as s:
        pid = s.scalars(select(Pattern.id)).one()
    for team in ("Warehouse", "Warehouse", "Drivers"):
        record_adoption(ws, pid, team=team, applied_on=dt.date(2025, 4, 1),
                        outcome="kept 4 of 5 newcomers", actor=VIC)
    (count,) = adoption_counts(ws)
    assert (count.pattern_id, count.count, count.teams) == (pid, 3, 2)
    assert [a.team for a in pattern_lineage(ws, pid).adoptions] == [
        "Warehouse", "Warehouse", "Drivers"]


def test_an_approved_draft_is_not_regenerated(any_ws, recap_id) -> None:
    from assistant.summarize import regenerate

    submit_for_review(any_ws, recap_id, actor=FRAN)
    approve(any_ws, recap_id, actor=STELLA)
    with pytest.raises(Conflict, match="not regenerated"):
        regenerate(any_ws, recap_id, actor=STELLA)
    assert len(history(any_ws, recap_id)) == 1


def test_an_approved_theme_label_names_the_theme_and_survives_a_recompute(ws) -> None:
    from assistant.cluster import get_theme, list_themes, recompute_themes
    from assistant.examples import load_example_network
    from assistant.summarize import draft_theme_label

    load_example_network(ws)
    if not list_themes(ws):
        recompute_themes(ws, actor=STELLA)
    theme = list_themes(ws)[0]
    d = draft_theme_label(ws, theme.id, actor=FRAN)
    edited = ["SSO readiness at kickoff", "Identity setup that stalls go-live."]
    edit_draft(ws, d.id, edited, base_version=1, actor=FRAN)
    submit_for_review(ws, d.id, actor=FRAN)
    assert get_theme(ws, theme.id).label != "SSO readiness at kickoff"
    approve(ws, d.id, actor=STELLA)
    assert get_theme(ws, theme.id).label == "SSO readiness at kickoff"
    recompute_themes(ws, actor=STELLA)
    assert get_theme(ws, theme.id).label == "SSO readiness at kickoff"
