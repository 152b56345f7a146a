"""What was just copied to the clipboard (the chat text of a report), to read before pasting."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Label, Static

from screens.dialogs.keyed_dialog import KeyedDialog


class ChatPreviewScreen(KeyedDialog[None]):
    TITLE = "Bản tin đã chép"  # what ? help is about
    BINDINGS = [Binding("escape,q,enter", "close", "Đóng", id="chat.close")]

    def __init__(self, text: str, path: str) -> None:
        super().__init__()
        self.text = text
        self.path = path

    def compose(self) -> ComposeResult:
        lines = self.text.count("\n")
        with Vertical(id="chat-box"):
            yield Label(
                f"Đã chép {lines} dòng vào bộ nhớ tạm: dán vào Zalo bằng Ctrl+V", id="chat-title"
            )
            with VerticalScroll(id="chat-scroll"):
                yield Static(Text(self.text), id="chat-text")
            yield Static(Text(f"Tệp: {self.path} · Esc: đóng"), classes="screen-note")

    def on_mount(self) -> None:
        self.query_one("#chat-scroll").focus()

    def action_close(self) -> None:
        self.dismiss(None)
