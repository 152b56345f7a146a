"""Loading the ward's real unit list from spreadsheets: round trip and all-or-nothing errors."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlmodel import Session, select

from secretariat.cli import main
from secretariat.errors import UserError
from secretariat.office.database import open_database
from secretariat.text import fold
from secretariat.units.roster import list_units, next_code, rename_unit, set_groups, update_contact
from secretariat.units.units_csv import export_units, import_units, parse_units_csv
from storage.engine import session_scope
from storage.models import Unit, UnitGroup, UnitGroupMember

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


# --- The bulk import writes what the one-row-at-a-time ORM import wrote ----------------


def _group_codes(names: tuple[str, ...], session: Session) -> tuple[str, ...]:
    """The ORM import's group lookup (before issue 14, item 9), kept as the reference."""
    groups = {fold(g.name): g for g in session.exec(select(UnitGroup)).all()}
    codes = []
    for name in names:
        group = groups.get(fold(name))
        if group is None:
            code = fold(name).upper().replace(" ", "_")[:40]
            group = UnitGroup(code=code, name=name, sort_order=len(groups) + 1)
            session.add(group)
            session.flush()
            groups[fold(name)] = group
        codes.append(group.code)
    return tuple(codes)


def _orm_state(unit: Unit, session: Session) -> tuple[object, ...]:
    group_ids = session.exec(
        select(UnitGroupMember.group_id).where(UnitGroupMember.unit_id == unit.id)
    ).all()
    return (
        unit.name,
        unit.kind,
        unit.contact_person,
        unit.phone,
        unit.active,
        frozenset(group_ids),
    )


def _import_one_row_at_a_time(path: Path, *, session: Session) -> tuple[int, int, int]:
    """The import as it was: one ORM object per row, every session hook on each flush."""
    rows = parse_units_csv(path)
    by_code = {unit.code: unit for unit in session.exec(select(Unit)).all()}
    next_order = max((u.sort_order for u in by_code.values()), default=0) + 1
    created = updated = 0
    for row in rows:
        unit = by_code.get(row.code)
        before = None if unit is None else _orm_state(unit, session)
        if unit is None:
            code = row.code or next_code(row.kind, session=session)
            unit = Unit(code=code, name=row.name, kind=row.kind, sort_order=next_order)
            next_order += 1
        unit.name = row.name
        unit.name_folded = fold(row.name)
        unit.kind = row.kind
        if row.contact_person is not None:
            unit.contact_person = row.contact_person
        if row.phone is not None:
            unit.phone = row.phone
        if row.active is not None:
            unit.active = row.active
        session.add(unit)
        session.flush()
        if row.groups is not None:
            set_groups(unit, _group_codes(row.groups, session), session=session)
            session.flush()
        if before is None:
            created += 1
        elif _orm_state(unit, session) != before:
            updated += 1
    return created, updated, len(rows) - created - updated


TABLES = {
    "units": "id, code, name, name_folded, kind, contact_person, phone, active, sort_order, "
    "version",
    "unit_groups": "id, code, name, sort_order",
    "unit_group_members": "group_id, unit_id",
    # Everything but the time: one row per created unit, one per changed field.
    "audit_log": "os_user, table_name, record_id, action, field, old_value, new_value",
}


def _stored(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    with engine.connect() as conn:
        return {
            table: sorted(
                (tuple(row) for row in conn.execute(text(f"SELECT {cols} FROM {table}"))),
                key=repr,
            )
            for table, cols in TABLES.items()
        }


def test_the_bulk_import_writes_what_the_row_by_row_import_wrote(tmp_path: Path) -> None:
    with_groups = tmp_path / "units.csv"
    with_groups.write_text(
        HEADER
        # a rename, a new contact, deactivated, and moved to other groups (one new)
        + "TDP05,Tổ dân phố Đông Hải,Tổ dân phố,Tất cả tổ dân phố; Nhóm\x1b[2J mới,"
        "Bà Lê Thị \x1b]0;x\x07Hoa,0912 345 678,không\n"
        # unchanged but for its groups (none)
        + "TDP06,Tổ dân phố số 06,Tổ dân phố,,,,có\n"
        # new, with and without a code (the code is made in the style of its kind)
        + "TDP39,Tổ dân phố số 39,Tổ dân phố,Tất cả tổ dân phố; Nhóm mới,,,có\n"
        + ",Chi bộ Tổ dân phố số 39,Chi bộ trực thuộc,Tất cả chi bộ tổ dân phố,,,\n"
        + ",Chi bộ Tổ dân phố số 40,Chi bộ trực thuộc,,Ông Phạm Văn \x1bB,,không\n",
        encoding="utf-8",
    )
    few_columns = tmp_path / "few.csv"  # no groups, contact, phone or active: they stay
    few_columns.write_text(
        "Mã,Tên đơn vị,Loại\nCB-YT01,Chi bộ Y tế phường,Chi bộ trực thuộc\n"
        ",Tổ dân phố số 41,Tổ dân phố\n",
        encoding="utf-8",
    )
    engines = [open_database(tmp_path / f"{name}.sqlite3") for name in ("orm", "bulk")]
    results = []
    for source in (with_groups, few_columns):
        with session_scope(engines[0]) as session:
            orm = _import_one_row_at_a_time(source, session=session)
        with session_scope(engines[1]) as session:
            bulk = import_units(source, session=session)
        results.append((orm, (bulk.created, bulk.updated, bulk.unchanged)))
    stored_orm, stored_bulk = (_stored(engine) for engine in engines)
    for engine in engines:
        engine.dispose()

    assert results == [((3, 2, 0), (3, 2, 0)), ((1, 1, 0), (1, 1, 0))]
    for table in TABLES:
        assert stored_bulk[table] == stored_orm[table], table
    units = {row[1]: row for row in stored_bulk["units"]}
    assert units["TDP05"][2:4] == ("Tổ dân phố Đông Hải", "to dan pho dong hai")
    assert units["TDP05"][5] == "Bà Lê Thị ]0;xHoa"  # the control characters are gone
    assert {"CB-48", "CB-49", "TDP40"} <= set(units)  # codes made as the roster makes them
    assert not any("\x1b" in str(value) for row in stored_bulk["units"] for value in row)
    audited = {(r[2], r[3], r[4], r[5], r[6]) for r in stored_bulk["audit_log"]}
    tdp05 = units["TDP05"][0]
    assert (tdp05, "update", "active", "1", "0") in audited
    assert (units["TDP39"][0], "create", "", None, None) in audited


def test_a_long_import_says_how_far_it_has_gone(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "many.csv"
    source.write_text(
        HEADER
        + "".join(f",Tổ dân phố thử số {n:05d},Tổ dân phố,,,,có\n" for n in range(1, 10_001)),
        encoding="utf-8",
    )
    assert main(["units", "import", str(source), "--db", str(db_path)]) == 0
    told = capsys.readouterr()
    assert "10000 đơn vị mới" in told.out
    assert told.err.splitlines()[-4:] == [
        "Đã đọc 5.000/10.000 dòng…",
        "Đã đọc 10.000/10.000 dòng…",
        "Đã ghi 5.000/10.000 dòng…",
        "Đã ghi 10.000/10.000 dòng…",
    ]
