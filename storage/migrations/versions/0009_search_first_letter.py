"""Search index with one-letter prefixes: the first key typed is answered from the index.

Without it "d*" merged every indexed word starting with d (67-91 ms on 20,000
directives, benchmarks/run.py); the index is rebuilt once.

Revision ID: 0009_search_first_letter
Revises: 0008_task_title_folded
Create Date: 2026-11-24 14:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from storage import search

revision: str = "0009_search_first_letter"
down_revision: str | None = "0008_task_title_folded"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # PostgreSQL's tsvector index answers prefixes of any length already
    op.execute(f"DROP TABLE {search.TABLE}")
    op.execute(search.CREATE_SQL)
    search.rebuild(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(f"DROP TABLE {search.TABLE}")
    op.execute(
        f"CREATE VIRTUAL TABLE {search.TABLE} USING fts5(head, subject, body, "
        "tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
    )
    search.rebuild(op.get_bind())
