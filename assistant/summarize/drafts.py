"""What every kind of draft shares: the stored record, prompt rendering, the sources a
draft cites, the grounding check against the store, and storing a new draft."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from assistant.auth import Actor
from assistant.clock import from_db, session_end, to_db
from assistant.errors import Conflict, DraftError, NotFound
from assistant.store.audit import record
from assistant.store.db import transaction
from assistant.store.models import (
    ActionItem,
    AuditEvent,
    Case,
    Draft,
    DraftVersion,
    Session,
    TranscriptSegment,
    store_now,
)
from assistant.store.states import EDITABLE
from assistant.summarize.core import cite_key, ground_bullets, render_text
from assistant.summarize.drafter import FALLBACK_LEAD
from assistant.summarize.promptcheck import check_prompt
from assistant.workspace import Workspace

EXTRACTIVE_NOTE = ("Extractive draft: sentences selected from the sources, not written by a "
                   "language model. Check and correct before publishing.")


@dataclass(frozen=True)
class DraftRecord:
    """A stored draft, detached from the database session."""

    id: str
    kind: str
    subject_type: str
    subject_id: str
    status: str
    backend: str
    model: str
    fallback_reason: str
    version: int
    content: dict[str, Any]
    text: str
    flags: list[dict[str, Any]]
    deadline: dt.datetime | None = None  # aware (UTC)
    usage: dict[str, Any] = field(default_factory=dict)


@dataclass
class Built:
    """A draft built from its sources, before it is stored."""

    content: dict[str, Any]
    flags: list[dict[str, Any]]
    backend: str = "extractive"
    model: str = ""
    prompt_name: str = ""
    prompt_hash: str = ""
    usage: dict[str, Any] = field(default_factory=dict)
    fallback_reason: str = ""
    answer: dict[str, Any] = field(default_factory=dict)  # the endpoint's parsed answer


# ---- prompts ----------------------------------------------------------------------------

def prompt_path(ws: Workspace, name: str) -> Path:
    """``prompts/<name>.j2`` from the configured folder, else the copy shipped in the
    package (a wheel install has no repository checkout)."""
    path = Path(ws.settings.prompts_dir) / f"{name}.j2"
    if path.is_file():
        return path
    shipped = Path(str(resources.files("assistant"))) / "prompts" / f"{name}.j2"
    return shipped if shipped.is_file() else path


# runs of three, and any at either end of a value: two values printed side by side (a loop
# with nothing between its items) must not join into a marker either ("DATA>>" + ">")
_MARKER = re.compile(r"<{3,}|>{3,}|^[<>]+|[<>]+$")
_LOOKALIKE = str.maketrans("<>", "‹›")

#: What the product itself passes a template, never source text: the step names and their
#: headings, and the session id it generated. The only values a template may print outside
#: a ``<<<DATA ... DATA>>>`` block (``promptcheck``).
INSTRUCTION_VALUES = frozenset({"steps", "session_id"})


def inert_data(value: Any) -> Any:
    """Every value a prompt template prints: runs of ``<<<`` or ``>>>``, and angle brackets
    at its start or end, become look-alike angle quotes, so source text can never open or
    close a ``<<<DATA ... DATA>>>`` block, alone or next to another value."""
    if not isinstance(value, str):
        return value
    return _MARKER.sub(lambda m: m.group(0).translate(_LOOKALIKE), value)


#: The one environment prompts are rendered in (strict variables, every value made inert).
_PROMPT_ENV = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=False,
                                 keep_trailing_newline=True, finalize=inert_data)
#: Templates that passed the check, compiled, by the sha256 of their text: a template is
#: parsed once, checked once, and an edited one (another hash) is checked again.
_CHECKED: dict[str, jinja2.Template] = {}
_CHECKED_MAX = 64  # a team editing its prompts makes new hashes; old ones are let go


def _checked_template(src: str, path: Path) -> tuple[jinja2.Template, str]:
    digest = hashlib.sha256(src.encode()).hexdigest()
    template = _CHECKED.get(digest)
    if template is None:
        tree = check_prompt(_PROMPT_ENV, src, path, INSTRUCTION_VALUES)
        template = _PROMPT_ENV.from_string(tree)
        if len(_CHECKED) >= _CHECKED_MAX:
            _CHECKED.clear()
        _CHECKED[digest] = template
    return template, digest


def render_prompt(ws: Workspace, name: str, **variables: Any) -> tuple[str, str]:
    """Render ``prompts/<name>.j2`` with strict variables; (text, sha256 of the template).

    A template that prints a source value outside a ``<<<DATA ... DATA>>>`` block (where
    the redactor does not look) is refused with :class:`ConfigError` before it is rendered:
    see :mod:`assistant.summarize.promptcheck`. A template's text is parsed and checked
    once; later renders of the same text reuse it."""
    path = prompt_path(ws, name)
    if not path.is_file():
        raise DraftError(f"Prompt template {path} is missing.")
    template, digest = _checked_template(path.read_text(encoding="utf-8"), path)
    try:
        text = template.render(**variables)
    except jinja2.UndefinedError as exc:
        raise DraftError(f"Prompt {name!r} needs a value it was not given: {exc}") from exc
    return text, digest


# ---- sources ----------------------------------------------------------------------------

def case_text(c: Case) -> str:
    """A case's fields as one text, each ending a sentence (a title has no full stop, and
    "... says 180" + "Three different ..." must not read as one number)."""
    parts = (x.strip() for x in (c.title, c.problem, c.context, c.tried, c.outcome))
    return " ".join(x if x[-1] in ".!?…:;\"'”’)" else x + "." for x in parts if x)


def case_problems(cases: Iterable[Case]) -> list[str]:
    """What each case is about, as its submitter wrote it (its problem, else its title):
    what the step assignment compares a session's opening with."""
    return [c.problem or c.title or "" for c in cases]


