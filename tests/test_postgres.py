"""An office on a real PostgreSQL server (issue 19): opening by URL, a clerk's story by
keys, several clerks, a server that drops connections, moving an office and back.

Runs against the server ``SECRETARIAT_TEST_PG`` names (.ci/run starts one); without it
every test here is skipped, saying why. The storage and service tests of the other files
run on both engines through the ``engine`` and ``office`` fixtures.
"""

from __future__ import annotations

import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlmodel import col, select

from screens.dialogs.form import FormScreen
from screens.dialogs.task_detail import TaskDetailScreen
from secretariat.app import SecretariatApp
from secretariat.cli import main
from secretariat.directives.register import (
    DirectiveFilter,
    DirectiveInput,
    create_directive,
    directive_list,
)
from secretariat.errors import UserError, database_sentence
from secretariat.office import server
from secretariat.office.copy import copy_office
from secretariat.office.database import open_database
from secretariat.office.open_file import Office
from secretariat.tasks.writes import TaskInput, create_task
from storage.engine import make_engine, session_scope
from storage.models import Assignment, AuditLog, Directive, Task
from tests.conftest import TODAY, _admin
from tests.pilot_helpers import SIZE, demo_office, settle, type_text
from tests.test_directives_screen import _register


def _server_office(url: str) -> Office:
    return Office(server.open_server(url), server.local_path(url), today=lambda: TODAY, url=url)


async def test_a_clerk_registers_assigns_38_records_one_done_and_restarts(pg_url: str) -> None:
    app = SecretariatApp(_server_office(pg_url))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await settle(pilot)
        await _register(pilot, "604-TB/VPTU", "03/10/2025", "Ý kiến chỉ đạo về Lê Ích Mộc")
        assert not isinstance(app.screen, FormScreen)
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        await type_text(pilot, "Báo cáo kết quả sinh hoạt chi bộ tháng 11")
        await pilot.press("tab")
        await type_text(pilot, "26/11/2026")
        await pilot.press("ctrl+s")
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        await type_text(pilot, "chi bo to dan pho")
        await pilot.press("down", "space", "ctrl+s")
        await settle(pilot)
        await pilot.press("1")
        await settle(pilot)
        await pilot.press("enter")  # the task's 38 units
        await settle(pilot)
        assert isinstance(app.screen, TaskDetailScreen)
        await pilot.press("space", "x")
        await settle(pilot)
        await pilot.press("enter")  # today
        await type_text(pilot, "01-BC/CB")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen.detail.progress.text.startswith("1/38 đã hoàn thành")
    app.office.close()

    restarted = SecretariatApp(_server_office(pg_url))  # another start, the same office
    async with restarted.run_test(size=SIZE) as pilot:
        await settle(pilot)
        with session_scope(restarted.office.engine) as session:
            directive = session.exec(select(Directive)).one()
            task = session.exec(select(Task)).one()
            done = session.exec(
                select(Assignment).where(col(Assignment.completed_date).is_not(None))
            ).all()
            owing = session.exec(select(Assignment).where(col(Assignment.completed_date).is_(None)))
            assert directive.number_symbol == "604-TB/VPTU"
            assert task.title == "Báo cáo kết quả sinh hoạt chi bộ tháng 11"
            assert [a.report_ref for a in done] == ["01-BC/CB"] and len(owing.all()) == 37
    restarted.office.close()


