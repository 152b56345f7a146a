"""Take the file's write lock at the start of a unit of work, before anything is read.

SQLite (through Python's sqlite3) begins a transaction lazily, at the first INSERT or
UPDATE, so what a service read before its first write may be stale by then: two clerks
both read «not registered yet», or the same next number, and both insert. Starting with
``BEGIN IMMEDIATE`` takes the lock first; a second writer waits (the busy timeout) and
then reads what the first one committed.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy import text
from sqlalchemy.orm import Session

WRITER_LOCK = 0x5EC2E7B  # PostgreSQL advisory lock: one checked writer at a time


def hold_write_lock(session: Session) -> None:
    """Begin the session's transaction as a writer now (SQLite's ``BEGIN IMMEDIATE``).

    A unit of work that has written already holds the lock. On PostgreSQL, where rows
    are locked one by one, the same guarantee comes from a transaction-scoped advisory
    lock that every such unit of work takes (the unique indexes still guard what must
    not repeat); it is released at commit or rollback. Raises the driver's «database is
    locked» (or PostgreSQL's lock timeout) if another writer keeps it past the timeout.
    """
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK})
        return
    driver = connection.connection.driver_connection
    if isinstance(driver, sqlite3.Connection) and not driver.in_transaction:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
