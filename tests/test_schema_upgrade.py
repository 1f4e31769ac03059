"""Additive schema changes reach stores created by an earlier version without a re-ingest."""

from __future__ import annotations

from sqlalchemy import inspect, text

from assistant.store.db import add_missing_columns, init_schema, make_engine


def test_a_column_added_to_a_model_is_added_to_an_existing_store(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        init_schema(engine)
        with engine.begin() as conn:
            conn.execute(text("ALTER TABLE cases DROP COLUMN source_line"))
        assert "source_line" not in {c["name"] for c in inspect(engine).get_columns("cases")}
        assert add_missing_columns(engine) == ["cases.source_line"]
        assert "source_line" in {c["name"] for c in inspect(engine).get_columns("cases")}
        assert add_missing_columns(engine) == []  # idempotent
        init_schema(engine)  # a store already up to date opens unchanged
    finally:
        engine.dispose()