def test_a_server_url_opens_a_server_office_never_a_folder(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "don-vi.csv"
    assert main(["--db", pg_url, "units", "export", str(out)]) == 0
    assert out.exists() and not (tmp_path / "postgresql:").exists()
    monkeypatch.setenv("SECRETARIAT_DB", pg_url)
    assert main(["units", "export", "--force", str(out)]) == 0
    assert main(["restore", str(out)]) == 1
    assert "pg_restore" in capsys.readouterr().err


def test_a_missing_driver_or_a_closed_server_is_one_vietnamese_sentence(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    closed = make_url(pg_url).set(port=1, password="bí-mật").render_as_string(False)
    with pytest.raises(UserError) as caught:
        server.open_server(closed)
    assert caught.value.message.startswith("Không kết nối được máy chủ PostgreSQL")
    assert "bí-mật" not in caught.value.message  # the password is never shown
    with monkeypatch.context() as patched, pytest.raises(UserError) as missing:
        patched.setitem(sys.modules, "psycopg", None)  # as if the extra were not installed
        server.open_server(pg_url)
    assert "pip install -e '.[postgres]'" in missing.value.message


def test_each_clerks_role_is_named_in_the_history(pg_url: str) -> None:
    role = f"thu_ky_lan_{uuid.uuid4().hex[:8]}"  # the cluster's roles outlive a test database
    _admin(f"CREATE ROLE {role} LOGIN")
    owner = create_engine(pg_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with owner.begin() as conn:
        conn.execute(text(f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {role}"))
        conn.execute(text(f"GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {role}"))
    as_clerk = make_url(pg_url).set(username=role).render_as_string(False)
    engine = server.open_server(as_clerk)
    try:
        with session_scope(engine) as session:
            create_task(TaskInput(title="Việc của chị Lan"), session=session)
        with session_scope(engine) as session:
            who = session.exec(select(AuditLog.os_user).where(AuditLog.table_name == "tasks")).all()
        assert who == [role]
    finally:
        engine.dispose()
        with owner.begin() as conn:
            conn.execute(text(f"DROP OWNED BY {role}"))  # its privileges in this database
        owner.dispose()
        _admin(f"DROP ROLE {role}")


def test_screens_see_another_clerks_write_and_timestamps_stay_utc(pg_url: str) -> None:
    office = _server_office(pg_url)
    other = server.open_server(pg_url)
    try:
        before = office.change_stamp()
        assert office.change_stamp() == before  # nothing written: nothing to reload
        with session_scope(other) as session:
            create_task(TaskInput(title="Ghi ở máy khác"), session=session)
        assert office.change_stamp() != before
        with office.engine.connect() as conn:  # a session on the office's own clock
            conn.execute(text("SET TIME ZONE 'Asia/Ho_Chi_Minh'"))
        with session_scope(office.engine) as session:
            task = session.exec(select(Task)).one()
        assert task.created_at.utcoffset() is not None
        assert abs(task.created_at - datetime.now(UTC)).total_seconds() < 120
    finally:
        office.close()
        other.dispose()


def test_a_dropped_connection_is_reopened_and_a_lost_server_is_told_in_vietnamese(
    pg_url: str,
) -> None:
    office = _server_office(pg_url)
    try:
        with session_scope(office.engine) as session:
            create_task(TaskInput(title="Trước khi mất kết nối"), session=session)
        database = make_url(pg_url).database
        _admin(  # the server drops every connection of the office (a restart, a network cut)
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{database}' AND pid <> pg_backend_pid()"
        )
        with session_scope(office.engine) as session:  # the pool notices and reconnects
            create_task(TaskInput(title="Sau khi kết nối lại"), session=session)
            titles = sorted(session.exec(select(Task.title)).all())
        assert titles == ["Sau khi kết nối lại", "Trước khi mất kết nối"]
    finally:
        office.close()
    closed = make_engine(make_url(pg_url).set(port=1).render_as_string(False))
    with pytest.raises(Exception) as caught, session_scope(closed) as session:
        create_task(TaskInput(title="Không tới được máy chủ"), session=session)
    said = database_sentence(caught.value)
    assert said is not None and said.startswith("Mất kết nối tới máy chủ dữ liệu")
    assert "http" not in said and "SQL" not in said


def test_an_office_moves_to_the_server_and_back_with_every_row(
    tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "phuong.sqlite3"
    demo_office(source)
    with session_scope(open_database(source)) as session:
        create_directive(
            DirectiveInput(
                number_symbol="12-TB/ĐU",
                issuer="Đảng ủy phường",
                subject="Chép sang máy chủ",
                received="20/11/2026",
                issued="18/11/2026",
            ),
            session=session,
        )
    empty = make_url(pg_url).set(database=f"{make_url(pg_url).database}_empty")
    _admin(f"CREATE DATABASE {empty.database}")
    empty_url = empty.render_as_string(False)
    try:
        assert main(["--db", str(source), "db", "copy", "--to", empty_url]) == 0
        out = capsys.readouterr().out
        assert "số dòng và tổng kiểm tra khớp ở mọi bảng" in out
        back = tmp_path / "tro-ve.sqlite3"
        assert main(["--db", empty_url, "db", "copy", "--to", str(back)]) == 0
        there = _checksums(capsys.readouterr().out)
        assert there == _checksums(out)  # the same rows, counted and summed on both engines
        # A database that holds an office already is never merged into.
        assert main(["--db", str(source), "db", "copy", "--to", empty_url]) == 1
        assert "đã có dữ liệu" in capsys.readouterr().err
        with pytest.raises(UserError, match="đã có"):
            engine = open_database(source)
            try:
                copy_office(engine, source, str(back), target_path=back, is_server=False)
            finally:
                engine.dispose()
        # The server's copy works as an office: its search finds what the file's finds.
        for query in ("chep sang may chu", "12-tb/du", "ket luan", "d", "thanh uy hai phong"):
            found = {}
            for name, engine in (
                ("file", open_database(source)),
                ("server", server.open_server(empty_url)),
            ):
                with session_scope(engine) as session:
                    rows = directive_list(session=session, filters=DirectiveFilter(query=query))
                found[name] = [row.number_symbol for row in rows]
                engine.dispose()
            assert found["file"] == found["server"], query
        assert found["file"]
    finally:
        _admin(f"DROP DATABASE IF EXISTS {empty.database} WITH (FORCE)")


def _checksums(printed: str) -> list[str]:
    return sorted(line.strip() for line in printed.splitlines() if line.startswith("  "))


def test_the_daily_backup_of_a_server_office_is_a_pg_dump_once_a_day(pg_url: str) -> None:
    office = _server_office(pg_url)
    try:
        made = office.daily_backup()
        assert made is not None and made.read_bytes()[:5] == b"PGDMP"  # pg_dump -Fc
        assert (made.stat().st_mode & 0o777) == 0o600
        assert office.daily_backup() is None  # today's is there
        assert office.verify() is None  # the server checks its own pages
    finally:
        office.close()


def test_a_stale_save_is_refused_under_read_committed_with_two_connections(pg_url: str) -> None:
    """Two clerks read unit 1 at version v; the first renames it and has not committed when
    the second's save arrives: the second waits for the row, then finds the version moved
    on (READ COMMITTED re-checks the UPDATE's condition) and is refused by name."""
    import threading

    from secretariat.units.roster import list_units, rename_unit

    engine = server.open_server(pg_url)
    try:
        with session_scope(engine) as session:
            unit = list_units(session=session)[0]
        outcome: list[BaseException | None] = []
        with session_scope(engine) as first:
            rename_unit(unit.id, "Tên do chị Lan đặt", expected_version=unit.version, session=first)
            first.flush()  # holds the row until this transaction ends

            def second_clerk() -> None:
                try:
                    with session_scope(engine) as second:
                        rename_unit(
                            unit.id, "Tên do anh Hùng đặt", expected_version=unit.version,
                            session=second,
                        )  # fmt: skip
                    outcome.append(None)
                except BaseException as exc:  # the refusal, carried back to the test
                    outcome.append(exc)

            waiting = threading.Thread(target=second_clerk)
            waiting.start()
            waiting.join(timeout=1.0)
            assert waiting.is_alive()  # blocked on the first clerk's row lock
        waiting.join(timeout=10)
        [refusal] = outcome
        assert isinstance(refusal, UserError) and "Tên do chị Lan đặt" in refusal.message
        with session_scope(engine) as session:
            assert list_units(session=session)[0].name == "Tên do chị Lan đặt"
    finally:
        engine.dispose()
