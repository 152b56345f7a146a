"""The summary as a spreadsheet: the unit × task matrix, then the list of assignments.

Sheets, in order:

- ``MẬT`` (only when the summary holds confidential items): the warning, opened first;
- the matrix, named after the scope: one row per unit, one column per task (title and
  its own due date in the header), each cell the status of that unit's assignment with
  its date, filled red (overdue), yellow (due soon), green (done); grey and empty where
  the unit has no part in the task;
- ``Danh sách``: one row per assignment with real date cells.

Both data sheets freeze the header row and the first column (``B2``) and carry an
autofilter over the used range. Confidential sheets also print "MẬT" in the page header.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Sequence
from datetime import date, datetime, time
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.header_footer import _HeaderFooterPart
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from secretariat.dates import format_date
from secretariat.reports.formats import CONFIDENTIAL_WARNING, clip, fixed_zip, marked
from secretariat.reports.summary_records import AssignmentItem, Summary
from secretariat.text import without_controls

CONFIDENTIAL_SHEET = "MẬT"
LIST_SHEET = "Danh sách"
LIST_COLUMNS = (
    "Nhiệm vụ",
    "Văn bản",
    "Đơn vị",
    "Vai trò",
    "Hạn gốc",
    "Hạn hiện tại",
    "Ngày xong",
    "Tình trạng",
)
LIST_WIDTHS = (50, 18, 32, 10, 12, 13, 12, 26)
DATE_FORMAT = "DD/MM/YYYY"
UNIT_HEADER = "Đơn vị"
TASK_TITLE_WIDTH = 50  # characters of a task title in a matrix header cell

# Status kinds of a matrix cell and their fills.
OVERDUE = "overdue"
DUE_SOON = "due_soon"
DONE = "done"
OPEN = "open"
NOT_ASSIGNED = "none"
FILLS = {
    OVERDUE: "FFC7CE",  # red
    DUE_SOON: "FFEB9C",  # yellow
    DONE: "C6EFCE",  # green
    NOT_ASSIGNED: "D9D9D9",  # grey
}

_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
BOLD = Font(bold=True)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
HEADER_ALIGN = Alignment(wrap_text=True, vertical="center", horizontal="center")


def sheet_title(label: str, taken: Sequence[str] = ()) -> str:
    """A sheet name from a scope label: no ``[]:*?/\\``, at most 31 characters, unique."""
    name = " ".join(_FORBIDDEN.sub("-", label).split()).strip("'") or "Tổng hợp"
    name = name[:1].upper() + name[1:]
    name = name[:31].rstrip()
    folded = {other.casefold() for other in taken}
    number = 2
    candidate = name
    while candidate.casefold() in folded:
        suffix = f" ({number})"
        candidate = name[: 31 - len(suffix)].rstrip() + suffix
        number += 1
    return candidate


def cell_kind(item: AssignmentItem, summary: Summary) -> str:
    """Which fill a matrix cell takes, from the dates and the summary's due-soon list."""
    if item.completed is not None:
        return DONE
    if item.due is not None and item.due < summary.made_on:
        return OVERDUE
    for due in summary.due_soon:
        if due.task_id == item.task_id and item.unit in due.units:
            return DUE_SOON
    if item.due is not None and item.due == summary.made_on:
        return DUE_SOON
    return OPEN


def cell_text(item: AssignmentItem) -> str:
    """``Hoàn thành đúng hạn 20/11/2026``, ``Hoàn thành quá hạn 25/11/2026``, ``Quá hạn 2
    ngày làm việc (5 ngày), hạn 15/11/2026``: the official words, as every export says."""
    if item.completed is not None:
        late = item.due is not None and item.completed > item.due
        return f"Hoàn thành {'quá hạn' if late else 'đúng hạn'} {format_date(item.completed)}"
    status = " ".join(item.status.split())
    return f"{status}, hạn {format_date(item.due)}" if item.due else status


def _unit_key(code: str, name: str) -> str:
    return code.strip() or " ".join(name.split())


def _header_centre(sheet: Worksheet) -> _HeaderFooterPart:
    """The centre of the page header (openpyxl gives every new sheet a header)."""
    header = sheet.oddHeader
    assert header is not None
    return header.center


def _frame(sheet: Worksheet, confidential: bool) -> None:
    """Frozen header and first column, autofilter over the used range, print setup."""
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = sheet.dimensions
    sheet.print_title_rows = "1:1"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    if confidential:
        centre = _header_centre(sheet)
        centre.text = "MẬT"
        centre.font = "Times New Roman,Bold"


