"""What a file really is, from its first bytes, whatever its name says."""

from __future__ import annotations

import zipfile
from pathlib import Path

from secretariat.directives.importer.decode import ImportFileError
from secretariat.errors import os_reason

# Kinds of file the readers take, with the name a clerk knows them by.
KIND_NAMES = {
    "text": "văn bản thuần (.txt, .md)",
    "docx": "Word (.docx)",
    "doc": "Word cũ (.doc)",
    "pdf": "PDF",
    "png": "ảnh PNG",
    "jpeg": "ảnh JPEG",
    "tiff": "ảnh TIFF",
}
SUFFIX_KINDS = {
    ".txt": "text",
    ".md": "text",
    ".docx": "docx",
    ".doc": "doc",
    ".pdf": "pdf",
    ".png": "png",
    ".jpg": "jpeg",
    ".jpeg": "jpeg",
    ".tif": "tiff",
    ".tiff": "tiff",
}
READABLE_SUFFIXES = tuple(SUFFIX_KINDS)
IMAGE_KINDS = ("png", "jpeg", "tiff")


def content_kind(head: bytes, path: Path) -> str | None:
    """The kind the bytes say (``None``: none of ours, e.g. plain text or garbage)."""
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "tiff"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "doc"  # an OLE compound file: Word 97-2003 (or Excel, PowerPoint of then)
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError):
            return "docx"  # a zip cut short: the .docx reader says it is damaged
        return "docx" if "word/document.xml" in names else "zip"
    return None


def file_kind(path: Path) -> str:
    """The kind of ``path``, checked against its magic bytes.

    Raises ImportFileError for a type we do not read, or an extension that lies about the
    content (a PNG named .pdf), naming what the file really is.
    """
    name = path.name or str(path)
    suffix_kind = SUFFIX_KINDS.get(path.suffix.lower())
    if suffix_kind is None:
        raise ImportFileError(
            f"Không nhập được tệp {name}: chỉ đọc được tệp .txt, .md, .docx, .doc, .pdf và "
            "ảnh .png, .jpg, .tif."
        )
    try:
        with path.open("rb") as stream:
            head = stream.read(2048)
    except FileNotFoundError:
        raise ImportFileError(f"Không tìm thấy tệp {name}.") from None
    except IsADirectoryError:
        raise ImportFileError(
            f"Không nhập được {name}: đây là một thư mục, không phải tệp."
        ) from None
    except OSError as exc:
        raise ImportFileError(f"Không đọc được tệp {name} ({os_reason(exc)}).") from None
    found = content_kind(head, path)
    if suffix_kind == "text":
        if found is not None:
            raise _lying(name, suffix_kind, found)
        return "text"
    if found != suffix_kind:
        if found is None and not head.strip():
            raise ImportFileError(f"Tệp {name} trống, không có nội dung để nhập.")
        raise _lying(name, suffix_kind, found)
    return found


def _lying(name: str, claimed: str, found: str | None) -> ImportFileError:
    what = KIND_NAMES.get(found or "", "một loại tệp khác") if found != "zip" else "tệp nén .zip"
    if found is None:
        what = "không phải " + KIND_NAMES[claimed] + " (có thể là văn bản thuần hoặc tệp hỏng)"
        return ImportFileError(
            f"Không nhập được tệp {name}: đuôi tệp nói là {KIND_NAMES[claimed]} nhưng nội "
            f"dung {what}."
        )
    return ImportFileError(
        f"Không nhập được tệp {name}: đuôi tệp nói là {KIND_NAMES[claimed]} nhưng nội dung "
        f"là {what}; hãy đổi đuôi tệp cho đúng rồi nhập lại."
    )
