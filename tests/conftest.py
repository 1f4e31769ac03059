"""Shared fixtures: the real MiniLM embedder (loaded once), a fresh workspace per test
with a real SQLite file (and PostgreSQL when ASSISTANT_TEST_DATABASE_URL is set) and a real
Chroma index on disk."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from assistant.config import PROJECT_ROOT, Settings, load_settings
from assistant.index.embedder import SentenceTransformerEmbedder
from assistant.store.db import make_engine
from assistant.workspace import Workspace, open_workspace

EXAMPLE_DIR = PROJECT_ROOT / "examples" / "onboarding"
SHARED_DATA = PROJECT_ROOT.parent / "shared" / "data"
PG_URL = os.environ.get("ASSISTANT_TEST_DATABASE_URL")


@pytest.fixture(scope="session")
def embedder() -> SentenceTransformerEmbedder:
    """The real all-MiniLM-L6-v2, loaded once for the whole run."""
    return SentenceTransformerEmbedder()


#: Each PostgreSQL test gets its own schema (dropped with CASCADE afterwards), so tables
#: left behind by another checkout or an interrupted run can never get in the way.
_PG_PREFIX = "assistant_test_"


def _pg_admin(url: str, *statements: str) -> list[str]:
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            names = [r[0] for r in conn.execute(text(
                "SELECT nspname FROM pg_namespace WHERE nspname LIKE :p"),
                {"p": _PG_PREFIX + "%"})]
            for st in statements:
                conn.execute(text(st))
    finally:
        engine.dispose()
    return names


def _with_search_path(url: str, schema: str) -> str:
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options=-csearch_path%3D{schema}"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@pytest.fixture(scope="session")
def _pg_clean() -> None:
    """Drop test schemas an interrupted earlier run left behind: those whose test process
    is gone (a schema's name carries its pid), so runs side by side keep their own."""
    assert PG_URL
    for name in _pg_admin(PG_URL):
        pid = name.removeprefix(_PG_PREFIX).split("_")[0]
        if not pid.isdigit() or not _pid_alive(int(pid)):
            _pg_admin(PG_URL, f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


@pytest.fixture(params=["sqlite"] + (["postgresql"] if PG_URL else []))
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A SQLite file always; PostgreSQL too when ASSISTANT_TEST_DATABASE_URL is set."""
    if request.param == "postgresql":
        assert PG_URL
        request.getfixturevalue("_pg_clean")
        schema = f"{_PG_PREFIX}{os.getpid()}_{uuid.uuid4().hex[:12]}"
        _pg_admin(PG_URL, f'CREATE SCHEMA "{schema}"')
        yield _with_search_path(PG_URL, schema)
        _pg_admin(PG_URL, f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        return
    yield f"sqlite:///{tmp_path / 'store.db'}"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings(data_dir=tmp_path / "data")


@pytest.fixture
def ws(settings: Settings, embedder: SentenceTransformerEmbedder) -> Iterator[Workspace]:
    """A fresh workspace on SQLite with the shared real embedder."""
    w = open_workspace(settings, embedder=embedder)
    yield w
    w.close()


@pytest.fixture
def any_ws(tmp_path: Path, db_url: str,
           embedder: SentenceTransformerEmbedder) -> Iterator[Workspace]:
    """A fresh workspace on every configured database (SQLite, and PostgreSQL in CI)."""
    s = load_settings(data_dir=tmp_path / "data", database_url=db_url)
    w = open_workspace(s, embedder=embedder)
    yield w
    w.close()
