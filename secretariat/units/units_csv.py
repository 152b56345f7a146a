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
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, update
from sqlalchemy import select as core_select
from sqlmodel import Session, select

from secretariat.errors import UserError, os_reason
from secretariat.files import write_atomic
from secretariat.text import fold
from secretariat.units.roster import (
    CODE_PREFIXES,
    clean_contact,
    clean_name,
    clean_phone,
    list_units,
)
from secretariat.units.ward_structure import KIND_LABELS
from storage.audit import log_bulk
from storage.control_chars import without_controls
from storage.models import Unit, UnitGroup, UnitGroupMember, utcnow
from storage.tables import columns, table_of
from storage.write_lock import hold_write_lock

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
# Told how far a long import has gone: («đọc» or «ghi», rows done, rows in all).
Progress = Callable[[str, int, int], None]


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


def parse_units_csv(path: Path, *, progress: Progress | None = None) -> list[UnitRow]:
    """Read and check every row; raise one UserError listing every bad line.

    Control characters (an ESC pasted into a cell) are dropped from the whole text
    first, as the storage hook would drop them from each value, before names are
    squeezed and compared. ``progress("đọc", rows, total)`` every ``BATCH`` rows.
    """
    text = without_controls(_decode(path))
    total = text.rstrip("\n").count("\n")  # rows below the header (a cell may hold a line break)
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
        if progress is not None and (line - 1) % BATCH == 0:
            progress("đọc", line - 1, max(total, line - 1))
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
        if len(code) > CODE_MAX:
            errors.append(f"Dòng {line}: mã dài quá {CODE_MAX} ký tự ({len(code)}).")
        elif code and code in seen_codes:
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


def _check_names(rows: list[UnitRow], folded: list[str], stored: dict[str, _Stored]) -> None:
    final: dict[str, tuple[str, str]] = {
        code: (fold(unit.values["name"]), f"đơn vị {code}") for code, unit in stored.items()
    }
    for row, name in zip(rows, folded, strict=True):
        final[row.code or f"dòng {row.line}"] = (name, f"dòng {row.line}")
    seen: dict[str, str] = {}
    errors = []
    for name, where in final.values():
        if name in seen:
            errors.append(f"Tên trùng nhau: {seen[name]} và {where}.")
        seen.setdefault(name, where)
    if errors:
        raise UserError(
            "Không nhập: có tên đơn vị trùng nhau, chưa có gì được ghi.", details=errors
        )


@dataclass
class _Stored:
    """A unit as stored, with what an import can change of it (plain values, no ORM)."""

    id: int
    values: dict[str, Any]  # name, name_folded, kind, contact_person, phone, active
    groups: frozenset[int]


_CHANGEABLE = ("name", "name_folded", "kind", "contact_person", "phone", "active")


def _stored_units(session: Session) -> dict[str, _Stored]:
    unit = columns(Unit)
    member = columns(UnitGroupMember)
    groups: dict[int, set[int]] = {}
    for unit_id, group_id in session.execute(core_select(member.unit_id, member.group_id)):
        groups.setdefault(unit_id, set()).add(group_id)
    return {
        row.code: _Stored(
            row.id,
            {name: getattr(row, name) for name in _CHANGEABLE},
            frozenset(groups.get(row.id, ())),
        )
        for row in session.execute(
            core_select(unit.id, unit.code, *(unit[name] for name in _CHANGEABLE))
        )
    }


