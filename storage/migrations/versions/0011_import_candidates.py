"""What an import proposed for a directive, by source sentence and deadline phrase.

One row per candidate task the clerk kept (with the task made of it) or dropped (no
task), so a re-import proposes only what the directive does not have yet and brings
dropped candidates back unticked. Directives imported before this revision have no
rows: a re-import matches their tasks on title and deadline instead.

Revision ID: 0011_import_candidates
Revises: 0010_assignment_due
Create Date: 2026-12-06 19:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0011_import_candidates"
down_revision: str | None = "0010_assignment_due"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "import_candidates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("directive_id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=True),
        sa.Column("sentence", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("phrase", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["directive_id"], ["directives.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["task_id"], ["tasks.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("import_candidates", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_import_candidates_directive_id"), ["directive_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_import_candidates_task_id"), ["task_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("import_candidates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_candidates_task_id"))
        batch_op.drop_index(batch_op.f("ix_import_candidates_directive_id"))
    op.drop_table("import_candidates")
