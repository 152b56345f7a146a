"""PostgreSQL: open work by unit, for Hôm nay's «units with most overdue work».

The morning review counts every unit's open and overdue assignments in one pass. SQLite
answers it from ``ix_assignments_open_due`` (benchmarks/run.py: well under target); on
PostgreSQL that pass hashed 55,000 open rows (26 ms of a 40 ms Hôm nay on the decade
office, benchmarks/server.py), where an index of open work by unit and due date lets it
stream them in unit order from the index alone (6.5 ms). Nothing changes on SQLite.

Revision ID: 0015_open_work_by_unit
Revises: 0014_task_title_trigrams
Create Date: 2026-12-06 20:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0015_open_work_by_unit"
down_revision: str | None = "0014_task_title_trigrams"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_assignments_open_unit"  # left out of the model comparison (storage/migrations/env.py)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        f"CREATE INDEX {INDEX} ON assignments (unit_id, due_date) WHERE completed_date IS NULL"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP INDEX IF EXISTS {INDEX}")
