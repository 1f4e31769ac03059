"""The draft workflow: draft -> in review -> approved -> published, or rejected back to draft.

Edits are versions; saving on top of a version someone else replaced meanwhile raises
:class:`Conflict` and stores nothing, so the caller still holds the user's text. Every action
is an audit event with who, when, and the status before and after. Permissions are checked
here, so the CLI, the app and Python callers obey the same rules.
"""

from __future__ import annotations

import copy
import datetime as dt
import difflib
import hashlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from assistant.auth import LOCAL, Actor, require
from assistant.clock import aware, from_db
from assistant.errors import AssistantError, Conflict, NotFound
from assistant.index.texts import PATTERN_FIELDS, cite_shown, format_timestamp
from assistant.store.audit import record
from assistant.store.db import transaction
from assistant.store.models import (
    Case,
    Draft,
    DraftVersion,
    Pattern,
    Session,
    Theme,
    TranscriptSegment,
    store_now,
)
from assistant.store.states import EDITABLE as EDITABLE
from assistant.store.states import STATES as STATES
from assistant.workspace import Workspace

_KIND_NAMES = {"recap": "recap", "preread": "pre-read", "pattern": "pattern candidate",
               "theme_label": "theme label"}


@dataclass(frozen=True)
class VersionRecord:
    number: int
    content: dict[str, Any]
    text: str
    flags: tuple[dict[str, Any], ...]
    author: str
    machine: bool
    note: str
    created_at: dt.datetime


@dataclass(frozen=True)
class DraftSummary:
    id: str
    kind: str
    subject: str  # human-readable: the session title, the theme label, ...
    subject_type: str
    subject_id: str
    status: str
    updated_at: dt.datetime
    deadline: dt.datetime | None
    flags: int  # the latest version's grounding flags (they block approval)
    late_by: dt.timedelta | None = None  # past its deadline by this much (see lateness)
    notes: int = 0  # its bullets with a grounding note (worded differently; not blocking)

    def checks(self) -> str:
        """What a reviewer should look at before opening it: ``"2 flags, 1 note"``, the
        blocking flags apart from the notes; empty when there is neither."""
        from assistant.plural import counted

        return ", ".join(counted(n, word) for n, word in ((self.flags, "flag"),
                                                          (self.notes, "note")) if n)


@dataclass(frozen=True)
class DraftDetail:
    id: str
    kind: str
    subject: str
    subject_type: str
    subject_id: str
    status: str
    backend: str
    model: str
    fallback_reason: str
    deadline: dt.datetime | None
    created_by: str
    approved_by: str
    approved_at: dt.datetime | None
    published_at: dt.datetime | None
    versions: tuple[VersionRecord, ...]
    archived: bool = False


@dataclass(frozen=True)
class RecapDeadline:
    session_id: str
    session_title: str
    session_date: dt.date | None
    draft_id: str | None
    status: str  # "not drafted" or the recap draft's status
    deadline: dt.datetime
    overdue: bool
    hours_left: float
    # When the session's first recap went out (any of its recaps, not only the latest one):
    # the promise is kept or missed by it, whatever later revisions are doing.
    published_at: dt.datetime | None = None


def _version(v: DraftVersion) -> VersionRecord:
    return VersionRecord(v.number, copy.deepcopy(v.content), v.text, tuple(v.flags or ()),
                         v.author, v.machine, v.note, v.created_at)


#: How a message opens on a draft (``kind_name`` gives the plain kind, as in lists).
_KIND_TITLES = {"recap": "The recap", "preread": "The pre-read",
               "pattern": "The pattern candidate", "theme_label": "The theme name"}
_STATUS_PHRASES = {"draft": "still a draft", "in_review": "in review"}


def draft_name(kind: str, subject: str) -> str:
    """How messages name a draft: 'The recap about “Volunteer retention jam”' (its id means
    nothing to the person reading)."""
    return f"{_KIND_TITLES.get(kind, 'The draft')} about “{subject}”"


def status_phrase(status: str) -> str:
    return _STATUS_PHRASES.get(status, status.replace("_", " "))


