"""Load and save the ward's unit list as CSV, the way spreadsheets write it.

Export writes UTF-8 with a BOM (so Excel shows the diacritics), and a cell that a
spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``…) after an apostrophe.
Import reads UTF-8 with or without BOM, comma-, semicolon- (Excel with Vietnamese
regional settings) or tab-separated, with the standard quoting rules. Every row is
checked first; any bad row is reported by line number and nothing at all is written.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, select

from secretariat.errors import UserError, os_reason
from secretariat.files import write_atomic
from secretariat.text import fold
from secretariat.units.roster import (
    clean_contact,
    clean_name,
    clean_phone,
    list_units,
    next_code,
    set_groups,
)
from secretariat.units.ward_structure import KIND_LABELS
from storage.models import Unit, UnitGroup, UnitGroupMember

COLUMNS = ("Mã", "Tên đơn vị", "Loại", "Nhóm", "Người liên hệ", "Điện thoại", "Hoạt động")
REQUIRED = ("Mã", "Tên đơn vị", "Loại")
GROUP_SEPARATOR = ";"
_YES = {"co", "1", "x", "true", "yes", "dang hoat dong", "hoat dong"}
_NO = {"khong", "0", "false", "no", "ngung", "ngung hoat dong"}
_KINDS = {fold(label): kind for kind, label in KIND_LABELS.items()} | {k: k for k in KIND_LABELS}
# A cell a spreadsheet would run as a formula starts with one of these (OWASP, CSV
# injection): the export writes it after an apostrophe, as text, and the import drops it.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
TEXT_MARK = "'"


def as_text_cell(value: str) -> str:
    """``value`` as a spreadsheet shows it and never runs it: ``=1+1`` → ``'=1+1``.

    A value that already starts with the apostrophe before such a character gets one
    more, so ``from_text_cell`` gives every value back exactly.
    """
    escaped = value.startswith(TEXT_MARK) and value[1:].startswith((*FORMULA_START, TEXT_MARK))
    return TEXT_MARK + value if value.startswith(FORMULA_START) or escaped else value


def from_text_cell(value: str) -> str:
    """The value ``as_text_cell`` wrote (a spreadsheet's own ``'=…`` is read the same way)."""
    bare = value[1:]
    if value.startswith(TEXT_MARK) and bare.startswith((*FORMULA_START, TEXT_MARK)):
        return bare
    return value


@dataclass(frozen=True)
class UnitRow:
    line: int
    code: str
    name: str
    kind: str
    groups: tuple[str, ...] | None  # None: the column is absent, keep the unit's groups
    contact_person: str | None
    phone: str | None
    active: bool | None


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int


def export_units(path: Path, *, session: Session) -> int:
    """Write every unit to ``path``; return how many rows were written."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    units = list_units(session=session)
    for unit in units:
        writer.writerow(
            as_text_cell(value)
            for value in (
                unit.code,
                unit.name,
                KIND_LABELS.get(unit.kind, unit.kind),
                f"{GROUP_SEPARATOR} ".join(unit.groups),
                unit.contact_person,
                unit.phone,
                "có" if unit.active else "không",
            )
        )
    try:
        write_atomic(path, buffer.getvalue().encode("utf-8-sig"))  # owner-only, like all exports
    except OSError as exc:
        raise UserError(f"Không ghi được tệp {path}: {os_reason(exc)}.") from exc
    return len(units)


