"""A long list scrolls with its cursor: End shows the last row, with a scroll bar."""

from __future__ import annotations

from pathlib import Path

from screens.widgets.table import Table
from tests.pilot_helpers import demo_office, make_app, settle


async def test_end_in_a_long_list_scrolls_to_the_last_row(tmp_path: Path) -> None:
    db_path = tmp_path / "office.sqlite3"
    demo_office(db_path)
    app = make_app(db_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("5")  # Đơn vị: 120 units and their group headings
        await settle(pilot)
        table = app.screen.query_one(Table)
        assert table.row_count > table.size.height  # more rows than the screen holds
        assert table.show_vertical_scrollbar and table.max_scroll_y > 0
        await pilot.press("end")
        await settle(pilot)
        assert table.cursor_row == table.row_count - 1
        top = table.scroll_y
        assert top <= table.cursor_row < top + table.size.height - 1  # the cursor is in view
    app.office.close()


async def test_home_and_end_go_to_the_first_and_last_row_of_any_row_list() -> None:
    from textual.app import App, ComposeResult

    from screens.widgets.table import Table

    class OneTable(App[None]):
        def compose(self) -> ComposeResult:
            yield Table(cursor_type="row")

        def on_mount(self) -> None:
            table = self.query_one(Table)
            table.add_column("Nhiệm vụ", width=20)
            for n in range(40):
                table.add_row(f"việc {n}")
            table.focus()

    app = OneTable()
    async with app.run_test(size=(40, 12)) as pilot:
        table = app.query_one(Table)
        await pilot.press("down", "down", "end")
        assert table.cursor_row == 39
        await pilot.press("home")
        assert table.cursor_row == 0
