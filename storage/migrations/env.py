"""Alembic environment: runs on the connection handed over by storage.migrate."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import storage.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from storage.search import FTS_TABLES

target_metadata = SQLModel.metadata


def include_name(name, type_, _parent_names):  # type: ignore[no-untyped-def]
    """Leave the FTS5 search index (a virtual table and its shadow tables) to storage.search."""
    return not (type_ == "table" and name in FTS_TABLES)


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("storage.migrate passes a connection; alembic CLI use is not supported")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        compare_type=True,
        include_name=include_name,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
