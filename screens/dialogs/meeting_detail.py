"""One meeting in full: when, where, who came, agenda, directives, the tasks it produced.

Its keys for what comes next (m: biên bản, e: sửa, d: điểm danh) close it with that
request; the meetings list carries it out on this meeting, as its own keys do.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Label, Static

from screens.dialogs.keyed_dialog import KeyedDialog
from screens.widgets.table import Table
from secretariat.dates import WEEKDAYS, format_date
from secretariat.meetings.meeting_records import ATTENDANCE, PRESENT, MeetingDetail
from secretariat.meetings.service import RECURRENCES
from secretariat.text import shorten


def attendance_summary(detail: MeetingDetail) -> str:
    """``Có mặt 2/4 · Vắng có lý do 1 · Vắng không lý do 1``."""
    total = len(detail.attendees)
    if not total:
        return "Chưa có thành phần mời (e: sửa hội nghị để thêm)."
    counts = {code: 0 for code in ATTENDANCE}
    for person in detail.attendees:
        counts[person.status] = counts.get(person.status, 0) + 1
    parts = [f"Có mặt {counts[PRESENT]}/{total}"]
    parts += [f"{ATTENDANCE[code]} {n}" for code, n in counts.items() if n and code != PRESENT]
    return " · ".join(parts)


# What the detail is closed with: the list behind does it for the meeting shown.
MINUTES = "minutes"
EDIT = "edit"
ATTEND = "attendance"


class MeetingDetailScreen(KeyedDialog[str | None]):
    TITLE = "Chi tiết hội nghị"  # what ? help is about
    BINDINGS = [
        Binding(
            "m",
            f"then('{MINUTES}')",
            "Biên bản",
            id="meeting.minutes",
            tooltip="Viết biên bản hội nghị này",
        ),
        Binding(
            "e", f"then('{EDIT}')", "Sửa", id="meeting.edit", tooltip="Sửa thời gian, thành phần…"
        ),
        Binding(
            "d", f"then('{ATTEND}')", "Điểm danh", id="meeting.attendance", tooltip="Có mặt, vắng"
        ),
        Binding("escape,q", "close", "Đóng", id="meeting.close"),
    ]

    def __init__(self, detail: MeetingDetail) -> None:
        super().__init__()
        self.detail = detail

    def compose(self) -> ComposeResult:
        d = self.detail
        day = d.starts_at.date()
        when = f"{d.starts_at:%H:%M}, {WEEKDAYS[day.weekday()]}, {format_date(day)}"
        facts = [
            f"{d.kind_label} · {when} · {d.place or 'chưa có địa điểm'}",
            f"Chủ trì: {d.chair or '—'} · Thư ký: {d.secretary or '—'}",
            f"Thành phần: {attendance_summary(d)}",
        ]
        if d.recurrence:
            facts.append(f"Lặp lại: {RECURRENCES[d.recurrence].lower()}")
        facts += [f"Văn bản: {label}" for label in d.directives]
        facts += [f"Nội dung {i}. {item}" for i, item in enumerate(d.agenda, start=1)]
        with Vertical(id="meeting-box"):
            yield Label(d.title, id="meeting-title")
            yield Static("\n".join(facts), id="meeting-facts")
            yield Label(
                f"Nhiệm vụ từ hội nghị: {len(d.tasks)}"
                if d.tasks
                else "Chưa có nhiệm vụ nào từ hội nghị (m: biên bản, Ctrl+N trên dòng kết luận).",
                classes="form-label",
            )
            table = Table(id="meeting-tasks", cursor_type="row")
            table.add_columns("Hạn", "Nhiệm vụ", "Đơn vị", "Tiến độ")
            for task in d.tasks:
                due = "thường xuyên" if task.ongoing else format_date(task.due) or "chưa có hạn"
                progress = Text(task.progress, style="bold red" if task.overdue else "")
                table.add_row(due, shorten(task.title, 50), shorten(task.units, 26), progress)
            yield table
            yield Label("Biên bản", classes="form-label")
            with VerticalScroll(id="meeting-minutes"):
                yield Static(Text(d.minutes) if d.minutes else "(chưa có biên bản — m: viết)")
            yield Static(
                "m: biên bản · e: sửa hội nghị · d: điểm danh · Esc: đóng", classes="screen-note"
            )

    def action_then(self, request: str) -> None:
        self.dismiss(request)

    def action_close(self) -> None:
        self.dismiss(None)
