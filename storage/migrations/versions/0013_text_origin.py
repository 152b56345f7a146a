"""How a directive's text was obtained: typed, a text file, .docx, a PDF's text, or OCR.

Issue 15: the importer reads .docx, PDFs and scans; the detail view says which, with the
OCR engine, language and mean confidence, so a clerk knows how far to trust the text.
Directives registered before this revision say nothing (an empty origin).

Revision ID: 0013_text_origin
Revises: 0012_directive_identity
Create Date: 2026-12-06 19:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_text_origin"
down_revision: str | None = "0012_directive_identity"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("directives", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("text_origin", sa.String(length=20), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("text_origin_note", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("text_confidence", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("directives", schema=None) as batch_op:
        batch_op.drop_column("text_confidence")
        batch_op.drop_column("text_origin_note")
        batch_op.drop_column("text_origin")