def sources_of(s: OrmSession, bullets: list[dict[str, Any]]) -> dict[tuple[Any, ...], str]:
    keys = {k for b in bullets for c in b.get("citations") or [] if (k := cite_key(c))}
    out: dict[tuple[Any, ...], str] = {}
    case_ids = [k[1] for k in keys if k[0] == "case"]
    if case_ids:
        for c in s.scalars(select(Case).where(Case.id.in_(case_ids))):
            out[("case", c.id)] = case_text(c)
    for k in keys:
        if k[0] == "seg":
            g = s.scalar(select(TranscriptSegment).where(
                TranscriptSegment.session_id == k[1], TranscriptSegment.position == k[2]))
            if g is not None:
                out[k] = g.clean_text or g.text
    return out


def ground(ws: Workspace, bullets: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Bullets with ``flag`` and ``support`` set against what they cite in the store.
    Reusable after a human edit."""
    with OrmSession(ws.engine) as s:
        src = sources_of(s, bullets)
        speakers = {str(c.get("speaker")) for b in bullets for c in b.get("citations") or []
                    if c.get("speaker")}
    return ground_bullets(bullets, src, ws.embedder.embed, speakers=speakers)[0]


def flags_of(bullets: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"bullet": i, "step": b.get("step", ""), "message": b["flag"]}
            for i, b in enumerate(bullets) if b.get("flag")]


def note(built: Built) -> str:
    if built.fallback_reason:
        return f"{built.fallback_reason.rstrip('.')}. {EXTRACTIVE_NOTE}"
    return EXTRACTIVE_NOTE if built.backend == "extractive" else ""


def load_session(s: OrmSession, session_id: str) -> Session:
    x = s.scalar(select(Session).where(Session.id == session_id).options(
        selectinload(Session.cases), selectinload(Session.segments)))
    if x is None:
        raise NotFound(f"No session {session_id!r}; `assistant status` counts sessions.")
    return x


def deadline_of(ws: Workspace, x: Session) -> dt.datetime:
    """When the recap of session ``x`` is due, as the store keeps it (naive UTC): its end
    plus ``recap_deadline_hours``, its date and start time read in the network's time zone;
    with no start time, counted from the end of its day (:func:`assistant.clock.session_end`)."""
    hours = dt.timedelta(hours=ws.settings.recap_deadline_hours)
    if x.date is None:
        return to_db(ws.clock.now() + hours)
    return to_db(session_end(x.date, x.start_time, x.duration_s, ws.settings.zone) + hours)


# ---- storing ------------------------------------------------------------------------------

def record_of(d: Draft, v: DraftVersion) -> DraftRecord:
    return DraftRecord(d.id, d.kind, d.subject_type, d.subject_id, d.status, d.backend,
                       d.model, d.fallback_reason, v.number, v.content, v.text, list(v.flags),
                       from_db(d.deadline), dict(d.usage or {}))


def open_draft(s: OrmSession, kind: str, subject_type: str, subject_id: str, *,
               lock: bool = True) -> Draft | None:
    """The newest draft of ``kind`` for the subject that may still change (a draft, or in
    review; not archived), locked for the caller's transaction unless ``lock=False`` (a
    caller that only reads it)."""
    query = select(Draft).where(
        Draft.kind == kind, Draft.subject_type == subject_type, Draft.subject_id == subject_id,
        Draft.status.in_(EDITABLE), Draft.archived_at.is_(None)).order_by(
        Draft.created_at.desc(), Draft.id.desc()).limit(1)
    return s.scalar(query.with_for_update() if lock else query)


def person_edit(ws: Workspace, kind: str, subject_type: str,
                subject_id: str) -> tuple[str, int, str] | None:
    """(draft id, version, author) when the open draft of ``kind`` for the subject has a
    person's edit as its latest version (a new draft would go on top of it); else None."""
    with OrmSession(ws.engine) as s:
        d = open_draft(s, kind, subject_type, subject_id, lock=False)
        last = d.versions[-1] if d is not None and d.versions else None
        if d is None or last is None or last.machine:
            return None
        return d.id, last.number, last.author


