"""An export never destroys the office's data (issue 14, item 3)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine

from secretariat.cli import main
from secretariat.errors import NeedsConfirmation, UserError
from secretariat.places import export_target
from tests.test_export import build_office


def test_the_offices_own_files_and_odd_targets_are_refused(db_path: Path, tmp_path: Path) -> None:
    db_path.write_bytes(b"")
    for protected in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        with pytest.raises(UserError, match="tệp dữ liệu của văn phòng"):
            export_target(protected, db_path, overwrite=True)
    for folder in ("backups", "attachments"):
        with pytest.raises(UserError, match=f"thư mục {folder}/"):
            export_target(db_path.parent / folder / "x.docx", db_path, overwrite=True)
    link = tmp_path / "bao-cao.docx"
    link.symlink_to(db_path)  # a link to the database is the database
    with pytest.raises(UserError, match="tệp dữ liệu của văn phòng"):
        export_target(link, db_path, overwrite=True)
    with pytest.raises(UserError, match="là một thư mục"):
        export_target(tmp_path, db_path, overwrite=True)
    with pytest.raises(UserError, match="không phải một tệp thường"):
        export_target(Path(os.devnull), db_path, overwrite=True)
    other = tmp_path / "van-phong-khac.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(UserError, match="là một cơ sở dữ liệu"):
        export_target(other, db_path, overwrite=True)


def test_an_existing_file_is_replaced_only_when_the_clerk_says_so(
    db_path: Path, tmp_path: Path
) -> None:
    letter = tmp_path / "thu.docx"
    letter.write_bytes(b"a letter")
    with pytest.raises(NeedsConfirmation, match="đã có"):
        export_target(letter, db_path)
    assert export_target(letter, db_path, overwrite=True) == letter.resolve()
    earlier = db_path.parent / "exports" / "bao-cao-tuan.md"  # an earlier export: replaced
    earlier.parent.mkdir()
    earlier.write_text("old")
    assert export_target(earlier, db_path) == earlier.resolve()
    assert export_target(tmp_path / "moi.docx", db_path) == (tmp_path / "moi.docx").resolve()


@pytest.mark.sqlite_only  # the command line on the office's file
def test_the_cli_cannot_overwrite_the_database(
    engine: Engine, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    build_office(engine)
    engine.dispose()
    before = db_path.read_bytes()
    for argv in (
        ["export", "--db", str(db_path), "--format", "md", "--out", str(db_path), "--force"],
        ["units", "export", str(db_path), "--db", str(db_path), "--force"],
        ["units", "export", f"{db_path}-wal", "--db", str(db_path)],
    ):
        assert main(argv) == 1, argv
        assert "tệp dữ liệu của văn phòng" in capsys.readouterr().err
    assert db_path.read_bytes() == before  # the office is untouched
    letter = tmp_path / "thu.csv"
    letter.write_text("a letter")
    assert main(["units", "export", str(letter), "--db", str(db_path)]) == 1
    assert "thêm --force để ghi đè" in capsys.readouterr().err
    assert letter.read_text() == "a letter"
    assert main(["units", "export", str(letter), "--db", str(db_path), "--force"]) == 0
    assert letter.read_text(encoding="utf-8-sig").startswith("Mã,Tên đơn vị")


async def test_the_export_dialog_asks_before_replacing_a_file_and_refuses_the_database(
    db_path: Path, tmp_path: Path
) -> None:
    from textual.widgets import Input, Static

    from screens.dialogs.form import FormScreen
    from tests.pilot_helpers import SIZE, make_app, settle

    letter = tmp_path / "thu.md"
    letter.write_text("a letter")
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("b")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormScreen)
        out = form.query_one("#field-out", Input)
        out.value = str(db_path)
        await pilot.press("ctrl+s")
        await settle(pilot)
        error = str(form.query_one("#form-error", Static).render())
        assert "đó là tệp dữ liệu của văn phòng" in error and app.screen is form
        out.value = str(letter)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "đã có; xuất sẽ ghi đè" in str(form.query_one("#form-error", Static).render())
        assert letter.read_text() == "a letter"  # asked, nothing written
        await pilot.press("ctrl+s")  # the clerk confirms
        await settle(pilot)
        assert app.screen is not form
    assert letter.read_text() != "a letter"
    assert db_path.stat().st_size > 0


def test_the_minutes_drafts_are_never_an_export_target(tmp_path: Path) -> None:
    from secretariat.places import drafts_dir

    database = tmp_path / "office.sqlite3"
    drafts_dir(database).mkdir()
    with pytest.raises(UserError, match="bản nháp biên bản"):
        export_target(drafts_dir(database) / "minutes-1-ab.json", database)
