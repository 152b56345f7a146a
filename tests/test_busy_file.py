"""A file another terminal keeps busy, and any database error: one Vietnamese sentence for
the clerk, never the database's English with its SQL, and nothing typed is lost
(issue 14, items 8 and 9)."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, OperationalError
from textual.widgets import Input, Static

import storage.engine
from screens.dialogs.form import FormScreen
from screens.messages import attempt
from secretariat.cli import main
from secretariat.directives.register import DirectiveInput, create_directive, directive_list
from secretariat.errors import database_sentence
from secretariat.office.database import open_database
from secretariat.office.open_file import Office
from tests.pilot_helpers import SIZE, make_app, settle, type_text, wait_until

BUSY = "Tệp dữ liệu đang bận (một máy khác đang ghi); chưa lưu, hãy thử lại."


@pytest.fixture
def short_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """A save waits 0.3 s for the lock instead of 10 (the rule is the same, the test fast)."""
    monkeypatch.setattr(storage.engine, "BUSY_TIMEOUT_MS", 300)


@pytest.fixture
def other_terminal(db_path: Path) -> Iterator[sqlite3.Connection]:
    """Another program on the same file; ``BEGIN IMMEDIATE`` on it holds the write lock
    (a long import elsewhere) until ``COMMIT``."""
    open_database(db_path).dispose()
    other = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    yield other
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()


def _directive() -> DirectiveInput:
    return DirectiveInput(
        subject="Về việc tổng kết năm",
        issuer="Thành ủy Hải Phòng",
        received="23/11/2026",
        number_symbol="15-KH/TU",
        issued="20/11/2026",
    )


def test_a_save_that_outwaits_the_lock_is_one_sentence(
    short_wait: None, other_terminal: sqlite3.Connection, db_path: Path
) -> None:
    office = Office(open_database(db_path), db_path)
    other_terminal.execute("BEGIN IMMEDIATE")
    outcome = attempt(lambda: office.write(create_directive, _directive()))
    assert outcome.error == BUSY
    other_terminal.execute("COMMIT")  # the other terminal is done: saving works
    assert attempt(lambda: office.write(create_directive, _directive())).ok
    office.close()


async def test_the_form_keeps_what_was_typed_while_the_file_is_busy(
    short_wait: None, other_terminal: sqlite3.Connection, db_path: Path
) -> None:
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await settle(pilot)
        other_terminal.execute("BEGIN IMMEDIATE")  # the register is open; another one writes
        await pilot.press("n")
        await settle(pilot)
        for value in ("15-KH/TU", "", "Thành ủy Hải Phòng", "Hải Phòng", "20/11/2026"):
            await type_text(pilot, value)
            await pilot.press("enter")
        await pilot.press("enter", "enter")  # ngày đến as offered, số đến the next one
        await type_text(pilot, "Về việc tổng kết năm")
        await pilot.press("ctrl+s")
        form = app.screen
        assert isinstance(form, FormScreen)
        error = form.query_one("#form-error", Static)
        await wait_until(pilot, lambda: BUSY in str(error.render()), "the busy sentence")
        assert str(error.render()) == BUSY
        assert app.screen is form  # still open, every field as typed
        assert form.query_one("#field-subject", Input).value == "Về việc tổng kết năm"
        assert form.query_one("#field-number_symbol", Input).value == "15-KH/TU"

        other_terminal.execute("COMMIT")
        await pilot.press("ctrl+s")  # her turn now: the same input is saved
        await wait_until(pilot, lambda: app.screen is not form, "the form to close")
        rows = app.office.read(directive_list)
        assert [(r.number_symbol, r.subject) for r in rows] == [
            ("15-KH/TU", "Về việc tổng kết năm")
        ]


def test_the_cli_says_a_busy_file_in_one_sentence(
    short_wait: None,
    other_terminal: sqlite3.Connection,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The list comes through a pipe: the other terminal takes the lock once the command
    # has opened the office and is reading it, so the import itself finds the file busy.
    source = tmp_path / "units.csv"
    os.mkfifo(source)

    def feed() -> None:
        with source.open("w", encoding="utf-8") as pipe:  # waits for the command to read
            other_terminal.execute("BEGIN IMMEDIATE")
            pipe.write("Mã,Tên đơn vị,Loại\n,Tổ dân phố số 41,Tổ dân phố\n")

    feeder = threading.Thread(target=feed)
    feeder.start()
    code = main(["units", "import", str(source), "--db", str(db_path)])
    feeder.join()
    assert code != 0
    assert capsys.readouterr().err == f"Lỗi: {BUSY}\n"


def test_every_database_error_is_one_vietnamese_sentence(db_path: Path) -> None:
    engine = open_database(db_path)
    errors: list[BaseException] = []
    with engine.connect() as conn:
        for statement in (
            "INSERT INTO units (id, code, name, kind) VALUES (1, 'X', 'X', 'x')",  # taken id
            "INSERT INTO attachments (directive_id, file_name, stored_name, size, sha256, "
            "created_at) VALUES (999, 'a', 'a', 1, 'a', '2026-01-01')",  # no such directive
            "SELECT nothing FROM nowhere",
        ):
            try:
                conn.execute(text(statement))
            except Exception as exc:
                errors.append(exc)
            conn.rollback()
    engine.dispose()
    assert [type(e) for e in errors] == [IntegrityError, IntegrityError, OperationalError]
    said = [database_sentence(e) for e in errors]
    assert said == [
        "Dữ liệu trùng với một bản ghi vừa được lưu (có thể ở máy khác); chưa lưu, "
        "hãy tải lại rồi xem lại.",
        "Bản ghi liên quan vừa bị xóa hoặc thay đổi ở máy khác; chưa lưu, hãy tải lại rồi thử lại.",
        "Cơ sở dữ liệu báo lỗi; chưa lưu, hãy thử lại.",
    ]
    assert database_sentence(errors[2], saving=False) == "Cơ sở dữ liệu báo lỗi; hãy thử lại."
    assert database_sentence(ValueError("x")) is None
    for sentence in said:
        assert sentence is not None
        assert "SQL" not in sentence and "http" not in sentence
