"""90-day sprints as records: start, goals, the phase a day falls in, the checklist of what
each phase needs (done state derived from the data), and the continue / pause / redesign
decision with its reasons."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from assistant.auth import LOCAL, Actor, require
from assistant.cluster.queries import SPRINT_DAYS, SPRINT_START_KEY
from assistant.errors import AssistantError, Conflict, NotFound
from assistant.index.texts import IN_LIBRARY
from assistant.plural import counted
from assistant.store.audit import record
from assistant.store.db import transaction
from assistant.store.models import (
    SPRINT_DECISIONS,
    CapabilityPulse,
    Case,
    CharterVersion,
    Meta,
    Pattern,
    Session,
    Sprint,
    ThemeReviewChoice,
)
from assistant.workspace import Workspace

#: (first week, last week, what the phase is for)
PHASES: tuple[tuple[int, int, str], ...] = (
    (1, 3, "gather cases and a baseline"),
    (4, 8, "sessions and playbook v0.1"),
    (9, 12, "demo day and decision"),
)


@dataclass(frozen=True)
class SprintRecord:
    number: int
    start: dt.date
    end: dt.date
    goals: str
    decision: str | None
    reasons: str
    decided_by: str
    decided_on: dt.date | None

    def week(self, on: dt.date) -> int:
        """Week 1..12 of ``on`` in this sprint (days 85-90 count as week 12); 0 before it."""
        if on < self.start:
            return 0
        return min(12, (on - self.start).days // 7 + 1)

    def phase(self, on: dt.date) -> str:
        w = self.week(on)
        if w == 0:
            return "not started"
        if on > self.end:
            return "ended"
        return next(f"weeks {a}-{b}: {what}" for a, b, what in PHASES if a <= w <= b)

    def weeks(self, first: int, last: int) -> tuple[dt.date, dt.date]:
        """The first and last day of weeks ``first``..``last`` (week 12 runs to the end)."""
        lo = self.start + dt.timedelta(days=7 * (first - 1))
        hi = self.end if last >= 12 else self.start + dt.timedelta(days=7 * last - 1)
        return lo, hi


def _rec(x: Sprint) -> SprintRecord:
    return SprintRecord(x.number, x.start, x.start + dt.timedelta(days=SPRINT_DAYS - 1),
                        x.goals, x.decision, x.reasons, x.decided_by, x.decided_on)


def list_sprints(ws: Workspace) -> list[SprintRecord]:
    with OrmSession(ws.engine) as s:
        return [_rec(x) for x in s.scalars(select(Sprint).order_by(Sprint.number))]


@dataclass(frozen=True)
class SprintNow:
    """Where a day stands among the recorded sprints: the sprint running on it, else the
    latest one that ended before it and the first one that starts after it."""

    day: dt.date
    running: SprintRecord | None
    previous: SprintRecord | None
    upcoming: SprintRecord | None

    @property
    def sprint(self) -> SprintRecord | None:
        """The sprint a screen shows: the running one, else the one that ended last, else
        the one that starts next; None before any sprint is recorded."""
        return self.running or self.previous or self.upcoming

    @property
    def days_left(self) -> int:
        """Days after today until the running sprint ends (0 on its last day, or none)."""
        return (self.running.end - self.day).days if self.running else 0

    def headline(self) -> str:
        """One line that says which sprint is running, the same on every screen."""
        r, p, u = self.running, self.previous, self.upcoming
        if r is not None:
            return f"Sprint {r.number}, week {r.week(self.day)} of 12 ({r.phase(self.day)})"
        if p is not None and u is not None:
            return (f"Between sprints: sprint {p.number} ended on {p.end}, sprint {u.number} "
                    f"starts on {u.start}")
        if p is not None:
            return f"No sprint running: sprint {p.number} ended on {p.end}"
        if u is not None:
            return f"No sprint running yet: sprint {u.number} starts on {u.start}"
        return "No sprint yet"


def sprint_now(ws: Workspace, on: dt.date | None = None) -> SprintNow:
    """Which recorded sprint runs on ``on`` (default ``ws.today()``): the one place
    Today, the Network screen and ``assistant sprint show`` read it from. A sprint runs
    from its first day to its 90th, both included."""
    day = on or ws.today()
    sprints = list_sprints(ws)
    return SprintNow(day,
                     next((x for x in sprints if x.start <= day <= x.end), None),
                     next((x for x in reversed(sprints) if x.end < day), None),
                     next((x for x in sprints if x.start > day), None))


def get_sprint(ws: Workspace, number: int | None = None, *, on: dt.date | None = None
               ) -> SprintRecord:
    """Sprint ``number``; without it, the sprint :func:`sprint_now` shows for ``on``
    (running, else the one that ended last, else the next). :class:`NotFound` when there
    is none."""
    if number is None:
        shown = sprint_now(ws, on).sprint
        if shown is None:
            raise NotFound("No sprint yet: start one with `assistant sprint start "
                           "YYYY-MM-DD`.")
        return shown
    sprints = list_sprints(ws)
    if not sprints:
        raise NotFound("No sprint yet: start one with `assistant sprint start YYYY-MM-DD`.")
    found = next((x for x in sprints if x.number == number), None)
    if found is None:
        raise NotFound(f"No sprint {number}; sprints 1-{sprints[-1].number} exist.")
    return found


def start_sprint(ws: Workspace, start: dt.date, *, goals: str = "",
                 actor: Actor = LOCAL) -> SprintRecord:
    """Add the next sprint starting on ``start``; it may not begin inside the previous
    one. The first sprint's start also fixes where the theme trends count sprints from."""
    require(actor, "run_sprint")
    with transaction(ws.engine) as s:
        last = s.scalars(select(Sprint).order_by(Sprint.number.desc()).limit(1)).first()
        if last is not None:
            end = last.start + dt.timedelta(days=SPRINT_DAYS - 1)
            if start <= end:
                raise Conflict(f"Sprint {last.number} runs until {end}; start the next one "
                               f"on {end + dt.timedelta(days=1)} or later.")
        x = Sprint(number=(last.number + 1) if last else 1, start=start, goals=goals.strip())
        s.add(x)
        if last is None:
            s.merge(Meta(key=SPRINT_START_KEY, value=start.isoformat()))
        s.flush()
        record(s, actor=actor.name, action="sprint_start", object_type="sprint",
               object_id=str(x.number), after={"start": start.isoformat(), "goals": x.goals})
        return _rec(x)


