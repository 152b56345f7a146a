"""The biên bản as a Word file laid out as a Party document, ready to print and sign."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.shared import Cm, Mm, Pt

from secretariat.files import write_atomic
from secretariat.meetings.meeting_records import (
    MeetingDetail,
    MeetingTaskLine,
)
from secretariat.meetings.minutes import (
    DOCUMENT_KIND,
    HEADING,
    ITEM,
    SIGNATURE_SPACE,
    SUBHEADING,
    TASK_COLUMNS,
    TASKS_HEADING,
    Block,
    MinutesParts,
    minutes_parts,
    task_row,
)
from secretariat.org import OrgIdentity
from secretariat.party_document import (
    HEADER_SMALL_PT,
    HEADER_WIDTHS,
    TABLE_PT,
    add_paragraph,
    compact_cell,
    fixed_widths,
    keep_together,
    no_borders,
    setup_document,
)


def _header(document: DocxDocument, parts: MinutesParts) -> None:
    table = document.add_table(rows=1, cols=2)
    no_borders(table)
    fixed_widths(table, list(HEADER_WIDTHS))
    left, right = table.rows[0].cells
    center = WD_ALIGN_PARAGRAPH.CENTER
    small = HEADER_SMALL_PT
    add_paragraph(left, parts.header_left[0], align=center, size=small, reuse_first=True)
    add_paragraph(left, parts.header_left[1], align=center, bold=True)
    add_paragraph(left, parts.header_left[2], align=center)
    add_paragraph(
        right, parts.header_right[0], align=center, bold=True, underline=True, reuse_first=True
    )
    add_paragraph(right, parts.header_right[1], align=center, size=small, italic=True)
    add_paragraph(right, parts.header_right[2], align=center, size=small, italic=True)
    compact_cell(left)
    compact_cell(right)


def _body(document: DocxDocument, blocks: Sequence[Block]) -> None:
    justify = WD_ALIGN_PARAGRAPH.JUSTIFY
    for block in blocks:
        if block.kind == HEADING:
            paragraph = add_paragraph(document, block.text, bold=True, align=justify)
            paragraph.paragraph_format.space_before = Pt(6)
            paragraph.paragraph_format.keep_with_next = True
        elif block.kind == SUBHEADING:
            paragraph = add_paragraph(document, block.text, bold=True, align=justify)
            paragraph.paragraph_format.first_line_indent = Cm(1)
            paragraph.paragraph_format.keep_with_next = True
        elif block.kind == ITEM:
            marker = "–" if block.level == 1 else "+"
            paragraph = add_paragraph(document, f"{marker} {block.text}", align=justify)
            paragraph.paragraph_format.first_line_indent = Cm(1 if block.level == 1 else 1.5)
        else:
            paragraph = add_paragraph(document, block.text, align=justify)
            paragraph.paragraph_format.first_line_indent = Cm(1)


def _tasks(document: DocxDocument, tasks: Sequence[MeetingTaskLine]) -> None:
    heading = add_paragraph(document, TASKS_HEADING, bold=True)
    heading.paragraph_format.space_before = Pt(6)
    heading.paragraph_format.keep_with_next = True
    table = document.add_table(rows=1, cols=len(TASK_COLUMNS))
    table.style = document.styles["Table Grid"]
    center = WD_ALIGN_PARAGRAPH.CENTER
    header_row = table.rows[0]._tr.get_or_add_trPr()
    header_row.append(OxmlElement("w:tblHeader"))  # repeated on each page
    for cell, title in zip(table.rows[0].cells, TASK_COLUMNS, strict=True):
        add_paragraph(cell, title, align=center, size=TABLE_PT, bold=True, reuse_first=True)
    for task in tasks:
        cells = table.add_row().cells
        for index, (cell, value) in enumerate(zip(cells, task_row(task), strict=True)):
            align = center if index == 0 else WD_ALIGN_PARAGRAPH.LEFT
            add_paragraph(cell, value, align=align, size=TABLE_PT, reuse_first=True)
    fixed_widths(table, [Mm(30), Mm(65), Mm(40), Mm(30)])
    for row in table.rows:
        for cell in row.cells:
            compact_cell(cell)


def _signatures(document: DocxDocument, parts: MinutesParts) -> None:
    add_paragraph(document)
    table = document.add_table(rows=1, cols=len(parts.signatures))
    no_borders(table)
    keep_together(table)
    fixed_widths(table, [Mm(82)] * len(parts.signatures))
    center = WD_ALIGN_PARAGRAPH.CENTER
    for cell, (title, name) in zip(table.rows[0].cells, parts.signatures, strict=True):
        add_paragraph(cell, title, align=center, bold=True, reuse_first=True)
        for _ in range(SIGNATURE_SPACE + 1):
            add_paragraph(cell)
        add_paragraph(cell, name, align=center, bold=True)
        compact_cell(cell)


def write_minutes_docx(meeting: MeetingDetail, org: OrgIdentity, path: Path) -> Path:
    """Write the biên bản as a Word file laid out as a Party document; return ``path``."""
    parts = minutes_parts(meeting, org)
    document = Document()
    setup_document(document)
    document.core_properties.title = f"{DOCUMENT_KIND} {parts.title}".strip()
    document.core_properties.author = org.name
    document.core_properties.last_modified_by = org.name
    _header(document, parts)
    center = WD_ALIGN_PARAGRAPH.CENTER
    kind = add_paragraph(document, DOCUMENT_KIND, align=center, bold=True)
    kind.paragraph_format.space_before = Pt(18)
    kind.paragraph_format.space_after = Pt(0)
    if parts.title:
        title = add_paragraph(document, parts.title, align=center, bold=True)
        title.paragraph_format.space_after = Pt(12)
    _body(document, parts.body)
    if parts.tasks:
        _tasks(document, parts.tasks)
    _signatures(document, parts)
    buffer = io.BytesIO()
    document.save(buffer)
    write_atomic(path, buffer.getvalue())
    return path
