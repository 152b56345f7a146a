"""Alembic environment: runs on the connection handed over by storage.migrate."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import storage.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from storage.search import FTS_TABLES
from storage.search import TABLE as SEARCH_TABLE

target_metadata = SQLModel.metadata


# Indexes only PostgreSQL has, made by their migrations, not by the models.
SERVER_ONLY_INDEXES = {
    "ix_tasks_title_trgm",
    "ix_assignments_open_unit",
    f"ix_{SEARCH_TABLE}_document",
}


def include_name(name, type_, _parent_names):  # type: ignore[no-untyped-def]
    """Leave the search index (FTS5 on SQLite, a tsvector table on PostgreSQL) to
    storage.search, and PostgreSQL's own indexes to their migrations."""
    if type_ == "table":
        return name not in FTS_TABLES
    return not (type_ == "index" and name in SERVER_ONLY_INDEXES)


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
