"""Deadlines: working days, Civil Code counting, assignment status, progress, recurrence.

Working days skip Saturdays, Sundays and Vietnamese public holidays — the lunar ones
too (Tết Nguyên đán, Giỗ Tổ Hùng Vương), taken from the maintained ``holidays``
package — plus the days off and make-up working days the government announces each
year, which the clerk enters (``WorkCalendar.days_off`` / ``working_days``).

Nothing here stores a status: it is computed from dates every time it is shown.
"""

from __future__ import annotations

import calendar as _calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from secretariat.dates import recurrence_label
from secretariat.vocab import TASK_RECURRENCES

DEFAULT_SOON_WORKING_DAYS = 3
NEAR_DAYS = 400  # working days are counted for dates this close to today
ONE_DAY = timedelta(days=1)


_HOLIDAYS: dict[int, dict[date, str]] = {}


def public_holidays(year: int) -> dict[date, str]:
    """Vietnam's public holidays of ``year``, with their Vietnamese names.

    From the maintained ``holidays`` package (lunar Tết and Giỗ Tổ included); the office
    keeps each year's table in its database (``remember_holidays``) so that a normal
    start never imports the package (~0.15 s).
    """
    table = _HOLIDAYS.get(year)
    if table is None:
        from holidays.countries.vietnam import Vietnam

        table = _HOLIDAYS[year] = dict(Vietnam(years=year, language="vi"))
    return table


def remember_holidays(year: int, table: dict[date, str]) -> None:
    """Use ``table`` as ``year``'s holidays (read back from the database)."""
    _HOLIDAYS.setdefault(year, table)


_SWAPPED = re.compile(r"thay cho ngày (\d{1,2})/(\d{1,2})/(\d{4})")


@lru_cache(maxsize=64)
def make_up_days(year: int) -> frozenset[date]:
    """Weekend days worked in exchange for a moved day off ("nghỉ … thay cho ngày 22/08/2026").

    The holidays package names the moved day off after the day it replaces; that day
    becomes a working day.
    """
    days = set()
    for name in public_holidays(year).values():
        match = _SWAPPED.search(name)
        if match:
            day, month, swapped_year = (int(part) for part in match.groups())
            days.add(date(swapped_year, month, day))
    return frozenset(days)


@dataclass(frozen=True)
class WorkCalendar:
    """Which days are working days in the ward office."""

    days_off: frozenset[date] = frozenset()
    working_days: frozenset[date] = frozenset()

    def day_off_reason(self, day: date) -> str | None:
        """Why ``day`` is not a working day (None when it is one)."""
        if day in self.working_days or day in make_up_days(day.year):
            return None
        if day in self.days_off:
            return "Ngày nghỉ theo thông báo"
        name = public_holidays(day.year).get(day)
        if name:
            return name
        if day.weekday() == 5:
            return "Thứ Bảy"
        if day.weekday() == 6:
            return "Chủ nhật"
        return None

    def is_working_day(self, day: date) -> bool:
        return self.day_off_reason(day) is None

    def next_working_day(self, day: date) -> date:
        """``day`` itself when it is a working day, else the first one after it."""
        while not self.is_working_day(day):
            day += ONE_DAY
        return day

    def add_working_days(self, start: date, count: int) -> date:
        """The last day of "``count`` ngày làm việc" counted from the day after ``start``."""
        if count < 0:
            raise ValueError("count must not be negative")
        day = start
        while count:
            day += ONE_DAY
            if self.is_working_day(day):
                count -= 1
        return day

    def civil_deadline(self, start: date, days: int) -> date:
        """A time limit of ``days`` days after an event, as the Civil Code counts it.

        Counting starts the day after ``start``; a last day that is a weekend or a
        holiday moves to the next working day.
        """
        return self.next_working_day(start + timedelta(days=days))

    def working_days_between(self, start: date, end: date) -> int:
        """Working days in (start, end]: how many working days from ``start`` to ``end``.

        Negative when ``end`` is before ``start``. Counted in closed form (weekdays, then
        the year's exceptions), so a ten-year-old deadline costs the same as tomorrow's.
        """
        if end < start:
            return -self.working_days_between(end, start)
        count = _weekdays_between(start, end)
        for year in range(start.year, end.year + 1):
            for day in _exceptions(self, year):
                if start < day <= end:
                    weekday = day.weekday() < 5
                    working = self.is_working_day(day)
                    count += (working and not weekday) - (weekday and not working)
        return count


def _weekdays_between(start: date, end: date) -> int:
    """Monday–Friday days in (start, end]."""
    days = (end - start).days
    weeks, rest = divmod(days, 7)
    count = 5 * weeks
    first = start.weekday()  # weekday of `start`; the remainder begins the day after
    for offset in range(1, rest + 1):
        if (first + offset) % 7 < 5:
            count += 1
    return count


@lru_cache(maxsize=1024)
def _exceptions(calendar: WorkCalendar, year: int) -> tuple[date, ...]:
    """Days of ``year`` that may break the Monday–Friday rule for this calendar."""
    days = set(public_holidays(year)) | make_up_days(year)
    days |= {d for d in calendar.days_off | calendar.working_days if d.year == year}
    return tuple(sorted(days))


