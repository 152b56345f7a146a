"""Many units of one task at once: done, or extended, in one transaction (issue 17, item 2).

The clerk marks the units that reported (12 of a task's 38) and records them with one
form. Each assignment is written on its own, so each keeps its own history (audit rows,
an ``Extension`` per gia hạn); the caller's unit of work commits them together.

Each unit is saved only if it still is as the clerk saw it (open, with the due date
shown): one seen on another terminal meanwhile (done, or extended) is refused by name
and the others are saved. When every marked unit is refused, nothing is saved and the
form says why.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from secretariat.dates import format_date, parse_date
from secretariat.errors import Problems, UserError
from secretariat.tasks.deadlines import effective_due
from secretariat.tasks.work_calendar import not_a_working_day
from secretariat.tasks.writes import TaskRead, next_occurrence
from storage.audit import clerk
from storage.models import Assignment, Extension, Task, Unit
from storage.tables import read_model
from storage.versions import claim_unchanged


@dataclass(frozen=True)
class Seen:
    """One marked unit as the clerk saw it: its assignment and its due date then."""

    assignment_id: int
    due: date | None


@dataclass(frozen=True)
class BulkResult:
    """What was saved, and the units refused because they changed elsewhere."""

    saved: tuple[str, ...]  # unit names
    refused: tuple[str, ...]  # «Chi bộ Tổ dân phố số 05 (đã hoàn thành ngày 05/12/2026)»
    following: TaskRead | None = None  # the next occurrence of a repeating task

    def refusals(self) -> str:
        """The sentence naming the refused units ("" when none)."""
        if not self.refused:
            return ""
        return (
            f"Không ghi {len(self.refused)} đơn vị vì vừa thay đổi ở nơi khác: "
            + "; ".join(self.refused)
            + ". Nhấn F5 để xem lại."
        )


def _load(seen: Sequence[Seen], session: Session) -> list[tuple[Assignment, Task, str, Seen]]:
    if not seen:
        raise UserError("Chưa chọn đơn vị nào: Space để chọn, a để chọn tất cả đơn vị chưa xong.")
    ids = [item.assignment_id for item in seen]
    found = {
        assignment.id: (assignment, task, name)
        for assignment, task, name in session.exec(
            select(Assignment, Task, Unit.name)
            .join(Task, col(Task.id) == Assignment.task_id)
            .join(Unit, col(Unit.id) == Assignment.unit_id)
            .where(col(Assignment.id).in_(ids))
        ).all()
    }
    missing = [item for item in seen if item.assignment_id not in found]
    if missing:
        raise UserError(
            f"Không tìm thấy {len(missing)} việc giao đã chọn; có thể vừa bị xóa ở nơi khác. "
            "Nhấn F5 để xem lại."
        )
    return [(*found[item.assignment_id], item) for item in seen]


def _changed(assignment: Assignment, task: Task, item: Seen) -> str:
    """Why this unit is no longer as the clerk saw it ("" when it is)."""
    if assignment.completed_date is not None:
        report = f", báo cáo {assignment.report_ref}" if assignment.report_ref else ""
        return f"đã hoàn thành ngày {format_date(assignment.completed_date)}{report}"
    due = effective_due(assignment.due_date, task.due_date)
    if due != item.due:
        return f"hạn nay là {format_date(due) or 'chưa có'}"
    return ""


def mark_done_many(
    seen: Sequence[Seen], completed: str, report_ref: str, *, today: date, session: Session
) -> BulkResult:
    """Record that every marked unit reported the work done on ``completed`` (as typed)."""
    day = parse_date(completed, what="Ngày hoàn thành")
    if day > today:
        raise UserError(f"Ngày hoàn thành {format_date(day)} sau hôm nay ({format_date(today)}).")
    report = " ".join(report_ref.split())
    saved: list[str] = []
    refused: list[str] = []
    task_ids: set[int] = set()
    for assignment, task, name, item in _load(seen, session):
        why = _changed(assignment, task, item)
        # One conditional UPDATE per unit: another terminal's save in between is seen.
        if why or not claim_unchanged(
            session,
            Assignment,
            item.assignment_id,
            {"completed_date": None, "due_date": assignment.due_date},
            {"completed_date": day},
        ):
            if not why:
                session.refresh(assignment)
                why = _changed(assignment, task, item) or "vừa được sửa"
            refused.append(f"{name} ({why})")
            continue
        assignment.completed_date = day
        assignment.report_ref = report
        session.add(assignment)
        saved.append(name)
        task_ids.add(task.id or 0)
    if not saved:
        raise UserError(BulkResult((), tuple(refused)).refusals() + " Chưa ghi đơn vị nào.")
    session.flush()
    following = None
    for task_id in sorted(task_ids):
        made = next_occurrence(task_id, session)
        following = following or (None if made is None else read_model(TaskRead, made))
    return BulkResult(tuple(saved), tuple(refused), following)


def extend_many(
    seen: Sequence[Seen], new_due: str, reason: str, granted_by: str, *, session: Session
) -> BulkResult:
    """Gia hạn for every marked unit: the same new date, reason and grantor; each unit's
    old date is kept in its own ``Extension``."""
    new_date = parse_date(new_due, what="Hạn mới")
    loaded = _load(seen, session)
    problems = Problems()
    day_off = not_a_working_day(new_date, session=session)
    if day_off:
        problems.add(day_off, "due")
    later = [
        (name, item.due)
        for _a, _t, name, item in loaded
        if item.due is not None and new_date <= item.due
    ]
    if later:
        latest = max(due for _name, due in later if due is not None)
        names = [name for name, _due in later]
        whose = ", ".join(names) if len(names) <= 3 else f"{len(names)} đơn vị đã chọn"
        problems.add(f"Hạn mới phải sau hạn hiện tại ({format_date(latest)}) của {whose}.", "due")
    if not reason.strip():
        problems.add("Hãy ghi lý do gia hạn.", "reason")
    if not granted_by.strip():
        problems.add("Hãy ghi ai đồng ý gia hạn.", "by")
    problems.raise_any()
    saved: list[str] = []
    refused: list[str] = []
    who = clerk(session)  # the clerk's name (their database role on a server)
    for assignment, task, name, item in loaded:
        why = _changed(assignment, task, item)
        if why or not claim_unchanged(
            session,
            Assignment,
            item.assignment_id,
            {"due_date": assignment.due_date, "completed_date": None},
            {"due_date": new_date},
        ):
            if not why:
                session.refresh(assignment)
                why = _changed(assignment, task, item) or "vừa được sửa"
            refused.append(f"{name} ({why})")
            continue
        session.add(
            Extension(
                assignment_id=item.assignment_id,
                old_due=item.due,
                new_due=new_date,
                reason=" ".join(reason.split()),
                granted_by=" ".join(granted_by.split()),
                os_user=who,
            )
        )
        assignment.due_date = new_date
        session.add(assignment)
        saved.append(name)
    if not saved:
        raise UserError(BulkResult((), tuple(refused)).refusals() + " Chưa gia hạn đơn vị nào.")
    session.flush()
    return BulkResult(tuple(saved), tuple(refused))
