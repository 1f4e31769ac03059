"""Review and approval: users and roles, the draft workflow, and what happens to patterns
after publication (lineage, and practitioners recording that they applied one)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from assistant.auth import LOCAL, Actor, require
from assistant.errors import AssistantError, Conflict, NotFound
from assistant.index.texts import library_version
from assistant.review.users import (
    add_user,
    authenticate,
    get_user,
    list_users,
    remove_user,
    users_defined,
)
from assistant.review.workflow import (
    approve,
    cited_source,
    diff_versions,
    edit_draft,
    get_draft,
    history,
    inbox,
    recap_deadlines,
    reject,
    submit_for_review,
)
from assistant.store.audit import record
from assistant.store.db import transaction
from assistant.store.models import (
    AuditEvent,
    Case,
    Draft,
    Pattern,
    PatternAdoption,
    Session,
)
from assistant.workspace import Workspace


@dataclass(frozen=True)
class PatternRecord:
    id: str
    name: str
    problem: str
    context: str
    solution: str
    applies_when: str
    not_when: str
    evidence: dict[str, Any]
    status: str
    theme_id: str | None
    draft_id: str | None
    created_at: dt.datetime
    published_at: dt.datetime | None


@dataclass(frozen=True)
class AdoptionRecord:
    pattern_id: str
    team: str
    applied_on: dt.date | None
    outcome: str
    recorded_by: str
    created_at: dt.datetime


@dataclass(frozen=True)
class AdoptionCount:
    pattern_id: str
    name: str
    teams: int
    count: int


@dataclass(frozen=True)
class Lineage:
    pattern: PatternRecord
    steps: tuple[str, ...]  # readable lines: the cases, sessions, recaps it came from
    adoptions: tuple[AdoptionRecord, ...]


def pattern_record(p: Pattern) -> PatternRecord:
    return PatternRecord(p.id, p.name, p.problem, p.context, p.solution, p.applies_when,
                         p.not_when, dict(p.evidence or {}), p.status, p.theme_id, p.draft_id,
                         p.created_at, p.published_at)


def record_adoption(ws: Workspace, pattern_id: str, *, team: str = "",
                    applied_on: dt.date | None = None, outcome: str = "",
                    actor: Actor = LOCAL) -> AdoptionRecord:
    """A practitioner applied a published pattern (team, date, outcome).

    The team and the day are required, as in the starter kit's adoption log: adoptions
    count towards the network's "teams repeating methods" and "patterns used" metrics, so
    a blank team (or the recorder's own name standing in for one) would inflate them. The
    outcome is optional."""
    require(actor, "record_adoption")
    team = " ".join(team.split())
    with transaction(ws.engine) as s:
        p = s.get(Pattern, pattern_id)
        if p is None:
            raise NotFound(f"No pattern {pattern_id!r}; the Playbook lists published ones.")
        if library_version(p) is None:
            raise Conflict(f"Pattern {pattern_id} is not published yet; adoptions are "
                           "recorded against published patterns.")
        if not team:
            raise AssistantError("An adoption needs the team that applied the pattern. "
                                 "Fill in Team (a team's name, not a person's).")
        if applied_on is None:
            raise AssistantError("An adoption needs the day the team applied the pattern. "
                                 "Fill in Date (YYYY-MM-DD).")
        if applied_on > ws.today() + dt.timedelta(days=1):
            raise AssistantError(f"The date {applied_on} is in the future; give the day the "
                                 "team applied the pattern.")
        a = PatternAdoption(pattern_id=pattern_id, team=team, applied_on=applied_on,
                            outcome=outcome.strip(), recorded_by=actor.name)
        s.add(a)
        s.flush()
        record(s, actor=actor.name, action="record_adoption", object_type="pattern",
               object_id=pattern_id, after={"team": team, "applied_on": str(applied_on or ""),
                                            "outcome": outcome.strip()})
        return AdoptionRecord(pattern_id, a.team, a.applied_on, a.outcome, a.recorded_by,
                              a.created_at)


def adoption_counts(ws: Workspace) -> list[AdoptionCount]:
    """Per published pattern: how many adoptions and by how many teams, most adopted first."""
    with OrmSession(ws.engine) as s:
        rows = s.execute(
            select(Pattern.id, Pattern.name, func.count(func.distinct(PatternAdoption.team)),
                   func.count(PatternAdoption.id))
            .join(PatternAdoption, PatternAdoption.pattern_id == Pattern.id)
            .group_by(Pattern.id, Pattern.name))
        out = [AdoptionCount(pid, name, int(teams), int(n)) for pid, name, teams, n in rows]
    return sorted(out, key=lambda a: (-a.count, -a.teams, a.name))


def pattern_lineage(ws: Workspace, pattern_id: str, *,
                    archived_titles: bool = True) -> Lineage:
    """Where a pattern came from: its cases, sessions and recaps, the approvals, and the
    teams that applied it. Archived cases and sessions are marked archived; their titles
    are left out unless ``archived_titles`` (stewards, who can restore them)."""
    from assistant.archive import archived_sources

    with OrmSession(ws.engine) as s:
        p = s.get(Pattern, pattern_id)
        if p is None:
            raise NotFound(f"No pattern {pattern_id!r}.")
        ev = dict(p.evidence or {})
        gone = archived_sources(s, ev.get("cases", []), ev.get("sessions", []))
        steps: list[str] = []
        for cid in ev.get("cases", []):
            c = s.get(Case, cid)
            if c is None:
                steps.append(f"Case {cid} (no longer in the store)")
            elif cid in gone.cases:
                steps.append(f"Case {cid}: {c.title or c.problem[:80]} (archived)"
                             if archived_titles else f"Case {cid} (archived)")
            else:
                steps.append(f"Case {cid}: {c.title or c.problem[:80]}")
        for sid in ev.get("sessions", []):
            x = s.get(Session, sid)
            if x is None:
                steps.append(f"Session {sid} (no longer in the store)")
            elif sid in gone.sessions:
                steps.append(f"Session {sid}: {x.title} ({x.format}, "
                             f"{x.date or 'undated'}) (archived)" if archived_titles
                             else f"Session {sid} (archived)")
            else:
                steps.append(f"Session {sid}: {x.title} ({x.format}, {x.date or 'undated'})")
        for rid in ev.get("recaps", []):
            r = s.get(Draft, rid)
            steps.append(f"Recap {rid}: {r.status.replace('_', ' ')}"
                         + (f", approved by {r.approved_by}" if r and r.approved_by else "")
                         if r else f"Recap {rid} (no longer in the store)")
        if p.theme_id:
            steps.append(f"Theme {p.theme_id}")
        if p.draft_id:
            d = s.get(Draft, p.draft_id)
            if d is not None:
                steps.append(f"Pattern draft {d.id} by {d.created_by or 'the assistant'}, "
                             f"approved by {d.approved_by or '—'}")
        for e in s.scalars(select(AuditEvent).where(AuditEvent.object_type == "pattern",
                                                    AuditEvent.object_id == p.id,
                                                    AuditEvent.action == "replace_pattern")
                           .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())):
            was = dict(e.before or {})
            steps.append(f"Earlier version “{was.get('name', '')}”: pattern draft "
                         f"{was.get('draft_id', '?')}, replaced {e.at:%Y-%m-%d} by {e.actor}")
        if p.published_at:
            steps.append(f"Published {p.published_at:%Y-%m-%d %H:%M} UTC")
        adoptions = tuple(AdoptionRecord(a.pattern_id, a.team, a.applied_on, a.outcome,
                                         a.recorded_by, a.created_at)
                          for a in s.scalars(select(PatternAdoption)
                                             .where(PatternAdoption.pattern_id == p.id)
                                             .order_by(PatternAdoption.created_at)))
        return Lineage(pattern_record(p), tuple(steps), adoptions)


__all__ = [
    "AdoptionCount", "AdoptionRecord", "Lineage", "PatternRecord", "add_user", "adoption_counts",
    "approve", "authenticate", "cited_source", "diff_versions", "edit_draft", "get_draft",
    "get_user", "history", "inbox", "list_users", "pattern_lineage", "pattern_record",
    "recap_deadlines", "record_adoption", "reject", "remove_user", "submit_for_review",
    "users_defined",
]
