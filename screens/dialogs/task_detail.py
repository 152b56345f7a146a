"""One task in full: its facts, what it lacks of the 6 rõ, every unit's status, extensions.

It is also where many units are recorded at once: ``Space`` marks a unit still owing,
``a`` marks them all (again: none), ``x`` records the marked units done and ``g``
extends them, each with one form and one transaction (issue 17, item 2). With nothing
marked, ``x`` and ``g`` act on the unit under the cursor.
"""

from __future__ import annotations

from typing import Any, cast

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.coordinate import Coordinate
from textual.widgets import Label, Static
from textual.worker import Worker, WorkerState

from screens.dialogs.keyed_dialog import KeyedDialog
from screens.dialogs.unit_actions import Marked, open_done_form, open_extension_form
from screens.widgets.status_style import countdown_text, short_countdown
from screens.widgets.table import Table
from secretariat.dates import format_date
from secretariat.errors import database_sentence
from secretariat.office.open_file import Office
from secretariat.tasks.deadlines import State
from secretariat.tasks.queries import AssignmentLine, TaskDetail, task_detail
from secretariat.units.ranges import units_text
from secretariat.vocab import ROLES, label

MARK = "■"


class UnitsTable(Table):
    """The task's units: ``Space`` marks the one under the cursor (the screen's action)."""

    BINDINGS = [
        Binding("space", "screen.mark", "Chọn", id="task.mark", tooltip="Chọn/bỏ chọn đơn vị này")
    ]


