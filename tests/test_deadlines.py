"""Deadline logic checked against dates written out by hand (official calendars)."""

from __future__ import annotations

from datetime import date

import pytest

from secretariat.tasks.deadlines import (
    Band,
    Every,
    Recurrence,
    State,
    WorkCalendar,
    assignment_status,
    effective_due,
    missing_clarity,
    progress,
)

CAL = WorkCalendar()
D = date


@pytest.mark.parametrize(
    ("tet", "gio_to"),
    [
        # Mùng 1 Tết Nguyên đán and 10/3 âm lịch (Giỗ Tổ Hùng Vương) in the solar calendar.
        (D(2025, 1, 29), D(2025, 4, 7)),
        (D(2026, 2, 17), D(2026, 4, 26)),
        (D(2027, 2, 6), D(2027, 4, 16)),
    ],
)
def test_lunar_holidays_are_days_off(tet: date, gio_to: date) -> None:
    assert not CAL.is_working_day(tet)
    assert not CAL.is_working_day(gio_to)
    assert CAL.day_off_reason(tet) == "Tết Nguyên Đán"
    assert "Giỗ Tổ Hùng Vương" in (CAL.day_off_reason(gio_to) or "")


def test_tet_2025_break_and_counting_across_it() -> None:
    # Official break: Sat 25/01 to Sun 02/02/2025 (9 days).
    for day in range(25, 32):
        assert not CAL.is_working_day(D(2025, 1, day)), day
    assert not CAL.is_working_day(D(2025, 2, 1))
    assert not CAL.is_working_day(D(2025, 2, 2))
    assert CAL.is_working_day(D(2025, 1, 24))
    assert CAL.is_working_day(D(2025, 2, 3))
    # From Friday 24/01, "1 ngày làm việc" is Monday 03/02.
    assert CAL.add_working_days(D(2025, 1, 24), 1) == D(2025, 2, 3)
    assert CAL.working_days_between(D(2025, 1, 24), D(2025, 2, 3)) == 1


def test_tet_2026_break_and_counting_across_it() -> None:
    # Official break: Sat 14/02 to Sun 22/02/2026.
    assert [CAL.is_working_day(D(2026, 2, d)) for d in range(13, 24)] == [
        True, False, False, False, False, False, False, False, False, False, True
    ]  # fmt: skip
    assert CAL.add_working_days(D(2026, 2, 13), 5) == D(2026, 2, 27)
    # Giỗ Tổ 2026 falls on a Sunday: the day off moves to Monday 27/04.
    assert not CAL.is_working_day(D(2026, 4, 27))
    # 30/4 and 1/5/2026 are Thursday and Friday.
    assert CAL.add_working_days(D(2026, 4, 29), 1) == D(2026, 5, 4)


def test_tet_2027_first_day_and_week() -> None:
    assert not any(CAL.is_working_day(D(2027, 2, d)) for d in range(5, 11))
    assert CAL.is_working_day(D(2027, 2, 11))


def test_weekends_month_ends_and_leap_years() -> None:
    assert not CAL.is_working_day(D(2026, 11, 28))  # Saturday
    assert not CAL.is_working_day(D(2026, 11, 29))  # Sunday
    assert CAL.add_working_days(D(2026, 11, 27), 1) == D(2026, 11, 30)
    assert CAL.add_working_days(D(2026, 11, 30), 1) == D(2026, 12, 1)  # month end
    assert CAL.working_days_between(D(2028, 2, 28), D(2028, 3, 1)) == 2  # 29/02/2028 exists
    assert CAL.working_days_between(D(2027, 2, 26), D(2027, 3, 1)) == 1  # 2027: no 29/02
    assert CAL.working_days_between(D(2026, 12, 4), D(2026, 11, 30)) == -4