def name_of(s: OrmSession, d: Draft) -> str:
    """How messages name the stored draft ``d`` (see :func:`draft_name`)."""
    return draft_name(d.kind, _subjects(s, [d])[d.id])


def _subjects(s: OrmSession, drafts: list[Draft]) -> dict[str, str]:
    """A readable name for each draft's subject, fetched in one query per subject type."""
    ids: dict[str, set[str]] = {}
    for d in drafts:
        ids.setdefault(d.subject_type, set()).add(d.subject_id)
    names: dict[tuple[str, str], str] = {}
    if ids.get("session"):
        for sid, title in s.execute(select(Session.id, Session.title)
                                    .where(Session.id.in_(ids["session"]))):
            names[("session", sid)] = title or sid
    if ids.get("theme"):
        for tid, label in s.execute(select(Theme.id, Theme.label)
                                    .where(Theme.id.in_(ids["theme"]))):
            names[("theme", tid)] = label or tid
    if ids.get("draft"):
        for did, sub_type, sub_id in s.execute(select(Draft.id, Draft.subject_type,
                                                      Draft.subject_id)
                                               .where(Draft.id.in_(ids["draft"]))):
            if sub_type == "session":
                stitle = s.scalar(select(Session.title).where(Session.id == sub_id))
                names[("draft", did)] = f"recap of {stitle or sub_id}"
            else:
                names[("draft", did)] = f"draft {did}"
    return {d.id: names.get((d.subject_type, d.subject_id),
                            f"{d.subject_type} {d.subject_id}") for d in drafts}


def inbox(ws: Workspace, *, actor: Actor = LOCAL, include_published: bool = False
          ) -> list[DraftSummary]:
    """Drafts waiting for work, most urgent first.

    Stewards see drafts in review first (they approve); facilitators see their drafts and
    rejected ones first (they edit); viewers see the same list read-only.
    """
    require(actor, "read")
    first = "in_review" if actor.role in ("steward", "local") else "draft"
    with OrmSession(ws.engine) as s:
        # Archived drafts, drafts about an archived session and names drafted for a theme
        # that is no longer shown (merged into another, dismissed, gone at a recompute) wait
        # for nobody; a theme that comes back brings its drafts back with it.
        hidden_sessions = select(Session.id).where(Session.archived_at.is_not(None))
        shown_themes = select(Theme.id).where(Theme.status == "active")
        q = select(Draft).options(selectinload(Draft.versions)).where(
            Draft.archived_at.is_(None),
            ~((Draft.subject_type == "session") & Draft.subject_id.in_(hidden_sessions)),
            ~((Draft.subject_type == "theme") & Draft.subject_id.not_in(shown_themes)))
        if not include_published:
            q = q.where(Draft.status != "published")
        drafts = list(s.scalars(q))
        subjects = _subjects(s, drafts)
        now = ws.clock.now()
        # A session's recap promise is kept by the first recap published (as on Today): a
        # revision opened after that is not late, whatever its own deadline says.
        recap_of = {d.id: d.subject_id for d in drafts
                    if d.kind == "recap" and d.subject_type == "session"}
        first_out = {sid: at for sid, at in s.execute(
            select(Draft.subject_id, func.min(Draft.published_at))
            .where(Draft.kind == "recap", Draft.subject_type == "session",
                   Draft.archived_at.is_(None), Draft.published_at.is_not(None),
                   Draft.subject_id.in_(set(recap_of.values())))
            .group_by(Draft.subject_id))}

        def done_at(d: Draft) -> dt.datetime | None:
            return from_db(first_out.get(recap_of.get(d.id, "")) or d.published_at)

        out = [DraftSummary(d.id, d.kind, subjects[d.id], d.subject_type, d.subject_id,
                            d.status, d.updated_at, _due(ws, d.deadline),
                            len(d.versions[-1].flags or ()) if d.versions else 0,
                            lateness(from_db(d.deadline), now, done_at(d)),
                            sum(1 for b in (d.versions[-1].content or {}).get("bullets", [])
                                if b.get("note")) if d.versions else 0)
               for d in drafts]
    far = dt.datetime.max.replace(tzinfo=dt.UTC)
    return sorted(out, key=lambda d: (d.status != first, d.deadline or far,
                                      -d.updated_at.timestamp(), d.id))


