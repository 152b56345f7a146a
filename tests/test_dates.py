"""Dates as clerks type them in a form: short forms read against today, echoed in full."""

from __future__ import annotations

from datetime import date as D

import pytest

from secretariat.dates import read_date
from secretariat.errors import UserError
from secretariat.tasks.deadlines import WorkCalendar
from tests.conftest import TODAY  # Monday 23/11/2026

WORKING = WorkCalendar().add_working_days


@pytest.mark.parametrize(
    ("typed", "deadline", "expected", "remark"),
    [
        ("15/12/2026", False, D(2026, 12, 15), ""),
        ("15.12.2026", True, D(2026, 12, 15), ""),
        ("15-12-2026", False, D(2026, 12, 15), ""),
        ("15/12/26", False, D(2026, 12, 15), ""),
        ("15/12", True, D(2026, 12, 15), "năm nay"),
        ("15/12", False, D(2026, 12, 15), "năm nay"),
        # 20/11 has passed: a deadline means next year, any other date this year
        ("20/11", True, D(2027, 11, 20), "năm sau: 20/11/2026 đã qua"),
        ("20/11", False, D(2026, 11, 20), "năm nay"),
        ("23/11", True, D(2026, 11, 23), "năm nay"),  # today has not passed
        # 24/11 is a public holiday (Ngày Văn hóa Việt Nam), the weekend is off
        ("+5", True, D(2026, 12, 1), "5 ngày làm việc từ hôm nay"),
        (" + 1 ", False, D(2026, 11, 25), "1 ngày làm việc từ hôm nay"),
    ],
)
def test_short_forms_read_against_today(
    typed: str, deadline: bool, expected: D, remark: str
) -> None:
    read = read_date(typed, today=TODAY, deadline=deadline, add_working_days=WORKING)
    assert (read.value, read.remark) == (expected, remark)


def test_working_days_skip_the_office_days_off() -> None:
    calendar = WorkCalendar(days_off=frozenset({D(2026, 11, 25)}))
    read = read_date("+5", today=TODAY, add_working_days=calendar.add_working_days)
    assert read.value == D(2026, 12, 2)
    assert read.echo() == "Thứ Tư, 02/12/2026 (5 ngày làm việc từ hôm nay)"


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("31/02", "tháng 2/2026 chỉ có 28 ngày"),
        ("29/02", "tháng 2/2026 chỉ có 28 ngày"),  # never silently another year
        ("+0", "từ 1 trở lên"),
        ("15/13", "tháng 13 không có thật"),
        ("15", "không đúng dạng"),
        ("15/12/202", "không đúng dạng"),
    ],
)
def test_impossible_dates_are_refused_with_a_reason(typed: str, says: str) -> None:
    with pytest.raises(UserError, match=says):
        read_date(typed, today=TODAY, what="Hạn", deadline=True, add_working_days=WORKING)


def test_the_offices_day_is_viet_nams_whatever_the_machines_clock() -> None:
    """A server or an SSH host on UTC: from 17:00 UTC it is already the next day in the
    ward, and «Hôm nay», the countdowns and the day's backup follow the ward's day."""
    from datetime import UTC, datetime, timedelta, timezone

    from secretariat.dates import office_today

    assert office_today(datetime(2026, 12, 6, 16, 59, tzinfo=UTC)) == D(2026, 12, 6)
    assert office_today(datetime(2026, 12, 6, 17, 0, tzinfo=UTC)) == D(2026, 12, 7)
    hanoi = timezone(timedelta(hours=7))
    assert office_today(datetime(2026, 12, 7, 0, 5, tzinfo=hanoi)) == D(2026, 12, 7)
    assert office_today() == datetime.now(UTC).astimezone(hanoi).date()
