"""Lịch sử: who changed what in one record, read from the audit log (view only)."""

from __future__ import annotations

from rich.cells import cell_len
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label, Static

from screens.widgets.table import CELL_PADDING, SCROLLBAR, Table
from secretariat.history import HistoryLine
from secretariat.text import shorten

WIDE_COLUMNS = (
    ("Thời gian", 16),
    ("Người", 10),
    ("Việc", 30),
    ("Mục", 16),
    ("Cũ", 20),
    ("Mới", 20),
)
NARROW_COLUMNS = (("Thời gian", 16), ("Người", 10), ("Việc", 0), ("Mục", 0))
NARROW_MIN_WHAT = 10  # «Việc» keeps this much (the line above says it whole)


def narrow_columns(lines: list[HistoryLine], width: int) -> tuple[tuple[str, int], ...]:
    """The columns below 110 cells: «Mục» as wide as the longest field name shown (the
    name whole: «Ghi chú cách lấy toàn văn» was cut to «Ghi chú các…»), «Việc» the rest.

    Args:
        lines: the lines the table will show.
        width: the cells the table has.
    """
    fixed = sum(w for _label, w in NARROW_COLUMNS)
    room = width - fixed - CELL_PADDING * len(NARROW_COLUMNS) - SCROLLBAR - NARROW_MIN_WHAT
    longest = max([cell_len(line.field) for line in lines] + [cell_len("Mục")])
    field = min(longest, max(room, cell_len("Mục")))
    return tuple((label, field if label == "Mục" else w) for label, w in NARROW_COLUMNS)


class HistoryScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q", "close", "Đóng", id="history.close")]

    def __init__(self, title: str, lines: list[HistoryLine]) -> None:
        super().__init__()
        self.history_title = title
        self.lines = lines

    def compose(self) -> ComposeResult:
        with Vertical(id="task-box"):
            yield Label(f"Lịch sử — {self.history_title}", id="task-title")
            # The highlighted change in full: the table cuts long values (a Trích yếu).
            yield Static(
                self.lines[0].text if self.lines else "", id="history-detail", markup=False
            )
            table = Table(id="history-table", cursor_type="row")
            # Below 110 columns the old and new values hide (the line above says them
            # whole for the highlighted change) and «Việc» takes what is left.
            wide = self.app.size.width >= 110
            width = self.app.size.width * 95 // 100 - 4  # #task-box
            columns = WIDE_COLUMNS if wide else narrow_columns(self.lines, width)
            table.set_columns(columns, width)
            for line in self.lines:
                cells = [f"{line.at:%d/%m/%Y %H:%M}", shorten(line.user, 10)]
                if wide:
                    cells += [shorten(line.what, 30), line.field]
                    cells += [shorten(line.old, 20), shorten(line.new, 20)]
                else:
                    cells += [line.what, line.field]
                table.add_row(*cells)
            yield table
            yield Static(
                "Nhật ký chỉ để xem, không sửa được. Esc: đóng"
                if self.lines
                else "Chưa có thay đổi nào được ghi. Esc: đóng",
                classes="screen-note",
            )

    @on(DataTable.RowHighlighted, "#history-table")
    def _show_in_full(self, event: DataTable.RowHighlighted) -> None:
        if 0 <= event.cursor_row < len(self.lines):
            self.query_one("#history-detail", Static).update(self.lines[event.cursor_row].text)

    def action_close(self) -> None:
        self.dismiss(None)
