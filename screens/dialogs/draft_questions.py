"""The two questions about a draft of the minutes: keep it and go, or restore it.

Each answer is a button and a key; Enter takes the first one (the one that loses
nothing), Esc answers nothing (None).
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

KEEP = "keep"  # keep the text as a draft, then quit or close
STAY = "stay"
RESTORE = "restore"
DISCARD = "discard"


class DraftQuestion(ModalScreen[str | None]):
    """A question about a draft; `answers` are (value, key, label), as bound in BINDINGS."""

    def __init__(self, question: str, answers: tuple[tuple[str, str, str], ...]) -> None:
        super().__init__()
        self.question = question
        self.answers = answers  # (value, key, label), as bound in BINDINGS

    def compose(self) -> ComposeResult:
        # The confirm dialog's look (themes/app.tcss): one family of questions.
        with Vertical(id="confirm-box"):
            yield Static(self.question, id="confirm-question")  # wraps, never cut
            with Horizontal(id="confirm-buttons"):
                for number, (value, key, label) in enumerate(self.answers):
                    yield Button(
                        f"{label} ({key})",
                        variant="primary" if number == 0 else "default",
                        id=f"draft-{value}",
                    )

    def on_mount(self) -> None:
        self.query_one(f"#draft-{self.answers[0][0]}", Button).focus()

    def action_answer(self, value: str) -> None:
        self.dismiss(value or None)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss((event.button.id or "").removeprefix("draft-") or None)


class KeepDraftQuestion(DraftQuestion):
    """The text could not be saved: keep it as a draft and go (quit or close), or stay."""

    BINDINGS = [
        Binding("l", f"answer('{KEEP}')", "Lưu bản nháp", id="draft.keep"),
        Binding("o,escape", f"answer('{STAY}')", "Ở lại", id="draft.stay"),
    ]

    def __init__(self, question: str, keep_label: str = "Lưu bản nháp và thoát") -> None:
        super().__init__(question, ((KEEP, "l", keep_label), (STAY, "o", "Ở lại")))


class RestoreDraftQuestion(DraftQuestion):
    """A draft an earlier editor left: put it back in the editor, or throw it away."""

    BINDINGS = [
        Binding("k", f"answer('{RESTORE}')", "Khôi phục", id="draft.restore"),
        Binding("b", f"answer('{DISCARD}')", "Bỏ", id="draft.discard"),
        Binding("escape", "answer('')", "Để sau", id="draft.later"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__(question, ((RESTORE, "k", "Khôi phục"), (DISCARD, "b", "Bỏ")))
