"""Steward decisions on themes: rename, pin, dismiss (and restore), merge, split, move a
case.

Each is stored as a :class:`ThemeDecision` (replayed after every recompute), applied to the
current themes at once, audited, and needs the ``change_themes`` permission.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from assistant.auth import LOCAL, Actor, require
from assistant.cluster.engine import normalize
from assistant.cluster.incremental import CaseLoader, copy_state, save_changes, touched_cases
from assistant.cluster.queries import same_name
from assistant.cluster.state import (
    ACTIVE,
    BROAD,
    DISMISSED,
    SUB,
    apply_decision,
    lend_name,
    load_state,
    new_theme_id,
    save_state,
)
from assistant.errors import AssistantError, Conflict, NotFound
from assistant.store import audit
from assistant.store.db import transaction
from assistant.store.models import Theme, ThemeDecision
from assistant.workspace import Workspace


def _decide(ws: Workspace, actor: Actor, kind: str, payload: dict[str, Any],
            object_id: str, detail: str, before: dict[str, Any] | None = None,
            object_type: str = "theme") -> None:
    with transaction(ws.engine) as s:
        decide_in(s, ws, actor, kind, payload, object_id, detail, before, object_type)


def decide_in(s: OrmSession, ws: Workspace, actor: Actor, kind: str, payload: dict[str, Any],
              object_id: str, detail: str, before: dict[str, Any] | None = None,
              object_type: str = "theme") -> None:
    """Apply and record a steward decision inside the caller's transaction."""
    from assistant.cluster.service import embed_fn, load_cases

    state = load_state(s)
    if kind in ("rename", "pin"):
        # Touches one theme row: no vectors, no other theme rewritten.
        if not apply_decision(state, kind, payload, {}):
            raise Conflict(f"The {kind} no longer applies: the theme changed. "
                           "Reload the theme list and try again.")
        row = state.live(state.resolve(payload["theme_id"]))
        db = s.get(Theme, row.id) if row is not None else None
        if db is not None and row is not None:
            db.label, db.label_source, db.pinned = row.label, row.label_source, row.pinned
    else:
        # Only the cases of the themes this decision names are read; only the themes it
        # changes are re-described and stored (see :mod:`.incremental`).
        load = CaseLoader(lambda ids: load_cases(ws, s, ids))
        old, state = state, copy_state(state)
        _, vectors = load(touched_cases(old, payload))
        if not apply_decision(state, kind, payload, vectors):
            raise Conflict(f"The {kind} no longer applies: the theme or case changed. "
                           "Reload the theme list and try again.")
        if not save_changes(s, old, state, load, embed=embed_fn(ws)):
            cases, vectors = load_cases(ws, s)
            save_state(s, state, cases, vectors, embed=embed_fn(ws))
    s.add(ThemeDecision(kind=kind, payload=payload, actor=actor.name))
    audit.record(s, actor=actor.name, action=f"theme_{kind}", object_type=object_type,
                 object_id=object_id, before=before, after=payload, detail=detail)


def _theme(ws: Workspace, theme_id: str, *, live: bool = True) -> Theme:
    with transaction(ws.engine) as s:
        t = s.get(Theme, theme_id)
    return _live_theme(t, theme_id, live=live)


def _live_theme(t: Theme | None, theme_id: str, *, live: bool = True) -> Theme:
    if t is None:
        raise NotFound(f"No theme {theme_id!r}. `assistant themes` lists the themes.")
    if live and t.status not in (ACTIVE, "dismissed"):
        raise Conflict(f"Theme {theme_id} is {t.status}"
                       + (f" into {t.merged_into}" if t.merged_into else "")
                       + "; choose a current theme.")
    return t


def rename_theme(ws: Workspace, theme_id: str, label: str, *, actor: Actor = LOCAL) -> str:
    """Give a theme a steward's name; kept across recomputes. Returns the new label."""
    with transaction(ws.engine) as s:
        return rename_theme_in(s, ws, theme_id, label, actor=actor)


def rename_theme_in(s: OrmSession, ws: Workspace, theme_id: str, label: str, *,
                    actor: Actor) -> str:
    """:func:`rename_theme` inside the caller's transaction (approving a theme label
    renames the theme in the same transaction as the approval).

    A broad theme that holds a single sub-theme of the same name is one theme on every
    screen (the same cases twice over), so that sub-theme takes the new name too, as its
    own decision: the sub-theme level (trends, the Network tables, the quarterly review)
    would otherwise keep showing the old name. A sub-theme whose name is the steward's own
    while its broad theme only shows it keeps it. The other way round, a sub-theme alone
    under a broad theme without a steward's name of its own lends that broad theme the new
    name (no decision of its own: recomputes re-derive it, see
    :func:`assistant.cluster.state.share_lone_names`)."""
    require(actor, "change_themes")
    label = " ".join(label.split())
    if not label:
        raise AssistantError("A theme name cannot be empty.")
    if len(label) > 300:
        raise AssistantError("A theme name is at most 300 characters.")
    t = _live_theme(s.get(Theme, theme_id), theme_id)
    old = t.label
    twin = _lone_twin(s, t)
    if twin is not None and twin.label_source == "steward" and t.label_source != "steward":
        twin = None  # the broad theme showed the sub-theme's own name: that one stays
    lender = _lone_parent(s, t)
    decide_in(s, ws, actor, "rename", {"theme_id": theme_id, "label": label}, theme_id,
              f"renamed {old!r} to {label!r}", before={"label": old})
    if lender is not None:
        lend_name((lender,), label, set(s.scalars(select(func.lower(Theme.label)).where(
            Theme.level == BROAD, Theme.status.in_((ACTIVE, DISMISSED)),
            Theme.id != lender.id, Theme.label.is_not(None)))))
    if twin is not None:
        decide_in(s, ws, actor, "rename", {"theme_id": twin.id, "label": label}, twin.id,
                  f"renamed {twin.label!r} to {label!r} with its broad theme {theme_id}",
                  before={"label": twin.label})
    return label


