"""PostgreSQL: a trigram index for the task list's filter (a word anywhere in a title).

The filter is ``title_folded LIKE '%word%'``: SQLite answers it by scanning the folded
titles (fast enough for a decade of one ward's tasks, benchmarks/run.py); on a server
that follows many wards, ``pg_trgm``'s GIN index answers it instead. The extension is
trusted (PostgreSQL 13+: a database owner may create it); where it cannot be had the
filter still works, unindexed. Nothing changes on SQLite.

Revision ID: 0014_task_title_trigrams
Revises: 0013_text_origin
Create Date: 2026-12-06 20:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_task_title_trigrams"
down_revision: str | None = "0013_text_origin"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_tasks_title_trgm"  # left out of the model comparison (storage/migrations/env.py)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    try:
        with bind.begin_nested():
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
    except sa.exc.DBAPIError:
        return  # not installed or not allowed: the filter scans, as on SQLite
    bind.execute(sa.text(f"CREATE INDEX {INDEX} ON tasks USING gin (title_folded gin_trgm_ops)"))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {INDEX}")
