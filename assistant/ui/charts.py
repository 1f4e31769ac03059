"""Plotly figures for the Themes and Today screens, built from plain rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

import numpy as np
import plotly.graph_objects as go

from assistant.cluster.queries import same_name
from assistant.index.texts import shorten

NOVEL = "novel / unassigned"
# Distinct colours, one per broad theme (Plotly's Dark24 then Light24: 48 before reuse).
PALETTE = (
    "#2E91E5", "#E15F99", "#1CA71C", "#FB0D0D", "#DA16FF", "#222A2A", "#B68100", "#750D86",
    "#EB663B", "#511CFB", "#00A08B", "#FB00D1", "#FC0080", "#B2828D", "#6C7C32", "#778AAE",
    "#862A16", "#A777F1", "#620042", "#1616A7", "#DA60CA", "#6C4516", "#0D2A63", "#AF0038",
    "#FD3216", "#00FE35", "#6A76FC", "#FED4C4", "#FE00CE", "#0DF9FF", "#F6F926", "#FF9616",
    "#479B55", "#EEA6FB", "#DC587D", "#D626FF", "#6E899C", "#00B5F7", "#B68E00", "#C9FBE5",
    "#FF0092", "#22FFA7", "#E3EE9E", "#86CE00", "#BC7196", "#7E7DCD", "#FC6955", "#E48F72",
)


@dataclass(frozen=True)
class MapPoint:
    case_id: str
    title: str
    theme: str  # the colour group: broad theme label, or NOVEL
    x: float
    y: float
    subtheme: str = ""  # shown on hover
    group: str = ""  # the broad theme's id: two broad themes of one name stay apart


def project_2d(vectors: np.ndarray) -> np.ndarray:
    """Principal-component projection to 2-D, used only when the theme engine gives no
    layout; deterministic (SVD, sign fixed so the largest loading is positive)."""
    n = len(vectors)
    if n == 0:
        return np.zeros((0, 2))
    if n == 1:
        return np.zeros((1, 2))
    from threadpoolctl import threadpool_limits

    centred = vectors - vectors.mean(axis=0, keepdims=True)
    with threadpool_limits(1, user_api="blas"):  # small: threads only spin (see case_layout)
        _, _, vt = np.linalg.svd(centred, full_matrices=False)
    comps = vt[:2]
    signs = np.sign(comps[np.arange(len(comps)), np.abs(comps).argmax(axis=1)])
    comps = comps * signs[:, None]
    out = centred @ comps.T
    if out.shape[1] < 2:
        out = np.hstack([out, np.zeros((n, 2 - out.shape[1]))])
    return out


def theme_map(points: Sequence[MapPoint], title: str = "Cases by theme") -> go.Figure:
    """A scatter of cases, one trace (and colour) per broad theme so the legend toggles
    themes; two broad themes of one name are told apart in the legend ("Name (2)")."""
    fig = go.Figure()
    by_group: dict[str, list[MapPoint]] = {}
    for p in points:
        by_group.setdefault(p.group or p.theme, []).append(p)
    # Largest themes first; novel cases last, in grey, so they stand out as unplaced.
    order = sorted(by_group, key=lambda g: (by_group[g][0].theme == NOVEL, -len(by_group[g]),
                                            by_group[g][0].theme, g))
    seen: dict[str, int] = {}
    for i, group in enumerate(order):
        pts = by_group[group]
        theme = pts[0].theme
        seen[theme] = seen.get(theme, 0) + 1
        legend = plain_label(theme) + (f" ({seen[theme]})" if seen[theme] > 1 else "")
        fig.add_trace(go.Scattergl(
            x=[p.x for p in pts], y=[p.y for p in pts], mode="markers", name=legend,
            text=[_hover(p, theme) for p in pts],
            customdata=[p.case_id for p in pts], hoverinfo="text",
            marker={"size": 7, "opacity": 0.8,
                    "color": "lightgrey" if theme == NOVEL else PALETTE[i % len(PALETTE)]}))
    fig.update_layout(title=plain_text(title), height=520,
                      margin={"l": 10, "r": 10, "t": 40, "b": 10},
                      xaxis={"visible": False}, yaxis={"visible": False},
                      legend={"itemsizing": "constant"})
    return fig


#: Legend labels longer than this are shortened (the hover shows the whole name).
LABEL_CHARS = 40


def plain_label(text: str, limit: int = LABEL_CHARS) -> str:
    """``text`` as Plotly shows it literally: shortened to ``limit`` characters with "…"
    (:func:`shorten`), then escaped. Plotly renders tags such as <b>, <br> and <a href> in
    legends, hover and titles, and theme names come from case text anyone can type."""
    return escape(shorten(text, limit), quote=False)


def plain_text(text: str) -> str:
    """``text`` whole, escaped for a Plotly hover template (where "%{" starts a field)."""
    return escape(" ".join(text.split()), quote=False).replace("%", "&#37;")


def _hover(p: MapPoint, theme: str) -> str:
    lines = [f"<b>{escape(p.title or p.case_id)}</b>"]
    # A sub-theme named like its broad theme (a broad theme's only sub-theme, mostly) is
    # not named twice.
    if p.subtheme and not same_name(p.subtheme, theme):
        lines.append(escape(p.subtheme))
    lines.append(escape(theme))
    return "<br>".join(lines)


def trend_chart(periods: Sequence[str], series: dict[str, Sequence[int]],
                title: str) -> go.Figure:
    """Lines of counts per period (week or sprint), one line per theme."""
    fig = go.Figure()
    for name, counts in series.items():
        fig.add_trace(go.Scatter(x=list(periods), y=list(counts), mode="lines+markers",
                                 name=plain_label(name),
                                 hovertemplate=f"{plain_text(name)}<br>%{{x}}: %{{y}} "
                                               "cases<extra></extra>"))
    fig.update_layout(title=plain_text(title), height=360,
                      margin={"l": 10, "r": 10, "t": 40, "b": 10},
                      yaxis={"title": "cases", "rangemode": "tozero"})
    return fig
