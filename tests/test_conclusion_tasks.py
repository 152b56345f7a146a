"""A conclusion line of the minutes as a task (Ctrl+N in the minutes editor): title,
due date from the deadline phrase, lead and support units named in the line."""

from __future__ import annotations

from datetime import date

import pytest

from secretariat.directives.importer import ward_unit_pairs
from secretariat.directives.importer.conclusions import ConclusionTask, conclusion_task

UNITS = ward_unit_pairs()
LINE = (
    "- Giao Văn phòng Đảng ủy chủ trì, phối hợp Ban Xây dựng Đảng hướng dẫn các chi bộ "
    "tổ dân phố …, hoàn thành trước ngày 18/12/2026."
)


def test_the_issue_line() -> None:
    assert conclusion_task(LINE, 2026, UNITS) == ConclusionTask(
        title=(
            "Văn phòng Đảng ủy chủ trì, phối hợp Ban Xây dựng Đảng hướng dẫn các chi bộ "
            "tổ dân phố …"
        ),
        phrase="hoàn thành trước ngày 18/12/2026",
        due_date=date(2026, 12, 18),
        needs_review=False,
        lead="PH-VP",
        support=("PH-BXD",),
    )


@pytest.mark.parametrize(
    ("line", "title", "due"),
    [
        (
            "Giao Văn phòng Đảng ủy tham mưu kế hoạch kiểm tra, hoàn thành trước ngày 15/12/2026.",
            "Văn phòng Đảng ủy tham mưu kế hoạch kiểm tra",
            date(2026, 12, 15),
        ),
        (
            "- Giao UBND phường rà soát trụ sở làm việc trong tháng 12/2026.",
            "UBND phường rà soát trụ sở làm việc",
            date(2026, 12, 31),
        ),
        (
            "+ Giao cho các chi bộ tổ dân phố rà soát đảng viên, hoàn thành trước ngày 20/12.",
            "Các chi bộ tổ dân phố rà soát đảng viên",
            date(2026, 12, 20),
        ),
        # A deadline inside the sentence is part of what is to be done.
        (
            "- Giao Ban Xây dựng Đảng trước ngày 10/12/2026 trình danh sách.",
            "Ban Xây dựng Đảng trước ngày 10/12/2026 trình danh sách",
            date(2026, 12, 10),
        ),
        ("- Văn phòng Đảng ủy tổng hợp ý kiến.", "Văn phòng Đảng ủy tổng hợp ý kiến", None),
        # Nothing but a deadline: the line stays the title.
        ("- Hoàn thành trước ngày 18/12/2026.", "Hoàn thành trước ngày 18/12/2026.", None),
    ],
)
def test_title_without_giao_and_trailing_deadline(line: str, title: str, due: date | None) -> None:
    task = conclusion_task(line, 2026, UNITS)
    assert task.title == title
    if due is not None:
        assert task.due_date == due


def test_an_unreadable_deadline_stays_in_the_title_for_review() -> None:
    task = conclusion_task("- Giao UBND phường rà soát trụ sở, xong trước ngày 15.", 2026, UNITS)
    assert (task.due_date, task.needs_review, task.phrase) == (None, True, "xong trước ngày 15")
    assert task.title == "UBND phường rà soát trụ sở, xong trước ngày 15"
    assert task.unit_codes == ("PH-UBND",)
