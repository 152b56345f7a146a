"""Choose a directive among hundreds: type part of its number or subject, newest first."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Label, OptionList, Static
from textual.widgets.option_list import Option

from screens.base import office_of
from screens.messages import WorkDone, attempt
from screens.widgets.ordered_keys import FieldInput, focus_keys
from screens.widgets.picker_field import PickerScreen
from secretariat.directives.register import directive_options

NOTHING = "nothing"  # the option shown when no directive matches


class DirectivePicker(PickerScreen):
    """A search box over the register; Enter takes the highlighted (first) directive."""

    BINDINGS = [
        Binding("escape", "cancel", "Hủy", id="directive_picker.cancel"),
        # Priority, so a key typed right after Down or Tab already reaches the list.
        Binding(
            "down",
            "to_list",
            "Xuống danh sách",
            id="directive_picker.to_list",
            show=False,
            priority=True,
        ),
        *focus_keys("directive_picker"),
    ]
    AUTO_FOCUS = "#picker-search"

    def __init__(self, typed: str = "", title: str = "Chọn văn bản giao nhiệm vụ") -> None:
        super().__init__(typed)
        self.picker_title = title
        self._shown_for: str | None = None  # the search text the list shows results for
        self._pick_when_shown = False  # Enter came before the results of the last key

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-box"):
            yield Label(self.picker_title, id="picker-title")
            yield FieldInput(
                self.typed,
                placeholder="(gõ số, ký hiệu hoặc trích yếu; không cần dấu)",
                id="picker-search",
                compact=True,
                # what was typed on the field goes on: the keys after it are added to it
                select_on_focus=False,
            )
            yield OptionList(id="picker-list")
            yield Static(
                "Mới nhất ở trên · Enter: chọn · ↓: xuống danh sách · Esc: hủy",
                classes="screen-note",
            )

    def on_mount(self) -> None:
        self._search(self.typed)

    @on(Input.Changed, "#picker-search")
    def _typed(self, event: Input.Changed) -> None:
        self._search(event.value)

    @work(thread=True, exclusive=True, group="directive-picker", exit_on_error=False)
    def _search(self, typed: str) -> None:
        office = office_of(self)
        found = attempt(lambda: (typed, office.read(directive_options, typed)), "Không tìm được")
        self.post_message(WorkDone("directive-picker", found))

    @on(WorkDone)
    def _found(self, message: WorkDone) -> None:
        if message.job != "directive-picker":
            return
        message.stop()
        if not message.outcome.ok:
            self.notify(message.outcome.error or "", severity="error")
            return
        found: tuple[str, list[tuple[str, int]]] | None = message.outcome.value
        if found is None:
            return
        typed, options = found
        if typed != self.query_one("#picker-search", Input).value:
            return  # a newer search is on its way
        listing = self.query_one(OptionList)
        listing.clear_options()
        if options:
            listing.add_options(Option(line, id=str(value)) for line, value in options)
            listing.highlighted = 0
        else:
            listing.add_option(Option("Không có văn bản nào khớp.", id=NOTHING, disabled=True))
        self._shown_for = typed
        if self._pick_when_shown:
            self._pick_when_shown = False
            self._take_highlighted()

    @on(Input.Submitted, "#picker-search")
    def _enter_in_search(self) -> None:
        if self._shown_for != self.query_one("#picker-search", Input).value:
            self._pick_when_shown = True  # typed fast: take the first result when it comes
            return
        self._take_highlighted()

    def _take_highlighted(self) -> None:
        listing = self.query_one(OptionList)
        if listing.highlighted is None:
            return
        option = listing.get_option_at_index(listing.highlighted)
        if option.id and option.id != NOTHING:
            self.dismiss((str(option.prompt), option.id))

    @on(OptionList.OptionSelected, "#picker-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id and event.option.id != NOTHING:
            self.dismiss((str(event.option.prompt), event.option.id))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "to_list":  # only from the search box; in the list Down moves down
            return isinstance(self.focused, Input)
        return True

    def action_to_list(self) -> None:
        listing = self.query_one(OptionList)
        if listing.option_count:
            if listing.highlighted is None:
                listing.highlighted = 0
            self.set_focus(listing)  # now: the keys after Down go to the list

    def action_cancel(self) -> None:
        self.dismiss(None)
