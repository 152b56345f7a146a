"""Full-text search over directives: an index of folded text, kept by session hooks.

SQLite's own tokenizer strips most diacritics but not ``đ``, so the index holds
text already folded by ``storage.folding.fold`` (``Đảng`` is indexed as ``dang``),
and queries are folded the same way. The hooks write the index in the flush that
writes the directive, so a committed directive is always findable.

On SQLite the index is an FTS5 table; on PostgreSQL a table of the same name and
columns with a ``tsvector`` of them (the ``simple`` configuration: the text is folded
already, so no language's stemming or accents apply) under a GIN index. The same
Python fold feeds both, so ``đ`` → ``d`` is identical on the two engines, and every
typed word is a prefix on both (``"dang"*`` in FTS5, ``dang:*`` in a tsquery).
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, event, inspect, text
from sqlalchemy.orm import Session as OrmSession

from storage.folding import fold
from storage.models import Directive

TABLE = "directive_search"
# Created by migration 0005; Alembic's model comparison skips these names.
CREATE_SQL = (
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5("
    "head, subject, body, tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')"
)
# PostgreSQL's twin of the FTS5 table: rowid, head, subject, body, as above. Everything
# but letters and digits separates words, as in FTS5's tokenizer: PostgreSQL's own parser
# would keep «kl/tu» (of 244-KL/TU) as one path-like token, which «kl» would not find.
CREATE_SERVER_SQL = (
    f"CREATE TABLE {TABLE} (rowid INTEGER PRIMARY KEY, head TEXT NOT NULL DEFAULT '', "
    "subject TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '', document tsvector "
    "GENERATED ALWAYS AS (to_tsvector('simple', regexp_replace(head || ' ' || subject || ' ' "
    "|| body, '[^[:alnum:]]+', ' ', 'g'))) STORED)"
)
CREATE_SERVER_INDEX_SQL = f"CREATE INDEX ix_{TABLE}_document ON {TABLE} USING gin (document)"
FTS_TABLES = {
    TABLE,
    *(f"{TABLE}_{part}" for part in ("data", "idx", "content", "docsize", "config")),
}

_INDEXED = ("number_symbol", "doc_type", "issuer", "subject", "full_text")
_WORD = re.compile(r"\w+")


def columns_of(directive: Any) -> dict[str, Any]:
    """A directive's row of the index: its id and its folded head, subject and body."""
    head = " ".join((directive.number_symbol, directive.doc_type, directive.issuer))
    return {
        "id": directive.id,
        "head": fold(head),
        "subject": fold(directive.subject),
        "body": fold(directive.full_text),
    }


def index_rows(connection: Connection, rows: list[dict[str, Any]]) -> None:
    """(Re)index directives given as ``{id, head, subject, body}`` (folded) rows."""
    if not rows:
        return
    connection.execute(
        text(f"DELETE FROM {TABLE} WHERE rowid = :id"), [{"id": r["id"]} for r in rows]
    )
    connection.execute(
        text(
            f"INSERT INTO {TABLE}(rowid, head, subject, body) VALUES (:id, :head, :subject, :body)"
        ),
        rows,
    )


def rebuild(connection: Connection) -> None:
    """Index every directive from scratch (used by the migration that creates the index)."""
    connection.execute(text(f"DELETE FROM {TABLE}"))
    result = connection.execute(
        text("SELECT id, number_symbol, doc_type, issuer, subject, full_text FROM directives")
    )
    batch: list[dict[str, Any]] = []
    for row in result:
        batch.append(columns_of(row))
        if len(batch) >= 500:
            index_rows(connection, batch)
            batch = []
    index_rows(connection, batch)


def create_index(connection: Connection, *, fts5_sql: str = CREATE_SQL) -> None:
    """Create the (empty) index table in the connection's engine (``fts5_sql``: the FTS5
    definition a migration froze) and fill it from the directives."""
    if connection.dialect.name == "postgresql":
        connection.execute(text(CREATE_SERVER_SQL))
        connection.execute(text(CREATE_SERVER_INDEX_SQL))
    else:
        connection.execute(text(fts5_sql))
    rebuild(connection)


def _words(query: str) -> list[str]:
    return _WORD.findall(fold(query))


def matching_ids(bind: Connection | OrmSession, query: str, limit: int | None) -> Any:
    """A statement selecting the ids (``rowid``) of the directives matching ``query``,
    newest first, at most ``limit`` (None: all); None when nothing searchable was typed.

    Only word characters reach the engine: FTS5 gets each word quoted as a prefix
    (``"dang"*``), PostgreSQL a tsquery of prefixes (``dang:* & uy:*``), so quotes,
    brackets, ``*`` or ``-`` can never make a syntax error.
    """
    words = _words(query)
    if not words:
        return None
    dialect = bind.get_bind().dialect if isinstance(bind, OrmSession) else bind.dialect
    if dialect.name == "postgresql":
        condition = "document @@ to_tsquery('simple', :q)"
        expression = " & ".join(f"{word}:*" for word in words)
    else:
        condition = f"{TABLE} MATCH :q"
        expression = " ".join(f'"{word}"*' for word in words)
    sql = f"SELECT rowid FROM {TABLE} WHERE {condition} ORDER BY rowid DESC"
    if limit is None:
        return text(sql).bindparams(q=expression)
    return text(f"{sql} LIMIT :n").bindparams(q=expression, n=limit)


def _after_flush(session: OrmSession, _context: Any) -> None:
    changed = [
        obj
        for obj in (*session.new, *session.dirty)
        if isinstance(obj, Directive) and _index_changed(session, obj)
    ]
    connection = session.connection()
    deleted = [{"id": obj.id} for obj in session.deleted if isinstance(obj, Directive)]
    if deleted:
        connection.execute(text(f"DELETE FROM {TABLE} WHERE rowid = :id"), deleted)
    index_rows(connection, [columns_of(obj) for obj in changed])


def _index_changed(session: OrmSession, obj: Directive) -> bool:
    if obj in session.new:
        return True
    state = inspect(obj)
    return any(state.attrs[name].history.has_changes() for name in _INDEXED)


def install() -> None:
    """Attach the index hook to every ORM session (idempotent)."""
    if not event.contains(OrmSession, "after_flush", _after_flush):
        event.listen(OrmSession, "after_flush", _after_flush)