def add_version(ws: Workspace, s: OrmSession, d: Draft, b: Built, actor: Actor) -> DraftVersion:
    """``b`` as the next machine version of ``d`` (earlier versions stay), audited as a
    regenerate; a recap's action rows keep their done marks and corrections."""
    n = max((v.number for v in d.versions), default=0) + 1
    v = DraftVersion(number=n, content=b.content, text=render_text(d.kind, b.content),
                     flags=b.flags, author=b.backend if b.backend != "extractive"
                     else "assistant", machine=True, note="regenerated")
    d.versions.append(v)
    d.backend, d.model, d.fallback_reason = b.backend, b.model, b.fallback_reason
    d.prompt_name, d.prompt_hash, d.usage = b.prompt_name, b.prompt_hash, b.usage
    d.updated_at = store_now(ws.engine)
    if d.kind == "recap":
        store_actions(s, d.id, d.subject_id, b.content.get("actions") or [])
    record(s, actor=actor.name, action="regenerate", object_type="draft", object_id=d.id,
           after={"version": n, "backend": b.backend}, detail=b.fallback_reason)
    s.flush()
    return v


def _but_note(content: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in content.items() if k != "note"}


class OverEdit(Conflict):
    """The open draft's latest version is a person's edit and the caller did not allow a
    machine version on top of it."""

    def __init__(self, draft_id: str, version: int, author: str) -> None:
        super().__init__(f"Draft {draft_id}'s latest version (v{version}) is an edit by "
                         f"{author or 'a person'}.")
        self.draft_id, self.version, self.author = draft_id, version, author


