"""Directive register: số đến per year, version, attachments, full-text search index.

Revision ID: 0005_directive_register
Revises: 0004_versions
Create Date: 2026-11-24 09:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

from storage import search

revision: str = "0005_directive_register"
down_revision: str | None = "0004_versions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# The index as it was first created (0009 adds one-letter prefixes).
FIRST_FTS5 = (
    f"CREATE VIRTUAL TABLE {search.TABLE} USING fts5(head, subject, body, "
    "tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
)


def upgrade() -> None:
    with op.batch_alter_table("directives", schema=None) as batch_op:
        batch_op.add_column(sa.Column("incoming_year", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    # A number already in the register belongs to the year it was received.
    directives = sa.table(
        "directives",
        sa.column("incoming_year", sa.Integer),
        sa.column("incoming_number", sa.Integer),
        sa.column("received_date", sa.Date),
    )
    op.execute(
        directives.update()
        .where(directives.c.incoming_number.isnot(None), directives.c.received_date.isnot(None))
        .values(incoming_year=sa.cast(sa.extract("year", directives.c.received_date), sa.Integer))
    )
    with op.batch_alter_table("directives", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_directives_number_symbol"))
        batch_op.create_index("ix_directives_identity", ["number_symbol", "issued_date"])
        batch_op.create_index("ix_directives_received", ["received_date", "id"])
        batch_op.create_unique_constraint(
            "uq_directive_incoming", ["incoming_year", "incoming_number"]
        )

    op.create_table(
        "attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("directive_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
        sa.Column("stored_name", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["directive_id"], ["directives.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attachments_directive_id"), ["directive_id"], unique=False
        )

    search.create_index(op.get_bind(), fts5_sql=FIRST_FTS5)


def downgrade() -> None:
    op.execute(f"DROP TABLE {search.TABLE}")  # the same name on both engines
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachments_directive_id"))
    op.drop_table("attachments")
    with op.batch_alter_table("directives", schema=None) as batch_op:
        batch_op.drop_constraint("uq_directive_incoming", type_="unique")
        batch_op.drop_index("ix_directives_received")
        batch_op.drop_index("ix_directives_identity")
        batch_op.create_index(
            batch_op.f("ix_directives_number_symbol"), ["number_symbol"], unique=False
        )
        batch_op.drop_column("version")
        batch_op.drop_column("incoming_year")
