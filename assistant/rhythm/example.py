"""The example network's operating rhythm (examples/onboarding/network.json): charter and
roles, the first sprint, a demo day session, case status, the playbook's patterns (problem,
context, what to do, applies when, does not apply when, evidence) with their adoptions, and
the capability pulse. Loading twice adds nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from assistant.auth import LOCAL, Actor
from assistant.errors import IngestError
from assistant.ingest.sessionmeta import resolve_case_refs
from assistant.plural import counted
from assistant.rhythm.adoptions import (
    CONTENT_FIELDS,
    Adoption,
    PatternEntry,
    import_patterns_and_adoptions,
)
from assistant.rhythm.charter import CharterEdit, save_charter
from assistant.rhythm.metrics import CaseStatus, Pulse, record_pulses, set_case_statuses
from assistant.rhythm.sprints import list_sprints, start_sprint
from assistant.store.models import Session
from assistant.workspace import Workspace


def _day(v: Any) -> dt.date | None:
    return dt.date.fromisoformat(v) if v else None


def load_network(ws: Workspace, path: Path, *, actor: Actor = LOCAL) -> str:
    """Store the rhythm data of ``path`` (cases must already be ingested); a summary."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise IngestError(f"cannot read the network file ({exc}).", path=str(path),
                          fix="restore it from the project.") from None
    ch = data["charter"]
    save_charter(ws, CharterEdit(purpose=ch["purpose"], cadence=ch["cadence"],
                                 boundaries=ch["boundaries"], results=ch["results"],
                                 roles=ch["roles"], note="example network"), actor=actor)
    known = {x.start for x in list_sprints(ws)}
    for sp in data["sprints"]:
        if _day(sp["start"]) not in known:
            start_sprint(ws, dt.date.fromisoformat(sp["start"]), goals=sp["goals"], actor=actor)
    _sessions(ws, data["sessions"], actor)
    with OrmSession(ws.engine) as s:
        def ids(refs: list[str]) -> tuple[str, ...]:
            return tuple(resolve_case_refs(s, refs, path=str(path)))

        statuses = [CaseStatus(ids([c["case"]])[0], c["status"], _day(c.get("resolved_on")))
                    for c in data["case_status"]]
        patterns = [PatternEntry(p["name"], _day(p["published_on"]), ids(p["cases"]),
                                 **{k: p.get(k, "") for k in CONTENT_FIELDS})
                    for p in data["patterns"]]
    set_case_statuses(ws, statuses, actor=actor, detail="example network")
    imp = import_patterns_and_adoptions(
        ws, patterns, [Adoption(a["pattern"], a["team"], dt.date.fromisoformat(a["applied_on"]),
                                a["outcome"]) for a in data["adoptions"]],
        source=str(path), actor=actor)
    record_pulses(ws, [Pulse(p["team"], dt.date.fromisoformat(p["taken_on"]), p["score"])
                       for p in data["pulses"]], actor=actor)
    return (f"charter, {counted(len(data['sprints']), 'sprint')}, "
            f"{counted(len(statuses), 'case status', 'case statuses')}, "
            f"{counted(imp.patterns_added, 'pattern')} and "
            f"{counted(imp.adoptions_added, 'adoption')} added")


def _sessions(ws: Workspace, sessions: list[dict[str, Any]], actor: Actor) -> None:
    from assistant.sessions import plan_session

    with OrmSession(ws.engine) as s:
        have = {(x.title, x.date) for x in s.scalars(select(Session))}
    for x in sessions:
        if (x["title"], _day(x["date"])) not in have:
            plan_session(ws, title=x["title"], format=x["format"], date=x["date"],
                         start_time=x.get("start_time", ""), facilitator=x["facilitator"],
                         case_ids=x["cases"], actor=actor)
