"""Themes screen (stewards): list, detail, map, trends, decisions, novel queue."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import plotly.graph_objects as go

from assistant.auth import Actor
from assistant.cluster.queries import same_name
from assistant.errors import AssistantError
from assistant.plural import counted
from assistant.ui.charts import NOVEL, MapPoint, project_2d, theme_map, trend_chart
from assistant.ui.render import Markdown, choice_label, esc, table
from assistant.ui.views import ThemeListView
from assistant.ui.words import status_word
from assistant.workspace import Workspace

DEFAULT_TRENDS = 5  # broad themes the trend charts show until the user picks
#: Cases drawn on the map: a fixed sample in proportion to the themes beyond this (a map
#: of 20,000 dots is no more readable than one of 3,000, and far slower to load and draw).
MAP_POINTS = 3000
NOVEL_SHOWN = 100  # novel cases listed (least similar first); the rest are counted


def theme_list(ws: Workspace, actor: Actor) -> ThemeListView:
    """Broad themes, each followed by its sub-themes (names first, ids out of sight), the
    novel-case queue and the choices the steward controls need.

    A broad theme holding a single sub-theme is one row (the two have the same cases);
    its sub-theme stays in the choices, labelled as the broad theme's only sub-theme, so
    every sub-theme action still reaches it."""
    from assistant.cluster import (
        broad_target_of,
        decisions_not_kept,
        dismissed_themes,
        list_themes,
        novel_count,
        novel_queue,
        theme_tree,
    )

    tree = theme_tree(ws)
    rows: list[tuple[object, ...]] = []
    choices: list[tuple[str, str]] = []
    subs: list[tuple[str, str]] = []
    lone: set[str] = set()  # sub-themes that are the only one of their broad theme
    placed: set[str] = set()
    for b in tree:
        name = f"**{esc(b.theme.label)}**"
        if (only := b.lone) is not None:
            lone.add(only.id)
            if not same_name(only.label, b.theme.label):
                name += f" (its one sub-theme: {esc(only.label)})"
        rows.append((Markdown(name), b.theme.size, len(b.subthemes),
                     ", ".join(b.theme.keywords[:5]), _pinned(b.theme, only)))
        choices.append((f"{b.theme.label} ({b.theme.size})", b.theme.id))
        for t in b.subthemes:
            placed.add(t.id)
            subs.append((sub_label(b.theme.label, t.label, t.size, alone=t is only), t.id))
            if t is not only:
                rows.append((Markdown(f"&nbsp;&nbsp;&nbsp;&nbsp;↳ {esc(t.label)}"), t.size,
                             "", ", ".join(t.keywords[:5]), "yes" if t.pinned else ""))
    for t in list_themes(ws):  # subjects raised only in sessions, and any ungrouped theme
        if t.id not in placed:
            what = "raised only in sessions" if t.source == "sessions" else "not grouped"
            rows.append((Markdown(f"{esc(t.label)} _({what})_"), t.size, "",
                         ", ".join(t.keywords[:5]), "yes" if t.pinned else ""))
            subs.append((f"{t.label} ({what})", t.id))
    md = table(("theme", "cases", "sub-themes", "keywords", "pinned"), rows) if rows else (
        "_No themes yet: a theme needs a few similar cases. Cases that fit no theme wait in "
        "the novel-case queue below; recompute once more cases are in._")
    if lost := decisions_not_kept(ws):
        n = len(lost)
        md = (f"**The last recompute could not keep {n} steward decision{'' if n == 1 else 's'}"
              ":**\n\n" + "\n".join(f"- {esc(x)}" for x in lost) + "\n\n" + md)
    novel = novel_queue(ws, limit=NOVEL_SHOWN)
    novel_md = table(("title", "nearest theme", "similarity"),
                     [(n.title, n.nearest_label, n.similarity) for n in novel])
    if len(novel) == NOVEL_SHOWN:
        more = novel_count(ws) - NOVEL_SHOWN
        if more > 0:
            novel_md += (f"\n\n_…and {more:,} more novel cases, less far from a theme "
                         "(`assistant themes novel` lists them all)._")
    return ThemeListView(table=md, choices=tuple(choices + subs), novel=novel_md,
                         case_choices=tuple((choice_label(n.case_id, n.title), n.case_id)
                                            for n in novel),
                         broad_choices=tuple(choices), sub_choices=tuple(subs),
                         target=broad_target_of(ws) or 0,
                         trend_choices=tuple(choices + [c for c in subs if c[1] not in lone]),
                         dismissed_choices=tuple(
                             (f"{t.label} ({'broad theme, ' if t.level == 'broad' else ''}"
                              f"dismissed)", t.id) for t in dismissed_themes(ws)))


def sub_label(broad: str, sub: str, size: int, *, alone: bool = False) -> str:
    """A sub-theme's choice label: its broad theme, then its name; a broad theme's only
    sub-theme of the same name is called that rather than named twice."""
    if alone and same_name(broad, sub):
        return f"{broad} › its only sub-theme ({size})"
    return f"{broad} › {sub} ({size})"


def _pinned(broad: Any, sub: Any) -> str:
    """The pinned cell of a broad theme's row, saying which level is pinned when the row
    also stands for its only sub-theme."""
    sub_pinned = sub is not None and sub.pinned
    if broad.pinned:
        return "yes, and its sub-theme" if sub_pinned else "yes"
    return "its sub-theme" if sub_pinned else ""


def theme_detail(ws: Workspace, actor: Actor,
                 theme_id: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """Markdown of one theme (keywords, sub-themes or representatives, session passages)
    and its cases."""
    from assistant.cluster import get_theme, theme_tree

    t = get_theme(ws, theme_id)
    reps = "\n".join(f"- **{esc(r.title)}** — {esc(r.snippet)}"
                     for r in t.representatives) or "_None._"
    passages = "\n".join(f"- {esc(p.reference)}: {esc(p.snippet)}"
                         for p in getattr(t, "passages", ())) or "_None yet._"
    kind = "Broad theme" if t.level == "broad" else "Sub-theme"
    subs = ""
    if t.level == "broad":
        mine = next((b.subthemes for b in theme_tree(ws) if b.theme.id == t.id), ())
        subs = "\n\n**Sub-themes**\n" + ("\n".join(f"- {esc(x.label)} ({x.size})"
                                                    for x in mine) or "_None._")
        if len(mine) == 1:
            pick = sub_label(t.label, mine[0].label, mine[0].size, alone=True)
            subs += ("\n\nIts only sub-theme holds the same cases. To act on the sub-theme "
                     "alone (merge it into another sub-theme, put it under another broad "
                     f"theme), choose **{esc(pick)}** in the Theme list.")
    elif t.parent_id:
        parent = next((b for b in theme_tree(ws) if b.theme.id == t.parent_id), None)
        if parent is not None and parent.lone is not None:
            kind = f"Sub-theme, the only one of the broad theme **{esc(parent.theme.label)}**"
    text = (f"### {esc(t.label)}\n{_status_line(ws, t)}{kind} · {counted(t.size, 'case')} · "
            f"keywords: {esc(', '.join(t.keywords))}{subs}"
            f"\n\n**Representative cases**\n{reps}\n\n**Session passages**\n{passages}")
    members = tuple((choice_label(m.case_id, m.title), m.case_id) for m in t.members)
    return text, members


def _status_line(ws: Workspace, t: Any) -> str:
    """What a theme that is no longer current is, first thing in its detail panel (an
    active theme says nothing), and for a dismissed one how to bring it back."""
    if t.status == "dismissed":
        return ("**Dismissed** — it is out of the theme list and its cases are back in the "
                "novel-case queue; a recompute keeps it dismissed. **Restore** (under "
                "Steward decisions) brings it back with its cases.\n\n")
    if t.status == "merged":
        into = t.merged_into or ""
        try:
            from assistant.cluster import get_theme

            into = get_theme(ws, into).label if into else into
        except AssistantError:
            pass
        return f"**Merged** into **{esc(into or 'another theme')}**.\n\n"
    if t.status != "active":
        return (f"**{esc(status_word(t.status))}** — the last recompute found no group of "
                "cases for it.\n\n")
    return ""


def case_text(ws: Workspace, actor: Actor, case_id: str) -> str:
    """A member case in full (problem, context, what was tried, outcome, who)."""
    from assistant.review.workflow import cited_source

    return esc(cited_source(ws, f"case:{case_id}")).replace("\n", "  \n")


def theme_map_figure(ws: Workspace, actor: Actor) -> go.Figure:
    """Cases in 2-D coloured by broad theme; the hover names the case, its sub-theme and
    its broad theme."""
    from assistant.cluster import case_count, case_layout

    layout = case_layout(ws, limit=MAP_POINTS)
    title = "Cases by broad theme"
    if len(layout) == MAP_POINTS and (total := case_count(ws)) > MAP_POINTS:
        title += f" ({MAP_POINTS:,} of {total:,} shown, a fixed sample)"
    points = [MapPoint(p.case_id, p.title, p.broad_label or p.theme_label or NOVEL, p.x, p.y,
                       p.theme_label or "", p.broad_id or p.theme_id or "") for p in layout]
    if points and all(p.x is None for p in points):
        vecs = np.asarray([p.vector for p in layout])
        xy = project_2d(vecs)
        points = [MapPoint(p.case_id, p.title, p.theme, float(x), float(y), p.subtheme, p.group)
                  for p, (x, y) in zip(points, xy, strict=True)]
    return theme_map(points, title)


def trend_choices(ws: Workspace, actor: Actor) -> tuple[tuple[tuple[str, str], ...],
                                                        tuple[str, ...]]:
    """What the trends can show (broad themes, then the sub-themes that are not their
    broad theme's only one, whose line would repeat the broad theme's) and the default
    pick: the five largest broad themes."""
    view = theme_list(ws, actor)
    return view.trend_choices, tuple(i for _, i in view.broad_choices[:DEFAULT_TRENDS])


def trend_figures(ws: Workspace, actor: Actor, selected: Sequence[str] | None = None
                  ) -> tuple[go.Figure, go.Figure]:
    """New cases per week and per sprint for the chosen themes (ids, either level; None:
    the five largest broad themes)."""
    from assistant.cluster import theme_trends

    broad = theme_trends(ws, level="broad")
    if selected is None:
        selected = list(broad.ids.values())[:DEFAULT_TRENDS]
    want = set(selected)
    # Sub-theme counts only when a sub-theme is asked for (the default shows broad ones).
    sub = theme_trends(ws) if want - set(broad.ids.values()) else None
    weekly: dict[str, Sequence[int]] = {}
    sprints: dict[str, Sequence[int]] = {}
    weeks, periods = broad.weeks, broad.sprints
    for tr in (broad, sub):
        if tr is None:
            continue
        for name, tid in tr.ids.items():
            if tid in want and tr.weeks == weeks and name not in weekly:
                weekly[name], sprints[name] = tr.weekly[name], tr.per_sprint[name]
    return (trend_chart(weeks, weekly, "New cases per week"),
            trend_chart(periods, sprints, "New cases per sprint"))


def set_target(ws: Workspace, actor: Actor, target: float | int | None) -> str:
    """The steward's number of broad themes (0: chosen from the data); recomputes."""
    from assistant.cluster import set_broad_target
    from assistant.cluster.counts import broad_count_note

    n = int(target or 0)
    report = set_broad_target(ws, n or None, actor=actor)
    how = f"{n} asked for" if n else "chosen from the data"
    note = broad_count_note(ws)
    return f"Broad themes {how}: {esc(report)}" + (f". {esc(note[0].upper() + note[1:])}"
                                                   if note else "")


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


