"""Search folds the look-alike letters too: «Ð ð» as «đ», «Ƣ ƣ» as «ư».

OCR and some PDF fonts give the eth «Ð» for «Đ» and the letter «ƣ» (oi) for «ư»
(«Công Thƣơng»), so a directive imported from such a text was not found by «cong
thuong». ``storage.folding.fold`` now folds them; this migration folds again what was
stored before: the search index of the directives that hold one of them, and the
folded titles of such tasks. Nothing else is touched, and running it twice changes
nothing.

Revision ID: 0016_fold_look_alikes
Revises: 0015_open_work_by_unit
Create Date: 2026-12-07 03:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from storage import search
from storage.folding import LOOK_ALIKES, fold

revision: str = "0016_fold_look_alikes"
down_revision: str | None = "0015_open_work_by_unit"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_DIRECTIVE_COLUMNS = ("number_symbol", "doc_type", "issuer", "subject", "full_text")


def _holding(columns: Sequence[str]) -> tuple[str, dict[str, str]]:
    """A WHERE clause matching rows whose ``columns`` hold a look-alike, and its values."""
    params = {f"p{k}": f"%{ch}%" for k, ch in enumerate(LOOK_ALIKES)}
    clause = " OR ".join(f"{column} LIKE :{name}" for column in columns for name in params)
    return clause, params


def upgrade() -> None:
    bind = op.get_bind()
    where, params = _holding(_DIRECTIVE_COLUMNS)
    rows = bind.execute(
        sa.text(f"SELECT id, {', '.join(_DIRECTIVE_COLUMNS)} FROM directives WHERE {where}"),
        params,
    )
    search.index_rows(bind, [search.columns_of(row) for row in rows])
    where, params = _holding(("title",))
    tasks = bind.execute(sa.text(f"SELECT id, title FROM tasks WHERE {where}"), params)
    updates = [{"id": row.id, "folded": fold(row.title)} for row in tasks]
    if updates:
        bind.execute(sa.text("UPDATE tasks SET title_folded = :folded WHERE id = :id"), updates)


def downgrade() -> None:
    """Nothing to undo: the older fold reads the index as it did."""
