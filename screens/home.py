"""Hôm nay: the clerk's morning screen — today's date, the office's figures, what is due."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import DataTable, Label, Static

from screens.base import OfficeScreen
from secretariat.dates import countdown, format_date, long_date
from secretariat.overview import DeadlineRow, OfficeCounts, deadlines, office_counts
from secretariat.text import shorten


@dataclass(frozen=True)
class HomeData:
    counts: OfficeCounts
    deadlines: list[DeadlineRow]


class HomeScreen(OfficeScreen):
    TITLE = "Hôm nay"

    def compose_body(self) -> ComposeResult:
        yield Static("", id="home-date")
        yield Static("Đang tải…", id="home-counts")
        yield Label("Việc đang mở, hạn gần nhất trước", classes="section-title", id="home-section")
        table: DataTable[str | Text] = DataTable(
            id="home-deadlines", cursor_type="row", zebra_stripes=True
        )
        for label, width in (
            ("Hạn", 10),
            ("Còn lại", 17),
            ("Đã xong", 7),
            ("Nhiệm vụ", 44),
            ("Đơn vị", 28),
        ):
            table.add_column(label, width=width)
        yield table
        yield Static(
            "Đang xây dựng: tách mục quá hạn / hôm nay / 7 ngày tới, đếm ngày làm việc "
            "(trừ lễ, Tết), đánh dấu đơn vị đã báo cáo, gia hạn, hội nghị sắp tới.",
            classes="screen-note",
        )

    def on_mount(self) -> None:
        self.query_one(DataTable).focus()

    def fetch(self) -> HomeData:
        today = self.office.today()
        return HomeData(
            counts=self.office.read(office_counts, today),
            deadlines=self.office.read(deadlines, today),
        )

    def show(self, data: HomeData) -> None:
        today = self.office.today()
        c = data.counts
        self.query_one("#home-date", Static).update(
            f"{long_date(today)} — Văn phòng Đảng ủy phường Lê Ích Mộc"
        )
        self.query_one("#home-counts", Static).update(
            f"{c.directives} văn bản đến · {c.tasks} nhiệm vụ · "
            f"{c.open_assignments} việc đang mở, {c.overdue_assignments} quá hạn · "
            f"{c.upcoming_meetings} hội nghị sắp tới · {c.party_organisations} tổ chức Đảng, "
            f"{c.residential_groups} tổ dân phố"
        )
        self.query_one("#home-section", Label).update(
            "Việc đang mở, hạn gần nhất trước"
            if data.deadlines
            else "Chưa có việc nào đang mở. Muốn xem một văn phòng mẫu: chạy «secretariat demo»."
        )
        table = self.query_one(DataTable)
        table.clear()
        for row in data.deadlines:
            days = (row.due - today).days
            style = "bold red" if days < 0 else "yellow" if days <= 3 else "green"
            table.add_row(
                format_date(row.due),
                Text(countdown(row.due, today), style=style),
                f"{row.total_count - row.open_count}/{row.total_count}",
                shorten(row.title, 44),
                shorten(row.units, 28),
            )