class KeptEdit(DraftError):
    """The configured model failed while drafting over a person's edit: the built-in draft
    is not put on top of the edit, which stays the current version."""

    def __init__(self, draft_id: str, version: int, author: str, reason: str) -> None:
        why = reason.removeprefix(FALLBACK_LEAD).rstrip(".")
        super().__init__(
            f"The model did not draft: {why}. Nothing was replaced: draft {draft_id}'s "
            f"current version (v{version}) is still the edit by {author or 'a person'}. "
            f"Draft again once the endpoint answers, or edit the draft by hand.")
        self.draft_id, self.version, self.author = draft_id, version, author


def store(ws: Workspace, actor: Actor, kind: str, subject_type: str, subject_id: str,
          b: Built, deadline: dt.datetime | None = None, *,
          over_edit: bool = True) -> DraftRecord:
    """``b`` stored as the draft of ``kind`` for the subject, audited.

    One draft per subject is open at a time: while one may still change (a draft, or in
    review), ``b`` becomes its next version, as a regenerate does (unless its latest
    version is the machine's and says the same). Otherwise (none yet, or
    the latest approved or published) ``b`` starts a new draft, which takes the approved
    one's place only once it is approved in turn (publishing shows the newest approved
    recap of a session); a new recap carries the done marks and corrections of the
    previous recap's actions over to the same actions. With ``over_edit=False`` an open
    draft whose latest version is a person's edit is left as it is (:class:`OverEdit`),
    checked in this transaction, so an edit saved while ``b`` was drafted counts too. When
    the configured model failed (``b`` is the built-in fallback), a person's edit is never
    replaced, whatever ``over_edit`` says (:class:`KeptEdit`): a person asked for the
    model's draft over their edit, not the built-in one."""
    with transaction(ws.engine) as s:
        d = open_draft(s, kind, subject_type, subject_id)
        if d is not None:
            last = d.versions[-1] if d.versions else None
            if not over_edit and last is not None and not last.machine:
                raise OverEdit(d.id, last.number, last.author)
            if last is not None and not last.machine and b.fallback_reason:
                raise KeptEdit(d.id, last.number, last.author, b.fallback_reason)
            if last is not None and last.machine and _but_note(last.content) == \
                    _but_note(b.content):
                # The same draft again: no version repeats the text. When the reason the
                # endpoint's was not used changed (the note aside, the text is the same),
                # the draft and its current version say the newest reason (the audit event
                # keeps the one it replaces): a note is about this drafting, not the text.
                if d.fallback_reason != b.fallback_reason:
                    was = last.content.get("note", "")
                    d.fallback_reason = b.fallback_reason
                    last.content = {**last.content, "note": b.content.get("note", "")}
                    last.text = render_text(d.kind, last.content)
                    record(s, actor=actor.name, action="regenerate", object_type="draft",
                           object_id=d.id, before={"note": was},
                           after={"version": last.number, "unchanged": True,
                                  "backend": b.backend}, detail=b.fallback_reason)
                    s.flush()
                return record_of(d, last)
            return record_of(d, add_version(ws, s, d, b, actor))
        d = Draft(id="D" + uuid.uuid4().hex[:10], kind=kind, subject_type=subject_type,
                  subject_id=subject_id, status="draft", backend=b.backend, model=b.model,
                  prompt_name=b.prompt_name, prompt_hash=b.prompt_hash, usage=b.usage,
                  fallback_reason=b.fallback_reason, deadline=deadline, created_by=actor.name)
        v = DraftVersion(number=1, content=b.content, text=render_text(kind, b.content),
                         flags=b.flags, author=b.backend if b.backend != "extractive"
                         else "assistant", machine=True)
        d.versions.append(v)
        s.add(d)
        s.flush()
        if kind == "recap":
            store_actions(s, d.id, subject_id, b.content.get("actions") or [])
            prev = s.scalar(select(Draft.id).where(
                Draft.kind == "recap", Draft.subject_type == subject_type,
                Draft.subject_id == subject_id, Draft.id != d.id,
                Draft.archived_at.is_(None))
                .order_by(Draft.created_at.desc(), Draft.id.desc()).limit(1))
            if prev is not None:
                s.flush()
                carry_actions(s, d.id, prev, actor)
        record(s, actor=actor.name, action="draft", object_type="draft", object_id=d.id,
               after={"kind": kind, "subject": f"{subject_type}:{subject_id}",
                      "backend": b.backend, "flags": len(b.flags)},
               detail=b.fallback_reason)
        s.flush()
        return record_of(d, v)


