"""Read-only figures and lists for the home screen and the registers.

Rows are returned as small frozen dataclasses of plain values (not ORM
objects): cheap to build and safe to hand to the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import func
from sqlmodel import Session, col, select

from secretariat.seed import PARTY_KINDS, TO_DAN_PHO
from storage.models import Assignment, Directive, Meeting, Task, Unit

PAGE = 500  # lists show one page of rows; a decade of records never loads at once


@dataclass(frozen=True)
class OfficeCounts:
    units_active: int
    party_organisations: int
    residential_groups: int
    directives: int
    tasks: int
    open_assignments: int
    overdue_assignments: int
    upcoming_meetings: int


@dataclass(frozen=True)
class DeadlineRow:
    task_id: int
    title: str
    due: date
    units: str
    open_count: int
    total_count: int


@dataclass(frozen=True)
class DirectiveRow:
    id: int
    incoming_number: int | None
    received_date: date | None
    number_symbol: str
    doc_type: str
    issuer: str
    issued_date: date | None
    subject: str
    task_count: int


@dataclass(frozen=True)
class TaskRow:
    id: int
    title: str
    directive: str
    due: date | None
    done: int
    total: int


@dataclass(frozen=True)
class MeetingRow:
    id: int
    starts_at: datetime
    kind: str
    title: str
    place: str


def _count(session: Session, statement) -> int:  # type: ignore[no-untyped-def]
    return int(session.exec(statement).one())


def _effective_due():  # type: ignore[no-untyped-def]
    return func.coalesce(Assignment.due_date, Task.due_date)


def office_counts(today: date, *, session: Session) -> OfficeCounts:
    """The figures on the home screen's summary line."""
    open_assignments = (
        select(func.count())
        .select_from(Assignment)
        .join(Task, Task.id == Assignment.task_id)  # type: ignore[arg-type]
        .where(col(Assignment.completed_date).is_(None))
    )
    return OfficeCounts(
        units_active=_count(session, select(func.count()).where(col(Unit.active))),
        party_organisations=_count(
            session,
            select(func.count()).where(col(Unit.active), col(Unit.kind).in_(PARTY_KINDS)),
        ),
        residential_groups=_count(
            session, select(func.count()).where(col(Unit.active), Unit.kind == TO_DAN_PHO)
        ),
        directives=_count(session, select(func.count()).select_from(Directive)),
        tasks=_count(session, select(func.count()).select_from(Task)),
        open_assignments=_count(session, open_assignments),
        overdue_assignments=_count(session, open_assignments.where(_effective_due() < today)),
        upcoming_meetings=_count(
            session,
            select(func.count()).where(Meeting.starts_at >= datetime.combine(today, time.min)),
        ),
    )


def deadlines(today: date, *, session: Session, limit: int = 50) -> list[DeadlineRow]:
    """Tasks with open assignments, the most urgent first (overdue, then soonest)."""
    due = _effective_due().label("due")
    rows = session.exec(
        select(Task.id, Task.title, due, Unit.name)
        .join(Assignment, Assignment.task_id == Task.id)  # type: ignore[arg-type]
        .join(Unit, Unit.id == Assignment.unit_id)  # type: ignore[arg-type]
        .where(col(Assignment.completed_date).is_(None), due.is_not(None))
        .order_by(due, Task.id)
    ).all()
    totals = dict(
        session.exec(
            select(Assignment.task_id, func.count()).group_by(Assignment.task_id)  # type: ignore[arg-type]
        ).all()
    )
    grouped: dict[tuple[int, date], list[str]] = {}
    titles: dict[int, str] = {}
    for task_id, title, due_date, unit_name in rows:
        grouped.setdefault((task_id, due_date), []).append(unit_name)
        titles[task_id] = title
    result = []
    for (task_id, due_date), names in grouped.items():
        shown = ", ".join(names[:2]) + (
            f" và {len(names) - 2} đơn vị khác" if len(names) > 2 else ""
        )
        result.append(
            DeadlineRow(task_id, titles[task_id], due_date, shown, len(names), totals[task_id])
        )
    result.sort(key=lambda row: (row.due, row.task_id))
    return result[:limit]


def directive_rows(*, session: Session, limit: int = PAGE) -> list[DirectiveRow]:
    """The register of incoming directives, newest first."""
    task_counts = (
        select(Task.directive_id, func.count().label("n"))
        .group_by(Task.directive_id)  # type: ignore[arg-type]
        .subquery()
    )
    rows = session.exec(
        select(Directive, func.coalesce(task_counts.c.n, 0))
        .outerjoin(task_counts, task_counts.c.directive_id == Directive.id)
        .order_by(col(Directive.received_date).desc(), col(Directive.id).desc())
        .limit(limit)
    ).all()
    return [
        DirectiveRow(
            d.id or 0,
            d.incoming_number,
            d.received_date,
            d.number_symbol,
            d.doc_type,
            d.issuer,
            d.issued_date,
            d.subject,
            n,
        )
        for d, n in rows
    ]


def task_rows(*, session: Session, limit: int = PAGE) -> list[TaskRow]:
    """Tasks with their directive and progress, by due date (ongoing ones last)."""
    done = func.sum(func.iif(col(Assignment.completed_date).is_not(None), 1, 0))
    rows = session.exec(
        select(
            Task.id,
            Task.title,
            func.coalesce(Directive.number_symbol, ""),
            Task.due_date,
            func.coalesce(done, 0),
            func.count(col(Assignment.id)),
        )
        .outerjoin(Directive, Directive.id == Task.directive_id)  # type: ignore[arg-type]
        .outerjoin(Assignment, Assignment.task_id == Task.id)  # type: ignore[arg-type]
        .group_by(Task.id)  # type: ignore[arg-type]
        .order_by(col(Task.due_date).is_(None), Task.due_date, Task.id)
        .limit(limit)
    ).all()
    return [TaskRow(*row) for row in rows]


def meeting_rows(*, session: Session, limit: int = PAGE) -> list[MeetingRow]:
    """Meetings, the latest first."""
    meetings = session.exec(
        select(Meeting).order_by(col(Meeting.starts_at).desc()).limit(limit)
    ).all()
    return [MeetingRow(m.id or 0, m.starts_at, m.kind, m.title, m.place) for m in meetings]
