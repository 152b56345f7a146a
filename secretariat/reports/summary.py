"""The summary of a period and a scope, computed once for every export format.

What is "in" a summary: every assignment in the scope that is still open today, plus
every one completed within the period. Statuses are as of ``today`` (the day the
summary is made). Directives marked mật or tối mật — and the tasks they gave — are
left out unless the clerk includes them; then the summary says so.
"""

from __future__ import annotations

import calendar as month_calendar
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, func, or_
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from secretariat.dates import format_date, parse_date
from secretariat.errors import UserError
from secretariat.history import LOCAL
from secretariat.org import load_org
from secretariat.reports.summary_records import (
    AssignmentItem,
    CompletedItem,
    DeadlineItem,
    DueItem,
    ExtensionItem,
    MeetingItem,
    OverdueItem,
    Period,
    Scope,
    StatusCounts,
    Summary,
    UnitLine,
)
from secretariat.review import MEETING_DAYS, soon_window
from secretariat.tasks.deadlines import Band, effective_due
from secretariat.tasks.work_calendar import status_rule
from secretariat.text import shorten
from secretariat.vocab import MEETING_KINDS, ROLES, label
from storage.models import (
    Assignment,
    Directive,
    Extension,
    Meeting,
    Task,
    Unit,
    UnitGroup,
    UnitGroupMember,
)
from storage.tables import columns, table_of

PERIODS: dict[str, str] = {
    "today": "Hôm nay",
    "week": "Tuần này",
    "month": "Tháng này",
    "quarter": "Quý này",
    "range": "Khoảng ngày",
}
LIST_LIMIT = 100  # items per list: a report, not a dump of a decade (renderers say so)
MATRIX_TASKS = 100  # task columns of the unit × task matrix
ROMAN = ("I", "II", "III", "IV")
SECRET = ("mat", "toi_mat")
EPOCH = date(2000, 1, 1)


def make_period(name: str, today: date, start: str = "", end: str = "") -> Period:
    """``today``, ``week`` (Monday–Sunday), ``month``, ``quarter`` or a typed ``range``."""
    if name == "today":
        return Period(today, today, name, f"ngày {format_date(today)}")
    if name == "week":
        monday = today - timedelta(days=today.weekday())
        sunday = monday + timedelta(days=6)
        return Period(
            monday, sunday, name, f"tuần từ {format_date(monday)} đến {format_date(sunday)}"
        )
    if name == "month":
        last_day = month_calendar.monthrange(today.year, today.month)[1]
        return Period(
            today.replace(day=1),
            today.replace(day=last_day),
            name,
            f"tháng {today.month:02d}/{today.year}",
        )
    if name == "quarter":
        quarter = (today.month - 1) // 3
        first = date(today.year, 3 * quarter + 1, 1)
        last_month = 3 * quarter + 3
        last = date(today.year, last_month, month_calendar.monthrange(today.year, last_month)[1])
        return Period(first, last, name, f"quý {ROMAN[quarter]}/{today.year}")
    if name == "range":
        first = parse_date(start, what="Từ ngày")
        last = parse_date(end, what="Đến ngày")
        if last < first:
            raise UserError(f"«Đến ngày» {format_date(last)} trước «Từ ngày» {format_date(first)}.")
        return Period(first, last, name, f"từ {format_date(first)} đến {format_date(last)}")
    raise UserError(f"Kỳ báo cáo «{name}» không có; chọn: hôm nay, tuần, tháng, quý, khoảng ngày.")


def make_scope(kind: str, key: str = "", *, session: Session) -> Scope:
    """Check the scope exists and give it the name a report prints."""
    if kind == "all" or not kind:
        return Scope("all", "", "toàn Đảng bộ phường")
    if kind == "unit":
        unit = session.exec(select(Unit).where(Unit.code == key)).first()
        if unit is None:
            raise UserError(f"Không có đơn vị mã «{key}».")
        return Scope("unit", key, unit.name)
    if kind == "group":
        group = session.exec(select(UnitGroup).where(UnitGroup.code == key)).first()
        if group is None:
            raise UserError(f"Không có nhóm đơn vị mã «{key}».")
        return Scope("group", key, group.name)
    if kind == "directive":
        directive = session.get(Directive, int(key)) if key.isdigit() else None
        if directive is None:
            raise UserError(f"Không có văn bản số hiệu nội bộ «{key}».")
        name = directive.number_symbol or shorten(directive.subject, 50)
        return Scope("directive", key, f"văn bản {name}")
    if kind == "meeting":
        meeting = session.get(Meeting, int(key)) if key.isdigit() else None
        if meeting is None:
            raise UserError(f"Không có hội nghị số hiệu nội bộ «{key}».")
        return Scope(
            "meeting", key, f"{meeting.title} ngày {format_date(meeting.starts_at.date())}"
        )
    raise UserError(f"Phạm vi «{kind}» không có.")


