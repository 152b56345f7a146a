"""Task queries: the task list and its filters, one task in full, one unit's record.

Rows are plain frozen dataclasses with their status already computed, so screens only draw.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, and_, case, exists, false, func, or_
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from secretariat.dates import format_date
from secretariat.directive_names import directive_name
from secretariat.errors import UserError
from secretariat.tasks.deadlines import (
    Progress,
    Recurrence,
    State,
    Status,
    effective_due,
    missing_clarity,
    progress,
)
from secretariat.tasks.work_calendar import status_rule
from secretariat.text import fold
from storage.dialects import alphabetical, is_postgres
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

SECTION_LIMIT = 300  # rows per list: a page, never the whole table


# An assignment's own due date overrides its task's (SQL twin of deadlines.effective_due).
EFFECTIVE_DUE = func.coalesce(Assignment.due_date, Task.due_date)


# A filter word longer than a task's title (or a directive's number) can match nothing.
LONGEST_MATCHABLE = 1000


@dataclass(frozen=True)
class ReviewRow:
    assignment_id: int
    task_id: int
    title: str
    unit: str
    role: str
    due: date | None
    status: Status


@dataclass(frozen=True)
class AssignmentLine:
    assignment_id: int
    unit: str
    role: str
    due: date | None
    completed: date | None
    report_ref: str
    status: Status


@dataclass(frozen=True)
class ExtensionLine:
    unit: str
    old_due: date | None
    new_due: date
    reason: str
    granted_by: str


@dataclass(frozen=True)
class TaskDetail:
    id: int
    title: str
    directive: str  # where the task comes from: its directive, else its meeting
    due: date | None
    ongoing: bool
    recurrence: str
    expected_product: str
    lines: list[AssignmentLine]
    progress: Progress
    gaps: list[str]
    extensions: list[ExtensionLine]


def _source_label(directive: Directive | None, meeting: Meeting | None) -> str:
    if directive is not None:
        return directive_name(
            directive.number_symbol, directive.doc_type, directive.issuer, directive.issued_date
        )
    if meeting is not None:
        return meeting_label(meeting.title, meeting.starts_at)
    return ""


def meeting_label(title: str, starts_at: datetime) -> str:
    """A task's source when a meeting gave it: ``Hội nghị BTV tháng 12 (26/11/2026)``."""
    return f"{' '.join(title.split())} ({format_date(starts_at.date())})"


def task_detail(task_id: int, today: date, *, session: Session) -> TaskDetail:
    """A task with every unit's status (the unit matrix), its 6 rõ gaps and its extensions."""
    task = session.get(Task, task_id)
    if task is None:
        raise UserError("Không tìm thấy nhiệm vụ này; có thể nó vừa bị xóa ở nơi khác.")
    status = status_rule(today, session=session)
    directive = session.get(Directive, task.directive_id) if task.directive_id else None
    meeting = session.get(Meeting, task.meeting_id) if task.meeting_id and not directive else None
    lines = []
    for a, name in session.exec(
        select(Assignment, Unit.name)
        .join(Unit, col(Unit.id) == Assignment.unit_id)
        .where(Assignment.task_id == task_id)
        .order_by(col(Assignment.role) != "chu_tri", col(Unit.sort_order))
    ).all():
        due = effective_due(a.due_date, task.due_date)
        lines.append(
            AssignmentLine(
                a.id or 0,
                name,
                a.role,
                due,
                a.completed_date,
                a.report_ref,
                status(due, a.completed_date),
            )
        )
    extensions = [
        ExtensionLine(name, e.old_due, e.new_due, e.reason, e.granted_by)
        for e, name in session.exec(
            select(Extension, Unit.name)
            .join(Assignment, col(Assignment.id) == Extension.assignment_id)
            .join(Unit, col(Unit.id) == Assignment.unit_id)
            .where(Assignment.task_id == task_id)
            .order_by(col(Extension.id))
        ).all()
    ]
    recurrence = Recurrence.parse(task.recurrence)
    return TaskDetail(
        id=task_id,
        title=task.title,
        directive=_source_label(directive, meeting),
        due=task.due_date,
        ongoing=task.ongoing,
        recurrence=recurrence.label if recurrence else "",
        expected_product=task.expected_product,
        lines=lines,
        progress=progress(line.status for line in lines),
        gaps=missing_clarity(
            assignees=len(lines),
            leads=sum(line.role == "chu_tri" for line in lines),
            due=task.due_date,
            ongoing=task.ongoing,
            expected_product=task.expected_product,
        ),
        extensions=extensions,
    )


