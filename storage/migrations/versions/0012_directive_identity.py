"""A directive is registered once: its number, issuer and date of issue are unique.

Two clerks saving the same directive at the same moment stored it twice (issue 14, item
8). The unique index covers the directives whose identity is complete (a number and a
date of issue; a giấy mời without them is not covered). An office may already hold such
twins: none is deleted or changed; each later copy (by id) is marked with the directive
it repeats in ``duplicate_of``, which takes it out of the index, so the upgrade never
fails on them and the twins can still be found and merged by hand.

Revision ID: 0012_directive_identity
Revises: 0011_import_candidates
Create Date: 2026-12-06 19:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_directive_identity"
down_revision: str | None = "0011_import_candidates"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As in storage.models.IDENTITY_WHERE at this revision (a migration never imports a
# value that may change later).
IDENTITY_WHERE = "number_symbol != '' AND issued_date IS NOT NULL AND duplicate_of IS NULL"


def upgrade() -> None:
    with op.batch_alter_table("directives", schema=None) as batch_op:
        batch_op.add_column(sa.Column("duplicate_of", sa.Integer(), nullable=True))
    # Every later copy of a complete identity points at the first one registered.
    op.execute(
        "UPDATE directives SET duplicate_of = ("
        " SELECT MIN(first.id) FROM directives AS first"
        " WHERE first.number_symbol = directives.number_symbol"
        " AND first.issuer = directives.issuer"
        " AND first.issued_date = directives.issued_date"
        ") WHERE number_symbol != '' AND issued_date IS NOT NULL AND id > ("
        " SELECT MIN(first.id) FROM directives AS first"
        " WHERE first.number_symbol = directives.number_symbol"
        " AND first.issuer = directives.issuer"
        " AND first.issued_date = directives.issued_date)"
    )
    op.create_index(
        "uq_directives_identity",
        "directives",
        ["number_symbol", "issuer", "issued_date"],
        unique=True,
        sqlite_where=sa.text(IDENTITY_WHERE),
        postgresql_where=sa.text(IDENTITY_WHERE),
    )


def downgrade() -> None:
    op.drop_index("uq_directives_identity", table_name="directives")
    with op.batch_alter_table("directives", schema=None) as batch_op:
        batch_op.drop_column("duplicate_of")
