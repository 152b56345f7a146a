"""Điểm danh by keys: each mark moves on to the next person, and a burst loses none."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import col, select
from textual.widgets import DataTable

from screens.dialogs.attendance import AttendanceScreen
from secretariat.meetings.service import MeetingInput, create_meeting
from secretariat.office.database import open_database
from storage.engine import session_scope
from storage.models import MeetingAttendee
from tests.pilot_helpers import SIZE, make_app, press_quickly, settle, wait_until

PEOPLE = (
    "Nguyễn Văn An - Bí thư Đảng ủy",
    "Lê Văn Cường - Phó Bí thư Thường trực",
    "Phạm Thị Dung - Chủ tịch UBND phường",
    "Hoàng Văn Em - Ủy viên Ban Thường vụ",
)


def _statuses(db_path: Path) -> list[str]:
    with session_scope(open_database(db_path)) as session:
        people = session.exec(select(MeetingAttendee).order_by(col(MeetingAttendee.id))).all()
        return [person.status for person in people]


async def test_marks_typed_in_a_burst_go_down_the_list(db_path: Path) -> None:
    engine = open_database(db_path)
    with session_scope(engine) as session:
        create_meeting(
            MeetingInput(
                kind="btv",
                title="Hội nghị BTV tháng 11",
                date="26/11/2026",
                invitees="\n".join(PEOPLE),
            ),
            session=session,
        )
    engine.dispose()
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, AttendanceScreen)
        await press_quickly(pilot, "c", "c", "k")  # a fast clerk, without looking up
        await wait_until(
            pilot,
            lambda: _statuses(db_path)[:3] == ["co_mat", "co_mat", "vang_khong_ly_do"],
            "the three marks saved",
        )
        assert screen.query_one(DataTable).cursor_row == 3  # on the fourth person now
        await pilot.press("v")
        await settle(pilot)
        await press_quickly(pilot, *"Ốm")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: _statuses(db_path)[3] == "vang_co_ly_do", "the excuse")
        assert screen.query_one(DataTable).cursor_row == 3  # the last person: stays
