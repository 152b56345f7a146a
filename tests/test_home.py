"""Hôm nay driven by keys: one row per task, many units recorded at once, a stale unit
refused by name, extending, after a restart (issue 17)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlmodel import col, select

from screens.dialogs.form import FormScreen
from screens.dialogs.task_detail import TaskDetailScreen
from screens.home import HomeScreen, ReviewTable
from secretariat.office.database import open_database
from secretariat.tasks.writes import TaskInput, assign, assign_choice, create_task, mark_done
from storage.engine import session_scope
from storage.models import Assignment, AuditLog, Extension, Unit
from tests.conftest import TODAY, new_office_file
from tests.pilot_helpers import SIZE, make_app, settle, table_text, type_text

TITLE = "Báo cáo kết quả sinh hoạt chi bộ tháng 11"


def _create_tasks(db_path: Path) -> None:
    """A task due 20/11/2026 given to all 38 chi bộ tổ dân phố, and one given to one unit.

    Set up through the domain: typing this very task and picking the group by keys is
    tests/test_tasks_screen.py::test_create_a_task_and_assign_it_to_all_38_chi_bo_tdp."""
    engine = open_database(new_office_file(db_path))
    with session_scope(engine) as session:
        task = create_task(
            TaskInput(title=TITLE, due="20/11/2026", expected_product="Báo cáo"),
            session=session,
        )
        assign_choice(task.id, ["CB_TDP"], [], session=session)
        single = create_task(
            TaskInput(title="Nộp sổ ghi biên bản", due="27/11/2026"), session=session
        )
        office = session.exec(select(Unit.id).where(Unit.name == "Văn phòng Đảng ủy")).one()
        assign(single.id, [office or 0], session=session)
    engine.dispose()


def _commits(app: Any) -> list[int]:
    """The transactions the app's engine commits from now on that wrote assignments, each
    as the number of UPDATE statements it ran on them."""
    seen: list[int] = []
    pending: list[int] = []

    def executed(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("UPDATE ASSIGNMENTS"):
            pending.append(1)

    def committed(_conn: Any) -> None:
        if pending:
            seen.append(len(pending))
        pending.clear()

    event.listen(app.office.engine, "before_cursor_execute", executed)
    event.listen(app.office.engine, "commit", committed)
    event.listen(app.office.engine, "rollback", lambda _conn: pending.clear())
    return seen


async def test_a_38_unit_task_is_one_row_and_12_marked_units_are_done_with_one_x(
    db_path: Path,
) -> None:
    _create_tasks(db_path)
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        rows = table_text(app.screen.query_one(ReviewTable))
        assert rows[0].startswith("Quá hạn |  | 38 việc giao · 1 nhiệm vụ")
        assert [row for row in rows if TITLE in row] == [
            f"quá hạn 1 ngày làm việc (3 ngày) | 20/11/2026 | {TITLE} | 38/38 chi bộ TDP: số 01–38"
        ]
        counts = str(app.screen.query_one("#home-counts").render())
        assert counts.startswith(
            "Theo đơn vị được giao: 38 quá hạn · 0 đến hạn hôm nay · 1 trong 7 ngày tới"
        )

        await pilot.press("enter")  # the task's units, to mark
        await settle(pilot)
        assert isinstance(app.screen, TaskDetailScreen)
        for _ in range(12):  # Space marks a unit and moves down
            await pilot.press("space")
        await settle(pilot)
        assert "Đã chọn 12/38" in str(app.screen.query_one("#task-marked").render())

        commits = _commits(app)
        await pilot.press("x")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await pilot.press("enter")  # keep today's date
        await type_text(pilot, "12-BC/CB")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, TaskDetailScreen), app.screen.query_one("#form-error")
        assert len(commits) == 1  # the 12 units in one transaction
        assert commits[0] >= 12
        assert app.screen.detail.progress.text == "12/38 đã hoàn thành, 26 quá hạn"
        toasts = [n.message for n in app._notifications]
        assert any(
            "Đã ghi nhận 12 đơn vị (Chi bộ TDP số 01–12) hoàn thành" in toast for toast in toasts
        )
        await pilot.press("escape")
        await settle(pilot)
        rows = table_text(app.screen.query_one(ReviewTable))
        assert [row.split(" | ")[-1] for row in rows if TITLE in row] == [
            "26/38 chi bộ TDP: số 13–38"
        ]
    app.office.close()

    with session_scope(open_database(new_office_file(db_path))) as session:
        done = session.exec(
            select(Assignment).where(col(Assignment.completed_date).is_not(None))
        ).all()
        owing = session.exec(select(Assignment).where(col(Assignment.completed_date).is_(None)))
        history = session.exec(
            select(AuditLog.record_id).where(
                AuditLog.table_name == "assignments", AuditLog.field == "completed_date"
            )
        ).all()
        assert len(done) == 12 and len(owing.all()) == 26 + 1
        assert {a.report_ref for a in done} == {"12-BC/CB"}
        assert {a.completed_date for a in done} == {TODAY}
        assert sorted(history) == sorted(a.id for a in done)  # one history entry each


async def test_a_unit_done_elsewhere_meanwhile_is_refused_by_name_the_others_are_saved(
    db_path: Path,
) -> None:
    _create_tasks(db_path)
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("space", "space", "space")  # số 01, 02, 03
        detail = app.screen.detail  # type: ignore[attr-defined]
        second = detail.lines[1]
        assert second.unit == "Chi bộ Tổ dân phố số 02"
        # Another terminal records số 02 while the form is being filled.
        with session_scope(app.office.engine) as session:
            mark_done(second.assignment_id, "22/11/2026", "", today=TODAY, session=session)
        await pilot.press("x")
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, TaskDetailScreen)
        toasts = [n.message for n in app._notifications]
        assert any(
            "Đã ghi nhận 2 đơn vị (Chi bộ TDP số 01, 03)" in toast
            and "Không ghi 1 đơn vị vì vừa thay đổi ở nơi khác: Chi bộ Tổ dân phố số 02 "
            "(đã hoàn thành ngày 22/11/2026)"
            in toast
            for toast in toasts
        ), toasts
        assert app.screen.detail.progress.text == "3/38 đã hoàn thành, 35 quá hạn"

        # a marks every unit still owing; g extends them all with one form
        await pilot.press("a", "g")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await type_text(pilot, "30/11/2026")
        await pilot.press("enter")
        await type_text(pilot, "Chờ họp chi bộ")
        await pilot.press("enter")
        await type_text(pilot, "Đ/c Phó Bí thư Thường trực")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, TaskDetailScreen)
        assert app.screen.detail.progress.text == "3/38 đã hoàn thành"
        await pilot.press("escape")
        await settle(pilot)
        rows = table_text(app.screen.query_one(ReviewTable))
        assert rows[0].startswith("Quá hạn |  | 0 việc giao")
        assert any("còn 4 ngày làm việc (7 ngày) | 30/11/2026 | " + TITLE in row for row in rows)
    app.office.close()

    with session_scope(open_database(new_office_file(db_path))) as session:
        extensions = session.exec(select(Extension)).all()
    assert len(extensions) == 35
    assert {(e.old_due, e.reason) for e in extensions} == {
        (extensions[0].old_due, "Chờ họp chi bộ")
    }


async def test_a_task_of_one_unit_is_recorded_from_its_row(db_path: Path) -> None:
    _create_tasks(db_path)
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.screen.query_one(ReviewTable)
        rows = table_text(table)
        row = next(i for i, text in enumerate(rows) if "Nộp sổ ghi biên bản" in text)
        assert rows[row].endswith("| Văn phòng Đảng ủy")
        table.move_cursor(row=row)
        await pilot.press("x")  # one unit: the form straight away
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert not any("Nộp sổ ghi biên bản" in text for text in table_text(table))
    app.office.close()


async def test_the_task_list_pane_names_the_units_still_owing_as_ranges(db_path: Path) -> None:
    _create_tasks(db_path)
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        pane = str(app.screen.query_one("#tasks-detail").render())
        assert TITLE in pane
        assert "38/38 chi bộ Tổ dân phố chưa xong: số 01–38" in pane
        await pilot.press("right")  # → opens the task view, as Enter does
        await settle(pilot)
        assert isinstance(app.screen, TaskDetailScreen)
    app.office.close()


async def test_the_first_task_of_a_new_office_is_under_the_cursor_when_it_appears(
    db_path: Path,
) -> None:
    """A new office shows only titles; once work is given, Hôm nay's cursor goes to it
    (it stayed on the last title, and Enter only said «Hãy chọn một việc…»)."""
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        engine = open_database(db_path)  # another terminal gives the first work meanwhile:
        with session_scope(engine) as session:  # one overdue task, nothing due later
            task = create_task(TaskInput(title=TITLE, due="20/11/2026"), session=session)
            assign_choice(task.id, ["CB_TDP"], [], session=session)
        engine.dispose()
        app.screen.reload()
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, TaskDetailScreen)
    app.office.close()


async def test_after_a_save_the_screens_out_of_view_read_again_before_they_are_shown(
    db_path: Path,
) -> None:
    """Nhiệm vụ and Văn bản đến, opened before, read the new data in the background once
    a save on Hôm nay is drawn: switching to them then draws fresh rows without reading
    at the key (3 → Nhiệm vụ after a task was done read at the key)."""
    import asyncio

    from screens.directives import DirectivesScreen
    from screens.tasks import TasksScreen
    from secretariat.app import HIDDEN_READ_AFTER

    _create_tasks(db_path)
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        for key in ("3", "2", "1"):
            await pilot.press(key)
            await settle(pilot)
        tasks = app.get_screen_stack("tasks")[0]
        directives = app.get_screen_stack("directives")[0]
        assert isinstance(tasks, TasksScreen) and isinstance(directives, DirectivesScreen)
        before = tasks._shown_stamp
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("space", "x")
        await settle(pilot)
        await pilot.press("enter")
        await type_text(pilot, "12-BC/CB")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, TaskDetailScreen)
        stamp = app.office.change_stamp()
        assert stamp != before  # saved
        await asyncio.sleep(HIDDEN_READ_AFTER + 0.1)
        await settle(pilot)
        # read while Hôm nay's task view is in view, kept to be drawn when shown
        for screen in (tasks, directives):
            assert screen._stashed is not None and screen._stashed.stamp == stamp
        reads: list[str] = []
        original = tasks.fetch
        tasks.fetch = lambda typed: reads.append(typed) or original(typed)  # type: ignore[method-assign]
        await pilot.press("escape", "3")
        await settle(pilot)
        assert app.screen is tasks and reads == []  # drawn from what was read, no read now
        assert tasks._shown_stamp == stamp
        rows = table_text(tasks.query_one("#tasks-table"))
        assert any(TITLE in row and "1/38 đã hoàn thành" in row for row in rows), rows