def _load(s: OrmSession, draft_id: str, *, lock: bool = False) -> Draft:
    q = select(Draft).where(Draft.id == draft_id).options(selectinload(Draft.versions))
    if lock:
        q = q.with_for_update()
    d = s.scalar(q)
    if d is None:
        raise NotFound(f"No draft {draft_id!r}. The Review inbox (or `assistant review list`) "
                       "shows the drafts there are.")
    return d


def get_draft(ws: Workspace, draft_id: str) -> DraftDetail:
    """A draft with every version, oldest first."""
    with OrmSession(ws.engine) as s:
        d = _load(s, draft_id)
        subject = _subjects(s, [d])[d.id]
        return DraftDetail(d.id, d.kind, subject, d.subject_type, d.subject_id, d.status,
                           d.backend, d.model, d.fallback_reason, _due(ws, d.deadline),
                           d.created_by,
                           d.approved_by, d.approved_at, d.published_at,
                           tuple(_version(v) for v in sorted(d.versions,
                                                             key=lambda v: v.number)),
                           archived=d.archived_at is not None)


def _blockers(s: OrmSession, d: Draft) -> list[str]:
    """What stops the newest version of ``d`` from being approved (see
    :mod:`assistant.review.gate`), a recap's action items read as they are stored."""
    from assistant.review.gate import blockers, stored_actions

    v = d.versions[-1]
    return blockers(d.kind, v.content, list(v.flags or ()),
                    stored_actions(s, d.id) if d.kind == "recap" else None)


def approval_blockers(ws: Workspace, draft_id: str) -> list[str]:
    """Why the newest version of a draft cannot be approved without a steward's override;
    empty when it can (what :func:`approve` checks)."""
    with OrmSession(ws.engine) as s:
        return _blockers(s, _load(s, draft_id))


def shown_text(ws: Workspace, draft_id: str) -> str:
    """The newest version's text as it reads now: a recap's action items as stored, with
    people's corrections and "(done)" marks, as export and publish print them (the text
    saved with the version keeps the ones the machine drafted)."""
    from assistant.review.gate import stored_actions
    from assistant.summarize.core import render_text

    with OrmSession(ws.engine) as s:
        d = _load(s, draft_id)
        v = d.versions[-1]
        if d.kind != "recap":
            return v.text
        return render_text(d.kind, v.content, stored_actions(s, d.id))


def history(ws: Workspace, draft_id: str) -> tuple[VersionRecord, ...]:
    return get_draft(ws, draft_id).versions


def diff_versions(ws: Workspace, draft_id: str, a: int, b: int) -> str:
    """A unified diff between versions ``a`` and ``b`` of a draft's text."""
    versions = {v.number: v for v in history(ws, draft_id)}
    for n in (a, b):
        if n not in versions:
            raise NotFound(f"Draft {draft_id} has no version {n} (it has "
                           f"{', '.join(map(str, sorted(versions)))}).")
    return "\n".join(difflib.unified_diff(
        versions[a].text.splitlines(), versions[b].text.splitlines(),
        fromfile=f"v{a} ({versions[a].author})", tofile=f"v{b} ({versions[b].author})",
        lineterm=""))


def _status_change(s: OrmSession, d: Draft, new: str, actor: Actor, action: str,
                   detail: str = "", extra: dict[str, Any] | None = None) -> None:
    before = {"status": d.status, "version": d.versions[-1].number if d.versions else 0}
    d.status = new
    d.updated_at = store_now(s)
    record(s, actor=actor.name, action=action, object_type="draft", object_id=d.id,
           before=before, after={"status": new} | (extra or {}), detail=detail)


