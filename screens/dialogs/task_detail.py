"""One task in full: its facts, what it lacks of the 6 rõ, every unit's status, extensions."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from screens.widgets.status_style import countdown_text
from screens.widgets.table import Table
from secretariat.dates import format_date
from secretariat.tasks.queries import TaskDetail
from secretariat.vocab import ROLES, label


class TaskDetailScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q", "close", "Đóng", id="task.close")]

    def __init__(self, detail: TaskDetail) -> None:
        super().__init__()
        self.detail = detail

    def compose(self) -> ComposeResult:
        d = self.detail
        facts = [
            f"Văn bản/Nguồn: {d.directive or '—'}",
            "Hạn: " + ("thường xuyên" if d.ongoing else format_date(d.due) or "chưa có"),
            f"Sản phẩm phải nộp: {d.expected_product or '—'}",
            f"Tiến độ: {d.progress.text}",
        ]
        if d.recurrence:
            facts.append(f"Lặp lại: {d.recurrence}")
        with Vertical(id="task-box"):
            yield Label(d.title, id="task-title")
            yield Static("\n".join(facts), id="task-facts")
            if d.gaps:
                yield Static(
                    Text("\n".join(f"⚠ {gap}" for gap in d.gaps), style="yellow"), id="task-gaps"
                )
            table = Table(id="task-units", cursor_type="row")
            table.add_columns("Đơn vị", "Vai trò", "Hạn", "Tình trạng", "Ngày xong", "Báo cáo")
            for line in d.lines:
                table.add_row(
                    line.unit,
                    label(ROLES, line.role),
                    format_date(line.due) or "thường xuyên",
                    countdown_text(line.status),
                    format_date(line.completed),
                    line.report_ref,
                )
            yield table
            if d.extensions:
                yield Static(
                    "Gia hạn:\n"
                    + "\n".join(
                        f"• {e.unit}: {format_date(e.old_due) or '—'} → {format_date(e.new_due)}"
                        f" — {e.reason} (đồng ý: {e.granted_by})"
                        for e in d.extensions
                    ),
                    id="task-extensions",
                )
            yield Static("Esc: đóng", classes="screen-note")

    def action_close(self) -> None:
        self.dismiss(None)