def restore(ws: Workspace, actor: Actor, theme_id: str | None, **_: Any) -> str:
    """Undo the chosen theme's dismissal."""
    from assistant.cluster import restore_theme

    restore_theme(ws, _need(theme_id), actor=actor)
    return "Restored; its cases are back in the theme list."


def merge(ws: Workspace, actor: Actor, theme_id: str | None, *, other_id: str | None = None,
          **_: Any) -> str:
    from assistant.cluster import merge_themes

    if not other_id:
        raise AssistantError("Choose the theme to merge into ('Merge into this theme').")
    merge_themes(ws, _need(theme_id), other_id, actor=actor)
    return "Merged."


def split(ws: Workspace, actor: Actor, theme_id: str | None, **_: Any) -> str:
    from assistant.cluster import split_theme

    split_theme(ws, _need(theme_id), actor=actor)
    return "Split in two; the new part is in the list."


def move(ws: Workspace, actor: Actor, theme_id: str | None, *, case_id: str | None = None,
         target_id: str | None = None, **_: Any) -> str:
    from assistant.cluster import move_case

    if not case_id or not target_id:
        raise AssistantError("Choose a case and the theme to move it to.")
    move_case(ws, case_id, target_id, actor=actor)
    return "Case moved."


def regroup(ws: Workspace, actor: Actor, theme_id: str | None, *,
            broad_id: str | None = None, **_: Any) -> str:
    """Put the chosen sub-theme under another broad theme."""
    from assistant.cluster import move_subtheme

    if not broad_id:
        raise AssistantError("Choose the broad theme to put the sub-theme under.")
    move_subtheme(ws, _need(theme_id), broad_id, actor=actor)
    return "Sub-theme moved to the chosen broad theme."