def edit_draft(ws: Workspace, draft_id: str, bullet_texts: list[str], *, base_version: int,
               actor: Actor = LOCAL, note: str = "",
               sources: list[list[str] | None] | None = None) -> VersionRecord:
    """Save edited bullet texts as a new version on top of ``base_version``.

    Citations stay with their bullets unless the edit names others: a text ending with
    sources in brackets as the draft shows them ("[Jonas Weber 0:41; C0eb7442f]",
    :mod:`assistant.review.citing`), or ``sources`` (one list per bullet, None to keep
    its citations) from a text already split; a bracket that names no source at all stays
    the text's own ("booked for [Friday 9:30]"). The grounding check runs again on the new
    text. Raises :class:`AssistantError` naming a source that is neither a case nor a turn
    of the draft's session when the bracket names others, and :class:`Conflict` (storing
    nothing) when someone saved a newer version meanwhile or the draft is no longer
    editable.
    """
    from assistant.review.citing import resolve, split_sources
    from assistant.summarize import ground, render_text
    from assistant.summarize.service import flags_of

    require(actor, "edit_draft")
    texts = [" ".join(str(t).split()) for t in bullet_texts]
    if sources is None:
        split = [split_sources(t) for t in texts]
        texts, sources = [t for t, _ in split], [typed for _, typed in split]
    current = get_draft(ws, draft_id)
    name = draft_name(current.kind, current.subject)
    check_editable(current.status, name)
    latest = current.versions[-1]
    bullets = copy.deepcopy(latest.content.get("bullets", []))
    if len(texts) != len(bullets):
        raise AssistantError(f"Draft {draft_id} has {len(bullets)} bullets; the edit sent "
                             f"{len(texts)}. Reload the draft and edit its bullets.")
    # A pattern field nobody spoke to stays empty until the reviewer writes it; other
    # drafts need every bullet.
    if current.kind != "pattern" and any(not t for t in texts):
        raise AssistantError("A bullet is empty. Write something in every bullet (or "
                             "regenerate the draft).")
    if len(sources) != len(bullets):
        raise AssistantError(f"Draft {draft_id} has {len(bullets)} bullets; the edit sent "
                             f"sources for {len(sources)}.")
    sessions = {str(c["session_id"]) for b in bullets for c in b.get("citations") or []
                if c.get("session_id")}
    sessions |= {current.subject_id} if current.subject_type == "session" else set()
    if latest.content.get("session_id"):
        sessions.add(str(latest.content["session_id"]))
    with OrmSession(ws.engine) as s:
        for i, (b, t, typed) in enumerate(zip(bullets, texts, sources, strict=True)):
            if t != " ".join(str(b.get("text", "")).split()):
                b.pop("dropped", None)  # rewritten: the reviewer has seen it
            b["text"] = t
            if typed is not None and typed != [cite_shown(c) for c in b.get("citations") or []]:
                label = b.get("label") or b.get("step") or f"{i + 1}"
                cites = resolve(s, typed, sessions, f"Bullet {label!r}")
                if cites is None:  # the bracket names no source: it is the text's own
                    b["text"] = f"{t} [{'; '.join(typed)}]"
                else:
                    b["citations"] = cites
                    b.pop("dropped", None)  # sourced anew by the reviewer
    graded = ground(ws, bullets)  # outside the transaction: embedding takes a moment
    with transaction(ws.engine) as s:
        d = _load(s, draft_id, lock=True)
        check_editable(d.status, name)
        newest = max(v.number for v in d.versions)
        if base_version != newest:
            who = next(v.author for v in d.versions if v.number == newest)
            raise Conflict(f"{name} changed while you were editing: {who} saved "
                           f"version {newest} after the version {base_version} you started "
                           "from. Nothing was saved.")
        content = copy.deepcopy(d.versions[-1].content)
        content["bullets"] = graded
        # "Extractive draft ..., not written by a language model" (and why the endpoint's
        # draft was not used) describes the machine's draft, not a person's edit of it.
        content.pop("note", None)
        if d.kind == "pattern" and isinstance(content.get("pattern"), dict):
            for b in graded:
                if b.get("step") in content["pattern"]:
                    content["pattern"][b["step"]] = b["text"]
        v = DraftVersion(number=newest + 1, content=content,
                         text=render_text(d.kind, content), flags=flags_of(graded),
                         author=actor.name, machine=False, note=note or "edited")
        d.versions.append(v)
        d.updated_at = store_now(ws.engine)
        record(s, actor=actor.name, action="edit_draft", object_type="draft", object_id=d.id,
               before={"version": newest, "text": d.versions[-2].text},
               after={"version": v.number, "text": v.text, "flags": len(v.flags)})
        s.flush()
        return _version(v)


