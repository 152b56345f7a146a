"""Every assignment carries its due date (its own, else its task's), indexed for open work.

See storage.derived for how it is kept. Measured on 1,000,000 assignments: the morning
review's sections become index range scans instead of joining 55,000 open rows to tasks.

Revision ID: 0010_assignment_due
Revises: 0009_search_first_letter
Create Date: 2026-11-24 15:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_assignment_due"
down_revision: str | None = "0009_search_first_letter"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "UPDATE assignments SET due_date = "
        "(SELECT tasks.due_date FROM tasks WHERE tasks.id = assignments.task_id) "
        "WHERE due_date IS NULL"
    )
    op.create_index(
        "ix_assignments_open_due",
        "assignments",
        ["due_date", "task_id", "unit_id", "role"],
        sqlite_where=sa.text("completed_date IS NULL"),
        postgresql_where=sa.text("completed_date IS NULL"),
    )
    op.execute("ANALYZE")


def downgrade() -> None:
    op.drop_index("ix_assignments_open_due", table_name="assignments")
