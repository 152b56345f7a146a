"""One directive in full: register facts, attached files, the tasks it gave, its text."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from screens.widgets.table import Table
from secretariat.dates import format_date
from secretariat.directives.register import DirectiveDetail
from secretariat.tasks.queries import TaskListRow
from secretariat.text import shorten
from secretariat.vocab import CONFIDENTIALITY, DIRECTIVE_STATUSES, URGENCY, label


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")
    return f"{max(1, size // 1024)} KB"


class DirectiveDetailScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q", "close", "Đóng", id="directive.close")]

    def __init__(
        self, detail: DirectiveDetail, tasks: list[TaskListRow], origin: str | None = None
    ) -> None:
        super().__init__()
        self.detail = detail
        self.tasks = tasks
        self.origin = origin  # how the text was obtained (an import records it)

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
            table = Table(id="directive-tasks", cursor_type="row")
            table.add_columns("Hạn", "Nhiệm vụ", "Tiến độ")
            for task in self.tasks:
                due = "thường xuyên" if task.ongoing else format_date(task.due) or "chưa có hạn"
                progress = Text(
                    task.progress.text, style="bold red" if task.progress.overdue else ""
                )
                table.add_row(due, shorten(task.title, 60), progress)
            yield Label(
                f"Nhiệm vụ từ văn bản này: {len(self.tasks)}"
                if self.tasks
                else "Chưa có nhiệm vụ nào từ văn bản này.",
                classes="form-label",
            )
            yield table
            yield Label(self.origin or "Toàn văn", classes="form-label", id="directive-origin")
            with VerticalScroll(id="directive-text"):
                yield Static(
                    Text(d.full_text) if d.full_text else "(chưa có toàn văn)",
                    id="directive-text-body",
                )
            yield Static("Esc: đóng · Tab: chuyển giữa nhiệm vụ và toàn văn", classes="screen-note")

    def action_close(self) -> None:
        self.dismiss(None)
