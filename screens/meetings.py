"""Hội nghị: meetings of the Ban Chấp hành, Ban Thường vụ, giao ban (read-only for now)."""

from __future__ import annotations

from collections.abc import Iterable

from screens.listing import ListingScreen
from secretariat.dates import format_datetime
from secretariat.overview import MeetingRow, meeting_rows
from secretariat.vocab import MEETING_KINDS, label


class MeetingsScreen(ListingScreen):
    TITLE = "Hội nghị"
    COLUMNS = ("Thời gian", "Loại", "Tên hội nghị", "Địa điểm")
    NOTE = (
        "Hội nghị, mới nhất trước. Đang xây dựng: lên lịch và điểm danh, biên bản tự lưu "
        "khi gõ, chuyển kết luận thành nhiệm vụ, xuất biên bản .docx."
    )
    EMPTY = "Chưa có hội nghị nào."

    def fetch(self) -> list[MeetingRow]:
        return self.office.read(meeting_rows)

    def rows(self, data: list[MeetingRow]) -> Iterable[tuple[str, ...]]:
        for m in data:
            yield (format_datetime(m.starts_at), label(MEETING_KINDS, m.kind), m.title, m.place)
