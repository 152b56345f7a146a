"""Hôm nay driven by keys: the review sections, marking done, extending, after a restart."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from screens.dialogs.form import FormScreen
from screens.dialogs.task_detail import TaskDetailScreen
from screens.home import HomeScreen, ReviewTable
from secretariat.office.database import open_database
from secretariat.tasks.writes import TaskInput, assign_choice, create_task
from storage.engine import session_scope
from storage.models import Assignment, Extension
from tests.pilot_helpers import SIZE, make_app, settle, table_text, type_text


def _create_and_assign(db_path: Path) -> None:
    """A task due 20/11/2026, given to all 38 chi bộ tổ dân phố. Set up through the domain:
    typing this very task and picking the group by keys is
    tests/test_tasks_screen.py::test_create_a_task_and_assign_it_to_all_38_chi_bo_tdp."""
    engine = open_database(db_path)
    with session_scope(engine) as session:
        task = create_task(
            TaskInput(
                title="Báo cáo kết quả sinh hoạt chi bộ tháng 11",
                due="20/11/2026",
                expected_product="Báo cáo",
            ),
            session=session,
        )
        assign_choice(task.id, ["CB_TDP"], [], session=session)
    engine.dispose()


async def test_a_task_of_38_units_mark_two_done_extend_one_by_keys_then_restart(
    db_path: Path,
) -> None:
    _create_and_assign(db_path)
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        rows = table_text(app.screen.query_one(ReviewTable))
        assert rows[0].startswith("Quá hạn (38)")
        assert "quá hạn 3 ngày | 20/11/2026 | Báo cáo kết quả sinh hoạt chi bộ" in rows[1]

        for _ in range(2):  # the first overdue row, twice: each leaves the list when done
            await pilot.press("x")
            await settle(pilot)
            assert isinstance(app.screen, FormScreen)
            await pilot.press("enter")  # keep today's date
            await type_text(pilot, "Báo cáo số 12-BC/CB")
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, HomeScreen), app.screen.query_one("#form-error").render()

        await pilot.press("g")
        await settle(pilot)
        await type_text(pilot, "31/02/2026")  # impossible: refused, nothing saved
        await pilot.press("enter")
        await type_text(pilot, "Chờ họp chi bộ")
        await pilot.press("enter")
        await type_text(pilot, "Đ/c Phó Bí thư Thường trực")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        assert "tháng 2/2026 chỉ có 28 ngày" in str(app.screen.query_one("#form-error").render())
        await pilot.press("shift+tab", "shift+tab")
        await pilot.press("backspace")  # focusing selected the bad date: clear it, keep the rest
        await type_text(pilot, "30/11/2026")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)

        await pilot.press("enter")  # open the task: its unit matrix
        await settle(pilot)
        assert isinstance(app.screen, TaskDetailScreen)
        assert app.screen.detail.progress.text == "2/38 đã hoàn thành, 35 quá hạn"
        await pilot.press("escape")
    app.office.close()

    with session_scope(open_database(db_path)) as session:
        done = session.exec(select(Assignment).where(Assignment.completed_date.is_not(None))).all()
        extension = session.exec(select(Extension)).one()
    assert [a.report_ref for a in done] == ["Báo cáo số 12-BC/CB"] * 2
    assert (extension.reason, extension.granted_by) == (
        "Chờ họp chi bộ",
        "Đ/c Phó Bí thư Thường trực",
    )

    app = make_app(db_path)  # after a restart the review shows the same
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        rows = table_text(app.screen.query_one(ReviewTable))
        assert rows[0].startswith("Quá hạn (35)")
        assert any(row.startswith("7 ngày tới (1)") for row in rows)
        assert any("còn 4 ngày làm việc (7 ngày) | 30/11/2026" in row for row in rows)
        counts = str(app.screen.query_one("#home-counts").render())
        assert counts.startswith("35 việc quá hạn · 0 đến hạn hôm nay · 1 trong 7 ngày tới")
    app.office.close()
