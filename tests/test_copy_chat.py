"""Copy to share (issue 17, item 6): Hôm nay's y and the export dialog's Ctrl+Y put the
chat text on the clipboard and show what was copied; the file is still written."""

from __future__ import annotations

from pathlib import Path

from textual.containers import VerticalScroll
from textual.geometry import Region
from textual.widgets import Static

from screens.dialogs.chat_preview import ChatPreviewScreen
from screens.dialogs.form import FormScreen
from screens.home import HomeScreen
from tests.pilot_helpers import SIZE, demo_office, make_app, settle


async def test_y_on_home_copies_todays_chat_text_and_writes_the_file(tmp_path: Path) -> None:
    db_path = tmp_path / "office.sqlite3"
    demo_office(db_path)
    app = make_app(db_path, tmp_path / "config.json")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, ChatPreviewScreen)
        copied = app.clipboard
        assert copied.startswith("BÁO CÁO TIẾN ĐỘ NHIỆM VỤ — ngày 23/11/2026\n")
        assert "SẮP ĐẾN HẠN — HÔM NAY VÀ 7 NGÀY TỚI" in copied
        # the «sắp đến hạn» of the chat text is Hôm nay's «đến hạn hôm nay» + «7 ngày tới»
        assert "sắp đến hạn 26)" in copied
        assert app.screen.text == copied  # the preview shows what was copied
        written = next((tmp_path / "exports").glob("*.md"))
        assert written.read_text(encoding="utf-8") == copied
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
    app.office.close()


async def test_ctrl_y_in_the_export_dialog_exports_and_copies(tmp_path: Path) -> None:
    db_path = tmp_path / "office.sqlite3"
    demo_office(db_path)
    app = make_app(db_path, tmp_path / "config.json")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await pilot.press("ctrl+y")  # this week, the whole ward
        await settle(pilot)
        assert isinstance(app.screen, ChatPreviewScreen)
        assert app.clipboard.startswith("BÁO CÁO TIẾN ĐỘ NHIỆM VỤ — tuần từ 23/11/2026")
        assert next((tmp_path / "exports").glob("*.md")).read_text(encoding="utf-8") == (
            app.clipboard
        )
    app.office.close()


async def test_the_preview_shows_every_letter_at_80_columns(tmp_path: Path) -> None:
    """The chat text's lines are up to 80 columns: at 80×24 the preview wraps them, it does
    not cut their last letters («… (số nhà) d» for «do», found by a new user)."""
    db_path = tmp_path / "office.sqlite3"
    demo_office(db_path)
    app = make_app(db_path, tmp_path / "config.json")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, ChatPreviewScreen)
        copied = app.clipboard
        assert max(len(line) for line in copied.splitlines()) == 80  # wider than the box
        scroll = app.screen.query_one("#chat-scroll", VerticalScroll)
        text = app.screen.query_one("#chat-text", Static)
        room = scroll.scrollable_content_region.width
        assert scroll.max_scroll_x == 0 and text.outer_size.width <= room
        shown = [
            strip.text.rstrip()
            for strip in text.render_lines(Region(0, 0, text.size.width, text.size.height))
        ]
        assert all(len(line) <= room for line in shown)
        assert " ".join(shown).split() == copied.split()  # every word, whole, in order
    app.office.close()
