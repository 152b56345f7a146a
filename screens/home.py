"""Hôm nay: the clerk's morning — overdue, due today, the next 7 days, meetings, laggards."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Label, Static

import secretariat.tasks.writes as svc
from screens.base import OfficeScreen
from screens.dialogs.export_dialog import export_binding, open_export
from screens.dialogs.form import FormField
from screens.widgets.sectioned_table import SectionedTable
from screens.widgets.status_style import countdown_text
from secretariat.dates import format_date, long_date
from secretariat.review import DailyReview, daily_review, shown
from secretariat.tasks.queries import ReviewRow
from secretariat.text import number, shorten


class ReviewTable(SectionedTable):
    """Open assignments in three sections: Quá hạn, Đến hạn hôm nay, 7 ngày tới."""

    BINDINGS = [
        # DataTable's own Enter (select the row), shown in the footer: it opens the task.
        Binding("enter", "select_cursor", "Mở", id="home.open", tooltip="Xem nhiệm vụ"),
    ]


class HomeScreen(OfficeScreen):
    TITLE = "Hôm nay"
    BINDINGS = [
        Binding(
            "x",
            "mark_done",
            "Đã xong",
            id="home.done",
            tooltip="Ghi nhận đơn vị đã hoàn thành (ngày, số báo cáo)",
        ),
        Binding("g", "extend", "Gia hạn", id="home.extend", tooltip="Gia hạn cho đơn vị này"),
        export_binding("home"),
        Binding(
            "c",
            "app.switch_mode('settings')",
            "Cài đặt",
            id="home.settings",
            tooltip="Ngày nghỉ, ngày làm bù, ngưỡng «sắp đến hạn»",
        ),
    ]

    def __init__(self) -> None:
        super().__init__(id="home")
        self.rows: dict[str, ReviewRow] = {}

    def compose_body(self) -> ComposeResult:
        yield Static("", id="home-date")
        yield Static("Đang tải…", id="home-counts")
        table = ReviewTable(id="home-review", cursor_type="row", zebra_stripes=True)
        for column, width in (("Còn lại", 28), ("Hạn", 10), ("Nhiệm vụ", 40), ("Đơn vị", 26)):
            table.add_column(column, width=width)
        yield table
        with Horizontal(id="home-bottom"):
            with Vertical():
                yield Label("Hội nghị sắp tới", classes="section-title")
                yield Static("", id="home-meetings")
            with Vertical():
                yield Label("Đơn vị nhiều việc quá hạn", classes="section-title")
                yield Static("", id="home-laggards")

    def on_mount(self) -> None:
        self.query_one(ReviewTable).focus()

    def fetch(self, typed: str) -> DailyReview:
        return self.office.read(daily_review, self.office.today())

    def show(self, data: DailyReview) -> None:
        self.query_one("#home-date", Static).update(
            f"{long_date(data.today)} — Văn phòng Đảng ủy phường Lê Ích Mộc"
        )
        summary = data.summary
        if not data.open_total:
            summary += (
                "\nChưa có việc nào đang mở: nhấn 3 rồi n để tạo nhiệm vụ, "
                "hoặc chạy «secretariat demo» để xem một văn phòng mẫu."
            )
        self.query_one("#home-counts", Static).update(summary)
        table = self.query_one(ReviewTable)
        selected = table.selected_key() if table.row_count else None
        where = table.cursor_row
        table.clear()
        self.rows = {}
        for key, title, rows in (
            ("overdue", f"Quá hạn ({number(data.overdue_total)})", data.overdue),
            ("today", f"Đến hạn hôm nay ({shown(data.due_today)})", data.due_today),
            ("week", f"7 ngày tới ({shown(data.upcoming)})", data.upcoming),
        ):
            table.add_heading(title, key)
            if not rows:
                table.add_note("  — không có việc nào", key)
            for row in rows:
                row_key = f"a:{row.assignment_id}"
                self.rows[row_key] = row
                unit = row.unit + (" (phối hợp)" if row.role == "phoi_hop" else "")
                table.add_row(
                    countdown_text(row.status),
                    format_date(row.due),
                    shorten(row.title, 40),
                    shorten(unit, 26),
                    key=row_key,
                )
        table.move_to(selected, where)
        self.query_one("#home-meetings", Static).update(
            "\n".join(f"{m.starts_at:%H:%M %d/%m} · {shorten(m.title, 40)}" for m in data.meetings)
            or "Không có hội nghị nào trong 14 ngày tới."
        )
        self.query_one("#home-laggards", Static).update(
            "\n".join(f"{lag.overdue:>3}  {shorten(lag.name, 30)}" for lag in data.laggards)
            or "Không đơn vị nào quá hạn."
        )

    # --- actions on the selected assignment ---------------------------------------

    def selected_row(self) -> ReviewRow | None:
        row = self.rows.get(self.query_one(ReviewTable).selected_key() or "")
        if row is None:
            self.notify(
                "Hãy chọn một việc trong danh sách (dùng ↑ ↓ hoặc j k).", severity="warning"
            )
        return row

    @on(DataTable.RowSelected)
    def _row_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_task(row.task_id)

    def action_mark_done(self) -> None:
        row = self.selected_row()
        if row is None:
            return

        def save(values: dict[str, str]) -> str:
            following = self.office.write(
                svc.mark_done,
                row.assignment_id,
                values["completed"],
                values["report"],
                today=self.office.today(),
            )
            message = f"Đã ghi nhận {row.unit} hoàn thành «{shorten(row.title, 40)}»."
            if following is not None:
                message += f" Đã tạo kỳ tiếp theo, hạn {format_date(following.due_date)}."
            return message

        self.open_form(
            f"Đã xong — {row.unit}\n{shorten(row.title, 60)}",
            [
                FormField(
                    "completed", "Ngày hoàn thành", format_date(self.office.today()), date="date"
                ),
                FormField("report", "Số, ký hiệu báo cáo (nếu có)", "", "VD: 12-BC/CB"),
            ],
            save,
        )

    def action_extend(self) -> None:
        row = self.selected_row()
        if row is None:
            return

        def save(values: dict[str, str]) -> str:
            extension = self.office.write(
                svc.extend, row.assignment_id, values["due"], values["reason"], values["by"]
            )
            return f"Đã gia hạn cho {row.unit} đến {format_date(extension.new_due)}."

        self.open_form(
            f"Gia hạn — {row.unit}\n{shorten(row.title, 60)}",
            [
                FormField(
                    "due",
                    f"Hạn mới (hạn hiện tại: {format_date(row.due)})",
                    "",
                    "VD: 30/12/2026, 30/12, +5",
                    date="deadline",
                ),
                FormField("reason", "Lý do"),
                FormField("by", "Người đồng ý gia hạn", "", "VD: Đ/c Phó Bí thư Thường trực"),
            ],
            save,
        )

    def action_export(self) -> None:
        open_export(self)
