"""Task services: create, assign to units or groups, mark done, extend (gia hạn).

Every function takes a keyword-only ``session``; committing is the caller's unit of
work. Input comes as the clerk typed it and is checked here, so every screen and
the CLI refuse the same things with the same Vietnamese sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlmodel import Session, SQLModel, col, select

from secretariat.dates import format_date, parse_date, parse_optional_date
from secretariat.directive_names import directive_name
from secretariat.errors import Doubts, Problems, UserError
from secretariat.stale import claim_or_refuse
from secretariat.tasks.deadlines import (
    Every,
    Recurrence,
    effective_due,
)
from secretariat.tasks.work_calendar import not_a_working_day
from storage.audit import clerk
from storage.models import (
    Assignment,
    Directive,
    Extension,
    Task,
    Unit,
    UnitGroup,
    UnitGroupMember,
)
from storage.tables import read_model
from storage.versions import claim_unchanged

M = TypeVar("M", bound=SQLModel)

TITLE_MAX = 1000
LEAD = "chu_tri"
SUPPORT = "phoi_hop"


@dataclass(frozen=True)
class TaskInput:
    """A task as typed in the form: dates are still text."""

    title: str
    due: str = ""
    kind: str = "once"  # "once", "ongoing" (thường xuyên) or an Every value (repeats)
    expected_product: str = ""
    description: str = ""
    directive_id: int | None = None
    meeting_id: int | None = None
    version: int | None = None  # as read for editing: a later save by someone else wins
    confirmed: bool = False  # the clerk saw the warning (due before the directive) and saves


@dataclass(frozen=True)
class TaskRead:
    """A task as saved: what a write service hands back (never the session's row)."""

    id: int
    title: str
    due_date: date | None
    ongoing: bool
    recurrence: str
    expected_product: str
    directive_id: int | None
    meeting_id: int | None
    version: int


@dataclass(frozen=True)
class ExtensionRead:
    """An extension as saved (gia hạn): one unit's deadline moved, with why and who agreed."""

    id: int
    assignment_id: int
    old_due: date | None
    new_due: date
    reason: str
    granted_by: str


def _clean_task(
    data: TaskInput, session: Session, today: date | None, saved_due: date | None = None
) -> dict[str, Any]:
    """Check every field; one UserError lists every problem, nothing is saved.

    What may be a slip is asked about once (``NeedsConfirmation``), all of it together:
    a deadline before the directive was issued, or one already past on ``today`` (when
    the deadline is new: ``saved_due`` is the one already saved).
    """
    problems = Problems()
    title = " ".join(data.title.split())
    if not title:
        problems.add("Tên nhiệm vụ không được để trống.", "title")
    elif len(title) > TITLE_MAX:
        problems.add(f"Tên nhiệm vụ dài quá {TITLE_MAX} ký tự.", "title")
    due: date | None = None
    try:
        due = parse_optional_date(data.due, what="Hạn")
    except UserError as exc:
        problems.add(exc.message, "due")
    recurrence = ""
    if data.kind == "ongoing" and due is not None:
        problems.add(
            "Nhiệm vụ thường xuyên thì không có hạn: bỏ hạn hoặc bỏ «thường xuyên».", "due"
        )
    elif data.kind in {every.value for every in Every}:
        if due is None:
            problems.add("Nhiệm vụ lặp lại cần hạn của lần đầu tiên.", "due")
        else:  # repeats on the first due date's day of the month (or of the week)
            recurrence = Recurrence.starting(Every(data.kind), due).dump()
    elif data.kind not in ("once", "ongoing"):
        problems.add(f"Loại nhiệm vụ «{data.kind}» không hợp lệ.", "kind")
    doubts = Doubts()
    if data.directive_id is not None:
        directive = session.get(Directive, data.directive_id)
        if directive is None:
            problems.add("Không tìm thấy văn bản giao nhiệm vụ này.", "directive_id")
        elif directive.issued_date and due is not None and due < directive.issued_date:
            # Possible (a task carried over from an earlier plan) but usually a typing slip.
            named = directive_name(
                directive.number_symbol, directive.doc_type, directive.issuer, None
            )
            doubts.add(
                f"Hạn {format_date(due)} trước ngày ban hành văn bản {named} "
                f"({format_date(directive.issued_date)}).",
                "due",
                "before_issue",
            )
    if today is not None and due is not None and due < today and due != saved_due:
        # Possible (recording a task given earlier) but usually a wrong year.
        doubts.add(
            f"Hạn {format_date(due)} đã qua (hôm nay {format_date(today)}): nhiệm vụ sẽ "
            "hiện là quá hạn ngay.",
            "due",
            "past_due",
        )
    problems.raise_any()
    doubts.ask_unless(data.confirmed)
    return {
        "title": title,
        "due_date": due,
        "ongoing": data.kind == "ongoing",
        "expected_product": " ".join(data.expected_product.split()),
        "description": data.description.strip(),
        "recurrence": recurrence,
        "directive_id": data.directive_id,
        "meeting_id": data.meeting_id,
    }


# Statuses of the register (vocab.DIRECTIVE_STATUSES) that giving a task moves on.
UNTOUCHED_DIRECTIVE = "moi"  # Chưa xử lý
DIRECTIVE_IN_HAND = "dang_xu_ly"  # Đang xử lý


def _directive_in_hand(directive_id: int | None, session: Session) -> None:
    """A directive that gave a task is being handled: «Chưa xử lý» becomes «Đang xử lý».

    Any other status is the clerk's own choice and stays; she can still set it back.
    """
    directive = session.get(Directive, directive_id) if directive_id is not None else None
    if directive is not None and directive.status == UNTOUCHED_DIRECTIVE:
        directive.status = DIRECTIVE_IN_HAND
        session.add(directive)


def create_task(data: TaskInput, *, session: Session, today: date | None = None) -> TaskRead:
    """A new task; with ``today``, a deadline already past is asked about first."""
    task = Task(**_clean_task(data, session, today))
    session.add(task)
    _directive_in_hand(task.directive_id, session)
    session.flush()
    return read_model(TaskRead, task)


def update_task(
    task_id: int, data: TaskInput, *, session: Session, today: date | None = None
) -> TaskRead:
    task = _get(session, Task, task_id, "nhiệm vụ")
    cleaned = _clean_task(data, session, today, task.due_date)
    claim_or_refuse(
        session,
        task,
        data.version,
        lambda t: (
            "Nhiệm vụ này vừa được sửa ở nơi khác; chưa lưu thay đổi của bạn. Hiện tại: "
            f"«{t.title}», hạn {format_date(t.due_date) or 'chưa có'}, sản phẩm "
            f"«{t.expected_product}». Hãy đóng, xem lại rồi sửa."
        ),
    )
    moved_to = cleaned["directive_id"] if cleaned["directive_id"] != task.directive_id else None
    for field, value in cleaned.items():
        setattr(task, field, value)
    session.add(task)
    _directive_in_hand(moved_to, session)  # a task now given by another directive
    session.flush()
    return read_model(TaskRead, task)


def _get(session: Session, model: type[M], record_id: int, what: str) -> M:
    record = session.get(model, record_id)
    if record is None:
        raise UserError(f"Không tìm thấy {what} này; có thể nó vừa bị xóa ở nơi khác.")
    return record


# --- Assigning ------------------------------------------------------------------


def group_unit_ids(group_code: str, *, session: Session) -> list[int]:
    """The active units of a group, in display order."""
    found = session.exec(
        select(col(Unit.id))
        .join(UnitGroupMember, col(UnitGroupMember.unit_id) == Unit.id)
        .join(UnitGroup, col(UnitGroup.id) == UnitGroupMember.group_id)
        .where(UnitGroup.code == group_code, col(Unit.active))
        .order_by(col(Unit.sort_order))
    ).all()
    return [unit_id for unit_id in found if unit_id is not None]  # stored rows have ids


def assign(
    task_id: int, unit_ids: Sequence[int], *, lead_id: int | None = None, session: Session
) -> int:
    """Give the task to these units (skipping those that have it already).

    The lead unit (chủ trì) is ``lead_id``; when the task ends up with one unit only,
    that unit leads. Returns how many assignments were added.
    """
    _get(session, Task, task_id, "nhiệm vụ")
    existing = {
        a.unit_id: a
        for a in session.exec(select(Assignment).where(Assignment.task_id == task_id)).all()
    }
    inactive = session.exec(
        select(Unit.name).where(col(Unit.id).in_(unit_ids), ~col(Unit.active))
    ).first()
    if inactive is not None:
        raise UserError(f"«{inactive}» đã ngừng hoạt động, không giao việc mới được.")
    added = 0
    for unit_id in dict.fromkeys(unit_ids):
        if unit_id not in existing:
            assignment = Assignment(task_id=task_id, unit_id=unit_id, role=SUPPORT)
            session.add(assignment)
            existing[unit_id] = assignment
            added += 1
    if lead_id is not None:
        for unit_id, assignment in existing.items():
            assignment.role = LEAD if unit_id == lead_id else assignment.role
    if len(existing) == 1:
        next(iter(existing.values())).role = LEAD
    session.flush()
    return added


def assign_group(task_id: int, group_code: str, *, session: Session) -> int:
    """Give the task to every active unit of a group, each leading its own share."""
    unit_ids = group_unit_ids(group_code, session=session)
    added = assign(task_id, unit_ids, session=session)
    for assignment in session.exec(
        select(Assignment).where(
            Assignment.task_id == task_id, col(Assignment.unit_id).in_(unit_ids)
        )
    ).all():
        assignment.role = LEAD
        session.add(assignment)
    return added


# --- Reporting done, extending ----------------------------------------------------


def mark_done(
    assignment_id: int, completed: str, report_ref: str, *, today: date, session: Session
) -> TaskRead | None:
    """Record that a unit reported the work done on ``completed`` (as typed).

    When this was the last open assignment of a recurring task, the next occurrence
    is created for the same units and returned.
    """
    assignment = _get(session, Assignment, assignment_id, "việc giao")
    day = parse_date(completed, what="Ngày hoàn thành")
    if day > today:
        raise UserError(f"Ngày hoàn thành {format_date(day)} sau hôm nay ({format_date(today)}).")
    if not claim_unchanged(
        session, Assignment, assignment_id, {"completed_date": None}, {"completed_date": day}
    ):
        session.refresh(assignment)
        report = f" (báo cáo {assignment.report_ref})" if assignment.report_ref else ""
        raise UserError(
            f"Việc này đã được ghi hoàn thành ngày {format_date(assignment.completed_date)}"
            f"{report}, có thể từ máy khác; không ghi đè. Nhấn F5 để xem lại."
        )
    assignment.completed_date = day
    assignment.report_ref = " ".join(report_ref.split())
    session.add(assignment)
    session.flush()
    following = next_occurrence(assignment.task_id, session)
    return None if following is None else read_model(TaskRead, following)


def next_occurrence(task_id: int, session: Session) -> Task | None:
    task = _get(session, Task, task_id, "nhiệm vụ")
    recurrence = Recurrence.parse(task.recurrence)
    if recurrence is None or task.due_date is None:
        return None
    assignments = session.exec(select(Assignment).where(Assignment.task_id == task_id)).all()
    if any(a.completed_date is None for a in assignments):
        return None
    following = Task(
        title=task.title,
        description=task.description,
        due_date=recurrence.next_due(task.due_date),
        recurrence=task.recurrence,
        expected_product=task.expected_product,
        directive_id=task.directive_id,
        meeting_id=task.meeting_id,
        version=task.version,
    )
    session.add(following)
    session.flush()
    assert following.id is not None  # flushed
    for a in assignments:
        session.add(Assignment(task_id=following.id, unit_id=a.unit_id, role=a.role))
    task.recurrence = ""  # the series continues on the new task only
    session.add(task)
    session.flush()
    return following


def extend(
    assignment_id: int, new_due: str, reason: str, granted_by: str, *, session: Session
) -> ExtensionRead:
    """Gia hạn: move one unit's deadline, keeping the old date, reason and grantor."""
    assignment = _get(session, Assignment, assignment_id, "việc giao")
    task = _get(session, Task, assignment.task_id, "nhiệm vụ")
    new_date = parse_date(new_due, what="Hạn mới")
    old_date = effective_due(assignment.due_date, task.due_date)
    problems = Problems()
    if old_date is not None and new_date <= old_date:
        problems.add(f"Hạn mới phải sau hạn hiện tại ({format_date(old_date)}).", "due")
    day_off = not_a_working_day(new_date, session=session)
    if day_off:
        problems.add(day_off, "due")
    if not reason.strip():
        problems.add("Hãy ghi lý do gia hạn.", "reason")
    if not granted_by.strip():
        problems.add("Hãy ghi ai đồng ý gia hạn.", "by")
    if assignment.completed_date is not None:
        problems.add("Việc này đã hoàn thành, không cần gia hạn.")
    problems.raise_any()
    if not claim_unchanged(
        session,
        Assignment,
        assignment_id,
        {"due_date": assignment.due_date, "completed_date": None},
        {"due_date": new_date},
    ):
        session.refresh(assignment)
        raise UserError(
            "Hạn của đơn vị này vừa được đổi ở nơi khác (hiện là "
            f"{format_date(effective_due(assignment.due_date, task.due_date)) or 'chưa có'}"
            f"{', đã hoàn thành' if assignment.completed_date else ''}); chưa gia hạn. "
            "Nhấn F5 để xem lại."
        )
    extension = Extension(
        assignment_id=assignment_id,
        old_due=old_date,
        new_due=new_date,
        reason=" ".join(reason.split()),
        granted_by=" ".join(granted_by.split()),
        os_user=clerk(session),
    )
    assignment.due_date = new_date
    session.add(assignment)
    session.add(extension)
    session.flush()
    return read_model(ExtensionRead, extension)


# --- The office's calendar ---------------------------------------------------------


def assign_choice(
    task_id: int, group_codes: Sequence[str], unit_ids: Sequence[int], *, session: Session
) -> int:
    """Apply a picker choice: whole groups, then single units (the first one leads)."""
    added = sum(assign_group(task_id, code, session=session) for code in group_codes)
    if unit_ids:
        added += assign(task_id, unit_ids, lead_id=unit_ids[0], session=session)
    return added


def task_input(task_id: int, *, session: Session) -> TaskInput:
    """A stored task as the form shows it (dates as dd/mm/yyyy), for editing."""
    task = _get(session, Task, task_id, "nhiệm vụ")
    recurrence = Recurrence.parse(task.recurrence)
    kind = recurrence.every.value if recurrence else "ongoing" if task.ongoing else "once"
    return TaskInput(
        title=task.title,
        due=format_date(task.due_date),
        kind=kind,
        expected_product=task.expected_product,
        description=task.description,
        directive_id=task.directive_id,
        meeting_id=task.meeting_id,
        version=task.version,
    )