def test_civil_code_counting_moves_a_last_day_off_to_the_next_working_day() -> None:
    # 10 days after Wed 18/11/2026 is Sat 28/11 → Mon 30/11.
    assert CAL.civil_deadline(D(2026, 11, 18), 10) == D(2026, 11, 30)
    # 5 days after Tue 10/02/2026 is Sun 15/02, inside Tết → Mon 23/02.
    assert CAL.civil_deadline(D(2026, 2, 10), 5) == D(2026, 2, 23)
    # a last day that is a working day stays
    assert CAL.civil_deadline(D(2026, 11, 16), 2) == D(2026, 11, 18)


def test_clerk_days_off_and_make_up_working_days() -> None:
    # 2025: the government moved the 02/05 day off to a make-up Saturday 26/04.
    calendar = WorkCalendar(days_off=frozenset({D(2026, 12, 31)}),
                            working_days=frozenset({D(2025, 4, 26)}))  # fmt: skip
    assert calendar.is_working_day(D(2025, 4, 26))
    assert not calendar.is_working_day(D(2025, 5, 2))
    assert not calendar.is_working_day(D(2026, 12, 31))
    assert calendar.day_off_reason(D(2026, 12, 31)) == "Ngày nghỉ theo thông báo"
    assert calendar.add_working_days(D(2025, 4, 25), 1) == D(2025, 4, 26)


TODAY = D(2026, 11, 23)  # Monday


@pytest.mark.parametrize(
    ("due", "completed", "state", "band", "countdown"),
    [
        (D(2026, 11, 20), D(2026, 11, 19), State.DONE_ON_TIME, Band.DONE, "hoàn thành đúng hạn"),
        (D(2026, 11, 20), D(2026, 11, 20), State.DONE_ON_TIME, Band.DONE, "hoàn thành đúng hạn"),
        (
            D(2026, 11, 13),
            D(2026, 11, 20),
            State.DONE_LATE,
            Band.DONE,
            "hoàn thành quá hạn 5 ngày làm việc (7 ngày)",
        ),
        (
            D(2026, 11, 18),
            None,
            State.OPEN_OVERDUE,
            Band.OVERDUE,
            "quá hạn 3 ngày làm việc (5 ngày)",
        ),
        (D(2026, 11, 23), None, State.OPEN_ON_TIME, Band.DUE_TODAY, "đến hạn hôm nay"),
        (D(2026, 11, 26), None, State.OPEN_ON_TIME, Band.DUE_SOON, "còn 2 ngày làm việc (3 ngày)"),
        # 24/11 is Ngày Văn hóa Việt Nam (a day off since 2026)
        (D(2026, 11, 27), None, State.OPEN_ON_TIME, Band.DUE_SOON, "còn 3 ngày làm việc (4 ngày)"),
        (D(2026, 11, 30), None, State.OPEN_ON_TIME, Band.ON_TRACK, "còn 4 ngày làm việc (7 ngày)"),
        (None, None, State.OPEN_ON_TIME, Band.ONGOING, "thường xuyên"),
        (None, D(2026, 11, 2), State.DONE_ON_TIME, Band.DONE, "hoàn thành đúng hạn"),
    ],
)
def test_assignment_status(
    due: date | None, completed: date | None, state: State, band: Band, countdown: str
) -> None:
    status = assignment_status(due, completed, TODAY, CAL)
    assert (status.state, status.band, status.countdown) == (state, band, countdown)


def test_status_labels_and_soon_threshold() -> None:
    status = assignment_status(D(2026, 11, 18), None, TODAY, CAL)
    assert status.label == "Chưa hoàn thành – quá hạn"
    assert (status.calendar_days, status.working_days) == (-5, -3)
    relaxed = assignment_status(D(2026, 11, 30), None, TODAY, CAL, soon=5)
    assert relaxed.band is Band.DUE_SOON


def test_assignment_due_overrides_the_task_due() -> None:
    assert effective_due(D(2026, 12, 1), D(2026, 11, 20)) == D(2026, 12, 1)
    assert effective_due(None, D(2026, 11, 20)) == D(2026, 11, 20)
    assert effective_due(None, None) is None