# --- Status of one assignment ---------------------------------------------------


class State(StrEnum):
    """The official four-way vocabulary of task tracking."""

    DONE_ON_TIME = "da_hoan_thanh_dung_han"
    DONE_LATE = "da_hoan_thanh_qua_han"
    OPEN_ON_TIME = "chua_hoan_thanh_trong_han"
    OPEN_OVERDUE = "chua_hoan_thanh_qua_han"


# The same words on every screen and in every export (issue 17, item 5).
STATE_LABELS = {
    State.DONE_ON_TIME: "Hoàn thành đúng hạn",
    State.DONE_LATE: "Hoàn thành quá hạn",
    State.OPEN_ON_TIME: "Chưa hoàn thành – trong hạn",
    State.OPEN_OVERDUE: "Chưa hoàn thành – quá hạn",
}


def days_phrase(calendar_days: int, working_days: int | None) -> str:
    """``3 ngày làm việc (5 ngày)``, ``3 ngày làm việc`` or ``500 ngày`` (too far to count
    working days): how every countdown and lateness is said."""
    if working_days is None:
        return f"{calendar_days} ngày"
    text = f"{working_days} ngày làm việc"
    if calendar_days != working_days:
        text += f" ({calendar_days} ngày)"
    return text


class Band(StrEnum):
    """Countdown bands that refine the state for display (and colour)."""

    DONE = "done"
    OVERDUE = "overdue"
    DUE_TODAY = "due_today"
    DUE_SOON = "due_soon"
    ON_TRACK = "on_track"
    ONGOING = "ongoing"  # no deadline: "thường xuyên"


@dataclass(frozen=True)
class Status:
    state: State
    band: Band
    calendar_days: int | None  # due − today (or due − completion when done); None: no deadline
    working_days: int | None  # the same in working days

    @property
    def label(self) -> str:
        return STATE_LABELS[self.state]

    @property
    def is_done(self) -> bool:
        return self.state in (State.DONE_ON_TIME, State.DONE_LATE)

    @property
    def countdown(self) -> str:
        """``quá hạn 3 ngày làm việc (5 ngày)``, ``đến hạn hôm nay``, ``còn 3 ngày làm
        việc (5 ngày)``, ``hoàn thành quá hạn 2 ngày làm việc``…

        Late and left are both counted in working days, with the calendar days beside
        them when they differ (only calendar days for a date more than a year away).
        """
        working = None if self.working_days is None else abs(self.working_days)
        if self.band is Band.DONE:
            if self.state is State.DONE_LATE and self.calendar_days is not None:
                return "hoàn thành quá hạn " + days_phrase(-self.calendar_days, working)
            return "hoàn thành đúng hạn"
        if self.band is Band.ONGOING:
            return "thường xuyên"
        if self.band is Band.OVERDUE:
            return "quá hạn " + days_phrase(-(self.calendar_days or 0), working)
        if self.band is Band.DUE_TODAY:
            return "đến hạn hôm nay"
        return "còn " + days_phrase(self.calendar_days or 0, working)

    @property
    def countdown_short(self) -> str:
        """The countdown for a narrow column: the same words, «ngày làm việc» written
        «ngày LV» and the calendar days left out (``quá hạn 3 ngày LV``)."""
        full = self.countdown
        if self.working_days is None or self.band is Band.DONE:
            return full
        return full.split(" (", 1)[0].replace(" ngày làm việc", " ngày LV")


def assignment_status(
    due: date | None,
    completed: date | None,
    today: date,
    calendar: WorkCalendar,
    *,
    soon: int = DEFAULT_SOON_WORKING_DAYS,
) -> Status:
    """The status of one assignment on ``today``, from its dates alone.

    Args:
        due: the effective due date (the assignment's own, else the task's), None if ongoing.
        completed: when the unit reported the work done, None if not yet.
        soon: "sắp đến hạn" means due within this many working days.
    """
    if completed is not None:
        if due is None or completed <= due:
            days = None if due is None else (due - completed).days
            return Status(State.DONE_ON_TIME, Band.DONE, days, None)
        late = (completed - due).days
        return Status(
            State.DONE_LATE,
            Band.DONE,
            -late,
            -calendar.working_days_between(due, completed) if late <= NEAR_DAYS else None,
        )
    if due is None:
        return Status(State.OPEN_ON_TIME, Band.ONGOING, None, None)
    calendar_days = (due - today).days
    # Working days are shown for what is near; a deadline years away or long past is
    # spoken of in calendar days, so its years' holidays are never computed.
    near = abs(calendar_days) <= NEAR_DAYS
    working = calendar.working_days_between(today, due) if near else None
    if calendar_days < 0:
        return Status(State.OPEN_OVERDUE, Band.OVERDUE, calendar_days, working)
    if calendar_days == 0:
        return Status(State.OPEN_ON_TIME, Band.DUE_TODAY, 0, 0)
    band = Band.DUE_SOON if working is not None and working <= soon else Band.ON_TRACK
    return Status(State.OPEN_ON_TIME, band, calendar_days, working)