def _scope_filter(scope: Scope, session: Session) -> ColumnElement[bool] | None:
    if scope.kind == "unit":
        unit_id = session.exec(select(Unit.id).where(Unit.code == scope.key)).one()
        return col(Assignment.unit_id) == unit_id
    if scope.kind == "group":
        members = (
            select(UnitGroupMember.unit_id)
            .join(UnitGroup, col(UnitGroup.id) == UnitGroupMember.group_id)
            .where(UnitGroup.code == scope.key)
        )
        return col(Assignment.unit_id).in_(members)
    if scope.kind == "directive":
        return col(Task.directive_id) == int(scope.key)
    if scope.kind == "meeting":
        return col(Task.meeting_id) == int(scope.key)
    return None


@dataclass
class _Row:
    assignment_id: int
    task_id: int
    title: str
    ongoing: bool
    task_due: date | None
    version: int
    number: str
    secret: bool
    meeting: str
    unit_id: int
    unit: str
    code: str
    role: str
    own_due: date | None
    completed: date | None
    report_ref: str

    @property
    def due(self) -> date | None:
        return effective_due(self.own_due, self.task_due)

    @property
    def source(self) -> str:
        return self.number or self.meeting


@dataclass
class _Tally:
    """One unit's counts while the rows are read (becomes a ``UnitLine``)."""

    code: str
    name: str
    n: int = 0
    ok: int = 0
    late: int = 0
    over: int = 0


def _rows(period: Period, scope: Scope, include_confidential: bool, session: Session) -> list[_Row]:
    a = columns(Assignment)
    t = columns(Task)
    d = columns(Directive)
    m = columns(Meeting)
    u = columns(Unit)
    # Core ``select``: SQLModel's typed overloads stop at four columns; rows are tuples.
    statement = (
        core_select(
            a.id,
            t.id,
            t.title,
            t.ongoing,
            t.due_date,
            t.version,
            func.coalesce(func.nullif(d.number_symbol, ""), func.substr(d.subject, 1, 40)),
            d.confidentiality.in_(SECRET),
            m.title,
            u.id,
            u.name,
            u.code,
            a.role,
            a.due_date,
            a.completed_date,
            a.report_ref,
            u.sort_order,
        )
        .select_from(table_of(Assignment))
        .join(table_of(Task), t.id == a.task_id)
        .join(table_of(Unit), u.id == a.unit_id)
        .outerjoin(table_of(Directive), d.id == t.directive_id)
        .outerjoin(table_of(Meeting), m.id == t.meeting_id)
    )
    scoped = _scope_filter(scope, session)
    if scoped is not None:
        statement = statement.where(scoped)
    if not include_confidential:
        statement = statement.where(
            or_(d.confidentiality.is_(None), d.confidentiality.not_in(SECRET))
        )
    # Open work and work done in the period, each through its own index (an OR of the two
    # would scan every assignment), merged in task order, lead unit first.
    found = [
        *session.execute(statement.where(a.completed_date.is_(None))).all(),
        *session.execute(
            statement.where(a.completed_date >= period.start, a.completed_date <= period.end)
        ).all(),
    ]
    found.sort(key=lambda row: (row[1], row[12] != "chu_tri", row[16]))
    return [
        _Row(
            row[0],
            row[1],
            row[2],
            bool(row[3]),
            row[4],
            row[5],
            row[6] or "",
            bool(row[7]),
            f"Hội nghị {row[8]}" if row[8] else "",
            row[9],
            row[10],
            row[11],
            row[12],
            row[13],
            row[14],
            row[15] or "",
        )
        for row in found
    ]


