"""Values derived from others and stored for fast reading, kept by session hooks so no
service can forget them: a task's folded title, and each assignment's due date.

An assignment's ``due_date`` is the date that unit must meet: its own after a gia hạn,
else its task's. It is filled from the task when the assignment is created, and follows
the task when the task's date changes (unless the unit was given its own date). The
morning review then reads open work by due date from one partial index, without joining
every open assignment to its task (benchmarks/run.py).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect, update
from sqlalchemy.orm import Session as OrmSession

from storage.folding import fold
from storage.models import Assignment, Task
from storage.tables import table_of


def _before_flush(session: OrmSession, _context: Any, _instances: Any) -> None:
    with session.no_autoflush:
        for obj in (*session.new, *session.dirty):
            if isinstance(obj, Task):
                folded = fold(obj.title)
                if obj.title_folded != folded:
                    obj.title_folded = folded
        for obj in session.new:
            if isinstance(obj, Assignment) and obj.due_date is None and obj.task_id:
                task = session.get(Task, obj.task_id)
                if task is not None:
                    obj.due_date = task.due_date
        for obj in session.dirty:
            if isinstance(obj, Task) and obj.id is not None:
                history = inspect(obj).attrs.due_date.history
                if not history.has_changes():
                    continue
                old = history.deleted[0] if history.deleted else None
                table = table_of(Assignment)
                follows = table.c.due_date.is_(None) if old is None else table.c.due_date == old
                session.execute(
                    update(table)
                    .where(table.c.task_id == obj.id, follows)
                    .values(due_date=obj.due_date)
                )


def install() -> None:
    """Attach the hooks to every ORM session (idempotent)."""
    if not event.contains(OrmSession, "before_flush", _before_flush):
        event.listen(OrmSession, "before_flush", _before_flush)
