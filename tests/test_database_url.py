"""PostgreSQL URLs as people write them: ``postgres://`` and ``postgresql://`` both open the
store with the driver the assistant installs (psycopg 3); a URL no driver takes is refused
in one line naming the accepted forms, without the password."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import inspect, make_url

from assistant.errors import ConfigError
from assistant.store.db import init_schema, make_engine, shown_url, with_postgres_driver
from tests.conftest import PG_URL, _pg_admin, _with_search_path

needs_pg = pytest.mark.skipif(not PG_URL, reason="needs ASSISTANT_TEST_DATABASE_URL "
                                                 "(PostgreSQL)")


@pytest.mark.parametrize(("given", "opened"), [
    ("postgres://u:pw@db.example:5432/net", "postgresql+psycopg://u:pw@db.example:5432/net"),
    ("postgresql://u@db.example/net", "postgresql+psycopg://u@db.example/net"),
    ("postgresql+psycopg://u@db.example/net", "postgresql+psycopg://u@db.example/net"),
    ("sqlite:////tmp/x.db", "sqlite:////tmp/x.db"),
])
def test_bare_postgres_schemes_use_the_installed_driver(given: str, opened: str) -> None:
    assert with_postgres_driver(given) == opened


def test_a_url_no_driver_takes_is_refused_naming_the_accepted_forms() -> None:
    with pytest.raises(ConfigError) as caught:
        make_engine("mysql://keeper:hunter22@db.example/net")
    message = str(caught.value)
    assert "ASSISTANT_DATABASE_URL" in message and "postgresql://" in message
    assert "sqlite:///" in message and "hunter22" not in message


@pytest.mark.parametrize("url", ["postgres//bob:S3cretPW@db.example/x",
                                 "postgresql://bob:S3cretPW@db.example:notaport/x",
                                 "postgresql:bob:S3cretPW@db.example/x"])
def test_a_malformed_url_is_refused_without_its_password(url: str) -> None:
    with pytest.raises(ConfigError) as caught:
        make_engine(url)
    assert "S3cretPW" not in str(caught.value)
    assert "S3cretPW" not in shown_url(url) and "bob:***@" in shown_url(url)


def test_a_url_without_a_password_is_shown_as_written() -> None:
    assert shown_url("postgresql://db.example:notaport/x") == \
        "postgresql://db.example:notaport/x"


@pytest.fixture
def pg_schema() -> Iterator[str]:
    """A schema of this test's own on the test server, dropped afterwards."""
    assert PG_URL
    schema = f"assistant_test_{os.getpid()}_{uuid.uuid4().hex[:12]}"
    _pg_admin(PG_URL, f'CREATE SCHEMA "{schema}"')
    yield schema
    _pg_admin(PG_URL, f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


def _bare(scheme: str, schema: str) -> str:
    """The test server's URL with ``scheme`` instead of its driver, in ``schema``."""
    assert PG_URL
    rest = make_url(PG_URL).render_as_string(hide_password=False).split("://", 1)[1]
    return _with_search_path(f"{scheme}://{rest}", schema)


@needs_pg
@pytest.mark.parametrize("scheme", ["postgres", "postgresql"])
def test_a_bare_postgres_url_opens_the_record_store(scheme: str, pg_schema: str) -> None:
    engine = make_engine(_bare(scheme, pg_schema))
    try:
        assert engine.dialect.name == "postgresql" and engine.dialect.driver == "psycopg"
        init_schema(engine)
        assert "cases" in inspect(engine).get_table_names(schema=pg_schema)
    finally:
        engine.dispose()


@needs_pg
def test_the_command_line_takes_a_postgres_url(tmp_path: Path, pg_schema: str) -> None:
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-m", "assistant", "--data-dir",
                           str(tmp_path / "data"), "--database-url",
                           _bare("postgres", pg_schema), "status"],
                          capture_output=True, text=True, timeout=180, check=False, env=env,
                          cwd=root)
    assert done.returncode == 0, done.stderr
    assert "Can't load plugin" not in done.stderr
