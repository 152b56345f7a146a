"""Hội nghị: upcoming meetings with their countdown, past ones, and everything about one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Static

import secretariat.meetings.service as svc
from screens.base import OfficeScreen
from screens.dialogs.attendance import AttendanceScreen
from screens.dialogs.directive_picker import DirectivePicker
from screens.dialogs.export_dialog import export_binding, open_export
from screens.dialogs.form import FormField
from screens.dialogs.meeting_detail import ATTEND, EDIT, MINUTES, MeetingDetailScreen
from screens.minutes_editor import MinutesEditorScreen
from screens.widgets.sectioned_table import SectionedTable
from secretariat.dates import format_date
from secretariat.directives.register import directive_option_of
from secretariat.meetings.meeting_records import MeetingDetail
from secretariat.text import shorten
from secretariat.vocab import MEETING_KINDS, label


def _pairs(labels: dict[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple((text, code) for code, text in labels.items())


def _countdown(day: date, today: date) -> Text:
    days = (day - today).days
    if days == 0:
        return Text("hôm nay", style="bold yellow")
    if days == 1:
        return Text("ngày mai", style="yellow")
    return Text(f"còn {days} ngày")


class MeetingsScreen(OfficeScreen):
    TITLE = "Hội nghị"
    BINDINGS = [
        Binding("n", "new", "Thêm", id="meetings.new", tooltip="Lên lịch hội nghị mới"),
        Binding("e", "edit", "Sửa", id="meetings.edit", tooltip="Sửa thời gian, thành phần…"),
        Binding("enter", "open", "Mở", id="meetings.open", tooltip="Xem hội nghị và nhiệm vụ"),
        Binding("m", "minutes", "Biên bản", id="meetings.minutes", tooltip="Viết biên bản"),
        Binding("d", "attendance", "Điểm danh", id="meetings.attendance", tooltip="Có mặt, vắng"),
        Binding("x", "export", "Xuất", id="meetings.export", tooltip="Xuất biên bản .md, .docx"),
        Binding("f", "filters", "Lọc", id="meetings.filters", tooltip="Lọc theo loại, năm"),
        export_binding("meetings", "report"),
        Binding(
            "h", "history", "Lịch sử", id="meetings.history", tooltip="Ai đã sửa gì", show=False
        ),
        Binding("escape", "clear_filters", "Bỏ lọc", id="meetings.clear", show=False),
    ]

    def __init__(self) -> None:
        super().__init__(id="meetings")
        self.kind = ""
        self.year: int | None = None
        self.years: list[int] = []
        self.titles: dict[int, str] = {}
        self.select_id: int | None = None

    def compose_body(self) -> ComposeResult:
        yield SectionedTable(id="meetings-table", cursor_type="row", zebra_stripes=True)
        yield Static("", classes="listing-count")

    # The title takes what the others leave (a width of 0). Below WIDE columns the kind
    # hides (the title names it: «Giao ban…», «Hội nghị Ban Thường vụ…») and the time and
    # «Biên bản» are short, so the time and the title that identify a meeting keep room.
    WIDE = 110
    WIDE_COLUMNS = (
        ("Còn", 12),
        ("Thời gian", 17),
        ("Loại", 22),
        ("Tên hội nghị", 0),
        ("Biên bản", 9),
        ("NV", 3),
    )
    NARROW_COLUMNS = (("Còn", 11), ("Thời gian", 14), ("Tên hội nghị", 0), ("BB", 2), ("NV", 3))
    wide = True
    title_width = 42
    _data: svc.MeetingLists | None = None

    def on_mount(self) -> None:
        self._set_columns()
        self.query_one(SectionedTable).focus()

    def on_resize(self) -> None:
        if self._set_columns() and self._data is not None:
            self.show(self._data)

    def _set_columns(self) -> bool:
        """The columns for this width; True when they changed (the rows are drawn again)."""
        width = self.size.width or self.app.size.width
        self.wide = width >= self.WIDE
        columns = self.WIDE_COLUMNS if self.wide else self.NARROW_COLUMNS
        table = self.query_one(SectionedTable)
        changed = table.set_columns(columns, width)
        self.title_width = [column.width for column in table.columns.values()][-3]
        return changed

    def fetch(self, typed: str) -> svc.MeetingLists:
        today = self.office.today()
        return self.office.read(svc.meeting_lists, today, kind=self.kind, year=self.year)

    def show(self, data: svc.MeetingLists) -> None:
        self._data = data
        table = self.query_one(SectionedTable)
        keep = self.select_id if self.select_id is not None else self.selected_id()
        self.select_id = None
        table.clear()
        today = self.office.today()
        self.years = data.years
        self.titles = {}
        for key, title, rows in (
            ("upcoming", f"Sắp tới ({len(data.upcoming)})", data.upcoming),
            ("past", f"Đã họp ({len(data.past)})", data.past),
        ):
            table.add_heading(title, key)
            if not rows:
                table.add_note("không có hội nghị nào", key)
            for row in rows:
                self.titles[row.id] = row.title
                when = _countdown(row.starts_at.date(), today) if key == "upcoming" else Text("")
                series = " ↻" if row.recurrence else ""
                title = shorten(row.title, self.title_width - len(series)) + series
                if self.wide:
                    cells: tuple[str, ...] = (
                        f"{row.starts_at:%H:%M} {format_date(row.starts_at.date())}",
                        label(MEETING_KINDS, row.kind),
                        title,
                        "✓ có" if row.has_minutes else "—",
                    )
                else:
                    cells = (
                        f"{row.starts_at:%H:%M %d/%m/%y}",
                        title,
                        "✓" if row.has_minutes else "—",
                    )
                table.add_row(when, *cells, str(row.task_count or ""), key=str(row.id))
        table.move_to(None if keep is None else str(keep))
        filters = [label(MEETING_KINDS, self.kind)] if self.kind else []
        if self.year:
            filters.append(f"năm {self.year}")
        count = "n: lên lịch hội nghị mới · m: biên bản · d: điểm danh · x: xuất biên bản"
        if filters:
            count = "Lọc: " + " · ".join(filters) + " (Esc: bỏ lọc)"
        self.query_one(".listing-count", Static).update(count)

    def selected_id(self) -> int | None:
        key = self.query_one(SectionedTable).selected_key()
        return int(key) if key else None

    def require_meeting(self, meeting_id: int | None = None) -> int | None:
        """``meeting_id`` when given (the meeting a detail showed), else the selected one."""
        if meeting_id is not None:
            return meeting_id
        meeting_id = self.selected_id()
        if meeting_id is None:
            self.notify("Chưa chọn hội nghị nào.", severity="warning")
        return meeting_id

    # --- filters ---------------------------------------------------------------------

    def action_filters(self) -> None:
        def save(values: dict[str, str]) -> tuple[str, int | None]:
            return values["kind"], int(values["year"]) if values["year"] else None

        def saved(filters: tuple[str, int | None]) -> str:
            self.kind, self.year = filters
            return "Đã lọc danh sách hội nghị."

        self.open_form(
            "Lọc hội nghị",
            [
                FormField("kind", "Loại hội nghị", self.kind, options=_pairs(MEETING_KINDS)),
                FormField(
                    "year",
                    "Năm",
                    str(self.year or ""),
                    options=tuple((str(y), str(y)) for y in self.years),
                ),
            ],
            save,
            saved,
            action="Áp dụng",
        )

    def action_clear_filters(self) -> None:
        if self.kind or self.year:
            self.kind, self.year = "", None
            self.reload()

    # --- record ----------------------------------------------------------------------

    def meeting_form(
        self,
        title: str,
        current: svc.MeetingInput,
        directive_line: str,
        save_meeting: Callable[[svc.MeetingInput], svc.MeetingRead],
        verb: str,
    ) -> None:
        """The meeting form; ``save_meeting(data)`` writes it, the toast says ``verb``."""

        def saved(meeting: svc.MeetingRead) -> str:
            self.select_id = meeting.id
            return f"{verb} «{shorten(meeting.title, 50)}»."

        def save(values: dict[str, str]) -> svc.MeetingRead:
            linked = int(values["directive"]) if values["directive"] else None
            others = tuple(i for i in current.directive_ids[1:] if i != linked)
            data = replace(
                current,
                kind=values["kind"],
                title=values["title"],
                date=values["date"],
                time=values["time"],
                place=values["place"],
                chair=values["chair"],
                secretary=values["secretary"],
                recurrence=values["recurrence"],
                agenda=values["agenda"],
                invitees=values["invitees"],
                directive_ids=((linked,) if linked else ()) + others,
            )
            return save_meeting(data)

        first = current.directive_ids[0] if current.directive_ids else None
        self.open_form(
            title,
            [
                FormField(
                    "kind",
                    "Loại hội nghị",
                    current.kind,
                    options=_pairs(MEETING_KINDS),
                    allow_blank=False,
                ),
                FormField("title", "Tên hội nghị", current.title, "VD: Hội nghị BTV tháng 12"),
                FormField("date", "Ngày họp", current.date, "VD: 26/11/2026", date="date"),
                FormField("time", "Giờ bắt đầu", current.time, "VD: 08:00"),
                FormField("place", "Địa điểm", current.place, "VD: Hội trường Đảng ủy"),
                FormField("chair", "Chủ trì", current.chair, "VD: Đồng chí Nguyễn Văn An, Bí thư"),
                FormField("secretary", "Thư ký", current.secretary, "VD: Đồng chí Trần Thị Bình"),
                FormField(
                    "recurrence",
                    "Lặp lại",
                    current.recurrence,
                    options=_pairs(svc.RECURRENCES),
                    allow_blank=False,
                ),
                FormField(
                    "directive",
                    "Văn bản liên quan",
                    str(first or ""),
                    pick=lambda typed: DirectivePicker(typed, "Văn bản liên quan"),
                    shown=directive_line,
                ),
                FormField(
                    "agenda", "Nội dung (mỗi dòng một vấn đề)", current.agenda, multiline=True
                ),
                FormField(
                    "invitees",
                    "Thành phần mời (mỗi dòng: Họ tên - Chức vụ)",
                    current.invitees,
                    multiline=True,
                ),
            ],
            save,
            saved,
        )

    def action_new(self) -> None:
        def save_meeting(data: svc.MeetingInput) -> svc.MeetingRead:
            return self.office.write(svc.create_meeting, data)

        day = svc.next_meeting_day(self.office.today())
        self.meeting_form(
            "Hội nghị mới",
            svc.MeetingInput(kind="btv", title="", date=format_date(day)),
            "",
            save_meeting,
            "Đã lên lịch",
        )

    def action_edit(self, meeting_id: int | None = None) -> None:
        meeting_id = self.require_meeting(meeting_id)
        if meeting_id is None:
            return

        def save_meeting(data: svc.MeetingInput) -> svc.MeetingRead:
            return self.office.write(svc.update_meeting, meeting_id, data)

        def read() -> tuple[svc.MeetingInput, str]:
            current = self.office.read(svc.meeting_input, meeting_id)
            first = current.directive_ids[0] if current.directive_ids else None
            line = self.office.read(directive_option_of, first) if first is not None else ""
            return current, line

        self.read_then(
            read,
            lambda loaded: self.meeting_form("Sửa hội nghị", *loaded, save_meeting, "Đã lưu"),
            "meetings-edit",
        )

    def _with_detail(self, then: Any, meeting_id: int | None = None) -> None:
        meeting_id = self.require_meeting(meeting_id)
        if meeting_id is None:
            return
        # The cursor stays on it by itself: a reload keeps the selected row.
        self.read_then(
            lambda: self.office.read(svc.meeting_detail, meeting_id, self.office.today()),
            then,
            "meeting-open",
        )

    @on(DataTable.RowSelected)
    def action_open(self) -> None:
        self._with_detail(
            lambda detail: self.app.push_screen(
                MeetingDetailScreen(detail), lambda then: self._from_detail(detail.id, then)
            )
        )

    def _from_detail(self, meeting_id: int, then: str | None) -> None:
        """What the clerk asked for in a meeting's detail (m, e, d), done on that meeting."""
        actions = {
            MINUTES: self.action_minutes,
            EDIT: self.action_edit,
            ATTEND: self.action_attendance,
        }
        if then in actions:
            actions[then](meeting_id)

    def action_minutes(self, meeting_id: int | None = None) -> None:
        from secretariat.meetings.minutes_drafts import MinutesDraft, pending_drafts
        from secretariat.meetings.minutes_export import minutes_for_editing

        meeting_id = self.require_meeting(meeting_id)
        if meeting_id is None:
            return
        self.select_id = meeting_id
        office = self.office

        def read() -> tuple[MeetingDetail, str, str, list[MinutesDraft]]:
            detail, text, base = office.read(minutes_for_editing, meeting_id, office.today())
            # What an earlier editor could not save (quit, refused, killed): offered.
            return detail, text, base, pending_drafts(office.path, meeting_id, base)

        self.read_then(
            read,
            lambda loaded: self.app.push_screen(
                MinutesEditorScreen(*loaded), lambda _result: self.reload()
            ),
            "meeting-minutes",
        )

    def action_attendance(self, meeting_id: int | None = None) -> None:
        self._with_detail(
            lambda detail: self.app.push_screen(
                AttendanceScreen(detail), lambda _result: self.reload()
            ),
            meeting_id,
        )

    def action_export(self) -> None:
        meeting_id = self.require_meeting()
        if meeting_id is not None:
            self._export_minutes(meeting_id)

    def _export_minutes(self, meeting_id: int) -> None:
        from secretariat.meetings.minutes_export import export_minutes

        folder = self.office.path.parent / "exports"

        def export() -> None:
            try:
                paths = self.office.read(export_minutes, meeting_id, folder, self.office.today())
            except Exception as exc:  # a full disk or a locked folder: say so, keep going
                self.app.call_from_thread(
                    self.notify, f"Không xuất được biên bản: {exc}", severity="error"
                )
                return
            self.app.call_from_thread(
                self.notify, "Đã xuất biên bản: " + ", ".join(str(p) for p in paths), timeout=12
            )

        self.notify("Đang xuất biên bản…", timeout=2)
        self.run_worker(export, thread=True, group="meeting-export", exit_on_error=False)

    def action_history(self) -> None:
        meeting_id = self.require_meeting()
        if meeting_id is not None:
            self.open_history(shorten(self.titles.get(meeting_id, ""), 60), "meetings", meeting_id)

    def action_report(self) -> None:
        meeting_id = self.selected_id()
        context = None
        if meeting_id is not None:
            context = (
                f"Hội nghị {shorten(self.titles.get(meeting_id, ''), 40)}",
                f"meeting:{meeting_id}",
            )
        open_export(self, context)
