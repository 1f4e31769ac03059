"""The three things the network measures, from the data it already holds:

* **patterns used in the field**: distinct published patterns with at least one adoption
  applied in the period;
* **time to solve**: the median days from a case's submission to its resolution, over the
  cases resolved in the period (per theme: the recurring problems of that theme);
* **teams repeating methods**: distinct teams that applied patterns two or more times in
  the period.

Plus what feeds them: case status and resolution date, and the capability pulse (a short
survey score per team; a team's first pulse is its baseline).
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from assistant.auth import LOCAL, Actor, require
from assistant.cluster.state import SUB
from assistant.errors import AssistantError, NotFound
from assistant.store.audit import record
from assistant.store.db import transaction
from assistant.store.models import (
    CASE_STATUSES,
    CapabilityPulse,
    Case,
    CaseState,
    Pattern,
    PatternAdoption,
    Theme,
    ThemeMember,
)
from assistant.workspace import Workspace

# ------------------------------------------------------------------ case status


@dataclass(frozen=True)
class CaseStatus:
    case_id: str
    status: str
    resolved_on: dt.date | None


def _status(value: str) -> str:
    s = " ".join(value.strip().lower().replace("_", " ").replace("-", " ").split())
    if s not in CASE_STATUSES:
        raise AssistantError(f"Case status {value!r} is not one of {', '.join(CASE_STATUSES)}.")
    return s


def set_case_statuses(ws: Workspace, changes: Sequence[CaseStatus], *, actor: Actor = LOCAL,
                      detail: str = "") -> int:
    """Set status and resolution date of many cases in one transaction (all or nothing).
    A resolved case needs its resolution date, on or after its submission. Returns how many
    changed; unchanged ones are not rewritten or audited."""
    require(actor, "edit_metrics")
    wanted = {c.case_id: CaseStatus(c.case_id, _status(c.status), c.resolved_on)
              for c in changes}
    if not wanted:
        return 0
    with transaction(ws.engine) as s:
        ids = list(wanted)
        submitted: dict[str, dt.date | None] = {}
        states: dict[str, CaseState] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            submitted.update({cid: sub for cid, sub in s.execute(
                select(Case.id, Case.submitted_on).where(Case.id.in_(chunk)))})
            states.update({x.case_id: x for x in s.scalars(
                select(CaseState).where(CaseState.case_id.in_(chunk)))})
        changed = []
        for cid, c in wanted.items():
            if cid not in submitted:
                raise NotFound(f"No case {cid!r}; `assistant status` counts the cases.")
            if c.status == "resolved" and c.resolved_on is None:
                raise AssistantError(f"Case {cid} is resolved but has no resolution date; "
                                     "give the day it was solved.")
            sub = submitted[cid]
            if c.resolved_on is not None and sub is not None and c.resolved_on < sub:
                raise AssistantError(f"Case {cid} was submitted on {sub}; it cannot be "
                                     f"resolved before that ({c.resolved_on}).")
            old = states.get(cid)
            if old is None and c.status == "open" and c.resolved_on is None:
                continue
            if old is not None and (old.status, old.resolved_on) == (c.status, c.resolved_on):
                continue
            if old is None:
                old = CaseState(case_id=cid)
                s.add(old)
            old.status, old.resolved_on = c.status, c.resolved_on
            old.updated_by = actor.name
            changed.append(cid)
        if changed:
            record(s, actor=actor.name, action="case_status", object_type="case",
                   object_id=changed[0] if len(changed) == 1 else f"{len(changed)} cases",
                   after={"cases": {cid: [wanted[cid].status,
                                          str(wanted[cid].resolved_on or "")]
                                    for cid in changed[:1000]}}, detail=detail)
        return len(changed)


def set_case_status(ws: Workspace, case_id: str, status: str, *,
                    resolved_on: dt.date | None = None, actor: Actor = LOCAL) -> CaseStatus:
    """Set one case's status; ``resolved`` without a date means resolved today."""
    st = _status(status)
    if st == "resolved" and resolved_on is None:
        resolved_on = ws.today()
    set_case_statuses(ws, [CaseStatus(case_id, st, resolved_on)], actor=actor)
    return CaseStatus(case_id, st, resolved_on)


