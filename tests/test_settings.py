"""Cài đặt by keys: an announced day off changes every countdown; the threshold is kept."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from screens.home import ReviewTable
from screens.settings import SettingsScreen
from secretariat.office.database import open_database
from secretariat.tasks.work_calendar import soon_threshold
from secretariat.tasks.writes import TaskInput, assign, create_task
from storage.engine import session_scope
from storage.models import Unit
from tests.pilot_helpers import SIZE, make_app, settle, table_text, type_text


async def test_a_day_off_moves_the_countdown_and_the_threshold_is_saved(db_path: Path) -> None:
    engine = open_database(db_path)
    with session_scope(engine) as session:
        task = create_task(TaskInput(title="Gửi báo cáo tuần", due="27/11/2026"), session=session)
        vp = session.exec(select(Unit.id).where(Unit.code == "PH-VP")).one()
        assign(task.id, [vp], session=session)
    engine.dispose()

    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        rows = table_text(app.screen.query_one(ReviewTable))
        assert any(row.startswith("còn 3 ngày làm việc (4 ngày) | 27/11/2026") for row in rows)

        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, SettingsScreen)
        await pilot.press("n")
        await settle(pilot)
        await type_text(pilot, "25/11/2026")
        await pilot.press("ctrl+s")  # kind: "Ngày nghỉ" is the default
        await settle(pilot)
        assert table_text(app.screen.query_one("#settings-days"))[0].startswith(
            "Thứ Tư, 25/11/2026 | Ngày nghỉ"
        )
        await pilot.press("s")
        await type_text(pilot, "99")
        await pilot.press("enter")  # refused: the box keeps the focus and what was typed
        await settle(pilot)
        box = app.screen.query_one("#settings-soon")
        assert box.has_focus and box.value == "99"
        await pilot.press("backspace", "backspace")
        await type_text(pilot, "1")
        await pilot.press("enter")
        await settle(pilot)

        await pilot.press("1")
        await settle(pilot)
        rows = table_text(app.screen.query_one(ReviewTable))
        assert any(row.startswith("còn 2 ngày làm việc (4 ngày) | 27/11/2026") for row in rows)
    app.office.close()

    with session_scope(open_database(db_path)) as session:
        assert soon_threshold(session=session) == 1


async def test_organisation_names_and_signer_are_edited_in_settings(db_path: Path) -> None:
    from secretariat.org import load_org
    from storage.engine import session_scope

    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        for _ in range(5):
            await pilot.press("enter")  # keep the names, down to «Họ tên người ký»
        await type_text(pilot, "Nguyễn Văn An")
        await pilot.press("ctrl+s")
        await settle(pilot)
        with session_scope(app.office.engine) as session:
            org = load_org(session=session)
        assert (org.name, org.signer_name) == ("ĐẢNG ỦY PHƯỜNG LÊ ÍCH MỘC", "Nguyễn Văn An")
    app.office.close()


async def test_a_day_off_is_typed_as_clerks_type_dates(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        await type_text(pilot, "15/12")  # this year's: the form echoes it in full
        await settle(pilot)
        assert "15/12/2026" in str(app.screen.query_one("#label-day").render())
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert table_text(app.screen.query_one("#settings-days"))[0].startswith(
            "Thứ Ba, 15/12/2026 | Ngày nghỉ"
        )
    app.office.close()


async def test_a_signature_with_one_line_above_the_name(db_path: Path) -> None:
    from secretariat.org import load_org

    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("c")
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        for _ in range(4):
            await pilot.press("enter")  # down to «Chức vụ người ký»
        await pilot.press("ctrl+a", "ctrl+k")  # cleared: «T/M ĐẢNG ỦY» alone signs
        await pilot.press("ctrl+s")
        await settle(pilot)
        with session_scope(app.office.engine) as session:
            org = load_org(session=session)
        assert (org.sign_on_behalf, org.signer_title) == ("T/M ĐẢNG ỦY", "")
    app.office.close()
