"""The Word layout of a Party document (Hướng dẫn 36-HD/VPTW), shared by biên bản and báo cáo.

A4, Times New Roman 14 (``w:eastAsia`` set), the 36-HD margins, the borderless two-column
header and signature tables, fixed column widths, and the formatting XML built once per
combination and copied into each run or paragraph (setting the same properties through
python-docx's API for each of a report's thousands of table cells took over a second).
"""

from __future__ import annotations

from collections.abc import Sequence
from copy import deepcopy
from datetime import date

from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_PARAGRAPH_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.styles import CT_Style
from docx.oxml.text.run import CT_R
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Length, Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

NATION = "ĐẢNG CỘNG SẢN VIỆT NAM"


FONT = "Times New Roman"


BODY_PT = 14


TABLE_PT = 13


LINE_SPACING = 1.2


def place_date_line(place: str, day: date) -> str:
    """``Lê Ích Mộc, ngày 23 tháng 11 năm 2026`` (days below 10, January and February
    with a leading zero, as Hướng dẫn 36 asks)."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"


def set_fonts(element: CT_R | CT_Style) -> None:
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


def add_run(
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
    set_fonts(run._element)
    # The font settings above made the run's w:rPr; it is the template for the next runs.
    _RUN_FORMATS[key] = deepcopy(run._element.get_or_add_rPr())


def format_paragraph(
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


def add_paragraph(
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
    format_paragraph(paragraph, align, compact)
    if text:
        add_run(paragraph, text, size=size, bold=bold, italic=italic, underline=underline)
    return paragraph


def no_borders(table: Table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    tbl_pr.insert_element_before(
        borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption"
    )


def fixed_widths(table: Table, widths: Sequence[Length]) -> None:
    """Column widths Word keeps: the grid and every cell (fixed layout), table centred."""
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def compact_cell(cell: _Cell) -> None:
    for paragraph in cell.paragraphs:
        paragraph.paragraph_format.space_after = Pt(0)
        paragraph.paragraph_format.line_spacing = 1.0


def setup_document(document: DocxDocument) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    set_fonts(normal.element)
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


def keep_together(table: Table) -> None:
    """A signature block never splits across pages: its row moves whole to the next one."""
    for row in table.rows:
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
