"""The network's charter and roles: purpose, the business results it is accountable for
(baseline and target), cadence, boundaries, and who holds each role.

Versioned like drafts: every edit adds an immutable version (stale edits are refused, an
unchanged save adds nothing), every version is audited, and stewards alone edit.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from assistant.auth import LOCAL, Actor, require
from assistant.errors import AssistantError, Conflict
from assistant.ingest.sessionmeta import as_date
from assistant.store.audit import record
from assistant.store.db import transaction
from assistant.store.models import CharterVersion
from assistant.workspace import Workspace

#: The method's four roles, in RACI order.
ROLE_NAMES = ("sponsor", "steward", "facilitator", "data partner")
#: Why someone holds a role. "availability" is the method's red flag.
CHOSEN_FOR = ("mandate", "expertise", "interest", "availability")
DEFAULT_COMMITMENT = {"sponsor": "20-30 minutes a month", "steward": "",
                      "facilitator": "", "data partner": ""}

#: The minimal RACI: activity -> letter per role (A accountable, R responsible,
#: C consulted, I informed, S supports with data). The method's, not the network's.
RACI: tuple[tuple[str, tuple[str, str, str, str]], ...] = (
    ("Charter and business results", ("A", "R", "C", "C")),
    ("Agenda and cadence", ("I", "R", "C", "I")),
    ("Run sessions", ("I", "A", "R", "I")),
    ("Playbook", ("I", "A", "R", "C")),
    ("Success metrics", ("I", "A", "I", "R")),
    ("Signals, trends, adoption", ("I", "C", "I", "R")),
    ("Sprint decision (continue / pause / redesign)", ("A", "R", "C", "C")),
)


@dataclass(frozen=True)
class BusinessResult:
    """A result the network is accountable for, e.g. time to go-live in days."""

    name: str
    unit: str = ""
    baseline: float | None = None
    target: float | None = None
    current: float | None = None
    due: dt.date | None = None

    @property
    def measurable(self) -> bool:
        return self.baseline is not None and self.target is not None


@dataclass(frozen=True)
class RoleAssignment:
    person: str
    role: str
    team: str = ""
    chosen_for: str = ""
    commitment: str = ""


@dataclass(frozen=True)
class Charter:
    purpose: str = ""
    cadence: str = ""
    boundaries: str = ""
    results: tuple[BusinessResult, ...] = ()
    roles: tuple[RoleAssignment, ...] = ()
    version: int = 0  # 0: no charter written yet
    author: str = ""
    note: str = ""
    created_at: dt.datetime | None = None

    def content(self) -> dict[str, Any]:
        """What a version stores (JSON-ready)."""
        return {"purpose": self.purpose, "cadence": self.cadence,
                "boundaries": self.boundaries,
                "results": [{**asdict(r), "due": r.due.isoformat() if r.due else None}
                            for r in self.results],
                "roles": [asdict(r) for r in self.roles]}


EMPTY = Charter()


def _number(value: Any, what: str) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        out = float(str(value).replace(",", "").strip()) if isinstance(value, str) \
            else float(value)
    except (TypeError, ValueError):
        raise AssistantError(f"{what}: {value!r} is not a number; write it like 42 or "
                             "12.5 (no units).") from None
    if not math.isfinite(out):
        raise AssistantError(f"{what}: {value!r} is not a finite number.")
    return out


def _day(value: Any, what: str) -> dt.date | None:
    return as_date(value, what)  # one date reader for every input, with its message and fix


def make_result(data: Mapping[str, Any]) -> BusinessResult:
    """A business result from plain values, validated (numbers as numbers, due a date)."""
    name = " ".join(str(data.get("name") or "").split())
    if not name:
        raise AssistantError("A business result needs a name, e.g. 'Time to go-live (days)'.")
    return BusinessResult(
        name=name, unit=str(data.get("unit") or "").strip(),
        baseline=_number(data.get("baseline"), f"baseline of {name!r}"),
        target=_number(data.get("target"), f"target of {name!r}"),
        current=_number(data.get("current"), f"current value of {name!r}"),
        due=_day(data.get("due"), f"due date of {name!r}"))


def make_role(data: Mapping[str, Any]) -> RoleAssignment:
    """A role assignment from plain values, validated against the method's roles."""
    person = " ".join(str(data.get("person") or "").split())
    role = " ".join(str(data.get("role") or "").lower().replace("_", " ").split())
    if role.endswith("s") and role[:-1] in ROLE_NAMES:
        role = role[:-1]  # "facilitators"
    if not person:
        raise AssistantError("A role assignment needs the person's name.")
    if role not in ROLE_NAMES:
        raise AssistantError(f"{person}: unknown role {role!r}; choose one of "
                             f"{', '.join(ROLE_NAMES)}.")
    chosen = " ".join(str(data.get("chosen_for") or "").lower().split())
    if chosen and chosen not in CHOSEN_FOR:
        raise AssistantError(f"{person}: 'chosen for' {chosen!r} is not one of "
                             f"{', '.join(CHOSEN_FOR)}.")
    return RoleAssignment(person=person, role=role, team=str(data.get("team") or "").strip(),
                          chosen_for=chosen,
                          commitment=str(data.get("commitment") or "").strip())