class TaskDetailScreen(KeyedDialog[None]):
    TITLE = "Chi tiết nhiệm vụ"  # what ? help is about
    BINDINGS = [
        Binding("escape,q", "close", "Đóng", id="task.close"),
        Binding(
            "a",
            "mark_all",
            "Chọn hết",
            id="task.mark_all",
            tooltip="Chọn tất cả đơn vị chưa xong (nhấn lại: bỏ chọn)",
        ),
        Binding(
            "x",
            "done",
            "Đã xong",
            id="task.done",
            tooltip="Ghi nhận các đơn vị đã chọn hoàn thành (ngày, số báo cáo)",
        ),
        Binding(
            "g", "extend", "Gia hạn", id="task.extend", tooltip="Gia hạn cho các đơn vị đã chọn"
        ),
    ]

    WIDE = 110  # from this width every column; narrower: unit, due date, state

    def __init__(self, detail: TaskDetail) -> None:
        super().__init__()
        self.detail = detail
        self.wide = True
        self.marked: set[int] = set()  # assignment ids
        self._lines: dict[str, AssignmentLine] = {}

    @property
    def office(self) -> Office:
        return cast(Office, cast(Any, self.app).office)

    def compose(self) -> ComposeResult:
        self.wide = self.app.size.width >= self.WIDE
        with Vertical(id="task-box"):
            yield Label("", id="task-title")
            yield Static("", id="task-facts")
            yield Static("", id="task-gaps")
            table = UnitsTable(id="task-units", cursor_type="row")
            table.add_column("", width=1, key="mark")
            if self.wide:
                for name in ("Đơn vị", "Vai trò", "Hạn", "Tình trạng", "Ngày xong", "Báo cáo"):
                    table.add_column(name, key=name)
            else:  # 80 columns: the unit and its state, nothing to scroll sideways for
                room = self.app.size.width * 95 // 100 - 4 - 2  # border, padding; scrollbar
                table.add_column("Đơn vị", width=28, key="Đơn vị")
                table.add_column("Hạn", width=10, key="Hạn")
                table.add_column(
                    "Tình trạng", width=max(room - 3 - 30 - 12 - 2, 16), key="Tình trạng"
                )
            yield table
            yield Static("", id="task-extensions")
            yield Static("", id="task-marked", classes="screen-note")

    def on_mount(self) -> None:
        self._draw()
        table = self.query_one(UnitsTable)
        owing = [i for i, line in enumerate(self.detail.lines) if line.completed is None]
        if owing:  # the cursor starts on the first unit still owing (the ones to mark)
            table.move_cursor(row=owing[0])
        table.focus()

    def _draw(self) -> None:
        d = self.detail
        facts = [
            f"Văn bản/Nguồn: {d.directive or '—'}",
            "Hạn: " + ("thường xuyên" if d.ongoing else format_date(d.due) or "chưa có"),
            f"Sản phẩm phải nộp: {d.expected_product or '—'}",
            f"Tiến độ: {d.progress.text}",
        ]
        if d.recurrence:
            facts.append(f"Lặp lại: {d.recurrence}")
        self.query_one("#task-title", Label).update(Text(d.title))
        self.query_one("#task-facts", Static).update(Text(" · ".join(facts)))
        gaps = self.query_one("#task-gaps", Static)
        gaps.update(Text("\n".join(f"⚠ {gap}" for gap in d.gaps), style="yellow"))
        gaps.display = bool(d.gaps)
        table = self.query_one(UnitsTable)
        row = table.cursor_row
        table.clear()
        self._lines = {}
        self.marked &= {line.assignment_id for line in d.lines if line.completed is None}
        for line in d.lines:
            key = str(line.assignment_id)
            self._lines[key] = line
            due = format_date(line.due) or "thường xuyên"
            if self.wide:
                table.add_row(
                    self._mark_of(line),
                    line.unit,
                    label(ROLES, line.role),
                    due,
                    countdown_text(line.status),
                    format_date(line.completed),
                    line.report_ref,
                    key=key,
                )
                continue
            state = short_countdown(line.status)
            if line.completed is not None:  # the day and the report, then how late
                late = " quá hạn" if line.status.state is State.DONE_LATE else ""
                state = Text(f"hoàn thành{late} {line.completed:%d/%m}", style=state.style)
                if line.report_ref:
                    state.append(f" · {line.report_ref}")
            unit = line.unit + (" (phối hợp)" if line.role == "phoi_hop" else "")
            table.add_row(self._mark_of(line), unit, due, state, key=key)
        if table.row_count:
            table.move_cursor(row=min(row, table.row_count - 1))
        extensions = self.query_one("#task-extensions", Static)
        extensions.update(
            Text(
                "Gia hạn:\n"
                + "\n".join(
                    f"• {e.unit}: {format_date(e.old_due) or '—'} → {format_date(e.new_due)}"
                    f" — {e.reason} (đồng ý: {e.granted_by})"
                    for e in d.extensions[-5:]
                )
            )
        )
        extensions.display = bool(d.extensions)
        self._say_marked()

    def _mark_of(self, line: AssignmentLine) -> Text:
        return Text(MARK if line.assignment_id in self.marked else "", style="bold")

    def _say_marked(self) -> None:
        owing = sum(line.completed is None for line in self.detail.lines)
        chosen = [line.unit for line in self.detail.lines if line.assignment_id in self.marked]
        if chosen:
            names = units_text(chosen, short=True)
            text = f"Đã chọn {len(chosen)}/{owing} đơn vị chưa xong: {names}"
        else:
            text = f"{owing} đơn vị chưa xong"
        text += " · Space: chọn · a: chọn hết · x: đã xong · g: gia hạn · Esc: đóng"
        self.query_one("#task-marked", Static).update(Text(text))

    # --- marking ---------------------------------------------------------------------

    def _cursor_line(self) -> AssignmentLine | None:
        table = self.query_one(UnitsTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(Coordinate(table.cursor_row, 0)).row_key.value
        return self._lines.get(key or "")

    def _redraw_mark(self, line: AssignmentLine) -> None:
        # One cell changes: the table redraws that row only, not the whole list.
        self.query_one(UnitsTable).update_cell(str(line.assignment_id), "mark", self._mark_of(line))

    def action_mark(self) -> None:
        line = self._cursor_line()
        if line is None:
            return
        if line.completed is not None:
            self.notify(f"{line.unit} đã hoàn thành, không cần chọn.", severity="warning")
        else:
            self.marked ^= {line.assignment_id}
            self._redraw_mark(line)
            self._say_marked()
        self.query_one(UnitsTable).action_cursor_down()

    def action_mark_all(self) -> None:
        owing = {line.assignment_id for line in self.detail.lines if line.completed is None}
        self.marked = set() if owing and owing <= self.marked else owing
        for line in self.detail.lines:
            if line.completed is None:
                self._redraw_mark(line)
        self._say_marked()

    def chosen(self) -> list[Marked]:
        """The marked units, else the one under the cursor if it still owes the task."""
        lines = [line for line in self.detail.lines if line.assignment_id in self.marked]
        if not lines:
            line = self._cursor_line()
            if line is None or line.completed is not None:
                self.notify(
                    "Hãy chọn đơn vị chưa xong: Space để chọn, a để chọn tất cả.",
                    severity="warning",
                )
                return []
            lines = [line]
        return [Marked(line.assignment_id, line.unit, line.due) for line in lines]

    def action_done(self) -> None:
        units = self.chosen()
        if units:
            open_done_form(self.app, self.detail.title, units, self._after_save)

    def action_extend(self) -> None:
        units = self.chosen()
        if units:
            open_extension_form(self.app, self.detail.title, units, self._after_save)

    def _after_save(self) -> None:
        self.marked = set()
        self._reread()

    @work(thread=True, exclusive=True, group="task-reread", exit_on_error=False)
    def _reread(self) -> None:
        detail = self.office.read(task_detail, self.detail.id, self.office.today())
        self.app.call_from_thread(self._reread_done, detail)

    def _reread_done(self, detail: TaskDetail) -> None:
        self.detail = detail
        self._draw()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR and event.worker.error is not None:
            error = event.worker.error
            said = database_sentence(error, saving=False)
            self.notify(said or f"Có lỗi không mong đợi: {error}", severity="error", timeout=10)

    def action_close(self) -> None:
        self.dismiss(None)