def _said_at(citations: Any) -> tuple[str, int] | None:
    """Where an action was said: the session and turn its first citation points at."""
    for c in citations or []:
        if isinstance(c, dict) and c.get("position") is not None:
            return str(c.get("session_id") or ""), int(c["position"])
    return None


def store_actions(s: OrmSession, draft_id: str, session_id: str,
                  actions: list[dict[str, Any]]) -> None:
    """The action rows of a recap draft, replaced by ``actions``.

    A drafted action said in the same turn as an earlier row keeps that row's id, its done
    mark, and any correction a person made to it (``action_edited`` in the audit log): a
    regenerate drafts the rest afresh. A corrected row whose turn no longer yields an action
    stays too: a person vouched for it."""
    old = list(s.scalars(select(ActionItem).where(ActionItem.draft_id == draft_id)
                         .order_by(ActionItem.number)))
    edited = {i for i, (_, was_edited) in _action_history(s, [o.id for o in old]).items()
              if was_edited}
    by_turn: dict[tuple[str, int], list[ActionItem]] = {}
    for o in old:
        if (at := _said_at(o.citations)) is not None:
            by_turn.setdefault(at, []).append(o)
    done = {(o.owner, o.action): o for o in old if o.done}
    kept: set[str] = set()
    rows: list[dict[str, Any]] = []
    for a in actions:
        owner, what = str(a.get("owner", "")), str(a.get("action", ""))
        due, cites = str(a.get("due") or ""), list(a.get("citations") or [])
        at = _said_at(cites)
        was = next((o for o in by_turn.get(at, []) if o.id not in kept), None) if at else None
        if was is None:
            was = done.get((owner, what))
            was = was if was is not None and was.id not in kept else None
        if was is not None:
            kept.add(was.id)
            if was.id in edited:
                owner, what, due = was.owner, was.action, was.due
        rows.append({"owner": owner, "action": what, "due": due, "citations": cites,
                     "was": was})
    rows += [{"owner": o.owner, "action": o.action, "due": o.due,
              "citations": list(o.citations or []), "was": o}
             for o in old if o.id in edited and o.id not in kept]
    for o in old:
        if o.id not in kept and o.id not in edited:
            s.delete(o)
    for i, r in enumerate(rows):
        row = r["was"] or ActionItem(id="A" + uuid.uuid4().hex[:10], draft_id=draft_id,
                                     session_id=session_id, done=False, done_by="")
        row.number, row.owner, row.action, row.due = i, r["owner"], r["action"], r["due"]
        row.citations = r["citations"]
        s.add(row)


_ACTION_EVENTS = ("action_edited", "action_carried")


def _action_history(s: OrmSession, ids: list[str]) -> dict[str, tuple[tuple[str, str], bool]]:
    """For each action row in ``ids`` with a history: (the owner and action first drafted,
    whether a person corrected it), read from its ``action_edited`` and ``action_carried``
    audit events; rows without either are left out."""
    out: dict[str, tuple[tuple[str, str], bool]] = {}
    if not ids:
        return out
    for e in s.scalars(select(AuditEvent).where(
            AuditEvent.object_type == "action_item", AuditEvent.action.in_(_ACTION_EVENTS),
            AuditEvent.object_id.in_(ids)).order_by(AuditEvent.at, AuditEvent.id)):
        before, after = dict(e.before or {}), dict(e.after or {})
        first = before.get("drafted", before) if e.action == "action_carried" else before
        drafted, was = out.get(e.object_id, ((str(first.get("owner", "")),
                                               str(first.get("action", ""))), False))
        out[e.object_id] = (drafted, was or e.action == "action_edited"
                            or bool(after.get("edited")))
    return out


