"""Errors a clerk may see: each carries one clear Vietnamese sentence."""

from __future__ import annotations

import errno
from dataclasses import dataclass


class UserError(Exception):
    """A problem caused by input or environment, explained in Vietnamese.

    The UI shows ``message`` as is; the CLI prints it on one line and exits non-zero.
    """

    def __init__(self, message: str, *, details: list[str] | None = None, field: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.details = details or []
        self.field = field  # the input field the (first) problem is in: a form focuses it

    def __str__(self) -> str:
        return "\n".join([self.message, *self.details])


class Problems:
    """Every problem found in one input, each with the field it is in.

    ``raise_any`` raises one ``UserError`` listing them all (nothing is saved), naming
    the field of the first so a form can put the cursor there.
    """

    def __init__(self) -> None:
        self._found: list[tuple[str, str]] = []

    def add(self, message: str, field: str = "") -> None:
        self._found.append((message, field))

    def __bool__(self) -> bool:
        return bool(self._found)

    def raise_any(self) -> None:
        if self._found:
            (first, field), *rest = self._found
            raise UserError(first, details=[message for message, _ in rest], field=field)


@dataclass(frozen=True)
class Doubt:
    """One thing that may be a slip: the sentence, its field, and its kind (for grouping)."""

    message: str
    field: str = ""
    kind: str = ""  # e.g. "past_due": an import groups its tasks' doubts of one kind


class NeedsConfirmation(UserError):
    """A doubtful but possible input: saving again with the same values confirms it."""

    def __init__(
        self,
        message: str,
        *,
        details: list[str] | None = None,
        field: str = "",
        doubts: list[Doubt] | None = None,
    ) -> None:
        super().__init__(message, details=details, field=field)
        self.doubts = doubts or [Doubt(message, field)]  # as first found


AGAIN = "Nếu đúng như vậy, nhấn Ctrl+S lần nữa để vẫn lưu."


class Doubts:
    """What looks like a slip but may be right (a deadline already past, no number).

    Nothing is refused: ``ask_unless(confirmed)`` raises one ``NeedsConfirmation``
    listing every doubt, so the clerk is asked once; saving again confirms them all.
    """

    def __init__(self) -> None:
        self.found: list[Doubt] = []

    def add(self, message: str, field: str = "", kind: str = "") -> None:
        self.found.append(Doubt(message, field, kind))

    def ask_unless(self, confirmed: bool) -> None:
        if confirmed or not self.found:
            return
        field = next((doubt.field for doubt in self.found if doubt.field), "")
        if len(self.found) == 1:
            raise NeedsConfirmation(
                f"{self.found[0].message} {AGAIN}", field=field, doubts=list(self.found)
            )
        raise NeedsConfirmation(
            f"Xin xem lại {len(self.found)} điều trước khi lưu:",
            details=[f"• {doubt.message}" for doubt in self.found] + [AGAIN],
            field=field,
            doubts=list(self.found),
        )


_OS_REASONS = {
    errno.EACCES: "không có quyền truy cập",
    errno.EPERM: "không được phép",
    errno.EROFS: "ổ đĩa chỉ cho đọc",
    errno.ENOSPC: "ổ đĩa đã đầy",
    errno.ENOENT: "không tìm thấy",
    errno.EEXIST: "đã có một tệp trùng tên ở đó",
    errno.ENOTDIR: "một phần của đường dẫn là tệp, không phải thư mục",
    errno.EISDIR: "đó là một thư mục",
}


def os_reason(exc: OSError) -> str:
    """A short Vietnamese reason for an OS error (the English text as a last resort)."""
    return _OS_REASONS.get(exc.errno or -1, exc.strerror or str(exc))


# What a database error means to a clerk, by SQLite's error name (sqlite3 gives it as
# ``sqlite_errorname``; an extended name such as SQLITE_BUSY_SNAPSHOT starts with its
# primary one): the reason, and what to do. Never the driver's English text: it carries
# SQL and a web address.
BUSY = "Tệp dữ liệu đang bận (một máy khác đang ghi)"
AGAIN_LATER = "hãy thử lại"
_TWIN = "Dữ liệu trùng với một bản ghi vừa được lưu (có thể ở máy khác)"
_DAMAGED = ("Tệp dữ liệu bị hỏng", "hãy phục hồi từ bản sao lưu")
_DATABASE_REASONS = (
    ("SQLITE_BUSY", (BUSY, AGAIN_LATER)),
    ("SQLITE_LOCKED", (BUSY, AGAIN_LATER)),
    (
        "SQLITE_CONSTRAINT_FOREIGNKEY",
        ("Bản ghi liên quan vừa bị xóa hoặc thay đổi ở máy khác", "hãy tải lại rồi thử lại"),
    ),
    ("SQLITE_CONSTRAINT", (_TWIN, "hãy tải lại rồi xem lại")),
    ("SQLITE_FULL", ("Ổ đĩa chứa tệp dữ liệu đã đầy", "hãy giải phóng chỗ trống rồi thử lại")),
    ("SQLITE_READONLY", ("Tệp dữ liệu chỉ cho đọc", "hãy kiểm tra quyền ghi của tệp")),
    ("SQLITE_PERM", ("Không có quyền ghi vào tệp dữ liệu", "hãy kiểm tra quyền ghi của tệp")),
    ("SQLITE_CORRUPT", _DAMAGED),
    ("SQLITE_NOTADB", _DAMAGED),
    ("SQLITE_IOERR", ("Không đọc ghi được ổ đĩa chứa tệp dữ liệu", "hãy kiểm tra ổ đĩa")),
    ("SQLITE_CANTOPEN", ("Không mở được tệp dữ liệu", "hãy kiểm tra ổ đĩa")),
)


# The same on a PostgreSQL server, by SQLSTATE (psycopg gives it as ``sqlstate``): its
# class (first two characters) or the exact code.
_SERVER_BUSY = "Máy chủ dữ liệu đang bận (một người khác đang ghi)"
_SERVER_GONE = (
    "Mất kết nối tới máy chủ dữ liệu",
    "những gì đã gõ vẫn còn; hãy thử lại khi máy chủ chạy lại (ứng dụng tự kết nối lại)",
)
_SERVER_REASONS = (
    ("55P03", (_SERVER_BUSY, AGAIN_LATER)),  # lock_not_available (lock_timeout)
    ("40001", (_SERVER_BUSY, AGAIN_LATER)),  # serialization_failure
    ("40P01", (_SERVER_BUSY, AGAIN_LATER)),  # deadlock_detected
    ("57014", (_SERVER_BUSY, AGAIN_LATER)),  # query_canceled (statement_timeout)
    ("23503", ("Bản ghi liên quan vừa bị xóa hoặc thay đổi ở máy khác", "hãy tải lại rồi thử lại")),
    ("23", (_TWIN, "hãy tải lại rồi xem lại")),  # integrity constraint violation
    ("22001", ("Một ô nhập dài quá giới hạn", "hãy rút ngắn rồi thử lại")),
    ("53", ("Máy chủ dữ liệu hết chỗ hoặc hết bộ nhớ", "hãy báo người quản trị máy chủ")),
    ("42501", ("Tài khoản này không có quyền ghi", "hãy nhờ người quản trị máy chủ cấp quyền")),
    ("08", _SERVER_GONE),  # connection exception
    ("57P", _SERVER_GONE),  # admin shutdown, crash shutdown, cannot connect now
    ("XX", ("Máy chủ dữ liệu báo lỗi nội bộ", "hãy báo người quản trị máy chủ")),
)


def database_reason(exc: BaseException) -> tuple[str, str] | None:
    """What went wrong and what to do, in Vietnamese and without SQL, if ``exc`` is a
    database error (SQLAlchemy's or the driver's); None for any other error."""
    import sqlite3

    if type(exc).__name__ == "TextTooLong":  # storage.plain_text: a field over its length
        limit, length = getattr(exc, "limit", 0), getattr(exc, "length", 0)
        return (
            f"Một ô nhập dài quá giới hạn ({length} ký tự, tối đa {limit})",
            "hãy rút ngắn rồi thử lại",
        )
    # SQLAlchemy's errors are known by their module, not imported: the importer, which
    # uses these errors, must not depend on the database layer (import-linter).
    kinds = type(exc).__mro__
    from_sqlalchemy = any(kind.__module__.startswith("sqlalchemy") for kind in kinds)
    from_driver = any(kind.__module__.startswith("psycopg") for kind in kinds)
    if not (from_sqlalchemy or from_driver or isinstance(exc, sqlite3.Error)):
        return None
    driver = getattr(exc, "orig", None) or exc
    state = getattr(driver, "sqlstate", None) or ""
    for prefix, reason in _SERVER_REASONS if state else ():
        if state.startswith(prefix):
            return reason
    if getattr(exc, "connection_invalidated", False) or (
        from_sqlalchemy
        and any(kind.__module__.startswith("psycopg") for kind in type(driver).__mro__)
        and "connection" in str(driver).lower()
    ):
        return _SERVER_GONE
    name = getattr(driver, "sqlite_errorname", "") or ""
    for prefix, reason in _DATABASE_REASONS:
        if name.startswith(prefix):
            return reason
    text = str(driver).lower()
    if "locked" in text or "busy" in text:  # another driver, or no error name
        return BUSY, AGAIN_LATER
    if any(kind.__name__ == "IntegrityError" for kind in kinds):
        return _TWIN, "hãy tải lại rồi xem lại"
    return "Cơ sở dữ liệu báo lỗi", AGAIN_LATER


def database_sentence(exc: BaseException, *, saving: bool = True) -> str | None:
    """One Vietnamese sentence for a database error that reaches a clerk (None for any
    other error): «Tệp dữ liệu đang bận (một máy khác đang ghi); chưa lưu, hãy thử lại.»

    ``saving``: the work was a save, so the sentence says nothing of it was written
    (the unit of work rolled back; a form keeps what was typed).
    """
    found = database_reason(exc)
    if found is None:
        return None
    reason, advice = found
    return f"{reason}; chưa lưu, {advice}." if saving else f"{reason}; {advice}."
