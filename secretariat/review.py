"""The daily review ("Hôm nay"): overdue, due today, the next 7 days, meetings, laggards.

Rows are plain frozen dataclasses with their status already computed, so the
screen only draws.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cached_property

from sqlalchemy import ColumnElement, case, func
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from secretariat.tasks.deadlines import Status
from secretariat.tasks.queries import ReviewRow
from secretariat.tasks.work_calendar import status_rule
from secretariat.text import number
from secretariat.units.ranges import owing_text
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
HOME_ROWS = 50  # tasks per section of Hôm nay (the whole list is on Nhiệm vụ)
PAGE_SPREAD = 40  # open assignments read per task of a page (a group has up to 38 units)


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


def shown(rows: list[ReviewGroup]) -> str:
    """How many rows a section has: "50+" when it shows only its first page."""
    return f"{len(rows)}+" if len(rows) >= HOME_ROWS else str(len(rows))


@dataclass(frozen=True)
class ReviewGroup:
    """One task in one section of Hôm nay: the units still owing it there, in one row."""

    task_id: int
    title: str
    due: date | None  # the earliest due date of the units owing in this section
    status: Status  # of that date
    owing: tuple[ReviewRow, ...]  # the lead unit first, then the ward's order
    assigned: tuple[str, ...]  # every unit of the task (for «36/38»)

    @property
    def single(self) -> ReviewRow | None:
        """The one unit of a task given to one unit (the row acts on it directly)."""
        return self.owing[0] if len(self.owing) == 1 and len(self.assigned) <= 1 else None

    def units_line(self, *, short: bool = True) -> str:
        """``Chi bộ Quân sự (phối hợp)``, or ``36/38 chi bộ TDP: số 01–04, 07–38``."""
        single = self.single
        if single is not None:
            return single.unit + (" (phối hợp)" if single.role == "phoi_hop" else "")
        return owing_text([row.unit for row in self.owing], self.assigned, short=short)

    @cached_property
    def units_short(self) -> str:
        """``units_line()`` computed once (in the worker that reads, not at each redraw)."""
        return self.units_line()


@dataclass(frozen=True)
class DailyReview:
    today: date
    overdue: list[ReviewGroup] = field(default_factory=list)
    due_today: list[ReviewGroup] = field(default_factory=list)
    upcoming: list[ReviewGroup] = field(default_factory=list)
    meetings: list[MeetingSoon] = field(default_factory=list)
    laggards: list[Laggard] = field(default_factory=list)
    # Counted per assignment (a task given to 38 units counts 38), as the header says:
    overdue_total: int = 0
    today_total: int = 0
    upcoming_total: int = 0
    open_total: int = 0

    @property
    def summary(self) -> str:
        return (
            f"Theo đơn vị được giao: {number(self.overdue_total)} quá hạn · "
            f"{number(self.today_total)} đến hạn hôm nay · {number(self.upcoming_total)} "
            f"trong {HORIZON_DAYS} ngày tới · {number(self.open_total)} đang mở · "
            f"{len(self.meetings)} hội nghị trong {MEETING_DAYS} ngày"
        )


def soon_window(today: date) -> tuple[date, date]:
    """«Sắp đến hạn» everywhere (Hôm nay's «đến hạn hôm nay» and «7 ngày tới», the
    reports' section): due from today to ``HORIZON_DAYS`` calendar days ahead."""
    return today, today + timedelta(days=HORIZON_DAYS)


def daily_review(today: date, *, session: Session) -> DailyReview:
    rule = status_rule(today, session=session)
    statuses: dict[date | None, Status] = {}

    def status(due_date: date | None, done: None) -> Status:
        """The rule's status of an open assignment due then: the same for every unit due
        that day, so worked out once per date (thousands of rows, a few dozen dates)."""
        if due_date not in statuses:
            statuses[due_date] = rule(due_date, done)
        return statuses[due_date]

    # An assignment carries its own due date (storage.derived): each section is a range of
    # the partial index of open work by due date. Its first HOME_ROWS tasks are read in
    # index order (a page of ids), then their owing units in that section, then the names
    # of all their units (for «36/38»).
    a = columns(Assignment)
    due = a.due_date
    is_open = a.completed_date.is_(None)
    unit_order = (a.task_id, a.role != "chu_tri", col(Unit.sort_order), col(Unit.id))
    # Plain SQL rows: the ORM's row loading cost ~7 ms a review of the decade office for
    # the few thousand unit rows read here, and nothing here is an ORM object.
    connection = session.connection()

    def task_page(condition: ColumnElement[bool]) -> list[int]:
        found = connection.execute(
            core_select(a.task_id)
            .where(is_open, condition)
            .order_by(due, a.task_id)
            .limit(HOME_ROWS * PAGE_SPREAD)
        ).scalars()
        return list(dict.fromkeys(found))[:HOME_ROWS]

    sections = {
        "overdue": due < today,
        "today": due == today,
        "week": (due > today) & (due <= soon_window(today)[1]),
    }
    pages = {name: task_page(condition) for name, condition in sections.items()}
    every_id = sorted({task_id for ids in pages.values() for task_id in ids})
    assigned: dict[int, list[str]] = defaultdict(list)
    if every_id:
        for task_id, name in connection.execute(
            core_select(a.task_id, col(Unit.name))
            .select_from(table_of(Assignment))
            .join(Unit, col(Unit.id) == a.unit_id)
            .where(a.task_id.in_(every_id))
            .order_by(*unit_order)
        ).all():
            assigned[task_id].append(name)

    def groups(name: str) -> list[ReviewGroup]:
        ids = pages[name]
        if not ids:
            return []
        owing: dict[int, list[ReviewRow]] = defaultdict(list)
        for a_id, t_id, title, unit, role, d in connection.execute(
            core_select(a.id, a.task_id, col(Task.title), col(Unit.name), a.role, due)
            .select_from(table_of(Assignment))
            .join(Task, col(Task.id) == a.task_id)
            .join(Unit, col(Unit.id) == a.unit_id)
            .where(is_open, sections[name], a.task_id.in_(ids))
            .order_by(*unit_order)
        ).all():
            owing[t_id].append(ReviewRow(a_id, t_id, title, unit, role, d, status(d, None)))
        result = []
        for task_id in ids:
            rows = owing.get(task_id)
            if not rows:  # done meanwhile
                continue
            first = min((row.due for row in rows if row.due is not None), default=None)
            group = ReviewGroup(
                task_id,
                rows[0].title,
                first,
                status(first, None),
                tuple(rows),
                tuple(assigned.get(task_id, ())),
            )
            _ = group.units_short  # written here, in the reading thread
            result.append(group)
        return result

    overdue = groups("overdue")
    due_today = groups("today")
    upcoming = groups("week")
    counted = {
        name: session.execute(
            core_select(func.count()).select_from(table_of(Assignment)).where(is_open, condition)
        ).scalar_one()
        for name, condition in sections.items()
        if name != "overdue"
    }
    # One pass over the same index gives both totals and the units most behind.
    per_unit = session.execute(
        select(a.unit_id, func.count(), func.sum(case((due < today, 1), else_=0)))
        .where(is_open)
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
        today_total=int(counted["today"] or 0),
        upcoming_total=int(counted["week"] or 0),
        open_total=int(counts[0] or 0),
    )


# --- One task in detail ----------------------------------------------------------


# --- The task list ---------------------------------------------------------------


# --- One unit's record --------------------------------------------------------------