def set_goals(ws: Workspace, number: int, goals: str, *, actor: Actor = LOCAL
              ) -> SprintRecord:
    """Lock a sprint's goals (the next quarter's goals are set at the review)."""
    require(actor, "run_sprint")
    with transaction(ws.engine) as s:
        x = _get(s, number)
        before = x.goals
        x.goals = goals.strip()
        record(s, actor=actor.name, action="sprint_goals", object_type="sprint",
               object_id=str(number), before={"goals": before}, after={"goals": x.goals})
        return _rec(x)


def _get(s: OrmSession, number: int) -> Sprint:
    x = s.get(Sprint, number)
    if x is None:
        raise NotFound(f"No sprint {number}; `assistant sprint show` lists them.")
    return x


def decide_sprint(ws: Workspace, number: int, decision: str, reasons: str, *,
                  on: dt.date | None = None, by: str | None = None,
                  actor: Actor = LOCAL) -> SprintRecord:
    """Record continue, pause or redesign with its reasons (sponsor or steward). Deciding
    again replaces the decision; the audit trail keeps the earlier one. ``by`` names who
    decided when that is not the actor (an imported planner)."""
    require(actor, "decide_sprint")
    decision = decision.strip().lower()
    if decision not in SPRINT_DECISIONS:
        raise AssistantError(f"Decision {decision!r} is not one of "
                             f"{', '.join(SPRINT_DECISIONS)}.")
    if not reasons.strip():
        raise AssistantError("Give the reasons for the decision (what the sponsor saw at "
                             "demo day, which metrics moved).")
    with transaction(ws.engine) as s:
        x = _get(s, number)
        before = {"decision": x.decision, "reasons": x.reasons}
        x.decision, x.reasons = decision, reasons.strip()
        x.decided_by, x.decided_on = by or actor.name, on or ws.today()
        record(s, actor=actor.name, action="sprint_decide", object_type="sprint",
               object_id=str(number), before=before,
               after={"decision": decision, "reasons": x.reasons})
        return _rec(x)