@dataclass(frozen=True)
class TaskListRow:
    id: int
    title: str
    directive: str  # its number; without a directive, the meeting (title, date) that gave it
    due: date | None
    ongoing: bool
    progress: Progress
    gaps: int
    # For the pane under the list (no second read when the cursor moves):
    expected_product: str = ""
    gap_notes: tuple[str, ...] = ()
    # the number, or type, issuer and date of one without; or the meeting that gave it
    directive_label: str = ""
    # every unit of the task, lead first, with whether it still owes the task
    units: tuple[tuple[str, bool], ...] = ()

    @property
    def owing(self) -> tuple[str, ...]:
        return tuple(name for name, open_ in self.units if open_)


TASK_STATUSES = {
    "all": "Tất cả",
    "open": "Chưa xong",
    "overdue": "Có đơn vị quá hạn",
    "done": "Đã xong hết",
    "unassigned": "Chưa giao",
}


TASK_SORTS = {"due": "Theo hạn", "overdue": "Nhiều quá hạn trước", "title": "Theo tên"}


@dataclass(frozen=True)
class TaskFilter:
    """What the Nhiệm vụ list shows; every field optional."""

    query: str = ""
    status: str = "all"
    group_code: str = ""
    unit_id: int | None = None
    directive_id: int | None = None
    meeting_id: int | None = None
    due_from: date | None = None
    due_to: date | None = None
    sort: str = "due"


def task_list(
    today: date,
    *,
    session: Session,
    filters: TaskFilter | None = None,
    limit: int = SECTION_LIMIT,
    offset: int = 0,
) -> list[TaskListRow]:
    """Tasks with their progress, filtered and sorted as the clerk asked; ``offset``
    skips that many (the next page of a list shows only what it adds).

    By default unfinished work comes first, by due date (ongoing last). The text query
    matches title and directive number, ignoring case and diacritics.

    Two steps, so a decade of tasks never loads: pick one page of task ids in SQL (the
    order and filters use the tasks' own columns and index probes on open assignments),
    then count the progress of that page only.
    """
    f = filters or TaskFilter()
    ids = _page_ids(today, f, session, offset + limit)[offset:]
    return _task_rows(ids, today, session)


