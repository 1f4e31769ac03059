"""`assistant example` leaves the store as `assistant ui --example` does: themes computed."""

from __future__ import annotations

from assistant.cluster import list_themes, novel_queue
from assistant.examples import prepare_example_network
from assistant.ingest.service import list_cases


def test_the_example_network_comes_with_its_themes_so_today_lists_only_novel_cases(ws):
    report, themes = prepare_example_network(ws)
    assert report.cases_added == len(list_cases(ws)) > 50
    assert len(list_themes(ws)) >= 5
    assert len(novel_queue(ws)) < len(list_cases(ws)) // 4
