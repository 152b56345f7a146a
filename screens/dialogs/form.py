"""A modal form that saves itself and keeps what the clerk typed when saving fails."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static, TextArea

from screens.messages import WorkDone, attempt

T = TypeVar("T")


@dataclass(frozen=True)
class FormField:
    name: str
    label: str
    value: str = ""
    placeholder: str = ""
    options: tuple[tuple[str, str], ...] = ()  # (label, value): shown as a Select
    allow_blank: bool = True  # False: the Select always holds one of its options
    multiline: bool = False  # a TextArea (Enter starts a new line; Tab moves on)


class FormScreen(ModalScreen[T | None]):
    """Edit a few fields; ``save(values)`` runs in a thread worker and returns plain values.

    The form is dismissed with what ``save`` returned (never ``None``: that means
    cancelled) only after it returned, so after the commit; the caller applies it on the
    UI thread. A ``UserError`` is shown in the form and nothing typed is lost.
    """

    BINDINGS = [
        Binding("escape", "cancel", "Hủy", id="form.cancel"),
        Binding("ctrl+s", "save", "Lưu", id="form.save"),
        # Priority: the app moves the focus before it dispatches the next key, so text
        # typed right after Enter (a fast typist, a paste) lands in the next field.
        Binding("enter", "next_or_save", "Ô tiếp theo", id="form.next", show=False, priority=True),
    ]

    def __init__(
        self,
        title: str,
        fields: list[FormField],
        save: Callable[[dict[str, str]], T],
        *,
        busy: str = "Đang lưu…",  # shown while ``save`` runs ("Đang xuất…" for an export)
    ) -> None:
        super().__init__()
        self.busy = busy
        self.form_title = title
        self.fields = fields
        self._save = save
        self._saving = False

    def compose(self) -> ComposeResult:
        with Vertical(id="form-box"):
            yield Label(self.form_title, id="form-title")
            for field in self.fields:
                yield Label(field.label, classes="form-label")
                if field.options:
                    yield Select(
                        field.options,
                        value=field.value or Select.NULL,
                        id=f"field-{field.name}",
                        prompt="— chọn —",
                        allow_blank=field.allow_blank,
                        compact=True,
                    )
                elif field.multiline:
                    yield TextArea(
                        field.value,
                        id=f"field-{field.name}",
                        classes="form-text",
                        soft_wrap=True,
                        tab_behavior="focus",
                        compact=True,
                    )
                else:
                    yield Input(
                        field.value,
                        placeholder=field.placeholder,
                        id=f"field-{field.name}",
                        compact=True,  # one row a field: the form fits an 80x24 terminal
                    )
            yield Static("", id="form-error")
            with Horizontal(id="form-buttons"):
                yield Button("Lưu (Ctrl+S)", variant="primary", id="form-save", compact=True)
                yield Button("Hủy (Esc)", id="form-cancel", compact=True)

    def values(self) -> dict[str, str]:
        values: dict[str, str] = {}
        for field in self.fields:
            widget = self.query_one(f"#field-{field.name}")
            if isinstance(widget, Select):
                values[field.name] = "" if widget.value is Select.NULL else str(widget.value)
            elif isinstance(widget, TextArea):
                values[field.name] = widget.text
            elif isinstance(widget, Input):
                values[field.name] = widget.value
        return values

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_save(self) -> None:
        if not self._saving:
            self._saving = True
            self.query_one("#form-error", Static).update(self.busy)
            self._run_save(self.values())

    @work(thread=True, exclusive=True, group="form-save", exit_on_error=False)
    def _run_save(self, values: dict[str, str]) -> None:
        # A locked or failing database must not lose the input: the error stays in the form.
        self.post_message(WorkDone("form-save", attempt(lambda: self._save(values))))

    @on(WorkDone)
    def _done(self, message: WorkDone) -> None:
        if message.job != "form-save":
            return
        message.stop()
        self._saving = False
        if message.outcome.ok:
            self.dismiss(message.outcome.value)
        else:
            error = self.query_one("#form-error", Static)
            error.update(message.outcome.error or "")
            error.add_class("error")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Enter is ours only in a text field; on a dropdown or a button it keeps its meaning.
        if action == "next_or_save":
            return isinstance(self.focused, Input)
        return True

    def action_next_or_save(self) -> None:
        # Enter moves on to the next field, as on a paper form; on the last one it saves.
        last = self.query_one(f"#field-{self.fields[-1].name}")
        if self.focused is last:
            self.action_save()
        else:
            self.focus_next()

    @on(Button.Pressed, "#form-save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#form-cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()