def test_progress_of_a_task_over_38_chi_bo() -> None:
    statuses = (
        [assignment_status(D(2026, 11, 20), D(2026, 11, 19), TODAY, CAL)] * 25
        + [assignment_status(D(2026, 11, 20), D(2026, 11, 22), TODAY, CAL)] * 2
        + [assignment_status(D(2026, 11, 20), None, TODAY, CAL)] * 4
        + [assignment_status(D(2026, 11, 27), None, TODAY, CAL)] * 7
    )
    summary = progress(statuses)
    assert (summary.total, summary.done, summary.done_late, summary.overdue) == (38, 27, 2, 4)
    assert summary.text == "27/38 đã hoàn thành, 4 quá hạn"
    assert progress([]).text == "chưa giao"


def test_six_clarities() -> None:
    assert (
        missing_clarity(
            assignees=3, leads=1, due=D(2026, 12, 1), ongoing=False, expected_product="Báo cáo"
        )
        == []
    )
    gaps = missing_clarity(assignees=3, leads=0, due=None, ongoing=False, expected_product=" ")
    assert [gap.split(":")[0] for gap in gaps] == [
        "Chưa rõ thời gian",
        "Chưa rõ trách nhiệm",
        "Chưa rõ sản phẩm",
    ]
    assert missing_clarity(
        assignees=0, leads=0, due=None, ongoing=True, expected_product="Kế hoạch"
    ) == ["Chưa rõ người: chưa giao cho đơn vị nào"]


def test_recurrence_monthly_quarterly_yearly() -> None:
    monthly = Recurrence.parse("monthly:20")
    assert monthly == Recurrence(Every.MONTH, 20)
    assert monthly.label == "trước ngày 20 hằng tháng"
    assert monthly.next_due(D(2026, 11, 20)) == D(2026, 12, 20)
    assert monthly.next_due(D(2026, 12, 20)) == D(2027, 1, 20)
    month_end = Recurrence(Every.MONTH, 31)
    assert month_end.next_due(D(2027, 1, 31)) == D(2027, 2, 28)
    assert month_end.next_due(D(2027, 2, 28)) == D(2027, 3, 31)  # back to the 31st
    assert Recurrence(Every.MONTH, 31).next_due(D(2028, 1, 31)) == D(2028, 2, 29)
    assert Recurrence(Every.QUARTER, 15).next_due(D(2026, 12, 15)) == D(2027, 3, 15)
    assert Recurrence(Every.YEAR, 30).next_due(D(2026, 6, 30)) == D(2027, 6, 30)
    assert Recurrence.parse("") is None
    assert Recurrence.parse(monthly.dump()) == monthly
    with pytest.raises(ValueError):
        Recurrence(Every.MONTH, 0)


def test_dates_are_parsed_strictly_and_never_guessed() -> None:
    from secretariat.dates import parse_date, parse_optional_date
    from secretariat.errors import UserError

    assert parse_date("15/10/2025") == D(2025, 10, 15)
    assert parse_date(" 5/6/2026 ") == D(2026, 6, 5)
    assert parse_date("29-02-2028") == D(2028, 2, 29)
    assert parse_optional_date("  ") is None
    for text, message in (
        ("31/02/2026", "không có thật: tháng 2/2026 chỉ có 28 ngày"),
        ("29/02/2027", "tháng 2/2027 chỉ có 28 ngày"),
        ("10/13/2026", "tháng 13 không có thật"),
        ("2026-10-15", "không đúng dạng ngày/tháng/năm"),
        ("15/10", "không đúng dạng"),
        ("hôm nay", "không đúng dạng"),
    ):
        with pytest.raises(UserError, match=message):
            parse_date(text, what="Hạn")


def test_make_up_saturdays_announced_with_a_moved_day_off_are_working_days() -> None:
    # 2025: the 02/05 day off was worked on Saturday 26/04; 2026: 31/08 off for Sat 22/08.
    assert not CAL.is_working_day(D(2025, 5, 2))
    assert CAL.is_working_day(D(2025, 4, 26))
    assert not CAL.is_working_day(D(2026, 8, 31))
    assert CAL.is_working_day(D(2026, 8, 22))
    assert not CAL.is_working_day(D(2026, 8, 29))  # an ordinary Saturday
