"""Two themes of one level that share a name are told apart wherever themes are listed (the
CLI, the Themes screen): each gets a keyword the other lacks; the stored names stay."""

from __future__ import annotations

from pathlib import Path

from assistant.auth import LOCAL
from assistant.cluster import get_theme, list_themes, rename_theme, set_broad_target
from assistant.cluster.queries import ThemeSummary, told_apart
from assistant.ui.handlers.themes import theme_list
from assistant.workspace import Workspace
from tests.test_theme_levels import GROUPS
from tests.test_themes import ingest


def _t(tid: str, label: str, *keywords: str) -> ThemeSummary:
    return ThemeSummary(tid, label, 3, keywords, False, 0.5, "cases", "active")


def test_a_shared_name_gets_a_keyword_the_other_theme_lacks() -> None:
    shown = told_apart([_t("a", "Slow imports", "imports", "csv", "rows"),
                        _t("b", "Slow  imports", "imports", "api", "rows"),
                        _t("c", "Refunds late", "refund")])
    assert [t.label for t in shown] == ["Slow imports (csv)", "Slow  imports (api)",
                                        "Refunds late"]
    same = told_apart([_t("a", "Slow imports", "slow"), _t("b", "slow imports", "slow")])
    assert [t.label for t in same] == ["Slow imports (a)", "slow imports (b)"]


def test_two_broad_themes_of_one_name_are_listed_apart(any_ws: Workspace,
                                                       tmp_path: Path) -> None:
    ingest(any_ws, tmp_path, [t for g in GROUPS for t in g])
    set_broad_target(any_ws, 2)
    a, b = list_themes(any_ws, level="broad")
    rename_theme(any_ws, b.id, a.label)
    shown = list_themes(any_ws, level="broad")
    labels = [t.label for t in shown]
    assert len(set(labels)) == 2 and all(x.startswith(a.label + " (") for x in labels)
    assert get_theme(any_ws, b.id).label == a.label  # the stored name is the steward's
    view = theme_list(any_ws, LOCAL)
    text = str(view)
    assert all(x in text for x in labels), text[:2000]
