"""PDF files: the text layer when it is usable, else the pages are rendered and OCR'd.

The text comes from ``pdftotext -layout`` (poppler) when it is installed, else from
pypdf's layout mode (pure Python, BSD): a line of the page is a line of text, so the
header's two columns stay side by side on their lines (as the importer reads OCR'd
headers) and the gap before a new paragraph is a blank line. A text layer is usable when
it has words on its pages and they read as Vietnamese: a scan has none, old TCVN3/VNI
fonts without a Unicode map give «§¶ng uû», and a scan whose layer is English-model OCR
(Vietnamese without diacritics, as many scanners make it) is read again by OCR.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from secretariat.directives.importer.decode import ImportFileError
from secretariat.directives.readers.language import looks_english_model_ocr, looks_vietnamese
from secretariat.directives.readers.scans import MAX_PAGES, MAX_PIXELS, RENDER_DPI

if TYPE_CHECKING:
    from pypdf import PdfReader

# A page with a text layer has hundreds of characters; fewer than this on average and
# the layer is a scanner's stray marks, not the text.
MIN_CHARS_PER_PAGE = 80


@dataclass(frozen=True)
class PdfInfo:
    """What a PDF holds before any page is read: its pages and its text layer, if usable."""

    pages: int
    text: str | None  # None: no usable text layer, the pages need OCR


def _damaged(name: str) -> ImportFileError:
    return ImportFileError(
        f"Không nhập được tệp {name}: tệp PDF bị hỏng hoặc không đầy đủ (có thể tải về chưa "
        "xong); hãy tải hoặc quét lại rồi nhập."
    )


def _open(path: Path) -> tuple[PdfReader, int]:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    name = path.name
    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            try:
                opened = bool(reader.decrypt(""))  # a PDF locked only against printing opens
            except (DependencyError, NotImplementedError):
                opened = False
            if not opened:
                raise ImportFileError(
                    f"Không nhập được tệp {name}: tệp PDF có mật khẩu; hãy mở bằng mật khẩu "
                    "rồi in ra PDF không mật khẩu (hoặc xin bản không khóa) để nhập."
                )
        count = len(reader.pages)
    except ImportFileError:
        raise
    except FileNotDecryptedError:
        raise ImportFileError(f"Không nhập được tệp {name}: tệp PDF có mật khẩu.") from None
    except (
        PdfReadError,
        OSError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        AssertionError,
        RecursionError,
    ):
        raise _damaged(name) from None
    return reader, count


def inspect_pdf(path: Path) -> PdfInfo:
    """Open a PDF, check it, and read its text layer if it has a usable one.

    Raises ImportFileError for a password, a damaged file, too many pages or pages too
    large to render.
    """
    name = path.name
    reader, count = _open(path)
    if count == 0:
        raise _damaged(name)
    if count > MAX_PAGES:
        raise ImportFileError(
            f"Không nhập được tệp {name}: tệp PDF có {count:,} trang, quá giới hạn {MAX_PAGES} "
            "trang của một văn bản; hãy tách riêng phần văn bản cần nhập."
        )
    text = _text_layer(path, reader, count)
    if (
        text is not None
        and len(text.strip()) >= MIN_CHARS_PER_PAGE * count
        and looks_vietnamese(text)
        and not (looks_english_model_ocr(text) and _scanned(reader))
    ):
        return PdfInfo(count, text)
    for page in reader.pages:
        box = page.mediabox
        width = float(box.width) / 72 * RENDER_DPI
        height = float(box.height) / 72 * RENDER_DPI
        if width * height > MAX_PIXELS:
            raise ImportFileError(
                f"Không nhập được tệp {name}: trang PDF khổ {float(box.width) / 72 * 2.54:.0f} × "
                f"{float(box.height) / 72 * 2.54:.0f} cm, quá lớn để là một trang văn bản."
            )
    return PdfInfo(count, None)


def _scanned(reader: PdfReader) -> bool:
    """Every page shows an image: a scan, whose text layer (if any) a scanner's OCR made.

    A scanner that OCRs with its English model gives Vietnamese without diacritics
    («Thanh ty»); read with the Vietnamese model instead, such a page comes back whole.
    """
    try:
        for page in reader.pages:
            resources: Any = page.get("/Resources")
            objects: Any = resources.get_object().get("/XObject") if resources else None
            found: Any = objects.get_object().values() if objects is not None else ()
            if not any(obj.get_object().get("/Subtype") == "/Image" for obj in found):
                return False
    except Exception:  # a damaged resource dictionary: trust the text layer
        return False
    return True


def _text_layer(path: Path, reader: PdfReader, count: int) -> str | None:
    command = shutil.which("pdftotext")
    if command is not None:
        result = subprocess.run(
            [command, "-layout", "-enc", "UTF-8", "-l", str(count), str(path), "-"],
            capture_output=True,
            timeout=120,
            check=False,
        )
        if result.returncode == 0:
            return result.stdout.decode("utf-8", "replace")
        if result.returncode == 1:  # poppler: "error opening the PDF file"
            raise _damaged(path.name)
    try:
        return "\n\n".join(
            page.extract_text(extraction_mode="layout") or "" for page in reader.pages
        )
    except Exception:  # pypdf raises many kinds on a damaged content stream
        return None