def _matrix(sheet: Worksheet, summary: Summary) -> None:
    units: dict[str, str] = {}  # key -> name, in the summary's order
    for line in summary.units:
        units.setdefault(_unit_key(line.code, line.name), " ".join(line.name.split()))
    for item in summary.assignments:
        units.setdefault(_unit_key(item.unit_code, item.unit), " ".join(item.unit.split()))
    tasks: dict[int, list[AssignmentItem]] = {}
    for item in summary.assignments:
        tasks.setdefault(item.task_id, []).append(item)

    _cell(sheet, 1, 1, UNIT_HEADER)
    for column, items in enumerate(tasks.values(), start=2):
        first = items[0]
        confidential = any(item.confidential for item in items)
        title = clip(marked(first.title, confidential), TASK_TITLE_WIDTH)
        own_due = next((item.original_due for item in items if item.original_due), None)
        due = f"Hạn {format_date(own_due)}" if own_due else "Không có hạn"
        _cell(sheet, 1, column, f"{title}\n{due}")
        sheet.column_dimensions[get_column_letter(column)].width = 24

    cells = {(_unit_key(i.unit_code, i.unit), i.task_id): i for i in summary.assignments}
    for row, (key, name) in enumerate(units.items(), start=2):
        _cell(sheet, row, 1, name).alignment = WRAP_TOP
        for column, task_id in enumerate(tasks, start=2):
            target = sheet.cell(row=row, column=column)
            target.alignment = WRAP_TOP
            assigned = cells.get((key, task_id))
            kind = NOT_ASSIGNED if assigned is None else cell_kind(assigned, summary)
            if assigned is not None:
                _put(target, cell_text(assigned))
            if kind in FILLS:
                target.fill = PatternFill("solid", start_color=FILLS[kind], end_color=FILLS[kind])

    for header in sheet[1]:
        header.font = BOLD
        header.alignment = HEADER_ALIGN
    sheet.row_dimensions[1].height = 64
    longest = max((len(name) for name in units.values()), default=len(UNIT_HEADER))
    sheet.column_dimensions["A"].width = min(45, max(len(UNIT_HEADER), longest) + 2)


def _date_cell(sheet: Worksheet, row: int, column: int, value: date | None) -> None:
    cell = _cell(sheet, row, column, value)
    if value is not None:
        cell.number_format = DATE_FORMAT


def _list(sheet: Worksheet, summary: Summary) -> None:
    for column, (title, width) in enumerate(zip(LIST_COLUMNS, LIST_WIDTHS, strict=True), 1):
        cell = _cell(sheet, 1, column, title)
        cell.font = BOLD
        cell.alignment = HEADER_ALIGN
        sheet.column_dimensions[get_column_letter(column)].width = width
    for row, item in enumerate(summary.assignments, start=2):
        _cell(sheet, row, 1, marked(item.title, item.confidential))
        _cell(sheet, row, 2, " ".join(item.directive.split()) or None)
        _cell(sheet, row, 3, " ".join(item.unit.split()))
        _cell(sheet, row, 4, item.role)
        _date_cell(sheet, row, 5, item.original_due)
        _date_cell(sheet, row, 6, item.due)
        _date_cell(sheet, row, 7, item.completed)
        _cell(sheet, row, 8, " ".join(item.status.split()))
        kind = cell_kind(item, summary)
        if kind in FILLS:
            fill = PatternFill("solid", start_color=FILLS[kind], end_color=FILLS[kind])
            sheet.cell(row=row, column=8).fill = fill


def _note(sheet: Worksheet, summary: Summary) -> None:
    sheet["A1"] = CONFIDENTIAL_WARNING
    sheet["A1"].font = Font(bold=True, color="C00000", size=14)
    sheet["A2"] = (
        f"Bảng tổng hợp {summary.period.label}, {summary.scope.label} có nhiệm vụ thuộc "
        "văn bản mật (đánh dấu [MẬT]). Quản lý, sử dụng theo chế độ tài liệu mật."
    )
    sheet["A2"].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.column_dimensions["A"].width = 100
    sheet.row_dimensions[2].height = 36
    _header_centre(sheet).text = "MẬT"


def _put(cell: Cell | MergedCell, value: Any) -> Cell | MergedCell:
    """Data is never a formula: a title or a unit name typed as «=HYPERLINK(…)» or «+1…»
    is stored as the text it is (openpyxl takes a leading «=» as a formula), and control
    characters, which a worksheet cannot hold, are removed (rows older than the storage
    guard may still have them)."""
    if isinstance(value, str):
        cell.value = without_controls(value)
        cell.data_type = "s"  # after the value: assigning «=…» made it a formula
    else:
        cell.value = value
    return cell


def _cell(sheet: Worksheet, row: int, column: int, value: Any) -> Cell | MergedCell:
    return _put(sheet.cell(row=row, column=column), value)


def render_xlsx(summary: Summary) -> bytes:
    """The .xlsx bytes (identical for the same summary: fixed metadata and zip times)."""
    workbook = Workbook()
    first = workbook.active
    assert isinstance(first, Worksheet)  # a new Workbook opens on one empty worksheet
    names: list[str] = []
    if summary.has_confidential:
        first.title = CONFIDENTIAL_SHEET
        names.append(first.title)
        _note(first, summary)
        matrix = workbook.create_sheet()
    else:
        matrix = first
    matrix.title = sheet_title(summary.scope.label, names)
    names.append(matrix.title)
    _matrix(matrix, summary)
    _frame(matrix, summary.has_confidential)
    listing = workbook.create_sheet(sheet_title(LIST_SHEET, names))
    _list(listing, summary)
    _frame(listing, summary.has_confidential)
    workbook.active = 0

    stamp = datetime.combine(summary.made_on, time())
    properties = workbook.properties
    properties.creator = summary.org.name
    properties.lastModifiedBy = summary.org.name
    properties.title = f"Tiến độ nhiệm vụ {summary.period.label}, {summary.scope.label}"
    properties.keywords = "MẬT" if summary.has_confidential else None
    properties.created = stamp
    properties.modified = stamp
    buffer = io.BytesIO()
    # ExcelWriter directly: ``Workbook.save`` would stamp "modified" with the clock.
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(workbook, archive).save()
    return fixed_zip(buffer.getvalue(), summary.made_on)
