"""Plotly figures for the Themes and Today screens, built from plain rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import plotly.graph_objects as go

NOVEL = "novel / unassigned"


@dataclass(frozen=True)
class MapPoint:
    case_id: str
    title: str
    theme: str  # theme label, or NOVEL
    x: float
    y: float


def project_2d(vectors: np.ndarray) -> np.ndarray:
    """Principal-component projection to 2-D, used only when the theme engine gives no
    layout; deterministic (SVD, sign fixed so the largest loading is positive)."""
    n = len(vectors)
    if n == 0:
        return np.zeros((0, 2))
    if n == 1:
        return np.zeros((1, 2))
    centred = vectors - vectors.mean(axis=0, keepdims=True)
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    comps = vt[:2]
    signs = np.sign(comps[np.arange(len(comps)), np.abs(comps).argmax(axis=1)])
    comps = comps * signs[:, None]
    out = centred @ comps.T
    if out.shape[1] < 2:
        out = np.hstack([out, np.zeros((n, 2 - out.shape[1]))])
    return out


def theme_map(points: Sequence[MapPoint], title: str = "Cases by theme") -> go.Figure:
    """A scatter of cases, one trace per theme so the legend toggles themes."""
    fig = go.Figure()
    by_theme: dict[str, list[MapPoint]] = {}
    for p in points:
        by_theme.setdefault(p.theme, []).append(p)
    # Largest themes first; novel cases last, in grey, so they stand out as unplaced.
    order = sorted(by_theme, key=lambda t: (t == NOVEL, -len(by_theme[t]), t))
    for theme in order:
        pts = by_theme[theme]
        fig.add_trace(go.Scattergl(
            x=[p.x for p in pts], y=[p.y for p in pts], mode="markers", name=theme[:40],
            text=[f"{p.title}<br>{p.case_id}<br>{theme}" for p in pts],
            customdata=[p.case_id for p in pts], hoverinfo="text",
            marker={"size": 7, "opacity": 0.8,
                    **({"color": "lightgrey"} if theme == NOVEL else {})}))
    fig.update_layout(title=title, height=520, margin={"l": 10, "r": 10, "t": 40, "b": 10},
                      xaxis={"visible": False}, yaxis={"visible": False},
                      legend={"itemsizing": "constant"})
    return fig


def trend_chart(periods: Sequence[str], series: dict[str, Sequence[int]],
                title: str) -> go.Figure:
    """Lines of counts per period (week or sprint), one line per theme."""
    fig = go.Figure()
    for name, counts in series.items():
        fig.add_trace(go.Scatter(x=list(periods), y=list(counts), mode="lines+markers",
                                 name=name[:40]))
    fig.update_layout(title=title, height=360, margin={"l": 10, "r": 10, "t": 40, "b": 10},
                      yaxis={"title": "cases", "rangemode": "tozero"})
    return fig
