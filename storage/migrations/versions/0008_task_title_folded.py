"""Folded task titles, so the task list filters in SQL instead of loading every task.

Revision ID: 0008_task_title_folded
Revises: 0007_indexes
Create Date: 2026-11-24 13:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

from storage.folding import fold

revision: str = "0008_task_title_folded"
down_revision: str | None = "0007_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "title_folded",
                sqlmodel.sql.sqltypes.AutoString(length=1000),
                nullable=False,
                server_default="",
            )
        )
    connection = op.get_bind()
    rows = connection.execute(sa.text("SELECT id, title FROM tasks")).all()
    if rows:
        connection.execute(
            sa.text("UPDATE tasks SET title_folded = :folded WHERE id = :id"),
            [{"id": task_id, "folded": fold(title)} for task_id, title in rows],
        )


def downgrade() -> None:
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_column("title_folded")