def _lone_parent(s: OrmSession, t: Theme) -> Theme | None:
    """The broad theme above sub-theme ``t`` when ``t`` is the only sub-theme it shows and
    its name is not a steward's, else None."""
    if (t.level or SUB) != SUB or t.parent_id is None:
        return None
    parent = s.get(Theme, t.parent_id)
    if parent is None or parent.label_source == "steward" or \
            parent.status not in (ACTIVE, DISMISSED):
        return None
    status = ACTIVE if parent.status == ACTIVE and t.status == ACTIVE else None
    q = select(Theme.id).where(Theme.parent_id == parent.id, Theme.level == SUB)
    q = q.where(Theme.status == status) if status else \
        q.where(Theme.status.in_((ACTIVE, DISMISSED)))
    ids = list(s.scalars(q.limit(2)))
    return parent if ids == [t.id] else None


def _lone_twin(s: OrmSession, t: Theme) -> Theme | None:
    """The only current sub-theme of broad theme ``t`` when it has ``t``'s name, else None."""
    if (t.level or SUB) != BROAD:
        return None
    subs = list(s.scalars(select(Theme).where(Theme.parent_id == t.id,
                                              Theme.status == ACTIVE).limit(2)))
    if len(subs) == 1 and same_name(subs[0].label, t.label):
        return subs[0]
    return None


def pin_theme(ws: Workspace, theme_id: str, *, pinned: bool | None = None,
              actor: Actor = LOCAL) -> bool:
    """Pin (or unpin; default: toggle) a theme: a pinned theme is never dropped by a
    recompute. Returns whether it is now pinned."""
    require(actor, "change_themes")
    t = _theme(ws, theme_id)
    value = (not t.pinned) if pinned is None else bool(pinned)
    _decide(ws, actor, "pin", {"theme_id": theme_id, "pinned": value}, theme_id,
            "pinned" if value else "unpinned", before={"pinned": t.pinned})
    return value


def dismiss_theme(ws: Workspace, theme_id: str, *, actor: Actor = LOCAL) -> None:
    """Dismiss a theme: it leaves the list and its cases return to the novel queue."""
    require(actor, "change_themes")
    t = _theme(ws, theme_id)
    if t.status == "dismissed":
        raise Conflict(f"Theme {theme_id} is already dismissed.")
    _decide(ws, actor, "dismiss", {"theme_id": theme_id}, theme_id, f"dismissed {t.label!r}",
            before={"status": t.status})


def restore_theme(ws: Workspace, theme_id: str, *, actor: Actor = LOCAL) -> None:
    """Undo a dismissal: the theme is back in the list and its cases leave the novel queue
    (a broad theme with its sub-themes; a sub-theme with its broad theme). Kept across
    recomputes like the dismissal it undoes."""
    require(actor, "change_themes")
    t = _theme(ws, theme_id)
    if t.status != DISMISSED:
        raise Conflict(f"Theme {theme_id} is not dismissed; only a dismissed theme can be "
                       "restored.")
    _decide(ws, actor, "restore", {"theme_id": theme_id}, theme_id, f"restored {t.label!r}",
            before={"status": t.status})


def merge_themes(ws: Workspace, source_id: str, target_id: str, *,
                 actor: Actor = LOCAL) -> str:
    """Merge ``source_id`` into ``target_id`` (its cases move; it keeps pointing there).
    Returns the id of the theme that now holds both."""
    require(actor, "change_themes")
    if source_id == target_id:
        raise AssistantError("Choose two different themes to merge.")
    src, dst = _theme(ws, source_id), _theme(ws, target_id)
    if (src.level or SUB) != (dst.level or SUB):
        raise AssistantError("Merge a broad theme into a broad theme, or a sub-theme into a "
                             "sub-theme; to put a sub-theme under another broad theme, "
                             "move it.")
    with transaction(ws.engine) as s:
        cases = load_state(s).members(source_id)
    _decide(ws, actor, "merge", {"source_id": source_id, "target_id": target_id,
                                 "cases": cases}, source_id,
            f"merged {src.label!r} into {dst.label!r}")
    return target_id