def compute_summary(
    today: date,
    period: Period,
    scope: Scope,
    *,
    include_confidential: bool = False,
    session: Session,
) -> Summary:
    """Everything every format shows, from one read of the database."""
    status = status_rule(today, session=session)
    rows = _rows(period, scope, include_confidential, session)
    counts: dict[str, int] = defaultdict(int)
    units: dict[int, _Tally] = {}
    overdue: dict[tuple[int, date], list[_Row]] = defaultdict(list)
    soon: dict[tuple[int, date], list[_Row]] = defaultdict(list)
    soon_text: dict[tuple[int, date], str] = {}
    completed: list[CompletedItem] = []
    by_task: dict[int, list[tuple[_Row, str]]] = defaultdict(list)
    open_by_task: dict[int, list[_Row]] = defaultdict(list)
    for row in rows:
        due = row.due
        s = status(None if row.ongoing else due, row.completed)
        line = units.setdefault(row.unit_id, _Tally(row.code, row.unit))
        line.n += 1
        counts["total"] += 1
        if row.completed is not None:
            late = due is not None and row.completed > due
            counts["done_late" if late else "done_on_time"] += 1
            if late:
                line.late += 1
            else:
                line.ok += 1
            completed.append(
                CompletedItem(
                    row.task_id,
                    row.title,
                    row.unit,
                    due,
                    row.completed,
                    late,
                    row.report_ref,
                    row.secret,
                )
            )
        elif row.ongoing:
            counts["ongoing"] += 1
        elif due is None:
            counts["no_deadline"] += 1
        elif s.band is Band.OVERDUE:
            counts["overdue"] += 1
            line.over += 1
            overdue[(row.task_id, due)].append(row)
            soon_text[(row.task_id, due)] = s.countdown
        elif due <= soon_window(today)[1]:  # «sắp đến hạn»: Hôm nay's today and 7 days
            counts["due_soon"] += 1
            soon[(row.task_id, due)].append(row)
            soon_text[(row.task_id, due)] = s.countdown
        else:
            counts["on_track"] += 1
        if row.completed is None and due is not None and not row.ongoing:
            open_by_task[row.task_id].append(row)
        by_task[row.task_id].append((row, s.countdown))
    overdue_items = sorted(
        (
            OverdueItem(
                task_id,
                group[0].title,
                group[0].source,
                due,
                (today - due).days,
                tuple(r.unit for r in group),
                group[0].secret,
                soon_text[(task_id, due)],
            )
            for (task_id, due), group in overdue.items()
        ),
        key=lambda item: (item.due, item.task_id),
    )
    soon_items = sorted(
        (
            DueItem(
                task_id,
                group[0].title,
                group[0].source,
                due,
                soon_text[(task_id, due)],
                tuple(r.unit for r in group),
                group[0].secret,
            )
            for (task_id, due), group in soon.items()
        ),
        key=lambda item: (item.due, item.task_id),
    )
    overdue_items = overdue_items[:LIST_LIMIT]
    soon_items = soon_items[:LIST_LIMIT]
    # (the calendar's deadlines of other tasks list their units without «n/total»)
    listed = {item.task_id for item in overdue_items} | {item.task_id for item in soon_items}
    assigned = _assigned(listed, session)
    overdue_items = [replace(i, assigned=assigned.get(i.task_id, ())) for i in overdue_items]
    soon_items = [replace(i, assigned=assigned.get(i.task_id, ())) for i in soon_items]
    completed.sort(key=lambda item: (item.completed, item.task_id, item.unit))
    cells = _matrix(overdue_items, soon_items, completed, by_task)
    has_secret = include_confidential and any(r.secret for r in rows)
    return Summary(
        made_on=today,
        period=period,
        scope=scope,
        org=load_org(session=session),
        include_confidential=include_confidential,
        has_confidential=has_secret,
        counts=StatusCounts(
            total=counts["total"],
            done_on_time=counts["done_on_time"],
            done_late=counts["done_late"],
            overdue=counts["overdue"],
            due_soon=counts["due_soon"],
            on_track=counts["on_track"],
            ongoing=counts["ongoing"],
            no_deadline=counts["no_deadline"],
        ),
        overdue=overdue_items,
        due_soon=soon_items,
        completed=completed[:LIST_LIMIT],
        extensions=_extensions(period, {r.assignment_id: r for r in rows}, session),
        meetings_held=_meetings(period.start, min(period.end, today), today, session, held=True),
        # Today's meetings count as held; "upcoming" starts tomorrow (no meeting twice).
        meetings_upcoming=_meetings(
            today + timedelta(days=1),
            today + timedelta(days=MEETING_DAYS),
            today,
            session,
            held=False,
        ),
        units=sorted(
            (
                UnitLine(unit_id, v.code, v.name, v.n, v.ok, v.late, v.over)
                for unit_id, v in units.items()
            ),
            key=lambda line: (-line.overdue, line.name),
        ),
        assignments=cells,
        list_limit=LIST_LIMIT,
        deadlines=_deadlines(open_by_task, assigned),
    )


def _matrix(
    overdue: list[OverdueItem],
    soon: list[DueItem],
    completed: list[CompletedItem],
    by_task: dict[int, list[tuple[_Row, str]]],
) -> list[AssignmentItem]:
    """The unit × task matrix of the most pressing tasks: overdue, due soon, completed in
    the period, then the rest by id (a spreadsheet of 10,000 task columns helps nobody)."""
    order = [
        *(item.task_id for item in overdue),
        *(item.task_id for item in soon),
        *(item.task_id for item in completed),
        *by_task,
    ]
    chosen = list(dict.fromkeys(order))[:MATRIX_TASKS]
    return [
        AssignmentItem(
            row.assignment_id,
            row.task_id,
            row.title,
            row.source,
            row.unit,
            row.code,
            label(ROLES, row.role),
            row.due,
            row.task_due,
            row.completed,
            _status_text(countdown, row),
            row.secret,
        )
        for task_id in chosen
        for row, countdown in by_task[task_id]
    ]


