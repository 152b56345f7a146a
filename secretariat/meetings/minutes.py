"""The biên bản of a Party meeting: the text the clerk starts from, and its exports.

``minutes_template`` fills the customary biên bản with what the record knows. The clerk
edits it; ``minutes_markdown`` and ``write_minutes_docx`` then lay it out for sharing and
printing (Hướng dẫn 36-HD/VPTW: A4, Times New Roman, the two-column header and signature
block). Both exporters go through ``minutes_parts``, which takes the header, title and
signature from the record and the organisation, and the body from the typed text, with
the template's own header and signature lines recognised and left out.
"""

from __future__ import annotations

import io
import re
import textwrap
import unicodedata
from collections.abc import Iterable, Sequence
from copy import deepcopy
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_PARAGRAPH_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.styles import CT_Style
from docx.oxml.text.run import CT_R
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Length, Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from secretariat.dates import WEEKDAYS, format_date
from secretariat.files import write_atomic
from secretariat.meeting_records import (
    ABSENT,
    ATTENDANCE,
    EXCUSED,
    PRESENT,
    UNKNOWN,
    AttendeeLine,
    MeetingDetail,
    MeetingTaskLine,
)
from secretariat.org import OrgIdentity

NATION = "ĐẢNG CỘNG SẢN VIỆT NAM"
DOCUMENT_KIND = "BIÊN BẢN"
SECRETARY_TITLE = "THƯ KÝ"
CHAIR_TITLE = "CHỦ TRÌ"
TASKS_HEADING = "Nhiệm vụ từ hội nghị"
TASK_COLUMNS = ("Hạn", "Nhiệm vụ", "Đơn vị", "Tiến độ")
CLOSING = "Hội nghị kết thúc vào lúc … giờ … cùng ngày."
BLANK = "…"  # what the clerk fills in

LINE_WIDTH = 100  # longest line of the plain-text template
COLUMN_WIDTH = 48  # each column of the template's two-column header and signature
SIGNATURE_SPACE = 3  # empty lines left for the signatures

FONT = "Times New Roman"
BODY_PT = 14
TABLE_PT = 13
LINE_SPACING = 1.2

# Block kinds of the body.
HEADING = "heading"  # "I. THỜI GIAN, ĐỊA ĐIỂM"
SUBHEADING = "subheading"  # "1. Quán triệt Nghị quyết…"
ITEM = "item"  # "- Giao Văn phòng Đảng ủy…"
TEXT = "text"  # any other line

