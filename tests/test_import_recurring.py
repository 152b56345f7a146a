"""A directive's recurring deadline becomes a repeating task (issue 16)."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlmodel import select

from secretariat.directives.importer import propose
from secretariat.directives.save_import import ImportPlan, TaskChoice, prepare_import, save_import
from storage.engine import session_scope
from storage.models import Task
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
