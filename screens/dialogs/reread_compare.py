"""The text registered and the text read again from its scan, side by side.

Nothing is replaced until the clerk presses Ctrl+S; Esc keeps the registered text.
"""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Label, Static

from screens.base import office_of
from screens.dialogs.keyed_dialog import KeyedDialog
from screens.messages import WorkDone, attempt
from screens.widgets.footer import KeyFooter
from secretariat.directives.readers import ReadResult
from secretariat.directives.reread import RereadOffer, replace_text


class RereadCompareScreen(KeyedDialog[bool]):
    """Dismisses with True once the new text is saved, False when the old one is kept."""

    TITLE = "Đọc lại bản quét"  # what ? help is about

    DEFAULT_CSS = """
    RereadCompareScreen { align: center middle; background: $background 60%; }
    #reread-box {
        width: 100%; height: 100%; border: thick $primary; background: $surface;
        padding: 0 1;
    }
    #reread-title { text-style: bold; }
    #reread-panes { height: 1fr; }
    .reread-pane { width: 1fr; border: round $panel; padding: 0 1; }
    #reread-error { color: $error; text-style: bold; height: auto; }
    """
    BINDINGS = [
        Binding("ctrl+s", "replace", "Thay bằng bản đọc lại", id="reread.replace"),
        Binding("escape", "keep", "Giữ bản cũ", id="reread.keep"),
    ]

    def __init__(self, offer: RereadOffer, read: ReadResult) -> None:
        super().__init__()
        self.offer = offer
        self.read = read
        self._saving = False

    def compose(self) -> ComposeResult:
        with Vertical(id="reread-box"):
            yield Label(
                f"Đọc lại {self.offer.file_name} bằng {self.read.note} — chưa thay gì",
                id="reread-title",
            )
            with Horizontal(id="reread-panes"):
                with VerticalScroll(classes="reread-pane", id="reread-old") as old:
                    old.border_title = "Toàn văn hiện có"
                    yield Static(Text(self.offer.old_text))
                with VerticalScroll(classes="reread-pane", id="reread-new") as new:
                    new.border_title = "Bản đọc lại (tiếng Việt)"
                    yield Static(Text(self.read.text))
            yield Static("", id="reread-error")
        yield KeyFooter(compact=True)

    def action_keep(self) -> None:
        self.dismiss(False)

    def action_replace(self) -> None:
        if not self._saving:
            self._saving = True
            self._replace()

    @work(thread=True, exclusive=True, group="reread-save", exit_on_error=False)
    def _replace(self) -> None:
        office, offer, read = office_of(self), self.offer, self.read

        def write() -> None:
            office.write(replace_text, offer, read.text, read.origin, read.note, read.confidence)

        self.post_message(WorkDone("reread-save", attempt(write)))

    @on(WorkDone)
    def _saved(self, message: WorkDone) -> None:
        if message.job != "reread-save":
            return
        self._saving = False
        if message.outcome.ok:
            self.dismiss(True)
        else:
            self.query_one("#reread-error", Static).update(message.outcome.error or "")
