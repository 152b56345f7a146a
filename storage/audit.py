"""Audit log written by the session itself, so no service can forget it.

Every flush that creates, updates or deletes a unit, directive, task,
assignment or meeting writes one ``audit_log`` row per changed field (one row
for a creation or deletion), with the OS user, in the same transaction. A bulk write
that skips the ORM (a large units import) writes the same rows with ``log_bulk``.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterable
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Connection, event, inspect, text
from sqlalchemy.orm import Session as OrmSession

from storage.models import (
    Assignment,
    Attachment,
    AuditLog,
    Directive,
    Meeting,
    MeetingAttendee,
    Task,
    Unit,
    utcnow,
)
from storage.tables import table_of

AUDITED = (Unit, Directive, Attachment, Task, Assignment, Meeting, MeetingAttendee)
_SKIPPED_FIELDS = {"created_at", "updated_at", "name_folded", "title_folded"}
# Autosaved every few seconds: the log says who changed the minutes and when, with the
# length, not a full copy per autosave (an overwrite of someone else's text is logged
# in full by meetings.save_minutes).
_SUMMARISED = {"minutes"}


def _length(value: Any) -> str:
    return f"{len(value or '')} ký tự"


@cache
def os_user() -> str:
    """The login name of whoever runs the app ("?" when the OS will not say)."""
    try:
        return getpass.getuser()
    except Exception:  # getuser raises OSError or KeyError in odd containers
        return "?"


def clerk(bind: OrmSession | Connection) -> str:
    """Who is writing: on PostgreSQL the role the clerk connected as (each clerk has her
    own), read once per connection; on SQLite the OS login (one file, one PC)."""
    connection = bind.connection() if isinstance(bind, OrmSession) else bind
    if connection.dialect.name != "postgresql":
        return os_user()
    info = connection.info
    if "clerk" not in info:
        info["clerk"] = str(connection.execute(text("SELECT current_user")).scalar_one())
    return str(info["clerk"])


def last_change(connection: Connection) -> int:
    """A number that grows with every audited write, from any terminal: the newest audit
    row. Screens compare it to decide whether what they show can be stale."""
    return int(connection.execute(text("SELECT coalesce(max(id), 0) FROM audit_log")).scalar_one())


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def _changes(obj: Any) -> list[tuple[str, str | None, str | None]]:
    state = inspect(obj)
    changed: list[tuple[str, str | None, str | None]] = []
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIPPED_FIELDS:
            continue
        history = state.attrs[attr.key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if _as_text(old) != _as_text(new):
            if attr.key in _SUMMARISED:
                changed.append((attr.key, _length(old), _length(new)))
            else:
                changed.append((attr.key, _as_text(old), _as_text(new)))
    return changed


def _before_flush(session: OrmSession, _context: Any, _instances: Any) -> None:
    now = utcnow()
    for obj in session.dirty:
        if isinstance(obj, AUDITED) and hasattr(obj, "updated_at") and session.is_modified(obj):
            obj.updated_at = now


def _after_flush(session: OrmSession, _context: Any) -> None:
    rows: list[dict[str, Any]] = []
    user = clerk(session)
    now = utcnow()

    def row(obj: Any, action: str, field: str = "", old: Any = None, new: Any = None) -> None:
        rows.append(
            {
                "at": now,
                "os_user": user,
                "table_name": obj.__tablename__,
                "record_id": obj.id,
                "action": action,
                "field": field,
                "old_value": old,
                "new_value": new,
            }
        )

    for obj in session.new:
        if isinstance(obj, AUDITED):
            row(obj, "create")
    for obj in session.dirty:
        if isinstance(obj, AUDITED):
            for field, old, new in _changes(obj):
                row(obj, "update", field, old, new)
    for obj in session.deleted:
        if isinstance(obj, AUDITED):
            row(obj, "delete")
    if rows:
        session.connection().execute(table_of(AuditLog).insert(), rows)


def log_bulk(
    connection: Connection,
    table_name: str,
    created: Iterable[int],
    updated: Iterable[tuple[int, dict[str, Any], dict[str, Any]]],
) -> int:
    """Audit a bulk write that bypassed the ORM (and so the flush hook), as the hook would.

    ``created``: the ids of new records, one «create» row each; ``updated``: (id, old
    values, new values) of changed records, one «update» row per changed field, the
    values written as text the same way. Returns how many rows were written.
    """
    user = clerk(connection)
    now = utcnow()
    rows: list[dict[str, Any]] = [
        {
            "at": now,
            "os_user": user,
            "table_name": table_name,
            "record_id": record_id,
            "action": "create",
            "field": "",
            "old_value": None,
            "new_value": None,
        }
        for record_id in created
    ]
    for record_id, old, new in updated:
        for field, value in new.items():
            if field in _SKIPPED_FIELDS or _as_text(old.get(field)) == _as_text(value):
                continue
            before, after = old.get(field), value
            texts: tuple[str | None, str | None]
            if field in _SUMMARISED:
                texts = (_length(before), _length(after))
            else:
                texts = (_as_text(before), _as_text(after))
            rows.append(
                {
                    "at": now,
                    "os_user": user,
                    "table_name": table_name,
                    "record_id": record_id,
                    "action": "update",
                    "field": field,
                    "old_value": texts[0],
                    "new_value": texts[1],
                }
            )
    if rows:
        connection.execute(table_of(AuditLog).insert(), rows)
    return len(rows)


def install() -> None:
    """Attach the audit hooks to every ORM session (idempotent)."""
    if not event.contains(OrmSession, "after_flush", _after_flush):
        event.listen(OrmSession, "before_flush", _before_flush)
        event.listen(OrmSession, "after_flush", _after_flush)
