"""Storing a parsed starter kit (see :mod:`assistant.rhythm.kitread`) through the same
library functions the CLI and the app use, so permissions, validation and the audit trail
are the same as for one edit at a time."""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from assistant.auth import Actor, require
from assistant.errors import IngestError
from assistant.index.outbox import enqueue
from assistant.ingest import persist
from assistant.plural import counted
from assistant.rhythm.adoptions import import_patterns_and_adoptions
from assistant.rhythm.charter import CharterEdit, save_charter
from assistant.rhythm.kitread import KitData, KitReport
from assistant.rhythm.metrics import CaseStatus, record_pulses, set_case_statuses
from assistant.rhythm.review import record_theme_choice
from assistant.rhythm.sprints import decide_sprint, list_sprints, set_goals, start_sprint
from assistant.store import audit
from assistant.store.db import transaction
from assistant.store.models import CaseState, Pattern, Session
from assistant.workspace import Workspace

log = logging.getLogger(__name__)


def check(ws: Workspace, data: KitData, actor: Actor) -> None:
    """Everything that can be refused is refused before anything is stored: permissions
    for what the kit holds, sprint numbering and starts, adoptions of unknown patterns,
    theme choices for unknown sprints."""
    where = f"{data.path} (sheet '90-day planner')"
    needs = {"edit_charter": any(data.charter.values()) or data.results or data.roles,
             "run_sprint": data.sprints, "plan_session": data.sessions,
             "edit_metrics": data.pulses or any(st != "open" for _, st, _ in data.case_status),
             "review_themes": data.review, "record_adoption": data.adoptions}
    for action, present in needs.items():
        if present:
            require(actor, action)
    have = {x.number: x for x in list_sprints(ws)}
    numbers = set(have)
    for row in sorted(data.sprints, key=lambda r: r["number"]):
        n, cur = row["number"], have.get(row["number"])
        if cur is None and n != max(numbers, default=0) + 1:
            raise IngestError(f"sprint {n} cannot be added before sprint "
                              f"{max(numbers, default=0) + 1}.", path=where, line=row["line"],
                              fix="number the sprints 1, 2, 3 … in order.")
        if cur is not None and cur.start != row["start"]:
            raise IngestError(f"sprint {n} starts on {cur.start} in the store, "
                              f"{row['start']} in the sheet.", path=where, line=row["line"],
                              fix="keep the stored start, or import into another store.")
        numbers.add(n)
    for r in data.review:
        if r["sprint"] not in numbers:
            raise IngestError(f"the theme review names sprint {r['sprint']}, which does not "
                              "exist.", path=where, line=r["line"],
                              fix="add the sprint to the sprints table first.")
    with OrmSession(ws.engine) as s:
        named = {" ".join(n.lower().split()) for n in s.scalars(select(Pattern.name))}
    if any(" ".join(p.name.lower().split()) not in named for p in data.patterns):
        require(actor, "publish")  # new patterns arrive published
    named |= {" ".join(p.name.lower().split()) for p in data.patterns}
    for a in data.adoptions:
        if " ".join(a.pattern.lower().split()) not in named:
            raise IngestError(f"the adoption of {a.pattern!r} by {a.team} names no known "
                              "pattern.", path=f"{data.path} (sheet 'Metrics tracker')",
                              fix="list the pattern in the patterns table above it.")


def store(ws: Workspace, data: KitData, *, actor: Actor, index: bool = True,
          progress: bool = False) -> KitReport:
    check(ws, data, actor)
    notes: list[str] = []
    if any(data.charter.values()) or data.results or data.roles:
        before = _charter_version(ws)
        ch = save_charter(ws, CharterEdit(purpose=data.charter.get("purpose"),
                                          cadence=data.charter.get("cadence"),
                                          boundaries=data.charter.get("boundaries"),
                                          results=data.results, roles=data.roles,
                                          note=f"imported from {Path(data.path).name}"),
                          actor=actor)
        notes.append(f"charter: version {ch.version}" + (" (unchanged)" if ch.version == before
                                                          else " saved"))
    added, known, ids = _cases(ws, data, actor=actor, index=index, progress=progress,
                               notes=notes)
    _sprints(ws, data, actor, notes)
    _sessions(ws, data, actor, notes)
    imp = import_patterns_and_adoptions(ws, data.patterns, data.adoptions, source=data.path,
                                        actor=actor, index=index)
    if data.patterns or data.adoptions:
        notes.append(f"playbook: {counted(imp.patterns_added, 'pattern')} and "
                     f"{counted(imp.adoptions_added, 'adoption')} added"
                     + (f", {counted(imp.patterns_filled, 'pattern')} given their text"
                                          if imp.patterns_filled else ""))
    if data.pulses:
        notes.append(f"capability pulse: "
                     f"{counted(record_pulses(ws, data.pulses, actor=actor), 'score')} stored")
    for r in data.review:
        record_theme_choice(ws, r["sprint"], r["theme_id"], r["choice"], note=r["note"],
                            label=r["label"], actor=actor)
    if data.review:
        notes.append(f"theme review: {counted(len(data.review), 'choice')} recorded")
    return KitReport(data.path, added, known, ids, tuple(notes))


