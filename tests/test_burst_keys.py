"""Keys typed faster than the app draws (a fast typist, a paste) land where they were meant.

Each burst is posted to the app at once, without waiting after any key (``burst``), so a
key that moves the focus (Tab, Shift+Tab, Enter, Down) or clears a field (Ctrl+U,
Backspace) must be applied before the keys that follow it reach a field
(screens.widgets.ordered_keys). ``pilot.press`` waits for the app after every key and
would hide the fault; tests/test_burst_pty.py sends one burst through a real terminal.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlmodel import col, select
from textual.pilot import Pilot
from textual.widgets import Input, SelectionList

from screens.dialogs.assign_picker import AssignPicker
from screens.dialogs.form import FormScreen
from screens.home import HomeScreen
from screens.meetings import MeetingsScreen
from screens.tasks import TasksScreen
from secretariat.office.database import open_database
from secretariat.tasks.writes import TaskInput, assign_choice, create_task
from storage.engine import session_scope
from storage.models import Assignment, Extension, Meeting, Task
from tests.pilot_helpers import SIZE, burst, burst_keys, make_app, settle


def _tasks(db_path: Path) -> list[tuple[str, date | None]]:
    with session_scope(open_database(db_path)) as session:
        return [(t.title, t.due_date) for t in session.exec(select(Task)).all()]


async def _open(pilot: Pilot[Any], screen_key: str, form_key: str) -> None:
    await pilot.press(screen_key)
    await settle(pilot)
    await pilot.press(form_key)
    await settle(pilot)
    assert isinstance(pilot.app.screen, FormScreen)


def test_a_burst_is_each_character_and_each_named_key() -> None:
    assert burst_keys("Ab<tab>1/<ctrl+u>x<shift+tab>") == [
        "A",
        "b",
        "tab",
        "1",
        "/",
        "ctrl+u",
        "x",
        "shift+tab",
    ]


async def test_title_tab_deadline_ctrl_s_in_one_burst(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await _open(pilot, "3", "n")
        await burst(pilot, "Báo cáo sơ kết quý IV<tab>15/12/2026<ctrl+s>")
        await settle(pilot)
        assert isinstance(app.screen, TasksScreen)
    assert _tasks(db_path) == [("Báo cáo sơ kết quý IV", date(2026, 12, 15))]


async def test_shift_tab_ctrl_u_and_backspace_in_one_burst(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await _open(pilot, "3", "n")
        # back to the title (focusing it selects it), clear it, type another; the
        # deadline's last digit corrected with Backspace; Enter to the next field
        await burst(
            pilot,
            "Tên tạm<tab>15/12/2027<backspace>6<shift+tab><ctrl+u>Tổng kết năm"
            "<enter><enter>Báo cáo<ctrl+s>",
        )
        await settle(pilot)
        assert isinstance(app.screen, TasksScreen)
    assert _tasks(db_path) == [("Tổng kết năm", date(2026, 12, 15))]


async def test_meeting_form_ctrl_u_then_a_time_keeps_the_time(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await _open(pilot, "4", "n")
        form = app.screen
        assert form.query_one("#field-time", Input).value == "08:00"
        # kind → title → date (filled in: cleared) → time (filled in: cleared) → … agenda
        await burst(
            pilot,
            "<tab>Hội nghị BTV tháng 12<tab><ctrl+u>10/12/2026<tab><ctrl+u>14:00"
            "<tab>Hội trường<tab><tab><tab><tab><tab>Vấn đề cũ<ctrl+u>Vấn đề một<ctrl+s>",
        )
        await settle(pilot)
        assert isinstance(app.screen, MeetingsScreen)
    with session_scope(open_database(db_path)) as session:
        meeting = session.exec(select(Meeting)).one()
        assert meeting.title == "Hội nghị BTV tháng 12"
        assert meeting.starts_at == datetime(2026, 12, 10, 14, 0)
        assert meeting.place == "Hội trường"
        assert meeting.agenda == "Vấn đề một"


def _assign_to_group(db_path: Path) -> None:
    """A task due 20/11/2026 given to the 38 chi bộ tổ dân phố (set up by the domain)."""
    engine = open_database(db_path)
    with session_scope(engine) as session:
        task = create_task(TaskInput(title="Báo cáo tháng 11", due="20/11/2026"), session=session)
        assign_choice(task.id, ["CB_TDP"], [], session=session)
    engine.dispose()


async def test_done_and_extension_forms_save_on_enter_what_was_typed_before(
    db_path: Path,
) -> None:
    _assign_to_group(db_path)
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("x")
        await settle(pilot)
        # Enter on the last field saves: only once the field has the report's number
        await burst(pilot, "<ctrl+u>21/11/2026<enter>12-BC/CB<enter>")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("g")
        await settle(pilot)
        await burst(pilot, "30/11/2026<tab>Chờ họp chi bộ<tab>Đ/c Phó Bí thư<enter>")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
    with session_scope(open_database(db_path)) as session:
        done = session.exec(
            select(Assignment).where(col(Assignment.completed_date).is_not(None))
        ).one()
        assert (done.completed_date, done.report_ref) == (date(2026, 11, 21), "12-BC/CB")
        extension = session.exec(select(Extension)).one()
        assert (extension.new_due, extension.reason, extension.granted_by) == (
            date(2026, 11, 30),
            "Chờ họp chi bộ",
            "Đ/c Phó Bí thư",
        )


async def test_tab_and_down_into_the_assign_list_take_the_keys_after_them(db_path: Path) -> None:
    _assign_to_group(db_path)
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("down", "a")
        await settle(pilot)
        picker = app.screen
        assert isinstance(picker, AssignPicker)
        listing = picker.query_one(SelectionList)
        search = picker.query_one("#assign-filter", Input)
        await burst(pilot, "<tab> ")  # Space ticks the first line of the list
        await settle(pilot)
        assert (picker.focused, search.value) == (listing, "")
        assert len(picker.ticked) == 1
        await burst(pilot, "<shift+tab>tdp<down>")  # back to the filter, then down again
        await settle(pilot)
        assert (picker.focused, search.value) == (listing, "tdp")
