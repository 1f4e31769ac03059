"""`assistant example` leaves the store as `assistant ui --example` does: themes computed."""

from __future__ import annotations

from assistant.cluster import list_themes, novel_queue
from assistant.examples import load_example_network, prepare_example_network
from assistant.ingest.service import list_cases


def test_the_example_network_comes_with_its_themes_so_today_lists_only_novel_cases(ws):
    report, themes = prepare_example_network(ws)
    assert report.cases_added == len(list_cases(ws)) > 50
    assert len(list_themes(ws)) >= 5
    assert len(novel_queue(ws)) < len(list_cases(ws)) // 4


def test_the_example_playbooks_published_patterns_carry_their_content(ws, tmp_path):
    """The playbook a new user opens first is real: every published pattern of the example
    says what the problem is, what to do and when it applies, in the store and in the
    published site, and a search by meaning finds it."""
    import json

    from assistant.index.service import search_across
    from assistant.publish import list_patterns, publish

    load_example_network(ws)
    patterns = list_patterns(ws, include_approved=False)
    assert len(patterns) == 4
    for p in patterns:
        for field in ("problem", "context", "solution", "applies_when", "not_when"):
            assert len(getattr(p, field).split()) >= 8, (p.name, field)
        assert len(p.evidence["cases"]) == 2
    site = publish(ws, to=tmp_path / "site").directory
    book = json.loads((site / "playbook.json").read_text(encoding="utf-8"))
    assert all(x["problem"] and x["solution"] and x["applies_when"] and x["not_when"]
               for x in book["patterns"])
    sso = next(p for p in patterns if p.name == "SSO readiness starts at kickoff")
    page = (site / "html" / "patterns" / f"{sso.id}.html").read_text(encoding="utf-8")
    assert "What to do" in page and "identity provider owner" in page
    hits = search_across(ws, "customer staff cannot sign in through their company identity "
                             "provider on launch day", limit=8)
    assert sso.id in [h.id for h in hits]
