"""Search by meaning over the example network, and rebuilding the index from the store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.config import load_settings
from assistant.examples import load_example_network
from assistant.index.embedder import SentenceTransformerEmbedder
from assistant.index.service import SNIPPET_CHARS, reindex, search
from assistant.ingest.service import status
from assistant.workspace import Workspace, open_workspace


@pytest.fixture(scope="module")
def example_ws(tmp_path_factory: pytest.TempPathFactory,
               embedder: SentenceTransformerEmbedder) -> Iterator[Workspace]:
    """The example network loaded once for the module."""
    w = open_workspace(load_settings(data_dir=tmp_path_factory.mktemp("example")),
                       embedder=embedder)
    load_example_network(w)
    yield w
    w.close()


PARAPHRASES = [
    ("some employees cannot sign in through their identity provider while our test account "
     "works", "Okta SAML works for our test user, fails for half of Calder Financial's staff"),
    ("accented characters in names were corrupted by the CSV upload",
     "Umlauts turned into garbage after the customer list import"),
    ("day and month got mixed up when we moved the old tickets over",
     "Dates swapped day and month in migrated tickets"),
    ("the person we worked with at the customer resigned and nobody replaced them",
     "Our only contact at Kestrel Health left the company"),
    ("spreadsheet software removed the zeros at the start of customer numbers",
     "Excel ate the leading zeros on account numbers"),
    ("the seat count on the invoice does not match the order form",
     "Order form says 200 seats, Salesforce says 250, customer says 180"),
]


@pytest.mark.parametrize(("query", "expected"), PARAPHRASES)
def test_paraphrased_query_finds_the_case_in_the_top_three(example_ws: Workspace, query: str,
                                                           expected: str) -> None:
    titles = [h.title for h in search(example_ws, query, limit=3)]
    assert expected in titles, titles


def test_transcript_search_points_at_speaker_and_time(example_ws: Workspace) -> None:
    [hit] = search(example_ws, "ask for roles at kickoff instead of a backup contact",
                   kind="segments", limit=1)
    assert hit.session_id and hit.speaker and hit.timestamp
    assert "single-threaded" in hit.title
    assert len(hit.snippet) <= SNIPPET_CHARS and "\n" not in hit.snippet  # one short line


def test_loading_the_example_twice_adds_nothing(example_ws: Workspace) -> None:
    before = status(example_ws)
    again = load_example_network(example_ws)
    assert (again.cases_added, again.sessions_added) == (0, 0)
    assert again.cases_skipped == 65 and again.sessions_skipped == 4
    assert status(example_ws) == before


def test_reindex_into_an_empty_index_restores_search(
        tmp_path: Path, embedder: SentenceTransformerEmbedder) -> None:
    settings = load_settings(data_dir=tmp_path / "data")
    w = open_workspace(settings, embedder=embedder)
    load_example_network(w)
    before = status(w)
    w.close()
    # The index is lost: the same record store, an empty Chroma folder.
    lost = load_settings(data_dir=tmp_path / "data", chroma_path=tmp_path / "new-chroma")
    w = open_workspace(lost, embedder=embedder)
    assert status(w).indexed_cases == 0
    report = reindex(w)
    after = status(w)
    assert (report.cases, after.indexed_cases, after.indexed_passages) == (
        before.cases, before.indexed_cases, before.indexed_passages)
    titles = [h.title for h in search(w, PARAPHRASES[1][0], limit=3)]
    assert PARAPHRASES[1][1] in titles
    w.close()
