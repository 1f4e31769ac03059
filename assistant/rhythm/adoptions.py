"""Bulk imports the kit and the example network need: published patterns known by name
(from a network's existing playbook) and adoption logs. Re-importing adds nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import PurePath

from sqlalchemy import select

from assistant.auth import LOCAL, Actor, require
from assistant.errors import AssistantError
from assistant.index.outbox import enqueue
from assistant.store.audit import record
from assistant.store.db import transaction
from assistant.store.models import Pattern, PatternAdoption
from assistant.workspace import Workspace


@dataclass(frozen=True)
class PatternEntry:
    name: str
    published_on: dt.date | None = None
    cases: tuple[str, ...] = ()  # evidence: the case ids it was drawn from
    solution: str = ""


@dataclass(frozen=True)
class Adoption:
    pattern: str  # pattern name
    team: str
    applied_on: dt.date
    outcome: str = ""


@dataclass(frozen=True)
class ImportResult:
    patterns_added: int = 0
    adoptions_added: int = 0
    notes: tuple[str, ...] = field(default=())


def file_name(source: str) -> str:
    """The bare file name of an import's source: the playbook is shared outside the
    server, so no folder of the server is kept with what gets published."""
    return PurePath(str(source).replace("\\", "/")).name or str(source)


def pattern_id_for(name: str) -> str:
    return "P" + hashlib.sha256(("kit:" + " ".join(name.lower().split())).encode()
                                ).hexdigest()[:10]


def import_patterns_and_adoptions(ws: Workspace, patterns: Sequence[PatternEntry],
                                  adoptions: Sequence[Adoption], *, source: str,
                                  actor: Actor = LOCAL, index: bool = True) -> ImportResult:
    """Add the named patterns the store lacks as published (a steward's import of the
    network's existing playbook: needs the publish permission), then the adoptions not yet
    recorded. Patterns are matched by name; one transaction, audited. New patterns are then
    made searchable (``index=False`` leaves that to ``assistant reindex``)."""
    require(actor, "record_adoption")
    with transaction(ws.engine) as s:
        by_name = {" ".join(p.name.lower().split()): p for p in s.scalars(select(Pattern))}
        added = 0
        new_ids: list[str] = []
        for e in patterns:
            key = " ".join(e.name.lower().split())
            if not key or key in by_name:
                continue
            require(actor, "publish")
            when = dt.datetime.combine(e.published_on, dt.time()) if e.published_on else None
            p = Pattern(id=pattern_id_for(e.name), name=" ".join(e.name.split()),
                        solution=e.solution, evidence={"cases": list(e.cases),
                                                       "imported_from": file_name(source)},
                        status="published", published_at=when)
            s.add(p)
            by_name[key] = p
            added += 1
            new_ids.append(p.id)
        s.flush()
        enqueue(s, "patterns", new_ids)  # searchable at the next reconcile, whatever happens
        seen = {(a.pattern_id, a.team, a.applied_on, a.outcome) for a in
                s.scalars(select(PatternAdoption))}
        new = 0
        for a in adoptions:
            if not a.team.strip():  # the metrics count teams: a blank one is no team
                raise AssistantError(f"Adoption of {a.pattern!r} on {a.applied_on}: the team "
                                     "is empty; name the team that applied the pattern.")
            found = by_name.get(" ".join(a.pattern.lower().split()))
            if found is None:
                raise AssistantError(f"Adoption of {a.pattern!r} by {a.team}: no pattern of "
                                     "that name; list it with the patterns first.")
            k = (found.id, a.team, a.applied_on, a.outcome)
            if k in seen:
                continue
            seen.add(k)
            s.add(PatternAdoption(pattern_id=found.id, team=a.team, applied_on=a.applied_on,
                                  outcome=a.outcome, recorded_by=actor.name))
            new += 1
        if added or new:
            record(s, actor=actor.name, action="import_adoptions", object_type="file",
                   object_id=source[-64:], after={"patterns_added": added,
                                                  "adoptions_added": new})
    if index and added:
        from assistant.index.outbox import reconcile

        reconcile(ws)
    return ImportResult(added, new)
