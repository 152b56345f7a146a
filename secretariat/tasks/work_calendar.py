"""The office's working calendar: public holidays, days off and make-up days, the threshold.

What "sắp đến hạn" means (within N working days, a setting) and which days count as
working days are the office's own; ``status_rule`` combines them with the pure rules of
``secretariat.tasks.deadlines`` into one status function for a day.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

from sqlmodel import Session, col, select

from secretariat.dates import format_date, office_today, parse_date
from secretariat.errors import UserError
from secretariat.tasks.deadlines import (
    DEFAULT_SOON_WORKING_DAYS,
    Status,
    WorkCalendar,
    assignment_status,
    public_holidays,
    remember_holidays,
)
from storage.dialects import upsert
from storage.models import (
    CalendarDay,
    Setting,
)
from storage.tables import table_of

SOON_KEY = "soon_working_days"


HOLIDAYS_KEY = "holidays:"  # + year: that year's public holidays, as the package gave them


def _load_holidays(session: Session) -> None:
    """Read the holiday tables the database keeps; compute and keep this year's and
    next year's once (so starting the app does not import the holidays package)."""
    stored = session.exec(select(Setting).where(col(Setting.key).startswith(HOLIDAYS_KEY))).all()
    for setting in stored:
        table = json.loads(setting.value)
        remember_holidays(
            int(setting.key.removeprefix(HOLIDAYS_KEY)),
            {date.fromisoformat(day): name for day, name in table.items()},
        )
    known = {setting.key for setting in stored}
    this_year = office_today().year
    for year in range(this_year - 1, this_year + 2):
        if f"{HOLIDAYS_KEY}{year}" not in known:
            table = {day.isoformat(): name for day, name in public_holidays(year).items()}
            # Two terminals may do this at once: the second insert is simply skipped.
            session.execute(
                upsert(session, table_of(Setting))
                .values(key=f"{HOLIDAYS_KEY}{year}", value=json.dumps(table, ensure_ascii=False))
                .on_conflict_do_nothing()
            )


def load_calendar(*, session: Session) -> WorkCalendar:
    """Public holidays plus the days the clerk entered as off or as make-up working days."""
    _load_holidays(session)
    days = session.exec(select(CalendarDay)).all()
    return WorkCalendar(
        days_off=frozenset(d.day for d in days if not d.working),
        working_days=frozenset(d.day for d in days if d.working),
    )


def not_a_working_day(day: date, *, session: Session) -> str:
    """Why a new deadline on ``day`` is refused ("" when it is a working day): a gia hạn
    lands on a day the office works."""
    calendar = load_calendar(session=session)
    if calendar.is_working_day(day):
        return ""
    return (
        f"Hạn mới {format_date(day)} là {calendar.day_off_reason(day)}, không phải ngày làm "
        f"việc; ngày làm việc kế tiếp là {format_date(calendar.next_working_day(day))}."
    )


def set_calendar_day(day: str, working: bool, note: str = "", *, session: Session) -> None:
    """Declare a day off (``working=False``) or a make-up working day, as announced."""
    parsed = parse_date(day)
    usual = WorkCalendar().day_off_reason(parsed)  # what the day is without this entry
    if working and usual is None:
        raise UserError(
            f"{format_date(parsed)} vốn là ngày làm việc; ngày làm bù phải là thứ Bảy, "
            "Chủ nhật hoặc ngày lễ."
        )
    if not working and usual is not None:
        raise UserError(f"{format_date(parsed)} vốn đã là ngày nghỉ ({usual}).")
    existing = session.get(CalendarDay, parsed)
    if existing is None:
        existing = CalendarDay(day=parsed, working=working)
    existing.working = working
    existing.note = " ".join(note.split())
    session.add(existing)


def calendar_days(*, session: Session) -> list[tuple[date, bool, str]]:
    """The clerk's calendar entries as (day, working, note), oldest first."""
    return [
        (d.day, d.working, d.note)
        for d in session.exec(select(CalendarDay).order_by(col(CalendarDay.day))).all()
    ]


def delete_calendar_day(day: date, *, session: Session) -> None:
    entry = session.get(CalendarDay, day)
    if entry is not None:
        session.delete(entry)


def set_soon_threshold(value: str, *, session: Session) -> int:
    """ "Sắp đến hạn" = due within this many working days (0 to 30)."""
    days = parse_soon_threshold(value)
    setting = session.get(Setting, SOON_KEY) or Setting(key=SOON_KEY)
    setting.value = str(days)
    session.add(setting)
    return days


def parse_soon_threshold(value: str) -> int:
    """Check the threshold as typed: a whole number of working days from 0 to 30."""
    text = value.strip()
    if not text.isdigit() or not 0 <= int(text) <= 30:
        raise UserError(f"Số ngày làm việc «{text}» không hợp lệ: nhập một số từ 0 đến 30.")
    return int(text)


def soon_threshold(*, session: Session) -> int:
    """ "Sắp đến hạn" = due within this many working days (a setting, default 3)."""
    setting = session.get(Setting, SOON_KEY)
    try:
        return int(setting.value) if setting else DEFAULT_SOON_WORKING_DAYS
    except ValueError:
        return DEFAULT_SOON_WORKING_DAYS


def status_rule(today: date, *, session: Session) -> Callable[[date | None, date | None], Status]:
    """``status(due, completed)`` with this office's calendar and "sắp đến hạn" threshold."""
    calendar = load_calendar(session=session)
    soon = soon_threshold(session=session)
    return lambda due, completed: assignment_status(due, completed, today, calendar, soon=soon)
