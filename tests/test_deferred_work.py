"""Work kept off the clerk's path (issue 8): the first-start check runs after the first
screen, and a screen shown again reads again only if the data may have changed."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from textual.widgets import DataTable

from screens.home import HomeScreen
from secretariat.app import SecretariatApp
from secretariat.errors import UserError
from secretariat.office.database import checked_today, open_database
from secretariat.office.open_file import Office
from secretariat.review import daily_review
from secretariat.tasks.writes import TaskInput, assign, create_task
from secretariat.units.roster import list_units, rename_unit
from storage.engine import session_scope
from tests.conftest import TODAY
from tests.pilot_helpers import SIZE, make_app, settle, table_text, wait_until


def _damage_an_index(path: Path) -> bytes:
    """Wreck one page the start path never reads (an index of gia hạn); the header, the
    schema and the tables stay readable. Returns the damaged file's bytes."""
    engine = open_database(path)
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'ix_extensions_at'"
        ).fetchone()
        page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page : root * page] = b"\xa5" * page
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_damaged_file_opens_for_reading_and_refuses_every_write(db_path: Path) -> None:
    broken = _damage_an_index(db_path)
    with pytest.raises(UserError, match="bị hỏng"):
        open_database(db_path)  # the full check at start, as before
    engine = open_database(db_path, defer_check=True)  # no migration due: checked later
    office = Office(engine, db_path, today=lambda: TODAY, verified=checked_today(db_path))
    assert not office.verified
    assert office.read(list_units)  # the clerk sees the office meanwhile
    assert office.read(daily_review, TODAY).open_total == 0  # fills no holiday cache in it

    problem = office.verify()
    assert problem is not None and "bị hỏng" in problem and "chỉ xem được" in problem
    with pytest.raises(UserError, match="Không lưu được") as caught:
        office.write(rename_unit, 1, "Đổi tên")
    assert "bị hỏng" in caught.value.message
    office.close()
    assert db_path.read_bytes() == broken  # nothing written to it
    assert not checked_today(db_path)


def test_a_write_waits_for_the_check_then_saves(db_path: Path) -> None:
    open_database(db_path).dispose()  # created today: not checked yet
    engine = open_database(db_path, defer_check=True)
    office = Office(engine, db_path, today=lambda: TODAY, verified=checked_today(db_path))
    assert not office.verified
    saved = threading.Event()

    def save() -> None:
        office.write(rename_unit, 1, "Ban Thường vụ (đổi tên)")
        saved.set()

    writer = threading.Thread(target=save)
    writer.start()
    assert not saved.wait(0.3)  # held until the file has passed its check
    assert office.verify() is None
    writer.join(10)
    assert saved.is_set() and office.verified
    assert office.read(list_units)[0].name == "Ban Thường vụ (đổi tên)"
    assert checked_today(db_path)  # a later start today skips the full read
    office.close()


async def test_the_app_says_when_the_file_turns_out_damaged(db_path: Path, tmp_path: Path) -> None:
    _damage_an_index(db_path)
    engine = open_database(db_path, defer_check=True)
    office = Office(engine, db_path, today=lambda: TODAY, verified=False)
    app = SecretariatApp(office, settings_path=tmp_path / "settings.json")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        messages = [n.message for n in app._notifications]
        assert any("bị hỏng" in m and "chỉ xem được" in m for m in messages), messages
    office.close()


def _task_from_another_terminal(db_path: Path, title: str) -> None:
    engine = open_database(db_path)
    with session_scope(engine) as session:
        task = create_task(TaskInput(title=title, due="25/11/2026"), session=session)
        assign(task.id or 0, [1], session=session)
    engine.dispose()


async def test_a_screen_shown_again_reads_again_only_after_a_change(db_path: Path) -> None:
    _task_from_another_terminal(db_path, "Báo cáo sơ kết quý")
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        home = app.screen
        assert isinstance(home, HomeScreen)
        await pilot.press("3")  # the first visit fills caches (holidays of the year)
        await settle(pilot)
        await pilot.press("1")
        await settle(pilot)
        shown: list[object] = []
        original = home.show
        home.show = lambda data: (shown.append(data), original(data))  # type: ignore[method-assign]

        await pilot.press("3")
        await settle(pilot)
        await pilot.press("1")
        await settle(pilot)
        assert shown == []  # nothing changed: the screen as it was, no query, no rebuild

        _task_from_another_terminal(db_path, "Kiểm tra hồ sơ đảng viên")
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("1")
        await settle(pilot)
        assert len(shown) == 1
        rows = "\n".join(table_text(home.query_one(DataTable)))
        assert "Kiểm tra hồ sơ đảng viên" in rows and "Báo cáo sơ kết quý" in rows
    app.office.close()


async def test_garbage_is_collected_on_a_timer_not_while_drawing(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc
    import weakref

    import secretariat.app as app_module

    monkeypatch.setattr(app_module, "COLLECT_EVERY", 0.05)
    office = Office(open_database(db_path), db_path, today=lambda: TODAY)
    app = SecretariatApp(office, settings_path=tmp_path / "settings.json", collect_on_timer=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert not gc.isenabled()  # no collection in the middle of a redraw

        class Node:
            other: object = None

        first, second = Node(), Node()
        first.other, second.other = second, first  # a cycle: only the collector frees it
        gone = weakref.ref(first)
        del first, second
        kept = [Node() for _ in range(800)]  # allocations since the last collection
        await wait_until(pilot, lambda: gone() is None, "the timer to collect the cycle")
        assert gone() is None and kept  # the timer collected it
    office.close()
    assert gc.isenabled()  # as Python left it, for whatever runs next in the process


@pytest.mark.parametrize(("preset", "expected"), [(None, "25"), ("200", "200")])
def test_esc_is_not_held_100_ms_unless_the_clerk_asks(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, preset: str | None, expected: str
) -> None:
    import os

    from secretariat.cli import main

    if preset is None:
        monkeypatch.delenv("ESCDELAY", raising=False)
    else:
        monkeypatch.setenv("ESCDELAY", preset)
    open_database(db_path).dispose()
    assert main(["backups", "--db", str(db_path)]) == 0  # any command: set before Textual loads
    assert os.environ["ESCDELAY"] == expected