def _decode(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UserError(f"Không đọc được tệp {path}: {os_reason(exc)}.") from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise UserError(
            f"Tệp {path.name} không phải UTF-8 (lỗi ở dòng {line}). "
            "Hãy lưu lại từ bảng tính với kiểu «CSV UTF-8»."
        ) from exc


def _separator(text: str) -> str:
    """The header line's separator: comma, semicolon (Excel with Vietnamese regional
    settings) or tab. Only the separator is guessed; the file is then read by the
    standard rules (quoted fields, doubled quotes, separators and line breaks inside)."""
    first_line = text.split("\n", 1)[0]
    try:
        return csv.Sniffer().sniff(first_line, delimiters=",;\t").delimiter
    except csv.Error:
        return ","


def _parse_active(value: str, line: int, errors: list[str]) -> bool | None:
    folded = fold(value)
    if folded == "" or folded in _YES:
        return True
    if folded in _NO:
        return False
    errors.append(f"Dòng {line}: «Hoạt động» phải là «có» hoặc «không», không phải «{value}».")
    return None


def parse_units_csv(path: Path) -> list[UnitRow]:
    """Read and check every row; raise one UserError listing every bad line."""
    text = _decode(path)
    reader = csv.reader(io.StringIO(text, newline=""), "excel", delimiter=_separator(text))
    header = next(reader, None)
    if not header or not any(cell.strip() for cell in header):
        raise UserError(f"Tệp {path.name} trống: cần dòng tiêu đề {', '.join(COLUMNS)}.")
    index = {fold(cell): i for i, cell in enumerate(header)}
    position = {column: index.get(fold(column)) for column in COLUMNS}
    missing = [column for column in REQUIRED if position[column] is None]
    if missing:
        raise UserError(
            f"Tệp {path.name} thiếu cột {', '.join(missing)}. "
            f"Các cột cần có: {', '.join(COLUMNS)} (xuất thử một tệp để xem mẫu)."
        )

    rows: list[UnitRow] = []
    errors: list[str] = []
    seen_codes: dict[str, int] = {}
    # A row's number is the spreadsheet's (the header is row 1): a cell with line breaks
    # inside is still one row, as Excel shows it.
    for line, cells in enumerate(reader, start=2):
        if not any(cell.strip() for cell in cells):
            continue

        def cell(column: str, cells: list[str] = cells) -> str | None:
            at = position[column]
            if at is None:
                return None
            return from_text_cell(cells[at].strip()) if at < len(cells) else ""

        if len(cells) < len(header):
            errors.append(
                f"Dòng {line}: chỉ có {len(cells)} ô trong khi tiêu đề có {len(header)} cột."
            )
            continue
        code = cell("Mã") or ""  # empty: a new unit, the code is made when it is saved
        if code and code in seen_codes:
            errors.append(f"Dòng {line}: mã {code} trùng với dòng {seen_codes[code]}.")
        else:
            seen_codes[code] = line
        try:
            name = clean_name(cell("Tên đơn vị") or "")
        except UserError as exc:
            errors.append(f"Dòng {line}: {exc.message}")
            name = ""
        kind_text = cell("Loại") or ""
        kind = _KINDS.get(fold(kind_text))
        if kind is None:
            errors.append(
                f"Dòng {line}: loại «{kind_text}» không hợp lệ; "
                f"chọn một trong: {', '.join(KIND_LABELS.values())}."
            )
        phone = cell("Điện thoại")
        if phone is not None:
            try:
                phone = clean_phone(phone)
            except UserError as exc:
                errors.append(f"Dòng {line}: {exc.message}")
        groups_text = cell("Nhóm")
        groups = (
            None
            if groups_text is None
            else tuple(g.strip() for g in groups_text.split(GROUP_SEPARATOR) if g.strip())
        )
        active_text = cell("Hoạt động")
        active = None if active_text is None else _parse_active(active_text, line, errors)
        contact = cell("Người liên hệ")
        if contact is not None:
            try:
                contact = clean_contact(contact)
            except UserError as exc:
                errors.append(f"Dòng {line}: {exc.message}")
        rows.append(UnitRow(line, code, name, kind or "", groups, contact, phone, active))
    if errors:
        raise UserError(
            f"Không nhập tệp {path.name}: {len(errors)} lỗi, chưa có gì được ghi.", details=errors
        )
    return rows


def _check_names(rows: list[UnitRow], session: Session) -> None:
    final: dict[str, tuple[str, str]] = {
        unit.code: (fold(unit.name), f"đơn vị {unit.code}")
        for unit in session.exec(select(Unit)).all()
    }
    for row in rows:
        final[row.code or f"dòng {row.line}"] = (fold(row.name), f"dòng {row.line}")
    seen: dict[str, str] = {}
    errors = []
    for folded, where in final.values():
        if folded in seen:
            errors.append(f"Tên trùng nhau: {seen[folded]} và {where}.")
        seen.setdefault(folded, where)
    if errors:
        raise UserError(
            "Không nhập: có tên đơn vị trùng nhau, chưa có gì được ghi.", details=errors
        )


def _group_codes(names: tuple[str, ...], session: Session) -> tuple[str, ...]:
    """Map group names to codes, creating groups the ward has named anew."""
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


def import_units(path: Path, *, session: Session) -> ImportResult:
    """Create or update units by code from ``path``; all rows or none."""
    rows = parse_units_csv(path)
    _check_names(rows, session)
    by_code = {unit.code: unit for unit in session.exec(select(Unit)).all()}
    next_order = max((u.sort_order for u in by_code.values()), default=0) + 1
    created = updated = 0
    for row in rows:
        unit = by_code.get(row.code)
        before = None if unit is None else _state(unit, session)
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
        elif _state(unit, session) != before:
            updated += 1
    return ImportResult(created=created, updated=updated, unchanged=len(rows) - created - updated)


def _state(unit: Unit, session: Session) -> tuple[object, ...]:
    """What an import can change of a unit, to tell real updates from unchanged rows."""
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