def _from_row(v: CharterVersion) -> Charter:
    c = dict(v.content or {})
    return Charter(purpose=c.get("purpose", ""), cadence=c.get("cadence", ""),
                   boundaries=c.get("boundaries", ""),
                   results=tuple(make_result(r) for r in c.get("results", [])),
                   roles=tuple(make_role(r) for r in c.get("roles", [])),
                   version=v.number, author=v.author, note=v.note, created_at=v.created_at)


def get_charter(ws: Workspace, *, version: int | None = None) -> Charter:
    """The charter in force (or a given version); :data:`EMPTY` before the first edit."""
    with OrmSession(ws.engine) as s:
        q = select(CharterVersion)
        q = q.where(CharterVersion.number == version) if version else \
            q.order_by(CharterVersion.number.desc())
        v = s.scalars(q.limit(1)).first()
        if v is None and version:
            raise AssistantError(f"The charter has no version {version}.")
        return _from_row(v) if v is not None else EMPTY


def charter_history(ws: Workspace) -> list[Charter]:
    with OrmSession(ws.engine) as s:
        return [_from_row(v) for v in s.scalars(select(CharterVersion)
                                                .order_by(CharterVersion.number))]


@dataclass(frozen=True)
class CharterEdit:
    """What changes: fields left None stay as they are."""

    purpose: str | None = None
    cadence: str | None = None
    boundaries: str | None = None
    results: Sequence[Mapping[str, Any] | BusinessResult] | None = None
    roles: Sequence[Mapping[str, Any] | RoleAssignment] | None = None
    note: str = ""


def save_charter(ws: Workspace, edit: CharterEdit, *, base_version: int | None = None,
                 actor: Actor = LOCAL) -> Charter:
    """Add a version with ``edit`` applied to the latest one. ``base_version`` (the version
    the editor showed) guards against overwriting someone else's edit: when the charter has
    moved on since, :class:`Conflict`. Saving unchanged content adds no version."""
    require(actor, "edit_charter")
    results = None if edit.results is None else tuple(
        r if isinstance(r, BusinessResult) else make_result(r) for r in edit.results)
    roles = None if edit.roles is None else tuple(
        r if isinstance(r, RoleAssignment) else make_role(r) for r in edit.roles)
    with transaction(ws.engine) as s:
        latest = s.scalar(select(func.max(CharterVersion.number))) or 0
        if base_version is not None and base_version != latest:
            raise Conflict(f"The charter changed since you opened it (you edited version "
                           f"{base_version}, it is now at version {latest}). Reload it and "
                           "apply your change again.")
        row = s.get(CharterVersion, latest) if latest else None
        current = _from_row(row) if row is not None else EMPTY
        texts = {k: v for k, v in (("purpose", edit.purpose), ("cadence", edit.cadence),
                                   ("boundaries", edit.boundaries)) if v is not None}
        new = replace(current,
                      purpose=" ".join(texts.get("purpose", current.purpose).split()),
                      cadence=" ".join(texts.get("cadence", current.cadence).split()),
                      boundaries=texts.get("boundaries", current.boundaries).strip())
        if results is not None:
            new = replace(new, results=results)
        if roles is not None:
            new = replace(new, roles=roles)
        if latest and new.content() == current.content():
            return current
        v = CharterVersion(number=latest + 1, content=new.content(), author=actor.name,
                           note=edit.note.strip())
        s.add(v)
        s.flush()
        record(s, actor=actor.name, action="charter_edit", object_type="charter",
               object_id=str(v.number), before=current.content() if latest else None,
               after=new.content(), detail=edit.note.strip())
        return _from_row(v)


def red_flags(charter: Charter) -> list[str]:
    """What the method warns about, in plain words; empty when the charter is sound."""
    flags = []
    if charter.version == 0:
        return ["No charter yet: write the purpose, the business results with a baseline "
                "and a target, and name the sponsor and data partner."]
    if not charter.results:
        flags.append("No business metric: name the result the network is accountable for "
                     "(e.g. time to go-live) with a baseline and a target.")
    else:
        loose = [r.name for r in charter.results if not r.measurable]
        if len(loose) == len(charter.results):
            flags.append("No business metric has both a baseline and a target: "
                         + ", ".join(loose) + ".")
    held = {r.role for r in charter.roles}
    for role in ("sponsor", "steward", "data partner"):
        if role not in held:
            flags.append(f"No {role} named.")
    lazy = [f"{r.person} ({r.role})" for r in charter.roles if r.chosen_for == "availability"]
    if lazy:
        flags.append("Roles assigned by availability, not mandate or expertise: "
                     + ", ".join(lazy) + ".")
    return flags
