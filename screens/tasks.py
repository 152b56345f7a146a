"""Nhiệm vụ: every task with its directive, deadline and progress (read-only for now)."""

from __future__ import annotations

from collections.abc import Iterable

from screens.listing import ListingScreen
from secretariat.dates import format_date
from secretariat.overview import TaskRow, task_rows
from secretariat.text import shorten


class TasksScreen(ListingScreen):
    TITLE = "Nhiệm vụ"
    COLUMNS = ("Hạn", "Nhiệm vụ", "Văn bản", "Đã xong")
    NOTE = (
        "Nhiệm vụ theo hạn gần nhất; việc thường xuyên ở cuối. Đang xây dựng: tạo và sửa "
        "nhiệm vụ, giao cho một đơn vị, một nhóm hay cả 38 chi bộ tổ dân phố, lọc, bảng "
        "tiến độ từng đơn vị, gia hạn."
    )
    EMPTY = "Chưa có nhiệm vụ nào."

    def fetch(self) -> list[TaskRow]:
        return self.office.read(task_rows)

    def rows(self, data: list[TaskRow]) -> Iterable[tuple[str, ...]]:
        for t in data:
            yield (
                format_date(t.due) or "thường xuyên",
                shorten(t.title, 80),
                t.directive,
                f"{t.done}/{t.total}" if t.total else "chưa giao",
            )
