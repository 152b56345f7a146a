"""Dates as a Vietnamese clerk reads them: dd/mm/yyyy, weekday names, day counts."""

from __future__ import annotations

import calendar
import re
from datetime import UTC, date, datetime, timedelta, timezone

from secretariat.errors import UserError

# The office's clock: Việt Nam keeps UTC+7 all year (no daylight saving), so a fixed offset
# is exact and needs no time-zone database (Windows has none without tzdata).
OFFICE_TZ = timezone(timedelta(hours=7), "ICT")

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


_DATE = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$")


def parse_date(text: str, *, what: str = "Ngày") -> date:
    """Read a date typed as dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy).

    Never guesses: anything else, or a day that does not exist, is a ``UserError``
    that says what is wrong.
    """
    match = _DATE.match(text)
    if not match:
        raise UserError(f"{what} «{text.strip()}» không đúng dạng ngày/tháng/năm (VD: 15/10/2025).")
    day, month, year = (int(part) for part in match.groups())
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


def parse_optional_date(text: str, *, what: str = "Ngày") -> date | None:
    """Like ``parse_date`` but an empty field means no date."""
    return parse_date(text, what=what) if text.strip() else None


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
