"""How a clerk names a directive, the same everywhere: its number, else type, issuer, date."""

from __future__ import annotations

from datetime import date

from secretariat.dates import format_date
from secretariat.text import shorten


def directive_name(number: str | None, doc_type: str, issuer: str, issued: date | None) -> str:
    """``604-TB/VPTU``; one without a number: ``Kế hoạch, UBND phường Lê Ích Mộc, 03/10/2025``.

    (A document registered with neither shows «Văn bản chưa có số».)
    """
    if number:
        return number
    named = ", ".join(part for part in (doc_type, issuer, format_date(issued)) if part)
    return named or "Văn bản chưa có số"


def directive_option(
    number: str | None, doc_type: str, issuer: str, issued: date | None, subject: str, width: int
) -> str:
    """One line of a directive picker: its name, then as much of the subject as fits."""
    return shorten(f"{directive_name(number, doc_type, issuer, issued)} — {subject}", width)
