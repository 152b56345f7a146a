"""Stored text is text: control characters never reach the database (nor the terminal).

A directive pasted from a web page, a unit name from a CSV, an OCR'd file may carry
``ESC[2J``, ``ESC]0;…BEL`` or other control characters; shown in a terminal they clear
the screen or retitle the window, and an .xlsx refuses them. One session hook strips
them from every text column of every row written, whatever screen, command or import
wrote it. Tab and newline stay (multi-line fields); a carriage return becomes a newline.
The same hook refuses a text longer than its column (``TextTooLong``), on both engines.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session as OrmSession

from storage.control_chars import has_controls, without_controls


class TextTooLong(ValueError):
    """A text is longer than its column allows (PostgreSQL enforces ``VARCHAR(n)``,
    SQLite does not): refused on both engines alike, before the database sees it."""

    def __init__(self, table: str, column: str, limit: int, length: int) -> None:
        super().__init__(f"{table}.{column}: {length} > {limit}")
        self.table, self.column, self.limit, self.length = table, column, limit, length


def _before_flush(session: OrmSession, _context: Any, _instances: Any) -> None:
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        for attribute in state.mapper.column_attrs:  # every text value, whatever its type
            value = getattr(obj, attribute.key, None)
            if not isinstance(value, str):
                continue
            if has_controls(value):
                value = without_controls(value)
                setattr(obj, attribute.key, value)
            limit = getattr(attribute.columns[0].type, "length", None)
            if (
                limit is not None
                and len(value) > limit
                and (obj in session.new or state.attrs[attribute.key].history.has_changes())
            ):
                raise TextTooLong(state.mapper.local_table.name, attribute.key, limit, len(value))


def install() -> None:
    """Attach the hook to every ORM session (idempotent); before the audit log's own."""
    if not event.contains(OrmSession, "before_flush", _before_flush):
        event.listen(OrmSession, "before_flush", _before_flush)
