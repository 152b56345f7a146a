"""The file a directive was imported from, kept with it, and how its text was obtained.

An import attaches the file it read (a scan is one key away from its text) and records
on the directive how the text came: a text file, a .docx, a PDF's text layer, or OCR
with the engine, language, pages and mean confidence. The detail view says so.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session, select

from secretariat.directives.readers import LOW_CONFIDENCE
from secretariat.directives.register import AttachmentRead, attach_file, get_directive
from storage.models import Attachment

# How a directive's text was obtained, as the detail view says it.
ORIGIN_LABELS = {
    "txt": "đọc từ tệp văn bản",
    "docx": "đọc từ tệp Word (.docx)",
    "pdf": "đọc từ lớp chữ của tệp PDF",
    "ocr": "nhận dạng chữ (OCR) từ bản quét",
}


@dataclass(frozen=True)
class TextOrigin:
    """Where an imported text came from: the file read and how it was read."""

    source: Path  # the file the clerk imported (attached when the import is saved)
    kind: str  # a key of ORIGIN_LABELS
    note: str  # «Tesseract 5.3.0, tiếng Việt (vie), 3 trang, độ tin cậy 91%»
    confidence: float | None = None
    text: str = ""  # the text as read: the origin is recorded only if it is the one kept
    searchable_pdf: bytes = b""  # a scan's searchable copy, attached beside it


def keep_original(
    directive_id: int, origin: TextOrigin, attachments_dir: Path, *, session: Session
) -> AttachmentRead | None:
    """Attach ``origin.source`` (once: the same bytes again are not copied twice) and,
    when the directive's text is the one read from it, record how it was obtained.

    Returns the new attachment, or None when the directive already had that file.
    """
    directive = get_directive(directive_id, session=session)
    if directive.full_text.strip() == origin.text.strip():
        directive.text_origin = origin.kind
        directive.text_origin_note = origin.note[:200]
        directive.text_confidence = origin.confidence
        session.add(directive)
    known = set(session.exec(select(Attachment.id).where(Attachment.directive_id == directive_id)))
    attached = attach_file(directive_id, origin.source, attachments_dir, session=session)
    if attached.id in known:  # the same file imported again: attach_file kept one record
        return None
    if origin.searchable_pdf:
        _attach_searchable(directive_id, origin, attachments_dir, session=session)
    return attached


def _attach_searchable(
    directive_id: int, origin: TextOrigin, attachments_dir: Path, *, session: Session
) -> None:
    """The scan as a searchable PDF («…-tim-kiem-duoc.pdf»), written privately, attached."""
    with tempfile.TemporaryDirectory(prefix="secretariat-pdf-") as folder:
        copy = Path(folder) / f"{origin.source.stem}-tim-kiem-duoc.pdf"
        copy.write_bytes(origin.searchable_pdf)
        attach_file(directive_id, copy, attachments_dir, session=session)


def origin_line(directive_id: int, *, session: Session) -> str | None:
    """«Toàn văn: nhận dạng chữ (OCR) từ bản quét — Tesseract …», or None (typed)."""
    directive = get_directive(directive_id, session=session)
    said = ORIGIN_LABELS.get(directive.text_origin)
    if said is None:
        return None
    line = f"Toàn văn: {said}"
    if directive.text_origin_note:
        line += f" — {directive.text_origin_note}"
    confidence = directive.text_confidence
    if directive.text_origin == "ocr" and confidence is not None and confidence < LOW_CONFIDENCE:
        line += " (độ tin cậy thấp: hãy soát lại với bản quét)"
    return line
