"""Action items after the recap is drafted: listed under it, open on Today until someone
marks them done (audited)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from assistant.auth import LOCAL, Actor, require
from assistant.clock import aware
from assistant.errors import Conflict, DraftError, NotFound
from assistant.store.audit import record
from assistant.store.db import transaction
from assistant.store.models import ActionItem, AuditEvent, Draft, Session, store_now
from assistant.summarize.actions import due_of
from assistant.summarize.drafts import same_actions
from assistant.summarize.duedates import due_by, due_shown, impossible_date
from assistant.workspace import Workspace


@dataclass(frozen=True)
class ActionView:
    id: str
    draft_id: str
    session_id: str
    session_title: str
    owner: str
    action: str
    due: str
    citations: tuple[dict[str, Any], ...]
    done: bool
    done_by: str
    done_at: dt.datetime | None
    said_on: dt.date | None = None  # the session's date: what "tomorrow" counts from
    #: Still open after the last day its due date allows (:func:`due_by`), as of the day
    #: the view was read.
    overdue: bool = False
    #: That last day, for an item still open (None: done, or its due date names no day).
    due_day: dt.date | None = None

    @property
    def due_shown(self) -> str:
        """The due date as said, with what it reads as: "tomorrow (2026-10-09)", "next
        Friday (2026-10-09 or 2026-10-16)" (:func:`assistant.summarize.duedates.due_shown`)."""
        return due_shown(self.due, self.said_on)

    @property
    def line(self) -> str:
        """"Owner: action, due" as a reader sees it."""
        return f"{self.owner or 'Someone'}: {self.action}" + (f", {self.due_shown}"
                                                              if self.due else "")


def _view(a: ActionItem, title: str, said_on: dt.date | None = None,
          today: dt.date | None = None) -> ActionView:
    by = due_by(a.due, said_on) if a.due and not a.done and today else None
    return ActionView(a.id, a.draft_id, a.session_id, title, a.owner, a.action, a.due,
                      tuple(a.citations or ()), a.done, a.done_by, a.done_at, said_on,
                      overdue=by is not None and today is not None and by < today, due_day=by)


def _action(s: OrmSession, action_id: str, *, lock: bool = False) -> ActionItem:
    a = s.get(ActionItem, action_id, with_for_update=lock)
    if a is None:
        raise NotFound(f"No action item {action_id!r}; the recap's page lists them.")
    return a


def _stored_view(s: OrmSession, a: ActionItem, today: dt.date | None = None) -> ActionView:
    """The view of an action just written in ``s``, with its session's title."""
    title, said_on = s.execute(select(Session.title, Session.date)
                               .where(Session.id == a.session_id)).one_or_none() or ("", None)
    return _view(a, title or "", said_on, today)


def recap_actions(ws: Workspace, draft_id: str) -> list[ActionView]:
    """The action items of one recap draft, in the order they were said."""
    with OrmSession(ws.engine) as s:
        rows = list(s.scalars(select(ActionItem).where(ActionItem.draft_id == draft_id)
                              .order_by(ActionItem.number)))
        title, said_on = "", None
        if rows:
            title, said_on = s.execute(select(Session.title, Session.date).where(
                Session.id == rows[0].session_id)).one_or_none() or ("", None)
            title = title or rows[0].session_id
        return [_view(a, title, said_on, ws.today()) for a in rows]


def get_action(ws: Workspace, action_id: str) -> ActionView:
    """One action item by its id (:class:`NotFound` names where the ids are listed)."""
    with OrmSession(ws.engine) as s:
        return _stored_view(s, _action(s, action_id), ws.today())


def open_actions(ws: Workspace) -> list[ActionView]:
    """Actions not yet done, from the latest recap of each session: overdue ones first, then
    by the last day their due date allows (:func:`due_by`), then those with no such day;
    ties (and undated ones) oldest session first, each session's in the order said.
    An archived recap or session leaves Today with its actions until it is restored (the
    session's latest recap not archived stands in for an archived one)."""
    with OrmSession(ws.engine) as s:
        latest: dict[str, str] = {}
        archived = select(Session.id).where(Session.archived_at.is_not(None))
        for d in s.scalars(select(Draft).where(Draft.kind == "recap",
                                               Draft.archived_at.is_(None),
                                               Draft.subject_id.not_in(archived))
                           .order_by(Draft.created_at, Draft.id)):
            latest[d.subject_id] = d.id
        if not latest:
            return []
        rows = list(s.scalars(select(ActionItem)
                              .where(ActionItem.draft_id.in_(latest.values()),
                                     ActionItem.done.is_(False))))
        meta = {sid: (t, d, st) for sid, t, d, st in s.execute(
            select(Session.id, Session.title, Session.date, Session.start_time))}

        def said(a: ActionItem) -> tuple[str, str, str, int]:
            # the session's date and time (undated ones last), then the order said
            _, d, st = meta.get(a.session_id, ("", None, ""))
            return (d.isoformat() if d else "9999", st or "", a.session_id, a.number or 0)

        today = ws.today()
        views = [(_view(a, meta.get(a.session_id, ("",))[0] or a.session_id,
                        meta.get(a.session_id, ("", None))[1], today), said(a)) for a in rows]

        def urgency(v: tuple[ActionView, tuple[str, str, str, int]]
                    ) -> tuple[bool, dt.date, tuple[str, str, str, int]]:
            return (not v[0].overdue, v[0].due_day or dt.date.max, v[1])

    return [v for v, _ in sorted(views, key=urgency)]


