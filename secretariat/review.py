"""The daily review ("Hôm nay"): overdue, due today, the next 7 days, meetings, laggards.

Rows are plain frozen dataclasses with their status already computed, so the
screen only draws.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, case, func
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from secretariat.tasks.queries import ReviewRow
from secretariat.tasks.work_calendar import status_rule
from secretariat.text import number
from secretariat.vocab import MEETING_KINDS, label
from storage.models import (
    Assignment,
    Meeting,
    Task,
    Unit,
)
from storage.tables import columns, table_of

HORIZON_DAYS = 7
MEETING_DAYS = 14
HOME_ROWS = 50  # rows per section of Hôm nay (the whole list is on Nhiệm vụ)


@dataclass(frozen=True)
class MeetingSoon:
    id: int
    starts_at: datetime
    kind: str
    title: str
    place: str


@dataclass(frozen=True)
class Laggard:
    unit_id: int
    name: str
    overdue: int


def shown(rows: list[ReviewRow]) -> str:
    """How many rows a section has: "100+" when it shows only its first page."""
    return f"{len(rows)}+" if len(rows) >= HOME_ROWS else str(len(rows))


@dataclass(frozen=True)
class DailyReview:
    today: date
    overdue: list[ReviewRow] = field(default_factory=list)
    due_today: list[ReviewRow] = field(default_factory=list)
    upcoming: list[ReviewRow] = field(default_factory=list)
    meetings: list[MeetingSoon] = field(default_factory=list)
    laggards: list[Laggard] = field(default_factory=list)
    overdue_total: int = 0
    open_total: int = 0

    @property
    def summary(self) -> str:
        return (
            f"{number(self.overdue_total)} việc quá hạn · {shown(self.due_today)} đến hạn "
            f"hôm nay · {shown(self.upcoming)} trong {HORIZON_DAYS} ngày tới · "
            f"{number(self.open_total)} việc đang mở · "
            f"{len(self.meetings)} hội nghị trong {MEETING_DAYS} ngày"
        )


def daily_review(today: date, *, session: Session) -> DailyReview:
    status = status_rule(today, session=session)
    # An assignment carries its own due date (storage.derived): each section is a range of
    # the partial index of open work by due date, read in index order until a page is full.
    a = columns(Assignment)
    due = a.due_date
    base = (
        core_select(a.id, a.task_id, col(Task.title), col(Unit.name), a.role, due)
        .select_from(table_of(Assignment))
        .join(Task, col(Task.id) == a.task_id)
        .join(Unit, col(Unit.id) == a.unit_id)
        .where(a.completed_date.is_(None))
    )

    def rows(condition: ColumnElement[bool]) -> list[ReviewRow]:
        found = session.execute(
            base.where(condition).order_by(due, a.task_id, a.unit_id).limit(HOME_ROWS)
        ).all()
        return [
            ReviewRow(a_id, t_id, title, unit, role, d, status(d, None))
            for a_id, t_id, title, unit, role, d in found
        ]

    overdue = rows(due < today)
    due_today = rows(due == today)
    upcoming = rows((due > today) & (due <= today + timedelta(days=HORIZON_DAYS)))
    # One pass over the same index gives both totals and the units most behind.
    per_unit = session.execute(
        select(a.unit_id, func.count(), func.sum(case((due < today, 1), else_=0)))
        .where(a.completed_date.is_(None))
        .group_by(a.unit_id)
    ).all()
    counts = (sum(n for _u, n, _o in per_unit), sum(o or 0 for _u, _n, o in per_unit))
    u = columns(Unit)
    in_order = session.execute(core_select(u.id, u.name).order_by(u.sort_order, u.id)).all()
    units = {unit_id: name for unit_id, name in in_order}
    order = {unit_id: i for i, (unit_id, _name) in enumerate(in_order)}
    laggards = [
        Laggard(unit_id, units.get(unit_id, "?"), int(over))
        for unit_id, _n, over in sorted(
            (row for row in per_unit if row[2]), key=lambda r: (-r[2], order.get(r[0], 0))
        )[:5]
    ]
    start = datetime.combine(today, time.min)
    meetings = [
        MeetingSoon(m.id or 0, m.starts_at, label(MEETING_KINDS, m.kind), m.title, m.place)
        for m in session.exec(
            select(Meeting)
            .where(
                col(Meeting.starts_at) >= start,
                col(Meeting.starts_at) < start + timedelta(days=MEETING_DAYS + 1),
            )
            .order_by(col(Meeting.starts_at))
        ).all()
    ]
    return DailyReview(
        today=today,
        overdue=overdue,
        due_today=due_today,
        upcoming=upcoming,
        meetings=meetings,
        laggards=laggards,
        overdue_total=int(counts[1] or 0),
        open_total=int(counts[0] or 0),
    )


# --- One task in detail ----------------------------------------------------------


# --- The task list ---------------------------------------------------------------


# --- One unit's record --------------------------------------------------------------
