"""Word files: .docx read in body order, paragraphs and table cells interleaved.

Party and state documents put their header (issuing body and motto, number and
place-date) in a two-column table: reading ``paragraphs`` alone loses it. Each cell's
paragraphs are lines, in row order; the title and subject (centred paragraphs one after
another) stay one block, other paragraphs are separated by a blank line as in a text
file. A .doc (Word 97-2003) is refused with what to do: converting it needs LibreOffice,
which an office computer rarely has, and a half-read .doc would lose the header.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from secretariat.directives.importer.decode import ImportFileError

if TYPE_CHECKING:
    from docx.table import Table, _Cell
    from docx.text.paragraph import Paragraph

DOC_SENTENCE = (
    "Không nhập được tệp {name}: đây là tệp Word cũ (.doc); hãy mở bằng Word hoặc "
    "LibreOffice, chọn «Lưu thành» .docx hoặc PDF, rồi nhập tệp mới."
)


def _centred(paragraph: Paragraph) -> bool:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    alignment = paragraph.alignment
    if alignment is None and paragraph.style is not None:
        alignment = paragraph.style.paragraph_format.alignment
    return alignment == WD_ALIGN_PARAGRAPH.CENTER


def _cells(table: Table) -> Iterator[_Cell]:
    """Every cell once, row by row (a merged cell is listed once, not per grid column)."""
    seen: list[object] = []  # the cells' XML elements, compared by identity
    for row in table.rows:
        for cell in row.cells:
            if not any(cell._tc is element for element in seen):
                seen.append(cell._tc)
                yield cell


def _table_lines(table: Table) -> Iterator[str]:
    from docx.table import Table

    for cell in _cells(table):
        for item in cell.iter_inner_content():
            if isinstance(item, Table):
                yield from _table_lines(item)
            elif item.text.strip():
                yield from item.text.split("\n")


def docx_text(path: Path) -> str:
    """The text of a .docx in body order (see the module docstring)."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    name = path.name
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ImportFileError(
            f"Không nhập được tệp {name}: tệp Word bị hỏng hoặc không đầy đủ (có thể tải về "
            "chưa xong); hãy mở thử bằng Word, lưu lại rồi nhập."
        ) from exc
    except Exception as exc:  # lxml's XMLSyntaxError and kin: the package's XML is damaged
        raise ImportFileError(
            f"Không nhập được tệp {name}: nội dung tệp Word bị hỏng; hãy mở thử bằng Word, "
            "lưu lại rồi nhập."
        ) from exc
    blocks: list[list[str]] = []
    last_centred = False
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            lines = list(_table_lines(item))
            if lines:
                blocks.append(lines)
            last_centred = False
            continue
        text = item.text.strip("\n")
        if not text.strip():
            last_centred = False
            continue
        centred = _centred(item)
        if centred and last_centred and blocks:
            blocks[-1].extend(text.split("\n"))  # title and subject: one block
        else:
            blocks.append(text.split("\n"))
        last_centred = centred
    return "\n\n".join("\n".join(line.rstrip() for line in block) for block in blocks) + "\n"
