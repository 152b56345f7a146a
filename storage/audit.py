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


def _logged(field: str, old: Any, new: Any) -> tuple[str, str | None, str | None] | None:
    """A field's change as the log keeps it (None when it is not logged or not a change)."""
    if field in _SKIPPED_FIELDS or _as_text(old) == _as_text(new):
        return None
    if field in _SUMMARISED:
        return field, _length(old), _length(new)
    return field, _as_text(old), _as_text(new)


def _changes(obj: Any) -> list[tuple[str, str | None, str | None]]:
    state = inspect(obj)
    changed = []
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        change = _logged(attr.key, old, new)
        if change is not None:
            changed.append(change)
    return changed


def _row(
    user: str,
    now: Any,
    table: str,
    record_id: int | None,  # an ORM row has its id by the time the flush is over
    action: str,
    change: tuple[str, str | None, str | None] = ("", None, None),
) -> dict[str, Any]:
    field, old, new = change
    return {
        "at": now,
        "os_user": user,
        "table_name": table,
        "record_id": record_id,
        "action": action,
        "field": field,
        "old_value": old,
        "new_value": new,
    }


def _before_flush(session: OrmSession, _context: Any, _instances: Any) -> None:
    now = utcnow()
    for obj in session.dirty:
        if isinstance(obj, AUDITED) and hasattr(obj, "updated_at") and session.is_modified(obj):
            obj.updated_at = now


def _after_flush(session: OrmSession, _context: Any) -> None:
    user, now = clerk(session), utcnow()
    rows = [
        _row(user, now, obj.__tablename__, obj.id, "create")
        for obj in session.new
        if isinstance(obj, AUDITED)
    ]
    for obj in session.dirty:
        if isinstance(obj, AUDITED):
            rows += [
                _row(user, now, obj.__tablename__, obj.id, "update", change)
                for change in _changes(obj)
            ]
    rows += [
        _row(user, now, obj.__tablename__, obj.id, "delete")
        for obj in session.deleted
        if isinstance(obj, AUDITED)
    ]
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
    user, now = clerk(connection), utcnow()
    rows = [_row(user, now, table_name, record_id, "create") for record_id in created]
    for record_id, old, new in updated:
        for field, value in new.items():
            change = _logged(field, old.get(field), value)
            if change is not None:
                rows.append(_row(user, now, table_name, record_id, "update", change))
    if rows:
        connection.execute(table_of(AuditLog).insert(), rows)
    return len(rows)


def install() -> None:
    """Attach the audit hooks to every ORM session (idempotent)."""
    if not event.contains(OrmSession, "after_flush", _after_flush):
        event.listen(OrmSession, "before_flush", _before_flush)
        event.listen(OrmSession, "after_flush", _after_flush)
