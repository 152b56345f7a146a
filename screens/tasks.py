"""Nhiệm vụ: every task with its deadline and progress; create tasks and assign them."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Input, Static

from screens.assign_picker import AssignChoice, AssignPicker
from screens.base import FilterableScreen
from screens.form import FormField
from secretariat import tasks as svc
from secretariat.dates import format_date
from secretariat.review import TaskListRow, directive_choices, task_list
from secretariat.text import shorten
from secretariat.units import list_groups, list_units

KINDS = (
    ("Một lần (có hạn hoặc chưa có hạn)", "once"),
    ("Thường xuyên (không có hạn)", "ongoing"),
    ("Lặp lại hằng tháng", "monthly"),
    ("Lặp lại hằng quý", "quarterly"),
    ("Lặp lại hằng năm", "yearly"),
)


class TasksScreen(FilterableScreen):
    FILTER_ID = "tasks-search"
    TITLE = "Nhiệm vụ"
    BINDINGS = [
        Binding("slash", "search", "Tìm", id="tasks.search", tooltip="Lọc theo tên, số văn bản"),
        Binding("n", "new", "Thêm", id="tasks.new", tooltip="Tạo nhiệm vụ mới"),
        Binding("e", "edit", "Sửa", id="tasks.edit", tooltip="Sửa tên, hạn, sản phẩm, loại"),
        Binding("a", "assign", "Giao", id="tasks.assign", tooltip="Giao cho nhóm hoặc đơn vị"),
        Binding("enter", "open", "Mở", id="tasks.open", tooltip="Xem tiến độ từng đơn vị"),
        Binding("escape", "clear_search", "Bỏ lọc", id="tasks.clear", show=False),
        Binding("down", "to_list", "Xuống danh sách", id="tasks.to_list", show=False),
    ]

    def __init__(self) -> None:
        super().__init__(id="tasks")
        self.rows: list[TaskListRow] = []
        self.select_id: int | None = None

    def compose_body(self) -> ComposeResult:
        yield Input(placeholder="/ Lọc nhiệm vụ (gõ không dấu cũng được)…", id="tasks-search")
        table: DataTable[Any] = DataTable(id="tasks-table", cursor_type="row", zebra_stripes=True)
        for label, width in (("Hạn", 12), ("Nhiệm vụ", 46), ("Văn bản", 12), ("Tiến độ", 28)):
            table.add_column(label, width=width)
        table.add_column("6 rõ", width=5)
        yield table
        yield Static("", classes="listing-count")

    def main_list(self) -> DataTable[Any]:
        return self.query_one(DataTable)

    def fetch(self) -> list[TaskListRow]:
        return self.office.read(task_list, self.office.today(), query=self.filter_text())

    def show(self, data: list[TaskListRow]) -> None:
        self.rows = data
        table = self.query_one(DataTable)
        keep = self.select_id if self.select_id is not None else self.selected_id()
        self.select_id = None
        table.clear()
        for row in data:
            progress = Text(row.progress.text, style="bold red" if row.progress.overdue else "")
            due = "thường xuyên" if row.ongoing else format_date(row.due) or "chưa có hạn"
            gaps = Text(f"⚠ {row.gaps}", style="yellow") if row.gaps else ""
            table.add_row(
                due, shorten(row.title, 46), row.directive, progress, gaps, key=str(row.id)
            )
        if keep is not None and str(keep) in table.rows:
            table.move_cursor(row=table.get_row_index(str(keep)))
        self.query_one(".listing-count", Static).update(
            f"{len(data)} nhiệm vụ" if data else "Chưa có nhiệm vụ nào — nhấn n để tạo."
        )

    def selected_id(self) -> int | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        return int(table.coordinate_to_cell_key((table.cursor_row, 0)).row_key.value or 0)

    def require_task(self) -> int | None:
        task_id = self.selected_id()
        if task_id is None:
            self.notify("Chưa có nhiệm vụ nào được chọn.", severity="warning")
        return task_id

    @on(Input.Changed, "#tasks-search")
    def _search_changed(self) -> None:
        self.reload()

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
        directives: list[tuple[str, int]],
        save_task: Any,
    ) -> None:
        """The task form, for a new task or an edit; ``save_task(data)`` writes it."""

        def save(values: dict[str, str]) -> str:
            data = replace(
                current,
                title=values["title"],
                due=values["due"],
                kind=values["kind"] or "once",
                expected_product=values["product"],
                directive_id=int(values["directive"]) if values["directive"] else None,
            )
            return save_task(data)

        self.open_form(
            title,
            [
                FormField(
                    "title", "Tên nhiệm vụ", current.title, "Việc phải làm, như trong văn bản"
                ),
                FormField(
                    "due", "Hạn (ngày/tháng/năm; trống nếu chưa có)", current.due, "15/12/2026"
                ),
                FormField("product", "Sản phẩm phải nộp", current.expected_product, "VD: Báo cáo"),
                FormField("kind", "Loại", current.kind, options=KINDS),
                FormField(
                    "directive",
                    "Văn bản giao nhiệm vụ",
                    str(current.directive_id or ""),
                    options=tuple((label, str(value)) for label, value in directives),
                ),
            ],
            save,
        )

    def action_new(self) -> None:
        def save_task(data: svc.TaskInput) -> str:
            task = self.office.write(svc.create_task, data)
            self.select_id = task.id
            return f"Đã tạo nhiệm vụ «{shorten(task.title, 40)}». Nhấn a để giao cho đơn vị."

        def load() -> None:
            directives = self.office.read(directive_choices)
            self.app.call_from_thread(
                self.task_form, "Nhiệm vụ mới", svc.TaskInput(title=""), directives, save_task
            )

        self.run_worker(load, thread=True, group="tasks-edit", exit_on_error=False)

    def action_edit(self) -> None:
        task_id = self.require_task()
        if task_id is None:
            return

        def save_task(data: svc.TaskInput) -> str:
            task = self.office.write(svc.update_task, task_id, data)
            return f"Đã lưu nhiệm vụ «{shorten(task.title, 40)}»."

        def load() -> None:
            current = self.office.read(svc.task_input, task_id)
            directives = self.office.read(directive_choices)
            self.app.call_from_thread(
                self.task_form, "Sửa nhiệm vụ", current, directives, save_task
            )

        self.run_worker(load, thread=True, group="tasks-edit", exit_on_error=False)

    def action_assign(self) -> None:
        task_id = self.require_task()
        if task_id is None:
            return
        title = next((r.title for r in self.rows if r.id == task_id), "")

        def load() -> None:
            groups = self.office.read(list_groups)
            units = [(u.id, u.name) for u in self.office.read(list_units) if u.active]
            picker = AssignPicker(f"Giao «{shorten(title, 50)}»", groups, units)
            self.app.call_from_thread(self.app.push_screen, picker, chosen)

        def chosen(choice: AssignChoice | None) -> None:
            if choice is not None:
                self.select_id = task_id
                self.run_write(
                    "Đã giao việc.", svc.assign_choice, task_id, choice.group_codes, choice.unit_ids
                )

        self.run_worker(load, thread=True, group="tasks-assign", exit_on_error=False)
