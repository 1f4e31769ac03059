"""The quarterly theme review: each theme's impact over a sprint (cases, growth, adoptions,
time to solve), the themes the review proposes to retire, and the steward's recorded choice.

Growth compares the sprint's second half with its first (new cases in weeks 7-12 minus
weeks 1-6), so it reads the same in a network's first sprint as in its tenth. A theme is
proposed for retirement when nobody applied its patterns during the sprint and it is not
growing: the method's "replace low-impact themes with new high-value problems".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from assistant.auth import LOCAL, Actor, require
from assistant.errors import AssistantError, NotFound
from assistant.plural import counted
from assistant.rhythm.metrics import Facts, load_facts, measure
from assistant.rhythm.sprints import get_sprint
from assistant.store.audit import record
from assistant.store.db import transaction
from assistant.store.models import ThemeReviewChoice
from assistant.workspace import Workspace

CHOICES = ("keep", "retire")


@dataclass(frozen=True)
class ThemeImpact:
    theme_id: str
    label: str
    cases: int  # new in the sprint
    growth: int  # second half minus first half
    adoptions: int
    patterns_used: int
    median_days_to_solve: float | None
    propose_retire: bool
    reason: str
    choice: str = ""  # the steward's, once recorded
    note: str = ""


def theme_impact(ws: Workspace, sprint: int | None = None, *, facts: Facts | None = None,
                 on: dt.date | None = None) -> list[ThemeImpact]:
    """Every current theme's impact in the sprint, highest impact first."""
    sp = get_sprint(ws, sprint, on=on)
    f = facts or load_facts(ws)
    mid = sp.start + dt.timedelta(days=42)
    choices = {c.theme_id: c for c in _choices(ws, sp.number)}
    out = []
    for tid, label in f.labels.items():
        m = measure(f, sp.start, sp.end, theme=tid)
        early = measure(f, sp.start, mid - dt.timedelta(days=1), theme=tid).cases
        late = measure(f, mid, sp.end, theme=tid).cases
        growth = late - early
        retire = m.adoptions == 0 and growth <= 0
        reason = ("no adoptions this sprint and " + ("no new cases" if m.cases == 0 else
                                                     "new cases not growing")) if retire else \
            ", ".join(x for x in (counted(m.adoptions, 'adoption') if m.adoptions else "",
                                  f"growing (+{growth})" if growth > 0 else "") if x)
        c = choices.get(tid)
        out.append(ThemeImpact(tid, label, m.cases, growth, m.adoptions, m.patterns_used,
                               m.median_days_to_solve, retire, reason,
                               c.choice if c else "", c.note if c else ""))
    return sorted(out, key=lambda t: (t.propose_retire, -t.adoptions, -t.growth, -t.cases,
                                      t.label, t.theme_id))


@dataclass(frozen=True)
class ReviewChoice:
    sprint: int
    theme_id: str
    label: str
    choice: str
    note: str
    actor: str


def _choices(ws: Workspace, sprint: int | None = None) -> list[ReviewChoice]:
    with OrmSession(ws.engine) as s:
        q = select(ThemeReviewChoice).order_by(ThemeReviewChoice.sprint,
                                               ThemeReviewChoice.label,
                                               ThemeReviewChoice.theme_id)
        if sprint is not None:
            q = q.where(ThemeReviewChoice.sprint == sprint)
        return [ReviewChoice(c.sprint, c.theme_id, c.label, c.choice, c.note, c.actor)
                for c in s.scalars(q)]


def review_choices(ws: Workspace, sprint: int | None = None) -> list[ReviewChoice]:
    """The steward's recorded choices (all sprints, or one)."""
    return _choices(ws, sprint)


def record_theme_choice(ws: Workspace, sprint: int, theme_id: str, choice: str, *,
                        note: str = "", label: str | None = None,
                        actor: Actor = LOCAL) -> ReviewChoice:
    """Record keep or retire for a theme at a sprint's review (stewards). Choosing again
    replaces the choice; the audit trail keeps both. ``label`` is needed only for a theme
    no longer in the store (an imported review)."""
    require(actor, "review_themes")
    choice = choice.strip().lower()
    if choice not in CHOICES:
        raise AssistantError(f"Choice {choice!r} is not one of {', '.join(CHOICES)}.")
    get_sprint(ws, sprint)
    if label is None:
        labels = load_facts(ws).labels
        if theme_id not in labels:
            raise NotFound(f"No current theme {theme_id!r}; `assistant review themes` lists "
                           "the sprint's themes with their ids.")
        label = labels[theme_id]
    with transaction(ws.engine) as s:
        row = s.scalars(select(ThemeReviewChoice).where(
            ThemeReviewChoice.sprint == sprint, ThemeReviewChoice.theme_id == theme_id)).first()
        before = {"choice": row.choice, "note": row.note} if row else None
        if row is None:
            row = ThemeReviewChoice(sprint=sprint, theme_id=theme_id)
            s.add(row)
        row.label, row.choice, row.note, row.actor = label, choice, note.strip(), actor.name
        record(s, actor=actor.name, action="theme_review", object_type="theme",
               object_id=theme_id, before=before,
               after={"sprint": sprint, "choice": choice, "note": row.note})
        return ReviewChoice(sprint, theme_id, label, choice, row.note, actor.name)

