"""Bulk imports the kit and the example network need: published patterns known by name
(from a network's existing playbook) with their content, and adoption logs. Re-importing
adds nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from assistant.auth import LOCAL, Actor, require
from assistant.errors import AssistantError
from assistant.index.outbox import enqueue
from assistant.store.audit import record
from assistant.store.db import transaction
from assistant.store.models import Pattern, PatternAdoption
from assistant.workspace import Workspace

#: A pattern's text fields, as the store and playbook.json name them.
CONTENT_FIELDS = ("problem", "context", "solution", "applies_when", "not_when")


@dataclass(frozen=True)
class PatternEntry:
    name: str
    published_on: dt.date | None = None
    cases: tuple[str, ...] = ()  # evidence: the case ids it was drawn from
    problem: str = ""
    context: str = ""
    solution: str = ""  # what to do
    applies_when: str = ""
    not_when: str = ""

    def content(self) -> dict[str, str]:
        """The pattern's text fields by their store names (stripped)."""
        return {k: str(getattr(self, k) or "").strip() for k in CONTENT_FIELDS}


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
    patterns_filled: int = 0  # imported earlier without their text, now given it
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
    """Add the named patterns the store lacks as published, with their content (a steward's
    import of the network's existing playbook: needs the publish permission), then the
    adoptions not yet recorded. Patterns are matched by name; a pattern already there keeps
    its text, except that one imported with no text at all (an older import that dropped
    it) is given the file's. One transaction, audited. New and filled patterns are then
    made searchable (``index=False`` leaves that to ``assistant reindex``)."""
    require(actor, "record_adoption")
    with transaction(ws.engine) as s:
        by_name = {" ".join(p.name.lower().split()): p for p in s.scalars(select(Pattern))}
        added = 0
        new_ids: list[str] = []
        filled: list[str] = []
        for e in patterns:
            key = " ".join(e.name.lower().split())
            content = e.content()
            if key in by_name and _fill_blank(s, by_name[key], content, actor, source):
                filled.append(by_name[key].id)
            if not key or key in by_name:
                continue
            require(actor, "publish")
            when = dt.datetime.combine(e.published_on, dt.time()) if e.published_on else None
            p = Pattern(id=pattern_id_for(e.name), name=" ".join(e.name.split()), **content,
                        evidence={"cases": list(e.cases), "imported_from": file_name(source)},
                        status="published", published_at=when)
            s.add(p)
            by_name[key] = p
            added += 1
            new_ids.append(p.id)
        s.flush()
        enqueue(s, "patterns", new_ids + filled)  # searchable at the next reconcile
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
    if index and (added or filled):
        from assistant.index.outbox import reconcile

        reconcile(ws)
    return ImportResult(added, new, patterns_filled=len(filled))


def _fill_blank(s: OrmSession, p: Pattern, content: dict[str, str], actor: Actor,
                source: str) -> bool:
    """Give an imported pattern that has no text at all the file's text (audited): what an
    import that dropped the text left behind. A pattern with any text is left alone."""
    if (p.evidence or {}).get("imported_from") is None or not any(content.values()) or any(
            (getattr(p, k) or "").strip() for k in CONTENT_FIELDS):
        return False
    require(actor, "publish")
    for k, v in content.items():
        setattr(p, k, v)
    record(s, actor=actor.name, action="import_pattern_text", object_type="pattern",
           object_id=p.id, after=content, detail=source[-64:])
    return True
