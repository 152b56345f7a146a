"""Optimistic concurrency: a record is saved only if nobody saved it since it was read."""

from __future__ import annotations

from typing import Any

from sqlalchemy import update
from sqlmodel import Session, SQLModel

from storage.tables import table_of


def claim_version(session: Session, model: type[SQLModel], record_id: int, expected: int) -> bool:
    """Bump the record's version if it is still ``expected``; False if someone was quicker.

    The UPDATE takes SQLite's write lock, so check and save happen in one transaction.
    """
    table = table_of(model)
    # ``exec`` of an UPDATE is typed as a ``CursorResult`` (``execute`` is not), so
    # ``rowcount`` is known; it runs the same ``Session.execute`` underneath.
    result = session.exec(
        update(table)
        .where(table.c.id == record_id, table.c.version == expected)
        .values(version=expected + 1)
    )
    return bool(result.rowcount)


def claim_unchanged(
    session: Session,
    model: type[SQLModel],
    record_id: int,
    expected: dict[str, Any],
    values: dict[str, Any],
) -> bool:
    """Write ``values`` only if the record's ``expected`` fields still hold what was read.

    For records without a version counter (an assignment marked done twice from two
    terminals): one conditional UPDATE, so the check and the write cannot be split.
    """
    table = table_of(model)
    conditions = [table.c.id == record_id]
    for name, value in expected.items():
        column = table.c[name]
        conditions.append(column.is_(None) if value is None else column == value)
    result = session.exec(update(table).where(*conditions).values(**values))
    return bool(result.rowcount)
