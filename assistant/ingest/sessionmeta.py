"""What a caller says about a session (title, format, date, facilitator, linked cases)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from assistant.errors import Conflict, IngestError
from assistant.ingest.records import check_title, without_bidi_controls
from assistant.store.models import SESSION_FORMATS, Case, Draft, Session

if TYPE_CHECKING:
    from assistant.workspace import Workspace


def session_format(value: str) -> str:
    """``"Office Hours"`` / ``"jam"`` -> the canonical format name, or a clear error."""
    low = " ".join(value.lower().replace("_", " ").split())
    if low in SESSION_FORMATS:
        return low
    hits = [f for f in SESSION_FORMATS if low and low.replace("-", " ") in f.replace("-", " ")]
    if len(hits) == 1:
        return hits[0]
    raise IngestError(f"unknown session format {value!r}.",
                      fix=f"use one of: {', '.join(SESSION_FORMATS)}.")


#: Why a session that holds a transcript needs its day (said wherever one is refused or
#: stored without it).
WHY_A_DATE = ("its recap is due 24 hours after the session, and a due date said in it "
              "('by Friday') counts from that day")


def refuse_undated(session_id: str, title: str, date: dt.date | None,
                   file_date: dt.date | None = None) -> None:
    """Raise :class:`Conflict` when the session a transcript is given to has no date (a
    held session has one); the message gives the fix, with the day the file names if it
    names one."""
    if date is not None:
        return
    day = file_date.isoformat() if file_date else "YYYY-MM-DD"
    said = f" (the file says it was held on {day})" if file_date else ""
    raise Conflict(f"Session {title or session_id!r} ({session_id}) has no date, so it cannot "
                   f"take a transcript yet: {WHY_A_DATE}. Give it the day it was held"
                   f"{said} first: `assistant sessions edit {session_id} --date {day}`, or "
                   "'Edit this session's details' on the Sessions screen; then store the "
                   "transcript again. Nothing was stored.")


def as_date(value: Any, what: str = "session date") -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise IngestError(f"the {what} {value!r} is not a date.",
                          fix="write it as YYYY-MM-DD, e.g. 2026-10-08.") from None


def as_time(value: Any) -> str:
    text = str(value or "").strip()
    if not text:
        return ""
    try:
        t = dt.time.fromisoformat(text if len(text) > 4 else text.zfill(5))
    except ValueError:
        raise IngestError(f"the start time {text!r} is not a time.",
                          fix="write it as HH:MM, e.g. 15:00.") from None
    return f"{t.hour:02d}:{t.minute:02d}"


@dataclass(frozen=True)
class SessionMeta:
    title: str = ""
    format: str = ""
    date: dt.date | None = None
    start_time: str = ""
    facilitator: str = ""
    cases: tuple[str, ...] = ()  # case ids or exact case titles

    def __post_init__(self) -> None:
        for name in ("title", "facilitator"):
            object.__setattr__(self, name, without_bidi_controls(getattr(self, name)))
        check_title(self.title, "session title")

    @classmethod
    def from_mapping(cls, m: Mapping[str, Any]) -> SessionMeta:
        refs = m.get("cases", m.get("case_ids", ())) or ()
        if isinstance(refs, str):
            refs = [refs]
        return cls(title=str(m.get("title") or "").strip(),
                   format=session_format(str(m["format"])) if m.get("format") else "",
                   date=as_date(m.get("date")), start_time=as_time(m.get("start_time")),
                   facilitator=str(m.get("facilitator") or "").strip(),
                   cases=tuple(str(r).strip() for r in refs if str(r).strip()))


def resolve_case_refs(s: OrmSession, refs: Sequence[str], *, path: str | None = None
                      ) -> list[str]:
    """Case ids for refs that are ids or (case-insensitive) titles; unknown ones are an error."""
    out: list[str] = []
    for ref in refs:
        if s.get(Case, ref) is not None:
            out.append(ref)
            continue
        ids = list(s.scalars(select(Case.id).where(
            func.lower(Case.title) == ref.lower()).order_by(Case.id)))
        if not ids:
            raise IngestError(f"no case has the id or title {ref!r}.", path=path,
                              fix="ingest the cases first, or give a case id (C...).")
        out.append(ids[0])
    return list(dict.fromkeys(out))


@dataclass(frozen=True)
class DetailChange:
    """One session detail a re-ingest changed: what it was and what it is now."""

    field: str  # "title", "format", "date", "start time", "facilitator", "cases"
    before: str
    after: str

    def describe(self, session_id: str) -> str:
        """``updated the title of session S1: 'Old' -> 'New'``."""
        return (f"updated the {self.field} of session {session_id}: "
                f"{self.before or 'none'!r} -> {self.after or 'none'!r}")


def apply_meta(s: OrmSession, session: Session, meta: SessionMeta, *,
               path: str | None = None) -> tuple[DetailChange, ...]:
    """Set the details ``meta`` gives (a field left empty is not given) on a stored session,
    inside the caller's transaction; the changes made, in a fixed order. Cases given are
    linked; none is unlinked."""
    given: list[tuple[str, str, str, object]] = [
        ("title", "title", session.title, meta.title),
        ("format", "format", session.format, meta.format),
        ("date", "date", session.date.isoformat() if session.date else "",
         meta.date.isoformat() if meta.date else ""),
        ("start time", "start_time", session.start_time, meta.start_time),
        ("facilitator", "facilitator", session.facilitator, meta.facilitator),
    ]
    changes: list[DetailChange] = []
    for label, attr, before, after in given:
        if after and after != before:
            changes.append(DetailChange(label, before, str(after)))
            setattr(session, attr, meta.date if attr == "date" else after)
    if meta.cases:
        have = [c.id for c in session.cases]
        new = [c for c in resolve_case_refs(s, meta.cases, path=path) if c not in have]
        if new:
            session.cases.extend(s.scalars(select(Case).where(Case.id.in_(new))))
            changes.append(DetailChange("cases", ", ".join(have),
                                        ", ".join(sorted([*have, *new]))))
    return tuple(changes)


def move_recap_deadlines(ws: Workspace, s: OrmSession, session: Session) -> None:
    """A session's date or start time changed (inside the caller's transaction): its
    unpublished recaps fall due at the new end plus the recap deadline."""
    from assistant.summarize.drafts import deadline_of

    due = deadline_of(ws, session)
    for d in s.scalars(select(Draft).where(
            Draft.kind == "recap", Draft.subject_type == "session",
            Draft.subject_id == session.id, Draft.status != "published")):
        d.deadline = due