def _page_ids(today: date, f: TaskFilter, session: Session, limit: int) -> list[int]:
    t, a, d = columns(Task), columns(Assignment), columns(Directive)
    # With a unit or group chosen, "open", "overdue" and "done" are about its units' part.
    mine = None
    if f.unit_id is not None:
        mine = a.unit_id == f.unit_id
    elif f.group_code:
        members = (
            select(UnitGroupMember.unit_id)
            .join(UnitGroup, col(UnitGroup.id) == UnitGroupMember.group_id)
            .where(UnitGroup.code == f.group_code)
        )
        mine = a.unit_id.in_(members)
    scoped = [mine] if mine is not None else []
    # Open work of chosen units: read from the partial index of open assignments (a few %
    # of them); "+ 0" keeps SQLite from walking all the units' assignments instead
    # (PostgreSQL's planner weighs both itself, and the expression would hide the column).
    unit = a.unit_id if is_postgres(session) else a.unit_id + 0
    open_scoped = []
    if f.unit_id is not None:
        open_scoped = [unit == f.unit_id]
    elif f.group_code:
        open_scoped = [unit.in_(members)]
    has_open = t.id.in_(select(a.task_id).where(a.completed_date.is_(None), *open_scoped))
    assigned = exists().where(a.task_id == t.id, *scoped)
    unfinished = or_(has_open, ~assigned)
    conditions = []
    if f.directive_id is not None:
        conditions.append(t.directive_id == f.directive_id)
    if f.meeting_id is not None:
        conditions.append(t.meeting_id == f.meeting_id)
    if f.due_from is not None:
        conditions.append(t.due_date >= f.due_from)
    if f.due_to is not None:
        conditions.append(t.due_date <= f.due_to)
    # Open assignments past their due date (a unit's own date overrides its task's).
    overdue_work = (
        select(a.task_id)
        .select_from(table_of(Assignment))
        .join(table_of(Task), t.id == a.task_id)
        .where(a.completed_date.is_(None), func.coalesce(a.due_date, t.due_date) < today)
    )
    overdue_ids = overdue_work.where(*open_scoped)
    status = {
        "open": has_open,
        "overdue": t.id.in_(overdue_ids),
        "done": and_(assigned, ~has_open),
        "unassigned": ~assigned,
    }.get(f.status)
    if status is not None:
        conditions.append(status)
    if mine is not None and f.status not in ("open", "overdue", "done"):
        conditions.append(assigned)
    for word in fold(f.query).split():
        if len(word) > LONGEST_MATCHABLE:
            # No title holds it; and SQLite refuses a LIKE pattern past 50,000 bytes.
            conditions.append(false())
            break
        pattern = f"%{word.replace('%', '').replace('_', '')}%"
        number = select(d.id).where(d.id == t.directive_id, d.number_symbol.ilike(pattern))
        conditions.append(or_(t.title_folded.like(pattern), exists(number)))
    base = select(t.id).where(*conditions)

    def take(statement: Select[tuple[int]], room: int) -> list[int]:
        return list(session.execute(statement.limit(room)).scalars())

    if f.sort == "title":
        return take(base.order_by(*alphabetical(session, t.title, t.title_folded), t.id), limit)
    found: list[int] = []
    if f.sort == "overdue":
        counted = (
            overdue_work.where(*conditions)
            .group_by(a.task_id)
            .order_by(func.count().desc(), func.min(t.due_date), a.task_id)
        )
        found = take(counted, limit)
    # Unfinished before finished; dated by due date, then those without one. A status
    # chosen decides which of the two a task is (open and overdue work is unfinished, done
    # work finished, unassigned work unfinished): then one pass, without the test, which
    # PostgreSQL would answer by hashing every assignment of the chosen units.
    states = [None] if status is not None else [unfinished, ~unfinished]
    for state in states:
        for dated in (True, False):
            if len(found) >= limit:
                return found
            when = t.due_date.is_not(None) if dated else t.due_date.is_(None)
            order = (t.due_date, t.id) if dated else (t.id,)
            seen = set(found)
            wanted = [when] if state is None else [state, when]
            more = take(base.where(*wanted).order_by(*order), limit - len(found) + len(seen))
            found += [task_id for task_id in more if task_id not in seen][: limit - len(found)]
    return found