def check_editable(status: str, name: str) -> None:
    """Raise :class:`Conflict` when a draft in ``status`` can no longer be edited (``name``:
    the draft as the user knows it, :func:`draft_name`)."""
    if status not in EDITABLE:
        raise Conflict(f"{name} is {status_phrase(status)} and can no longer be "
                       "edited. Draft a new one to change it.")


class ChangedSinceOpened(Conflict):
    """A decision on a draft refused because a newer version was saved after the version
    the user has on screen (reloading the draft shows it)."""


def check_seen(ws: Workspace, s: OrmSession, d: Draft, version: int | None,
               doing: str) -> None:
    """Raise :class:`Conflict` when ``version`` (the one the user has on screen) is not the
    draft's newest: a decision on a draft's text is about the text the user read. The
    message names who saved what since, and when; None skips the check (a script that has
    just made the newest version itself)."""
    if version is None:
        return
    newest = max(v.number for v in d.versions)
    if version == newest:
        return
    name = name_of(s, d)
    if not any(v.number == version for v in d.versions):
        raise ChangedSinceOpened(f"{name} has no version {version} (the newest is {newest}). "
                                 f"Nothing was {doing}; reload the draft and read version "
                                 f"{newest} first.")
    later = sorted((v for v in d.versions if v.number > version), key=lambda v: v.number)
    saved = "; ".join(f"{v.author} saved version {v.number} at "
                      f"{aware(v.created_at).astimezone(ws.settings.zone):%Y-%m-%d %H:%M %Z}"
                      for v in later)
    raise ChangedSinceOpened(f"{name} changed after you opened version {version}: {saved}. "
                             f"Nothing was {doing}, and your comment is kept. Reload the "
                             f"draft, read version {newest}, then decide again.")


def submit_for_review(ws: Workspace, draft_id: str, *, actor: Actor = LOCAL,
                      comment: str = "", version: int | None = None) -> DraftDetail:
    """draft -> in review; ``version``: the version the sender has on screen (see
    :func:`check_seen`)."""
    require(actor, "submit_for_review")
    with transaction(ws.engine) as s:
        d = _load(s, draft_id, lock=True)
        if d.status != "draft":
            raise Conflict(f"{name_of(s, d)} is {status_phrase(d.status)}; only a draft "
                           "can be sent for review.")
        check_seen(ws, s, d, version, "sent for review")
        _status_change(s, d, "in_review", actor, "submit_for_review", comment)
    return get_draft(ws, draft_id)


def approve(ws: Workspace, draft_id: str, *, comment: str = "", override: str = "",
            actor: Actor = LOCAL, version: int | None = None) -> DraftDetail:
    """in review -> approved (stewards). Approving a pattern candidate adds it to the
    playbook as an approved pattern, ready to publish.

    ``version`` is the version the steward has on screen: when someone saved a newer one
    meanwhile (drafts in review stay editable), nothing is approved and :class:`Conflict`
    names who saved what, and when (:func:`check_seen`). The app and the CLI always pass it.

    A recap or pattern with open grounding flags, or a pattern with an empty required field
    (see :mod:`assistant.review.gate`), is refused with :class:`Conflict` unless
    ``override`` gives the steward's reason; the override is audited with what it waived."""
    from assistant.review.gate import blocked_message

    require(actor, "approve")
    with transaction(ws.engine) as s:
        d = _load(s, draft_id, lock=True)
        if d.status != "in_review":
            hint = " Send it for review first." if d.status == "draft" else ""
            raise Conflict(f"{name_of(s, d)} is {status_phrase(d.status)}; only a draft "
                           f"in review can be approved.{hint}")
        check_seen(ws, s, d, version, "approved")
        problems = _blockers(s, d)
        if problems and override and not override.strip():
            raise Conflict(f"{name_of(s, d)} was not approved: the override reason is "
                           "empty. Say why it may go out as it is (the reason is kept in "
                           "the audit log), or fix the draft and save a new version.")
        if problems and not override.strip():
            raise Conflict(blocked_message(name_of(s, d), problems))
        d.approved_at, d.approved_by = store_now(ws.engine), actor.name
        extra: dict[str, Any] = {"version": d.versions[-1].number}
        if problems:
            extra["override"] = override.strip()
            record(s, actor=actor.name, action="approve_override", object_type="draft",
                   object_id=d.id, before={"blockers": problems},
                   after={"version": d.versions[-1].number}, detail=override.strip())
        if d.kind == "pattern":
            p, replaced = _pattern_from(s, d, actor)
            extra["pattern_id"] = p.id
            if replaced:
                extra["replaces"] = replaced
        _status_change(s, d, "approved", actor, "approve", comment, extra)
        label = {b.get("step"): str(b.get("text", "")) for b in
                 d.versions[-1].content.get("bullets", [])} if d.kind == "theme_label" else {}
        if label.get("label") and d.subject_type == "theme":
            # One transaction: an approved label never leaves the theme unnamed.
            _apply_theme_label(s, ws, d.subject_id, label["label"],
                               label.get("description", ""), actor)
    return get_draft(ws, draft_id)


