"""Điểm danh: mark each invited member present, excused (with the reason) or absent."""

from __future__ import annotations

import threading

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, Label, Static

from screens.base import office_of
from screens.dialogs.form import FormField, FormScreen
from screens.dialogs.keyed_dialog import KeyedDialog
from screens.messages import WorkDone, attempt
from screens.widgets.table import Table
from secretariat.meetings.meeting_records import ABSENT, ATTENDANCE, EXCUSED, PRESENT, MeetingDetail
from secretariat.meetings.service import meeting_detail, set_attendance


class AttendanceScreen(KeyedDialog[None]):
    """Every key is saved at once (committed before the row changes on screen)."""

    TITLE = "Điểm danh hội nghị"  # what ? help is about

    BINDINGS = [
        Binding("c", "mark('co_mat')", "Có mặt", id="attendance.present"),
        Binding("v", "excused", "Vắng có lý do", id="attendance.excused"),
        Binding("k", "mark('vang_khong_ly_do')", "Vắng không lý do", id="attendance.absent"),
        Binding("space", "cycle", "Đổi", id="attendance.cycle", show=False),
        Binding("escape", "close", "Xong", id="attendance.close"),
    ]
    CYCLE = (PRESENT, EXCUSED, ABSENT)

    def __init__(self, detail: MeetingDetail) -> None:
        super().__init__()
        self.detail = detail

    def compose(self) -> ComposeResult:
        with Vertical(id="attendance-box"):
            yield Label(f"Điểm danh — {self.detail.title}", id="attendance-title")
            table = Table(id="attendance-table", cursor_type="row")
            table.add_columns("Họ tên", "Chức vụ", "Tình trạng", "Lý do")
            yield table
            yield Static("", id="attendance-summary")
            yield Static(
                "c: có mặt · v: vắng có lý do · k: vắng không lý do · Space: đổi · Esc: xong. "
                "Thêm, bớt người mời: e (sửa hội nghị).",
                classes="screen-note",
            )

    def on_mount(self) -> None:
        self._fill()
        self.query_one(DataTable).focus()

    def _fill(self) -> None:
        from screens.dialogs.meeting_detail import attendance_summary

        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear()
        for person in self.detail.attendees:
            table.add_row(person.name, person.position, ATTENDANCE[person.status], person.reason)
        if table.row_count:
            table.move_cursor(row=min(row, table.row_count - 1))
        self.query_one("#attendance-summary", Static).update(attendance_summary(self.detail))

    def current(self) -> int | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        return self.detail.attendees[table.cursor_row].id

    def action_mark(self, status: str, reason: str = "") -> None:
        attendee_id = self.current()
        if attendee_id is not None:
            self._record(attendee_id, status, reason)

    def _record(self, attendee_id: int, status: str, reason: str = "") -> None:
        """Save one mark and go on to the next person, as down a paper list."""
        self._save(self.detail.id, attendee_id, status, reason)
        table = self.query_one(DataTable)
        if table.cursor_row < table.row_count - 1:
            table.move_cursor(row=table.cursor_row + 1)

    def action_cycle(self) -> None:
        table = self.query_one(DataTable)
        if table.row_count:
            status = self.detail.attendees[table.cursor_row].status
            following = (
                self.CYCLE[(self.CYCLE.index(status) + 1) % 3] if status in self.CYCLE else PRESENT
            )
            if following == EXCUSED:
                self.action_excused()
            else:
                self.action_mark(following)

    def action_excused(self) -> None:
        attendee_id = self.current()
        if attendee_id is None:
            return
        person = next(p for p in self.detail.attendees if p.id == attendee_id)

        def keep(values: dict[str, str]) -> dict[str, str]:
            return values  # nothing to write yet: the reason is saved with the mark

        def done(values: dict[str, str] | None) -> None:
            if values is not None:
                self._record(attendee_id, EXCUSED, values["reason"])

        self.app.push_screen(
            FormScreen(
                f"{person.name} vắng có lý do",
                [FormField("reason", "Lý do", person.reason, "VD: Đi học tập trung")],
                keep,
            ),
            done,
        )

    # Marks typed in a burst (c c c down the list) each run in their own worker, one at a
    # time and in order: every one is saved, and the list shown is the last one read.
    _saving = threading.Lock()

    @work(thread=True, group="attendance", exit_on_error=False)
    def _save(self, meeting_id: int, attendee_id: int, status: str, reason: str) -> None:
        office = office_of(self)

        def write() -> MeetingDetail:
            office.write(set_attendance, attendee_id, status, reason)
            return office.read(meeting_detail, meeting_id, office.today())

        with self._saving:
            self.post_message(WorkDone("attendance", attempt(write)))

        # Never lose the screen to a locked database: the error is a toast.

    @on(WorkDone)
    def _saved(self, message: WorkDone) -> None:
        if message.job != "attendance":
            return
        detail = message.outcome.value
        if not isinstance(detail, MeetingDetail):
            self.notify(message.outcome.error or "", severity="error", timeout=8)
            return
        self.detail = detail
        self._fill()

    def action_close(self) -> None:
        self.dismiss(None)
