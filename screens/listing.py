"""A read-only register screen: a short note on what it holds, then one table."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import DataTable, Static

from screens.base import OfficeScreen


class ListingScreen(OfficeScreen):
    """Subclasses set ``COLUMNS``, ``NOTE``, ``EMPTY`` and implement ``fetch``/``rows``."""

    COLUMNS: Sequence[str] = ()
    NOTE = ""
    EMPTY = "Chưa có bản ghi nào."

    def compose_body(self) -> ComposeResult:
        yield Static(self.NOTE, classes="screen-note")
        table: DataTable[Any] = DataTable(cursor_type="row", zebra_stripes=True)
        table.add_columns(*self.COLUMNS)
        yield table
        yield Static("", classes="listing-count")

    def on_mount(self) -> None:
        self.query_one(DataTable).focus()

    def rows(self, data: Any) -> Iterable[Sequence[str | Text]]:
        return ()

    def show(self, data: Any) -> None:
        table = self.query_one(DataTable)
        table.clear()
        count = 0
        for row in self.rows(data):
            table.add_row(*row)
            count += 1
        self.query_one(".listing-count", Static).update(f"{count} bản ghi" if count else self.EMPTY)
