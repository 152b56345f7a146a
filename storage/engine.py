"""The engine: one place that sets what every connection needs, on SQLite (pragmas) and
on PostgreSQL (``storage.dialects``)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, event
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.pool import ConnectionPoolEntry
from sqlmodel import Session, create_engine

from storage import audit, derived, plain_text, search
from storage.dialects import BUSY_TIMEOUT_MS, driver_url, engine_options


def sqlite_url(path: Path | str) -> str:
    """Return the SQLAlchemy URL of a SQLite file."""
    return f"sqlite:///{Path(path)}"


def _set_pragmas(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
    # WAL lets a reader and a writer work at once; synchronous=FULL makes a
    # committed transaction survive a power cut; foreign keys are off by
    # default in SQLite and must be switched on per connection.
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """Create an engine: on SQLite every connection has WAL, FULL sync, FKs and a busy
    timeout; a ``postgresql://`` URL goes through psycopg 3 (``MissingDriver`` when it is
    not installed) with UTC timestamps and a lock timeout."""
    if not url.startswith("sqlite"):
        url = driver_url(url)
    engine = create_engine(url, echo=echo, **engine_options(url))
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_pragmas)
    plain_text.install()  # first: the audit log and the index see the cleaned text
    audit.install()
    search.install()
    derived.install()
    return engine


@contextmanager
def session_scope(engine: Engine, *, commit: bool = True) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on error (``commit=False``: roll
    back always, so nothing the work did reaches the file).

    Objects stay usable after commit (``expire_on_commit=False``) so they can be
    handed to the UI as plain values.
    """
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            if commit:
                session.commit()
            else:
                session.rollback()
        except BaseException:
            session.rollback()
            raise