_HEADING = re.compile(r"^[IVX]+\.\s+\S")
_SUBHEADING = re.compile(r"^\d+(?:\.\d+)*\.(?:\s|$)")
_ITEM = re.compile(r"^([-–•+])(?:\s+(.*))?$")
_PERSON_PREFIX = re.compile(r"^(?:đồng chí|đ/c|đc)\.?\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Block:
    """One paragraph of the body: a heading, a sub-heading, a list item or plain text."""

    kind: str
    text: str
    level: int = 1  # items: 1 for "- ", 2 for "+ "


@dataclass(frozen=True)
class MinutesParts:
    """What both exporters lay out, in order."""

    header_left: tuple[str, ...]  # superior, issuing body, "*"
    header_right: tuple[str, ...]  # "ĐẢNG CỘNG SẢN VIỆT NAM", "", place-date line
    title: str
    body: tuple[Block, ...]
    tasks: tuple[MeetingTaskLine, ...]
    signatures: tuple[tuple[str, str], ...]  # (title, name), left to right


# --- Facts in the customary wording -------------------------------------------------


def place_date_line(place: str, day: date) -> str:
    """``Lê Ích Mộc, ngày 23 tháng 11 năm 2026`` (days below 10, January and February
    with a leading zero, as Hướng dẫn 36 asks)."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"


def time_line(starts_at: datetime) -> str:
    """``08 giờ 00, Thứ Hai, ngày 23/11/2026``."""
    weekday = WEEKDAYS[starts_at.weekday()]
    return (
        f"{starts_at.hour:02d} giờ {starts_at.minute:02d}, {weekday}, "
        f"ngày {format_date(starts_at.date())}"
    )


def person_name(text: str) -> str:
    """The bare name in ``Đồng chí Nguyễn Văn An, Bí thư Đảng ủy``: ``Nguyễn Văn An``."""
    name = _PERSON_PREFIX.sub("", " ".join(text.split()))
    return re.split(r",| - | – ", name, maxsplit=1)[0].strip()


def _sentence(text: str) -> str:
    text = text.strip() or BLANK
    return text if text.endswith((".", "…", "!", "?")) else text + "."


def _attendee(attendee: AttendeeLine) -> str:
    line = f"Đồng chí {attendee.name.strip()}"
    if attendee.position.strip():
        line += f", {attendee.position.strip()}"
    if attendee.status == EXCUSED and attendee.reason.strip():
        line += f" (lý do: {attendee.reason.strip()})"
    return line


def header_columns(meeting: MeetingDetail, org: OrgIdentity) -> tuple[list[str], list[str]]:
    """The header's left and right column, line by line (the date beside the star)."""
    left = [org.superior.upper(), org.name, "*"]
    right = [NATION, "", place_date_line(org.place, meeting.starts_at.date())]
    return left, right


def signature_columns(meeting: MeetingDetail) -> tuple[tuple[str, str], ...]:
    """``(title, name)`` of the secretary (left) and the chair (right)."""
    return (
        (SECRETARY_TITLE, person_name(meeting.secretary)),
        (CHAIR_TITLE, person_name(meeting.chair)),
    )


# --- The plain-text template ----------------------------------------------------------


def _two_columns(left: Sequence[str], right: Sequence[str]) -> list[str]:
    width = max(COLUMN_WIDTH, *(len(line) + 2 for line in left))
    rows = max(len(left), len(right))
    padded_left = [*left, *[""] * (rows - len(left))]
    padded_right = [*right, *[""] * (rows - len(right))]
    return [
        (a.center(width) + b.center(COLUMN_WIDTH)).rstrip()
        for a, b in zip(padded_left, padded_right, strict=True)
    ]


def _wrapped(line: str, indent: str = "  ") -> list[str]:
    if len(line) <= LINE_WIDTH:
        return [line]
    return textwrap.wrap(
        line,
        width=LINE_WIDTH,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _attendance_lines(attendees: Sequence[AttendeeLine]) -> list[str]:
    if not attendees:
        return [f"Có mặt: {BLANK} đồng chí."]
    by_status: dict[str, list[AttendeeLine]] = {code: [] for code in ATTENDANCE}
    for attendee in attendees:
        by_status.setdefault(attendee.status, []).append(attendee)
    present = by_status[PRESENT]
    lines = [f"Có mặt: {len(present)}/{len(attendees)} đồng chí."]
    lines += [f"- {_attendee(a)}." for a in present]
    for code in (EXCUSED, ABSENT, UNKNOWN):
        group = by_status[code]
        if not group:
            if code != UNKNOWN:
                lines.append(f"{ATTENDANCE[code]}: không.")
            continue
        lines.append(f"{ATTENDANCE[code]}: {len(group)} đồng chí.")
        lines += [f"- {_attendee(a)}." for a in group]
    return lines


def minutes_template(meeting: MeetingDetail, org: OrgIdentity) -> str:
    """The customary biên bản as plain text, filled with what the record knows."""
    left, right = header_columns(meeting, org)
    page = 2 * COLUMN_WIDTH
    lines = [*_two_columns(left, right), ""]
    lines += [DOCUMENT_KIND.center(page).rstrip(), meeting.title.strip().center(page).rstrip(), ""]
    lines += [
        "I. THỜI GIAN, ĐỊA ĐIỂM",
        f"Thời gian: {time_line(meeting.starts_at)}.",
        f"Địa điểm: {_sentence(meeting.place)}",
        "",
        "II. THÀNH PHẦN",
        f"Chủ trì: {_sentence(meeting.chair)}",
        f"Thư ký: {_sentence(meeting.secretary)}",
        *_attendance_lines(meeting.attendees),
        "",
        "III. NỘI DUNG",
    ]
    agenda = [item.strip() for item in meeting.agenda if item.strip()] or [""]
    for number, item in enumerate(agenda, start=1):
        lines += [f"{number}. {item}".rstrip() if item else f"{number}. ", "- "]
    lines += ["", "IV. KẾT LUẬN", "- ", "- ", "- ", "", CLOSING, ""]
    (left_title, left_name), (right_title, right_name) = signature_columns(meeting)
    lines += _two_columns([left_title], [right_title])
    lines += [""] * SIGNATURE_SPACE
    lines += _two_columns([left_name], [right_name])
    out: list[str] = []
    for line in lines:
        out += _wrapped(line, "   " if _SUBHEADING.match(line) else "  ")
    return "\n".join(out) + "\n"


# --- Parsing the typed minutes ----------------------------------------------------------


def _normal(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _made_of(line: str, pieces: Iterable[str], patterns: Iterable[re.Pattern[str]]) -> bool:
    """True when ``line`` is nothing but ``pieces`` and ``patterns`` (and spaces)."""
    rest = _normal(line)
    for piece in sorted({_normal(p) for p in pieces if _normal(p)}, key=len, reverse=True):
        rest = rest.replace(piece, " ")
    for pattern in patterns:
        rest = pattern.sub(" ", rest)
    return not rest.strip()


def split_minutes(
    text: str, meeting: MeetingDetail, org: OrgIdentity
) -> tuple[list[str], list[str], list[str]]:
    """Split typed minutes into (header, body, signature) lines.

    The header is the run of lines at the top made only of what the template put there
    (the organisation names, ``ĐẢNG CỘNG SẢN VIỆT NAM``, ``*``, a place-date line of any
    date, ``BIÊN BẢN``, the meeting's title) and blank lines; the signature is the run at
    the bottom made only of ``THƯ KÝ``, ``CHỦ TRÌ`` and the two names. Scanning stops at the
    first other line, so a header or signature the clerk deleted or rewrote leaves the text
    whole: nothing the clerk typed is dropped.
    """
    lines = unicodedata.normalize("NFC", text).replace("\r\n", "\n").split("\n")
    left, right = header_columns(meeting, org)
    head_pieces = [*left, *right, DOCUMENT_KIND, meeting.title]
    number = r"[\d.…]+"
    date_pattern = re.compile(
        rf"{re.escape(_normal(org.place))}, ngày {number} tháng {number} năm {number}"
    )
    signatures = signature_columns(meeting)
    tail_pieces = [piece for pair in signatures for piece in pair]

    start = 0
    while start < len(lines) and _made_of(lines[start], head_pieces, [date_pattern]):
        start += 1
    end = len(lines)
    while end > start and _made_of(lines[end - 1], tail_pieces, []):
        end -= 1
    return lines[:start], lines[start:end], lines[end:]


def body_blocks(lines: Sequence[str]) -> list[Block]:
    """The body's paragraphs. An indented line after a non-blank one continues it (the
    template wraps long lines that way); empty ``- `` placeholders are left out."""
    blocks: list[Block] = []
    previous_blank = True
    for raw in lines:
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped:
            previous_blank = True
            continue
        item = _ITEM.match(stripped)
        continues = line[0].isspace() and not previous_blank and blocks
        if continues and not item and not _SUBHEADING.match(stripped):
            last = blocks[-1]
            blocks[-1] = Block(last.kind, f"{last.text} {stripped}".strip(), last.level)
        elif item:
            level = 2 if item.group(1) == "+" else 1
            blocks.append(Block(ITEM, " ".join((item.group(2) or "").split()), level))
        elif _HEADING.match(stripped):
            blocks.append(Block(HEADING, stripped))
        elif _SUBHEADING.match(stripped):
            blocks.append(Block(SUBHEADING, stripped))
        else:
            blocks.append(Block(TEXT, stripped))
        previous_blank = False
    return [block for block in blocks if block.text or block.kind != ITEM]


def minutes_parts(meeting: MeetingDetail, org: OrgIdentity) -> MinutesParts:
    """Header, title and signature from the record; body from the typed minutes (or, when
    nothing is typed yet, from the template)."""
    text = meeting.minutes if meeting.minutes.strip() else minutes_template(meeting, org)
    _head, body, _tail = split_minutes(text, meeting, org)
    left, right = header_columns(meeting, org)
    return MinutesParts(
        header_left=tuple(left),
        header_right=tuple(right),
        title=" ".join(meeting.title.split()),
        body=tuple(body_blocks(body)),
        tasks=tuple(meeting.tasks),
        signatures=signature_columns(meeting),
    )


def task_due(task: MeetingTaskLine) -> str:
    if task.due is not None:
        due = format_date(task.due)
        return f"{due} (quá hạn)" if task.overdue else due
    return "Thường xuyên" if task.ongoing else "—"


def task_row(task: MeetingTaskLine) -> tuple[str, str, str, str]:
    """One row of the tasks table: Hạn, Nhiệm vụ, Đơn vị, Tiến độ."""
    return (
        task_due(task),
        " ".join(task.title.split()),
        " ".join(task.units.split()) or "—",
        " ".join(task.progress.split()) or "—",
    )


# --- Markdown ---------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<])")
_MD_BLOCK_START = re.compile(r"^([#>+=-]|\d+[.)])")


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def _md_cell(text: str) -> str:
    return _md(text).replace("|", r"\|")


def _md_paragraph(text: str) -> str:
    escaped = _md(text)
    return "\\" + escaped if _MD_BLOCK_START.match(escaped) else escaped


def _md_block(block: Block) -> str:
    if block.kind == HEADING:
        return f"## {_md(block.text)}"
    if block.kind == SUBHEADING:
        return f"### {_md(block.text)}"
    if block.kind == ITEM:
        indent = "  " * (block.level - 1)
        return f"{indent}- {_md_paragraph(block.text)}"
    return _md_paragraph(block.text)


def _md_bold(text: str) -> str:
    return f"**{_md_cell(text)}**" if text else ""


def _md_italic(text: str) -> str:
    return f"*{_md_cell(text)}*" if text else ""


def _md_table(rows: Sequence[Sequence[str]], align: str) -> list[str]:
    def row_line(row: Sequence[str]) -> str:
        return "|" + "|".join(f" {cell} " if cell else " " for cell in row) + "|"

    rule = "|" + "|".join([align] * len(rows[0])) + "|"
    return [row_line(rows[0]), rule, *(row_line(row) for row in rows[1:])]


def minutes_markdown(meeting: MeetingDetail, org: OrgIdentity) -> str:
    """The biên bản as Markdown: header, title, the typed body, the tasks, the signatures."""
    parts = minutes_parts(meeting, org)
    left, right = parts.header_left, parts.header_right
    lines = _md_table(
        [
            [_md_cell(left[0]), _md_bold(right[0])],
            [_md_bold(left[1]), _md_italic(right[1])],
            [_md_cell(left[2]), _md_italic(right[2])],
        ],
        ":---:",
    )
    lines += ["", f"# {DOCUMENT_KIND}", ""]
    if parts.title:
        lines += [_md_bold(parts.title), ""]
    previous: Block | None = None
    for block in parts.body:
        if previous is not None and not (previous.kind == ITEM and block.kind == ITEM):
            lines.append("")
        lines.append(_md_block(block))
        previous = block
    if parts.tasks:
        lines += ["", f"## {TASKS_HEADING}", ""]
        rows = [list(TASK_COLUMNS)] + [
            [_md_cell(cell) for cell in task_row(task)] for task in parts.tasks
        ]
        lines += _md_table(rows, "---")
    lines.append("")
    lines += _md_table(
        [
            [_md_bold(title) for title, _name in parts.signatures],
            ["" for _ in parts.signatures],
            [_md_bold(name) for _title, name in parts.signatures],
        ],
        ":---:",
    )
    return "\n".join(lines).strip("\n") + "\n"


# --- Word -------------------------------------------------------------------------------


def _set_fonts(element: CT_R | CT_Style) -> None:
    """Times New Roman for every script of a run or style (``w:eastAsia`` included)."""
    r_pr = element.get_or_add_rPr()
    r_fonts = r_pr.get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        r_fonts.set(qn(attribute), FONT)


# Formatting XML built once per combination and copied into each new run or paragraph:
# setting the same properties through python-docx's API for each of a report's thousands
# of table cells took over a second (each setter searches the element's children).
_RUN_FORMATS: dict[tuple[int, bool, bool, bool], BaseOxmlElement] = {}
_PARAGRAPH_FORMATS: dict[tuple[object, bool], BaseOxmlElement | None] = {}


def _run(
    paragraph: Paragraph,
    text: str,
    *,
    size: int = BODY_PT,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
) -> None:
    run = paragraph.add_run(text)
    key = (size, bold, italic, underline)
    template = _RUN_FORMATS.get(key)
    if template is not None:
        run._element.insert(0, deepcopy(template))
        return
    run.font.name = FONT
    run.font.size = Pt(size)
    run.bold = bold
    run.italic = italic
    run.underline = underline
    _set_fonts(run._element)
    _RUN_FORMATS[key] = deepcopy(run._element.rPr)


def _format_paragraph(
    paragraph: Paragraph, align: WD_PARAGRAPH_ALIGNMENT | None, compact: bool
) -> None:
    """Alignment, and for table cells no space after and single lines (``compact``)."""
    key = (align, compact)
    fresh = paragraph._p.pPr is None
    if fresh and key in _PARAGRAPH_FORMATS:
        template = _PARAGRAPH_FORMATS[key]
        if template is not None:
            paragraph._p.insert(0, deepcopy(template))
        return
    if align is not None:
        paragraph.alignment = align
    if compact:
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.paragraph_format.line_spacing = 1.0
    if fresh:
        p_pr = paragraph._p.pPr
        _PARAGRAPH_FORMATS[key] = None if p_pr is None else deepcopy(p_pr)


def _paragraph(
    container: DocxDocument | _Cell,
    text: str = "",
    *,
    align: WD_PARAGRAPH_ALIGNMENT | None = None,
    size: int = BODY_PT,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
    reuse_first: bool = False,
    compact: bool = False,
) -> Paragraph:
    if reuse_first and isinstance(container, _Cell) and not container.paragraphs[0].text:
        paragraph = container.paragraphs[0]
    else:
        paragraph = container.add_paragraph()
    _format_paragraph(paragraph, align, compact)
    if text:
        _run(paragraph, text, size=size, bold=bold, italic=italic, underline=underline)
    return paragraph


def _no_borders(table: Table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    tbl_pr.insert_element_before(
        borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption"
    )


def _fixed_widths(table: Table, widths: Sequence[Length]) -> None:
    """Column widths Word keeps: the grid and every cell (fixed layout), table centred."""
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def _compact(cell: _Cell) -> None:
    for paragraph in cell.paragraphs:
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.paragraph_format.line_spacing = 1.0


def _setup(document: DocxDocument) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    _set_fonts(normal.element)
    language = OxmlElement("w:lang")
    language.set(qn("w:val"), "vi-VN")
    normal.element.get_or_add_rPr().insert_element_before(
        language, "w:eastAsianLayout", "w:specVanish", "w:oMath"
    )
    normal.paragraph_format.line_spacing = LINE_SPACING
    normal.paragraph_format.space_after = Pt(4)


# The header block is wider than the text (185 mm, centred, so it reaches into both side
# margins): at 165 mm "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG" and the date line wrapped when the
# file was rendered with LibreOffice.
HEADER_WIDTHS = (Mm(90), Mm(95))
HEADER_SMALL_PT = 13  # the superior's name and the date line


def _header(document: DocxDocument, parts: MinutesParts) -> None:
    table = document.add_table(rows=1, cols=2)
    _no_borders(table)
    _fixed_widths(table, list(HEADER_WIDTHS))
    left, right = table.rows[0].cells
    center = WD_ALIGN_PARAGRAPH.CENTER
    small = HEADER_SMALL_PT
    _paragraph(left, parts.header_left[0], align=center, size=small, reuse_first=True)
    _paragraph(left, parts.header_left[1], align=center, bold=True)
    _paragraph(left, parts.header_left[2], align=center)
    _paragraph(
        right, parts.header_right[0], align=center, bold=True, underline=True, reuse_first=True
    )
    _paragraph(right, parts.header_right[1], align=center, size=small, italic=True)
    _paragraph(right, parts.header_right[2], align=center, size=small, italic=True)
    _compact(left)
    _compact(right)


def _body(document: DocxDocument, blocks: Sequence[Block]) -> None:
    justify = WD_ALIGN_PARAGRAPH.JUSTIFY
    for block in blocks:
        if block.kind == HEADING:
            paragraph = _paragraph(document, block.text, bold=True, align=justify)
            paragraph.paragraph_format.space_before = Pt(6)
            paragraph.paragraph_format.keep_with_next = True
        elif block.kind == SUBHEADING:
            paragraph = _paragraph(document, block.text, bold=True, align=justify)
            paragraph.paragraph_format.first_line_indent = Cm(1)
            paragraph.paragraph_format.keep_with_next = True
        elif block.kind == ITEM:
            marker = "–" if block.level == 1 else "+"
            paragraph = _paragraph(document, f"{marker} {block.text}", align=justify)
            paragraph.paragraph_format.first_line_indent = Cm(1 if block.level == 1 else 1.5)
        else:
            paragraph = _paragraph(document, block.text, align=justify)
            paragraph.paragraph_format.first_line_indent = Cm(1)


def _tasks(document: DocxDocument, tasks: Sequence[MeetingTaskLine]) -> None:
    heading = _paragraph(document, TASKS_HEADING, bold=True)
    heading.paragraph_format.space_before = Pt(6)
    heading.paragraph_format.keep_with_next = True
    table = document.add_table(rows=1, cols=len(TASK_COLUMNS))
    table.style = document.styles["Table Grid"]
    center = WD_ALIGN_PARAGRAPH.CENTER
    header_row = table.rows[0]._tr.get_or_add_trPr()
    header_row.append(OxmlElement("w:tblHeader"))  # repeated on each page
    for cell, title in zip(table.rows[0].cells, TASK_COLUMNS, strict=True):
        _paragraph(cell, title, align=center, size=TABLE_PT, bold=True, reuse_first=True)
    for task in tasks:
        cells = table.add_row().cells
        for index, (cell, value) in enumerate(zip(cells, task_row(task), strict=True)):
            align = center if index == 0 else WD_ALIGN_PARAGRAPH.LEFT
            _paragraph(cell, value, align=align, size=TABLE_PT, reuse_first=True)
    _fixed_widths(table, [Mm(30), Mm(65), Mm(40), Mm(30)])
    for row in table.rows:
        for cell in row.cells:
            _compact(cell)


def keep_together(table: Table) -> None:
    """A signature block never splits across pages: its row moves whole to the next one."""
    for row in table.rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def _signatures(document: DocxDocument, parts: MinutesParts) -> None:
    _paragraph(document)
    table = document.add_table(rows=1, cols=len(parts.signatures))
    _no_borders(table)
    keep_together(table)
    _fixed_widths(table, [Mm(82)] * len(parts.signatures))
    center = WD_ALIGN_PARAGRAPH.CENTER
    for cell, (title, name) in zip(table.rows[0].cells, parts.signatures, strict=True):
        _paragraph(cell, title, align=center, bold=True, reuse_first=True)
        for _ in range(SIGNATURE_SPACE + 1):
            _paragraph(cell)
        _paragraph(cell, name, align=center, bold=True)
        _compact(cell)


def write_minutes_docx(meeting: MeetingDetail, org: OrgIdentity, path: Path) -> Path:
    """Write the biên bản as a Word file laid out as a Party document; return ``path``."""
    parts = minutes_parts(meeting, org)
    document = Document()
    _setup(document)
    document.core_properties.title = f"{DOCUMENT_KIND} {parts.title}".strip()
    document.core_properties.author = org.name
    document.core_properties.last_modified_by = org.name
    _header(document, parts)
    center = WD_ALIGN_PARAGRAPH.CENTER
    kind = _paragraph(document, DOCUMENT_KIND, align=center, bold=True)
    kind.paragraph_format.space_before = Pt(18)
    kind.paragraph_format.space_after = Pt(0)
    if parts.title:
        title = _paragraph(document, parts.title, align=center, bold=True)
        title.paragraph_format.space_after = Pt(12)
    _body(document, parts.body)
    if parts.tasks:
        _tasks(document, parts.tasks)
    _signatures(document, parts)
    buffer = io.BytesIO()
    document.save(buffer)
    write_atomic(path, buffer.getvalue())
    return path
