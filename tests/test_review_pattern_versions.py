"""One playbook pattern per subject: a pattern candidate approved again for the same session
(from the same recap, or from a newer recap of that session) or the same theme is a new
version of the pattern already in the playbook, audited, the earlier draft kept in history.
Patterns from different sessions stay different patterns."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from assistant.publish import list_patterns, publish
from assistant.review import pattern_lineage
from assistant.review.workflow import approve, edit_draft, get_draft, submit_for_review
from assistant.store.models import AuditEvent, Pattern
from assistant.summarize import draft_pattern, draft_recap
from assistant.workspace import Workspace
from tests.test_recap_actions import held  # noqa: F401 - the fixture
from tests.test_review_workflow import held_session


def _approved(ws: Workspace, draft_id: str) -> None:
    submit_for_review(ws, draft_id)
    # The extractive candidate may leave a field uncited: the steward overrides.
    approve(ws, draft_id, comment="ok", override="checked against the session")


def _approved_recap(ws: Workspace, session_id: str) -> str:
    r = draft_recap(ws, session_id)
    _approved(ws, r.id)
    return r.id


def _approved_pattern(ws: Workspace, recap_id: str, name: str) -> str:
    c = draft_pattern(ws, recap_id=recap_id)
    texts = [b["text"] for b in c.content["bullets"]]
    texts[0] = name  # the name field
    edit_draft(ws, c.id, texts, base_version=c.version)
    _approved(ws, c.id)
    return c.id


def _patterns(ws: Workspace) -> list[tuple[str, str, str | None, str]]:
    with OrmSession(ws.engine) as s:
        return [(p.id, p.name, p.draft_id, p.status)
                for p in s.scalars(select(Pattern).order_by(Pattern.id))]


def test_approving_a_second_pattern_for_the_same_session_replaces_the_first(
        held: tuple[Workspace, str], tmp_path: Path) -> None:  # noqa: F811
    ws, sid = held
    recap = _approved_recap(ws, sid)
    first = _approved_pattern(ws, recap, "One owner per shared access code")
    ((pid, _, _, _),) = _patterns(ws)
    out = tmp_path / "site"
    assert publish(ws, to=out).patterns == 1

    second = _approved_pattern(ws, recap, "Name an owner for every shared code")
    assert second != first
    # One pattern, the same one (its id, its page), now holding the newer approved text.
    assert _patterns(ws) == [(pid, "Name an owner for every shared code", second, "approved")]
    # The earlier draft is kept, with its versions, as history.
    earlier = get_draft(ws, first)
    assert earlier.status == "published"
    assert earlier.versions[-1].content["bullets"][0]["text"] == \
        "One owner per shared access code"
    with OrmSession(ws.engine) as s:
        (event,) = s.scalars(select(AuditEvent).where(AuditEvent.object_type == "pattern",
                                                      AuditEvent.object_id == pid,
                                                      AuditEvent.action == "replace_pattern"))
        assert event.before["draft_id"] == first
        assert event.before["name"] == "One owner per shared access code"
        assert event.after["draft_id"] == second
    assert any(first in line for line in pattern_lineage(ws, pid).steps)

    report = publish(ws, to=out)
    assert report.patterns == 1
    assert [p.name for p in list_patterns(ws)] == ["Name an owner for every shared code"]
    book = json.loads((out / "playbook.json").read_text(encoding="utf-8"))
    assert [p["name"] for p in book["patterns"]] == ["Name an owner for every shared code"]
    assert sorted(p.name for p in (out / "markdown" / "patterns").iterdir()) == [f"{pid}.md"]



def test_the_published_version_stays_searchable_and_adoptable_until_the_new_one_is_published(
        held: tuple[Workspace, str], tmp_path: Path) -> None:  # noqa: F811
    from assistant.auth import LOCAL
    from assistant.index.audit import audit
    from assistant.index.service import reindex, search
    from assistant.ingest.service import add_case
    from assistant.review import record_adoption
    from assistant.sessions import plan_session
    from assistant.summarize import draft_preread

    ws, sid = held
    recap = _approved_recap(ws, sid)
    _approved_pattern(ws, recap, "One owner per shared access code")
    ((pid, _, _, _),) = _patterns(ws)
    out = tmp_path / "site"
    publish(ws, to=out)
    _approved_pattern(ws, recap, "Name an owner for every shared code")
    assert _patterns(ws)[0][3] == "approved"  # the new version waits for the next publish

    def found() -> list[tuple[str, str]]:
        return [(h.id, h.title) for h in search(ws, "who owns the shared gate code",
                                                kind="patterns")]

    # Search finds the version the steward published, by its published name, even after
    # a rebuild of the index, and the index audit holds it as what should be there.
    assert found() == [(pid, "One owner per shared access code")]
    reindex(ws)
    assert found() == [(pid, "One owner per shared access code")]
    assert audit(ws).repaired == 0
    # A practitioner may still record applying it, and a pre-read names it as published.
    record_adoption(ws, pid, team="Night shift", applied_on=ws.today())
    case = add_case(ws, {"title": "Carriers locked out at the gate", "problem": "Nobody owns "
                         "the shared gate access code, so carriers are not told when it "
                         "changes."}, actor=LOCAL).case_id
    planned = plan_session(ws, title="Gate codes, again", format="office hours",
                           date="2026-12-01", case_ids=[case], actor=LOCAL).id
    related = {sec["heading"]: sec["items"] for sec in
               draft_preread(ws, planned).content["sections"]}["Related playbook patterns"]
    assert [i.split(" (similarity")[0] for i in related] == ["One owner per shared access code"]
    assert "adopted by 1 team (Night shift)" in related[0]

    publish(ws, to=out)
    assert found() == [(pid, "Name an owner for every shared code")]
    with OrmSession(ws.engine) as s:
        p = s.get(Pattern, pid)
        assert p is not None and (p.status, p.published_version) == ("published", None)

def test_a_pattern_from_a_newer_recap_of_the_same_session_replaces_the_first(
        held: tuple[Workspace, str]) -> None:  # noqa: F811
    ws, sid = held
    old_recap = _approved_recap(ws, sid)
    first = _approved_pattern(ws, old_recap, "One owner per shared access code")
    new_recap = _approved_recap(ws, sid)  # drafted again after approval: a new recap
    assert new_recap != old_recap
    second = _approved_pattern(ws, new_recap, "Name an owner for every shared code")
    ((_, name, draft_id, _),) = _patterns(ws)
    assert (name, draft_id) == ("Name an owner for every shared code", second)
    assert get_draft(ws, first).status == "approved"  # kept, as history


def test_patterns_from_two_different_sessions_stay_two(
        held: tuple[Workspace, str], tmp_path: Path) -> None:  # noqa: F811
    ws, gates = held
    volunteers = held_session(ws, tmp_path)
    a = _approved_pattern(ws, _approved_recap(ws, gates), "One owner per shared access code")
    b = _approved_pattern(ws, _approved_recap(ws, volunteers), "Buddy up newcomers")
    assert sorted((name, d) for _, name, d, _ in _patterns(ws)) == [
        ("Buddy up newcomers", b), ("One owner per shared access code", a)]
    # Drafting one of them again replaces only that one.
    c = _approved_pattern(ws, _approved_recap(ws, volunteers), "Pair each newcomer")
    assert sorted((name, d) for _, name, d, _ in _patterns(ws)) == [
        ("One owner per shared access code", a), ("Pair each newcomer", c)]


def _published_then_approved_again(ws: Workspace, sid: str, out: Path) -> str:
    """A pattern published as "One owner per shared access code", then approved again as
    "Name an owner for every shared code" (waiting for the next publish): its id."""
    recap = _approved_recap(ws, sid)
    _approved_pattern(ws, recap, "One owner per shared access code")
    ((pid, _, _, _),) = _patterns(ws)
    publish(ws, to=out)
    _approved_pattern(ws, recap, "Name an owner for every shared code")
    assert _patterns(ws)[0][3] == "approved"
    return pid


def test_the_kit_lists_the_published_version_while_a_new_one_waits(
        held: tuple[Workspace, str], tmp_path: Path) -> None:  # noqa: F811
    from assistant.auth import LOCAL
    from assistant.review import record_adoption
    from assistant.rhythm.kit import collect

    ws, sid = held
    pid = _published_then_approved_again(ws, sid, tmp_path / "site")
    record_adoption(ws, pid, team="Night shift", applied_on=ws.today(), actor=LOCAL)
    kit = collect(ws)
    # The patterns sheet holds the library's version (its name and text), and the
    # adoptions sheet names the pattern the same way, so the kit reads back as one pattern.
    assert [r[0] for r in kit["patterns"]] == ["One owner per shared access code"]
    assert [r[0] for r in kit["adoptions"]] == ["One owner per shared access code"]
    # A pattern never published is not in the kit's patterns sheet.
    volunteers = held_session(ws, tmp_path)
    _approved_pattern(ws, _approved_recap(ws, volunteers), "Buddy up newcomers")
    assert [r[0] for r in collect(ws)["patterns"]] == ["One owner per shared access code"]
    publish(ws, to=tmp_path / "site")
    assert [r[0] for r in collect(ws)["patterns"]] == [
        "Buddy up newcomers", "Name an owner for every shared code"]


def test_the_sprint_still_counts_a_published_pattern_approved_again(
        held: tuple[Workspace, str], tmp_path: Path) -> None:  # noqa: F811
    from assistant.auth import LOCAL
    from assistant.rhythm.sprints import checklist, start_sprint

    ws, sid = held
    start_sprint(ws, ws.today() - dt.timedelta(days=30), actor=LOCAL)

    def published() -> tuple[bool, str]:
        (item,) = [c for c in checklist(ws, 1) if c.step == "Publish playbook v0.1"]
        return item.done, item.evidence

    assert published() == (False, "0 patterns published this sprint")
    _published_then_approved_again(ws, sid, tmp_path / "site")
    assert published() == (True, "1 pattern published this sprint")


def test_a_candidate_named_like_the_published_version_of_a_pattern_is_flagged(
        held: tuple[Workspace, str], tmp_path: Path) -> None:  # noqa: F811
    from assistant.summarize.pattern import published_namesakes

    ws, sid = held
    _published_then_approved_again(ws, sid, tmp_path / "site")
    # The library holds the published name; the waiting version's name is not published.
    assert published_namesakes(ws, "one owner per  shared access CODE") == [
        "One owner per shared access code"]
    assert published_namesakes(ws, "Name an owner for every shared code") == []
    publish(ws, to=tmp_path / "site")
    assert published_namesakes(ws, "one owner per shared access code") == []
    assert published_namesakes(ws, "Name an owner for every shared code") == [
        "Name an owner for every shared code"]