def _apply_theme_label(s: OrmSession, ws: Workspace, theme_id: str, label: str,
                       description: str, actor: Actor) -> None:
    """An approved theme label becomes the theme's name (a steward decision that survives
    recomputes) and its description."""
    from assistant.cluster.actions import rename_theme_in

    rename_theme_in(s, ws, theme_id, label, actor=actor)
    t = s.get(Theme, theme_id)
    if t is not None:
        t.description = description


def reject(ws: Workspace, draft_id: str, *, comment: str, actor: Actor = LOCAL,
           version: int | None = None) -> DraftDetail:
    """in review -> back to draft, with the reason the author needs to fix it; ``version``:
    the version the steward read (see :func:`check_seen`)."""
    require(actor, "reject")
    if not comment.strip():
        raise AssistantError("Say why you reject the draft (a comment), so its author knows "
                             "what to fix.")
    with transaction(ws.engine) as s:
        d = _load(s, draft_id, lock=True)
        if d.status != "in_review":
            raise Conflict(f"{name_of(s, d)} is {status_phrase(d.status)}; only a draft "
                           "in review can be rejected.")
        check_seen(ws, s, d, version, "rejected")
        _status_change(s, d, "draft", actor, "reject", comment.strip(), {"rejected": True})
    return get_draft(ws, draft_id)


def review_comments(ws: Workspace, draft_id: str) -> list[tuple[dt.datetime, str, str, str]]:
    """(when, who, action, comment) of every workflow step with a comment, oldest first."""
    from assistant.store.models import AuditEvent

    with OrmSession(ws.engine) as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.object_type == "draft",
                                                  AuditEvent.object_id == draft_id)
                         .order_by(AuditEvent.at, AuditEvent.id))
        return [(e.at, e.actor, e.action, e.detail) for e in rows if e.detail]


@dataclass(frozen=True)
class ThreadEntry:
    """One step of a draft's review: who did what, when, and what they said."""

    at: dt.datetime
    actor: str
    action: str  # submit_for_review, approve, reject, edit_draft, archive, restore, ...
    comment: str
    version: int | None


THREAD_ACTIONS = ("submit_for_review", "approve", "reject", "edit_draft", "archive",
                  "restore", "publish", "regenerate")


def review_thread(ws: Workspace, draft_id: str) -> list[ThreadEntry]:
    """The draft's review thread, oldest first: submissions, approvals, rejections with
    their reasons, edits, archiving; readable by anyone who may open the draft."""
    from assistant.store.models import AuditEvent

    with OrmSession(ws.engine) as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.object_type == "draft",
                                                  AuditEvent.object_id == draft_id,
                                                  AuditEvent.action.in_(THREAD_ACTIONS))
                         .order_by(AuditEvent.at, AuditEvent.id))
        out = []
        for e in rows:
            after = e.after or {}
            version = after.get("version") if isinstance(after, dict) else None
            out.append(ThreadEntry(e.at, e.actor, e.action, e.detail or "",
                                   int(version) if isinstance(version, int) else None))
        return out