def case_statuses(ws: Workspace) -> dict[str, CaseStatus]:
    """Every case's status (cases without a recorded one are open)."""
    with OrmSession(ws.engine) as s:
        out = {cid: CaseStatus(cid, "open", None) for cid in s.scalars(select(Case.id))}
        out.update({x.case_id: CaseStatus(x.case_id, x.status, x.resolved_on)
                    for x in s.scalars(select(CaseState))})
    return out


# ------------------------------------------------------------------ capability pulse


@dataclass(frozen=True)
class Pulse:
    team: str
    taken_on: dt.date
    score: float
    note: str = ""


def record_pulses(ws: Workspace, pulses: Sequence[Pulse], *, actor: Actor = LOCAL) -> int:
    """Store survey scores (one per team and day; a repeat replaces the score)."""
    require(actor, "edit_metrics")
    with transaction(ws.engine) as s:
        n = 0
        for p in pulses:
            team = " ".join(p.team.split())
            if not team:
                raise AssistantError("A capability pulse needs the team's name.")
            row = s.scalars(select(CapabilityPulse).where(
                CapabilityPulse.team == team, CapabilityPulse.taken_on == p.taken_on)).first()
            if row is not None and (row.score, row.note) == (p.score, p.note):
                continue
            if row is None:
                row = CapabilityPulse(team=team, taken_on=p.taken_on)
                s.add(row)
            row.score, row.note, row.recorded_by = float(p.score), p.note, actor.name
            n += 1
        if n:
            record(s, actor=actor.name, action="capability_pulse", object_type="pulse",
                   object_id=f"{n} scores",
                   after={"pulses": [[p.team, p.taken_on.isoformat(), p.score]
                                     for p in pulses[:200]]})
        return n


def list_pulses(ws: Workspace) -> list[Pulse]:
    with OrmSession(ws.engine) as s:
        return [Pulse(p.team, p.taken_on, p.score, p.note) for p in s.scalars(
            select(CapabilityPulse).order_by(CapabilityPulse.team, CapabilityPulse.taken_on))]


# ------------------------------------------------------------------ the three metrics


@dataclass(frozen=True)
class Facts:
    """What the metrics are computed from, loaded once."""

    cases: dict[str, tuple[dt.date, str]]  # case id -> (submitted day, team)
    status: dict[str, CaseStatus]
    theme_of: dict[str, str]  # case id -> active case theme id
    labels: dict[str, str]  # theme id -> label
    adoptions: list[tuple[str, str, dt.date]]  # (pattern id, team, applied day)
    pattern_theme: dict[str, str | None]
    pattern_names: dict[str, str]
    pulses: list[Pulse]


def load_facts(ws: Workspace) -> Facts:
    with OrmSession(ws.engine) as s:
        cases = {cid: (sub or created.date(), team) for cid, sub, created, team in
                 s.execute(select(Case.id, Case.submitted_on, Case.created_at, Case.team))}
        status = {x.case_id: CaseStatus(x.case_id, x.status, x.resolved_on)
                  for x in s.scalars(select(CaseState))}
        # Sub-themes only: cases belong to them, and a broad theme holding one sub-theme
        # usually carries its name (keyed by label, it would hide the sub-theme's figures).
        labels = {tid: label for tid, label in s.execute(select(Theme.id, Theme.label).where(
            Theme.status == "active", Theme.source == "cases", Theme.level == SUB))}
        theme_of = {cid: tid for cid, tid in s.execute(
            select(ThemeMember.case_id, ThemeMember.theme_id)
            .where(ThemeMember.novel.is_(False))) if tid in labels}
        adoptions = [(pid, team, applied or created.date()) for pid, team, applied, created in
                     s.execute(select(PatternAdoption.pattern_id, PatternAdoption.team,
                                      PatternAdoption.applied_on, PatternAdoption.created_at))]
        pattern_theme: dict[str, str | None] = {}
        names = {}
        for p in s.scalars(select(Pattern)):
            names[p.id] = p.name
            pattern_theme[p.id] = pattern_theme_of(p, theme_of, labels)
    return Facts(cases, status, theme_of, labels, adoptions, pattern_theme, names,
                 list_pulses(ws))


