"""Optimistic concurrency: a record is saved only if nobody saved it since it was read."""

from __future__ import annotations

from sqlalchemy import update
from sqlmodel import Session, SQLModel


def claim_version(session: Session, model: type[SQLModel], record_id: int, expected: int) -> bool:
    """Bump the record's version if it is still ``expected``; False if someone was quicker.

    The UPDATE takes SQLite's write lock, so check and save happen in one transaction.
    """
    table = model.__table__  # type: ignore[attr-defined]
    result = session.execute(  # type: ignore[call-overload]
        update(table)
        .where(table.c.id == record_id, table.c.version == expected)
        .values(version=expected + 1)
    )
    return bool(result.rowcount)
