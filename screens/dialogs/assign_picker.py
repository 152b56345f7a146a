"""Pick who gets a task: whole groups ("Tất cả chi bộ tổ dân phố": 38 at once) and units."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, SelectionList, Static
from textual.widgets.selection_list import Selection

from screens.widgets.ordered_keys import FieldInput, OrderedSelectionList, focus_keys
from secretariat.text import matches_words


@dataclass(frozen=True)
class AssignChoice:
    group_codes: tuple[str, ...]
    unit_ids: tuple[int, ...]  # in the order ticked: the first one leads (chủ trì)


class AssignPicker(ModalScreen[AssignChoice | None]):
    """Type to filter, Space ticks, Ctrl+S gives the task to everything ticked."""

    BINDINGS = [
        Binding("ctrl+s", "confirm", "Giao việc", id="assign.confirm"),
        Binding("escape", "cancel", "Hủy", id="assign.cancel"),
        # Priority, so a Space typed right after Down or Tab already reaches the list.
        Binding(
            "down", "to_list", "Xuống danh sách", id="assign.to_list", show=False, priority=True
        ),
        *focus_keys("assign"),
    ]

    def __init__(
        self,
        title: str,
        groups: list[tuple[str, str, int]],
        units: list[tuple[int, str, str]],
        preselected: tuple[str, ...] = (),  # "g:CODE" / "u:ID" values ticked at the start
        allow_empty: bool = False,  # True: confirming with nothing ticked means "no one yet"
    ) -> None:
        super().__init__()
        self.picker_title = title
        # (prompt, value, what the filter searches)
        self.options = [
            (f"Nhóm: {name} ({count})", f"g:{code}", name) for code, name, count in groups
        ]
        self.options += [(name, f"u:{unit_id}", f"{name} {code}") for unit_id, name, code in units]
        self.allow_empty = allow_empty
        known = {value for _prompt, value, _text in self.options}
        self.ticked: list[str] = [v for v in preselected if v in known]

    def compose(self) -> ComposeResult:
        with Vertical(id="assign-box"):
            yield Label(self.picker_title, id="assign-title")
            yield FieldInput(placeholder="Lọc nhóm, đơn vị (không cần dấu)…", id="assign-filter")
            # moves and ticks applied in the typed order, however fast
            yield OrderedSelectionList[str](
                *(
                    Selection(prompt, value, value in self.ticked)
                    for prompt, value, _text in self.options
                ),
                id="assign-list",
            )
            yield Static(self.chosen_text(), id="assign-chosen")
            yield Static(
                "Space: chọn/bỏ · Ctrl+S: giao · Esc: hủy. Đơn vị chọn đầu tiên là chủ trì; "
                "giao cả nhóm thì mỗi đơn vị chủ trì phần việc của mình.",
                classes="screen-note",
            )

    @on(Input.Changed, "#assign-filter")
    def _filter(self, event: Input.Changed) -> None:
        selection = self.query_one(SelectionList)
        selection.clear_options()
        selection.add_options(
            Selection(prompt, value, value in self.ticked)
            for prompt, value, text in self.options
            if matches_words(event.value, text)
        )

    def current_ticks(self) -> list[str]:
        """What is ticked now: the list's own selection for what it shows (the truth on
        screen), plus earlier ticks the filter hides; in the order they were ticked."""
        selection = self.query_one(SelectionList)
        shown = {str(selection.get_option_at_index(i).value) for i in range(selection.option_count)}
        chosen = [str(value) for value in selection.selected]
        ticks = [v for v in self.ticked if v not in shown or v in chosen]
        return ticks + [v for v in chosen if v not in ticks]

    @on(SelectionList.SelectedChanged)
    def _selected_changed(self) -> None:
        self.ticked = self.current_ticks()
        self.query_one("#assign-chosen", Static).update(self.chosen_text())

    def chosen_text(self) -> str:
        """What is ticked, each unit with the role it gets: the first one leads."""
        prompts = {value: prompt for prompt, value, _text in self.options}
        if not self.ticked:
            return "Chưa chọn gì."
        units = [v for v in self.ticked if v.startswith("u:")]
        roles = {v: " (chủ trì)" if v == units[0] else " (phối hợp)" for v in units}
        return "Đã chọn: " + "; ".join(prompts[v] + roles.get(v, "") for v in self.ticked)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "to_list":  # only from the filter box; in the list Down moves down
            return isinstance(self.focused, Input)
        return True

    def action_to_list(self) -> None:
        selection = self.query_one(SelectionList)
        if selection.option_count and selection.highlighted is None:
            selection.highlighted = 0
        self.set_focus(selection)  # now: the keys after Down go to the list

    def action_confirm(self) -> None:
        self.ticked = self.current_ticks()  # exactly what the screen shows ticked
        if not self.ticked and not self.allow_empty:
            self.notify("Hãy chọn ít nhất một nhóm hoặc đơn vị (phím Space).", severity="warning")
            return
        self.dismiss(
            AssignChoice(
                tuple(v[2:] for v in self.ticked if v.startswith("g:")),
                tuple(int(v[2:]) for v in self.ticked if v.startswith("u:")),
            )
        )

    def action_cancel(self) -> None:
        self.dismiss(None)