def _status_text(countdown: str, row: _Row) -> str:
    if row.completed is not None:
        return f"Xong {format_date(row.completed)}"
    if row.ongoing:
        return "Thường xuyên"
    return countdown[:1].upper() + countdown[1:]


def _extensions(period: Period, rows: dict[int, _Row], session: Session) -> list[ExtensionItem]:
    """Gia hạn granted within the period (local days) for assignments in the summary."""
    start = datetime.combine(period.start, time(), tzinfo=LOCAL)
    end = datetime.combine(period.end + timedelta(days=1), time(), tzinfo=LOCAL)
    found = session.exec(
        select(Extension)
        .where(Extension.at >= start, Extension.at < end)
        .order_by(col(Extension.at))
    ).all()
    items: list[ExtensionItem] = []
    for e in found:
        row = rows.get(e.assignment_id)
        if row is None or len(items) >= LIST_LIMIT:
            continue
        at = e.at if e.at.tzinfo else e.at.replace(tzinfo=UTC)
        items.append(
            ExtensionItem(
                row.task_id,
                row.title,
                row.unit,
                e.old_due,
                e.new_due,
                e.reason,
                e.granted_by,
                at.astimezone(LOCAL).date(),
                row.secret,
            )
        )
    return items


def _meetings(
    first: date, last: date, today: date, session: Session, *, held: bool
) -> list[MeetingItem]:
    start = datetime.combine(first, time())
    end = datetime.combine(last + timedelta(days=1), time())
    if held:
        end = min(end, datetime.combine(today + timedelta(days=1), time()))
    found = session.exec(
        select(Meeting)
        .where(Meeting.starts_at >= start, Meeting.starts_at < end)
        .order_by(col(Meeting.starts_at))
        .limit(LIST_LIMIT)
    ).all()
    return [
        MeetingItem(m.id or 0, m.starts_at, label(MEETING_KINDS, m.kind), m.title, m.place)
        for m in found
    ]


def deadline_uid(task_id: int, due: date, task_due: date | None) -> str:
    """The calendar UID of a task's deadline on ``due``: stable per task and date.

    The task's own date keeps the UID the calendar has always used (one event per task), so a
    calendar that imported an earlier file updates that event; a date a gia hạn moved some units
    to is its own event, its UID naming the date (``secretariat-task-7-20261208@…``).
    """
    if due == task_due:
        return f"secretariat-task-{task_id}@le-ich-moc.dangbo"
    return f"secretariat-task-{task_id}-{due:%Y%m%d}@le-ich-moc.dangbo"


def _assigned(task_ids: set[int], session: Session) -> dict[int, tuple[str, ...]]:
    """Every unit of these tasks by name, lead unit first (for «36/38 chi bộ TDP»)."""
    found: dict[int, list[str]] = defaultdict(list)
    ids = sorted(task_ids)
    a, u = columns(Assignment), columns(Unit)
    for start in range(0, len(ids), 500):  # SQLite's limit on bound parameters
        for task_id, name in session.execute(
            core_select(a.task_id, u.name)
            .select_from(table_of(Assignment))
            .join(table_of(Unit), u.id == a.unit_id)
            .where(a.task_id.in_(ids[start : start + 500]))
            .order_by(a.task_id, a.role != "chu_tri", u.sort_order, u.id)
        ).all():
            found[task_id].append(name)
    return {task_id: tuple(names) for task_id, names in found.items()}


def _deadlines(
    open_by_task: dict[int, list[_Row]], assigned: dict[int, tuple[str, ...]]
) -> list[DeadlineItem]:
    """One calendar event per task and effective due date: the units still owing it then."""
    items: list[DeadlineItem] = []
    for task_id, group in open_by_task.items():
        by_due: dict[date, list[_Row]] = defaultdict(list)
        for row in group:  # lead unit first, as read
            if row.due is not None:
                by_due[row.due].append(row)
        first = group[0]
        for due, owing in by_due.items():
            items.append(
                DeadlineItem(
                    uid=deadline_uid(task_id, due, first.task_due),
                    task_id=task_id,
                    title=first.title,
                    directive=first.source,
                    due=due,
                    units=tuple(r.unit for r in owing),
                    # Grows when the task is edited or its own date moves later, so a calendar
                    # that re-imports the file updates the event.
                    sequence=first.version * 100_000 + (due - EPOCH).days,
                    confidential=first.secret,
                    task_due=first.task_due,
                    assigned=assigned.get(task_id, ()),
                )
            )
    return sorted(items, key=lambda item: (item.due, item.task_id))
