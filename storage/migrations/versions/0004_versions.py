"""Version counters on units and tasks: a stale edit is refused, never a silent overwrite.

Revision ID: 0004_versions
Revises: 0003_deadlines
Create Date: 2026-11-24 00:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_versions"
down_revision: str | None = "0003_deadlines"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for table in ("units", "tasks"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), nullable=False, server_default="1")
            )


def downgrade() -> None:
    for table in ("units", "tasks"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