def pattern_theme_of(p: Pattern, theme_of: dict[str, str], labels: dict[str, str]
                     ) -> str | None:
    """A pattern's theme: its own when still active, else the commonest theme of the cases
    it was drawn from (ties to the smaller id)."""
    if p.theme_id and p.theme_id in labels:
        return p.theme_id
    votes = Counter(theme_of[c] for c in (p.evidence or {}).get("cases", []) if c in theme_of)
    if not votes:
        return None
    return min(votes, key=lambda t: (-votes[t], t))


@dataclass(frozen=True)
class Measures:
    """The three metrics (and their inputs) for one period, overall or for one theme."""

    cases: int  # submitted in the period
    resolved: int  # resolved in the period
    median_days_to_solve: float | None
    patterns_used: int
    adoptions: int
    teams_repeating: int
    pulse: float | None  # mean of the teams' latest pulse score in the period


def measure(f: Facts, lo: dt.date, hi: dt.date, *, theme: str | None = None) -> Measures:
    """The metrics for days ``lo``..``hi``; with ``theme`` only its cases and patterns."""
    def in_theme(cid: str) -> bool:
        return theme is None or f.theme_of.get(cid) == theme

    new = sum(1 for cid, (d, _) in f.cases.items() if lo <= d <= hi and in_theme(cid))
    days = [(st.resolved_on - f.cases[cid][0]).days for cid, st in f.status.items()
            if st.status == "resolved" and st.resolved_on is not None
            and lo <= st.resolved_on <= hi and cid in f.cases and in_theme(cid)]
    ads = [(pid, team) for pid, team, d in f.adoptions if lo <= d <= hi
           and (theme is None or f.pattern_theme.get(pid) == theme)]
    per_team = Counter(team for _, team in ads)
    latest: dict[str, Pulse] = {}
    for p in f.pulses:
        if lo <= p.taken_on <= hi and (p.team not in latest
                                       or p.taken_on > latest[p.team].taken_on):
            latest[p.team] = p
    return Measures(
        cases=new, resolved=len(days),
        median_days_to_solve=float(statistics.median(days)) if days else None,
        patterns_used=len({pid for pid, _ in ads}), adoptions=len(ads),
        teams_repeating=sum(1 for n in per_team.values() if n >= 2),
        pulse=round(statistics.fmean(p.score for p in latest.values()), 2)
        if theme is None and latest else None)


@dataclass(frozen=True)
class SprintMeasures:
    number: int
    start: dt.date
    end: dt.date
    overall: Measures
    by_theme: dict[str, Measures]  # theme label -> measures


def sprint_metrics(ws: Workspace, *, facts: Facts | None = None) -> list[SprintMeasures]:
    """The three metrics per recorded sprint, overall and per current theme."""
    from assistant.rhythm.sprints import list_sprints

    f = facts or load_facts(ws)
    out = []
    for sp in list_sprints(ws):
        by_theme: dict[str, Measures] = {}
        for t in sorted(f.labels, key=lambda t: (f.labels[t], t)):
            key, n = f.labels[t], 1
            while key in by_theme:  # two themes of one name: both shown, told apart
                n += 1
                key = f"{f.labels[t]} ({n})"
            by_theme[key] = measure(f, sp.start, sp.end, theme=t)
        out.append(SprintMeasures(sp.number, sp.start, sp.end,
                                  measure(f, sp.start, sp.end), by_theme))
    return out


@dataclass(frozen=True)
class PulseChange:
    team: str
    baseline: float
    baseline_on: dt.date
    latest: float
    latest_on: dt.date


def pulse_changes(pulses: Iterable[Pulse]) -> list[PulseChange]:
    """Per team: its first pulse (the baseline) and its latest."""
    by: dict[str, list[Pulse]] = defaultdict(list)
    for p in pulses:
        by[p.team].append(p)
    out = []
    for team in sorted(by):
        ps = sorted(by[team], key=lambda p: p.taken_on)
        out.append(PulseChange(team, ps[0].score, ps[0].taken_on, ps[-1].score,
                               ps[-1].taken_on))
    return out
