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
