"""The real app driven by keys: every screen, the units screen's edits, help, palette, themes."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select
from textual.command import CommandList
from textual.widgets import DataTable, Input, Static

from screens.dialogs.confirm import ConfirmScreen
from screens.dialogs.form import FormScreen
from screens.dialogs.help import HelpScreen
from screens.dialogs.unit_detail import UnitDetailScreen
from screens.directives import DirectivesScreen
from screens.home import HomeScreen
from screens.meetings import MeetingsScreen
from screens.tasks import TasksScreen
from screens.units import UnitsScreen, UnitTable
from secretariat.cli import build_app, build_parser
from secretariat.config import Settings
from secretariat.units.roster import list_units
from storage.engine import make_engine, session_scope, sqlite_url
from storage.models import Unit
from tests.conftest import TODAY
from tests.pilot_helpers import (
    SIZE,
    demo_office,
    make_app,
    settle,
    table_text,
    type_text,
    wait_until,
)


def _stored_unit(db_path: Path, code: str) -> Unit:
    """Read a unit through a second, independent connection to the file."""
    engine = make_engine(sqlite_url(db_path))
    try:
        with session_scope(engine) as session:
            return session.exec(select(Unit).where(Unit.code == code)).one()
    finally:
        engine.dispose()


async def open_units(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("5")
    await settle(pilot)


async def _find(pilot, query: str) -> None:  # type: ignore[no-untyped-def]
    """Search the units screen and land the cursor on the first match."""
    await pilot.press("slash")
    await type_text(pilot, query)
    await pilot.press("enter")
    await settle(pilot)


async def test_every_screen_is_reached_by_its_key_and_shows_data(tmp_path: Path) -> None:
    db_path = tmp_path / "demo.sqlite3"
    demo_office(db_path)
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        counts = str(app.screen.query_one("#home-counts", Static).render())
        assert counts.startswith(
            "Theo đơn vị được giao: 7 quá hạn · 1 đến hạn hôm nay · 25 trong 7 ngày tới"
        )
        home_rows = table_text(app.screen.query_one(DataTable))
        assert any("đến hạn hôm nay" in row for row in home_rows)
        assert any("quá hạn 3 ngày làm việc (5 ngày)" in row for row in home_rows)

        expected = {
            "2": (DirectivesScreen, "604-TB/VPTU"),
            "3": (TasksScreen, "15/10/2025"),
            "4": (MeetingsScreen, "Hội nghị Ban Thường vụ Đảng ủy phường"),
            "5": (UnitsScreen, "Chi bộ Tổ dân phố số 38"),
            "1": (HomeScreen, "Nộp báo cáo kết quả sinh hoạt chi bộ"),
        }
        for key, (screen_class, text) in expected.items():
            await pilot.press(key)
            await settle(pilot)
            assert isinstance(app.screen, screen_class), key
            rows = table_text(app.screen.query_one(DataTable))
            assert any(text in row for row in rows), (key, text)
    app.office.close()


async def test_rename_a_unit_and_find_it_after_restart(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_units(pilot)
        await _find(pilot, "to dan pho so 05")
        await pilot.press("down")  # skip "Chi bộ Tổ dân phố số 05" to the tổ dân phố itself
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        assert app.screen.query_one(Input).value == "Tổ dân phố số 05"
        await type_text(pilot, "Tổ dân phố Đông Hải")  # the name is selected: typing replaces it
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, UnitsScreen)
        # committed before the app said so: a second connection sees it
        assert _stored_unit(db_path, "TDP05").name == "Tổ dân phố Đông Hải"
    app.office.close()

    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_units(pilot)
        rows = [row.split(" | ") for row in table_text(app.screen.query_one(UnitTable))]
        names = {cells[5]: cells[0].strip() for cells in rows}  # code -> name
        assert names["TDP05"] == "Tổ dân phố Đông Hải"
        assert "Tổ dân phố số 05" not in names.values()
    app.office.close()


async def test_bad_name_keeps_what_was_typed_and_saves_nothing(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_units(pilot)
        await _find(pilot, "tdp01")
        await pilot.press("r")
        await settle(pilot)
        await pilot.press("backspace")  # clears the selected name
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        error = str(app.screen.query_one("#form-error", Static).render())
        assert error == "Tên đơn vị không được để trống."

        await type_text(pilot, "Tổ dân phố số 02")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        error = str(app.screen.query_one("#form-error", Static).render())
        assert error == "Đã có đơn vị tên «Tổ dân phố số 02» (mã TDP02)."
        assert app.screen.query_one(Input).value == "Tổ dân phố số 02"  # nothing typed is lost
        await pilot.press("escape", "b")  # what was typed is given up only when asked
        await settle(pilot)
        assert isinstance(app.screen, UnitsScreen)
    assert _stored_unit(db_path, "TDP01").name == "Tổ dân phố số 01"
    app.office.close()


async def test_contact_deactivate_and_add_by_keys(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_units(pilot)
        await _find(pilot, "chi bo y te so 02")
        await pilot.press("e")
        await settle(pilot)
        await type_text(pilot, "Bác sĩ Phạm Văn D")
        await pilot.press("enter")  # Enter goes on to the phone field, it does not save yet
        assert isinstance(app.screen, FormScreen)
        await type_text(pilot, "0225 3 777 888")
        await pilot.press("enter")  # on the last field Enter saves
        await settle(pilot)
        assert isinstance(app.screen, UnitsScreen)

        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("enter")  # the safe answer has the focus
        await settle(pilot)
        assert _stored_unit(db_path, "CB-YT02").active is True
        await pilot.press("d")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        rows = table_text(app.screen.query_one(UnitTable))
        assert any("Chi bộ Y tế số 02" in row and "Ngừng hoạt động" in row for row in rows)

        await pilot.press("escape")  # leave the search
        await pilot.press("n")
        await settle(pilot)
        await type_text(pilot, "Chi bộ Tổ dân phố Bến Rừng")
        await pilot.press("tab", "enter")  # open the kind list
        await pilot.press("down", "down", "down", "down", "enter")  # Chi bộ trực thuộc
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, UnitsScreen)
        selected = app.screen.selected_unit()
        assert selected is not None and selected.name == "Chi bộ Tổ dân phố Bến Rừng"
        assert selected.code == "CB-48"

    stored = _stored_unit(db_path, "CB-YT02")
    assert (stored.contact_person, stored.phone, stored.active) == (
        "Bác sĩ Phạm Văn D",
        "0225 3 777 888",
        False,
    )
    with session_scope(app.office.engine) as session:
        added = [u for u in list_units(session=session) if u.name == "Chi bộ Tổ dân phố Bến Rừng"]
    assert [(u.kind, u.groups) for u in added] == [
        ("chi_bo_truc_thuoc", ("Tất cả tổ chức Đảng", "Chi bộ trực thuộc"))
    ]
    app.office.close()


async def test_a_unit_with_tasks_cannot_be_deleted_from_the_screen(tmp_path: Path) -> None:
    db_path = tmp_path / "demo.sqlite3"
    demo_office(db_path)
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_units(pilot)
        await _find(pilot, "van phong dang uy")
        await pilot.press("enter")  # what the office still owes, and how punctual it is
        await settle(pilot)
        assert isinstance(app.screen, UnitDetailScreen)
        assert app.screen.record.name == "Văn phòng Đảng ủy"
        assert app.screen.record.overdue == 1
        await pilot.press("escape")
        await pilot.press("delete")
        await settle(pilot)
        assert isinstance(app.screen, UnitsScreen)  # no confirmation offered
        assert any("không xóa được" in str(n.message) for n in app._notifications)
    assert _stored_unit(db_path, "PH-VP").active is True
    app.office.close()


async def test_deactivating_a_unit_with_open_work_warns(tmp_path: Path) -> None:
    db_path = tmp_path / "demo.sqlite3"
    demo_office(db_path)
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_units(pilot)
        await _find(pilot, "ubnd phuong")
        assert app.screen.selected_unit().code == "PH-UBND"
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert "việc chưa hoàn thành" in app.screen.question
        await pilot.press("n")
    app.office.close()


async def test_search_keys_down_into_the_list_and_home_end_jump(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_units(pilot)
        await pilot.press("slash")
        await type_text(pilot, "cong an")
        await pilot.press("down")
        table = app.screen.query_one(UnitTable)
        assert table.has_focus
        assert app.screen.query_one("#units-search", Input).value == "cong an"
        await pilot.press("escape")  # clears the filter
        await settle(pilot)
        await pilot.press("end")
        assert app.screen.selected_unit().code == "TDP38"
        await pilot.press("home")
        assert app.screen.selected_unit().code == "PH-BTV"
    app.office.close()


async def test_help_lists_the_keys_of_the_screen_and_the_app(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_units(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        rows = table_text(app.screen.query_one(DataTable))
        for needed in ("r | Đổi tên", "e | Liên hệ", "5 | Đơn vị", "q | Thoát", "^p | Lệnh"):
            assert any(row.startswith(needed) for row in rows), needed
        await pilot.press("escape")
        assert isinstance(app.screen, UnitsScreen)
    app.office.close()


async def test_palette_finds_actions_without_diacritics(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_units(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        await type_text(pilot, "doi ten")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        assert app.screen.form_title.startswith("Đổi tên «")
        await pilot.press("escape")

        await pilot.press("ctrl+p")
        await type_text(pilot, "nhiem vu")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, TasksScreen)

        await pilot.press("ctrl+p")
        await type_text(pilot, "xyzw")

        def shown() -> str:
            options = app.screen.query_one(CommandList)
            return " ".join(
                str(options.get_option_at_index(i).prompt.renderable)
                for i in range(options.option_count)
            )

        # The palette waits a moment before saying nothing matched.
        await wait_until(pilot, lambda: "Không tìm thấy" in shown(), "the palette's answer")
        palette_text = shown()
        assert "Không tìm thấy lệnh nào" in palette_text
        await pilot.press("escape")
    app.office.close()


async def test_ctrl_c_explains_how_to_quit_in_vietnamese(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert [n.title for n in app._notifications] == ["Muốn thoát?"]
        assert app.is_running
    app.office.close()


async def test_theme_is_chosen_by_keys_and_remembered(db_path: Path, tmp_path: Path) -> None:
    settings_path = tmp_path / "config.json"
    app = make_app(db_path, settings_path)
    async with app.run_test(size=SIZE) as pilot:
        assert app.theme == "secretariat-dark"
        await pilot.press("ctrl+t")
        await settle(pilot)
        await type_text(pilot, "tuong phan")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert app.theme == "secretariat-high-contrast"
    app.office.close()
    assert Settings.load(settings_path).theme == "secretariat-high-contrast"

    app = make_app(db_path, settings_path)
    async with app.run_test(size=SIZE):
        assert app.theme == "secretariat-high-contrast"
    app.office.close()


async def test_q_quits(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0
    app.office.close()


async def test_the_command_line_opens_a_working_app(isolated_dirs: Path) -> None:
    """`secretariat` and `secretariat demo` wire the database into the App the same way."""
    for argv, expected in (([], "Tổ dân phố số 38"), (["demo"], "0225 3 871 234")):
        app = build_app(build_parser().parse_args(argv), today=TODAY)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert app.notice  # a new office file / the demo is announced
            await open_units(pilot)
            rows = table_text(app.screen.query_one(UnitTable))
            assert any(expected in row for row in rows), argv
        app.office.close()
    assert (isolated_dirs / "data" / "secretariat" / "secretariat.sqlite3").exists()
    assert (isolated_dirs / "data" / "secretariat" / "demo.sqlite3").exists()
    # the office got its daily backup in the background; the throwaway demo did not
    backups = sorted(p.name for p in (isolated_dirs / "data" / "secretariat" / "backups").iterdir())
    assert backups == [f"secretariat-{TODAY:%Y-%m-%d}.sqlite3"]


async def test_a_failing_load_is_shown_not_fatal(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.office.engine.dispose()
        app.office.engine = make_engine("sqlite:////nonexistent-dir/x.sqlite3")
        await open_units(pilot)
        assert app.is_running
        said = [str(n.message) for n in app._notifications]
        # The database's own words never reach the clerk: its error in one sentence.
        assert said == ["Không mở được tệp dữ liệu; hãy kiểm tra ổ đĩa."]
    app.office.close()


async def test_f5_shows_what_another_terminal_saved(db_path: Path) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_units(pilot)
        engine = make_engine(sqlite_url(db_path))  # a second clerk, another process's view
        with session_scope(engine) as session:
            unit = session.exec(select(Unit).where(Unit.code == "TDP09")).one()
            unit.name = "Tổ dân phố Bến Rừng"
            session.add(unit)
        engine.dispose()
        await pilot.press("f5")
        await settle(pilot)
        rows = table_text(app.screen.query_one(UnitTable))
        assert any("Tổ dân phố Bến Rừng" in row for row in rows)
    app.office.close()


async def test_the_app_opens_no_network_connection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import socket

    attempts: list[object] = []

    def refuse(self, address):  # type: ignore[no-untyped-def]
        attempts.append(address)
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    db_path = tmp_path / "demo.sqlite3"
    demo_office(db_path)
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        for key in ("1", "2", "3", "4", "5", "question_mark", "escape"):
            await pilot.press(key)
            await settle(pilot)
    app.office.close()
    assert attempts == []


def test_the_palette_finds_a_command_by_words_of_its_name_and_help_together() -> None:
    from screens.commands import PaletteEntry, score

    add = PaletteEntry("Thêm", "Phím n: Đăng ký văn bản đến mới", lambda: None)
    edit = PaletteEntry("Sửa", "Phím e: Sửa văn bản đang chọn", lambda: None)

    def never(_name: str) -> float:
        return 0.0

    assert score("them van ban", add, never) > 0.5  # «Thêm» + «… văn bản …»
    assert score("van ban them", add, never) > 0.5  # in any order
    assert score("them van ban", edit, never) == 0  # «thêm» is in neither
    assert score("them", add, never) == 1.0  # the name itself first
