"""The help screen (``?``): every key of the current screen and of the app."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from screens.keys import KeyCommand
from screens.widgets.table import Table


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,question_mark,q", "dismiss_help", "Đóng", id="help.close"),
    ]

    def __init__(self, screen_title: str, commands: list[KeyCommand]) -> None:
        super().__init__()
        self.screen_title = screen_title
        self.commands = commands

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box"):
            yield Label(f"Trợ giúp — {self.screen_title}", id="help-title")
            yield Static(
                "Mọi việc làm được bằng bàn phím. Ctrl+P mở bảng lệnh: gõ vài chữ "
                "(không cần dấu) để tìm lệnh. Esc hoặc ? để đóng trang này.",
                id="help-intro",
            )
            table = Table(id="help-table", cursor_type="row")
            table.add_columns("Phím", "Lệnh", "Phạm vi", "Giải thích")
            for command in self.commands:
                table.add_row(
                    command.key,
                    command.description,
                    "Toàn ứng dụng" if command.scope == "app" else "Màn hình này",
                    command.tooltip,
                )
            yield table

    def action_dismiss_help(self) -> None:
        self.dismiss(None)
