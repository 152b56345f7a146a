"""Units get a folded name (no case, no diacritics) so search can use an index.

Revision ID: 0002_unit_name_folded
Revises: 0001_core_tables
Create Date: 2026-11-23 22:40:00
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_unit_name_folded"
down_revision: str | None = "0001_core_tables"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _fold(text: str) -> str:
    # Frozen copy of storage.folding.fold as it was when this migration was written:
    # a migration must keep doing what it did, whatever the app's code becomes.
    text = text.translate(str.maketrans({"đ": "d", "Đ": "d", "ð": "d"}))
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def upgrade() -> None:
    with op.batch_alter_table("units", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("name_folded", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.create_index(batch_op.f("ix_units_name_folded"), ["name_folded"], unique=False)

    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, name FROM units")).fetchall()
    for unit_id, name in rows:
        conn.execute(
            sa.text("UPDATE units SET name_folded = :folded WHERE id = :id"),
            {"folded": _fold(name), "id": unit_id},
        )


def downgrade() -> None:
    with op.batch_alter_table("units", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_units_name_folded"))
        batch_op.drop_column("name_folded")
