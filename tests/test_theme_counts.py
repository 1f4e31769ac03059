"""Theme counts agree everywhere: a broad theme counts the cases of the sub-themes it
shows, so a dismissed sub-theme's cases are counted once (in the novel queue), whether the
dismissal was just made, survived a recompute, or a new number of broad themes."""

from __future__ import annotations

from pathlib import Path

from assistant.cluster import (
    dismiss_theme,
    get_theme,
    novel_count,
    recompute_themes,
    set_broad_target,
    theme_tree,
)
from assistant.cluster.queries import case_count
from assistant.workspace import Workspace
from tests.test_theme_levels import GROUPS, tree
from tests.test_themes import ingest


def _agree(ws: Workspace) -> None:
    """Each broad theme's size is its shown sub-themes' sizes added up, its detail lists
    those cases, and broad sizes plus the novel queue make every case once."""
    total = 0
    for b in theme_tree(ws):
        assert b.theme.size == sum(t.size for t in b.subthemes), b.theme.label
        assert len(get_theme(ws, b.theme.id).members) == b.theme.size
        total += b.theme.size
    assert total + novel_count(ws) == case_count(ws)


def test_a_dismissed_sub_themes_cases_are_counted_once(any_ws: Workspace,
                                                       tmp_path: Path) -> None:
    ingest(any_ws, tmp_path, [t for g in GROUPS for t in g])
    set_broad_target(any_ws, 2)
    _agree(any_ws)
    bid = max(tree(any_ws), key=lambda b: len(tree(any_ws)[b]))
    sub = min((t for t in next(b for b in theme_tree(any_ws) if b.theme.id == bid)
               .subthemes), key=lambda t: (t.size, t.id))
    before = get_theme(any_ws, bid)
    dismiss_theme(any_ws, sub.id)
    _agree(any_ws)
    after = get_theme(any_ws, bid)
    assert after.size == before.size - sub.size
    recompute_themes(any_ws)
    _agree(any_ws)
    set_broad_target(any_ws, 3)
    _agree(any_ws)


def test_more_broad_themes_than_asked_for_say_why(any_ws: Workspace, tmp_path: Path) -> None:
    """A steward's split keeps a broad theme two, so asking for two again gives three: the
    CLI and the Themes screen say that the split is why."""
    from assistant.auth import LOCAL
    from assistant.cluster import split_theme
    from assistant.cluster.counts import broad_count_note
    from assistant.ui.handlers.themes import set_target

    ingest(any_ws, tmp_path, [t for g in GROUPS for t in g])
    set_broad_target(any_ws, 2)
    assert len(tree(any_ws)) == 2 and broad_count_note(any_ws) == ""
    bid = max(tree(any_ws), key=lambda b: len(tree(any_ws)[b]))
    split_theme(any_ws, bid)
    said = set_target(any_ws, LOCAL, 2)
    n = len(tree(any_ws))
    note = broad_count_note(any_ws)
    if n == 2:  # the cut happened to agree with the split: nothing to explain
        assert note == ""
        return
    assert note.startswith(f"{n} broad themes, not the 2 asked for: the steward's split of ")
    assert bid in note and note in said
    set_broad_target(any_ws, 0)
    assert broad_count_note(any_ws) == ""  # the data chooses: no number to differ from
