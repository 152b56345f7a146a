"""Reading a directive's text file: UTF-8 or UTF-16 only, refused clearly otherwise."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

from secretariat.errors import UserError, os_reason
from secretariat.text import without_controls

ALLOWED_SUFFIXES = (".txt", ".md")
# Bytes a directive file may have: the register keeps at most 5 million characters of
# full text (register.TEXT_MAX), which no UTF-8 or UTF-16 file over 10 MB can fit in.
FILE_MAX_BYTES = 10_000_000


class ImportFileError(UserError):
    """A directive file that cannot be read; ``str(e)`` is one Vietnamese sentence."""


def _decode(data: bytes, name: str) -> str:
    not_text = (
        f"Tệp {name} không phải văn bản UTF-8 hoặc UTF-16: hãy lưu lại tệp dưới dạng "
        "văn bản Unicode (UTF-8) rồi nhập lại."
    )
    if data.startswith(codecs.BOM_UTF8):
        encoding, body = "utf-8", data[len(codecs.BOM_UTF8) :]
    elif data.startswith(codecs.BOM_UTF16_LE):
        encoding, body = "utf-16-le", data[len(codecs.BOM_UTF16_LE) :]
    elif data.startswith(codecs.BOM_UTF16_BE):
        encoding, body = "utf-16-be", data[len(codecs.BOM_UTF16_BE) :]
    else:
        encoding, body = "utf-8", data
    if encoding == "utf-8" and b"\x00" in body:
        raise ImportFileError(not_text)
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError:
        raise ImportFileError(not_text) from None
    # A text file may carry a stray control character (an ESC pasted from a web page);
    # a binary file is full of them. Above 1 % of the first 64 KB, it is not text.
    head = text[:65536]
    controls = sum(ord(ch) < 32 and ch not in "\t\n\r\f\v" for ch in head)
    if "\x00" in text or controls > max(8, len(head) // 100):
        raise ImportFileError(not_text)
    # The rest never reaches the screen, the database or an export: removed here, in the
    # whole text (not only the part looked at).
    return without_controls(text.replace("\f", "\n").replace("\v", "\n"))


def read_directive_file(path: Path) -> str:
    """Read a directive's text: NFC-normalised, ``\\n`` line endings.

    Raises ImportFileError (message naming the file) for a wrong extension, a missing,
    unreadable or empty file, or bytes that are not UTF-8/UTF-16 text.
    """
    path = Path(path)
    name = path.name or str(path)
    if path.suffix.lower() not in ALLOWED_SUFFIXES:
        raise ImportFileError(f"Không nhập được tệp {name}: chỉ đọc được tệp .txt hoặc .md.")
    if path.is_dir():
        raise ImportFileError(f"Không nhập được {name}: đây là một thư mục, không phải tệp.")
    try:
        size = path.stat().st_size
        if size > FILE_MAX_BYTES:
            raise ImportFileError(
                f"Không nhập được tệp {name}: tệp lớn {size / 1_000_000:,.0f} MB, quá giới hạn "
                f"{FILE_MAX_BYTES // 1_000_000} MB của một văn bản (một văn bản dài trăm trang "
                "chỉ khoảng 1 MB). Hãy kiểm tra lại có đúng tệp không."
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(f"Không tìm thấy tệp {name}.") from None
    except OSError as exc:
        raise ImportFileError(f"Không đọc được tệp {name} ({os_reason(exc)}).") from None
    text = _decode(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise ImportFileError(f"Tệp {name} trống, không có nội dung để nhập.")
    return text