def mark_action(ws: Workspace, action_id: str, *, done: bool = True,
                actor: Actor = LOCAL) -> ActionView:
    """Mark an action done (or open again); audited with who and when. The same action in
    the session's other recaps is marked too (see :func:`same_actions`), so Today, the
    recap in Review and the published recap agree."""
    require(actor, "edit_draft",
            doing="mark an action item done" if done else "open an action item again")
    with transaction(ws.engine) as s:
        a = _action(s, action_id)
        now = store_now(ws.engine) if done else None
        for row in [a, *(r for r in same_actions(s, a) if r.done != done)]:
            before = {"done": row.done}
            row.done, row.done_at, row.done_by = done, now, actor.name if done else ""
            record(s, actor=actor.name, action="action_done" if done else "action_reopened",
                   object_type="action_item", object_id=row.id, before=before,
                   after={"done": done} | ({"from": a.id} if row is not a else {}),
                   detail=f"{row.owner}: {row.action}")
        s.flush()
        return _stored_view(s, a, ws.today())


def edit_action(ws: Workspace, action_id: str, *, owner: str, action: str, due: str = "",
                actor: Actor = LOCAL, seen: tuple[str, str, str] | None = None
                ) -> ActionView:
    """Correct who, what or by when of an action item; audited with before and after.
    Its citations stay (they point at where it was said). The same action in the session's
    other recaps gets the same correction (see :func:`same_actions`).

    ``seen`` is the owner, action and due the editor showed (as :func:`recap_actions` gave
    them): when someone saved other values meanwhile, nothing is saved and
    :class:`Conflict` says who saved what, and when. None skips the check."""
    require(actor, "edit_draft", doing="edit an action item")
    owner, action, due = (" ".join(x.split()) for x in (owner, action, due))
    if not action:
        raise DraftError("An action item needs its action; say what is to be done (or mark "
                         "it done instead of emptying it).")
    if not owner:
        raise DraftError("An action item needs who does it; fill in Who with a person's "
                         "name.")
    if due and (wrong := impossible_date(due)):
        raise DraftError(f"“{wrong}” is not a day on the calendar. Write a date that exists "
                         "(2025-04-01) or a phrase such as “by Friday”, or leave By when "
                         "empty.")
    if due and not due_of(due):
        # Deadlines are stored as said ("by Friday", "next week", "2025-04-01"); text that
        # reads as none would show on Today as if it were one.
        raise DraftError(f"“{due}” does not read as a deadline. Write a date (2025-04-01) "
                         "or a phrase such as “by Friday”, “next week” or “end of the "
                         "month”, or leave By when empty.")
    with transaction(ws.engine) as s:
        a = _action(s, action_id, lock=True)
        if seen is not None and tuple(seen) != (a.owner, a.action, a.due):
            raise Conflict(_changed_since(ws, s, a))
        after = {"owner": owner, "action": action, "due": due}
        rows = [a, *same_actions(s, a)]  # matched as drafted: before the edit
        _no_new_contacts_after_approval(s, rows, a, after)
        for row in rows:
            before = {"owner": row.owner, "action": row.action, "due": row.due}
            if before != after:
                row.owner, row.action, row.due = owner, action, due
                record(s, actor=actor.name, action="action_edited",
                       object_type="action_item", object_id=row.id, before=before,
                       after=after | ({"from": a.id} if row is not a else {}),
                       detail=f"{owner or 'Someone'}: {action}")
        s.flush()
        return _stored_view(s, a, ws.today())


def _changed_since(ws: Workspace, s: OrmSession, a: ActionItem) -> str:
    """Why a correction of ``a`` made on values read before someone else's is refused."""
    last = s.scalars(select(AuditEvent).where(AuditEvent.object_type == "action_item",
                                              AuditEvent.object_id == a.id,
                                              AuditEvent.action == "action_edited")
                     .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())).first()
    now = f"{a.owner or 'Someone'}: {a.action}" + (f", {a.due}" if a.due else "")
    who = (f"{last.actor} saved “{now}” at "
           f"{aware(last.at).astimezone(ws.settings.zone):%Y-%m-%d %H:%M %Z}"
           if last else f"it now reads “{now}” (the recap was drafted again)")
    return (f"This action item changed after you opened it: {who}. Nothing was saved, and "
            "your text is kept. Reload the action item, then correct it again.")


def _no_new_contacts_after_approval(s: OrmSession, rows: list[ActionItem], a: ActionItem,
                                    after: dict[str, str]) -> None:
    """Refuse a correction that adds an email address or a phone number to an action item
    of an approved (or published) recap: the approval check has already run, and publish
    prints action items as stored. Found as the approval gate finds them
    (:func:`assistant.review.gate.contact_details`)."""
    from assistant.review.gate import contact_details

    passed = s.scalars(select(Draft.id).where(Draft.id.in_({r.draft_id for r in rows}),
                                              Draft.status.in_(("approved", "published"))))
    if not list(passed):
        return

    def contacts(text: str) -> set[str]:
        return {found for _, found in contact_details(text)}

    new = contacts(" ".join(after.values())) - contacts(" ".join((a.owner, a.action, a.due)))
    if new:
        raise DraftError("This recap is already approved, so its action items go out as "
                         f"they are, and this correction adds contact details "
                         f"({', '.join(sorted(new))}). Leave them out of the action item "
                         "(name who to contact instead); nothing was saved.")
