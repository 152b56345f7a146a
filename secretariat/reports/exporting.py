"""One entry point for exports, shared by the CLI and the TUI: compute, render, write."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlmodel import Session

from secretariat.errors import UserError
from secretariat.places import exports_dir as exports_dir  # re-exported
from secretariat.reports.signing import report_number, sign
from secretariat.reports.summary import compute_summary, make_period, make_scope
from secretariat.reports.summary_records import Summary

FORMAT_LABELS: dict[str, str] = {
    "md": "Văn bản (dán vào Zalo, tin nhắn) .md",
    "docx": "Báo cáo Word theo thể thức Đảng .docx",
    "xlsx": "Bảng tính đơn vị × nhiệm vụ .xlsx",
    "ics": "Lịch hạn chót (điện thoại) .ics",
}


@dataclass(frozen=True)
class ExportRequest:
    fmt: str
    period: str = "week"  # today, week, month, quarter, range
    start: str = ""  # dd/mm/yyyy, for a range
    end: str = ""
    scope_kind: str = "all"  # all, unit, group, directive, meeting
    scope_key: str = ""
    include_confidential: bool = False
    # The Word report's number and signer, as typed («15», «T/M ĐẢNG ỦY / BÍ THƯ», a name);
    # blank: no number, the office's signer (``secretariat.reports.signing``).
    number: str = ""
    signer_title: str = ""
    signer_name: str = ""


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while an export builds its objects.

    A month's summary of a decade-old office makes some 60,000 row objects; each time
    allocations pass the collector's threshold it walks every object the process holds
    (a third of the export's time, measured). They form no cycles, so nothing is missed:
    the collector runs again as soon as the export is done.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def summary_for(request: ExportRequest, today: date, *, session: Session) -> Summary:
    """The summary an export request asks for (checked: format, period, scope, number),
    signed by the signer given (remembered for the next report) or else the office's."""
    from secretariat.reports.formats import FORMATS

    if request.fmt not in FORMATS:
        raise UserError(f"Định dạng «{request.fmt}» không có; chọn: {', '.join(FORMATS)}.")
    period = make_period(request.period, today, request.start, request.end)
    number = report_number(request.number)
    scope = make_scope(request.scope_kind, request.scope_key, session=session)
    org = sign(
        request.signer_title,
        request.signer_name,
        required=request.fmt == "docx",
        session=session,
    )
    summary = compute_summary(
        today, period, scope, include_confidential=request.include_confidential, session=session
    )
    return replace(summary, org=org, number=number)


def render_request(request: ExportRequest, today: date, *, session: Session) -> bytes:
    """The export's bytes, nothing written (``--out -``)."""
    from secretariat.reports.formats import render

    with _collector_paused():
        return render(summary_for(request, today, session=session), request.fmt)


def export_to_file(
    request: ExportRequest, today: date, folder: Path, out: Path | None = None, *, session: Session
) -> Path:
    """Write the export to ``out`` (or ``folder``/default name), atomically, 0600."""
    from secretariat.reports.formats import default_name, write_export

    with _collector_paused():
        summary = summary_for(request, today, session=session)
        target = out if out is not None else folder / default_name(summary, request.fmt)
        return write_export(summary, request.fmt, target)


@dataclass(frozen=True)
class Shared:
    """An export written to a file, and the same summary as chat text to copy."""

    path: Path
    chat_text: str


def export_and_share(
    request: ExportRequest, today: date, folder: Path, out: Path | None = None, *, session: Session
) -> Shared:
    """``export_to_file``, and the summary's chat text (the clipboard's), from one read."""
    from secretariat.reports.formats import default_name, write_export
    from secretariat.reports.formats.chat_text import render_text

    with _collector_paused():
        summary = summary_for(request, today, session=session)
        target = out if out is not None else folder / default_name(summary, request.fmt)
        return Shared(write_export(summary, request.fmt, target), render_text(summary))
