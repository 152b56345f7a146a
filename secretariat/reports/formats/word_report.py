"""The summary as a Party "Báo cáo" (Hướng dẫn 36-HD/VPTW), ready to print and sign.

A4, Times New Roman 14 (tables 12-13, ``w:eastAsia`` set), the margins of the biên bản.
Layout, top to bottom: [the MẬT line, first paragraph of the document, when the summary
holds confidential items]; the header block (borderless two-column table; «Số 15-BC/ĐU», or
with no number the blank «Số      -BC/ĐU» offices fill in by hand); "BÁO CÁO" and its trích
yếu; sections I-VI with grid tables whose header row repeats on each page; the "Nơi nhận"
and signature blocks side by side (borderless two-column table). The number and the signer
are read and remembered by ``secretariat.reports.signing``.

The page setup, fonts and table helpers are those of ``secretariat.party_document``, which
the biên bản uses too, so both documents look alike.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime, time

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.shared import Cm, Mm, Pt
from docx.table import Table

from secretariat.dates import format_date, time_line
from secretariat.party_document import (
    HEADER_SMALL_PT,
    HEADER_WIDTHS,
    NATION,
    add_paragraph,
    compact_cell,
    fixed_widths,
    keep_together,
    no_borders,
    place_date_line,
    setup_document,
)
from secretariat.reports.formats import fixed_zip, marked, percent
from secretariat.reports.formats.chat_text import capped, completion, meeting_title
from secretariat.reports.signing import number_line, signature_lines
from secretariat.reports.summary_records import CompletedItem, StatusCounts, Summary, UnitLine
from secretariat.units.ranges import owing_line, units_text

DOCUMENT_KIND = "BÁO CÁO"
CONFIDENTIAL_LINE = "MẬT — Tài liệu có nội dung mật"
TITLE_PT = 15
SMALL_PT = 12  # tables, "Nơi nhận" list
RECIPIENTS = ("- Ban Thường vụ Thành ủy (để b/c),", "- Lưu Văn phòng Đảng ủy.")
SIGNATURE_SPACE = 4
TEXT_WIDTH = Mm(165)  # A4 minus the 30 mm and 15 mm side margins

OVERDUE_COLUMNS = ("TT", "Nhiệm vụ", "Văn bản", "Hạn", "Quá hạn", "Đơn vị chưa xong")
OVERDUE_WIDTHS = (10, 52, 24, 26, 18, 35)  # dates need 26 mm at 12 pt
DUE_COLUMNS = ("TT", "Nhiệm vụ", "Văn bản", "Hạn", "Còn lại", "Đơn vị chưa xong")
DUE_WIDTHS = (10, 50, 24, 26, 20, 35)
COMPLETED_COLUMNS = ("TT", "Nhiệm vụ", "Đơn vị", "Hạn", "Ngày xong", "Kết quả")
COMPLETED_WIDTHS = (10, 49, 32, 26, 26, 22)
COUNT_COLUMNS = ("Tình trạng", "Số việc")
COUNT_WIDTHS = (80, 30)
UNIT_COLUMNS = (
    "TT",
    "Đơn vị",
    "Giao",
    "Hoàn thành đúng hạn",
    "Hoàn thành quá hạn",
    "Chưa hoàn thành – quá hạn",
    "Tỷ lệ đúng hạn",
)
ANNEX_COLUMNS = ("Mục", "Nhiệm vụ", "Đơn vị chưa xong")
ANNEX_WIDTHS = (15, 90, 60)
SOON_WORDS = "sắp đến hạn (hôm nay và 7 ngày tới)"
UNIT_WIDTHS = (10, 60, 15, 20, 18, 18, 24)

CENTER = WD_ALIGN_PARAGRAPH.CENTER
LEFT = WD_ALIGN_PARAGRAPH.LEFT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY


def _heading(document: DocxDocument, text: str) -> None:
    paragraph = add_paragraph(document, text, bold=True, align=JUSTIFY)
    paragraph.paragraph_format.space_before = Pt(6)
    paragraph.paragraph_format.keep_with_next = True


def _subheading(document: DocxDocument, text: str) -> None:
    paragraph = add_paragraph(document, text, bold=True, align=JUSTIFY)
    paragraph.paragraph_format.first_line_indent = Cm(1)
    paragraph.paragraph_format.keep_with_next = True


def _text(document: DocxDocument, text: str) -> None:
    paragraph = add_paragraph(document, text, align=JUSTIFY)
    paragraph.paragraph_format.first_line_indent = Cm(1)


def _item(document: DocxDocument, text: str) -> None:
    paragraph = add_paragraph(document, f"– {text}", align=JUSTIFY)
    paragraph.paragraph_format.first_line_indent = Cm(1)


def _grid(
    document: DocxDocument,
    columns: Sequence[str],
    widths: Sequence[int],
    rows: Sequence[Sequence[str | Sequence[str]]],
    *,
    centred: Sequence[int] = (0,),
    bold_last: bool = False,
) -> Table:
    """A grid table, header row repeated on each page; a cell given as a sequence of
    strings gets one paragraph per string (the units of a task, one a line)."""
    table = document.add_table(rows=1, cols=len(columns))
    table.style = document.styles["Table Grid"]
    fixed_widths(table, [Mm(width) for width in widths])  # new rows take the grid's widths
    header = table.rows[0]
    header._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for cell, title in zip(header.cells, columns, strict=True):
        add_paragraph(
            cell, title, align=CENTER, size=SMALL_PT, bold=True, reuse_first=True, compact=True
        )
    for number, row in enumerate(rows, start=1):
        bold = bold_last and number == len(rows)
        added = table.add_row()
        # A row never runs over a page break: a long list of units is a range or goes
        # to the annex (``owing_cell``), so every row fits a page.
        added._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        cells = added.cells
        for index, (cell, value) in enumerate(zip(cells, row, strict=True)):
            align = CENTER if index in centred else LEFT
            lines = [value] if isinstance(value, str) else list(value) or [""]
            for position, line in enumerate(lines):
                add_paragraph(
                    cell,
                    line,
                    align=align,
                    size=SMALL_PT,
                    bold=bold,
                    reuse_first=position == 0,
                    compact=True,
                )
    add_paragraph(document).paragraph_format.space_after = Pt(0)
    return table


def _header(document: DocxDocument, summary: Summary) -> None:
    org = summary.org
    table = document.add_table(rows=1, cols=2)
    no_borders(table)
    fixed_widths(table, list(HEADER_WIDTHS))
    left, right = table.rows[0].cells
    small = HEADER_SMALL_PT
    add_paragraph(left, org.superior.upper(), align=CENTER, size=small, reuse_first=True)
    add_paragraph(left, org.name.upper(), align=CENTER, bold=True)
    add_paragraph(left, "*", align=CENTER)
    add_paragraph(left, number_line(summary.number), align=CENTER)
    add_paragraph(right, NATION, align=CENTER, bold=True, underline=True, reuse_first=True)
    add_paragraph(right, "", align=CENTER)
    add_paragraph(right, "", align=CENTER)
    date_line = place_date_line(org.place, summary.made_on)
    add_paragraph(right, date_line, align=CENTER, size=small, italic=True)
    compact_cell(left)
    compact_cell(right)


def _title(document: DocxDocument, summary: Summary) -> None:
    kind = add_paragraph(document, DOCUMENT_KIND, align=CENTER, size=TITLE_PT + 1, bold=True)
    kind.paragraph_format.space_before = Pt(18)
    kind.paragraph_format.space_after = Pt(0)
    subject = f"kết quả thực hiện nhiệm vụ {summary.period.label}, {summary.scope.label}"
    line = add_paragraph(document, subject, align=CENTER, size=TITLE_PT - 1, bold=True)
    line.paragraph_format.space_after = Pt(0)
    rule = add_paragraph(document, "-----", align=CENTER)
    rule.paragraph_format.space_after = Pt(12)


def count_rows(counts: StatusCounts) -> list[tuple[str, str]]:
    """The small table of section I: the four official statuses, what «trong hạn» holds,
    then the total."""
    in_time = counts.total - counts.done - counts.overdue
    rows = [
        ("Hoàn thành đúng hạn", counts.done_on_time),
        ("Hoàn thành quá hạn", counts.done_late),
        ("Chưa hoàn thành – quá hạn", counts.overdue),
        ("Chưa hoàn thành – trong hạn", in_time),
        (f"trong đó: {SOON_WORDS}", counts.due_soon),
        ("trong đó: thường xuyên", counts.ongoing),
        ("trong đó: chưa xác định hạn", counts.no_deadline),
    ]
    return [(label, str(value)) for label, value in rows] + [("Tổng số", str(counts.total))]


def counts_text(summary: Summary) -> str:
    counts = summary.counts
    in_time = counts.total - counts.done - counts.overdue
    text = (
        f"Tính đến ngày {format_date(summary.made_on)}, trong phạm vi {summary.scope.label} "
        f"có {counts.total} việc giao cho các đơn vị: hoàn thành đúng hạn "
        f"{counts.done_on_time}; hoàn thành quá hạn {counts.done_late}; chưa hoàn thành – "
        f"quá hạn {counts.overdue}; chưa hoàn thành – trong hạn {in_time} (trong đó "
        f"sắp đến hạn {counts.due_soon}"
    )
    if counts.ongoing:
        text += f"; thường xuyên {counts.ongoing}"
    if counts.no_deadline:
        text += f"; chưa xác định hạn {counts.no_deadline}"
    return text + ")."


ANNEX_CHARS = 240  # a units cell longer than this goes to the annex (about 12 lines)


class Annex:
    """The units of the tasks whose list would not fit a cell: one row per unit."""

    def __init__(self) -> None:
        self.items: list[tuple[str, tuple[str, ...]]] = []  # (task, units still owing)

    def owing_cell(self, title: str, units: Sequence[str], assigned: Sequence[str]) -> str:
        """The units cell: ranges when they are short enough, else a pointer to the annex."""
        # the column says «chưa xong»: a task's units not known are written as they are
        text = owing_line(units, assigned) if len(assigned) > 1 else units_text(units)
        if len(text) <= ANNEX_CHARS:
            return text
        self.items.append((title, tuple(units)))
        total = max(len(assigned), len(units))
        return f"{len(units)}/{total} đơn vị chưa xong: xem Phụ lục, mục {len(self.items)}"

    def write(self, document: DocxDocument) -> None:
        if not self.items:
            return
        document.add_page_break()
        _heading(document, "PHỤ LỤC: ĐƠN VỊ CHƯA XONG")
        rows: list[tuple[str, str, str]] = []
        for number, (title, units) in enumerate(self.items, start=1):
            rows.append((str(number), title, f"{len(units)} đơn vị"))
            rows += [(f"{number}.{i}", "", unit) for i, unit in enumerate(units, start=1)]
        _grid(document, ANNEX_COLUMNS, ANNEX_WIDTHS, rows, centred=(0,))


def unit_rows(units: Sequence[UnitLine]) -> list[tuple[str, ...]]:
    """Section VI: one row per unit, then ``Cộng`` over them all."""
    rows: list[tuple[str, ...]] = [
        (
            str(number),
            " ".join(unit.name.split()),
            str(unit.assigned),
            str(unit.done_on_time),
            str(unit.done_late),
            str(unit.overdue),
            percent(unit.on_time_rate),
        )
        for number, unit in enumerate(units, start=1)
    ]
    total = UnitLine(
        unit_id=0,
        code="",
        name="Cộng",
        assigned=sum(unit.assigned for unit in units),
        done_on_time=sum(unit.done_on_time for unit in units),
        done_late=sum(unit.done_late for unit in units),
        overdue=sum(unit.overdue for unit in units),
    )
    rows.append(
        (
            "",
            total.name,
            str(total.assigned),
            str(total.done_on_time),
            str(total.done_late),
            str(total.overdue),
            percent(total.on_time_rate),
        )
    )
    return rows


def _body(document: DocxDocument, summary: Summary, annex: Annex) -> None:
    _heading(document, "I. TÌNH HÌNH CHUNG")
    _text(document, counts_text(summary))
    _grid(document, COUNT_COLUMNS, COUNT_WIDTHS, count_rows(summary.counts), centred=(1,))

    _heading(document, "II. VIỆC QUÁ HẠN")
    if summary.overdue:
        overdue_rows = [
            (
                str(number),
                marked(item.title, item.confidential),
                item.directive,
                format_date(item.due),
                item.countdown.removeprefix("quá hạn ") or f"{item.days_overdue} ngày",
                annex.owing_cell(item.title, item.units, item.assigned),
            )
            for number, item in enumerate(summary.overdue, start=1)
        ]
        _grid(document, OVERDUE_COLUMNS, OVERDUE_WIDTHS, overdue_rows, centred=(0, 3, 4))
        _capped(document, summary, summary.overdue)
    else:
        _text(document, "Không có việc quá hạn.")

    _heading(document, "III. VIỆC SẮP ĐẾN HẠN (HÔM NAY VÀ 7 NGÀY TỚI)")
    if summary.due_soon:
        due_rows = [
            (
                str(number),
                marked(item.title, item.confidential),
                item.directive,
                format_date(item.due),
                item.countdown,
                annex.owing_cell(item.title, item.units, item.assigned),
            )
            for number, item in enumerate(summary.due_soon, start=1)
        ]
        _grid(document, DUE_COLUMNS, DUE_WIDTHS, due_rows, centred=(0, 3))
        _capped(document, summary, summary.due_soon)
    else:
        _text(document, "Không có việc sắp đến hạn.")

    _heading(document, "IV. KẾT QUẢ TRONG KỲ")
    _subheading(document, "1. Việc đã hoàn thành")
    if summary.completed:
        late = sum(1 for item in summary.completed if item.late)
        _text(
            document,
            f"Trong kỳ có {len(summary.completed)} việc hoàn thành: "
            f"đúng hạn {len(summary.completed) - late}, quá hạn {late}.",
        )
        # the units of a task done on one day with one result share a row (ranges)
        grouped: dict[tuple[int, str, str, str], list[CompletedItem]] = {}
        for done_item in summary.completed:
            key = (
                done_item.task_id,
                format_date(done_item.due) or "—",
                format_date(done_item.completed),
                completion(done_item).capitalize(),
            )
            grouped.setdefault(key, []).append(done_item)
        completed_rows = [
            (
                str(number),
                marked(items[0].title, items[0].confidential),
                units_text([done_item.unit for done_item in items]),
                due,
                done,
                result,
            )
            for number, ((_task, due, done, result), items) in enumerate(grouped.items(), start=1)
        ]
        _grid(document, COMPLETED_COLUMNS, COMPLETED_WIDTHS, completed_rows, centred=(0, 3, 4))
        _capped(document, summary, summary.completed)
    else:
        _text(document, "Không có việc hoàn thành trong kỳ.")
    _subheading(document, "2. Gia hạn")
    if summary.extensions:
        for item in summary.extensions:
            old = format_date(item.old_due) if item.old_due else "chưa có hạn"
            text = (
                f"{marked(item.title, item.confidential)} ({item.unit}): "
                f"gia hạn từ {old} đến {format_date(item.new_due)}"
            )
            if item.reason.strip():
                text += f"; lý do: {item.reason.strip()}"
            agreed = f"ngày {format_date(item.granted_on)}"
            if item.granted_by.strip():
                agreed = f"{item.granted_by.strip()} đồng ý {agreed}"
            else:
                agreed = f"đồng ý {agreed}"
            _item(document, f"{text}; {agreed}.")
    else:
        _text(document, "Không có việc được gia hạn trong kỳ.")

    _heading(document, "V. HỘI NGHỊ")
    for number, (label, meetings, empty) in enumerate(
        (
            ("Đã họp trong kỳ", summary.meetings_held, "Không có hội nghị trong kỳ."),
            ("Sắp tới", summary.meetings_upcoming, "Chưa có hội nghị sắp tới."),
        ),
        start=1,
    ):
        _subheading(document, f"{number}. {label}")
        if not meetings:
            _text(document, empty)
        for meeting in meetings:
            where = f", tại {meeting.place.strip()}" if meeting.place.strip() else ""
            _item(document, f"{meeting_title(meeting)}, {time_line(meeting.starts_at)}{where}.")

    _heading(document, "VI. KẾT QUẢ THEO ĐƠN VỊ")
    if summary.units:
        _grid(
            document,
            UNIT_COLUMNS,
            UNIT_WIDTHS,
            unit_rows(summary.units),
            centred=(0, 2, 3, 4, 5, 6),
            bold_last=True,
        )
    else:
        _text(document, "Không có đơn vị trong phạm vi báo cáo.")


def _capped(document: DocxDocument, summary: Summary, items: Sequence[object]) -> None:
    for line in capped(summary, items):
        _text(document, line.strip())


def _closing(document: DocxDocument, summary: Summary) -> None:
    org = summary.org
    table = document.add_table(rows=1, cols=2)
    no_borders(table)
    keep_together(table)
    fixed_widths(table, [Mm(80), Mm(85)])
    left, right = table.rows[0].cells
    add_paragraph(left, "Nơi nhận:", align=LEFT, underline=True, reuse_first=True)
    for line in RECIPIENTS:
        add_paragraph(left, line, align=LEFT, size=SMALL_PT)
    for line in signature_lines(org):  # «T/M ĐẢNG ỦY», [«K/T BÍ THƯ»], «PHÓ BÍ THƯ»
        add_paragraph(right, line, align=CENTER, bold=True, reuse_first=True)
    for _ in range(SIGNATURE_SPACE):
        add_paragraph(right)
    add_paragraph(right, org.signer_name, align=CENTER, bold=True)
    compact_cell(left)
    compact_cell(right)


def render_docx(summary: Summary) -> bytes:
    """The .docx bytes (identical for the same summary: fixed metadata and zip times)."""
    document = Document()
    setup_document(document)
    stamp = datetime.combine(summary.made_on, time())
    properties = document.core_properties
    properties.title = f"{DOCUMENT_KIND} kết quả thực hiện nhiệm vụ {summary.period.label}"
    properties.subject = summary.scope.label
    properties.author = summary.org.name
    properties.last_modified_by = summary.org.name
    properties.created = stamp
    properties.modified = stamp
    properties.revision = 1
    properties.keywords = "MẬT" if summary.has_confidential else ""
    if summary.has_confidential:
        warning = add_paragraph(document, CONFIDENTIAL_LINE, align=LEFT, bold=True)
        warning.paragraph_format.space_after = Pt(6)
        # The default template starts with no paragraph: this is now the first one.
    _header(document, summary)
    _title(document, summary)
    annex = Annex()
    _body(document, summary, annex)
    add_paragraph(document, "")
    _closing(document, summary)
    annex.write(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return fixed_zip(buffer.getvalue(), summary.made_on)
