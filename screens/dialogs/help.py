"""The help screen (``?``): every key of the current screen and of the app."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Label, Static

from screens.keys import KeyCommand
from screens.widgets.table import CELL_PADDING, SCROLLBAR, Table

HEADERS = ("Phím", "Lệnh", "Phạm vi", "Giải thích")
# Where the four columns do not fit whole (80 columns): the scope hides, the explanation
# takes what is left and the highlighted key's is written whole below the list.
NARROW_COLUMNS = (("Phím", 6), ("Lệnh", 16), ("Giải thích", 0))


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,question_mark,q", "dismiss_help", "Đóng", id="help.close"),
    ]

    def __init__(self, screen_title: str, commands: list[KeyCommand]) -> None:
        super().__init__()
        self.screen_title = screen_title
        self.commands = commands
        self.rows = [
            (
                command.key,
                command.description,
                "Toàn ứng dụng" if command.scope == "app" else "Màn hình này",
                command.tooltip,
            )
            for command in commands
        ]
        self.wide: bool | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box"):
            yield Label(f"Trợ giúp — {self.screen_title}", id="help-title")
            yield Static(
                "Mọi việc làm được bằng bàn phím. Ctrl+P mở bảng lệnh: gõ vài chữ "
                "(không cần dấu) để tìm lệnh. Esc hoặc ? để đóng trang này.",
                id="help-intro",
            )
            yield Table(id="help-table", cursor_type="row")
            yield Static("", id="help-more")

    def on_mount(self) -> None:
        self._lay_out(self.app.size.width * 9 // 10 - 6)  # #help-box: 90 %, border, padding

    def on_resize(self) -> None:
        self.call_after_refresh(lambda: self._lay_out(self.query_one(Table).size.width))

    def _lay_out(self, width: int) -> None:
        """Every column whole if they fit ``width``, else the narrow set and the pane."""
        needed = sum(max(cell_len(row[i]) for row in [HEADERS, *self.rows]) for i in range(4))
        wide = needed + CELL_PADDING * len(HEADERS) + SCROLLBAR <= width
        table = self.query_one(Table)
        row = table.cursor_row
        if wide:
            if self.wide:
                return
            table.clear(columns=True)
            table.add_columns(*HEADERS)
        elif not table.set_columns(NARROW_COLUMNS, width) and self.wide is False:
            return
        self.wide = wide
        table.clear()
        for key, description, scope, tooltip in self.rows:
            if wide:
                table.add_row(key, description, scope, tooltip)
            else:
                table.add_row(key, description, tooltip)
        table.move_cursor(row=row)
        self.query_one("#help-more").display = not wide
        self._show_more()

    @on(DataTable.RowHighlighted)
    def _show_more(self) -> None:
        if self.wide or not self.rows:
            return
        _key, description, scope, tooltip = self.rows[self.query_one(Table).cursor_row]
        said = f"{description} ({scope.lower()})" + (f": {tooltip}" if tooltip else "")
        self.query_one("#help-more", Static).update(Text(said))

    def action_dismiss_help(self) -> None:
        self.dismiss(None)
