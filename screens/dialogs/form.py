"""A modal form that saves itself and keeps what the clerk typed when saving fails.

Esc with something typed (any field unlike what the form opened with) asks first:
«Bỏ» throws the typing away, «Ở lại» (also Enter and Esc) goes back to it.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from typing import Any, Literal, TypeVar, cast

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Input, Label, Select, Static, TextArea

from screens.dialogs.draft_questions import DISCARD, STAY, DraftQuestion
from screens.messages import WorkDone, attempt
from screens.widgets.ordered_keys import FieldInput, FieldTextArea, after_typed, focus_keys
from screens.widgets.picker_field import Picker, PickerField
from secretariat.dates import EXAMPLE, TypedDate, format_date, read_date
from secretariat.errors import NeedsConfirmation, UserError
from secretariat.office.open_file import Office
from secretariat.tasks.deadlines import WorkCalendar
from secretariat.tasks.work_calendar import load_calendar

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
    # A date field takes «15/12», «15/12/26», «+5» and shows the full date it will save;
    # "deadline": «15/12» already past this year means next year.
    date: Literal["", "date", "deadline"] = ""
    # A choice among many (hundreds of directives): a picker dialog with a search box.
    # ``value`` is the chosen value and ``shown`` its line; the picker gives both back.
    pick: Picker | None = None
    shown: str = ""


def asking_once(save: Callable[[dict[str, str], bool], T]) -> Callable[[dict[str, str]], T]:
    """A form's save that asks about doubts once: ``save(values, confirmed)``.

    When saving some values raised ``NeedsConfirmation`` (the form shows the question),
    Ctrl+S on the very same values saves them with ``confirmed=True``; any change asks
    again.
    """
    warned: list[dict[str, str]] = []

    def save_once(values: dict[str, str]) -> T:
        try:
            return save(values, values in warned)
        except NeedsConfirmation:
            warned.append(values)
            raise

    return save_once


class DiscardQuestion(DraftQuestion):
    """Esc in a form with something typed: throw it away, or stay and go on typing."""

    BINDINGS = [
        Binding("b", f"answer('{DISCARD}')", "Bỏ", id="form.discard"),
        Binding("o,escape", f"answer('{STAY}')", "Ở lại", id="form.stay"),
    ]

    def __init__(self) -> None:
        # «Ở lại» first: Enter, like Esc, loses nothing
        super().__init__(
            "Bỏ những gì đã gõ? Chưa có gì được lưu.",
            ((STAY, "o", "Ở lại"), (DISCARD, "b", "Bỏ")),
        )


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
        # typed right after Enter, Tab or Shift+Tab (a fast typist, a paste) lands in the
        # field it goes to (screens.widgets.ordered_keys).
        Binding("enter", "next_or_save", "Ô tiếp theo", id="form.next", show=False, priority=True),
        *focus_keys("form"),
    ]

    def __init__(
        self,
        title: str,
        fields: list[FormField],
        save: Callable[[dict[str, str]], T],
        *,
        busy: str = "Đang lưu…",  # shown while ``save`` runs ("Đang xuất…" for an export)
        action: str = "Lưu",  # what Ctrl+S does, on its button: «Mở», «Áp dụng», «Xuất»
    ) -> None:
        super().__init__()
        self.busy = busy
        self.action = action
        self._calendar: WorkCalendar | None = None  # for «+5»: read in a worker on mount
        self.form_title = title
        self.fields = fields
        self._save = save
        self._saving = False
        self._opened_with: dict[str, str] | None = None  # the values before any typing

    def compose(self) -> ComposeResult:
        with Vertical(id="form-box"):
            yield Label(self.form_title, id="form-title")
            for field in self.fields:
                yield Label(field.label, classes="form-label", id=f"label-{field.name}")
                if field.pick is not None:
                    yield PickerField(
                        field.value, field.shown, field.pick, id=f"field-{field.name}"
                    )
                elif field.options:
                    yield Select(
                        field.options,
                        value=field.value or Select.NULL,
                        id=f"field-{field.name}",
                        prompt="— chọn —",
                        allow_blank=field.allow_blank,
                        compact=True,
                    )
                elif field.multiline:
                    yield FieldTextArea(
                        field.value,
                        id=f"field-{field.name}",
                        classes="form-text",
                        soft_wrap=True,
                        tab_behavior="focus",
                        compact=True,
                    )
                else:
                    placeholder = field.placeholder or (EXAMPLE if field.date else "")
                    yield FieldInput(
                        field.value,
                        # a placeholder reads as an example, never as a value already typed
                        placeholder=f"({placeholder})" if placeholder else "",
                        id=f"field-{field.name}",
                        classes="form-date" if field.date else "",
                        compact=True,  # one row a field: the form fits an 80x24 terminal
                    )
            yield Static("", id="form-error")
            with Horizontal(id="form-buttons"):
                yield Button(
                    f"{self.action} (Ctrl+S)", variant="primary", id="form-save", compact=True
                )
                yield Button("Hủy (Esc)", id="form-cancel", compact=True)

    def on_mount(self) -> None:
        self._opened_with = self.values()
        if any(field.date for field in self.fields):
            self._read_calendar()
            self._echo_dates()

    def scroll_to_center(self, widget: Widget, *args: Any, **kwargs: Any) -> None:
        # Textual's scroll when the focus moves, centring the field alone; the first
        # focus comes before the box has its size, and the form opened scrolled past its
        # title and first label at 80×24. A field is shown with its label instead.
        if widget.parent is not self.query_one("#form-box"):
            super().scroll_to_center(widget, *args, **kwargs)

    @on(events.DescendantFocus)
    def _field_focused(self, event: events.DescendantFocus) -> None:
        if event.widget.parent is self.query_one("#form-box"):
            self.call_after_refresh(self._show_field, event.widget)  # once laid out

    def _show_field(self, widget: Widget) -> None:
        """Show the focused field with its label; the first one with the title too."""
        if self.focused is not widget:  # the focus moved on meanwhile (a burst of Tabs)
            return
        box = self.query_one("#form-box")
        name = (widget.id or "").removeprefix("field-")
        if self.fields and name == self.fields[0].name:
            box.scroll_home(animate=False, immediate=True)
            return
        region = widget.virtual_region
        with suppress(NoMatches):
            region = region.union(self.query_one(f"#label-{name}").virtual_region)
        shown = box.scrollable_content_region.reset_offset.translate(box.scroll_offset)
        if not shown.contains_region(region):
            box.scroll_to_region(region, animate=False, center=True, immediate=True)

    @property
    def office(self) -> Office:
        app: Any = self.app  # the Secretariat app, which holds the open office
        return cast(Office, app.office)

    @work(thread=True, exclusive=True, group="form-calendar", exit_on_error=False)
    def _read_calendar(self) -> None:
        calendar = attempt(lambda: self.office.read(load_calendar))
        self.post_message(WorkDone("form-calendar", calendar))

    def _read_date(self, field: FormField, text: str, calendar: WorkCalendar | None) -> TypedDate:
        return read_date(
            text,
            today=self.office.today(),
            what=field.label,
            deadline=field.date == "deadline",
            add_working_days=calendar.add_working_days if calendar is not None else None,
        )

    def _echo_dates(self) -> None:
        for field in self.fields:
            if field.date:
                self._echo(field)

    def _echo(self, field: FormField) -> None:
        """Show, beside the field's label, the full date that saving will store."""
        text = self.query_one(f"#field-{field.name}", Input).value
        label = self.query_one(f"#label-{field.name}", Label)
        if not text.strip():
            label.update(field.label)
            return
        try:
            echo = self._read_date(field, text, self._calendar).echo()
        except UserError:
            echo = "chưa rõ ngày"
        label.update(f"{field.label}  → {echo}")

    @on(Input.Changed, ".form-date")
    def _date_typed(self, event: Input.Changed) -> None:
        name = (event.input.id or "").removeprefix("field-")
        self._echo(next(field for field in self.fields if field.name == name))

    def _full_dates(self, values: dict[str, str]) -> dict[str, str]:
        """Date fields as the full dd/mm/yyyy they echo (runs in the save worker).

        A date that does not read is passed on as typed: the service says what is wrong.
        """
        calendar = self._calendar
        full = dict(values)
        for field in self.fields:
            text = values.get(field.name, "")
            if not field.date or not text.strip():
                continue
            if calendar is None and text.strip().startswith("+"):
                calendar = self.office.read(load_calendar)
            with suppress(UserError):
                full[field.name] = format_date(self._read_date(field, text, calendar).value)
        return full

    def values(self) -> dict[str, str]:
        values: dict[str, str] = {}
        for field in self.fields:
            widget = self.query_one(f"#field-{field.name}")
            if isinstance(widget, PickerField):
                values[field.name] = widget.value
            elif isinstance(widget, Select):
                values[field.name] = "" if widget.value is Select.NULL else str(widget.value)
            elif isinstance(widget, TextArea):
                values[field.name] = widget.text
            elif isinstance(widget, Input):
                values[field.name] = widget.value
        return values

    def action_cancel(self) -> None:
        """Esc: close; with something typed, once the clerk said to throw it away."""
        if self._opened_with is None or self.values() == self._opened_with:
            self.dismiss(None)
            return

        def answered(answer: str | None) -> None:
            if answer == DISCARD:
                self.dismiss(None)

        self.app.push_screen(DiscardQuestion(), answered)

    def action_save(self) -> None:
        if not self._saving:
            self._saving = True
            self.query_one("#form-error", Static).update(self.busy)
            self._run_save(self.values())

    @work(thread=True, exclusive=True, group="form-save", exit_on_error=False)
    def _run_save(self, values: dict[str, str]) -> None:
        # A locked or failing database must not lose the input: the error stays in the form.
        self.post_message(
            WorkDone("form-save", attempt(lambda: self._save(self._full_dates(values))))
        )

    @on(WorkDone)
    def _done(self, message: WorkDone) -> None:
        if message.job == "form-calendar":
            message.stop()
            if message.outcome.ok:
                self._calendar = message.outcome.value
                self._echo_dates()
            return
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
            # the cursor goes where the (first) problem is, so the clerk can fix it
            if message.outcome.field and any(
                field.name == message.outcome.field for field in self.fields
            ):
                self.set_focus(self.query_one(f"#field-{message.outcome.field}"))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Enter is ours only in a text field; on a dropdown or a button it keeps its meaning.
        if action == "next_or_save":
            return isinstance(self.focused, Input)
        return True

    def action_next_or_save(self) -> None:
        # Enter moves on to the next field, as on a paper form; on the last one it saves.
        last = self.query_one(f"#field-{self.fields[-1].name}")
        if self.focused is last:
            # the field may not have typed yet the keys that came before Enter
            after_typed(last, self.action_save)
        else:
            self.focus_next()

    @on(Button.Pressed, "#form-save")
    def _save_pressed(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#form-cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()
