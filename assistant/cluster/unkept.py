"""Saying which steward decision a recompute could not keep, and why, in the steward's words.

A recompute replays every stored decision on the fresh themes; one whose theme or case is
no longer there cannot be applied. The steward hears it: :func:`why_not_kept` writes one
sentence per decision, which the recompute's report carries and the Themes screen and
``assistant themes`` show until the next recompute.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from assistant.cluster.state import BROAD, GONE, MERGED, State


def _name(old: State, theme_id: str | None) -> str:
    row = old.themes.get(theme_id or "")
    if row is None:
        return f"theme {theme_id}"
    what = "broad theme" if row.level == BROAD else "theme"
    return f"{what} '{row.label}' ({row.id})" if row.label else f"{what} {row.id}"


def _fate(old: State, state: State, theme_id: str | None, subject: bool) -> str | None:
    """Why a theme can no longer take a decision, or None when it still can. ``subject``:
    the theme the sentence is about (called "it")."""
    name = "it" if subject else _name(old, theme_id)
    row = state.themes.get(theme_id or "")
    if row is None:
        return f"{name} no longer exists"
    if row.status == MERGED:
        holder = state.resolve(row.id)
        if holder is not None and state.live(holder) is not None:
            return None  # a decision on a merged theme follows it to its holder
        return f"{name} was merged into a theme that is gone"
    if row.status == GONE:
        if row.level == BROAD:
            return (f"the recompute grouped the sub-themes of {name} under other broad "
                    "themes").replace("of it ", "of that broad theme ")
        return f"the cases of {name} no longer form a theme".replace(
            "the cases of it ", "its cases ")
    return None


def why_not_kept(old: State, state: State, kind: str, payload: Mapping[str, Any]) -> str:
    """One sentence: which decision (``kind``, ``payload``) was not kept, and why. ``old``
    holds the themes as the steward saw them; ``state`` the recomputed ones."""
    if kind == "rename":
        row = old.themes.get(payload["theme_id"])
        level = "broad theme" if row is not None and row.level == BROAD else "theme"
        what = f"The steward's name '{payload['label']}' for {level} {payload['theme_id']}"
        ids: tuple[str | None, ...] = (payload["theme_id"],)
    elif kind == "pin":
        what = f"The pin on {_name(old, payload['theme_id'])}"
        ids = (payload["theme_id"],)
    elif kind == "dismiss":
        what = f"The dismissal of {_name(old, payload['theme_id'])}"
        ids = (payload["theme_id"],)
    elif kind == "restore":
        what = f"The restoring of {_name(old, payload['theme_id'])}"
        ids = (payload["theme_id"],)
    elif kind == "merge":
        what = (f"The merge of {_name(old, payload['source_id'])} into "
                f"{_name(old, payload['target_id'])}")
        ids = (payload["target_id"], payload["source_id"])
    elif kind == "split":
        what = f"The split of {_name(old, payload['theme_id'])}"
        ids = (payload["theme_id"],)
    elif kind == "move" and "case_id" not in payload:
        what = (f"The move of {_name(old, payload['theme_id'])} under "
                f"{_name(old, payload['target_id'])}")
        ids = (payload["theme_id"], payload["target_id"])
    else:
        what = (f"The move of case {payload.get('case_id')} to "
                f"{_name(old, payload.get('target_id'))}")
        if payload.get("case_id") not in state.assign:
            return f"{what} was not kept: the case is archived or no longer clustered."
        ids = (payload.get("target_id"),)
    for i, tid in enumerate(ids):
        reason = _fate(old, state, tid,
                       subject=i == 0 and kind in ("rename", "pin", "dismiss", "restore",
                                                   "split"))
        if reason is not None:
            return f"{what} was not kept: {reason}."
    if kind == "split":
        return (f"{what} was not kept: too few of its cases (or sub-themes) are left to "
                "split it in two.")
    return f"{what} was not kept: it no longer fits the recomputed themes."
