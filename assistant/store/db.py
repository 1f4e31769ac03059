"""Engine creation, schema set-up and upgrades, and transactions."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from sqlalchemy import (
    URL,
    Engine,
    TextClause,
    create_engine,
    event,
    inspect,
    make_url,
    select,
    text,
)
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import sessionmaker

from assistant.errors import AssistantError, ConfigError, Conflict, StoreUnavailable
from assistant.store.models import Base, Meta

log = logging.getLogger(__name__)

#: Bump when the schema changes, and add the step that upgrades from the previous version.
SCHEMA_VERSION = 1
SQLITE_BUSY_SECONDS = 60.0
IN_CHUNK = 500  # ids per IN (...) query: well under SQLite's and PostgreSQL's parameter limits
_IN_WRITE: ContextVar[bool] = ContextVar("assistant_in_write_transaction", default=False)
UPGRADES: dict[int, Callable[[Engine], None]] = {}  # from-version -> step to from-version + 1


def in_chunks(ids: Sequence[Any]) -> Iterator[Sequence[Any]]:
    """``ids`` in slices small enough for one ``IN (...)`` query each."""
    for i in range(0, len(ids), IN_CHUNK):
        yield ids[i:i + IN_CHUNK]


#: The PostgreSQL driver the assistant installs and uses (psycopg 3).
POSTGRES_DRIVER = "postgresql+psycopg"


def with_postgres_driver(url: str) -> str:
    """``url`` with PostgreSQL's bare schemes (``postgresql://``, and ``postgres://`` as
    Heroku, Render, Supabase and libpq tools write it) mapped to :data:`POSTGRES_DRIVER`;
    other URLs, an explicit driver included, unchanged."""
    for scheme in ("postgresql://", "postgres://"):
        if url.startswith(scheme):
            return f"{POSTGRES_DRIVER}://{url.removeprefix(scheme)}"
    return url


def shown_url(url: str) -> str:
    """``url`` fit to print: its password masked, also when it does not parse (a mistyped
    ``postgres//bob:pw@host/x`` or a port that is not a number still holds the password)."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        # user:password@ after "//"; with the "//" lost, whatever stands before the last
        # "@" after the first colon is taken for the password (better masked too much).
        masked = _AFTER_SLASHES.sub(r"\1***@", url)
        return masked if masked != url else _NO_SLASHES.sub(r"\1***@", url)


_AFTER_SLASHES = re.compile(r"(//[^:/@\s]*:)[^\s]*@")
_NO_SLASHES = re.compile(r"^([^:@\s]*:(?:[^:/@\s]*:)?)[^\s]*@")


def make_engine(url: str) -> Engine:
    """Create an engine for a SQLAlchemy URL; SQLite files get their folder and WAL mode."""
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        folder = Path(url.removeprefix("sqlite:///")).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreUnavailable(f"Cannot create the record store's folder {folder} "
                                   f"({exc.strerror or exc}). Fix: choose a writable place "
                                   "with --data-dir or ASSISTANT_DATABASE_URL.") from None
    url = with_postgres_driver(url)
    sqlite = url.startswith("sqlite")
    try:
        # A writer waits this long for another's write transaction before giving up.
        engine = create_engine(url, future=True,
                               connect_args={"timeout": SQLITE_BUSY_SECONDS} if sqlite else {})
    except Exception as exc:  # bad URL, missing driver
        raise ConfigError(f"Cannot open database URL {shown_url(url)!r}: {exc}. Fix "
                          "ASSISTANT_DATABASE_URL: sqlite:///path/to/file.db or "
                          "postgresql://user:password@host:5432/database.") from exc

    @event.listens_for(engine, "handle_error")
    def _unreachable(ctx: ExceptionContext) -> BaseException | None:
        # No connection could be made (ctx.connection is None), or the one in use died:
        # every caller (CLI command, app request) then says so in one line, not a traceback.
        if not (ctx.connection is None or ctx.is_disconnect):
            return None
        if sqlite and "unable to open" not in str(ctx.original_exception):
            return None  # a busy, locked or full SQLite file: transaction() says which
        return unreachable(engine.url, ctx.original_exception)

    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()
            # SQLAlchemy emits BEGIN itself (below), so the driver must not.
            dbapi_conn.isolation_level = None

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn):  # type: ignore[no-untyped-def]
            # A write transaction takes the write lock when it starts (BEGIN IMMEDIATE):
            # its reads then see the state it writes on, and two writers queue instead of
            # one failing at commit ("database is locked") after reading stale rows.
            immediate = conn.get_execution_options().get("sqlite_immediate", False)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
    return engine


