"""Nhiệm vụ: every task with its deadline and progress; create tasks and assign them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.coordinate import Coordinate
from textual.markup import escape
from textual.widgets import DataTable, Input, Static
from textual.worker import get_current_worker

import secretariat.tasks.writes as svc
from screens.base import FilterableScreen
from screens.dialogs.assign_picker import AssignChoice, AssignPicker
from screens.dialogs.directive_picker import DirectivePicker
from screens.dialogs.export_dialog import export_binding, open_export
from screens.dialogs.form import FormField, asking_once
from screens.widgets.ordered_keys import SearchBox
from screens.widgets.sectioned_table import SectionedTable
from secretariat.dates import format_date, parse_optional_date
from secretariat.directives.register import directive_option_of
from secretariat.errors import UserError
from secretariat.tasks.queries import (
    TASK_SORTS,
    TASK_STATUSES,
    TaskFilter,
    TaskListRow,
    task_list,
)
from secretariat.text import shorten
from secretariat.units.ranges import owing_line
from secretariat.units.roster import list_groups, list_units

KINDS = (
    ("Một lần (có hạn hoặc chưa có hạn)", "once"),
    ("Thường xuyên (không có hạn)", "ongoing"),
    ("Lặp lại hằng tuần", "weekly"),
    ("Lặp lại hằng tháng", "monthly"),
    ("Lặp lại hằng quý", "quarterly"),
    ("Lặp lại hằng năm", "yearly"),
)


def _pairs(labels: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple((label, code) for code, label in labels.items())


class TasksScreen(FilterableScreen):
    FILTER_ID = "tasks-search"
    TITLE = "Nhiệm vụ"
    BINDINGS = [
        Binding("slash", "search", "Tìm", id="tasks.search", tooltip="Lọc theo tên, số văn bản"),
        Binding("n", "new", "Thêm", id="tasks.new", tooltip="Tạo nhiệm vụ mới"),
        Binding("e", "edit", "Sửa", id="tasks.edit", tooltip="Sửa tên, hạn, sản phẩm, loại"),
        Binding("a", "assign", "Giao", id="tasks.assign", tooltip="Giao cho nhóm hoặc đơn vị"),
        export_binding("tasks"),
        Binding("enter", "open", "Mở", id="tasks.open", tooltip="Xem tiến độ từng đơn vị"),
        Binding("right", "open", "Mở", id="tasks.open_right", show=False),
        Binding(
            "f",
            "filters",
            "Lọc",
            id="tasks.filters",
            tooltip="Lọc theo tình trạng, đơn vị, văn bản, hạn; sắp xếp",
        ),
        Binding(
            "h", "history", "Lịch sử", id="tasks.history", tooltip="Ai đã sửa gì, gia hạn, báo cáo"
        ),
        Binding("escape", "clear_search", "Bỏ lọc", id="tasks.clear", show=False),
        Binding("down", "to_list", "Xuống danh sách", id="tasks.to_list", show=False),
    ]

    def __init__(self) -> None:
        super().__init__(id="tasks")
        self.rows: list[TaskListRow] = []
        self._by_id: dict[int, TaskListRow] = {}
        self._more = False  # the last read filled its page: more rows may follow
        self._shown_reads = 0  # full reads shown: a page read before the last one is dropped
        self.select_id: int | None = None
        self.filters = TaskFilter()
        self.group_names: dict[str, str] = {}
        self.shown_limit = self.PAGE

    def compose_body(self) -> ComposeResult:
        yield SearchBox(placeholder="/ Lọc nhiệm vụ (gõ không dấu cũng được)…", id="tasks-search")
        # Home/End (and j/k) move to the first/last row, as on Hôm nay.
        table = SectionedTable(id="tasks-table", cursor_type="row", zebra_stripes=True)
        yield table
        yield Static("", id="tasks-detail")
        yield Static("", classes="listing-count")

    # «Văn bản/Nguồn»: the directive, or the meeting, the task came from. Below 110
    # columns the source and the progress are short and the title takes what is left.
    # Wide: the task takes what the others leave (at least 40): at 130 columns 15 stood
    # empty on the right while titles were cut (found by a new user).
    WIDE_COLUMNS = (("Hạn", 12), ("Nhiệm vụ", 0), ("Văn bản/Nguồn", 18), ("Tiến độ", 28))
    NARROW_COLUMNS = (("Hạn", 12), ("Nhiệm vụ", 0), ("Nguồn", 11), ("Tiến độ", 17))
    wide: bool | None = None

    def on_mount(self) -> None:  # (FilterableScreen's focuses the list: Textual runs both)
        self._set_columns()

    def on_resize(self) -> None:
        if self._set_columns():
            self.show(list(self.rows))  # the rows shown, redrawn in the new columns

    def _set_columns(self) -> bool:
        """The columns for this width; True when they changed (the rows are redrawn)."""
        width = self.size.width or self.app.size.width
        wide = width >= 110
        columns = self.WIDE_COLUMNS if wide else self.NARROW_COLUMNS
        rest = width - sum(w for _label, w in columns) - 5 - 2 * 5 - 2  # 6 rõ, padding
        wanted = [(label, w or max(rest, 40 if wide else 16)) for label, w in columns]
        wanted.append(("6 rõ", 5))
        table = self.query_one(DataTable)
        shown = [(str(column.label), column.width) for column in table.columns.values()]
        if wide == self.wide and shown == wanted:
            return False
        self.wide = wide
        table.clear(columns=True)
        for label, w in wanted:
            table.add_column(label, width=w)
        return True

    def main_list(self) -> DataTable[Any]:
        return self.query_one(DataTable)

    PAGE = 60  # rows drawn at a time (two screens of 130x40); the last row loads the next

    def fetch(self, typed: str) -> list[TaskListRow]:
        filters = replace(self.filters, query=typed)
        return self.office.read(
            task_list, self.office.today(), filters=filters, limit=self.shown_limit
        )

    def show(self, data: list[TaskListRow]) -> None:
        self.rows = []
        self._by_id = {}
        table = self.query_one(DataTable)
        keep = self.select_id if self.select_id is not None else self.selected_id()
        self.select_id = None
        table.clear()
        self._shown_reads += 1
        self._more = len(data) >= self.shown_limit
        self._add_rows(data)
        if keep is not None and str(keep) in table.rows:
            table.move_cursor(row=table.get_row_index(str(keep)))
        if not data:
            self.query_one("#tasks-detail", Static).update("", layout=False)

    def _add_rows(self, data: list[TaskListRow]) -> None:
        table = self.query_one(DataTable)
        for row in data:
            if str(row.id) in table.rows:  # moved up a page since the last read
                continue
            self.rows.append(row)
            self._by_id[row.id] = row
            text = row.progress.text if self.wide else row.progress.short
            progress = Text(text, style="bold red" if row.progress.overdue else "")
            due = "thường xuyên" if row.ongoing else format_date(row.due) or "chưa có hạn"
            gaps = Text(f"⚠ {row.gaps}", style="yellow") if row.gaps else ""
            table.add_row(due, row.title, row.directive, progress, gaps, key=str(row.id))
        count = f"{len(self.rows)} nhiệm vụ" if self.rows else "Không có nhiệm vụ nào — n: tạo mới."
        if self._more:
            count += " (xuống cuối danh sách để xem tiếp)"
        if self.filter_labels:
            count += " · lọc: " + " · ".join(self.filter_labels) + " (Esc: bỏ lọc)"
        self.query_one(".listing-count", Static).update(count, layout=False)

    def selected_id(self) -> int | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        return int(table.coordinate_to_cell_key(Coordinate(table.cursor_row, 0)).row_key.value or 0)

    def require_task(self) -> int | None:
        task_id = self.selected_id()
        if task_id is None:
            self.notify("Chưa có nhiệm vụ nào được chọn.", severity="warning")
        return task_id

    def title_of(self, task_id: int) -> str:
        row = self._by_id.get(task_id)
        return row.title if row is not None else ""

    @on(DataTable.RowHighlighted)
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        task_id = self.selected_id()
        row = self._by_id.get(task_id) if task_id is not None else None
        if row is not None:
            self._show_pane(row)
        table = self.query_one(DataTable)
        at_end = event.cursor_row == table.row_count - 1
        if at_end and self._more:  # more may follow: load them
            self._more = False  # once
            self._load_page(self._shown_reads, self.shown_limit, self.filter_text())

    @work(thread=True, exclusive=True, group="tasks-page", exit_on_error=False)
    def _load_page(self, shown_reads: int, offset: int, typed: str) -> None:
        """The next page only, added below the rows shown (the cursor stays put)."""
        filters = replace(self.filters, query=typed)
        rows = self.office.read(
            task_list, self.office.today(), filters=filters, limit=self.PAGE, offset=offset
        )
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._add_page, shown_reads, rows)

    def _add_page(self, shown_reads: int, rows: list[TaskListRow]) -> None:
        if shown_reads != self._shown_reads:  # the list was read anew meanwhile (a filter)
            return
        self.shown_limit += self.PAGE  # a later full reload reads as far
        self._more = len(rows) >= self.PAGE
        self._add_rows(rows)

    def _show_pane(self, row: TaskListRow) -> None:
        lines = [
            f"[b]{escape(shorten(row.title, 110))}[/b]",
            f"Văn bản/Nguồn: {escape(row.directive_label or '—')} · Sản phẩm: "
            f"{escape(row.expected_product or '—')} · Tiến độ: {row.progress.text}",
        ]
        owing = row.owing
        if owing and row.units:  # «36/38 chi bộ Tổ dân phố chưa xong: số 01–04, 07–38»
            names = [name for name, _open in row.units]
            lines.append(escape(shorten(owing_line(owing, names), 110)))
        lines += [f"[yellow]⚠ {escape(gap)}[/yellow]" for gap in row.gap_notes]
        self.query_one("#tasks-detail", Static).update("\n".join(lines), layout=False)

    @property
    def filter_labels(self) -> list[str]:
        f = self.filters
        labels = []
        if f.status != "all":
            labels.append(TASK_STATUSES[f.status])
        if f.group_code:
            labels.append(f"nhóm {self.group_names.get(f.group_code, f.group_code)}")
        if f.unit_id is not None:
            labels.append("một đơn vị")
        if f.directive_id is not None:
            labels.append("một văn bản")
        if f.due_from or f.due_to:
            labels.append(f"hạn {format_date(f.due_from) or '…'}–{format_date(f.due_to) or '…'}")
        if f.sort != "due":
            labels.append(TASK_SORTS[f.sort].lower())
        return labels

    def reset_filters(self) -> bool:
        had = self.filters != TaskFilter()
        self.filters = TaskFilter()
        self.shown_limit = self.PAGE
        return had

    def action_filters(self) -> None:
        self.read_then(
            lambda: (
                self.office.read(list_groups),
                [u for u in self.office.read(list_units) if u.active],
                self._directive_line(self.filters.directive_id),
            ),
            lambda loaded: self._filter_form(*loaded),
            "tasks-filters",
        )

    def _directive_line(self, directive_id: int | None) -> str:
        """The picker line of a directive already chosen (runs in a worker)."""
        if directive_id is None:
            return ""
        return self.office.read(directive_option_of, directive_id)

    def _filter_form(self, groups: Any, units: Any, directive_line: str) -> None:
        f = self.filters

        self.group_names = {code: name for code, name, _count in groups}

        def save(values: dict[str, str]) -> TaskFilter:
            due_from = parse_optional_date(values["from"], what="Hạn từ")
            due_to = parse_optional_date(values["to"], what="Hạn đến")
            if due_from and due_to and due_from > due_to:
                raise UserError(
                    f"«Hạn từ» {format_date(due_from)} sau «Hạn đến» {format_date(due_to)}."
                )
            return TaskFilter(
                status=values["status"] or "all",
                group_code=values["group"],
                unit_id=int(values["unit"]) if values["unit"] else None,
                directive_id=int(values["directive"]) if values["directive"] else None,
                due_from=due_from,
                due_to=due_to,
                sort=values["sort"] or "due",
            )

        def saved(filters: TaskFilter) -> str:
            self.shown_limit = self.PAGE
            self.filters = filters
            return "Đã lọc danh sách nhiệm vụ."

        self.open_form(
            "Lọc nhiệm vụ",
            [
                FormField(
                    "status",
                    "Tình trạng",
                    f.status,
                    options=_pairs(TASK_STATUSES),
                    allow_blank=False,
                ),
                FormField(
                    "group",
                    "Giao cho nhóm",
                    f.group_code,
                    options=tuple((name, code) for code, name, _count in groups),
                ),
                FormField(
                    "unit",
                    "Giao cho đơn vị",
                    str(f.unit_id or ""),
                    options=tuple((u.name, str(u.id)) for u in units),
                ),
                FormField(
                    "directive",
                    "Văn bản",
                    str(f.directive_id or ""),
                    pick=lambda typed: DirectivePicker(typed, "Lọc theo văn bản"),
                    shown=directive_line,
                ),
                FormField(
                    "from", "Hạn từ ngày", format_date(f.due_from), "VD: 01/12/2026", date="date"
                ),
                FormField(
                    "to", "Hạn đến ngày", format_date(f.due_to), "VD: 31/12/2026", date="date"
                ),
                FormField("sort", "Sắp xếp", f.sort, options=_pairs(TASK_SORTS), allow_blank=False),
            ],
            save,
            saved,
            action="Áp dụng",
        )

    @on(Input.Changed, "#tasks-search")
    def _search_changed(self) -> None:
        self.shown_limit = self.PAGE
        self.reload_after_typing()

    # --- actions -------------------------------------------------------------------

    @on(DataTable.RowSelected)
    def action_open(self) -> None:
        task_id = self.require_task()
        if task_id is not None:
            self.open_task(task_id)

    def task_form(
        self,
        title: str,
        current: svc.TaskInput,
        directive_line: str,
        save_task: Callable[[svc.TaskInput], svc.TaskRead],
        saved: Callable[[svc.TaskRead], str],
    ) -> None:
        """The task form, for a new task or an edit; ``save_task(data)`` writes it."""

        def save(values: dict[str, str], confirmed: bool) -> svc.TaskRead:
            data = replace(
                current,
                title=values["title"],
                due=values["due"],
                kind=values["kind"] or "once",
                expected_product=values["expected_product"],
                directive_id=int(values["directive_id"]) if values["directive_id"] else None,
                confirmed=confirmed,
            )
            return save_task(data)

        self.open_form(
            title,
            [
                FormField(
                    "title", "Tên nhiệm vụ", current.title, "Việc phải làm, như trong văn bản"
                ),
                FormField(
                    "due",
                    "Hạn (trống nếu chưa có)",
                    current.due,
                    "VD: 15/12/2026, 15/12, +5",
                    date="deadline",
                ),
                FormField(
                    "expected_product", "Sản phẩm phải nộp", current.expected_product, "VD: Báo cáo"
                ),
                FormField("kind", "Loại", current.kind, options=KINDS, allow_blank=False),
                FormField(
                    "directive_id",
                    "Văn bản giao nhiệm vụ",
                    str(current.directive_id or ""),
                    pick=DirectivePicker,
                    shown=directive_line,
                ),
            ],
            asking_once(save),
            saved,
        )

    def action_history(self) -> None:
        task_id = self.require_task()
        if task_id is not None:
            self.open_history(shorten(self.title_of(task_id), 60), "tasks", task_id)

    def action_new(self) -> None:
        def save_task(data: svc.TaskInput) -> svc.TaskRead:
            return self.office.write(svc.create_task, data, today=self.office.today())

        def saved(task: svc.TaskRead) -> str:
            self.select_id = task.id
            return f"Đã tạo nhiệm vụ «{shorten(task.title, 40)}». Nhấn a để giao cho đơn vị."

        self.task_form("Nhiệm vụ mới", svc.TaskInput(title=""), "", save_task, saved)

    def action_edit(self) -> None:
        task_id = self.require_task()
        if task_id is None:
            return

        def save_task(data: svc.TaskInput) -> svc.TaskRead:
            return self.office.write(svc.update_task, task_id, data, today=self.office.today())

        def saved(task: svc.TaskRead) -> str:
            return f"Đã lưu nhiệm vụ «{shorten(task.title, 40)}»."

        def read() -> tuple[svc.TaskInput, str]:
            current = self.office.read(svc.task_input, task_id)
            return current, self._directive_line(current.directive_id)

        self.read_then(
            read,
            lambda loaded: self.task_form("Sửa nhiệm vụ", *loaded, save_task, saved),
            "tasks-edit",
        )

    def action_assign(self) -> None:
        task_id = self.require_task()
        if task_id is None:
            return
        title = f"Giao «{shorten(self.title_of(task_id), 50)}»"

        def chosen(choice: AssignChoice | None) -> None:
            if choice is not None:
                self.select_id = task_id
                self.run_write(
                    "Đã giao việc.", svc.assign_choice, task_id, choice.group_codes, choice.unit_ids
                )

        self.read_then(
            lambda: (
                self.office.read(list_groups),
                [(u.id, u.name, u.code) for u in self.office.read(list_units) if u.active],
            ),
            lambda loaded: self.app.push_screen(AssignPicker(title, *loaded), chosen),
            "tasks-assign",
        )

    def action_export(self) -> None:
        open_export(self)
