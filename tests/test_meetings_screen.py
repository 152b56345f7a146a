"""Hội nghị with keys only: schedule, điểm danh, minutes that save themselves, conclusions
turned into tasks, and everything still there after a restart."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from textual.widgets import DataTable, Static, TextArea

from screens.dialogs.assign_picker import AssignPicker
from screens.dialogs.attendance import AttendanceScreen
from screens.dialogs.form import FormScreen
from screens.dialogs.meeting_detail import MeetingDetailScreen
from screens.minutes_editor import MinutesEditorScreen
from tests.pilot_helpers import (
    SIZE,
    make_app,
    press_quickly,
    settle,
    table_text,
    type_text,
    wait_until,
)

CONCLUSIONS = (
    "Giao Văn phòng Đảng ủy tham mưu kế hoạch kiểm tra, hoàn thành trước ngày 15/12/2026.",
    "Giao UBND phường rà soát trụ sở làm việc trong tháng 12/2026.",
)


async def _type_lines(pilot, lines: list[str]) -> None:  # type: ignore[no-untyped-def]
    for number, line in enumerate(lines):
        if number:
            await pilot.press("enter")
        await type_text(pilot, line)


async def _schedule(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("4")
    await settle(pilot)
    await pilot.press("n")
    await settle(pilot)
    assert isinstance(pilot.app.screen, FormScreen)
    await pilot.press("tab")  # the kind is already «Hội nghị Ban Thường vụ»
    await type_text(pilot, "Hội nghị Ban Thường vụ tháng 11")
    await pilot.press("enter", "ctrl+u")
    await type_text(pilot, "26/11/2026")
    await pilot.press("enter", "ctrl+u")
    await type_text(pilot, "14:00")
    await pilot.press("enter")
    await type_text(pilot, "Phòng họp Đảng ủy")
    await pilot.press("enter")
    await type_text(pilot, "Đồng chí Nguyễn Văn An, Bí thư Đảng ủy")
    await pilot.press("enter")
    await type_text(pilot, "Đồng chí Trần Thị Bình")
    await pilot.press("enter", "tab", "tab")  # past «Lặp lại» and «Văn bản liên quan»
    await _type_lines(pilot, ["Kết quả tháng 11", "Nhiệm vụ tháng 12"])
    await pilot.press("tab")
    await _type_lines(
        pilot,
        [
            "Nguyễn Văn An - Bí thư Đảng ủy",
            "Lê Văn Cường - Phó Bí thư Thường trực",
            "Phạm Thị Dung - Chủ tịch UBND phường",
        ],
    )
    await pilot.press("ctrl+s")
    await settle(pilot)
    assert not isinstance(pilot.app.screen, FormScreen)


async def _attendance(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("d")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, AttendanceScreen)
    await pilot.press("c", "v")  # each mark moves on to the next person
    await settle(pilot)
    await type_text(pilot, "Đi học tập trung")
    await pilot.press("ctrl+s")
    await settle(pilot)
    await pilot.press("k")
    await settle(pilot)
    summary = str(screen.query_one("#attendance-summary", Static).render())
    assert summary == "Có mặt 1/3 · Vắng có lý do 1 · Vắng không lý do 1"
    await pilot.press("escape")
    await settle(pilot)


async def _conclusion_to_task(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("ctrl+n")
    await settle(pilot)
    assert isinstance(pilot.app.screen, FormScreen)
    await pilot.press("ctrl+s")
    await settle(pilot)
    assert isinstance(pilot.app.screen, AssignPicker)
    await pilot.press("ctrl+s")  # the units the conclusion names are already ticked
    await settle(pilot)
    assert isinstance(pilot.app.screen, MinutesEditorScreen)


def _saved_minutes(db_path: Path) -> str:
    """The minutes as committed, read through a second connection."""
    with sqlite3.connect(db_path) as other:
        (saved,) = other.execute("SELECT minutes FROM meetings").fetchone()
    return str(saved or "")


async def test_meeting_minutes_and_conclusions_by_keys(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The autosave waits for a pause in the typing; a short one here, so the test does
    # not sit through the clerk's two seconds (test_minutes_typed_just_before_quitting_are_saved
    # keeps the real delay).
    monkeypatch.setattr(MinutesEditorScreen, "AUTOSAVE_AFTER", 0.3)
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await _schedule(pilot)
        await _attendance(pilot)

        await pilot.press("m")
        await settle(pilot)
        editor_screen = app.screen
        assert isinstance(editor_screen, MinutesEditorScreen)
        editor = editor_screen.query_one(TextArea)
        template = editor.text
        assert "Có mặt: 1/3 đồng chí." in template
        assert "Vắng có lý do: 1 đồng chí." in template
        # Down to the first "- " under IV. KẾT LUẬN, then type the two conclusions.
        lines = template.splitlines()
        first = lines.index("IV. KẾT LUẬN") + 1
        await press_quickly(pilot, *["down"] * first, "end")
        await type_text(pilot, CONCLUSIONS[0])
        await pilot.press("down", "end")
        await type_text(pilot, CONCLUSIONS[1])

        # Past the autosave delay, a second connection finds the text already committed.
        status_box = editor_screen.query_one("#minutes-status", Static)
        await wait_until(
            pilot,
            lambda: (
                str(status_box.render()).startswith("✓ Đã lưu lúc")
                and CONCLUSIONS[1] in _saved_minutes(db_path)
            ),
            "the minutes to be saved by themselves",
        )
        saved = _saved_minutes(db_path)
        assert CONCLUSIONS[0] in saved and CONCLUSIONS[1] in saved
        status = str(editor_screen.query_one("#minutes-status", Static).render())
        assert status.startswith("✓ Đã lưu lúc")

        # Each conclusion line becomes a task: deadline and units read from the line.
        await pilot.press("up")
        await _conclusion_to_task(pilot)
        await pilot.press("down")
        await _conclusion_to_task(pilot)
        await pilot.press("escape")
        await settle(pilot)
    app.office.close()

    # Restart: the minutes are intact and the meeting shows both tasks with their status.
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        await settle(pilot)
        rows = table_text(app.screen.query_one(DataTable))
        assert any("Hội nghị Ban Thường vụ tháng 11" in r and "✓ có" in r for r in rows)
        await pilot.press("m")
        await settle(pilot)
        text = app.screen.query_one(TextArea).text
        assert CONCLUSIONS[0] in text and CONCLUSIONS[1] in text
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        detail = app.screen
        assert isinstance(detail, MeetingDetailScreen)
        tasks = table_text(detail.query_one("#meeting-tasks", DataTable))
        assert len(tasks) == 2
        # «Giao» and the deadline phrase are left out of the title; only the unit named.
        assert tasks[0] == (
            "15/12/2026 | Văn phòng Đảng ủy tham mưu kế hoạch kiểm tra | Văn phòng Đảng ủy"
            " | 0/1 đã hoàn thành"
        )
        assert tasks[1].startswith("31/12/2026 | UBND phường rà soát trụ sở làm việc |")
        assert "UBND phường" in tasks[1] and "0/1 đã hoàn thành" in tasks[1]
        facts = str(detail.query_one("#meeting-facts", Static).render())
        assert "Thành phần: Có mặt 1/3 · Vắng có lý do 1 · Vắng không lý do 1" in facts
    app.office.close()


async def test_minutes_typed_just_before_quitting_are_saved(db_path: Path) -> None:
    from secretariat.meetings.service import MeetingInput, create_meeting
    from secretariat.office.database import open_database
    from storage.engine import session_scope

    engine = open_database(db_path)
    with session_scope(engine) as session:  # the meeting itself is not what is tested here
        create_meeting(
            MeetingInput(kind="btv", title="Hội nghị Ban Thường vụ", date="26/11/2026"),
            session=session,
        )
    engine.dispose()
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        await settle(pilot)
        await pilot.press("m")
        await settle(pilot)
        assert isinstance(app.screen, MinutesEditorScreen)
        await type_text(pilot, "Ghi chú cuối")
        app.exit()  # at once, well inside the autosave delay (as from the palette)
    app.office.close()
    with sqlite3.connect(db_path) as other:
        (saved,) = other.execute("SELECT minutes FROM meetings").fetchone()
    assert saved.startswith("Ghi chú cuối")


ISSUE_LINE = (
    "- Giao Văn phòng Đảng ủy chủ trì, phối hợp Ban Xây dựng Đảng hướng dẫn các chi bộ "
    "tổ dân phố …, hoàn thành trước ngày 18/12/2026."
)
ISSUE_TITLE = (
    "Văn phòng Đảng ủy chủ trì, phối hợp Ban Xây dựng Đảng hướng dẫn các chi bộ tổ dân phố …"
)


async def test_ctrl_n_ticks_the_units_the_line_names_in_their_roles(db_path: Path) -> None:
    from textual.widgets import Input, SelectionList

    from secretariat.meetings.service import MeetingInput, create_meeting, save_minutes
    from secretariat.office.database import open_database
    from storage.engine import session_scope

    engine = open_database(db_path)
    with session_scope(engine) as session:  # the minutes as the clerk left them
        meeting = create_meeting(
            MeetingInput(kind="btv", title="Hội nghị BTV tháng 12", date="26/11/2026"),
            session=session,
        )
        minutes = f"IV. KẾT LUẬN\n- Thông qua báo cáo tháng 11.\n{ISSUE_LINE}\n"
        save_minutes(meeting.id, minutes, "", session=session)
    engine.dispose()
    with sqlite3.connect(db_path) as db:
        unit_id = dict(db.execute("SELECT code, id FROM units").fetchall())
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        await settle(pilot)
        await pilot.press("m")
        await settle(pilot)
        assert isinstance(app.screen, MinutesEditorScreen)
        await pilot.press("down", "down", "ctrl+n")  # the cursor on the third line
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormScreen)
        assert form.query_one("#field-title", Input).value == ISSUE_TITLE
        assert form.query_one("#field-due", Input).value == "18/12/2026"
        await pilot.press("ctrl+s")
        await settle(pilot)
        picker = app.screen
        assert isinstance(picker, AssignPicker)
        lead, support = f"u:{unit_id['PH-VP']}", f"u:{unit_id['PH-BXD']}"
        assert picker.ticked == [lead, support]  # the first one leads
        assert sorted(picker.query_one(SelectionList).selected) == sorted([lead, support])
        chosen = str(picker.query_one("#assign-chosen", Static).render())
        assert chosen == "Đã chọn: Văn phòng Đảng ủy (chủ trì); Ban Xây dựng Đảng (phối hợp)"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, MinutesEditorScreen)
        await pilot.press("escape")
        await settle(pilot)

        # The Nhiệm vụ list names the meeting the task came from.
        await pilot.press("3")
        await settle(pilot)
        pane = str(app.screen.query_one("#tasks-detail", Static).render())
        assert "Hội nghị BTV tháng 12 (26/11/2026)" in pane
    app.office.close()

    with sqlite3.connect(db_path) as db:
        tasks = db.execute("SELECT title, due_date, meeting_id FROM tasks").fetchall()
        assigned = db.execute(
            "SELECT u.name, a.role FROM assignments a JOIN units u ON u.id = a.unit_id"
            " ORDER BY a.role"
        ).fetchall()
    assert tasks == [(ISSUE_TITLE, "2026-12-18", meeting.id)]
    assert assigned == [("Văn phòng Đảng ủy", "chu_tri"), ("Ban Xây dựng Đảng", "phoi_hop")]
