"""Văn bản đến, driven with the keys a clerk presses: register, bad input, search, open, attach."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Input, Static

from screens.dialogs.directive_detail import DirectiveDetailScreen
from screens.dialogs.form import FormScreen
from tests.pilot_helpers import SIZE, make_app, settle, table_text, type_text, wait_until


async def _register(pilot, number: str, issued: str, subject: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("n")
    await settle(pilot)
    for value in (number, "", "Văn phòng Thành ủy Hải Phòng", "Hải Phòng", issued):
        await type_text(pilot, value)
        await pilot.press("enter")
    await pilot.press("enter", "enter")  # ngày đến: today as offered; số đến: the next one
    await type_text(pilot, subject)
    await pilot.press("ctrl+s")
    await settle(pilot)


async def test_register_search_and_open_by_keys(db_path: Path, tmp_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await settle(pilot)
        # A day that does not exist: the form says so and keeps every typed word.
        await _register(pilot, "604-TB/VPTU", "31/02/2026", "Ý kiến chỉ đạo về Lê Ích Mộc")
        assert isinstance(app.screen, FormScreen)
        error = str(app.screen.query_one("#form-error", Static).render())
        assert "Ngày ban hành «31/02/2026» không có thật" in error
        assert app.screen.query_one("#field-subject", Input).value == "Ý kiến chỉ đạo về Lê Ích Mộc"
        issued = app.screen.query_one("#field-issued", Input)
        issued.focus()
        issued.value = ""
        await type_text(pilot, "03/10/2025")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)
        await _register(pilot, "244-KL/TU", "14/04/2023", "Kết luận Hội nghị lần thứ 11")
        table = app.screen.query_one("#directives-table", DataTable)
        rows = table_text(table)
        assert len(rows) == 2
        assert rows[0].startswith("2 | 23/11/2026 | 244-KL/TU | Kết luận")
        assert rows[1].startswith("1 | 23/11/2026 | 604-TB/VPTU | Thông báo")

        await pilot.press("slash")
        await type_text(pilot, "le ich moc")
        await wait_until(  # the list reloads once typing pauses
            pilot, lambda: table.row_count != 2, "the search to reload the register"
        )
        assert [r.split(" | ")[2] for r in table_text(table)] == ["604-TB/VPTU"]
        await pilot.press("escape")
        await settle(pilot)
        assert table.row_count == 2

        # The cursor stays on what the search found. Attach a scan to it, then open it.
        scan = tmp_path / "scan.pdf"
        scan.write_bytes(b"%PDF")
        await pilot.press("a")
        await settle(pilot)
        await type_text(pilot, str(scan))
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, DirectiveDetailScreen)
        facts = str(app.screen.query_one("#directive-facts", Static).render())
        assert "Số, ký hiệu: 604-TB/VPTU · Loại: Thông báo" in facts
        assert "Ngày ban hành: 03/10/2025 · Ngày đến: 23/11/2026 · Số đến: 1/2026" in facts
        assert "Đính kèm: scan.pdf" in facts
        await pilot.press("escape")

    # After a restart the register is still there.
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await settle(pilot)
        assert len(table_text(app.screen.query_one("#directives-table", DataTable))) == 2


async def test_punctuation_in_the_search_box_never_crashes(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await settle(pilot)
        await pilot.press("slash")
        box = app.screen.query_one(".listing-count", Static)
        before = str(box.render())
        await type_text(pilot, '"(*-)[]')
        await wait_until(  # the list reloads once typing pauses
            pilot, lambda: str(box.render()) != before, "the search to reload the register"
        )
        count = str(box.render())
        assert count == "Không tìm thấy văn bản nào."
