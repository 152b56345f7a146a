"""What differs between the two engines an office can run on, in one place.

SQLite (a file, the default) and PostgreSQL (a server, for an office with several clerks)
run the same models, migrations and services. The few statements that differ are
chosen here from the connection's dialect: engine options, the upsert, and which search
index exists (``storage.search`` asks ``is_postgres``). Everything else is portable
SQLAlchemy: ``extract("year", …)``, ``case``, ``coalesce``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

POSTGRES_SCHEMES = ("postgresql", "postgres")
BUSY_TIMEOUT_MS = 10_000
# How long a statement waits for another clerk's row lock on PostgreSQL before it gives
# up (the same patience as SQLite's busy timeout).
LOCK_TIMEOUT_MS = BUSY_TIMEOUT_MS


class MissingDriver(Exception):
    """The PostgreSQL driver (psycopg 3) is not installed."""


def is_server_url(value: str) -> bool:
    """True when ``value`` names a database server (``postgresql://…``), not a file."""
    scheme = value.split(":", 1)[0].lower()
    return "://" in value and scheme.split("+", 1)[0] in POSTGRES_SCHEMES


def driver_url(value: str) -> str:
    """The SQLAlchemy URL for a ``postgresql://`` address: always through psycopg 3."""
    url = make_url(value)
    return url.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)


def shown_url(value: str) -> str:
    """A server address as a clerk may see it: never with its password."""
    try:
        return make_url(value).render_as_string(hide_password=True)
    except Exception:
        return "(địa chỉ máy chủ)"


def engine_options(url: str) -> dict[str, Any]:
    """``create_engine`` keywords for ``url``'s engine."""
    if url.startswith("sqlite"):
        return {"connect_args": {"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}}
    try:
        import psycopg  # noqa: F401
    except ImportError as exc:
        raise MissingDriver from exc
    return {
        # Timestamps come back in UTC (the app converts to the office's UTC+7 itself),
        # and a clerk waiting on another's lock is told, not left hanging.
        "connect_args": {
            "options": f"-c timezone=UTC -c lock_timeout={LOCK_TIMEOUT_MS}",
            "connect_timeout": 5,
            "application_name": "secretariat",
        },
        "pool_pre_ping": True,  # a server restarted meanwhile: reconnect, not fail
    }


def is_postgres(bind: Connection | Engine | Session) -> bool:
    return (
        bind.get_bind().dialect.name == "postgresql"
        if isinstance(bind, Session)
        else (bind.dialect.name == "postgresql")
    )


def upsert(bind: Connection | Engine | Session, table: Table) -> Any:
    """``INSERT … ON CONFLICT`` for ``table`` in the bind's dialect (the same API on both)."""
    return (postgresql.insert if is_postgres(bind) else sqlite.insert)(table)


# PostgreSQL's ICU collation for Vietnamese: a, ă, â … d, đ … in the alphabet's order.
VIETNAMESE_COLLATION = "vi-x-icu"


def alphabetical(bind: Connection | Engine | Session, column: Any, folded: Any = None) -> list[Any]:
    """ORDER BY terms that put Vietnamese text in the alphabet's order: PostgreSQL's ICU
    collation; SQLite has none, so its folded twin first (``Đảng`` with ``Dang``, not
    after ``Z`` as the bytes would), then the text itself (diacritics break ties)."""
    if is_postgres(bind):
        return [column.collate(VIETNAMESE_COLLATION)]
    return [folded, column] if folded is not None else [column]
