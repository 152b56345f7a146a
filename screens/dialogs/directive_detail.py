"""One directive in full: register facts, attached files, the tasks it gave, its text.

Enter on a task opens it (the task view over this one). On a short terminal (80×24) the
facts and the tasks take little room, and Tab to the full text hides them, so the text
has the dialog to itself; Tab again brings them back.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.coordinate import Coordinate
from textual.widgets import DataTable, Label, Static
from textual.worker import Worker

from screens.base import OfficeScreen, office_of, report_worker_error
from screens.dialogs.keyed_dialog import KeyedDialog
from screens.dialogs.read_progress import ReadProgressScreen
from screens.dialogs.reread_compare import RereadCompareScreen
from screens.messages import Outcome
from screens.widgets.table import Table
from secretariat.dates import format_date
from secretariat.directives.readers import ReadResult
from secretariat.directives.register import DirectiveDetail
from secretariat.directives.reread import RereadOffer
from secretariat.tasks.queries import TaskFilter, TaskListRow, task_list
from secretariat.text import shorten
from secretariat.vocab import CONFIDENTIALITY, DIRECTIVE_STATUSES, URGENCY, label


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")
    return f"{max(1, size // 1024)} KB"


# Below this many rows the facts and tasks shrink and Tab gives the text the whole
# dialog: at 32 rows and more the full text keeps ~8 lines beside everything else.
SHORT_BELOW = 32

NOTE = "Enter: mở nhiệm vụ · Tab: đọc toàn văn · Esc: đóng"
NOTE_READING = "↑↓ PgUp PgDn: cuộn · Tab: về nhiệm vụ · Esc: đóng"


class TasksTable(Table):
    """The tasks the directive gave: Enter opens the one under the cursor."""

    BINDINGS = [
        # The screen's action, run as the key's binding: the keys typed after Enter wait
        # for the task view (a RowSelected message would come after them).
        Binding(
            "enter",
            "screen.open_task",
            "Mở nhiệm vụ",
            id="directive.open_task",
            tooltip="Xem tiến độ từng đơn vị của nhiệm vụ đang chọn",
        ),
    ]


class DirectiveDetailScreen(KeyedDialog[None]):
    TITLE = "Chi tiết văn bản"  # what ? help is about
    BINDINGS = [
        Binding("escape,q", "close", "Đóng", id="directive.close"),
        # Priority: the focus moves before the next key is handed on (a burst of keys).
        Binding(
            "tab,shift+tab",
            "switch_focus",
            "Nhiệm vụ / toàn văn",
            id="directive.switch",
            tooltip="Chuyển giữa danh sách nhiệm vụ và toàn văn (cuộn bằng ↑↓, PgUp, PgDn)",
            priority=True,
        ),
        Binding(
            "r",
            "reread",
            "Đọc lại bản quét",
            id="directive.reread",
            tooltip="Toàn văn có vẻ là OCR hỏng: đọc lại tệp đính kèm bằng mô hình tiếng Việt",
        ),
    ]

    def __init__(
        self,
        detail: DirectiveDetail,
        tasks: list[TaskListRow],
        origin: str | None = None,
        reread: RereadOffer | None = None,
    ) -> None:
        super().__init__()
        self.detail = detail
        self.tasks = tasks
        self.origin = origin  # how the text was obtained (an import records it)
        self.reread = reread  # the damaged text's scan, to read again
        self._task_opened = False  # a task view was opened over this one

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.reread is not None if action == "reread" else True

    def compose(self) -> ComposeResult:
        d = self.detail
        incoming = f"{d.incoming_number}/{d.incoming_year}" if d.incoming_number else "—"
        facts = [
            f"Số, ký hiệu: {d.number_symbol or '—'} · Loại: {d.doc_type or '—'}",
            f"Cơ quan ban hành: {d.issuer or '—'} · Nơi ban hành: {d.place or '—'}",
            f"Ngày ban hành: {format_date(d.issued_date) or '—'} · Ngày đến: "
            f"{format_date(d.received_date) or '—'} · Số đến: {incoming}",
            f"Độ mật: {label(CONFIDENTIALITY, d.confidentiality)} · Độ khẩn: "
            f"{label(URGENCY, d.urgency)} · Xử lý: {d.handler or '—'} · "
            f"{label(DIRECTIVE_STATUSES, d.status)}",
        ]
        for a in d.attachments:
            where = str(a.path) if a.present else f"{a.path} — KHÔNG CÒN TỆP, hãy đính kèm lại"
            facts.append(f"Đính kèm: {a.file_name} ({_size(a.size)}) → {where}")
        with Vertical(id="directive-box"):
            yield Label(shorten(d.subject, 300), id="directive-title")
            yield Static("\n".join(facts), id="directive-facts")
            table = TasksTable(id="directive-tasks", cursor_type="row")
            table.flex_column = 1  # the task: the progress stays in sight at 80 columns
            table.add_columns("Hạn", "Nhiệm vụ", "Tiến độ")
            self._fill_tasks(table)
            yield Label(self._tasks_count(), classes="form-label", id="directive-tasks-count")
            yield table
            yield Label(self.origin or "Toàn văn", classes="form-label", id="directive-origin")
            if self.reread is not None:
                yield Static(
                    Text(
                        "Toàn văn này có vẻ là OCR bằng mô hình tiếng Anh (gần như không dấu); "
                        f"r: đọc lại «{self.reread.file_name}» bằng mô hình tiếng Việt, so "
                        "sánh hai bản trước khi thay.",
                        style="bold yellow",
                    ),
                    id="directive-reread",
                )
            with VerticalScroll(id="directive-text"):
                yield Static(
                    Text(d.full_text) if d.full_text else "(chưa có toàn văn)",
                    id="directive-text-body",
                )
            yield Static(NOTE, classes="screen-note", id="directive-note")

    def _tasks_count(self) -> str:
        if not self.tasks:
            return "Chưa có nhiệm vụ nào từ văn bản này."
        return f"Nhiệm vụ từ văn bản này: {len(self.tasks)}"

    def _fill_tasks(self, table: Table) -> None:
        for task in self.tasks:
            due = "thường xuyên" if task.ongoing else format_date(task.due) or "chưa có hạn"
            progress = Text(task.progress.text, style="bold red" if task.progress.overdue else "")
            table.add_row(due, shorten(task.title, 60), progress, key=str(task.id))

    # --- room for the full text ----------------------------------------------------------

    def on_mount(self) -> None:
        self._fit_height()

    def on_resize(self, event: events.Resize) -> None:
        self._fit_height()

    def _fit_height(self) -> None:
        self.set_class(self.app.size.height < SHORT_BELOW, "-short")

    @on(events.DescendantFocus)
    def _focus_moved(self) -> None:
        reading = self.focused is self.query_one("#directive-text")
        self.set_class(reading, "-reading")
        self.query_one("#directive-note", Static).update(NOTE_READING if reading else NOTE)

    def action_switch_focus(self) -> None:
        # Two places to be: on a short terminal the tasks hide while the text is read,
        # so Textual's own Tab (the next shown widget) could not bring them back.
        text = self.query_one("#directive-text")
        tasks = self.query_one("#directive-tasks")
        self.set_focus(tasks if self.focused is text else text)

    # --- the tasks -----------------------------------------------------------------------

    def _task_under_cursor(self) -> int | None:
        table = self.query_one(TasksTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(Coordinate(table.cursor_row, 0)).row_key.value
        return None if key is None else int(key)

    @on(DataTable.RowSelected, "#directive-tasks")  # a click
    def action_open_task(self) -> None:
        task_id = self._task_under_cursor()
        # The register behind reads the task in its thread and shows it over this view.
        behind = [s for s in self.app.screen_stack if isinstance(s, OfficeScreen)]
        if task_id is not None and behind:
            self._task_opened = True
            behind[-1].open_task(task_id)

    def on_screen_resume(self) -> None:
        # Back from a task view, where units may have been recorded done or extended.
        if self._task_opened:
            self._task_opened = False
            self.reload()

    def reload(self) -> None:
        """Read the tasks again (the task view calls this after it saved a unit's work)."""
        self._read_tasks(self.detail.id)

    @work(thread=True, exclusive=True, group="directive-tasks", exit_on_error=False)
    def _read_tasks(self, directive_id: int) -> None:
        office = office_of(self)
        tasks = office.read(
            task_list, office.today(), filters=TaskFilter(directive_id=directive_id)
        )
        self.app.call_from_thread(self._show_tasks, tasks)

    def _show_tasks(self, tasks: list[TaskListRow]) -> None:
        self.tasks = tasks
        table = self.query_one(TasksTable)
        row = table.cursor_row
        key = self._task_under_cursor()
        table.clear()
        self._fill_tasks(table)
        # The cursor stays on its task (a finished one sorts lower), else on its row.
        ids = [task.id for task in tasks]
        row = ids.index(key) if key in ids else min(row, max(0, len(ids) - 1))
        table.move_cursor(row=row)
        self.query_one("#directive-tasks-count", Label).update(self._tasks_count())

    @on(Worker.StateChanged)
    def _worker_changed(self, event: Worker.StateChanged) -> None:
        report_worker_error(self, event)

    def action_close(self) -> None:
        self.dismiss(None)

    def action_reread(self) -> None:
        offer = self.reread
        if offer is None:
            return

        def job(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> ReadResult:
            from secretariat.directives.readers import read_document

            return read_document(offer.path, progress=progress, cancelled=cancelled)

        def compared(replaced: bool | None) -> None:
            if replaced:
                self.notify("Đã thay toàn văn bằng bản đọc lại (bản cũ còn trong lịch sử).")
                self.dismiss(None)

        def read(outcome: Outcome[ReadResult] | None) -> None:
            if outcome is None:
                self.notify("Đã hủy đọc lại: không thay gì.")
            elif outcome.value is None:
                self.notify(outcome.error or "", severity="error", timeout=10)
            else:
                self.app.push_screen(RereadCompareScreen(offer, outcome.value), compared)

        self.app.push_screen(ReadProgressScreen(f"Đọc lại {offer.file_name}", job), read)
