"""Readers: the text of a directive from the file it arrived as, for the importer.

One reader per kind of file, chosen by the file's magic bytes (an extension that lies is
refused): .txt/.md as before, .docx in body order, a PDF's text layer, and scans (PDF
pages without text, .png/.jpg/.tif) read by Tesseract with the Vietnamese model, pages
in parallel. Text read off a page is re-flowed into paragraphs. Every refusal is an
``ImportFileError``: one Vietnamese sentence, nothing saved. Headless: no Textual here.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from secretariat.directives.importer.decode import ImportFileError, read_directive_file
from secretariat.directives.readers.language import looks_vietnamese
from secretariat.directives.readers.reflow import reflow
from secretariat.directives.readers.sniff import IMAGE_KINDS, READABLE_SUFFIXES, file_kind
from secretariat.directives.readers.tesseract import (
    LANGUAGE,
    Cancelled,
    PageText,
    engine_version,
    mean_confidence,
    searchable_pdf,
)
from secretariat.text import without_controls

__all__ = [
    "LOW_CONFIDENCE",
    "READABLE_SUFFIXES",
    "Cancelled",
    "ImportFileError",
    "ReadResult",
    "check_document",
    "read_document",
]

# Bytes a PDF or a scan may have: a 200-page scan at 300 dpi is well under it.
BINARY_MAX_BYTES = 150_000_000
# Below this mean word confidence (Tesseract's 0-100) the review screen warns the clerk.
LOW_CONFIDENCE = 80.0

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ReadResult:
    """A directive's text and how it was obtained."""

    text: str
    origin: str  # "txt", "docx", "pdf" (text layer) or "ocr"
    note: str  # how, in Vietnamese: «Tesseract 5.3.0, tiếng Việt (vie), 3 trang»
    pages: int = 1
    confidence: float | None = None  # OCR only: mean word confidence, 0-100
    searchable_pdf: bytes = b""  # OCR only: the scan with its text under it, one PDF

    @property
    def low_confidence(self) -> bool:
        return self.confidence is not None and self.confidence < LOW_CONFIDENCE


def _finish(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return without_controls(unicodedata.normalize("NFC", text))


def _ocr_result(name: str, pages: list[PageText], what: str) -> ReadResult:
    text = _finish(reflow("\n\n".join(p.text for p in pages)))
    words = sum(p.words for p in pages)
    if words < 5 or len(text.strip()) < 20:
        raise ImportFileError(
            f"Không thấy chữ nào đọc được trong {what} {name}: hãy kiểm tra đúng là bản quét "
            "văn bản, rồi quét lại rõ hơn (200–300 dpi, trang thẳng, đủ sáng)."
        )
    if not looks_vietnamese(text):
        raise ImportFileError(
            f"Chữ trong {what} {name} không phải tiếng Việt: ứng dụng chỉ nhập văn bản "
            "tiếng Việt; hãy kiểm tra lại có đúng tệp không."
        )
    confidence = mean_confidence(pages)
    count = len(pages)
    note = f"{engine_version()}, tiếng Việt ({LANGUAGE}), {count} trang"
    if confidence is not None:
        note += f", độ tin cậy {confidence:.0f}%"
    return ReadResult(text, "ocr", note, count, confidence, searchable_pdf(pages))


def check_document(path: Path) -> str:
    """Refuse now what ``read_document`` would refuse before reading any page; the kind.

    A text file is read whole; a PDF is opened and its pages counted; an image's header
    is measured. OCR is not run.
    """
    path = Path(path).expanduser()
    kind = file_kind(path)
    if kind == "text":
        read_directive_file(path)
    elif kind == "doc":
        from secretariat.directives.readers.word import DOC_SENTENCE, soffice_command

        if soffice_command() is None:  # converted when read, if LibreOffice is there
            raise ImportFileError(DOC_SENTENCE.format(name=path.name))
    elif kind == "docx":
        from secretariat.directives.readers.word import docx_text

        docx_text(path)
    elif kind == "pdf":
        from secretariat.directives.readers.pdf import inspect_pdf

        inspect_pdf(path)
    else:
        from secretariat.directives.readers.scans import image_page_count

        image_page_count(path)
    return kind


def read_document(
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ReadResult:
    """Read the directive in ``path``, whatever kind of file it is.

    ``progress(done, total)`` is told the pages read so far (OCR only; text files are
    read at once). ``cancelled()`` is polled: when it turns true, running OCR processes
    are killed and Cancelled is raised, nothing left behind.

    Raises ImportFileError (one Vietnamese sentence naming the file) for anything that
    cannot be read, and Cancelled.
    """
    path = Path(path).expanduser()
    name = path.name or str(path)
    kind = file_kind(path)
    if kind == "text":
        from secretariat.directives.readers.layout_table import pipe_tables

        # (a text saved from a laid-out PDF page keeps its schedule's columns: rows first)
        return ReadResult(pipe_tables(read_directive_file(path)), "txt", "Tệp văn bản")
    size = path.stat().st_size
    if size > BINARY_MAX_BYTES:
        raise ImportFileError(
            f"Không nhập được tệp {name}: tệp lớn {size / 1_000_000:,.0f} MB, quá giới hạn "
            f"{BINARY_MAX_BYTES // 1_000_000} MB; hãy kiểm tra lại có đúng tệp không."
        )
    if kind == "doc":
        from secretariat.directives.readers.word import doc_text

        text = _finish(doc_text(path, cancelled))
        if not text.strip():
            raise ImportFileError(f"Tệp {name} trống, không có nội dung để nhập.")
        return ReadResult(text, "docx", "Tệp Word cũ (.doc), chuyển sang .docx bằng LibreOffice")
    if kind == "docx":
        from secretariat.directives.readers.word import docx_text

        text = _finish(docx_text(path))
        if not text.strip():
            raise ImportFileError(f"Tệp {name} trống, không có nội dung để nhập.")
        return ReadResult(text, "docx", "Tệp Word (.docx)")
    if kind == "pdf":
        from secretariat.directives.readers.layout_table import pipe_tables
        from secretariat.directives.readers.pdf import inspect_pdf
        from secretariat.directives.readers.scans import read_pdf_scan

        info = inspect_pdf(path)
        if info.text is not None:
            note = f"Lớp chữ của tệp PDF, {info.pages} trang"
            text = reflow(pipe_tables(info.text))  # a schedule's rows before the columns run
            return ReadResult(_finish(text), "pdf", note, info.pages)
        pages = read_pdf_scan(path, info.pages, progress=progress, cancelled=cancelled)
        return _ocr_result(name, pages, "tệp PDF")
    if kind in IMAGE_KINDS:
        from secretariat.directives.readers.scans import read_image

        pages = read_image(path, progress=progress, cancelled=cancelled)
        return _ocr_result(name, pages, "ảnh")
    raise ImportFileError(f"Không nhập được tệp {name}.")  # unreachable: file_kind refuses
