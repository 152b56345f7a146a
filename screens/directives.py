"""Văn bản đến: the register of incoming directives (read-only for now)."""

from __future__ import annotations

from collections.abc import Iterable

from screens.listing import ListingScreen
from secretariat.dates import format_date
from secretariat.overview import DirectiveRow, directive_rows
from secretariat.text import shorten


class DirectivesScreen(ListingScreen):
    TITLE = "Văn bản đến"
    COLUMNS = (
        "Số đến",
        "Ngày đến",
        "Số, ký hiệu",
        "Loại",
        "Cơ quan ban hành",
        "Ngày BH",
        "Trích yếu",
        "NV",
    )
    NOTE = (
        "Sổ văn bản đến, mới nhất trước. Đang xây dựng: đăng ký và sửa văn bản, đính kèm "
        "bản quét, lọc theo loại/cơ quan/năm/độ mật, tìm không dấu khi gõ, và nhập văn bản "
        "tự đọc hạn thành nhiệm vụ."
    )
    EMPTY = "Chưa có văn bản đến nào."

    def fetch(self) -> list[DirectiveRow]:
        return self.office.read(directive_rows)

    def rows(self, data: list[DirectiveRow]) -> Iterable[tuple[str, ...]]:
        for d in data:
            yield (
                str(d.incoming_number or ""),
                format_date(d.received_date),
                d.number_symbol,
                d.doc_type,
                d.issuer,
                format_date(d.issued_date),
                shorten(d.subject, 60),
                str(d.task_count),
            )
