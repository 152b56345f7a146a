"""Every main screen at 80 columns: its list never scrolls sideways, the columns that
identify a row are there, and a resize lays the list out again (issue 17, item 4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, Static

from screens.dialogs.help import HelpScreen
from tests.conftest import SEEDS
from tests.pilot_helpers import make_app, make_demo_app, settle, table_text, type_text

# (key, columns that identify a row, columns shown only when wide)
SCREENS = [
    ("1", ["Nhiệm vụ", "Đơn vị chưa xong"], ["Hạn"]),
    ("2", ["Số, ký hiệu", "Trích yếu"], ["Loại", "Cơ quan ban hành"]),
    ("3", ["Hạn", "Nhiệm vụ"], ["Văn bản/Nguồn"]),
    ("4", ["Thời gian", "Tên hội nghị"], ["Loại", "Biên bản"]),
    ("5", ["Tên đơn vị", "Điện thoại"], ["Trạng thái", "Mã"]),
]


def _labels(table: DataTable[object]) -> list[str]:
    return [str(column.label) for column in table.columns.values()]


@pytest.mark.parametrize(("key", "identifying", "wide_only"), SCREENS)
async def test_a_screen_fits_80_columns_and_relays_out(
    tmp_path: Path, key: str, identifying: list[str], wide_only: list[str]
) -> None:
    app = make_demo_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(key)
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        assert table.row_count
        assert table.virtual_size.width <= table.scrollable_content_region.width
        assert set(identifying) <= set(_labels(table))
        assert not set(wide_only) & set(_labels(table))

        await pilot.resize_terminal(130, 40)
        await settle(pilot)
        assert set(identifying + wide_only) <= set(_labels(table))
        assert table.virtual_size.width <= table.scrollable_content_region.width
        assert table.row_count

        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        assert not set(wide_only) & set(_labels(table))
        assert table.virtual_size.width <= table.scrollable_content_region.width


async def test_a_stopped_unit_says_so_after_its_name_at_80_columns(tmp_path: Path) -> None:
    app = make_demo_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("5")
        await settle(pilot)
        table = app.screen.query_one(DataTable)
        name = table_text(table)[table.cursor_row].split(" | ")[0].strip()
        await pilot.press("d", "y")  # stop it (the status column is hidden at 80)
        await settle(pilot)
        rows = table_text(app.screen.query_one(DataTable))
        assert f"{name} (ngừng)" in [row.split(" | ")[0].strip() for row in rows]


async def test_help_at_80_columns_says_the_highlighted_key_whole(tmp_path: Path) -> None:
    app = make_app(tmp_path / "office.sqlite3", tmp_path / "config.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one(DataTable)
        assert _labels(table) == ["Phím", "Lệnh", "Giải thích"]
        assert table.virtual_size.width <= table.scrollable_content_region.width
        await pilot.press("down")
        await settle(pilot)
        _key, description, _scope, tooltip = app.screen.rows[table.cursor_row]
        shown = str(app.screen.query_one("#help-more", Static).render())
        assert description in shown and tooltip in shown.replace("\n", " ")

        await pilot.resize_terminal(160, 40)
        await settle(pilot)
        assert _labels(table) == ["Phím", "Lệnh", "Phạm vi", "Giải thích"]
        assert not app.screen.query_one("#help-more").display


async def test_the_import_review_at_80_columns_does_not_scroll_sideways(tmp_path: Path) -> None:
    app = make_app(tmp_path / "office.sqlite3", tmp_path / "config.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2")
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        app.screen.query_one("#field-path", Input).value = str(SEEDS / "002_d7018a7c681a6f88.txt")
        await pilot.press("ctrl+s")
        await settle(pilot)
        table = app.screen.query_one("#import-tasks", DataTable)
        assert table.row_count
        assert _labels(table) == ["Nhận", "Hạn", "Nhiệm vụ", "Giao cho"]
        assert table.virtual_size.width <= table.scrollable_content_region.width

        await pilot.resize_terminal(130, 40)
        await settle(pilot)
        assert [c.width for c in table.columns.values()] == [4, 12, 58, 24]
        assert table.row_count


@pytest.mark.parametrize(("key", "table_id"), [("2", "directive-tasks"), ("5", "unit-owes")])
async def test_a_detail_view_at_80_columns_does_not_scroll_sideways(
    tmp_path: Path, key: str, table_id: str
) -> None:
    app = make_demo_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(key)
        await settle(pilot)
        if key == "5":
            await pilot.press("down", "down")  # Văn phòng Đảng ủy, which owes work
        await pilot.press("enter")
        await settle(pilot)
        table = app.screen.query_one(f"#{table_id}", DataTable)
        assert table.row_count
        assert table.virtual_size.width <= table.scrollable_content_region.width


async def test_history_at_80_columns_leaves_the_values_to_the_line_above(tmp_path: Path) -> None:
    app = make_demo_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("h")
        await settle(pilot)
        table = app.screen.query_one("#history-table", DataTable)
        assert table.row_count
        assert _labels(table) == ["Thời gian", "Người", "Việc", "Mục"]
        assert table.virtual_size.width <= table.scrollable_content_region.width


async def test_settings_at_80_columns_show_an_added_day_whole(tmp_path: Path) -> None:
    app = make_app(tmp_path / "office.sqlite3", tmp_path / "config.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("c")
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        await type_text(pilot, "25/11/2026")
        await pilot.press("ctrl+s")  # kind: "Ngày nghỉ" is the default
        await settle(pilot)
        table = app.screen.query_one("#settings-days", DataTable)
        assert table_text(table)[0].startswith("25/11/2026 | Ngày nghỉ")
        assert table.virtual_size.width <= table.scrollable_content_region.width

        await pilot.resize_terminal(130, 40)
        await settle(pilot)
        assert table_text(table)[0].startswith("Thứ Tư, 25/11/2026 | Ngày nghỉ")


async def test_the_register_pane_keeps_the_whole_subject_at_80_columns(tmp_path: Path) -> None:
    """Under the list at 80 columns: the facts on one line, the subject on the two under
    it, whole when it fits them (its second line was cut off)."""
    app = make_demo_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2")
        await settle(pilot)
        screen = app.screen
        row = screen.selected_row()  # type: ignore[attr-defined]
        assert row is not None and 78 < len(row.subject) <= 2 * 70
        pane = screen.query_one("#directives-detail", Static)
        facts, *subject = str(pane.render()).split("\n")
        assert len(facts) <= 78 and facts.startswith(row.number_symbol)
        assert len(subject) == 2 and " ".join(subject) == row.subject
        await pilot.resize_terminal(130, 40)  # wide: the labels come back, one line still
        await settle(pilot)
        facts, *subject = str(pane.render()).split("\n")
        assert "ban hành" in facts and "độ mật: Thường" in facts
        assert " ".join(subject) == row.subject
