"""The history dialog (h) at 80 columns: every field name whole, nothing scrolled sideways."""

from __future__ import annotations

from pathlib import Path

from rich.cells import cell_len
from sqlmodel import select
from textual.widgets import DataTable

from screens.dialogs.history import HistoryScreen
from secretariat.office.database import open_database
from storage.engine import session_scope
from storage.models import Directive
from tests.pilot_helpers import demo_office, make_app, settle, table_text

LONGEST = "Ghi chú cách lấy toàn văn"  # the longest field name a directive's history says


def _read_by_ocr(db_path: Path, directive_id: int) -> None:
    """Record how a directive's text was obtained, as an import of a scan does."""
    engine = open_database(db_path)
    with session_scope(engine) as session:
        directive = session.exec(select(Directive).where(Directive.id == directive_id)).one()
        directive.text_origin = "ocr"
        directive.text_origin_note = "Tesseract 5.3.0, tiếng Việt (vie), 3 trang, độ tin cậy 91%"
        directive.text_confidence = 0.91
        session.add(directive)
    engine.dispose()


async def test_history_at_80_columns_says_every_field_name_whole(tmp_path: Path) -> None:
    db_path = tmp_path / "demo.sqlite3"
    demo_office(db_path)
    app = make_app(db_path, tmp_path / "config.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("2")
        await settle(pilot)
        row = app.screen.selected_row()  # type: ignore[attr-defined]
        _read_by_ocr(db_path, row.id)  # saved meanwhile, as on another computer
        await pilot.press("h")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, HistoryScreen)
        fields = {line.field for line in screen.lines}
        assert LONGEST in fields and "Độ tin cậy OCR" in fields
        table = screen.query_one("#history-table", DataTable)
        assert [str(c.label) for c in table.columns.values()] == [
            "Thời gian",
            "Người",
            "Việc",
            "Mục",
        ]
        assert table.virtual_size.width <= table.scrollable_content_region.width
        field_column = list(table.columns.values())[3]
        assert field_column.width >= cell_len(LONGEST)
        shown = [row.split(" | ")[3] for row in table_text(table)]
        assert LONGEST in shown  # as the table stores it …
        # … and as it draws it: the whole name on the screen, no «…»
        screen_text = "\n".join(
            "".join(segment.text for segment in table.render_line(y))
            for y in range(table.size.height)
        )
        assert LONGEST in screen_text
        assert "Ghi chú các…" not in screen_text