def effective_due(assignment_due: date | None, task_due: date | None) -> date | None:
    """An assignment's own due date overrides the task's."""
    return assignment_due if assignment_due is not None else task_due


# --- A task's progress -------------------------------------------------------------


@dataclass(frozen=True)
class Progress:
    total: int
    done: int
    done_late: int
    overdue: int  # still open and past due

    @property
    def text(self) -> str:
        """``27/38 đã hoàn thành, 4 quá hạn``."""
        if not self.total:
            return "chưa giao"
        text = f"{self.done}/{self.total} đã hoàn thành"
        if self.overdue:
            text += f", {self.overdue} quá hạn"
        return text

    @property
    def short(self) -> str:
        """``27/38 · 4 quá hạn``, for a narrow column."""
        if not self.total:
            return "chưa giao"
        text = f"{self.done}/{self.total}"
        return text + (f" · {self.overdue} quá hạn" if self.overdue else "")


def progress(statuses: Iterable[Status]) -> Progress:
    """Sum up a task's assignments."""
    total = done = late = overdue = 0
    for status in statuses:
        total += 1
        if status.is_done:
            done += 1
            late += status.state is State.DONE_LATE
        elif status.state is State.OPEN_OVERDUE:
            overdue += 1
    return Progress(total, done, late, overdue)


# --- The "6 rõ" -------------------------------------------------------------------


def missing_clarity(
    *,
    assignees: int,
    leads: int,
    due: date | None,
    ongoing: bool,
    expected_product: str,
) -> list[str]:
    """What a task lacks of the "6 rõ" (rõ người, việc, thời gian, trách nhiệm, sản phẩm…).

    Args:
        assignees: how many units the task is assigned to.
        leads: how many of them have the role chủ trì.
        ongoing: the task is deliberately "thường xuyên" (no deadline is then no gap).
    """
    missing = []
    if assignees == 0:
        missing.append("Chưa rõ người: chưa giao cho đơn vị nào")
    if due is None and not ongoing:
        missing.append("Chưa rõ thời gian: chưa có hạn (hoặc đánh dấu thường xuyên)")
    if assignees > 1 and leads == 0:
        missing.append("Chưa rõ trách nhiệm: nhiều đơn vị nhưng chưa có đơn vị chủ trì")
    if not expected_product.strip():
        missing.append("Chưa rõ sản phẩm: chưa ghi đơn vị phải nộp gì (báo cáo, kế hoạch…)")
    return missing


# --- Recurrence -------------------------------------------------------------------


class Every(StrEnum):
    WEEK = "weekly"
    MONTH = "monthly"
    QUARTER = "quarterly"
    YEAR = "yearly"


EVERY_LABELS = {every: TASK_RECURRENCES[every.value] for every in Every}


_STEP = {Every.MONTH: relativedelta(months=1), Every.QUARTER: relativedelta(months=3)}


@dataclass(frozen=True)
class Recurrence:
    """A report due on ``day`` every month/quarter/year ("trước ngày 20 hằng tháng"), or
    every week on a weekday ("trước 16 giờ thứ Sáu hằng tuần")."""

    every: Every
    # day of the month the report is due (31 means the month's last day); for a weekly
    # one, the day of the week, 1 (Monday) to 7 (Sunday)
    day: int

    def __post_init__(self) -> None:
        last = 7 if self.every is Every.WEEK else 31
        if not 1 <= self.day <= last:
            raise ValueError(f"day must be 1..{last}, not {self.day}")

    @classmethod
    def starting(cls, every: Every, first_due: date) -> Recurrence:
        """The recurrence whose first occurrence is due on ``first_due``."""
        day = first_due.isoweekday() if every is Every.WEEK else first_due.day
        return cls(every, day)

    @classmethod
    def parse(cls, text: str) -> Recurrence | None:
        """Read the stored form ``monthly:20``; an empty string means no recurrence."""
        if not text:
            return None
        every, _, day = text.partition(":")
        return cls(Every(every), int(day))

    def dump(self) -> str:
        return f"{self.every.value}:{self.day}"

    @property
    def label(self) -> str:
        return recurrence_label(self.every.value, self.day)

    def next_due(self, current_due: date) -> date:
        """The due date of the occurrence after the one due on ``current_due``."""
        if self.every is Every.WEEK:
            return current_due + timedelta(days=7)
        step = _STEP.get(self.every, relativedelta(years=1))
        following = current_due + step
        last_day = _calendar.monthrange(following.year, following.month)[1]
        return following.replace(day=min(self.day, last_day))


def upcoming(due: date, every: str, today: date) -> date:
    """The first occurrence of a recurring deadline on or after ``today``: a weekly report
    whose first Friday passed before the directive was imported is due next Friday.

    The task's recurrence is taken from the date it is saved with, so an occurrence the
    month's end cut short (the 30th in February) would change its day: the first date is
    kept then, and the clerk is told it has passed.
    """
    recurrence = Recurrence.starting(Every(every), due)
    first = due
    while due < today:
        due = recurrence.next_due(due)
    if Recurrence.starting(Every(every), due) != recurrence:
        return first
    return due