def _charter_version(ws: Workspace) -> int:
    from assistant.rhythm.charter import get_charter

    return get_charter(ws).version


def _cases(ws: Workspace, data: KitData, *, actor: Actor, index: bool, progress: bool,
           notes: list[str]) -> tuple[int, int, tuple[str, ...]]:
    """Store the intake rows the store lacks (ids from content, as for any intake sheet;
    a row with a stored case's title and problem fills in its empty fields, as in any
    ingest), then their status. Records first; embedding after, and only with ``index``."""
    from assistant.ingest.writes import fill_cases

    if not data.cases:
        return 0, 0, ()
    with transaction(ws.engine) as s:
        n = persist.new_cases(s, data.cases)
        rows = n.rows
        persist.insert_cases(s, rows)
        updated = fill_cases(s, n.fills, actor=actor, path=data.path)
        # same transaction as the rows
        enqueue(s, "cases", [str(r["id"]) for r in rows] + updated)
        if rows:
            audit.record(s, actor=actor.name, action="ingest", object_type="file",
                         object_id=Path(data.path).name[:64],
                         after={"cases_added": len(rows)},
                         detail=f"{len(rows)} cases added, {len(n.known)} already known, "
                                f"from the kit {data.path}")
    if updated:
        notes.append(f"cases: {counted(len(updated), 'case')} updated (empty fields filled in)")
    notes.extend(c.describe(data.path) for c in n.clashes)
    all_ids = {**n.known, **n.ids}
    line_id = {r.line: all_ids[h] for h, r in zip(n.hashes, data.cases, strict=True)}
    with OrmSession(ws.engine) as s:
        has_state = set(s.scalars(select(CaseState.case_id)))
    changes = [CaseStatus(line_id[line], status, resolved)
               for line, status, resolved in data.case_status
               if status != "open" or resolved is not None or line_id[line] in has_state]
    set_case_statuses(ws, changes, actor=actor, detail=f"from the kit {data.path}")
    if index and rows:
        from assistant.index.outbox import reconcile
        from assistant.ingest.service import _place_in_themes

        reconcile(ws, progress=progress)
        _place_in_themes(ws, [str(r["id"]) for r in rows], actor)
    return len(rows), len(n.first) - len(rows), tuple(all_ids[h] for h in n.first)


def _sprints(ws: Workspace, data: KitData, actor: Actor, notes: list[str]) -> None:
    have = {x.number: x for x in list_sprints(ws)}
    started = 0
    for row in sorted(data.sprints, key=lambda r: r["number"]):
        n = row["number"]
        cur = have.get(n)
        where = f"{data.path} (sheet '90-day planner')"
        if cur is None:
            expected = max(have, default=0) + 1
            if n != expected:
                raise IngestError(f"sprint {n} cannot be added before sprint {expected}.",
                                  path=where, line=row["line"],
                                  fix="number the sprints 1, 2, 3 … in order.")
            cur = have[n] = start_sprint(ws, row["start"], goals=row["goals"], actor=actor)
            started += 1
        elif cur.start != row["start"]:
            raise IngestError(f"sprint {n} starts on {cur.start} in the store, "
                              f"{row['start']} in the sheet.", path=where, line=row["line"],
                              fix="keep the stored start, or import into another store.")
        elif cur.goals != row["goals"]:
            set_goals(ws, n, row["goals"], actor=actor)
        if row["decision"] and (row["decision"], row["reasons"]) != (cur.decision,
                                                                      cur.reasons):
            decide_sprint(ws, n, row["decision"], row["reasons"], on=row["decided_on"],
                          by=row["decided_by"] or None, actor=actor)
    if data.sprints:
        notes.append(f"planner: {counted(started, 'sprint')} started, {len(data.sprints)} in "
                     "the sheet")


def _sessions(ws: Workspace, data: KitData, actor: Actor, notes: list[str]) -> None:
    from assistant.sessions import plan_session

    with OrmSession(ws.engine) as s:
        have = {(x.title.strip().lower(), x.date) for x in s.scalars(select(Session))}
    planned = 0
    for r in data.sessions:
        if (r["title"].lower(), r["date"]) in have:
            continue
        plan_session(ws, title=r["title"], format=r["format"] or "problem-solving jam",
                     date=r["date"], facilitator=r["facilitator"], case_ids=r["cases"],
                     actor=actor)
        have.add((r["title"].lower(), r["date"]))
        planned += 1
    if data.sessions:
        notes.append(f"sessions: {planned} added, {len(data.sessions) - planned} known")
