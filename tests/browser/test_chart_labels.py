"""Theme names in the Themes charts, in a real browser: markup typed into a name shows as
the characters typed (no bold, no cut-off script tag), and a long name ends with "…"."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

MARKUP = "SSO & identity <b>setup</b> <script>alert(1)</script>"


def test_theme_names_in_the_map_legend_are_plain_text(ws, serve, open_page):
    from assistant.cluster import theme_tree
    from assistant.cluster.actions import rename_theme
    from assistant.examples import prepare_example_network

    prepare_example_network(ws)
    tree = theme_tree(ws)
    rename_theme(ws, tree[0].theme.id, MARKUP)
    rename_theme(ws, tree[1].theme.id, "Data residency question blocks onboarding of "
                                       "new customers")
    d = open_page(serve(ws))
    d.tab("Themes")
    legend = d.page.locator("#themes-map .legendtext")
    expect(legend.first).to_be_visible(timeout=60_000)
    texts = legend.evaluate_all("els => els.map(e => e.textContent)")  # SVG text
    assert "SSO & identity <b>setup</b>…" in texts  # cut after a whole word
    assert "Data residency question blocks…" in texts
    assert d.page.locator("#themes-map .legendtext b").count() == 0
    d.shot("themes-map-plain-legend")
