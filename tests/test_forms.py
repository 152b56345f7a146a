"""Forms as a clerk types into them: short dates echoed in full, the cursor on the error."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlmodel import select
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Button, Input, Label

from screens.dialogs.file_picker import FilePickerScreen
from screens.dialogs.form import FormScreen
from screens.directives import DirectivesScreen
from screens.tasks import TasksScreen
from secretariat.office.database import open_database
from secretariat.tasks.work_calendar import set_calendar_day
from storage.engine import session_scope
from storage.models import Task
from tests.pilot_helpers import SIZE, make_app, settle, type_text


def _label(app: App[Any], name: str) -> str:
    return str(app.screen.query_one(f"#label-{name}", Label).render())


def _saved_due(db_path: Path, title: str) -> date | None:
    with session_scope(open_database(db_path)) as session:
        return session.exec(select(Task).where(Task.title == title)).one().due_date


async def _new_task(pilot: Pilot[Any], title: str, due: str) -> None:
    await pilot.press("3")
    await settle(pilot)
    await pilot.press("n")
    await settle(pilot)
    await type_text(pilot, title)
    await pilot.press("enter")
    await type_text(pilot, due)
    await settle(pilot)


async def test_plus_five_is_five_working_days_of_this_office(db_path: Path) -> None:
    engine = open_database(db_path)
    with session_scope(engine) as session:  # the office announced a day off
        set_calendar_day("25/11/2026", False, "Nghỉ bù", session=session)
    engine.dispose()
    app = make_app(db_path)  # today: Monday 23/11/2026; 24/11 is a public holiday
    async with app.run_test(size=SIZE) as pilot:
        await _new_task(pilot, "Báo cáo sơ kết", "+5")
        assert isinstance(app.screen, FormScreen)
        assert _label(app, "due") == (
            "Hạn (trống nếu chưa có)  → Thứ Tư, 02/12/2026 (5 ngày làm việc từ hôm nay)"
        )
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, TasksScreen)
    assert _saved_due(db_path, "Báo cáo sơ kết") == date(2026, 12, 2)


async def test_a_day_and_month_already_past_is_next_year_for_a_deadline(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await _new_task(pilot, "Tổng kết năm", "20/11")
        assert _label(app, "due").endswith("→ Thứ Bảy, 20/11/2027 (năm sau: 20/11/2026 đã qua)")
        due = app.screen.query_one("#field-due", Input)
        due.value = "15.12"  # as typed with dots, this year
        await settle(pilot)
        assert _label(app, "due").endswith("→ Thứ Ba, 15/12/2026 (năm nay)")
        due.value = "20/11"
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, TasksScreen)
    assert _saved_due(db_path, "Tổng kết năm") == date(2027, 11, 20)


async def test_after_a_refused_save_the_cursor_is_in_the_field_in_error(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await settle(pilot)
        assert isinstance(app.screen, DirectivesScreen)
        await pilot.press("n")
        await settle(pilot)
        await type_text(pilot, "604-TB/VPTU")
        for _ in range(3):  # type, issuer, place
            await pilot.press("enter")
        await pilot.press("enter")
        await type_text(pilot, "31/09/2025")  # issued: September has 30 days
        await pilot.press("ctrl+s")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormScreen)
        error = str(form.query_one("#form-error").render()).splitlines()
        assert error[:2] == [
            "Trích yếu không được để trống.",
            "Cơ quan ban hành không được để trống.",
        ]
        assert form.focused is form.query_one("#field-subject")
        await type_text(pilot, "Thông báo kết luận của Ban Thường vụ")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert form.focused is form.query_one("#field-issuer")
        await type_text(pilot, "Văn phòng Thành ủy Hải Phòng")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert form.focused is form.query_one("#field-issued")
        assert "tháng 9/2025 chỉ có 30 ngày" in str(form.query_one("#form-error").render())


async def test_buttons_say_what_the_dialog_does(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        for screen_key, dialog_key, button in (
            ("3", "f", "Áp dụng (Ctrl+S)"),  # filter the tasks
            ("2", "f", "Áp dụng (Ctrl+S)"),  # filter the register
            ("3", "n", "Lưu (Ctrl+S)"),  # a new task
        ):
            await pilot.press(screen_key)
            await settle(pilot)
            await pilot.press(dialog_key)
            await settle(pilot)
            assert isinstance(app.screen, FormScreen), (screen_key, dialog_key)
            assert str(app.screen.query_one("#form-save", Button).label) == button
            await pilot.press("escape")
            await settle(pilot)
        # Importing starts with the file picker: its Ctrl+S says «Mở» in the footer.
        await pilot.press("2")
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        assert isinstance(app.screen, FilePickerScreen)
        choose = [b for b in app.screen.BINDINGS if getattr(b, "key", "") == "ctrl+s"]
        assert [getattr(b, "description", "") for b in choose] == ["Mở"]


async def test_a_toast_does_not_follow_the_clerk_to_another_screen(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("e")  # nothing to edit: the screen says so
        await settle(pilot)
        assert [n.message for n in app._notifications] == ["Chưa có nhiệm vụ nào được chọn."]
        await pilot.press("2")
        await settle(pilot)
        assert not list(app._notifications)