def split_theme(ws: Workspace, theme_id: str, *, actor: Actor = LOCAL) -> tuple[str, str]:
    """Split a theme in two (2-means on its cases' embeddings). The larger part keeps the
    id and name; returns (kept id, new id)."""
    from assistant.cluster.service import load_cases

    require(actor, "change_themes")
    t = _theme(ws, theme_id)
    with transaction(ws.engine) as s:
        state = load_state(s)
        members = state.members(theme_id)
        cases, vectors = load_cases(ws, s, members)  # only this theme's cases
        members = [c for c in members if c in vectors]
        taken = set(s.scalars(select(Theme.id)))
    if t.level == BROAD:
        subs = state.children(theme_id)
        if len(subs) < 2:
            raise Conflict(f"{t.label!r} holds {len(subs)} sub-theme; a broad theme splits "
                           "along its sub-themes, so it needs at least 2.")
        cents = np.stack([normalize(np.stack([vectors[c] for c in state.members(sub)])
                                    .mean(axis=0)[None])[0] for sub in subs])
        side = _two_means(cents)
        part_subs = [sub for sub, p in zip(subs, side, strict=True) if p]
        rest_subs = [sub for sub, p in zip(subs, side, strict=True) if not p]
        a = sorted(c for sub in part_subs for c in state.members(sub))
        b = sorted(c for sub in rest_subs for c in state.members(sub))
        if len(a) > len(b) or (len(a) == len(b) and min(a) < min(b)):
            a, b = b, a
        new_id = new_theme_id(["broad", *(cases[c].key for c in a)], taken)
        _decide(ws, actor, "split", {"theme_id": theme_id, "new_id": new_id, "part": a,
                                     "rest": b}, theme_id,
                f"split {t.label!r}: {len(a)} cases to {new_id}")
        return theme_id, new_id
    if len(members) < 4:
        raise Conflict(f"Theme {theme_id} has {len(members)} cases; a split needs at least 4.")
    x = np.stack([vectors[c] for c in members])
    part = _two_means(x)
    a = [c for c, p in zip(members, part, strict=True) if p]
    b = [c for c, p in zip(members, part, strict=True) if not p]
    if len(a) > len(b) or (len(a) == len(b) and min(a) < min(b)):
        a, b = b, a  # ``a`` is the smaller part: it leaves
    new_id = new_theme_id([cases[c].key for c in a], taken)
    _decide(ws, actor, "split", {"theme_id": theme_id, "new_id": new_id, "part": a, "rest": b},
            theme_id, f"split {t.label!r}: {len(a)} cases to {new_id}")
    return theme_id, new_id


def _two_means(x: np.ndarray) -> list[bool]:
    """Deterministic 2-means on cosine. Seeds, farthest-first: the case least like the
    mean, then the case least like that one (two passes over the cases, no n x n table)."""
    i = int(np.argmin(np.round(x @ x.mean(axis=0), 9)))
    j = int(np.argmin(np.round(x @ x[i], 9)))
    c = np.stack([x[i], x[j]])
    part = None
    for _ in range(20):
        new = (x @ c[0]) >= (x @ c[1])
        if part is not None and np.array_equal(new, part):
            break
        part = new
        if part.all() or not part.any():
            break
        c = np.stack([x[part].mean(axis=0), x[~part].mean(axis=0)])
        c /= np.linalg.norm(c, axis=1, keepdims=True)
    assert part is not None
    return [bool(v) for v in part]


def move_subtheme(ws: Workspace, theme_id: str, broad_id: str, *,
                  actor: Actor = LOCAL) -> None:
    """Put a sub-theme under another broad theme; kept across recomputes."""
    require(actor, "change_themes")
    sub, dst = _theme(ws, theme_id), _theme(ws, broad_id)
    if (sub.level or SUB) != SUB or dst.level != BROAD:
        raise AssistantError("Choose a sub-theme and the broad theme to move it under.")
    _decide(ws, actor, "move", {"theme_id": theme_id, "target_id": broad_id}, theme_id,
            f"moved {sub.label!r} under {dst.label!r}", before={"parent": sub.parent_id})


def move_case(ws: Workspace, case_id: str, target_id: str, *, actor: Actor = LOCAL) -> None:
    """Move a case into another theme (also out of the novel queue); kept across recomputes."""
    require(actor, "change_themes")
    dst = _theme(ws, target_id)
    if dst.status != ACTIVE:
        raise Conflict(f"Theme {target_id} is {dst.status}; move cases into an active theme.")
    if dst.level == BROAD:
        raise AssistantError("Move a case into a sub-theme, not a broad theme.")
    with transaction(ws.engine) as s:
        state = load_state(s)
    if case_id not in state.assign:
        raise NotFound(f"No case {case_id!r} among the clustered cases; run "
                       "`assistant themes recompute` after ingesting it.")
    _decide(ws, actor, "move", {"case_id": case_id, "target_id": target_id}, case_id,
            f"moved case {case_id} to {dst.label!r}",
            before={"theme_id": state.assign[case_id]}, object_type="case")