@dataclass(frozen=True)
class ChecklistItem:
    weeks: str  # "weeks 1-3"
    step: str
    done: bool
    evidence: str  # what the data shows
    due: dt.date  # last day of the phase


def checklist(ws: Workspace, number: int | None = None, *, on: dt.date | None = None
              ) -> list[ChecklistItem]:
    """What each phase of the sprint needs and whether the data shows it done by ``on``
    (default today): cases gathered, baseline pulse, charter refreshed, sessions held,
    playbook published, demo day held, themes reviewed, decision recorded, next goals."""
    day = on or ws.today()
    sp = get_sprint(ws, number, on=day)
    upto = min(day, sp.end)
    w13 = sp.weeks(1, 3)
    with OrmSession(ws.engine) as s:
        case_days = [sub or created.date() for sub, created in
                     s.execute(select(Case.submitted_on, Case.created_at))]
        pulsed = set(s.scalars(select(CapabilityPulse.team).where(
            CapabilityPulse.taken_on.between(w13[0], min(w13[1], upto)))))
        charter_saves = [v.date() for v in s.scalars(select(CharterVersion.created_at))]
        sessions = list(s.execute(select(Session.format, Session.date).where(
            Session.date.between(sp.start, upto))))
        published = [p.date() for p in s.scalars(select(Pattern.published_at).where(
            IN_LIBRARY)) if p is not None]  # approved again: its last publish still counts
        reviewed = s.scalar(select(func.count()).select_from(ThemeReviewChoice).where(
            ThemeReviewChoice.sprint == sp.number)) or 0
        nxt = s.get(Sprint, sp.number + 1)
    cases_early = sum(1 for d in case_days if w13[0] <= d <= min(w13[1], upto))
    teams_pulsed = len(pulsed)
    published_now = sum(1 for d in published if sp.start <= d <= upto)
    held = [d for f, d in sessions if f != "demo day" and d is not None]
    demo = [d for f, d in sessions if f == "demo day" and d is not None]
    refreshed = [d for d in charter_saves if sp.start <= d <= upto]
    items = [
        ("weeks 1-3", "Gather cases", cases_early > 0,
         f"{counted(cases_early, 'case')} in weeks 1-3"),
        ("weeks 1-3", "Run the baseline capability pulse", teams_pulsed > 0,
         f"{counted(teams_pulsed, 'team')} scored"),
        ("weeks 1-3", "Refresh the charter", bool(refreshed),
         f"charter saved on {max(refreshed)}" if refreshed else "no charter edit this sprint"),
        ("weeks 4-8", "Host two or three high-value sessions", len(held) >= 2,
         f"{counted(len(held), 'session')} held"),
        ("weeks 4-8", "Publish playbook v0.1", published_now > 0,
         f"{counted(published_now, 'pattern')} published this sprint"),
        ("weeks 9-12", "Hold demo day", bool(demo),
         f"demo day on {min(demo)}" if demo else "no demo day session yet"),
        ("weeks 9-12", "Review adoption signals and themes", reviewed > 0,
         f"{counted(reviewed, 'theme choice')} recorded"),
        ("weeks 9-12", "Decide continue / pause / redesign", sp.decision is not None,
         f"{sp.decision} ({sp.decided_by}, {sp.decided_on})" if sp.decision else "not decided"),
        ("weeks 9-12", "Lock next quarter's goals", bool(nxt is not None and nxt.goals),
         f"sprint {sp.number + 1} goals set" if nxt is not None and nxt.goals
         else "next sprint has no goals yet"),
    ]
    dues = {f"weeks {a}-{b}": sp.weeks(a, b)[1] for a, b, _ in PHASES}
    return [ChecklistItem(w, step, done, ev, dues[w]) for w, step, done, ev in items]
