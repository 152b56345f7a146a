"""Nhiệm vụ by keys: create a task (bad input first), assign it to a whole group."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlmodel import select
from textual.widgets import DataTable

from screens.dialogs.assign_picker import AssignPicker
from screens.dialogs.form import FormScreen
from screens.tasks import TasksScreen
from secretariat.office.database import open_database
from secretariat.tasks.writes import TaskInput, assign_group, create_task
from storage.engine import session_scope
from storage.models import Assignment, Directive, Task, Unit
from tests.conftest import new_office_file
from tests.pilot_helpers import SIZE, make_app, settle, table_text, type_text, wait_until


async def test_create_a_task_and_assign_it_to_all_38_chi_bo_tdp(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await settle(pilot)
        assert isinstance(app.screen, TasksScreen)
        await pilot.press("n")
        await settle(pilot)
        await pilot.press("enter")  # empty title
        await type_text(pilot, "31/02/2026")
        await pilot.press("enter")
        await type_text(pilot, "Báo cáo")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        error = str(app.screen.query_one("#form-error").render())
        assert error.splitlines() == [
            "Tên nhiệm vụ không được để trống.",
            "Hạn «31/02/2026» không có thật: tháng 2/2026 chỉ có 28 ngày.",
        ]
        # the cursor went to the field of the first problem: the title
        assert app.screen.focused is app.screen.query_one("#field-title")
        await type_text(pilot, "Báo cáo kết quả sinh hoạt chi bộ tháng 12")
        await pilot.press("tab", "backspace")  # the date field: clear the impossible date
        await type_text(pilot, "18/12/2026")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, TasksScreen)

        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, AssignPicker)
        await type_text(pilot, "chi bo to dan pho")
        await pilot.press("down", "space")  # the group comes first
        await settle(pilot)
        chosen = str(app.screen.query_one("#assign-chosen").render())
        assert chosen == "Đã chọn: Nhóm: Tất cả chi bộ tổ dân phố (38)"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, TasksScreen)
        rows = table_text(app.screen.query_one(DataTable))
        assert rows == [
            "18/12/2026 | Báo cáo kết quả sinh hoạt chi bộ tháng 12 |  | 0/38 đã hoàn thành | "
        ]
    app.office.close()

    with session_scope(open_database(new_office_file(db_path))) as session:
        task = session.exec(select(Task)).one()
        roles = {a.role for a in session.exec(select(Assignment)).all()}
        count = len(session.exec(select(Assignment)).all())
    assert (task.expected_product, count, roles) == ("Báo cáo", 38, {"chu_tri"})


async def test_a_due_date_before_the_directive_warns_then_saves_on_confirmation(
    db_path: Path,
) -> None:
    engine = open_database(new_office_file(db_path))
    with session_scope(engine) as session:
        session.add(
            Directive(
                number_symbol="604-TB/VPTU", doc_type="Thông báo", issued_date=date(2025, 10, 3)
            )
        )
    engine.dispose()
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        await type_text(pilot, "Ban hành chương trình hành động")
        await pilot.press("enter")
        await type_text(pilot, "01/10/2025")
        await pilot.press("enter")
        await pilot.press("tab", "tab")  # past the kind, onto «Văn bản giao nhiệm vụ»
        await pilot.press("enter", "down", "enter")  # the only directive
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        error = str(app.screen.query_one("#form-error").render())
        # Everything doubtful is asked about once, together.
        assert error.splitlines() == [
            "Xin xem lại 2 điều trước khi lưu:",
            "• Hạn 01/10/2025 trước ngày ban hành văn bản 604-TB/VPTU (03/10/2025).",
            "• Hạn 01/10/2025 đã qua (hôm nay 23/11/2026): nhiệm vụ sẽ hiện là quá hạn ngay.",
            "Nếu đúng như vậy, nhấn Ctrl+S lần nữa để vẫn lưu.",
        ]
        assert app.screen.focused is app.screen.query_one("#field-due")
        assert app.screen.values()["due"] == "01/10/2025"  # what was typed stays
        with session_scope(app.office.engine) as session:
            assert session.exec(select(Task)).all() == []  # a warning saves nothing
        # The clerk checks the paper: the date is right. Ctrl+S again saves it.
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)
    app.office.close()
    with session_scope(open_database(new_office_file(db_path))) as session:
        (task,) = session.exec(select(Task)).all()
        assert task.due_date == date(2025, 10, 1)


async def test_picker_ticks_survive_filtering_and_the_first_unit_leads(db_path: Path) -> None:
    engine = open_database(new_office_file(db_path))
    with session_scope(engine) as session:
        create_task(TaskInput(title="Chuẩn bị hội nghị", due="30/11/2026"), session=session)
    engine.dispose()
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        await type_text(pilot, "tdp 5")
        await settle(pilot)
        await pilot.press("down", "down", "space")  # the second match
        await settle(pilot)
        first = str(app.screen.query_one("#assign-chosen").render())
        await pilot.press("shift+tab")
        await pilot.press(*["backspace"] * 5)
        await type_text(pilot, "ubnd phuong")
        await settle(pilot)
        await pilot.press("down", "down", "space")
        await settle(pilot)
        chosen = str(app.screen.query_one("#assign-chosen").render())
        assert chosen.startswith(first + "; ")  # the first tick is still there, filtered out
        await pilot.press("ctrl+s")
        await settle(pilot)
    app.office.close()
    with session_scope(open_database(new_office_file(db_path))) as session:
        rows = session.exec(
            select(Unit.name, Assignment.role).join(Assignment, Assignment.unit_id == Unit.id)
        ).all()
    assert len(rows) == 2
    assert sorted(role for _name, role in rows) == ["chu_tri", "phoi_hop"]
    lead = next(name for name, role in rows if role == "chu_tri")
    assert lead in first


async def test_the_list_draws_a_page_and_loads_the_next_at_its_end(db_path: Path) -> None:
    page = TasksScreen.PAGE
    engine = open_database(new_office_file(db_path))
    with session_scope(engine) as session:
        for n in range(page + 5):
            create_task(TaskInput(title=f"Việc số {n:03d}", due="30/12/2026"), session=session)
    engine.dispose()
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await settle(pilot)
        table = app.screen.query_one("#tasks-table", DataTable)
        assert table.row_count == page
        await pilot.press("end")  # the last row drawn: the next page comes
        await settle(pilot)
        assert table.row_count == page + 5
        assert table.cursor_row == page - 1  # the clerk stays where they were
        titles = [str(table.get_row_at(row)[1]) for row in range(table.row_count)]
        assert titles == [f"Việc số {n:03d}" for n in range(page + 5)]  # only the new page

        await pilot.press("1")  # away and back, nothing changed: the rows stay as they were
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        assert table.row_count == page + 5 and table.cursor_row == page - 1
        last = f"{page + 4:03d}"
        await pilot.press("slash", *last)  # a filter: its own rows only
        await wait_until(pilot, lambda: table.row_count != page + 5, "the filter to reload")
        assert [str(table.get_row_at(row)[1]) for row in range(table.row_count)] == [
            f"Việc số {last}"
        ]
    app.office.close()


async def test_a_cell_too_long_for_its_column_ends_with_an_ellipsis(db_path: Path) -> None:
    engine = open_database(new_office_file(db_path))
    with session_scope(engine) as session:
        task = create_task(TaskInput(title="Báo cáo quý III", due="01/10/2026"), session=session)
        assign_group(task.id, "CB_TDP", session=session)  # 38 units, all overdue
    engine.dispose()
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        assert table_text(table)[0].split(" | ")[3] == "0/38 đã hoàn thành, 38 quá hạn"
        shown = table.render_line(1).text  # the first row under the header
        assert "0/38 đã hoàn thành, 38 quá …" in shown  # 28 columns: cut, and it says so
