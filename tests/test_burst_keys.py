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

import pytest
from sqlmodel import col, select
from textual.pilot import Pilot
from textual.widgets import Input, SelectionList

from screens.base import FilterableScreen
from screens.dialogs.assign_picker import AssignPicker
from screens.dialogs.form import FormScreen
from screens.dialogs.task_detail import TaskDetailScreen
from screens.directives import DirectivesScreen
from screens.home import HomeScreen
from screens.meetings import MeetingsScreen
from screens.tasks import TasksScreen
from screens.units import UnitsScreen
from secretariat.office.database import open_database
from secretariat.tasks.writes import TaskInput, assign_choice, create_task
from storage.engine import session_scope
from storage.models import Assignment, Extension, Meeting, Task
from tests.conftest import new_office_file
from tests.pilot_helpers import SIZE, burst, burst_keys, make_app, settle


def _tasks(db_path: Path) -> list[tuple[str, date | None]]:
    with session_scope(open_database(new_office_file(db_path))) as session:
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
    with session_scope(open_database(new_office_file(db_path))) as session:
        meeting = session.exec(select(Meeting)).one()
        assert meeting.title == "Hội nghị BTV tháng 12"
        assert meeting.starts_at == datetime(2026, 12, 10, 14, 0)
        assert meeting.place == "Hội trường"
        assert meeting.agenda == "Vấn đề một"


def _assign_to_group(db_path: Path) -> None:
    """A task due 20/11/2026 given to the 38 chi bộ tổ dân phố (set up by the domain)."""
    engine = open_database(new_office_file(db_path))
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
        await pilot.press("enter")  # a task given to a group: its units, to mark
        await settle(pilot)
        assert isinstance(app.screen, TaskDetailScreen)
        await pilot.press("space", "x")  # the first unit (Space moves on to the next)
        await settle(pilot)
        # Enter on the last field saves: only once the field has the report's number
        await burst(pilot, "<ctrl+u>21/11/2026<enter>12-BC/CB<enter>")
        await settle(pilot)
        assert isinstance(app.screen, TaskDetailScreen)
        await pilot.press("space", "g")  # the second unit
        await settle(pilot)
        await burst(pilot, "30/11/2026<tab>Chờ họp chi bộ<tab>Đ/c Phó Bí thư<enter>")
        await settle(pilot)
        assert isinstance(app.screen, TaskDetailScreen)
    with session_scope(open_database(new_office_file(db_path))) as session:
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


# --- keys right after a key that moves the focus on a main screen or opens a dialog ---


def _two_tasks(db_path: Path) -> None:
    engine = open_database(new_office_file(db_path))
    with session_scope(engine) as session:
        create_task(TaskInput(title="Báo cáo tháng 11", due="20/11/2026"), session=session)
        create_task(TaskInput(title="Kế hoạch kiểm tra", due="21/11/2026"), session=session)
    engine.dispose()


@pytest.mark.parametrize(
    ("screen_key", "screen_type", "box_id"),
    [
        ("2", DirectivesScreen, "directives-search"),
        ("3", TasksScreen, "tasks-search"),
        ("5", UnitsScreen, "units-search"),
    ],
)
async def test_slash_then_a_word_types_the_word_in_the_search_box(
    db_path: Path, screen_key: str, screen_type: type[FilterableScreen], box_id: str
) -> None:
    _two_tasks(db_path)
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(screen_key)
        await settle(pilot)
        # e, h, a, d and n are the list's keys (edit, history, …): none may run
        await burst(pilot, "/ke hoach dan")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, screen_type)
        box = screen.query_one(f"#{box_id}", Input)
        assert (screen.focused, box.value) == (box, "ke hoach dan")


@pytest.mark.parametrize(
    ("keys", "left_in_the_box"),
    [
        ("/ke hoach<enter>n", "ke hoach"),
        ("/ke hoach<down>n", "ke hoach"),
        ("/ke hoach<escape>n", ""),  # Esc clears the filter
    ],
)
async def test_enter_down_and_esc_leave_the_search_box_before_the_next_key(
    db_path: Path, keys: str, left_in_the_box: str
) -> None:
    _two_tasks(db_path)
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await settle(pilot)
        tasks = app.screen
        await burst(pilot, keys)  # n, back on the list: a new task
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormScreen) and form.form_title == "Nhiệm vụ mới"
        assert tasks.query_one("#tasks-search", Input).value == left_in_the_box


async def test_a_new_task_typed_right_after_n_goes_into_the_form(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await settle(pilot)
        # the 1 and 5 of the date are keys of the list (screens): they must reach the form
        await burst(pilot, "nBáo cáo quý IV<tab>15/12/2026<ctrl+s>")
        await settle(pilot)
        assert isinstance(app.screen, TasksScreen)
    assert _tasks(db_path) == [("Báo cáo quý IV", date(2026, 12, 15))]


async def test_keys_typed_while_a_dialog_is_read_go_into_it(db_path: Path) -> None:
    """e and a read the task in a thread before their dialog shows."""
    _two_tasks(db_path)
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await burst(pilot, "e<ctrl+u>Báo cáo tháng 12<ctrl+s>")
        await settle(pilot)
        assert isinstance(app.screen, TasksScreen)
        # the first line of the assign list (all the TDP), ticked with Space
        await burst(pilot, "a<down> <ctrl+s>")
        await settle(pilot)
        assert isinstance(app.screen, TasksScreen)
    assert sorted(_tasks(db_path)) == [
        ("Báo cáo tháng 12", date(2026, 11, 20)),
        ("Kế hoạch kiểm tra", date(2026, 11, 21)),
    ]
    with session_scope(open_database(new_office_file(db_path))) as session:
        assert session.exec(select(Assignment)).first() is not None


async def test_a_meeting_typed_right_after_n(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        await settle(pilot)
        await burst(
            pilot, "n<tab>Hội nghị BTV tháng 12<tab><ctrl+u>10/12/2026<tab><ctrl+u>14:00<ctrl+s>"
        )
        await settle(pilot)
        assert isinstance(app.screen, MeetingsScreen)
    with session_scope(open_database(new_office_file(db_path))) as session:
        meeting = session.exec(select(Meeting)).one()
        assert (meeting.title, meeting.starts_at) == (
            "Hội nghị BTV tháng 12",
            datetime(2026, 12, 10, 14, 0),
        )


async def test_moves_and_ticks_in_the_assign_list_apply_in_order(db_path: Path) -> None:
    _two_tasks(db_path)
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        picker = app.screen
        assert isinstance(picker, AssignPicker)
        first, _second, third = (value for _prompt, value, _text in picker.options[:3])
        # into the list (line 1), tick it, down twice (line 3), tick it, back to the filter
        await burst(pilot, "<down> <down><down> <shift+tab>")
        await settle(pilot)
        assert picker.ticked == [first, third]
        assert picker.focused is picker.query_one("#assign-filter", Input)
