"""A DataTable whose cells never spill: a cut cell ends with «…», stored text stays text."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from rich.cells import cell_len
from rich.text import Text
from textual.coordinate import Coordinate
from textual.geometry import Region, Size
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import DataTable
from textual.widgets.data_table import CellType, ColumnKey, RowKey

from secretariat.text import without_controls


def fitted(cell: object) -> object:
    """A cell cut with an ellipsis when its column is too narrow (never mid-word bare).

    A string is shown as it was typed: never read as markup, so a subject with
    «[b]» or «[Mật]» in it shows those characters.
    """
    if isinstance(cell, str):  # an ESC from older data never reaches the terminal
        return Text(without_controls(cell), no_wrap=True, overflow="ellipsis", end="")
    if isinstance(cell, Text):
        cut = cell.copy()
        cut.no_wrap = True
        cut.overflow = "ellipsis"
        return cut
    return cell


CELL_PADDING = 2  # a DataTable cell's padding, left and right
SCROLLBAR = 2  # the vertical scroll bar a long list shows


class Table(DataTable[Any]):
    """Every table of the app: rows are added and updated through ``fitted``."""

    # A dialog's table sized by its cells: this column (an index) takes what the others
    # leave when the table is narrower than its cells (80 columns), cut with «…», so
    # the columns after it are never reached only by scrolling sideways.
    flex_column: int | None = None
    _flex_natural: int | None = None  # its own width if it had one, else its cells' (None)
    _flex_seen = False

    # The styles the cached cells were drawn with (see ``notify_style_update``).
    _drawn_with: tuple[object, ...] | None = None
    _styles_to_check = False

    def on_resize(self) -> None:
        self.call_after_refresh(self.fit_flex_column)

    def action_scroll_home(self) -> None:
        # Home/End: the first/last row of a list of rows (DataTable's scroll sideways,
        # which a row list never needs: found by a new user in the import review).
        if self.cursor_type == "row":
            self.action_scroll_top()
        else:
            super().action_scroll_home()

    def action_scroll_end(self) -> None:
        if self.cursor_type == "row":
            self.action_scroll_bottom()
        else:
            super().action_scroll_end()

    def notify_style_update(self) -> None:
        # Textual calls this for every widget of a screen each time the screen comes
        # back, and DataTable's own version then drops every cell it has drawn: a switch
        # to a screen with a long list drew all of it again (~35 of the ~70 ms a switch
        # took on Hôm nay). The cells are kept unless the styles really changed (a new
        # theme): checked when the table is next drawn, once its component styles (the
        # cursor's, the header's) have been worked out too. Focus and hover are part of
        # DataTable's own cache keys, so they never need a clear.
        Widget.notify_style_update(self)
        self._styles_to_check = True
        self.refresh()

    def _style_signature(self) -> tuple[object, ...]:
        components = sorted(self._get_component_classes())
        return (
            self.rich_style,
            *(self.get_component_rich_style(name, partial=True) for name in components),
        )

    def render_lines(self, crop: Region) -> list[Strip]:
        if self._styles_to_check:
            self._styles_to_check = False
            signature = self._style_signature()
            if signature != self._drawn_with:
                self._drawn_with = signature
                self._row_render_cache.clear()
                self._cell_render_cache.clear()
                self._row_renderable_cache.clear()
                self._line_cache.clear()
                self._styles_cache.clear()
                self._get_styles_to_render_cell.cache_clear()
        return super().render_lines(crop)

    def fit_flex_column(self) -> None:
        """Give the flexible column what the others leave of the table's width."""
        columns = list(self.columns.values())
        if self.flex_column is None or self.flex_column >= len(columns) or not self.size.width:
            return
        flex = columns[self.flex_column]
        others = sum(c.get_render_width(self) for c in columns if c is not flex)
        room = self.size.width - others - CELL_PADDING - SCROLLBAR
        if not self._flex_seen:
            self._flex_seen = True
            self._flex_natural = None if flex.auto_width else flex.width
        needed = self._flex_natural
        if needed is None:
            needed = max(flex.content_width, cell_len(str(flex.label)))
        wanted = max(min(room, needed), 8)
        if not flex.auto_width and flex.width == wanted:
            return
        flex.auto_width = False
        flex.width = wanted
        self._clear_caches()
        self._require_update_dimensions = True
        self.refresh()

    def set_columns(self, columns: Sequence[tuple[str, int]], width: int) -> bool:
        """Lay the columns out for a table ``width`` cells wide; True if they changed.

        Args:
            columns: (label, width) in order; a width of 0 takes what the others, their
                padding and the scroll bar leave (at least 10 cells).
            width: the cells the table has (the screen's width).

        Returns:
            True when the columns were set again (emptied: the caller draws the rows).
        """
        fixed = sum(w for _label, w in columns)
        rest = max(width - fixed - CELL_PADDING * len(columns) - SCROLLBAR, 10)
        wanted = [(label, w or rest) for label, w in columns]
        shown = [(str(column.label), column.width) for column in self.columns.values()]
        if shown == wanted:
            return False
        self.clear(columns=True)
        for label, w in wanted:
            self.add_column(label, width=w)
        return True

    def _update_dimensions(self, new_rows: Iterable[RowKey]) -> None:
        # Textual measures every cell of every new row to size auto-width columns: for
        # a table whose columns all have their width (Hôm nay, 150 rows) that is ~15 ms
        # of each redraw spent on nothing. Rows here are one line high, never labelled.
        if self.columns and not any(column.auto_width for column in self.columns.values()):
            # The scrollable size still follows the rows: without it the table has no
            # scroll bar and End moves the cursor below the screen's edge, out of sight.
            width = sum(column.get_render_width(self) for column in self.columns.values())
            header = self.header_height if self.show_header else 0
            self.virtual_size = Size(
                width + self._row_label_column_width, self._total_row_height + header
            )
            return
        super()._update_dimensions(new_rows)

    def add_row(
        self,
        *cells: CellType,
        height: int | None = 1,
        key: str | None = None,
        label: Text | str | None = None,
    ) -> RowKey:
        return super().add_row(
            *(fitted(cell) for cell in cells), height=height, key=key, label=label
        )

    def update_cell(
        self,
        row_key: RowKey | str,
        column_key: ColumnKey | str,
        value: CellType,
        *,
        update_width: bool = False,
    ) -> None:
        super().update_cell(row_key, column_key, fitted(value), update_width=update_width)

    def update_cell_at(
        self, coordinate: Coordinate, value: CellType, *, update_width: bool = False
    ) -> None:
        super().update_cell_at(coordinate, fitted(value), update_width=update_width)
