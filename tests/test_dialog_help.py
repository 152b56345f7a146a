"""``?`` shows the keys on the dialogs that have no text field, as on the main screens
(a modal screen hides the app's own bindings: ``?`` did nothing there)."""

from __future__ import annotations

from pathlib import Path

from screens.dialogs.help import HelpScreen
from screens.dialogs.meeting_detail import MeetingDetailScreen
from screens.dialogs.task_detail import TaskDetailScreen
from tests.pilot_helpers import make_demo_app, settle


async def test_question_mark_lists_a_dialogs_keys(tmp_path: Path) -> None:
    app = make_demo_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        for screen_key, dialog in (("4", MeetingDetailScreen), ("1", TaskDetailScreen)):
            await pilot.press(screen_key)
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, dialog)
            await pilot.press("question_mark")
            await settle(pilot)
            assert isinstance(app.screen, HelpScreen)
            assert app.screen.screen_title == dialog.TITLE  # «Trợ giúp — Chi tiết …»
            shown = " ".join(str(c.description) for c in app.screen.commands)
            assert "Trợ giúp" in shown and "Đóng" in shown  # the dialog's own keys
            await pilot.press("escape")
            await settle(pilot)
            assert isinstance(app.screen, dialog)
            await pilot.press("escape")
            await settle(pilot)
