"""The Themes screen in a real browser, on the bundled example network (whose broad themes
each hold one sub-theme): one row per such broad theme, and its sub-theme still reached
from the Theme list for a sub-level decision."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_a_lone_sub_theme_shares_its_broad_themes_row_and_is_renamed_from_the_theme_list(
        ws, serve, open_page):
    from assistant.cluster import theme_tree
    from assistant.examples import prepare_example_network
    from assistant.ui.handlers.themes import sub_label

    prepare_example_network(ws)
    tree = theme_tree(ws)
    lone = [b for b in tree if b.lone is not None]
    assert lone  # the example network is the case this screen is built for
    d = open_page(serve(ws))
    d.tab("Themes")
    d.expect_text("themes-table", lone[0].theme.label)
    rows = d.page.locator("#themes-table tbody tr")
    expect(rows).to_have_count(len(tree) + sum(len(b.subthemes) for b in tree
                                               if b.lone is None))
    expect(d.page.locator("#themes-table tbody tr", has_text=lone[0].theme.label)
           ).to_have_count(1)
    d.page.wait_for_timeout(1500)  # let the map draw before the picture
    d.shot("screen-themes-example")

    b = lone[0]
    only = b.subthemes[0]
    d.pick("theme-pick", sub_label(b.theme.label, only.label, only.size, alone=True))
    d.expect_text("theme-detail", "the only one of the broad theme")
    d.fill("theme-new-label", "Test user works, others loop")
    d.click("theme-rename")
    d.expect_text("themes-status", "Renamed to")
    # the steward's name for the lone sub-theme names its broad theme's row (session 20 QA)
    d.expect_text("themes-table", "Test user works, others loop")
    # the detail panel shows the theme as it is now, not the name it had when picked
    d.expect_text("theme-detail", "Test user works, others loop")
    expect(rows).to_have_count(len(tree) + sum(len(x.subthemes) for x in tree
                                               if x.lone is None))
    now = {x.theme.id: x for x in theme_tree(ws)}
    assert now[b.theme.id].theme.label == "Test user works, others loop"
    assert now[b.theme.id].subthemes[0].label == "Test user works, others loop"
    d.shot("screen-themes-example-sub-renamed")


def test_a_dismissed_broad_theme_is_picked_from_the_theme_list_and_restored(
        ws, serve, open_page):
    from assistant.cluster import theme_tree
    from assistant.examples import prepare_example_network

    prepare_example_network(ws)
    tree = theme_tree(ws)
    b = tree[0].theme
    d = open_page(serve(ws))
    d.tab("Themes")
    d.expect_text("themes-table", b.label)
    rows = d.page.locator("#themes-table tbody tr", has_text=b.label)
    d.pick("theme-pick", f"{b.label} ({b.size})")
    d.click("theme-dismiss")
    d.expect_text("themes-status", "Dismissed")
    expect(rows).to_have_count(0)
    d.pick("theme-pick", f"{b.label} (broad theme, dismissed)")
    d.expect_text("theme-detail", "Restore")
    d.click("theme-restore")
    d.expect_text("themes-status", "Restored")
    expect(rows).to_have_count(1)
    assert b.id in {x.theme.id for x in theme_tree(ws)}
