"""What a caller says about a session (title, format, date, facilitator, linked cases)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from assistant.errors import IngestError
from assistant.store.models import SESSION_FORMATS, Case


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
