"""The summary of a period and scope, computed once (``secretariat.reports.summary``) and rendered
by every export format (chat text, Party-format .docx, .xlsx, .ics). Plain values only."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from secretariat.org import OrgIdentity


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive
    name: str  # "today", "week", "month", "quarter", "range"
    label: str  # "tuần từ 23/11/2026 đến 29/11/2026", "tháng 11/2026", "quý IV/2026"


@dataclass(frozen=True)
class Scope:
    kind: str  # "all", "unit", "group", "directive", "meeting"
    key: str  # unit/group code, directive/meeting id as text; "" for all
    label: str  # "toàn Đảng bộ phường", "Chi bộ Tổ dân phố số 05", "Văn bản 604-TB/VPTU"


@dataclass(frozen=True)
class StatusCounts:
    """Assignments in scope, by status as of the day the summary is made."""

    total: int = 0
    done_on_time: int = 0
    done_late: int = 0
    overdue: int = 0
    due_soon: int = 0  # open, due within the "sắp đến hạn" threshold (working days)
    on_track: int = 0  # open, due later
    ongoing: int = 0  # thường xuyên: no deadline on purpose
    no_deadline: int = 0  # open, deadline still missing

    @property
    def done(self) -> int:
        return self.done_on_time + self.done_late

    @property
    def open(self) -> int:
        return self.total - self.done


@dataclass(frozen=True)
class OverdueItem:
    task_id: int
    title: str
    directive: str  # "604-TB/VPTU" or "" ; a meeting: "Hội nghị BTV 26/11/2026"
    due: date
    days_overdue: int  # calendar days
    units: tuple[str, ...]  # the units that have not reported, lead unit first
    confidential: bool = False
    countdown: str = ""  # "quá hạn 3 ngày làm việc (5 ngày)", as on Hôm nay
    assigned: tuple[str, ...] = ()  # every unit of the task (for «36/38»)


@dataclass(frozen=True)
class DueItem:
    task_id: int
    title: str
    directive: str
    due: date
    countdown: str  # "còn 2 ngày làm việc (3 ngày)", "đến hạn hôm nay"
    units: tuple[str, ...]  # still open
    confidential: bool = False
    assigned: tuple[str, ...] = ()  # every unit of the task (for «36/38»)


@dataclass(frozen=True)
class CompletedItem:
    task_id: int
    title: str
    unit: str
    due: date | None
    completed: date
    late: bool
    report_ref: str = ""
    confidential: bool = False


@dataclass(frozen=True)
class ExtensionItem:
    task_id: int
    title: str
    unit: str
    old_due: date | None
    new_due: date
    reason: str
    granted_by: str
    granted_on: date
    confidential: bool = False


@dataclass(frozen=True)
class MeetingItem:
    id: int
    starts_at: datetime
    kind_label: str
    title: str
    place: str


@dataclass(frozen=True)
class UnitLine:
    """One unit's record for the period: what it had to do and how it did."""

    unit_id: int
    code: str
    name: str
    assigned: int
    done_on_time: int
    done_late: int
    overdue: int

    @property
    def on_time_rate(self) -> float | None:
        """Done on time / (done + overdue); None when nothing was due."""
        due = self.done_on_time + self.done_late + self.overdue
        return None if due == 0 else self.done_on_time / due


@dataclass(frozen=True)
class AssignmentItem:
    """One cell of the unit × task matrix."""

    assignment_id: int
    task_id: int
    title: str
    directive: str
    unit: str
    unit_code: str
    role: str  # "Chủ trì" / "Phối hợp"
    due: date | None  # the unit's effective due date (extensions included)
    original_due: date | None  # the task's own date, before any extension
    completed: date | None
    status: str  # "Quá hạn 5 ngày", "Đã xong đúng hạn", "Còn 3 ngày làm việc"…
    confidential: bool = False


@dataclass(frozen=True)
class DeadlineItem:
    """An open deadline for the calendar: one task on one date, the units still owing it then.

    A task whose units have different dates (a gia hạn moved some) has one item per date.
    """

    uid: str  # stable across exports for this task and date: re-importing updates the event
    task_id: int
    title: str
    directive: str
    due: date  # the units' effective due date (their own, after a gia hạn, else the task's)
    units: tuple[str, ...]
    sequence: int  # bumps when the task changes (its version)
    confidential: bool = False
    task_due: date | None = None  # the task's own date: differs from ``due`` after a gia hạn
    assigned: tuple[str, ...] = ()  # every unit of the task (for «36/38»)


@dataclass(frozen=True)
class Summary:
    made_on: date  # "today" of the summary: statuses are as of this day
    period: Period
    scope: Scope
    org: OrgIdentity
    include_confidential: bool
    # True when confidential (mật, tối mật) items are included and at least one is in it:
    # every format then says so on its first line / page.
    has_confidential: bool
    counts: StatusCounts
    overdue: list[OverdueItem] = field(default_factory=list)
    due_soon: list[DueItem] = field(default_factory=list)
    completed: list[CompletedItem] = field(default_factory=list)  # completed in the period
    extensions: list[ExtensionItem] = field(default_factory=list)  # granted in the period
    meetings_held: list[MeetingItem] = field(default_factory=list)  # in the period, before now
    meetings_upcoming: list[MeetingItem] = field(default_factory=list)  # from today, 14 days
    units: list[UnitLine] = field(default_factory=list)
    assignments: list[AssignmentItem] = field(default_factory=list)
    deadlines: list[DeadlineItem] = field(default_factory=list)
    reminder_days: int = 3  # calendar alarm: this many days before each deadline
    # Lists stop at this many items; a full list says so (the totals are in ``counts``).
    list_limit: int = 100
    # The Word report's number and symbol, «15-BC/ĐU» (``secretariat.reports.signing``);
    # "" prints «Số      -BC/ĐU» for the office to fill in by hand.
    number: str = ""
