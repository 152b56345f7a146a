"""A directive's recurring deadline becomes a repeating task (issue 16)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Engine
from sqlmodel import select

from secretariat.dates import recurrence_label
from secretariat.directives.importer import propose
from secretariat.directives.save_import import ImportPlan, TaskChoice, prepare_import, save_import
from secretariat.tasks.writes import assign, mark_done
from storage.engine import session_scope
from storage.models import Assignment, Task, Unit
from tests.conftest import TODAY

TEXT = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HẢI PHÒNG
Số: 4410/UBND-NC
V/v chế độ báo cáo công tác phòng, chống thiên tai
Hải Phòng, ngày 03 tháng 11 năm 2026

Kính gửi: Ủy ban nhân dân các xã, phường, đặc khu.

1. Báo cáo định kỳ tình hình công tác phòng, chống thiên tai trước ngày 20 hằng tháng.

2. Tổng kết công tác năm 2026, gửi báo cáo trước ngày 15-12-2026.
"""


def test_a_monthly_deadline_is_saved_as_a_monthly_task(engine: Engine) -> None:
    proposal = propose(TEXT)
    monthly, once = proposal.tasks
    assert (monthly.recurrence, once.recurrence) == ("monthly", None)
    with session_scope(engine) as session:
        data, _twin = prepare_import(proposal, TEXT, TODAY, session=session)
        choices = tuple(
            TaskChoice(
                t.text,
                t.due_date.strftime("%d/%m/%Y") if t.due_date else "",
                sentence=t.text,
                phrase=t.phrase or "",
                repeat=t.recurrence or "",
            )
            for t in proposal.tasks
        )
        save_import(ImportPlan(data, choices, confirmed=True), session=session, today=TODAY)
    with session_scope(engine) as session:
        tasks = {t.title: t for t in session.exec(select(Task)).all()}
    first = tasks[monthly.text]
    assert first.recurrence.startswith("monthly") and str(first.due_date) == "2026-11-20"
    assert tasks[once.text].recurrence == ""


WEEKLY = TEXT.replace(
    "2. Tổng kết công tác năm 2026",
    "2. Định kỳ hằng tuần (trước 16 giờ ngày thứ Sáu), báo cáo tình hình mưa lũ.\n\n"
    "3. Tổng kết công tác năm 2026",
)


def test_a_weekly_report_is_saved_as_a_weekly_task_that_comes_back_a_week_later(
    engine: Engine,
) -> None:
    proposal = propose(WEEKLY)  # issued Tuesday 03/11/2026
    weekly = proposal.tasks[1]
    assert (weekly.recurrence, weekly.time) == ("weekly", "16:00")
    assert str(weekly.due_date) == "2026-11-06"  # the first Friday after the issue
    with session_scope(engine) as session:
        data, _twin = prepare_import(proposal, WEEKLY, TODAY, session=session)
        choice = TaskChoice(weekly.text, "06/11/2026", sentence=weekly.text, repeat="weekly")
        save_import(ImportPlan(data, (choice,), confirmed=True), session=session, today=TODAY)
    with session_scope(engine) as session:
        task = session.exec(select(Task)).one()
        assert task.recurrence == "weekly:5"
        unit = session.exec(select(Unit).where(Unit.code == "PH-UBND")).one()
        assert unit.id is not None and task.id is not None
        assign(task.id, [unit.id], lead_id=unit.id, session=session)
        [assignment] = session.exec(select(Assignment).where(Assignment.task_id == task.id)).all()
        assert assignment.id is not None
        following = mark_done(
            assignment.id, "06/11/2026", "", today=date(2026, 11, 6), session=session
        )
        assert following is not None and str(following.due_date) == "2026-11-13"
    assert recurrence_label("weekly", 5) == "trước thứ Sáu hằng tuần"


def test_a_rolled_recurrence_keeps_its_own_day_of_the_month() -> None:
    from secretariat.tasks.deadlines import upcoming

    # due on the 30th each month: February has no 30th, so the first date is kept (the
    # review says it has passed) rather than a February date that would make it the 28th
    assert upcoming(date(2026, 1, 30), "monthly", date(2026, 2, 10)) == date(2026, 1, 30)
    assert upcoming(date(2026, 1, 20), "monthly", date(2026, 2, 10)) == date(2026, 2, 20)
    assert upcoming(date(2026, 11, 6), "weekly", date(2026, 11, 23)) == date(2026, 11, 27)
