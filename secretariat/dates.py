"""Dates as a Vietnamese clerk reads them: dd/mm/yyyy, weekday names, day counts."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone

from secretariat.errors import UserError
from secretariat.vocab import TASK_RECURRENCES

# The office's clock: Việt Nam keeps UTC+7 all year (no daylight saving), so a fixed offset
# is exact and needs no time-zone database (Windows has none without tzdata).
OFFICE_TZ = timezone(timedelta(hours=7), "ICT")


def office_today(now: datetime | None = None) -> date:
    """The office's date: Việt Nam's, whatever the machine's clock is set to (a server or
    an SSH host on UTC showed yesterday's «Hôm nay» from 00:00 to 07:00 in the ward).

    ``now`` (aware) is for tests; by default the current moment.
    """
    return (now or datetime.now(UTC)).astimezone(OFFICE_TZ).date()


WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


def format_date(value: date | None) -> str:
    """``23/11/2026``; an empty string for no date."""
    return value.strftime("%d/%m/%Y") if value else ""


def format_datetime(value: datetime | None) -> str:
    """``08:00 23/11/2026``."""
    return value.strftime("%H:%M %d/%m/%Y") if value else ""


def long_date(value: date) -> str:
    """``Thứ Hai, 23/11/2026``."""
    return f"{WEEKDAYS[value.weekday()]}, {format_date(value)}"


def countdown(due: date, today: date) -> str:
    """Calendar-day countdown: ``quá hạn 5 ngày``, ``hôm nay``, ``còn 3 ngày``."""
    days = (due - today).days
    if days < 0:
        return f"quá hạn {-days} ngày"
    if days == 0:
        return "đến hạn hôm nay"
    return f"còn {days} ngày"


_DATE = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})\s*$")
_DAY_MONTH = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*$")
_WORKING_DAYS_AHEAD = re.compile(r"^\s*\+\s*(\d{1,3})\s*$")
EXAMPLE = "VD: 15/10/2025, 15/10, +5"


def _checked(text: str, what: str, day: int, month: int, year: int) -> date:
    if not 1 <= month <= 12:
        raise UserError(f"{what} «{text.strip()}»: tháng {month} không có thật.")
    if not 1900 <= year <= 2200:
        raise UserError(f"{what} «{text.strip()}»: năm {year} không hợp lý.")
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise UserError(
            f"{what} «{text.strip()}» không có thật: tháng {month}/{year} chỉ có {last} ngày."
        )
    return date(year, month, day)


def _full_year(year: str) -> int:
    # «15/12/26» is 2026: a ward office types this century's years only
    return int(year) + 2000 if len(year) == 2 else int(year)


def parse_date(text: str, *, what: str = "Ngày") -> date:
    """Read a full date: dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy, dd/mm/yy).

    Never guesses: anything else, or a day that does not exist, is a ``UserError``
    that says what is wrong. (Forms also take ``15/12`` and ``+5``: see ``read_date``.)
    """
    match = _DATE.match(text)
    if not match:
        raise UserError(f"{what} «{text.strip()}» không đúng dạng ngày/tháng/năm (VD: 15/10/2025).")
    day, month, year = match.groups()
    return _checked(text, what, int(day), int(month), _full_year(year))


def parse_optional_date(text: str, *, what: str = "Ngày") -> date | None:
    """Like ``parse_date`` but an empty field means no date."""
    return parse_date(text, what=what) if text.strip() else None


@dataclass(frozen=True)
class TypedDate:
    """A date as the clerk typed it, read: the day, and how a short form was read."""

    value: date
    remark: str = ""  # "" for a full date; else «năm sau», «5 ngày làm việc từ hôm nay»

    def echo(self) -> str:
        """``Thứ Ba, 15/12/2026 (năm sau: 15/12/2026 đã qua)``: what will be saved."""
        return long_date(self.value) + (f" ({self.remark})" if self.remark else "")


def read_date(
    text: str,
    *,
    today: date,
    what: str = "Ngày",
    deadline: bool = False,
    add_working_days: Callable[[date, int], date] | None = None,
) -> TypedDate:
    """A date typed the way clerks type them, for a form field.

    - ``15/12/2026``, ``15.12.2026``, ``15-12-2026``, ``15/12/26``: that day.
    - ``15/12``: this year; in a deadline field, next year if that day has passed
      (the remark says so).
    - ``+5``: five working days from today (``add_working_days``, the office calendar).
    """
    ahead = _WORKING_DAYS_AHEAD.match(text)
    if ahead:
        count = int(ahead.group(1))
        if add_working_days is None:
            raise UserError(f"{what}: chưa đọc được lịch làm việc để tính «{text.strip()}».")
        if count == 0:
            raise UserError(f"{what} «{text.strip()}»: hãy ghi số ngày làm việc từ 1 trở lên.")
        return TypedDate(add_working_days(today, count), f"{count} ngày làm việc từ hôm nay")
    short = _DAY_MONTH.match(text)
    if short:
        day, month = int(short.group(1)), int(short.group(2))
        value = _checked(text, what, day, month, today.year)
        if deadline and value < today:
            later = _checked(text, what, day, month, today.year + 1)
            return TypedDate(later, f"năm sau: {format_date(value)} đã qua")
        return TypedDate(value, "năm nay")
    return TypedDate(parse_date(text, what=what))


def time_line(starts_at: datetime) -> str:
    """``08 giờ 00, Thứ Hai, ngày 23/11/2026``."""
    weekday = WEEKDAYS[starts_at.weekday()]
    return (
        f"{starts_at.hour:02d} giờ {starts_at.minute:02d}, {weekday}, "
        f"ngày {format_date(starts_at.date())}"
    )


def to_local(value: datetime) -> datetime:
    """A stored timestamp in the office's time (Asia/Ho_Chi_Minh, UTC+7).

    Timestamps are stored in UTC (``storage.models.utcnow``) and SQLite gives them back
    without a zone, so a naive value is read as UTC.
    """
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    return aware.astimezone(OFFICE_TZ)


def local_now() -> datetime:
    """Now, on the office's clock (whatever zone the computer is set to)."""
    return datetime.now(OFFICE_TZ)


def recurrence_label(every: str, day: int) -> str:
    """A stored recurrence told: «trước ngày 20 hằng tháng», «trước thứ Sáu hằng tuần»."""
    if every == "weekly":
        name = WEEKDAYS[day - 1]  # «Thứ Sáu» opens a sentence; «trước thứ Sáu» does not
        return f"trước {name[0].lower()}{name[1:]} hằng tuần"
    return f"trước ngày {day} {TASK_RECURRENCES[every]}"