def unreachable(url: URL, exc: BaseException) -> StoreUnavailable:
    """The error for a record store that cannot be reached: which one (its URL without the
    password), the driver's reason, and what to check."""
    where = url.render_as_string(hide_password=True)
    lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
    reason = (lines[0] if lines else type(exc).__name__).rpartition(" failed: ")[2]
    reason = reason.removeprefix("FATAL:").strip().rstrip(".")
    low = reason.lower()
    setting = "ASSISTANT_DATABASE_URL (or --database-url)"
    if url.get_backend_name() == "sqlite":
        fix = (f"check that the file's folder exists and is writable, or correct {setting}.")
    elif "database" in low and "does not exist" in low:
        fix = (f"create the database (`createdb {url.database}`) or correct the database "
               f"name in {setting}.")
    elif any(w in low for w in ("role", "password", "authentication", "no pg_hba")):
        fix = (f"check the user name and password in {setting}, and that PostgreSQL lets "
               "that user in (pg_hba.conf).")
    else:
        fix = (f"start PostgreSQL, or check that {url.host or 'its host'}:{url.port or 5432} "
               f"is reachable from here, or correct {setting}.")
    return StoreUnavailable(f"Cannot reach the record store {where} ({reason}). Fix: {fix}")


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


def in_write_transaction() -> bool:
    """True inside :func:`transaction` in this thread: work that would write through a
    second connection (the embedding cache) must not, or it waits on our own lock."""
    return _IN_WRITE.get()


@contextmanager
def transaction(engine: Engine) -> Iterator[OrmSession]:
    """One unit of work: commit on success, roll back everything on any error.

    On SQLite the transaction takes the write lock at once (``BEGIN IMMEDIATE``); on
    PostgreSQL rows read ``with_for_update()`` are locked. A unique key that a concurrent
    writer took first, or a store too busy to take the lock, raises :class:`Conflict`
    (nothing is saved) instead of a raw database error.
    """
    token = _IN_WRITE.set(True)
    try:
        with OrmSession(engine, expire_on_commit=False) as s:
            try:
                with s.begin():
                    if engine.dialect.name == "sqlite":
                        s.connection(execution_options={"sqlite_immediate": True})
                    yield s
            except IntegrityError as exc:
                log.info("write refused by a constraint: %s", exc.orig)
                raise Conflict("Someone else changed the same record at the same moment, so "
                               "nothing was saved. Reload and try again.") from None
            except OperationalError as exc:
                reason = str(exc.orig).lower()
                if "disk is full" in reason or "no space" in reason:
                    raise AssistantError("The disk holding the record store is full, so "
                                         "nothing was saved. Free some space and try "
                                         "again.") from None
                if "locked" not in reason and "busy" not in reason:
                    raise
                log.info("write refused, store busy: %s", exc.orig)
                raise Conflict("The record store is busy with another long write, so nothing "
                               "was saved. Try again in a minute.") from None
    finally:
        _IN_WRITE.reset(token)


def insert_ignoring_duplicates(s: OrmSession, model: Any, rows: Sequence[Mapping[str, Any]],
                               returning: Any = None) -> list[Any]:
    """INSERT ... ON CONFLICT DO NOTHING (SQLite and PostgreSQL): rows whose key a
    concurrent writer stored first are skipped, not an error. With ``returning`` (a
    column), returns that column of the rows actually inserted."""
    if not rows:
        return []
    from sqlalchemy.dialects import postgresql, sqlite

    pg = s.get_bind().dialect.name == "postgresql"
    stmt: Any = (postgresql.insert(model) if pg else sqlite.insert(model)).on_conflict_do_nothing()
    if returning is None:
        s.execute(stmt, list(rows))
        return []
    return list(s.execute(stmt.returning(returning), list(rows)).scalars())
