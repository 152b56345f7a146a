"""Reading a file in a thread worker, with a bar per page and Esc to cancel.

The job gets ``progress(done, total)`` and ``cancelled()``: the worker posts each page
read as a message, the bar and «Đang đọc trang 3/7…» move on the UI thread. Esc sets
the cancel flag; the reader kills its OCR processes and removes its pages, and the
dialog closes with None: nothing was read, nothing is kept.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Label, ProgressBar, Static

from screens.messages import Outcome, WorkDone, attempt

T = TypeVar("T")

Job = Callable[[Callable[[int, int], None], Callable[[], bool]], T]


class PageRead(Message):
    """The worker has read ``done`` of ``total`` pages."""

    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done = done
        self.total = total


class ReadProgressScreen(ModalScreen[Outcome[T] | None], Generic[T]):
    """Runs ``job`` and dismisses with its Outcome, or None when the clerk cancelled."""

    DEFAULT_CSS = """
    ReadProgressScreen { align: center middle; background: $background 60%; }
    #read-box {
        width: 64; max-width: 100%; height: auto;
        border: thick $primary; background: $surface; padding: 1 2;
    }
    #read-title { text-style: bold; }
    #read-bar { margin: 1 0; }
    #read-note { color: $text-muted; }
    """
    BINDINGS = [Binding("escape", "cancel", "Hủy đọc", id="read.cancel")]

    def __init__(self, title: str, job: Job[T]) -> None:
        super().__init__()
        self.title_text = title
        self.job = job
        self.stop = threading.Event()

    def compose(self) -> ComposeResult:
        with Vertical(id="read-box"):
            yield Label(self.title_text, id="read-title")
            yield Static("Đang mở tệp…", id="read-status")
            yield ProgressBar(total=None, show_eta=False, id="read-bar")
            yield Static("Esc: hủy (không lưu gì)", id="read-note")

    def on_mount(self) -> None:
        self._run()

    @work(thread=True, exclusive=True, group="read-file", exit_on_error=False)
    def _run(self) -> None:
        stop = self.stop

        def told(done: int, total: int) -> None:
            self.post_message(PageRead(done, total))

        outcome = attempt(lambda: self.job(told, stop.is_set), "Không đọc được tệp")
        self.post_message(WorkDone("read-file", outcome))

    @on(PageRead)
    def _page_read(self, message: PageRead) -> None:
        bar = self.query_one("#read-bar", ProgressBar)
        bar.update(total=message.total, progress=message.done)
        if message.done < message.total:
            said = f"Đang đọc trang {message.done + 1}/{message.total}…"
        else:
            said = f"Đã đọc {message.total}/{message.total} trang, đang đề xuất…"
        self.query_one("#read-status", Static).update(said)

    @on(WorkDone)
    def _done(self, message: WorkDone) -> None:
        if message.job != "read-file":
            return
        self.dismiss(None if self.stop.is_set() else message.outcome)

    def action_cancel(self) -> None:
        self.stop.set()
        self.query_one("#read-status", Static).update("Đang hủy…")