def _task_rows(ids: list[int], today: date, session: Session) -> list[TaskListRow]:
    """The list rows of these tasks, in this order, with their progress counted."""
    if not ids:
        return []
    t, a, d, m = columns(Task), columns(Assignment), columns(Directive), columns(Meeting)
    due = func.coalesce(a.due_date, t.due_date)
    is_open = a.completed_date.is_(None)
    connection = session.connection()  # plain rows: no ORM object is read here
    counts = {
        task_id: (n, done or 0, late or 0, over or 0, leads or 0)
        for task_id, n, done, late, over, leads in connection.execute(
            core_select(
                a.task_id,
                func.count(),
                func.sum(case((is_open, 0), else_=1)),
                func.sum(case((~is_open & (a.completed_date > due), 1), else_=0)),
                func.sum(case((is_open & (due < today), 1), else_=0)),
                func.sum(case((a.role == "chu_tri", 1), else_=0)),
            )
            .select_from(table_of(Assignment))
            .join(table_of(Task), t.id == a.task_id)
            # the page's ids on both sides: PostgreSQL otherwise hashes all the tasks
            .where(a.task_id.in_(ids), t.id.in_(ids))
            .group_by(a.task_id)
        ).all()
    }
    tasks = {
        row[0]: row
        for row in connection.execute(
            core_select(
                t.id,
                t.title,
                func.coalesce(d.number_symbol, ""),
                t.due_date,
                t.ongoing,
                t.expected_product,
                d.doc_type,
                d.issuer,
                d.issued_date,
                m.title,
                m.starts_at,
            )
            .select_from(table_of(Task))
            .outerjoin(table_of(Directive), d.id == t.directive_id)
            .outerjoin(table_of(Meeting), m.id == t.meeting_id)
            .where(t.id.in_(ids))
        ).all()
    }
    units: dict[int, list[tuple[str, bool]]] = {task_id: [] for task_id in ids}
    u = columns(Unit)
    for task_id, name, still_open in (
        session.connection()
        .execute(
            core_select(a.task_id, u.name, is_open)
            .select_from(table_of(Assignment))
            .join(table_of(Unit), u.id == a.unit_id)
            .where(a.task_id.in_(ids))
            .order_by(a.task_id, a.role != "chu_tri", u.sort_order, u.id)
        )
        .all()
    ):
        units[task_id].append((name, bool(still_open)))
    rows = []
    for task_id in ids:
        row = tasks[task_id]
        _id, title, number, task_due, ongoing, product, doc_type, issuer, issued = row[:9]
        meeting, held = row[9:]
        n_total, n_done, n_late, n_overdue, n_leads = counts.get(task_id, (0, 0, 0, 0, 0))
        gaps = missing_clarity(
            assignees=n_total,
            leads=n_leads,
            due=task_due,
            ongoing=bool(ongoing),
            expected_product=product,
        )
        if doc_type is not None:
            source, column = directive_name(number, doc_type, issuer or "", issued), number
        else:  # no directive: the meeting that gave the task, in the column too
            source = meeting_label(meeting, held) if meeting is not None else ""
            column = source
        rows.append(
            TaskListRow(
                task_id,
                title,
                column,
                task_due,
                bool(ongoing),
                Progress(n_total, n_done, n_late, n_overdue),
                len(gaps),
                product or "",
                tuple(gaps),
                source,
                tuple(units[task_id]),
            )
        )
    return rows


@dataclass(frozen=True)
class UnitRecord:
    name: str
    owes: list[ReviewRow]  # open assignments, the most urgent first
    done: int
    done_on_time: int
    overdue: int

    @property
    def on_time_rate(self) -> str:
        """``12/15 đúng hạn (80%)``, or a dash when nothing was done yet."""
        if not self.done:
            return "—"
        percent = round(100 * self.done_on_time / self.done)
        return f"{self.done_on_time}/{self.done} đúng hạn ({percent}%)"


def unit_record(unit_id: int, today: date, *, session: Session) -> UnitRecord:
    """What a unit still owes and how punctual it has been."""
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise UserError("Không tìm thấy đơn vị này; có thể nó vừa bị xóa ở nơi khác.")
    status_of = status_rule(today, session=session)
    due = EFFECTIVE_DUE
    owes = []
    done = on_time = overdue = 0
    for a_id, t_id, title, role, d, completed in session.execute(
        core_select(
            col(Assignment.id),
            col(Task.id),
            col(Task.title),
            col(Assignment.role),
            due,
            col(Assignment.completed_date),
        )
        .join(Task, col(Task.id) == Assignment.task_id)
        .where(col(Assignment.unit_id) == unit_id)
        .order_by(due.is_(None), due, col(Task.id))
    ).all():
        status = status_of(d, completed)
        if status.is_done:
            done += 1
            on_time += status.state is State.DONE_ON_TIME
            continue
        overdue += status.state is State.OPEN_OVERDUE
        owes.append(ReviewRow(a_id, t_id, title, unit.name, role, d, status))
    return UnitRecord(unit.name, owes, done, on_time, overdue)
