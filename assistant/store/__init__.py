"""The record store: the system of record (SQLite by default, PostgreSQL by URL)."""

from assistant.store.db import init_schema, make_engine, transaction

__all__ = ["init_schema", "make_engine", "transaction"]
