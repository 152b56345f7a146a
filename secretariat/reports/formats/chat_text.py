"""The summary as plain text for a chat (Zalo) or a terminal: at most 80 characters a line.

No Markdown markup beyond ``- `` bullets, so it reads the same pasted into a phone chat
and printed in a terminal. Every section is printed; an empty one says ``(không có)``.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from secretariat.dates import format_date, long_date
from secretariat.reports.formats import CONFIDENTIAL_WARNING, clip, marked, percent
from secretariat.reports.summary_records import (
    CompletedItem,
    DueItem,
    ExtensionItem,
    MeetingItem,
    OverdueItem,
    StatusCounts,
    Summary,
    UnitLine,
)
from secretariat.text import fold
from secretariat.units.ranges import owing_line, units_text

WIDTH = 80
INDENT = "  "  # continuation of a bullet's first line, and its detail lines
DEEP = "    "  # continuation of a detail line
EMPTY = "(không có)"
TITLE = "BÁO CÁO TIẾN ĐỘ NHIỆM VỤ"
# The same days as Hôm nay's «Đến hạn hôm nay» and «7 ngày tới» (review.soon_window).
SOON_HEADING = "SẮP ĐẾN HẠN — HÔM NAY VÀ 7 NGÀY TỚI"
UNIT_COLUMNS = ("Đơn vị", "Giao", "Đúng hạn", "Trễ", "Quá hạn", "Tỷ lệ")
GAP = "  "  # between the columns of the units table


def _wrap(text: str, first: str = "", rest: str = INDENT) -> list[str]:
    return textwrap.wrap(
        " ".join(text.split()),
        width=WIDTH,
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=True,
        break_on_hyphens=False,
    ) or [first.rstrip()]


def _packed(pieces: Sequence[str], sep: str, first: str, rest: str) -> list[str]:
    """``pieces`` joined by ``sep``, wrapped at 80 only between pieces (a unit name or a
    count is never split across lines unless it is longer than a line by itself)."""
    words = [piece + sep.rstrip() for piece in pieces[:-1]] + list(pieces[-1:])
    lines: list[str] = []
    current = first
    for word in words:
        if current.strip() and len(current) + 1 + len(word) <= WIDTH:
            current += " " + word
        elif current.strip():
            lines.append(current)
            current = rest + word
        else:
            current += word
        if len(current) > WIDTH:
            wrapped = _wrap(current.strip(), current[: len(current) - len(current.lstrip())], rest)
            lines += wrapped[:-1]
            current = wrapped[-1]
    lines.append(current)
    return lines


def _bullet(head: str, details: Sequence[str | list[str]]) -> list[str]:
    """``- head`` then each detail on its own indented line, all wrapped at 80."""
    lines = _wrap(head, "- ", INDENT)
    for detail in details:
        if isinstance(detail, list):
            lines += detail
        elif detail:
            lines += _wrap(detail, INDENT, DEEP)
    return lines


def _titled(title: str, directive: str, confidential: bool) -> str:
    text = marked(title, confidential)
    directive = " ".join(directive.split())
    return f"{text} ({directive})" if directive else text


def _owing(units: Sequence[str], assigned: Sequence[str]) -> list[str]:
    """``owing_line`` wrapped at 80 between units or ranges, never inside a name."""
    if not units:
        return []
    text = owing_line(units, assigned)
    head, colon, rest = text.partition(": ")
    # Each piece keeps the mark after it: «,» inside a group; between groups «;» where a
    # group's own numbers are listed with commas («số 01–04, 07–12; Văn phòng Đảng ủy»),
    # else «,» (a list of names reads as one).
    groups = [group.split(", ") for group in rest.split("; ")]
    between = ";" if any(len(group) > 1 for group in groups) else ","
    pieces = [
        piece + ("" if last else ("," if i < len(group) - 1 else between))
        for g, group in enumerate(groups)
        for i, piece in enumerate(group)
        for last in [g == len(groups) - 1 and i == len(group) - 1]
    ]
    return _packed([f"{head}{colon}{pieces[0]}", *pieces[1:]], " ", INDENT, DEEP)


def counts_parts(counts: StatusCounts) -> list[str]:
    """The four official statuses and their counts (``Tổng 120 việc giao: hoàn thành đúng
    hạn 70``, ``hoàn thành quá hạn 10``, ``chưa hoàn thành – quá hạn 12``, …)."""
    still = counts.total - counts.done - counts.overdue
    in_time = f"chưa hoàn thành – trong hạn {still}"
    if counts.due_soon:
        in_time += f" (sắp đến hạn {counts.due_soon})"
    parts = [
        f"hoàn thành đúng hạn {counts.done_on_time}",
        f"hoàn thành quá hạn {counts.done_late}",
        f"chưa hoàn thành – quá hạn {counts.overdue}",
        in_time,
    ]
    if counts.ongoing:
        parts.append(f"trong đó thường xuyên {counts.ongoing}")
    if counts.no_deadline:
        parts.append(f"trong đó chưa có hạn {counts.no_deadline}")
    return [f"Tổng {counts.total} việc giao: {parts[0]}", *parts[1:-1], parts[-1] + "."]


def _overdue(item: OverdueItem) -> list[str]:
    return _bullet(
        _titled(item.title, item.directive, item.confidential),
        [
            f"Hạn {format_date(item.due)}, "
            + (item.countdown or f"quá hạn {item.days_overdue} ngày"),
            _owing(item.units, item.assigned),
        ],
    )


def _due(item: DueItem) -> list[str]:
    return _bullet(
        _titled(item.title, item.directive, item.confidential),
        [f"Hạn {format_date(item.due)}, {item.countdown}", _owing(item.units, item.assigned)],
    )


def completion(item: CompletedItem) -> str:
    """``hoàn thành đúng hạn`` / ``hoàn thành quá hạn 7 ngày`` (the official words)."""
    if not item.late:
        return "hoàn thành đúng hạn"
    if item.due is not None and item.completed > item.due:
        return f"hoàn thành quá hạn {(item.completed - item.due).days} ngày"
    return "hoàn thành quá hạn"


def _completed(items: Sequence[CompletedItem]) -> list[str]:
    """One bullet per task: its units grouped by day, result and report («Chi bộ Tổ dân
    phố số 03, 04: ngày 20/11/2026, hạn 16/11/2026 — hoàn thành quá hạn 4 ngày»)."""
    first = items[0]
    by_line: dict[tuple[str, str], list[str]] = {}
    for item in items:
        due = f"hạn {format_date(item.due)}" if item.due else "không có hạn"
        line = f"ngày {format_date(item.completed)}, {due} — {completion(item)}"
        by_line.setdefault((line, item.report_ref.strip()), []).append(item.unit)
    details: list[str] = []
    for (line, report), units in by_line.items():
        details.append(f"{units_text(units)}: {line}")
        if report:
            details.append(f"Báo cáo: {report}")
    return _bullet(marked(first.title, first.confidential), details)


def _completed_by_task(items: Sequence[CompletedItem]) -> list[list[CompletedItem]]:
    """The items of each task together, in the order their first one comes."""
    tasks: dict[int, list[CompletedItem]] = {}
    for item in items:
        tasks.setdefault(item.task_id, []).append(item)
    return list(tasks.values())


def _extension(item: ExtensionItem) -> list[str]:
    old = format_date(item.old_due) if item.old_due else "chưa có hạn"
    agreed = f"Đồng ý: {item.granted_by}, ngày {format_date(item.granted_on)}"
    if not item.granted_by.strip():
        agreed = f"Đồng ý ngày {format_date(item.granted_on)}"
    return _bullet(
        marked(item.title, item.confidential),
        [
            f"{item.unit}: {old} → {format_date(item.new_due)}",
            f"Lý do: {item.reason}" if item.reason.strip() else "",
            agreed,
        ],
    )


def meeting_title(item: MeetingItem) -> str:
    """The title, after the kind (``Hội nghị Ban Thường vụ: …``) unless the title says it."""
    title = " ".join(item.title.split())
    kind = " ".join(item.kind_label.split())
    if kind and fold(kind) not in fold(title):
        return f"{kind}: {title}" if title else kind
    return title or kind


def _meeting(item: MeetingItem) -> list[str]:
    when = f"{item.starts_at:%H:%M} {long_date(item.starts_at.date())}"
    place = " ".join(item.place.split())
    return _bullet(meeting_title(item), [f"{when}, tại {place}" if place else when])


def _unit_table(units: Sequence[UnitLine]) -> list[str]:
    rows = [
        (
            str(u.assigned),
            str(u.done_on_time),
            str(u.done_late),
            str(u.overdue),
            percent(u.on_time_rate),
        )
        for u in units
    ]
    numbers = [
        max([len(header), *(len(row[i]) for row in rows)])
        for i, header in enumerate(UNIT_COLUMNS[1:])
    ]
    room = WIDTH - sum(numbers) - len(GAP) * len(numbers)
    names = [" ".join(u.name.split()) for u in units]
    name_width = min(room, max([len(UNIT_COLUMNS[0]), *(len(n) for n in names)]))

    def line(name: str, cells: Sequence[str]) -> str:
        parts = [clip(name, name_width).ljust(name_width)]
        parts += [cell.rjust(width) for cell, width in zip(cells, numbers, strict=True)]
        return GAP.join(parts).rstrip()

    return [line(UNIT_COLUMNS[0], UNIT_COLUMNS[1:])] + [
        line(name, row) for name, row in zip(names, rows, strict=True)
    ]


def capped(summary: Summary, items: Sequence[object]) -> list[str]:
    """A note under a list cut at the summary's limit (the totals are in the counts)."""
    if len(items) < summary.list_limit:
        return []
    return _wrap(f"(chỉ liệt kê {len(items)} việc đầu; danh sách đủ ở màn Nhiệm vụ)")


