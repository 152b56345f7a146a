"""A DataTable split into titled sections; the cursor never rests on a section title."""

from __future__ import annotations

import contextlib

from rich.text import Text
from textual.binding import Binding
from textual.coordinate import Coordinate

from screens.widgets.table import Table

HEADING_PREFIX = "heading:"


class SectionedTable(Table):
    """Rows under bold section titles. ``j``/``k`` move, Home/End jump to the first/last row."""

    BINDINGS = [
        Binding("j", "cursor_down", "Xuống", id="table.down", show=False),
        Binding("k", "cursor_up", "Lên", id="table.up", show=False),
        Binding("home", "first_row", "Dòng đầu", id="table.first", show=False),
        Binding("end", "last_row", "Dòng cuối", id="table.last", show=False),
    ]

    def add_heading(self, title: str, key: str, *more: str) -> None:
        """A bold title; ``more`` goes in the next columns (a count that would not fit the
        first column beside the title)."""
        texts = [title, *more][: len(self.columns)]
        cells = [Text(text, style="bold") for text in texts]
        cells += [Text("")] * (len(self.columns) - len(cells))
        self.add_row(*cells, key=f"{HEADING_PREFIX}{key}")

    def add_note(self, text: str, key: str) -> None:
        """A dim line such as "không có việc nào"; like a title, the cursor skips it."""
        cells = [Text(text, style="dim"), *[""] * (len(self.columns) - 1)]
        self.add_row(*cells, key=f"{HEADING_PREFIX}note:{key}")

    def row_key_at(self, row: int) -> str:
        return self.coordinate_to_cell_key(Coordinate(row, 0)).row_key.value or ""

    def is_heading(self, row: int) -> bool:
        return 0 <= row < self.row_count and self.row_key_at(row).startswith(HEADING_PREFIX)

    def selected_key(self) -> str | None:
        """The key of the row under the cursor, None on a heading or an empty table."""
        if not self.row_count or self.is_heading(self.cursor_row):
            return None
        return self.row_key_at(self.cursor_row)

    def move_to(self, key: str | None, fallback_row: int = 0) -> None:
        """Put the cursor on ``key`` if shown, else near ``fallback_row``; never on a title."""
        row = min(fallback_row, max(self.row_count - 1, 0))
        if key is not None:
            # not shown (filtered out, or gone): stay where the clerk was
            with contextlib.suppress(Exception):
                row = self.get_row_index(key)
        while self.is_heading(row) and row + 1 < self.row_count:
            row += 1
        while self.is_heading(row) and row > 0:  # only titles below: the nearest row above
            row -= 1
        while self.is_heading(row) and row + 1 < self.row_count:  # only titles: the last
            row += 1
        self.move_cursor(row=row)

    def action_cursor_down(self) -> None:
        super().action_cursor_down()
        if self.is_heading(self.cursor_row) and self.cursor_row < self.row_count - 1:
            super().action_cursor_down()

    def action_cursor_up(self) -> None:
        super().action_cursor_up()
        if self.is_heading(self.cursor_row):
            if self.cursor_row > 0:
                super().action_cursor_up()
            else:
                super().action_cursor_down()

    def action_first_row(self) -> None:
        self.move_to(None)

    def action_last_row(self) -> None:
        self.move_cursor(row=self.row_count - 1)
