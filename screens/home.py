"""Hôm nay: the clerk's morning — overdue, due today, the next 7 days, meetings, laggards.

One row per task and section, with the units still owing it written short («36/38 chi bộ
TDP: số 01–04, 07–38»); Enter or → opens the task's units to mark and record many at once.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import DataTable, Label, Static

from screens.base import OfficeScreen
from screens.dialogs.export_dialog import copy_chat_text, export_binding, open_export
from screens.dialogs.unit_actions import Marked, open_done_form, open_extension_form
from screens.widgets.sectioned_table import SectionedTable
from screens.widgets.status_style import countdown_text, short_countdown
from secretariat.dates import format_date, long_date
from secretariat.review import DailyReview, ReviewGroup, daily_review, shown
from secretariat.text import number


class ReviewTable(SectionedTable):
    """One row per task and section: Quá hạn, Đến hạn hôm nay, 7 ngày tới."""

    BINDINGS = [
        # DataTable's own Enter (select the row), shown in the footer: it opens the task.
        Binding("enter", "select_cursor", "Mở", id="home.open", tooltip="Xem và chọn đơn vị"),
        Binding("right", "select_cursor", "Mở", id="home.open_right", show=False),
    ]


# Column widths (width ≥ WIDE: every column; narrower: the countdown short, no date).
# The countdown keeps its whole phrase wide («quá hạn 114 ngày làm việc (164 ngày)»).
WIDE = 110
NARROW_COLUMNS = (("Còn lại", 19), ("Nhiệm vụ", 22), ("Đơn vị chưa xong", 0))
WIDE_COLUMNS = (("Còn lại", 36), ("Hạn", 10), ("Nhiệm vụ", -50), ("Đơn vị chưa xong", -50))
PADDING = 2  # a DataTable cell's padding, left and right
SCROLLBAR = 2


def one_per_line(lines: list[str]) -> Text:
    """Lines that never wrap: each is cut with «…» at the widget's width."""
    return Text(
        "\n".join(" ".join(line.split()) for line in lines), no_wrap=True, overflow="ellipsis"
    )


class HomeScreen(OfficeScreen):
    TITLE = "Hôm nay"
    VERTICAL_BREAKPOINTS = [(0, "-short"), (30, "-tall")]
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
            "y",
            "copy_chat",
            "Chép",
            id="home.copy",
            tooltip="Chép báo cáo dạng tin nhắn (Zalo) vào bộ nhớ tạm, xem trước",
        ),
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
        self.rows: dict[str, ReviewGroup] = {}
        self._data: DailyReview | None = None
        self._wide: bool | None = None  # the column set drawn

    def compose_body(self) -> ComposeResult:
        yield Static("", id="home-date")
        yield Static("Đang tải…", id="home-counts")
        yield ReviewTable(id="home-review", cursor_type="row", zebra_stripes=True)
        with Horizontal(id="home-bottom"):
            with Vertical():
                yield Label("Hội nghị sắp tới", classes="section-title")
                yield Static("", id="home-meetings")
            with Vertical():
                yield Label("Đơn vị nhiều việc quá hạn", classes="section-title")
                yield Static("", id="home-laggards")

    def on_mount(self) -> None:
        self._set_columns()
        self.query_one(ReviewTable).focus()

    def on_resize(self) -> None:
        if self._set_columns() and self._data is not None:
            self.show(self._data)

    def _set_columns(self) -> bool:
        """The column set for this width; True when it changed (the rows are redrawn)."""
        width = self.size.width or self.app.size.width
        wide = width >= WIDE
        table = self.query_one(ReviewTable)
        columns = WIDE_COLUMNS if wide else NARROW_COLUMNS
        # a width: that many cells; 0: the rest; -n: n % of the rest
        fixed = sum(w for _name, w in columns if w > 0)
        rest = max(width - fixed - PADDING * len(columns) - SCROLLBAR, 20)
        widths = [(name, w if w > 0 else rest * -w // 100 if w else rest) for name, w in columns]
        if wide == self._wide and [c.width for c in table.columns.values()] == [
            w for _name, w in widths
        ]:
            return False
        self._wide = wide
        table.clear(columns=True)
        for name, w in widths:
            table.add_column(name, width=w)
        return True

    def fetch(self, typed: str) -> DailyReview:
        return self.office.read(daily_review, self.office.today())

    def show(self, data: DailyReview) -> None:
        self._data = data
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
        wide = bool(self._wide)
        for key, title, total, groups in (
            ("overdue", "Quá hạn", data.overdue_total, data.overdue),
            ("today", "Đến hạn hôm nay", data.today_total, data.due_today),
            ("week", "7 ngày tới", data.upcoming_total, data.upcoming),
        ):
            # counted per assignment (a unit's share of a task), the rows are tasks
            count = f"{number(total)} việc giao · {shown(groups)} nhiệm vụ"
            table.add_heading(title, key, *([count] if not wide else ["", count]))
            if not groups:
                table.add_note("  — không có việc nào", key)
            for group in groups:
                row_key = f"{key}:{group.task_id}"
                self.rows[row_key] = group
                cells: list[object] = [
                    countdown_text(group.status) if wide else short_countdown(group.status)
                ]
                if wide:
                    cells.append(format_date(group.due))
                cells += [group.title, group.units_short]
                table.add_row(*cells, key=row_key)
        table.move_to(selected, where)
        # one line each, cut with «…» to the pane's width
        meetings = [f"{m.starts_at:%H:%M %d/%m} · {m.title}" for m in data.meetings]
        laggards = [f"{lag.overdue:>3}  {lag.name}" for lag in data.laggards]
        self.query_one("#home-meetings", Static).update(
            one_per_line(meetings) or "Không có hội nghị nào trong 14 ngày tới."
        )
        self.query_one("#home-laggards", Static).update(
            one_per_line(laggards) or "Không đơn vị nào quá hạn."
        )

    # --- actions on the selected row ------------------------------------------------

    def selected_group(self) -> ReviewGroup | None:
        group = self.rows.get(self.query_one(ReviewTable).selected_key() or "")
        if group is None:
            self.notify(
                "Hãy chọn một việc trong danh sách (dùng ↑ ↓ hoặc j k).", severity="warning"
            )
        return group

    @on(DataTable.RowSelected)
    def _row_selected(self) -> None:
        group = self.selected_group()
        if group is not None:
            self.open_task(group.task_id)

    def _units_or_open(self, group: ReviewGroup) -> list[Marked]:
        """The row's unit when the task has one; else its units are chosen in the task
        view (Space, a), which opens."""
        single = group.single
        if single is not None:
            return [Marked(single.assignment_id, single.unit, single.due)]
        self.notify(
            f"Việc này giao {len(group.assigned)} đơn vị: chọn đơn vị bằng Space "
            "(a: chọn hết đơn vị chưa xong), rồi nhấn x hoặc g.",
        )
        self.open_task(group.task_id)
        return []

    def action_mark_done(self) -> None:
        group = self.selected_group()
        units = self._units_or_open(group) if group is not None else []
        if group is not None and units:
            open_done_form(self.app, group.title, units, self.reload)

    def action_extend(self) -> None:
        group = self.selected_group()
        units = self._units_or_open(group) if group is not None else []
        if group is not None and units:
            open_extension_form(self.app, group.title, units, self.reload)

    def action_export(self) -> None:
        open_export(self)

    def action_copy_chat(self) -> None:
        copy_chat_text(self)
