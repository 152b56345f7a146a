"""Word files: .docx read in body order, paragraphs and table cells interleaved.

Party and state documents put their header (issuing body and motto, number and
place-date) in a two-column table: reading ``paragraphs`` alone loses it. Each cell's
paragraphs are lines, in row order; the title and subject (centred paragraphs one after
another) stay one block, other paragraphs are separated by a blank line as in a text
file. A .doc (Word 97-2003, still what many offices send) is converted to .docx by
LibreOffice when it is installed (``soffice --headless``, a private profile so an open
LibreOffice window does not block it), then read as one; without LibreOffice it is
refused with what to do. No Python library reads .doc well enough to keep the header.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from secretariat.directives.importer.decode import ImportFileError

if TYPE_CHECKING:
    from docx.table import Table, _Cell
    from docx.text.paragraph import Paragraph

DOC_SENTENCE = (
    "Không nhập được tệp {name}: đây là tệp Word cũ (.doc); hãy mở bằng Word hoặc "
    "LibreOffice, chọn «Lưu thành» .docx hoặc PDF, rồi nhập tệp mới (hoặc cài LibreOffice "
    "để ứng dụng tự chuyển)."
)
CONVERT_TIMEOUT = 120.0  # seconds: LibreOffice's first start on a slow office computer
# Where LibreOffice's installer puts it on Windows (it does not add itself to PATH).
_WINDOWS_SOFFICE = (
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)


def soffice_command() -> str | None:
    """LibreOffice's command (``SOFFICE`` names one), or None when it is not installed."""
    named = os.environ.get("SOFFICE")
    if named:
        return named if shutil.which(named) or Path(named).is_file() else None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return next((path for path in _WINDOWS_SOFFICE if Path(path).is_file()), None)


def doc_text(path: Path, cancelled: Callable[[], bool] = lambda: False) -> str:
    """The text of a Word 97-2003 file: converted to .docx by LibreOffice, then read.

    Raises ImportFileError (LibreOffice missing, or the file unreadable to it) and the
    readers' Cancelled (the conversion killed, its files removed).
    """
    from secretariat.directives.readers.tesseract import Cancelled

    name = path.name
    soffice = soffice_command()
    if soffice is None:
        raise ImportFileError(DOC_SENTENCE.format(name=name))
    with tempfile.TemporaryDirectory(prefix="secretariat-doc-") as work:
        folder = Path(work)
        source = folder / "van-ban.doc"  # a plain name: LibreOffice's command line is picky
        shutil.copyfile(path, source)
        profile = (folder / "profile").as_uri()
        process = subprocess.Popen(
            [
                soffice,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--norestore",
                "--convert-to",
                "docx",
                "--outdir",
                str(folder),
                str(source),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + CONVERT_TIMEOUT
        while process.poll() is None:
            if cancelled() or time.monotonic() > deadline:
                process.kill()
                process.wait()
                if cancelled():
                    raise Cancelled
                raise ImportFileError(
                    f"Không nhập được tệp {name}: LibreOffice không chuyển được tệp Word cũ "
                    f"(.doc) trong {CONVERT_TIMEOUT:.0f} giây; hãy mở bằng Word hoặc "
                    "LibreOffice, lưu thành .docx rồi nhập."
                )
            time.sleep(0.05)
        converted = folder / "van-ban.docx"
        if not converted.is_file():
            raise ImportFileError(
                f"Không nhập được tệp {name}: tệp Word cũ (.doc) bị hỏng, LibreOffice không "
                "mở được; hãy mở thử bằng Word, lưu thành .docx rồi nhập."
            )
        try:
            return docx_text(converted)
        except ImportFileError as exc:  # said of the clerk's file, not of the copy
            raise ImportFileError(str(exc).replace(converted.name, name)) from exc


def _centred(paragraph: Paragraph) -> bool:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    try:
        alignment = paragraph.alignment
        if alignment is None and paragraph.style is not None:
            alignment = paragraph.style.paragraph_format.alignment
    except ValueError:
        # A value python-docx has no name for: «start»/«end», as Word 2010 and later and
        # LibreOffice write a left or right alignment. Read the paragraph's own.
        from docx.oxml.ns import qn

        props = paragraph._p.pPr
        jc = props.find(qn("w:jc")) if props is not None else None
        return jc is not None and jc.get(qn("w:val")) == "center"
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