def _same_subject_drafts(s: OrmSession, d: Draft) -> Any:
    """The ids of the pattern drafts about the same thing as the pattern draft ``d``: the
    same theme, or the same session (drafted from any recap of it, since a session drafted
    again after approval gets a new recap)."""
    same = select(Draft.id).where(Draft.kind == "pattern", Draft.subject_type == d.subject_type)
    if d.subject_type == "draft":
        recap = s.get(Draft, d.subject_id)
        if recap is not None and recap.subject_type == "session":
            recaps = select(Draft.id).where(Draft.kind == "recap",
                                            Draft.subject_type == "session",
                                            Draft.subject_id == recap.subject_id)
            return same.where(Draft.subject_id.in_(recaps))
    return same.where(Draft.subject_id == d.subject_id)


def _pattern_from(s: OrmSession, d: Draft, actor: Actor) -> tuple[Pattern, str]:
    """The playbook pattern an approved pattern draft becomes (its latest, edited text), and
    the id of the earlier approved draft it replaces ("" when none).

    One pattern per subject: when the playbook already holds a pattern drafted about the
    same session or theme, the new draft becomes its next version (same id, so its page,
    its adoptions and its searches stay), waiting to be published again; the earlier draft
    keeps its versions, and the replaced text is in the audit log."""
    content = d.versions[-1].content
    by_step = {b.get("step"): str(b.get("text", "")) for b in content.get("bullets", [])}
    meta = content.get("pattern") or {}
    p = s.scalar(select(Pattern).where(Pattern.draft_id.in_(_same_subject_drafts(s, d)),
                                       Pattern.draft_id != d.id)
                 .order_by(Pattern.created_at, Pattern.id).limit(1))
    before = _pattern_fields(p) if p is not None else {}
    if p is None:
        pid = "P" + hashlib.sha256(d.id.encode()).hexdigest()[:10]
        p = s.get(Pattern, pid) or Pattern(id=pid)
    if p.status == "published":  # the library keeps it until the new version is published
        p.published_version = {k: getattr(p, k) for k in PATTERN_FIELDS}
    p.name = by_step.get("name") or meta.get("name") or f"Pattern from {d.id}"
    p.problem = by_step.get("problem", "")
    p.context = by_step.get("context", "")
    p.solution = by_step.get("solution", "")
    p.applies_when = by_step.get("applies_when", "")
    p.not_when = by_step.get("not_when", "")
    p.evidence = dict(meta.get("evidence") or {})
    p.theme_id = d.subject_id if d.subject_type == "theme" else None
    p.draft_id = d.id
    p.status = "approved"  # a new version waits for the next publish, as a new pattern does
    s.add(p)
    if before:
        record(s, actor=actor.name, action="replace_pattern", object_type="pattern",
               object_id=p.id, before=before, after=_pattern_fields(p),
               detail=f"pattern draft {d.id} replaces pattern draft {before['draft_id']}")
    from assistant.index.outbox import enqueue

    enqueue(s, "patterns", [p.id])  # the index holds published versions only
    return p, str(before.get("draft_id") or "")


def _pattern_fields(p: Pattern) -> dict[str, Any]:
    """What an audit event keeps of a pattern version."""
    return {"draft_id": p.draft_id, "status": p.status, "name": p.name, "problem": p.problem,
            "context": p.context, "solution": p.solution, "applies_when": p.applies_when,
            "not_when": p.not_when, "evidence": dict(p.evidence or {})}


