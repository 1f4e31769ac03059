"""Themes screen (stewards): list, detail, map, trends, decisions, novel queue."""

from __future__ import annotations

from typing import Any

import numpy as np
import plotly.graph_objects as go

from assistant.auth import Actor
from assistant.errors import AssistantError
from assistant.ui.charts import NOVEL, MapPoint, project_2d, theme_map, trend_chart
from assistant.ui.render import choice_label, esc, table
from assistant.ui.views import ThemeListView
from assistant.workspace import Workspace


def theme_list(ws: Workspace, actor: Actor) -> ThemeListView:
    from assistant.cluster import list_themes, novel_queue

    themes = list_themes(ws)
    rows = [(t.label, t.size, ", ".join(t.keywords[:6]), "yes" if t.pinned else "", t.id)
            for t in themes]
    md = table(("theme", "cases", "keywords", "pinned", "id"), rows) if rows else (
        "_No themes yet: a theme needs a few similar cases. Cases that fit no theme wait in "
        "the novel-case queue below; recompute once more cases are in._")
    novel = novel_queue(ws)
    novel_md = table(("case", "title", "nearest theme", "similarity"),
                     [(n.case_id, n.title, n.nearest_label, n.similarity) for n in novel])
    return ThemeListView(table=md,
                         choices=tuple((choice_label(t.id, t.label), t.id) for t in themes),
                         novel=novel_md,
                         case_choices=tuple((choice_label(n.case_id, n.title), n.case_id)
                                            for n in novel))


def theme_detail(ws: Workspace, actor: Actor,
                 theme_id: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """Markdown of one theme (keywords, representatives, session passages) and its cases."""
    from assistant.cluster import get_theme

    t = get_theme(ws, theme_id)
    reps = "\n".join(f"- **{esc(r.title)}** ({esc(r.case_id)}) — {esc(r.snippet)}"
                     for r in t.representatives) or "_None._"
    passages = "\n".join(f"- {esc(p.reference)}: {esc(p.snippet)}"
                         for p in getattr(t, "passages", ())) or "_None yet._"
    text = (f"### {esc(t.label)}\n{t.size} cases · keywords: {esc(', '.join(t.keywords))}"
            f"\n\n**Representative cases**\n{reps}\n\n**Session passages**\n{passages}")
    members = tuple((choice_label(m.case_id, m.title), m.case_id) for m in t.members)
    return text, members


def case_text(ws: Workspace, actor: Actor, case_id: str) -> str:
    """A member case in full (problem, context, what was tried, outcome, who)."""
    from assistant.review.workflow import cited_source

    return esc(cited_source(ws, f"case:{case_id}")).replace("\n", "  \n")


def theme_map_figure(ws: Workspace, actor: Actor) -> go.Figure:
    """Cases in 2-D coloured by theme: the engine's layout if it has one, else PCA."""
    from assistant.cluster import case_layout

    layout = case_layout(ws)
    points = [MapPoint(p.case_id, p.title, p.theme_label or NOVEL, p.x, p.y) for p in layout]
    if points and all(p.x is None for p in points):
        vecs = np.asarray([p.vector for p in layout])
        xy = project_2d(vecs)
        points = [MapPoint(p.case_id, p.title, p.theme, float(x), float(y))
                  for p, (x, y) in zip(points, xy, strict=True)]
    return theme_map(points)


def trend_figures(ws: Workspace, actor: Actor) -> tuple[go.Figure, go.Figure]:
    from assistant.cluster import theme_trends

    tr = theme_trends(ws)
    return (trend_chart(tr.weeks, tr.weekly, "New cases per week, by theme"),
            trend_chart(tr.sprints, tr.per_sprint, "New cases per sprint, by theme"))


def _need(theme_id: str | None) -> str:
    if not theme_id:
        raise AssistantError("Choose a theme first (the Theme list).")
    return theme_id


def check_recompute(ws: Workspace, actor: Actor) -> None:
    """Refuse a recompute this role may not start before it goes to the background."""
    from assistant.auth import require

    require(actor, "change_themes")


def recompute(ws: Workspace, actor: Actor) -> str:
    from assistant.cluster import recompute_themes

    report = recompute_themes(ws, actor=actor)
    return f"Themes recomputed: {esc(report)}"


def rename(ws: Workspace, actor: Actor, theme_id: str | None, *, label: str = "",
           **_: Any) -> str:
    from assistant.cluster import rename_theme

    if not label.strip():
        raise AssistantError("Type the new name in 'New name' first.")
    rename_theme(ws, _need(theme_id), label.strip(), actor=actor)
    return f"Renamed to **{esc(label.strip())}**."


def pin(ws: Workspace, actor: Actor, theme_id: str | None, **_: Any) -> str:
    from assistant.cluster import pin_theme

    pinned = pin_theme(ws, _need(theme_id), actor=actor)
    return "Pinned." if pinned else "Unpinned."


def dismiss(ws: Workspace, actor: Actor, theme_id: str | None, **_: Any) -> str:
    from assistant.cluster import dismiss_theme

    dismiss_theme(ws, _need(theme_id), actor=actor)
    return "Dismissed; its cases return to the novel queue."


def merge(ws: Workspace, actor: Actor, theme_id: str | None, *, other_id: str | None = None,
          **_: Any) -> str:
    from assistant.cluster import merge_themes

    if not other_id:
        raise AssistantError("Choose the theme to merge into ('Merge into this theme').")
    merge_themes(ws, _need(theme_id), other_id, actor=actor)
    return f"Merged into {esc(other_id)}."


def split(ws: Workspace, actor: Actor, theme_id: str | None, **_: Any) -> str:
    from assistant.cluster import split_theme

    parts = split_theme(ws, _need(theme_id), actor=actor)
    return f"Split into {esc(', '.join(str(p) for p in parts))}."


def move(ws: Workspace, actor: Actor, theme_id: str | None, *, case_id: str | None = None,
         target_id: str | None = None, **_: Any) -> str:
    from assistant.cluster import move_case

    if not case_id or not target_id:
        raise AssistantError("Choose a case and the theme to move it to.")
    move_case(ws, case_id, target_id, actor=actor)
    return f"Moved case {esc(case_id)} to {esc(target_id)}."