def _section(heading: str, count: int, body: list[str]) -> list[str]:
    if not count:
        return ["", heading, EMPTY]
    return ["", f"{heading} ({count})", *body]


def render_text(summary: Summary) -> str:
    """The whole summary as text, every line at most 80 characters, ending with a newline."""
    lines: list[str] = []
    if summary.has_confidential:
        lines += _wrap(CONFIDENTIAL_WARNING, "", INDENT)
    lines += _wrap(f"{TITLE} — {summary.period.label}")
    lines += _wrap(f"Phạm vi: {summary.scope.label}")
    lines.append(f"Số liệu đến ngày {format_date(summary.made_on)}")
    lines.append("")
    lines += _packed(counts_parts(summary.counts), "; ", "", "")

    lines += _section(
        "QUÁ HẠN",
        len(summary.overdue),
        [x for i in summary.overdue for x in _overdue(i)] + capped(summary, summary.overdue),
    )
    lines += _section(
        SOON_HEADING,
        len(summary.due_soon),
        [x for i in summary.due_soon for x in _due(i)] + capped(summary, summary.due_soon),
    )
    late = sum(1 for item in summary.completed if item.late)
    on_time = len(summary.completed) - late
    completed_heading = "ĐÃ HOÀN THÀNH TRONG KỲ"
    if summary.completed:
        completed_heading += f" ({len(summary.completed)}: đúng hạn {on_time}, quá hạn {late})"
        lines += ["", completed_heading]
        lines += [x for task in _completed_by_task(summary.completed) for x in _completed(task)]
        lines += capped(summary, summary.completed)
    else:
        lines += ["", completed_heading, EMPTY]
    lines += _section(
        "GIA HẠN TRONG KỲ",
        len(summary.extensions),
        [x for i in summary.extensions for x in _extension(i)],
    )
    lines += _section(
        "HỘI NGHỊ ĐÃ HỌP",
        len(summary.meetings_held),
        [x for i in summary.meetings_held for x in _meeting(i)],
    )
    lines += _section(
        "HỘI NGHỊ SẮP TỚI",
        len(summary.meetings_upcoming),
        [x for i in summary.meetings_upcoming for x in _meeting(i)],
    )
    lines += _section("THEO ĐƠN VỊ", len(summary.units), _unit_table(summary.units))
    return "\n".join(lines) + "\n"


def render_text_bytes(summary: Summary) -> bytes:
    return render_text(summary).encode("utf-8")