class _Groups:
    """The ward's groups by folded name; a name the file gives anew becomes a group."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.by_name = {fold(g.name): g for g in session.exec(select(UnitGroup)).all()}
        self.known: dict[tuple[str, ...], frozenset[int]] = {}  # most rows repeat a few

    def ids(self, names: tuple[str, ...]) -> frozenset[int]:
        if names not in self.known:
            self.known[names] = self._ids(names)
        return self.known[names]

    def _ids(self, names: tuple[str, ...]) -> frozenset[int]:
        found = set()
        for name in names:
            group = self.by_name.get(fold(name))
            if group is None:
                code = fold(name).upper().replace(" ", "_")[:40]
                group = UnitGroup(code=code, name=name, sort_order=len(self.by_name) + 1)
                self.session.add(group)
                self.session.flush()
                self.by_name[fold(name)] = group
            assert group.id is not None  # flushed
            found.add(group.id)
        return frozenset(found)


class _Codes:
    """Free codes in the style of each kind (``roster.next_code``), counted in memory."""

    def __init__(self, stored: dict[str, _Stored]) -> None:
        self.taken = set(stored)
        self.per_kind: dict[str, int] = {}
        for unit in stored.values():
            kind = unit.values["kind"]
            self.per_kind[kind] = self.per_kind.get(kind, 0) + 1

    def add(self, code: str, kind: str) -> None:
        self.taken.add(code)
        self.per_kind[kind] = self.per_kind.get(kind, 0) + 1

    def next(self, kind: str) -> str:
        prefix = CODE_PREFIXES.get(kind, "DV-")
        number = self.per_kind.get(kind, 0) + 1
        while f"{prefix}{number:02d}" in self.taken:
            number += 1
        return f"{prefix}{number:02d}"


CODE_MAX = 40  # Unit.code's column
BATCH = 5_000  # rows per statement batch, and how often progress is told


def import_units(path: Path, *, session: Session, progress: Progress | None = None) -> ImportResult:
    """Create or update units by code from ``path``; all rows or none.

    The file is read and checked before the database is touched; then the write lock is
    taken (so what is read is what is written over) and every change is written in bulk
    statements, not one ORM object per row: 15,000 rows hold the lock well under two
    seconds. The audit log gets the rows its flush hook would write, the folded names
    are kept, and the text is free of control characters (``parse_units_csv``).
    ``progress(verb, done, total)`` is told every ``BATCH`` rows read and written.
    """
    rows = parse_units_csv(path, progress=progress)
    hold_write_lock(session)
    stored = _stored_units(session)
    folded = [fold(row.name) for row in rows]
    _check_names(rows, folded, stored)
    groups = _Groups(session)
    codes = _Codes(stored)
    unit = columns(Unit)
    next_order = (session.execute(core_select(func.max(unit.sort_order))).scalar() or 0) + 1
    now = utcnow()
    new: list[dict[str, Any]] = []
    new_groups: dict[str, frozenset[int]] = {}
    changed: list[tuple[int, dict[str, Any], dict[str, Any]]] = []
    regrouped: list[tuple[int, frozenset[int], frozenset[int]]] = []
    updated = 0
    for row, name_folded in zip(rows, folded, strict=True):
        values: dict[str, Any] = {"name": row.name, "name_folded": name_folded, "kind": row.kind}
        for name, value in (
            ("contact_person", row.contact_person),
            ("phone", row.phone),
            ("active", row.active),
        ):
            if value is not None:
                values[name] = value
        wanted = None if row.groups is None else groups.ids(row.groups)
        known = stored.get(row.code)
        if known is None:
            code = row.code or codes.next(row.kind)
            codes.add(code, row.kind)
            new.append(
                {"contact_person": "", "phone": "", "active": True}
                | values
                | {
                    "code": code,
                    "sort_order": next_order,
                    "version": 1,
                    "created_at": now,
                    "updated_at": now,
                }
            )
            next_order += 1
            if wanted:
                new_groups[code] = wanted
            continue
        after = known.values | values
        if after != known.values:
            changed.append((known.id, known.values, after))
        if wanted is not None and wanted != known.groups:
            regrouped.append((known.id, known.groups, wanted))
        if _state(after, wanted, known) != _state(known.values, None, known):
            updated += 1
    total = len(new) + len(changed) + len(regrouped)
    done = 0

    def written(count: int) -> None:
        nonlocal done
        before, done = done, done + count
        if progress is not None and done // BATCH != before // BATCH:
            progress("ghi", done, total)

    table = table_of(Unit)
    for start in range(0, len(new), BATCH):
        batch = new[start : start + BATCH]
        session.execute(insert(table), batch)
        written(len(batch))
    created_ids = {}
    if new:
        new_codes = {values["code"] for values in new}
        created_ids = {
            code: unit_id
            for unit_id, code in session.execute(core_select(unit.id, unit.code))
            if code in new_codes
        }
    for start in range(0, len(changed), BATCH):
        changes = changed[start : start + BATCH]
        session.execute(
            update(table)
            .where(unit.id == bindparam("unit_id"))
            .values({name: bindparam(name) for name in _CHANGEABLE} | {"updated_at": now}),
            [{"unit_id": unit_id} | after for unit_id, _, after in changes],
        )
        written(len(changes))
    memberships = table_of(UnitGroupMember)
    dropped = [
        {"unit_id": unit_id, "group_id": group_id}
        for unit_id, had, wanted in regrouped
        for group_id in had - wanted
    ]
    added = [
        {"unit_id": unit_id, "group_id": group_id}
        for unit_id, had, wanted in regrouped
        for group_id in wanted - had
    ] + [
        {"unit_id": created_ids[code], "group_id": group_id}
        for code, wanted in new_groups.items()
        for group_id in wanted
    ]
    if dropped:
        session.execute(
            delete(memberships).where(
                memberships.c.unit_id == bindparam("unit_id"),
                memberships.c.group_id == bindparam("group_id"),
            ),
            dropped,
        )
    if added:
        session.execute(insert(memberships), added)
    written(len(regrouped))
    log_bulk(
        session.connection(),
        table.name,
        sorted(created_ids.values()),
        [(unit_id, before, after) for unit_id, before, after in changed],
    )
    return ImportResult(created=len(new), updated=updated, unchanged=len(rows) - len(new) - updated)


def _state(
    values: dict[str, Any], groups: frozenset[int] | None, known: _Stored
) -> tuple[object, ...]:
    """What an import can change of a unit, to tell real updates from unchanged rows
    (the folded name follows the name)."""
    return (
        values["name"],
        values["kind"],
        values["contact_person"],
        values["phone"],
        bool(values["active"]),
        known.groups if groups is None else groups,
    )
