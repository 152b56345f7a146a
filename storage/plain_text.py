"""Stored text is text: control characters never reach the database (nor the terminal).

A directive pasted from a web page, a unit name from a CSV, an OCR'd file may carry
``ESC[2J``, ``ESC]0;…BEL`` or other control characters; shown in a terminal they clear
the screen or retitle the window, and an .xlsx refuses them. One session hook strips
them from every text column of every row written, whatever screen, command or import
wrote it. Tab and newline stay (multi-line fields); a carriage return becomes a newline.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session as OrmSession

from storage.control_chars import has_controls, without_controls


def _before_flush(session: OrmSession, _context: Any, _instances: Any) -> None:
    for obj in (*session.new, *session.dirty):
        mapper = inspect(obj).mapper
        for attribute in mapper.column_attrs:  # every text value, whatever its column type
            value = getattr(obj, attribute.key, None)
            if isinstance(value, str) and has_controls(value):
                setattr(obj, attribute.key, without_controls(value))


def install() -> None:
    """Attach the hook to every ORM session (idempotent); before the audit log's own."""
    if not event.contains(OrmSession, "before_flush", _before_flush):
        event.listen(OrmSession, "before_flush", _before_flush)