def cited_source(ws: Workspace, key: str) -> str:
    """The full text behind a citation key: ``case:ID`` or ``segment:SESSION:POSITION``
    (the cited turn with the turn before and after it, for context)."""
    kind, _, rest = key.partition(":")
    with OrmSession(ws.engine) as s:
        if kind == "case":
            c = s.get(Case, rest)
            if c is None:
                raise NotFound(f"The cited case {rest!r} does not exist (any more).")
            parts = [f"Case {c.id}: {c.title}" + (" (archived)" if c.archived_at else ""),
                     c.problem]
            for label, value in (("Context", c.context), ("What was tried", c.tried),
                                 ("Outcome", c.outcome)):
                if value:
                    parts.append(f"{label}: {value}")
            who = ", ".join(x for x in (c.submitter, c.team) if x)
            if who:
                parts.append(f"Submitted by {who}")
            return "\n\n".join(parts)
        if kind == "segment":
            sid, _, pos = rest.rpartition(":")
            try:
                position = int(pos)
            except ValueError:
                raise NotFound(f"Citation {key!r} is not a transcript position.") from None
            segs = list(s.scalars(select(TranscriptSegment).where(
                TranscriptSegment.session_id == sid,
                TranscriptSegment.position.between(position - 1, position + 1))
                .order_by(TranscriptSegment.position)))
            if not any(g.position == position for g in segs):
                raise NotFound(f"The cited passage (session {sid}, turn {position}) does "
                               "not exist.")
            x = s.get(Session, sid)
            title = (x.title if x is not None else "") or sid
            if x is not None and (x.archived_at or x.transcript_archived_at):
                title += " (archived)"
            lines = [f"{title}"]
            for g in segs:
                mark = "▶ " if g.position == position else ""
                lines.append(f"{mark}{g.speaker or 'speaker'} "
                             f"[{format_timestamp(g.start_s)}]: {g.text}")
            return "\n\n".join(lines)
    raise NotFound(f"Unknown citation {key!r}: expected case:ID or segment:SESSION:POSITION.")


def lateness(deadline: dt.datetime | None, now: dt.datetime,
             done_at: dt.datetime | None = None) -> dt.timedelta | None:
    """How far past ``deadline`` a draft is: published (``done_at``) after it, or not
    published yet at ``now``; None when it is not late or has no deadline. The one notion of
    overdue that Today's recap promise and the review inbox share (aware datetimes)."""
    if deadline is None:
        return None
    late = (done_at or now) - deadline
    return late if late > dt.timedelta(0) else None


def _due(ws: Workspace, stored: dt.datetime | None) -> dt.datetime | None:
    """A stored deadline (naive UTC) as an aware datetime in the network's time zone."""
    return None if stored is None else aware(stored).astimezone(ws.settings.zone)


def recap_deadlines(ws: Workspace, *, now: dt.datetime | None = None) -> list[RecapDeadline]:
    """Every held session (it has a transcript, or its local date has passed) against the
    promise of a published recap within ``recap_deadline_hours`` of its end; soonest first.
    Deadlines are aware datetimes in the network's time zone; ``now`` defaults to
    ``ws.clock`` (a naive ``now`` is taken as UTC)."""
    from assistant.summarize.service import _deadline

    zone = ws.settings.zone
    now = aware(now) if now is not None else ws.clock.now()
    today = now.astimezone(zone).date()
    out: list[RecapDeadline] = []
    with OrmSession(ws.engine) as s:
        sessions = list(s.scalars(select(Session).where(Session.archived_at.is_(None))))
        recaps: dict[str, Draft] = {}
        first_out: dict[str, dt.datetime] = {}
        for d in s.scalars(select(Draft).where(Draft.kind == "recap",
                                               Draft.subject_type == "session",
                                               Draft.archived_at.is_(None))
                           .order_by(Draft.created_at, Draft.id)):
            recaps[d.subject_id] = d  # the latest recap of each session is the one shown
            out_at = from_db(d.published_at)
            if out_at is not None and (d.subject_id not in first_out
                                       or out_at < first_out[d.subject_id]):
                first_out[d.subject_id] = out_at  # ... but any published one keeps the promise
        for x in sessions:
            transcript = x.transcript_hash is not None and x.transcript_archived_at is None
            held = transcript or (x.date is not None and x.date < today)
            if not held:
                continue
            r = recaps.get(x.id)
            stored = r.deadline if r is not None and r.deadline else _deadline(ws, x)
            deadline = aware(stored).astimezone(zone)
            status = r.status if r is not None else "not drafted"
            done_at = first_out.get(x.id)
            overdue = lateness(deadline, now, done_at) is not None
            out.append(RecapDeadline(x.id, x.title or x.id, x.date, r.id if r else None,
                                     status, deadline, overdue,
                                     (deadline - now).total_seconds() / 3600, done_at))
    return sorted(out, key=lambda r: r.deadline)


def kind_name(kind: str) -> str:
    return _KIND_NAMES.get(kind, kind)
