"""A form field whose value is chosen in a picker dialog (a directive among hundreds)."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from screens.widgets.ordered_keys import apply_own_binding


class PickerScreen(ModalScreen[tuple[str, str] | None]):
    """A picker dialog with a search box (``#picker-search``); gives (line, value) back."""

    def __init__(self, typed: str = "") -> None:
        super().__init__()
        self.typed = typed  # what the clerk began typing on the field

    def type_more(self, text: str) -> None:
        """Keys of a burst that reached the field before this dialog was up: append them."""
        if self.is_mounted:
            search = self.query_one("#picker-search", Input)
            search.insert_text_at_cursor(text)
        else:
            self.typed += text


# Opens the picker with what the clerk began typing.
Picker = Callable[[str], PickerScreen]


class PickerField(Static, can_focus=True):
    """Shows what is chosen; Enter (or simply typing) opens the picker, Delete clears it."""

    BINDINGS = [
        Binding("enter", "pick", "Chọn", id="picker.pick"),
        Binding("delete,backspace", "clear", "Bỏ chọn", id="picker.clear"),
    ]

    EMPTY = "— chưa chọn — (Enter hoặc gõ số, trích yếu để tìm)"

    def __init__(self, value: str, shown: str, picker: Picker, *, id: str) -> None:
        super().__init__(id=id, classes="picker-field")
        self.value = value
        self.shown = shown if value else ""
        self.picker = picker
        self._opened: PickerScreen | None = None  # the picker while it is open

    def on_mount(self) -> None:
        self._show()

    def _show(self) -> None:
        # what is shown is data (a subject): plain text, never markup
        self.update(Text(self.shown) if self.value else Text(self.EMPTY, style="italic dim"))

    def action_pick(self, typed: str = "") -> None:
        self._opened = self.picker(typed)
        self.app.push_screen(self._opened, self._picked)

    def _picked(self, chosen: tuple[str, str] | None) -> None:
        self._opened = None
        if chosen is not None:
            self.shown, self.value = chosen
            self._show()

    def action_clear(self) -> None:
        self.shown, self.value = "", ""
        self._show()

    async def on_key(self, event: events.Key) -> None:
        # Typing on the field starts the search with that character (the rest of a fast
        # typist's word follows into the picker's search box).
        if not event.is_printable:
            # Enter opens the picker, Backspace clears, in turn with the keys around them;
            # once the picker is on its way, the app gives the key to the picker
            if self._opened is None:
                await apply_own_binding(self, event)
        elif event.character:
            if self._opened is not None:  # the picker is on its way: the key goes to it
                event.stop()
                event.prevent_default()
                self._opened.type_more(event.character)
            elif event.character != " ":
                event.stop()
                event.prevent_default()
                self.action_pick(event.character)
