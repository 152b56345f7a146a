"""Cài đặt: the "sắp đến hạn" threshold and the days off / make-up days the government announces."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.coordinate import Coordinate
from textual.widgets import DataTable, Input, Label, Static

import secretariat.tasks.work_calendar as calendar
from screens.base import OfficeScreen
from screens.dialogs.form import FormField
from screens.widgets.table import Table
from secretariat.dates import format_date, long_date
from secretariat.errors import UserError
from secretariat.tasks.deadlines import public_holidays
from secretariat.text import shorten

DAY_KINDS = (("Ngày nghỉ (theo thông báo)", "off"), ("Ngày làm bù", "work"))


@dataclass(frozen=True)
class SettingsData:
    soon: int
    days: list[tuple[date, bool, str]]


class SettingsScreen(OfficeScreen):
    TITLE = "Cài đặt"
    BINDINGS = [
        Binding("n", "add_day", "Thêm ngày", id="settings.add_day",
                tooltip="Thêm ngày nghỉ hoặc ngày làm bù Chính phủ thông báo"),
        Binding("delete", "delete_day", "Xóa ngày", id="settings.delete_day",
                tooltip="Xóa ngày đang chọn khỏi lịch"),
        Binding("s", "focus_soon", "Ngưỡng", id="settings.soon",
                tooltip="Đổi số ngày làm việc tính là «sắp đến hạn»"),
        Binding("o", "org", "Tên đơn vị, người ký", id="settings.org",
                tooltip="Tên tổ chức Đảng, cấp trên, nơi ban hành và người ký trên báo cáo"),
    ]  # fmt: skip

    def compose_body(self) -> ComposeResult:
        yield Static(
            "Lịch làm việc: thứ Bảy, Chủ nhật và ngày lễ (kể cả Tết Nguyên đán, Giỗ Tổ Hùng "
            "Vương) được tính tự động. Thêm ở đây những ngày nghỉ hoặc làm bù Chính phủ thông "
            "báo hằng năm.",
            classes="screen-note",
        )
        with Horizontal(id="settings-soon-row"):
            yield Label("«Sắp đến hạn» khi còn (ngày làm việc):", id="settings-soon-label")
            yield Input(id="settings-soon", type="integer", max_length=2)
        with Horizontal(id="settings-main"):
            with Vertical():
                yield Label("Ngày nghỉ, ngày làm bù đã thêm", classes="section-title")
                yield Table(id="settings-days", cursor_type="row")
            with Vertical(id="settings-holidays-box"):
                yield Label("Ngày lễ năm nay và năm sau", classes="section-title")
                yield Static("", id="settings-holidays")

    # Below WIDE columns the date is short and the note takes what is left (a width of
    # 0) beside the holidays (themes/app.tcss: at most 45 % of the screen).
    WIDE = 110
    WIDE_COLUMNS = (("Ngày", 22), ("Loại", 12), ("Ghi chú", 30))
    NARROW_COLUMNS = (("Ngày", 10), ("Loại", 11), ("Ghi chú", 0))
    wide = True
    _data: SettingsData | None = None

    def _set_columns(self) -> bool:
        """The days' columns for this width; True when they changed."""
        width = self.size.width or self.app.size.width
        self.wide = width >= self.WIDE
        columns = self.WIDE_COLUMNS if self.wide else self.NARROW_COLUMNS
        beside = min(56, width * 45 // 100)  # #settings-holidays-box
        return self.query_one("#settings-days", Table).set_columns(columns, width - beside)

    def on_resize(self) -> None:
        if self._set_columns() and self._data is not None:
            self.show(self._data)

    def on_mount(self) -> None:
        self._set_columns()
        self.query_one("#settings-days", DataTable).focus()

    def fetch(self, typed: str) -> SettingsData:
        return SettingsData(
            self.office.read(calendar.soon_threshold), self.office.read(calendar.calendar_days)
        )

    def show(self, data: SettingsData) -> None:
        self._data = data
        self.query_one("#settings-soon", Input).value = str(data.soon)
        table = self.query_one("#settings-days", DataTable)
        table.clear()
        for day, working, note in data.days:
            kind = Text("Ngày làm bù", style="green") if working else Text("Ngày nghỉ", style="red")
            when = long_date(day) if self.wide else format_date(day)
            table.add_row(when, kind, shorten(note, 30), key=day.isoformat())
        year = self.office.today().year
        lines = [
            f"{format_date(day)}  {name}"
            for y in (year, year + 1)
            for day, name in sorted(public_holidays(y).items())
        ]
        self.query_one("#settings-holidays", Static).update("\n".join(lines))

    def action_focus_soon(self) -> None:
        self.query_one("#settings-soon", Input).focus()

    @on(Input.Submitted, "#settings-soon")
    def _soon_submitted(self, event: Input.Submitted) -> None:
        try:
            calendar.parse_soon_threshold(event.value)
        except UserError as exc:  # stay in the box, with what was typed, until it is right
            self.notify(exc.message, severity="error")
            return
        self.run_write("Đã lưu ngưỡng «sắp đến hạn».", calendar.set_soon_threshold, event.value)
        self.query_one("#settings-days", DataTable).focus()

    def action_add_day(self) -> None:
        def save(values: dict[str, str]) -> str:
            self.office.write(
                calendar.set_calendar_day, values["day"], values["kind"] == "work", values["note"]
            )
            return f"Đã thêm {values['day'].strip()} vào lịch làm việc."

        self.open_form(
            "Thêm ngày nghỉ / ngày làm bù",
            [
                FormField("day", "Ngày", date="date"),
                FormField("kind", "Loại", "off", options=DAY_KINDS, allow_blank=False),
                FormField("note", "Ghi chú", placeholder="VD: Nghỉ bù theo Thông báo số …"),
            ],
            save,
        )

    def action_delete_day(self) -> None:
        table = self.query_one("#settings-days", DataTable)
        if not table.row_count:
            self.notify("Chưa có ngày nào để xóa.", severity="warning")
            return
        key = table.coordinate_to_cell_key(Coordinate(table.cursor_row, 0)).row_key.value or ""
        day = date.fromisoformat(key)
        self.run_write(f"Đã xóa {format_date(day)} khỏi lịch.", calendar.delete_calendar_day, day)

    def action_org(self) -> None:
        from dataclasses import fields, replace

        from secretariat.org import OrgIdentity, load_org, save_org

        labels = {
            "superior": ("Tổ chức Đảng cấp trên (dòng 1 bên trái)", "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG"),
            "name": ("Tổ chức ban hành (dòng 2, in đậm)", "ĐẢNG ỦY PHƯỜNG LÊ ÍCH MỘC"),
            "place": ("Địa danh ở dòng ngày tháng", "Lê Ích Mộc"),
            "sign_on_behalf": ("Thẩm quyền ký", "T/M ĐẢNG ỦY"),
            "signer_title": ("Chức vụ người ký", "BÍ THƯ, hoặc K/T BÍ THƯ / PHÓ BÍ THƯ"),
            "signer_name": ("Họ tên người ký", "Nguyễn Văn An"),
        }

        def form(current: OrgIdentity) -> None:
            def save(values: dict[str, str]) -> str:
                # a signature may have one line above it (the title blank), not none
                blank = [labels[name][0] for name in labels
                         if name not in ("signer_title", "signer_name")
                         and not values[name].strip()]  # fmt: skip
                if blank:
                    raise UserError(f"«{blank[0]}» không được để trống.")
                self.office.write(save_org, replace(current, **values))
                return "Đã lưu tên đơn vị và người ký (dùng cho báo cáo, biên bản)."

            self.open_form(
                "Tên đơn vị và người ký trên báo cáo, biên bản",
                [
                    FormField(
                        f.name,
                        labels[f.name][0],
                        getattr(current, f.name),
                        f"VD: {labels[f.name][1]}",
                    )
                    for f in fields(OrgIdentity)
                ],
                save,
            )

        self.read_then(lambda: self.office.read(load_org), form, "settings-org")
