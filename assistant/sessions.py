"""Sessions: plan one, attach its transcript afterwards, list and read them, change their
details.

Functions return plain frozen records (:class:`SessionView`, :class:`SegmentView`), never ORM
objects: :func:`list_sessions` gives summaries (``segments`` empty, ``segment_count`` set),
:func:`get_session` gives the session with every speaker turn.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from assistant.auth import Actor, require
from assistant.errors import AssistantError, Conflict, IngestError, NotFound
from assistant.index.embedder import content_hash
from assistant.index.outbox import enqueue
from assistant.ingest.files import check_sizes
from assistant.ingest.records import check_title, without_bidi_controls
from assistant.ingest.service import store_transcript
from assistant.ingest.sessionmeta import (
    DetailChange,
    SessionMeta,
    as_date,
    as_time,
    move_recap_deadlines,
    refuse_undated,
    resolve_case_refs,
    session_format,
)
from assistant.ingest.transcripts import read_transcript
from assistant.store import audit
from assistant.store.db import transaction
from assistant.store.models import Case, Draft, Session, TranscriptSegment
from assistant.workspace import Workspace, catch_up


@dataclass(frozen=True)
class SegmentView:
    position: int
    speaker: str
    start_s: float | None
    end_s: float | None
    text: str  # as said, for display
    clean_text: str  # disfluencies removed


@dataclass(frozen=True)
class SessionView:
    id: str
    title: str
    format: str
    date: dt.date | None
    start_time: str
    facilitator: str
    case_ids: tuple[str, ...]
    has_transcript: bool
    transcript_source: str = ""
    duration_s: float | None = None
    segment_count: int = 0
    # Status of the latest recap draft, "" when none; "published; revision <status>" when a
    # published recap is being revised (see _recap_status).
    recap_status: str = ""
    segments: tuple[SegmentView, ...] = ()  # filled by get_session only
    archived: bool = False  # the session is archived (assistant.archive)
    transcript_archived: bool = False  # its transcript is archived; has_transcript is False


@dataclass(frozen=True)
class AttachResult:
    session_id: str
    segments: int  # speaker turns stored


def _session_id(title: str, date: dt.date | None, facilitator: str, fmt: str) -> str:
    key = json.dumps([" ".join(title.split()).lower(), date.isoformat() if date else "",
                      " ".join(facilitator.split()).lower(), fmt])
    return "S" + content_hash(key)[:8]


def plan_session(ws: Workspace, *, title: str, format: str, date: dt.date | str | None,
                 start_time: str = "", facilitator: str = "", case_ids: list[str] | None = None,
                 actor: Actor) -> SessionView:
    """Plan a session before it happens; its id comes from title, date, facilitator and
    format, so planning the same session twice is a :class:`Conflict`."""
    require(actor, "plan_session")
    title, facilitator = without_bidi_controls(title), without_bidi_controls(facilitator)
    if not title.strip():
        raise AssistantError("A session needs a title, e.g. 'Office hours: SSO'.")
    check_title(title.strip(), "session title")
    fmt = session_format(format)
    day = as_date(date)
    sid = _session_id(title, day, facilitator, fmt)
    with transaction(ws.engine) as s:
        known = s.get(Session, sid)
        if known is not None:  # its details may have been edited since: name it as it is now
            raise Conflict(f"Session {sid} ({known.title!r} on {known.date or 'no date'}) "
                           "was already planned with these details. Open it instead, or "
                           "change the title or date.")
        refs = resolve_case_refs(s, case_ids or [])
        session = Session(id=sid, title=title.strip(), format=fmt, date=day,
                          start_time=as_time(start_time), facilitator=facilitator.strip(),
                          created_by=actor.name)
        session.cases = list(s.scalars(select(Case).where(Case.id.in_(refs))))
        s.add(session)
        s.flush()
        audit.record(s, actor=actor.name, action="plan_session", object_type="session",
                     object_id=sid, after={"title": session.title, "format": fmt,
                                           "date": day.isoformat() if day else None,
                                           "cases": refs})
    return get_session(ws, sid)


def attach_transcript(ws: Workspace, session_id: str, path: Path | str, *,
                      actor: Actor) -> AttachResult:
    """Read a transcript file and store it into a planned session, then index it. A session
    holds one transcript: attaching a second is a :class:`Conflict`, and so is attaching
    one to a session with no date (the fix: give it its date)."""
    require(actor, "ingest")
    current = get_session(ws, session_id)
    if current.has_transcript or current.transcript_archived:
        state = " (archived)" if current.transcript_archived else ""
        raise Conflict(f"Session {current.title or session_id} already has a transcript"
                       f"{state} ({current.transcript_source}). A session holds one "
                       "transcript: move it to another session or archive it first.")
    check_sizes([Path(path)], ws.settings.max_upload_mb)
    rec = read_transcript(Path(path))
    # A held session has its day: the recap's due time and "by Friday" count from it.
    refuse_undated(current.id, current.title, current.date, rec.date)
    result = store_transcript(ws, rec, meta=SessionMeta(), actor=actor,
                              into_session=session_id)
    return AttachResult(session_id=session_id, segments=result.segments)


def _recap_status(s: OrmSession, ids: list[str]) -> dict[str, str]:
    rows = s.execute(select(Draft.subject_id, Draft.status, Draft.created_at).where(
        Draft.kind == "recap", Draft.subject_type == "session", Draft.subject_id.in_(ids),
        Draft.archived_at.is_(None))
        .order_by(Draft.created_at, Draft.id))
    latest: dict[str, str] = {}
    out: set[str] = set()
    for sid, st, _ in rows:
        latest[sid] = st  # latest wins ...
        if st == "published":
            out.add(sid)
    # ... but a session whose recap went out says so while a revision is being worked on
    # (QA, session 21: it read "draft" after a recap had been published).
    return {sid: st if st == "published" or sid not in out
            else f"published; revision {st.replace('_', ' ')}"
            for sid, st in latest.items()}


def _view(x: Session, count: int, recap: str, segments: tuple[SegmentView, ...] = ()
          ) -> SessionView:
    return SessionView(id=x.id, title=x.title, format=x.format, date=x.date,
                       start_time=x.start_time, facilitator=x.facilitator,
                       case_ids=tuple(c.id for c in x.cases),
                       has_transcript=(x.transcript_hash is not None
                                       and x.transcript_archived_at is None),
                       transcript_source=x.transcript_source, duration_s=x.duration_s,
                       segment_count=count, recap_status=recap, segments=segments,
                       archived=x.archived_at is not None,
                       transcript_archived=x.transcript_archived_at is not None)


def list_sessions(ws: Workspace, *, include_archived: bool = False) -> list[SessionView]:
    """Every session (archived ones only when asked), by date and start time (undated
    last), without their segments."""
    with OrmSession(ws.engine) as s:
        q = select(Session).options(selectinload(Session.cases))
        if not include_archived:
            q = q.where(Session.archived_at.is_(None))
        sessions = list(s.scalars(q))
        counts = dict(s.execute(select(TranscriptSegment.session_id, func.count())
                                .group_by(TranscriptSegment.session_id)).all())
        recaps = _recap_status(s, [x.id for x in sessions])
        views = [_view(x, counts.get(x.id, 0), recaps.get(x.id, "")) for x in sessions]
    return sorted(views, key=lambda v: (v.date or dt.date.max, v.start_time, v.id))


def get_session(ws: Workspace, session_id: str) -> SessionView:
    """One session with its cases and every speaker turn in order."""
    with OrmSession(ws.engine) as s:
        x = s.scalar(select(Session).where(Session.id == session_id).options(
            selectinload(Session.cases), selectinload(Session.segments)))
        if x is None:
            raise NotFound(f"No session {session_id!r}. `assistant status` counts sessions; "
                           "the Sessions screen lists them with their ids.")
        segs = tuple(SegmentView(g.position, g.speaker, g.start_s, g.end_s, g.text,
                                 g.clean_text) for g in x.segments)
        return _view(x, len(segs), _recap_status(s, [x.id]).get(x.id, ""), segs)


# ---- changing a session's details ---------------------------------------------------------

#: Details a session may be without; ``edit_session(clear=...)`` takes these names
#: ("cases" unlinks every case). Title and format are required.
CLEARABLE = ("date", "start_time", "facilitator", "cases")
FACILITATOR_MAX = 200  # the store's column


@dataclass(frozen=True)
class DraftMade:
    """A draft made from a session before its details changed. It is left as it was."""

    id: str
    kind: str  # "preread" | "recap" | "pattern" (a pattern candidate from one of its recaps)
    status: str  # draft | in_review | approved | published
    created_at: dt.datetime


@dataclass(frozen=True)
class SessionEdit:
    """What :func:`edit_session` did: the session as it is now, each detail changed (old ->
    new, in a fixed order; empty when everything given was already so) and the drafts made
    from the old details, which the edit left unchanged."""

    session: SessionView
    changes: tuple[DetailChange, ...]
    drafts: tuple[DraftMade, ...]

    def redraft_kinds(self) -> tuple[str, ...]:
        """The kinds to draft again from the new details ("preread", "recap")."""
        return tuple(k for k in ("preread", "recap") if any(d.kind == k for d in self.drafts))


def _clear_name(name: str) -> str:
    key = " ".join(name.lower().replace("-", " ").replace("_", " ").split())
    key = {"start": "start_time", "start time": "start_time", "case": "cases"}.get(key, key)
    if key in ("title", "format"):
        raise AssistantError(f"A session's {key} cannot be cleared; give a new one instead "
                             f"(--{key} ...).")
    if key not in CLEARABLE:
        raise AssistantError(f"Unknown detail {name!r} to clear; these can be cleared: "
                             f"{', '.join(CLEARABLE)}.")
    return key


def _cases(s: OrmSession, refs: Sequence[str], verb: str) -> list[str]:
    try:
        return resolve_case_refs(s, [r.strip() for r in refs if r.strip()])
    except IngestError as exc:
        raise NotFound(f"Cannot {verb} that case, so nothing was changed: {exc}") from None


def _case_list(ids: Sequence[str]) -> str:
    return ", ".join(ids)


def edit_session(ws: Workspace, session_id: str, *, title: str | None = None,
                 format: str | None = None, date: dt.date | str | None = None,
                 start_time: str | None = None, facilitator: str | None = None,
                 link: Sequence[str] = (), unlink: Sequence[str] = (),
                 clear: Sequence[str] = (), actor: Actor) -> SessionEdit:
    """Change a session's details in one audited transaction.

    A detail left ``None`` stays as it is; ``""`` clears an optional one (date, start time,
    facilitator), as naming it in ``clear`` does. ``link`` and ``unlink`` take case ids
    (or exact case titles). Everything is checked before anything is written: a bad date or
    time, an unknown format or case, a case that is not linked, a title over the limit, or
    the same detail both set and cleared raises an :class:`AssistantError` and leaves the
    session as it was. The session keeps its id. Passages of its transcript carry its
    title in the vector index, so a new title is queued for the index in the same
    transaction (and indexed right after it). Drafts already made from the session are
    never changed: they come back in :attr:`SessionEdit.drafts` to be drafted again.
    """
    require(actor, "edit_session")
    cleared = list(dict.fromkeys(_clear_name(c) for c in clear))
    given = {"title": title, "format": format, "date": date, "start_time": start_time,
             "facilitator": facilitator}
    both = [k for k in cleared if given.get(k) not in (None, "")]
    if both:
        raise AssistantError(f"The {both[0].replace('_', ' ')} is both given and cleared; "
                             "do one or the other.")
    if "cases" in cleared and link:
        raise AssistantError("Cases are both linked and all cleared; do one or the other.")
    wanted: dict[str, object] = {}
    if title is not None:
        title = without_bidi_controls(title)
        if not title.strip():
            raise AssistantError("A session needs a title; give a new one instead of an "
                                 "empty one, e.g. 'Office hours: SSO'.")
        wanted["title"] = check_title(" ".join(title.split()), "session title")
    if format is not None:
        if not format.strip():
            raise AssistantError("A session needs a format; give one of the formats instead "
                                 "of an empty one.")
        wanted["format"] = session_format(format)
    if date is not None or "date" in cleared:
        wanted["date"] = as_date(date)
    if start_time is not None or "start_time" in cleared:
        wanted["start_time"] = as_time(start_time)
    if facilitator is not None or "facilitator" in cleared:
        name = " ".join(without_bidi_controls(facilitator or "").split())
        if len(name) > FACILITATOR_MAX:
            raise AssistantError(f"The facilitator is {len(name)} characters long; at most "
                                 f"{FACILITATOR_MAX} are allowed. Give their name only.")
        wanted["facilitator"] = name
    if not wanted and not link and not unlink and "cases" not in cleared:
        raise AssistantError("Nothing to change: give a new title, format, date, start time "
                             "or facilitator, a case to link or unlink, or a detail to clear.")

    done = _edit(ws, session_id, wanted, link, unlink, "cases" in cleared, actor)
    if done is None:
        return SessionEdit(get_session(ws, session_id), (), ())
    catch_up(ws)  # a new title reaches the index now (or at the next reconcile)
    return SessionEdit(get_session(ws, session_id), *done)


def _edit(ws: Workspace, session_id: str, wanted: dict[str, object], link: Sequence[str],
          unlink: Sequence[str], unlink_all: bool, actor: Actor
          ) -> tuple[tuple[DetailChange, ...], tuple[DraftMade, ...]] | None:
    """The write of :func:`edit_session`: the changes and drafts, or None when everything
    given was already so."""
    with transaction(ws.engine) as s:
        x = s.get(Session, session_id, with_for_update=True)
        if x is None:
            raise NotFound(f"No session {session_id!r}. `assistant sessions list` (or the "
                           "Sessions screen) shows the sessions there are.")
        if x.archived_at is not None:
            raise Conflict(f"Session {x.title or x.id} is archived; restore it first "
                           f"(`assistant restore session {x.id}`).")
        changes: list[DetailChange] = []
        for label, attr in (("title", "title"), ("format", "format"), ("date", "date"),
                            ("start time", "start_time"), ("facilitator", "facilitator")):
            if attr not in wanted:
                continue
            old, new = getattr(x, attr), wanted[attr]
            if new != old:
                shown = [v.isoformat() if isinstance(v, dt.date) else str(v or "")
                         for v in (old, new)]
                changes.append(DetailChange(label, shown[0], shown[1]))
                setattr(x, attr, new)
        have = [c.id for c in x.cases]
        linking = _cases(s, link, "link")
        unlinking = have if unlink_all else _cases(s, unlink, "unlink")
        twice = sorted(set(linking) & set(unlinking))
        if twice:
            raise AssistantError(f"Case {twice[0]} is both linked and unlinked; do one or the "
                                 "other.")
        stray = [c for c in unlinking if c not in have]
        if stray:
            raise AssistantError(
                f"Case {stray[0]} is not linked to session {x.title or x.id}, so it cannot "
                "be unlinked; " + (f"its cases are {_case_list(have)}." if have
                                   else "it has no cases."))
        now = sorted({*have, *linking} - set(unlinking))
        if now != sorted(have):
            x.cases = list(s.scalars(select(Case).where(Case.id.in_(now)).order_by(Case.id)))
            changes.append(DetailChange("cases", _case_list(sorted(have)), _case_list(now)))
        if not changes:  # everything given was already so: nothing to write or audit
            return None
        if any(c.field in ("date", "start time") for c in changes):
            move_recap_deadlines(ws, s, x)
        if any(c.field == "title" for c in changes) and x.transcript_hash is not None:
            enqueue(s, "segments", [x.id])  # its passages carry the session's title
        drafts = _drafts_made_from(s, x.id)
        made = "; drafts made from the old details, left as they were: " + ", ".join(
            f"{d.kind} {d.id} ({d.status})" for d in drafts) if drafts else ""
        audit.record(s, actor=actor.name, action="edit_session", object_type="session",
                     object_id=x.id, before={c.field: c.before for c in changes},
                     after={c.field: c.after for c in changes},
                     detail="changed " + ", ".join(c.field for c in changes) + made)
    return tuple(changes), drafts


def _drafts_made_from(s: OrmSession, session_id: str) -> tuple[DraftMade, ...]:
    """The session's pre-reads and recaps, and pattern candidates drafted from those
    recaps (archived drafts left out), oldest first."""
    own = list(s.scalars(select(Draft).where(
        Draft.subject_type == "session", Draft.subject_id == session_id,
        Draft.archived_at.is_(None))))
    recaps = [d.id for d in own if d.kind == "recap"]
    patterns = list(s.scalars(select(Draft).where(
        Draft.subject_type == "draft", Draft.subject_id.in_(recaps),
        Draft.archived_at.is_(None)))) if recaps else []
    return tuple(DraftMade(d.id, d.kind, d.status, d.created_at)
                 for d in sorted([*own, *patterns], key=lambda d: (d.created_at, d.id)))
