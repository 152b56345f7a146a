"""The keys a meeting's detail promises work there: «m: viết» opens its minutes, «e: sửa
hội nghị» its form, d its điểm danh, each on the meeting shown (not only from the list)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Static

from screens.dialogs.attendance import AttendanceScreen
from screens.dialogs.form import FormScreen
from screens.dialogs.meeting_detail import MeetingDetailScreen
from screens.meetings import MeetingsScreen
from screens.minutes_editor import MinutesEditorScreen
from tests.pilot_helpers import make_demo_app, settle


async def _open_second_meeting(pilot) -> MeetingDetailScreen:  # type: ignore[no-untyped-def]
    """Hội nghị, the cursor down one meeting (not the first), Enter: its detail."""
    await pilot.press("4")
    await settle(pilot)
    await pilot.press("down", "enter")
    await settle(pilot)
    detail = pilot.app.screen
    assert isinstance(detail, MeetingDetailScreen)
    return detail


@pytest.mark.parametrize(
    ("key", "opens"),
    [("m", MinutesEditorScreen), ("e", FormScreen), ("d", AttendanceScreen)],
)
async def test_a_key_the_meeting_detail_names_works_there(
    tmp_path: Path, key: str, opens: type
) -> None:
    app = make_demo_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        detail = await _open_second_meeting(pilot)
        shown = detail.detail
        note = str(detail.query_one(".screen-note", Static).render())
        assert f"{key}: " in note  # the key is named where the clerk reads

        await pilot.press(key)
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, opens), f"{key} in the meeting's detail opened nothing"
        if isinstance(screen, MinutesEditorScreen | AttendanceScreen):
            assert screen.detail.id == shown.id
        else:
            assert isinstance(screen, FormScreen)
            assert screen.form_title == "Sửa hội nghị"
            assert screen.query_one("#field-title", Input).value == shown.title

        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, MeetingsScreen)
    app.office.close()
