"""Drafting as stored drafts: one entry point per kind, re-exported from the modules that
build them (``recap``, ``preread``, ``pattern``, ``labels``; shared code in ``drafts``,
the two drafters in ``drafter``), and :func:`regenerate`."""

from __future__ import annotations

from sqlalchemy.orm import Session as OrmSession

from assistant.auth import LOCAL, Actor, require
from assistant.errors import Conflict, NotFound
from assistant.store.db import transaction
from assistant.store.models import Draft
from assistant.store.states import EDITABLE
from assistant.summarize.drafts import (
    EXTRACTIVE_NOTE,
    Built,
    DraftRecord,
    add_version,
    deadline_of,
    flags_of,
    ground,
    inert_data,
    record_of,
    render_prompt,
)
from assistant.summarize.labels import build_theme_label, draft_theme_label, label_themes
from assistant.summarize.pattern import build_pattern, draft_pattern, pattern_name
from assistant.summarize.preread import RUN_SHEETS, build_preread, draft_preread
from assistant.summarize.recap import build_recap, draft_recap
from assistant.workspace import Workspace

_deadline = deadline_of  # the name review.workflow and older callers import

__all__ = ["EXTRACTIVE_NOTE", "RUN_SHEETS", "DraftRecord", "deadline_of", "draft_pattern",
           "draft_preread", "inert_data", "draft_recap", "draft_theme_label", "flags_of", "ground",
           "label_themes", "pattern_name", "regenerate", "render_prompt"]


def regenerate(ws: Workspace, draft_id: str, *, actor: Actor = LOCAL) -> DraftRecord:
    """Build the draft again from its sources as a new machine version (nothing is lost)."""
    require(actor, "draft")
    with OrmSession(ws.engine) as s:
        d = s.get(Draft, draft_id)
        if d is None:
            raise NotFound(f"No draft {draft_id!r}.")
        if d.status not in EDITABLE:
            raise Conflict(f"{_named(s, d)} is {d.status.replace('_', ' ')}; an approved "
                           "draft is not regenerated. Draft a new one instead.")
        kind, st, sid = d.kind, d.subject_type, d.subject_id
        recap_src = None
        if kind == "pattern":
            recap_src = d.versions[0].content.get("subject", {})
    b: Built
    if kind == "recap":
        b, _ = build_recap(ws, sid)
    elif kind == "preread":
        b, _ = build_preread(ws, sid)
    elif kind == "theme_label":
        b = build_theme_label(ws, sid)
    else:
        typ = (recap_src or {}).get("type", st)
        b = build_pattern(ws, recap_id=sid if typ == "draft" else None,
                          theme_id=sid if typ == "theme" else None)
    with transaction(ws.engine) as s:
        d = s.get(Draft, draft_id)
        if d is None:
            raise NotFound(f"Draft {draft_id} was deleted while it was being regenerated.")
        if d.status not in EDITABLE:  # approved (or sent for review) meanwhile
            raise Conflict(f"{_named(s, d)} became {d.status.replace('_', ' ')} while it "
                           "was being regenerated; nothing was saved. Draft a new one instead.")
        return record_of(d, add_version(ws, s, d, b, actor))


def _named(s: OrmSession, d: Draft) -> str:
    """The draft as messages name it (its subject, not its id)."""
    from assistant.review.workflow import name_of

    return name_of(s, d)
