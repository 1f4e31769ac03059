"""Finding and listing cases: every word typed finds the case whatever its order, an
untitled case is named by its problem's start everywhere, a future date is refused."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.auth import LOCAL
from assistant.cluster import novel_queue
from assistant.errors import IngestError
from assistant.ingest.service import add_case, find_case_titles


def test_find_cases_matches_every_word_in_any_order(ws):
    add_case(ws, {"title": "Zoë's login case", "problem": "30 users with accented names "
                  "cannot log in through Okta."}, actor=LOCAL)
    add_case(ws, {"title": "Invoices late", "problem": "Okta is fine; invoices are late."},
             actor=LOCAL)
    for query in ("Okta accented", "accented names Okta", "ACCENTED okta"):
        assert [t for _, t in find_case_titles(ws, query)] == ["Zoë's login case"], query
    assert find_case_titles(ws, "accented invoices") == []


def test_an_untitled_novel_case_is_named_by_its_problem_not_its_id(ws):
    added = add_case(ws, {"problem": "The CFO keeps asking for a report nobody owns."},
                     actor=LOCAL)
    [novel] = [n for n in novel_queue(ws) if n.case_id == added.case.id]
    assert novel.title.startswith("The CFO keeps asking")
    assert [t for i, t in find_case_titles(ws) if i == added.case.id] == [novel.title]


def test_a_case_dated_in_the_future_is_refused(ws):
    later = dt.date.today() + dt.timedelta(days=30)
    with pytest.raises(IngestError, match=f"The submission date {later} is in the future"):
        add_case(ws, {"problem": "Rows lost on import.", "submitted_on": later.isoformat()},
                 actor=LOCAL)
