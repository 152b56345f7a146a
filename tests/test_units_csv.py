"""Loading the ward's real unit list from spreadsheets: round trip and all-or-nothing errors."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from sqlalchemy import Engine

from secretariat.errors import UserError
from secretariat.units.roster import list_units, rename_unit, update_contact
from secretariat.units.units_csv import export_units, import_units
from storage.engine import session_scope

HEADER = "Mã,Tên đơn vị,Loại,Nhóm,Người liên hệ,Điện thoại,Hoạt động\n"


def _snapshot(engine: Engine) -> list[tuple]:
    with session_scope(engine) as session:
        return [
            (u.code, u.name, u.kind, u.groups, u.contact_person, u.phone, u.active)
            for u in list_units(session=session)
        ]


def _import(engine: Engine, path: Path):  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        return import_units(path, session=session)


def test_export_then_import_is_a_round_trip(engine: Engine, tmp_path: Path) -> None:
    before = _snapshot(engine)
    out = tmp_path / "units.csv"
    with session_scope(engine) as session:
        assert export_units(out, session=session) == 120
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel shows the diacritics
    assert out.stat().st_mode & 0o777 == 0o600  # exports are readable by the owner only
    result = _import(engine, out)
    assert (result.created, result.updated, result.unchanged) == (0, 0, 120)
    assert _snapshot(engine) == before


def test_edited_list_renames_adds_and_deactivates(engine: Engine, tmp_path: Path) -> None:
    out = tmp_path / "units.csv"
    with session_scope(engine) as session:
        export_units(out, session=session)
    text = out.read_text(encoding="utf-8-sig")
    text = text.replace("TDP05,Tổ dân phố số 05,", "TDP05,Tổ dân phố Đông Hải,")
    text = text.replace(
        "CB-YT03,Chi bộ Y tế số 03,Chi bộ trực thuộc,"
        "Tất cả tổ chức Đảng; Chi bộ trực thuộc; Chi bộ y tế,,,có",
        "CB-YT03,Chi bộ Y tế số 03,Chi bộ trực thuộc,"
        "Tất cả tổ chức Đảng; Chi bộ trực thuộc; Chi bộ y tế,Bác sĩ Lê C,0225 3 888 999,không",
    )
    text += "TDP39,Tổ dân phố số 39,Tổ dân phố,Tất cả tổ dân phố; Tổ dân phố mới,,,có\n"
    text += ",Chi bộ Tổ dân phố số 39,Chi bộ trực thuộc,Tất cả chi bộ tổ dân phố,,,có\n"
    edited = tmp_path / "edited.csv"
    edited.write_text(text, encoding="utf-8")  # saved without BOM this time
    result = _import(engine, edited)
    assert (result.created, result.updated, result.unchanged) == (2, 2, 118)

    units = {row[0]: row for row in _snapshot(engine)}
    assert units["TDP05"][1] == "Tổ dân phố Đông Hải"
    assert units["CB-YT03"][4:] == ("Bác sĩ Lê C", "0225 3 888 999", False)
    assert units["TDP39"][3] == ("Tất cả tổ dân phố", "Tổ dân phố mới")
    # a row without a code is a new unit; it gets a code in the style of its kind
    assert units["CB-48"][1:4] == (
        "Chi bộ Tổ dân phố số 39",
        "chi_bo_truc_thuoc",
        ("Tất cả chi bộ tổ dân phố",),
    )


def test_semicolon_separated_excel_file_is_read(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes("\ufeffMã;Tên đơn vị;Loại\nTDP02;Tổ dân phố Hòa Bình;tổ dân phố\n".encode())
    _import(engine, path)
    assert {r[0]: r[1] for r in _snapshot(engine)}["TDP02"] == "Tổ dân phố Hòa Bình"


def test_bad_rows_are_reported_by_line_and_nothing_is_written(
    engine: Engine, tmp_path: Path
) -> None:
    before = _snapshot(engine)
    path = tmp_path / "bad.csv"
    path.write_text(
        HEADER
        + "TDP01,Tổ dân phố Một,Tổ dân phố,,,,có\n"  # fine, but must not be written
        + "TDP09,Chỉ hai ô\n"
        + "TDP03,Tổ ba,Loại lạ,,,,có\n"
        + "TDP04,Tổ bốn,Tổ dân phố,,,09x,có\n"
        + "TDP01,Trùng mã,Tổ dân phố,,,,có\n"
        + "TDP06,Tổ sáu,Tổ dân phố,,,,có lẽ\n",
        encoding="utf-8",
    )
    with pytest.raises(UserError) as caught:
        _import(engine, path)
    assert "chưa có gì được ghi" in caught.value.message
    assert caught.value.details == [
        "Dòng 3: chỉ có 2 ô trong khi tiêu đề có 7 cột.",
        "Dòng 4: loại «Loại lạ» không hợp lệ; chọn một trong: Cơ quan, đoàn thể phường, "
        "Đảng bộ cơ sở, Chi bộ cơ sở, Chi bộ trực thuộc, Tổ dân phố.",
        "Dòng 5: Số điện thoại «09x» không hợp lệ: cần bắt đầu bằng 0 hoặc +84 và có "
        "10–11 chữ số (VD: 0912 345 678, 0225 3 888 999).",
        "Dòng 6: mã TDP01 trùng với dòng 2.",
        "Dòng 7: «Hoạt động» phải là «có» hoặc «không», không phải «có lẽ».",
    ]
    assert _snapshot(engine) == before


def test_wrong_columns_non_utf8_and_duplicate_names_are_refused(
    engine: Engine, tmp_path: Path
) -> None:
    before = _snapshot(engine)
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("Code,Name\nX,Y\n", encoding="utf-8")
    with pytest.raises(UserError, match="thiếu cột Mã, Tên đơn vị, Loại"):
        _import(engine, wrong)

    latin = tmp_path / "latin.csv"
    latin.write_bytes(HEADER.encode() + "TDP01,Hòa Bình,To dan pho\n".encode("latin-1"))
    with pytest.raises(UserError, match=r"không phải UTF-8 \(lỗi ở dòng 2\)"):
        _import(engine, latin)

    clash = tmp_path / "clash.csv"
    clash.write_text(HEADER + "TDP01,Tổ dân phố số 02,Tổ dân phố,,,,có\n", encoding="utf-8")
    with pytest.raises(UserError, match="trùng"):
        _import(engine, clash)

    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(UserError, match="trống"):
        _import(engine, empty)
    assert _snapshot(engine) == before


ODD_NAMES = {
    "TDP01": 'Tổ "A"',  # Excel and our export write it as "Tổ ""A"""
    "TDP02": "Chi bộ; số 1",  # the separator of Vietnamese Excel, inside a field
    "TDP03": '=HYPERLINK("http://x","Tổ 3")',  # would run as a formula: escaped
    "TDP04": "'=1+1 đã có dấu nháy",  # a name that already starts with the escape mark
}


