"""Themes: recurring subjects in cases and transcripts, stable over a 90-day sprint.

``recompute_themes`` clusters every case into sub-themes (UMAP + HDBSCAN, see :mod:`.engine`)
grouped into broad themes (:mod:`.broad`), keeps the ids and names of themes that still exist
at both levels and re-applies steward decisions; ``place_cases`` puts
new cases into existing themes without a recompute. The rest reads and steers the result.
"""

from assistant.cluster.actions import (
    dismiss_theme,
    merge_themes,
    move_case,
    move_subtheme,
    pin_theme,
    rename_theme,
    restore_theme,
    split_theme,
)
from assistant.cluster.engine import Clustering, EngineParams, cluster_vectors
from assistant.cluster.queries import (
    BroadTheme,
    LayoutPoint,
    NovelCase,
    ThemeDetail,
    ThemeSummary,
    Trends,
    case_count,
    case_layout,
    decisions_not_kept,
    dismissed_themes,
    get_theme,
    list_themes,
    novel_count,
    novel_queue,
    set_sprint_start,
    sprint_start,
    theme_tree,
    theme_trends,
)
from assistant.cluster.service import (
    PlacementReport,
    RecomputeReport,
    broad_target,
    broad_target_of,
    place_cases,
    recompute_themes,
    reset_themes,
    set_broad_target,
)

__all__ = [
    "BroadTheme", "broad_target", "broad_target_of", "move_subtheme", "set_broad_target",
    "theme_tree",
    "Clustering", "EngineParams", "LayoutPoint", "NovelCase", "PlacementReport",
    "RecomputeReport", "ThemeDetail", "ThemeSummary", "Trends",
    "case_count", "case_layout", "cluster_vectors", "decisions_not_kept", "dismiss_theme",
    "dismissed_themes",
    "get_theme", "list_themes",
    "merge_themes", "move_case", "novel_count", "novel_queue", "pin_theme", "place_cases",
    "recompute_themes", "rename_theme", "reset_themes", "restore_theme", "set_sprint_start",
    "sprint_start",
    "split_theme", "theme_trends",
]
