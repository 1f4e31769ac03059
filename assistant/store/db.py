"""Engine creation, schema set-up and upgrades, and transactions."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, TextClause, create_engine, event, inspect, select, text
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import sessionmaker

from assistant.errors import ConfigError
from assistant.store.models import Base, Meta

log = logging.getLogger(__name__)

#: Bump when the schema changes, and add the step that upgrades from the previous version.
SCHEMA_VERSION = 1
UPGRADES: dict[int, Callable[[Engine], None]] = {}  # from-version -> step to from-version + 1


def make_engine(url: str) -> Engine:
    """Create an engine for a SQLAlchemy URL; SQLite files get their folder and WAL mode."""
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    try:
        engine = create_engine(url, future=True)
    except Exception as exc:  # bad URL, missing driver
        raise ConfigError(f"Cannot open database URL {url!r}: {exc}. "
                          "Fix ASSISTANT_DATABASE_URL.") from exc
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()
    return engine


def init_schema(engine: Engine) -> int:
    """Create the schema on first use, upgrade it in place when older, refuse when newer.

    Returns the schema version now in force.
    """
    tables = set(inspect(engine).get_table_names())
    if "meta" not in tables:
        Base.metadata.create_all(engine)
        with OrmSession(engine) as s, s.begin():
            s.add(Meta(key="schema_version", value=str(SCHEMA_VERSION)))
        log.info("created record store schema v%d", SCHEMA_VERSION)
        return SCHEMA_VERSION
    with OrmSession(engine) as s:
        row = s.scalar(select(Meta).where(Meta.key == "schema_version"))
        found = int(row.value) if row else 0
    if found > SCHEMA_VERSION:
        raise ConfigError(
            f"The record store has schema version {found}, newer than this program's "
            f"{SCHEMA_VERSION}. Upgrade the assistant package, or point "
            "ASSISTANT_DATABASE_URL at another database.")
    while found < SCHEMA_VERSION:
        step = UPGRADES.get(found)
        if step is None:
            raise ConfigError(f"No upgrade from schema version {found}; export and re-ingest.")
        step(engine)
        found += 1
        with OrmSession(engine) as s, s.begin():
            s.merge(Meta(key="schema_version", value=str(found)))
        log.info("upgraded record store schema to v%d", found)
    # Tables added without a version bump (new, empty tables) are created here, and columns
    # added to an existing table are added in place (see add_missing_columns).
    Base.metadata.create_all(engine)
    add_missing_columns(engine)
    return found


def add_missing_columns(engine: Engine) -> list[str]:
    """Add every column the models declare that an existing table lacks; return their names.

    A new column on an existing table must be nullable or carry a ``server_default``, so
    rows stored before it existed stay valid. This keeps additive schema changes free of
    version bumps; anything else (renames, type changes) still needs an upgrade step.
    """
    insp = inspect(engine)
    added: list[str] = []
    existing_tables = set(insp.get_table_names())
    for table in Base.metadata.sorted_tables:
        if table.name not in existing_tables:
            continue
        have = {c["name"] for c in insp.get_columns(table.name)}
        for col in table.columns:
            if col.name in have:
                continue
            if not col.nullable and col.server_default is None:
                raise ConfigError(
                    f"Column {table.name}.{col.name} is new, not nullable and has no "
                    "server_default, so rows stored before it cannot be upgraded. Give it a "
                    "server_default or make it nullable.")
            ddl_type = col.type.compile(dialect=engine.dialect)
            default = ""
            if col.server_default is not None:
                arg = getattr(col.server_default, "arg", None)
                text_arg = getattr(arg, "text", arg)
                default = f" DEFAULT {text_arg}" if isinstance(text_arg, str) else ""
                if isinstance(text_arg, str) and not isinstance(arg, TextClause):
                    default = " DEFAULT '" + text_arg.replace("'", "''") + "'"
            null = "" if col.nullable else " NOT NULL"
            preparer = engine.dialect.identifier_preparer
            with engine.begin() as conn:
                conn.execute(text(
                    f"ALTER TABLE {preparer.quote(table.name)} ADD COLUMN "
                    f"{preparer.quote(col.name)} {ddl_type}{default}{null}"))
            added.append(f"{table.name}.{col.name}")
            log.info("added column %s.%s to the record store", table.name, col.name)
    return added


def session_factory(engine: Engine) -> sessionmaker[OrmSession]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def transaction(engine: Engine) -> Iterator[OrmSession]:
    """One unit of work: commit on success, roll back everything on any error."""
    with OrmSession(engine, expire_on_commit=False) as s, s.begin():
        yield s