def _same_words(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def carry_actions(s: OrmSession, draft_id: str, from_draft_id: str, actor: Actor) -> int:
    """Done marks and corrections of ``from_draft_id``'s action rows, put on the same
    actions of the new recap draft ``draft_id``; how many rows were carried.

    The same action is one drafted for the same owner with the same words (case and
    punctuation aside), or for the same owner at the same turn; a corrected row is
    compared as it was first drafted, and its correction is kept. Each carry is audited
    (``action_carried``), so a later regenerate keeps a carried correction too."""
    old = list(s.scalars(select(ActionItem).where(ActionItem.draft_id == from_draft_id)
                         .order_by(ActionItem.number)))
    history = _action_history(s, [o.id for o in old])
    drafted = {o.id: history.get(o.id, ((o.owner, o.action), False))[0] for o in old}
    carried = 0
    free = list(old)
    for n in s.scalars(select(ActionItem).where(ActionItem.draft_id == draft_id)
                       .order_by(ActionItem.number)):
        words, at = (_same_words(n.owner), _same_words(n.action)), _said_at(n.citations)
        o = next((o for o in free if (_same_words(drafted[o.id][0]),
                                      _same_words(drafted[o.id][1])) == words), None) \
            or next((o for o in free if _same_words(drafted[o.id][0]) == words[0]
                     and at is not None and _said_at(o.citations) == at), None)
        if o is None:
            continue
        free.remove(o)
        edited = history.get(o.id, ((), False))[1]
        if not (o.done or edited):
            continue
        n.done, n.done_by, n.done_at = o.done, o.done_by, o.done_at
        if edited:
            n.owner, n.action, n.due = o.owner, o.action, o.due
        record(s, actor=actor.name, action="action_carried", object_type="action_item",
               object_id=n.id, before={"from": o.id, "drafted": {
                   "owner": drafted[o.id][0], "action": drafted[o.id][1]}},
               after={"done": o.done, "edited": edited},
               detail=f"{n.owner or 'Someone'}: {n.action}")
        carried += 1
    return carried


def same_actions(s: OrmSession, a: ActionItem) -> list[ActionItem]:
    """The rows of the same action as ``a`` in the session's other recaps (not archived):
    a re-drafted session has a recap that publishing prints (the last approved) and a newer
    one that Today lists, and a done mark or a correction is about the action, not about
    one of its copies. Matched as :func:`carry_actions` matches: the same owner and words
    as first drafted, or the same owner at the same turn when that turn gave them only one
    action in that recap; at most one row per recap."""
    others = select(Draft.id).where(Draft.kind == "recap", Draft.subject_type == "session",
                                    Draft.subject_id == a.session_id, Draft.id != a.draft_id,
                                    Draft.archived_at.is_(None))
    rows = list(s.scalars(select(ActionItem).where(ActionItem.draft_id.in_(others))
                          .order_by(ActionItem.draft_id, ActionItem.number)))
    if not rows:
        return []
    history = _action_history(s, [a.id, *(r.id for r in rows)])

    def drafted(x: ActionItem) -> tuple[str, str]:
        owner, action = history.get(x.id, ((x.owner, x.action), False))[0]
        return _same_words(owner), _same_words(action)

    words, at = drafted(a), _said_at(a.citations)
    by_draft: dict[str, list[ActionItem]] = {}
    for r in rows:
        by_draft.setdefault(r.draft_id, []).append(r)
    out = []
    for candidates in by_draft.values():
        # the same owner at the same turn only when that turn gave them one action there
        # (two said in one turn are told apart by their words alone)
        there = [r for r in candidates if drafted(r)[0] == words[0]
                 and at is not None and _said_at(r.citations) == at]
        twin = next((r for r in candidates if drafted(r) == words), None) \
            or (there[0] if len(there) == 1 else None)
        if twin is not None:
            out.append(twin)
    return out