@pytest.mark.parametrize("separator", [",", ";"])
def test_names_with_quotes_separators_and_formulas_round_trip(
    engine: Engine, tmp_path: Path, separator: str
) -> None:
    with session_scope(engine) as session:
        by_code = {u.code: u for u in list_units(session=session)}
        for code, name in ODD_NAMES.items():
            rename_unit(by_code[code].id, name, session=session)
        update_contact(by_code["TDP05"].id, "Ông Tư", "+84 912 345 678", session=session)
    before = _snapshot(engine)
    out = tmp_path / "units.csv"
    with session_scope(engine) as session:
        export_units(out, session=session)
    written = out.read_text(encoding="utf-8-sig")
    # No cell a spreadsheet would run: a leading = + - @ is written after an apostrophe.
    cells = [cell for row in csv.reader(io.StringIO(written, newline="")) for cell in row]
    assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@"))]
    assert "'=HYPERLINK" in written and "'+84 912 345 678" in written
    if separator == ";":  # as Excel with Vietnamese regional settings saves it, BOM and all
        rows = list(csv.reader(io.StringIO(written, newline="")))
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=";", lineterminator="\r\n").writerows(rows)
        out.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    result = _import(engine, out)
    assert (result.created, result.updated) == (0, 0)
    assert _snapshot(engine) == before
    with session_scope(engine) as session:
        names = {u.code: u.name for u in list_units(session=session)}
    assert {code: names[code] for code in ODD_NAMES} == ODD_NAMES


@pytest.mark.parametrize("separator", [",", ";"])
def test_a_line_break_inside_a_quoted_field_stays_in_its_row(
    engine: Engine, tmp_path: Path, separator: str
) -> None:
    # A cell typed with Alt+Enter in Excel: the name is one field across two lines.
    rows = [
        ["Mã", "Tên đơn vị", "Loại", "Người liên hệ"],
        ["TDP06", "Tổ dân phố\nĐông Hải 1", "Tổ dân phố", 'Bà "Năm"; tổ trưởng'],
        ["TDP07", "Tổ dân phố số 07", "Tổ dân phố", "Ông Bảy"],
    ]
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=separator, lineterminator="\r\n").writerows(rows)
    path = tmp_path / "units.csv"
    path.write_bytes(buffer.getvalue().encode("utf-8-sig"))
    result = _import(engine, path)
    assert (result.created, result.updated) == (0, 2)
    with session_scope(engine) as session:
        units = {u.code: u for u in list_units(session=session)}
    assert units["TDP06"].name == "Tổ dân phố Đông Hải 1"  # a unit's name is one line
    assert units["TDP06"].contact_person == 'Bà "Năm"; tổ trưởng'
    assert units["TDP07"].contact_person == "Ông Bảy"


def test_a_bad_row_after_a_cell_with_line_breaks_is_named_by_its_spreadsheet_row(
    engine: Engine, tmp_path: Path
) -> None:
    rows = [
        ["Mã", "Tên đơn vị", "Loại", "Người liên hệ"],
        ["TDP06", "Tổ dân phố số 06", "Tổ dân phố", "Bà Năm\r\ntổ trưởng\r\n0912 345 678"],
        ["TDP07", "Tổ dân phố số 07", "Tổ ong", "Ông Bảy"],  # row 3 of the sheet
    ]
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path = tmp_path / "units.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    with pytest.raises(UserError) as refused:
        _import(engine, path)
    assert refused.value.details[0].startswith("Dòng 3: loại «Tổ ong» không hợp lệ")
    rows[2][2] = "Tổ dân phố"
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    _import(engine, path)
    with session_scope(engine) as session:
        units = {u.code: u for u in list_units(session=session)}
    # As the contact form keeps it: one line, spaces squeezed.
    assert units["TDP06"].contact_person == "Bà Năm tổ trưởng 0912 345 678"
