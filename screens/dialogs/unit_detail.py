"""One unit's record: what it still owes, most urgent first, and how punctual it has been."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Label, Static

from screens.dialogs.keyed_dialog import KeyedDialog
from screens.widgets.status_style import countdown_text, short_countdown
from screens.widgets.table import Table
from secretariat.dates import format_date
from secretariat.tasks.queries import UnitRecord
from secretariat.text import shorten
from secretariat.vocab import ROLES, label


class UnitDetailScreen(KeyedDialog[None]):
    TITLE = "Chi tiết đơn vị"  # what ? help is about
    BINDINGS = [Binding("escape,q", "close", "Đóng", id="unit.close")]

    def __init__(self, record: UnitRecord) -> None:
        super().__init__()
        self.record = record

    def compose(self) -> ComposeResult:
        r = self.record
        with Vertical(id="task-box"):
            yield Label(r.name, id="task-title")
            yield Static(
                f"Còn {len(r.owes)} việc chưa xong, {r.overdue} quá hạn · "
                f"Đã xong: {r.on_time_rate}",
                id="task-facts",
            )
            table = Table(id="unit-owes", cursor_type="row")
            table.flex_column = 2  # the task: the role stays in sight at 80 columns
            # Below 110 columns the countdown is short («quá hạn 3 ngày LV», as on Hôm nay).
            wide = self.app.size.width >= 110
            for column, width in (
                ("Còn lại", 28 if wide else 19),
                ("Hạn", 12),
                ("Nhiệm vụ", 50),
                ("Vai trò", 9),
            ):
                table.add_column(column, width=width)
            for row in r.owes:
                table.add_row(
                    countdown_text(row.status) if wide else short_countdown(row.status),
                    format_date(row.due) or "thường xuyên",
                    shorten(row.title, 50),
                    label(ROLES, row.role),
                )
            yield table
            yield Static("Esc: đóng", classes="screen-note")

    def action_close(self) -> None:
        self.dismiss(None)
