"""One computed summary (``secretariat.reports.summary_records.Summary``) rendered for sharing.

Four formats, each in its own module, imported only when asked for so that importing this
package stays light (python-docx, openpyxl and icalendar load on demand):

- ``md``: plain text / Markdown to paste into a chat (``text.py``);
- ``docx``: a Party "Báo cáo" per Hướng dẫn 36-HD/VPTW (``docx.py``);
- ``xlsx``: the unit × task matrix and the list of assignments (``xlsx.py``);
- ``ics``: every open deadline as an all-day calendar event (``ics.py``).

Every renderer is deterministic: the same summary gives the same bytes (no clock is read;
dates inside the files come from ``summary.made_on``).
"""

from __future__ import annotations

import importlib
import io
import re
import zipfile
from datetime import date
from pathlib import Path

from secretariat.files import write_atomic
from secretariat.reports.summary_records import Summary
from secretariat.text import fold

FORMATS = ("md", "docx", "xlsx", "ics")

# The module of each format and its rendering function (``summary -> bytes``).
_RENDERERS = {
    "md": ("secretariat.reports.formats.chat_text", "render_text_bytes"),
    "docx": ("secretariat.reports.formats.word_report", "render_docx"),
    "xlsx": ("secretariat.reports.formats.spreadsheet", "render_xlsx"),
    "ics": ("secretariat.reports.formats.ics", "render_ics"),
}

# "week" -> "tuan" in file names.
_PERIOD_WORDS = {
    "today": "ngay",
    "week": "tuan",
    "month": "thang",
    "quarter": "quy",
}

# Shared wording of every format.
CONFIDENTIAL_WARNING = "⚠ CÓ NỘI DUNG MẬT — không chuyển tiếp, không đăng lên nhóm chung."
CONFIDENTIAL_MARK = "[MẬT]"  # before the title of each confidential item


def render(summary: Summary, fmt: str) -> bytes:
    """The summary as the bytes of a file of format ``fmt`` (one of ``FORMATS``)."""
    if fmt not in _RENDERERS:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
    module_name, function_name = _RENDERERS[fmt]
    module = importlib.import_module(module_name)
    return getattr(module, function_name)(summary)


def write_export(summary: Summary, fmt: str, path: Path) -> Path:
    """Render and write atomically (temporary file, then rename), mode 0600; return ``path``.

    A missing parent folder is created with mode 0700.
    """
    data = render(summary, fmt)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    write_atomic(path, data)
    return path


def slug(text: str, *, limit: int = 40) -> str:
    """ASCII, lower case, words joined by ``-``.

    ``Văn bản 604-TB/VPTU`` -> ``van-ban-604-tb-vptu``; cut at a word to ``limit`` characters.
    """
    words = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    if len(words) > limit:
        words = words[:limit].rsplit("-", 1)[0] if "-" in words[:limit] else words[:limit]
    return words.strip("-")


def default_name(summary: Summary, fmt: str) -> str:
    """``bao-cao-tuan-2026-11-23-toan-bo.docx``: ASCII, no spaces, sortable by date."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
    period = summary.period
    word = _PERIOD_WORDS.get(period.name)
    if word is None:  # a date range (or anything new): both ends
        when = f"{period.start.isoformat()}-den-{period.end.isoformat()}"
    else:
        when = f"{word}-{period.start.isoformat()}"
    scope = "toan-bo" if summary.scope.kind == "all" else slug(summary.scope.label)
    scope = scope or slug(f"{summary.scope.kind} {summary.scope.key}") or "pham-vi"
    return f"bao-cao-{when}-{scope}.{fmt}"


# --- Helpers shared by the renderers (no heavy imports) ------------------------------------


def marked(title: str, confidential: bool) -> str:
    """``[MẬT] title`` for a confidential item, the title (spaces squeezed) otherwise."""
    title = " ".join(title.split())
    return f"{CONFIDENTIAL_MARK} {title}" if confidential else title


def clip(text: str, width: int) -> str:
    """``text`` (spaces squeezed) cut to ``width`` characters at a word, marked with ``…``."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[: width - 1]
    if " " in cut and not text[width - 1].isspace():
        head = cut.rsplit(" ", 1)[0]
        cut = head if len(head) >= width // 2 else cut
    return cut.rstrip(" ,;:-") + "…"


def percent(rate: float | None) -> str:
    """``83%`` (rounded half up); ``—`` when there is no rate."""
    if rate is None:
        return "—"
    return f"{int(rate * 100 + 0.5)}%"


def fixed_zip(data: bytes, day: date) -> bytes:
    """The same zip (a .docx or .xlsx) with every entry stamped ``day`` 00:00.

    Zip entries otherwise carry the time they were written, so two exports of the same
    summary would differ by a few bytes; with this they are identical.
    """
    stamp = (max(day.year, 1980), day.month, day.day, 0, 0, 0)
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            target.writestr(info, source.read(entry.filename))
    return out.getvalue()
