"""The biên bản of a Party meeting: the text the clerk starts from, and its exports.

``minutes_template`` fills the customary biên bản with what the record knows. The clerk
edits it; ``minutes_markdown`` and ``write_minutes_docx`` then lay it out for sharing and
printing (Hướng dẫn 36-HD/VPTW: A4, Times New Roman, the two-column header and signature
block). Both exporters go through ``minutes_parts``, which takes the header, title and
signature from the record and the organisation, and the body from the typed text, with
the template's own header and signature lines recognised and left out.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from secretariat.dates import format_date, time_line
from secretariat.meetings.meeting_records import (
    ABSENT,
    ATTENDANCE,
    EXCUSED,
    PRESENT,
    UNKNOWN,
    AttendeeLine,
    MeetingDetail,
    MeetingTaskLine,
)
from secretariat.org import OrgIdentity
from secretariat.party_document import NATION, place_date_line

DOCUMENT_KIND = "BIÊN BẢN"
SECRETARY_TITLE = "THƯ KÝ"
CHAIR_TITLE = "CHỦ TRÌ"
TASKS_HEADING = "Nhiệm vụ từ hội nghị"
TASK_COLUMNS = ("Hạn", "Nhiệm vụ", "Đơn vị", "Tiến độ")
CLOSING = "Hội nghị kết thúc vào lúc … giờ … cùng ngày."
BLANK = "…"  # what the clerk fills in

LINE_WIDTH = 100  # longest line of the plain-text template
# The template's header, title and signature are laid out in this many columns: the
# editor wraps lines longer than 73 in an 80-column terminal, and a wrapped header is unreadable.
PAGE_WIDTH = 72
SIGNATURE_SPACE = 3  # empty lines left for the signatures


# Block kinds of the body.
HEADING = "heading"  # "I. THỜI GIAN, ĐỊA ĐIỂM"
SUBHEADING = "subheading"  # "1. Quán triệt Nghị quyết…"
ITEM = "item"  # "- Giao Văn phòng Đảng ủy…"
TEXT = "text"  # any other line

_HEADING = re.compile(r"^[IVX]+\.\s+\S")
_SUBHEADING = re.compile(r"^\d+(?:\.\d+)*\.(?:\s|$)")
_ITEM = re.compile(r"^([-–•+])(?:\s+(.*))?$")
_PERSON_PREFIX = re.compile(r"^(?:đồng chí|đ/c|đc)\.?\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Block:
    """One paragraph of the body: a heading, a sub-heading, a list item or plain text."""

    kind: str
    text: str
    level: int = 1  # items: 1 for "- ", 2 for "+ "


@dataclass(frozen=True)
class MinutesParts:
    """What both exporters lay out, in order."""

    header_left: tuple[str, ...]  # superior, issuing body, "*"
    header_right: tuple[str, ...]  # "ĐẢNG CỘNG SẢN VIỆT NAM", "", place-date line
    title: str
    body: tuple[Block, ...]
    tasks: tuple[MeetingTaskLine, ...]
    signatures: tuple[tuple[str, str], ...]  # (title, name), left to right


# --- Facts in the customary wording -------------------------------------------------


def person_name(text: str) -> str:
    """The bare name in ``Đồng chí Nguyễn Văn An, Bí thư Đảng ủy``: ``Nguyễn Văn An``."""
    name = _PERSON_PREFIX.sub("", " ".join(text.split()))
    return re.split(r",| - | – ", name, maxsplit=1)[0].strip()


def _sentence(text: str) -> str:
    text = text.strip() or BLANK
    return text if text.endswith((".", "…", "!", "?")) else text + "."


def _attendee(attendee: AttendeeLine) -> str:
    line = f"Đồng chí {attendee.name.strip()}"
    if attendee.position.strip():
        line += f", {attendee.position.strip()}"
    if attendee.status == EXCUSED and attendee.reason.strip():
        line += f" (lý do: {attendee.reason.strip()})"
    return line


def header_columns(meeting: MeetingDetail, org: OrgIdentity) -> tuple[list[str], list[str]]:
    """The header's left and right column, line by line (the date beside the star)."""
    left = [org.superior.upper(), org.name, "*"]
    right = [NATION, "", place_date_line(org.place, meeting.starts_at.date())]
    return left, right


def signature_columns(meeting: MeetingDetail) -> tuple[tuple[str, str], ...]:
    """``(title, name)`` of the secretary (left) and the chair (right)."""
    return (
        (SECRETARY_TITLE, person_name(meeting.secretary)),
        (CHAIR_TITLE, person_name(meeting.chair)),
    )


# --- The plain-text template ----------------------------------------------------------


def _two_columns(left: Sequence[str], right: Sequence[str]) -> list[str]:
    """``left`` and ``right`` side by side within ``PAGE_WIDTH``, each line centred in its
    column: halves when both sides fit theirs, else the border moves so the wider side
    fits; one column above the other (each line centred) when they cannot stand side by side.
    """
    left_needs = max(len(line) for line in left) + 2  # a gap between the columns
    right_needs = max(len(line) for line in right)
    if left_needs + right_needs > PAGE_WIDTH:
        return [line.center(PAGE_WIDTH).rstrip() for line in (*left, *right)]
    width = min(max(PAGE_WIDTH // 2, left_needs), PAGE_WIDTH - right_needs)
    rows = max(len(left), len(right))
    padded_left = [*left, *[""] * (rows - len(left))]
    padded_right = [*right, *[""] * (rows - len(right))]
    return [
        (a.center(width) + b.center(PAGE_WIDTH - width)).rstrip()
        for a, b in zip(padded_left, padded_right, strict=True)
    ]


def _wrapped(line: str, indent: str = "  ") -> list[str]:
    if len(line) <= LINE_WIDTH:
        return [line]
    return textwrap.wrap(
        line,
        width=LINE_WIDTH,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _attendance_lines(attendees: Sequence[AttendeeLine]) -> list[str]:
    if not attendees:
        return [f"Có mặt: {BLANK} đồng chí."]
    by_status: dict[str, list[AttendeeLine]] = {code: [] for code in ATTENDANCE}
    for attendee in attendees:
        by_status.setdefault(attendee.status, []).append(attendee)
    present = by_status[PRESENT]
    lines = [f"Có mặt: {len(present)}/{len(attendees)} đồng chí."]
    lines += [f"- {_attendee(a)}." for a in present]
    for code in (EXCUSED, ABSENT, UNKNOWN):
        group = by_status[code]
        if not group:
            if code != UNKNOWN:
                lines.append(f"{ATTENDANCE[code]}: không.")
            continue
        lines.append(f"{ATTENDANCE[code]}: {len(group)} đồng chí.")
        lines += [f"- {_attendee(a)}." for a in group]
    return lines


def minutes_template(meeting: MeetingDetail, org: OrgIdentity) -> str:
    """The customary biên bản as plain text, filled with what the record knows."""
    left, right = header_columns(meeting, org)
    page = PAGE_WIDTH
    lines = [*_two_columns(left, right), ""]
    lines += [DOCUMENT_KIND.center(page).rstrip(), meeting.title.strip().center(page).rstrip(), ""]
    lines += [
        "I. THỜI GIAN, ĐỊA ĐIỂM",
        f"Thời gian: {time_line(meeting.starts_at)}.",
        f"Địa điểm: {_sentence(meeting.place)}",
        "",
        "II. THÀNH PHẦN",
        f"Chủ trì: {_sentence(meeting.chair)}",
        f"Thư ký: {_sentence(meeting.secretary)}",
        *_attendance_lines(meeting.attendees),
        "",
        "III. NỘI DUNG",
    ]
    agenda = [item.strip() for item in meeting.agenda if item.strip()] or [""]
    for number, item in enumerate(agenda, start=1):
        lines += [f"{number}. {item}".rstrip() if item else f"{number}. ", "- "]
    lines += ["", "IV. KẾT LUẬN", "- ", "- ", "- ", "", CLOSING, ""]
    (left_title, left_name), (right_title, right_name) = signature_columns(meeting)
    space = [""] * SIGNATURE_SPACE  # to sign in; one layout, so each name is under its title
    lines += _two_columns([left_title, *space, left_name], [right_title, *space, right_name])
    out: list[str] = []
    for line in lines:
        out += _wrapped(line, "   " if _SUBHEADING.match(line) else "  ")
    return "\n".join(out) + "\n"


# --- Parsing the typed minutes ----------------------------------------------------------


def _normal(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _made_of(line: str, pieces: Iterable[str], patterns: Iterable[re.Pattern[str]]) -> bool:
    """True when ``line`` is nothing but ``pieces`` and ``patterns`` (and spaces)."""
    rest = _normal(line)
    for piece in sorted({_normal(p) for p in pieces if _normal(p)}, key=len, reverse=True):
        rest = rest.replace(piece, " ")
    for pattern in patterns:
        rest = pattern.sub(" ", rest)
    return not rest.strip()


def split_minutes(
    text: str, meeting: MeetingDetail, org: OrgIdentity
) -> tuple[list[str], list[str], list[str]]:
    """Split typed minutes into (header, body, signature) lines.

    The header is the run of lines at the top made only of what the template put there
    (the organisation names, ``ĐẢNG CỘNG SẢN VIỆT NAM``, ``*``, a place-date line of any
    date, ``BIÊN BẢN``, the meeting's title) and blank lines; the signature is the run at
    the bottom made only of ``THƯ KÝ``, ``CHỦ TRÌ`` and the two names. Scanning stops at the
    first other line, so a header or signature the clerk deleted or rewrote leaves the text
    whole: nothing the clerk typed is dropped.
    """
    lines = unicodedata.normalize("NFC", text).replace("\r\n", "\n").split("\n")
    left, right = header_columns(meeting, org)
    head_pieces = [*left, *right, DOCUMENT_KIND, meeting.title]
    number = r"[\d.…]+"
    date_pattern = re.compile(
        rf"{re.escape(_normal(org.place))}, ngày {number} tháng {number} năm {number}"
    )
    signatures = signature_columns(meeting)
    tail_pieces = [piece for pair in signatures for piece in pair]

    start = 0
    while start < len(lines) and _made_of(lines[start], head_pieces, [date_pattern]):
        start += 1
    end = len(lines)
    while end > start and _made_of(lines[end - 1], tail_pieces, []):
        end -= 1
    return lines[:start], lines[start:end], lines[end:]


def body_blocks(lines: Sequence[str]) -> list[Block]:
    """The body's paragraphs. An indented line after a non-blank one continues it (the
    template wraps long lines that way); empty ``- `` placeholders are left out."""
    blocks: list[Block] = []
    previous_blank = True
    for raw in lines:
        line = raw.rstrip()
        stripped = line.strip()
        if not stripped:
            previous_blank = True
            continue
        item = _ITEM.match(stripped)
        continues = line[0].isspace() and not previous_blank and blocks
        if continues and not item and not _SUBHEADING.match(stripped):
            last = blocks[-1]
            blocks[-1] = Block(last.kind, f"{last.text} {stripped}".strip(), last.level)
        elif item:
            level = 2 if item.group(1) == "+" else 1
            blocks.append(Block(ITEM, " ".join((item.group(2) or "").split()), level))
        elif _HEADING.match(stripped):
            blocks.append(Block(HEADING, stripped))
        elif _SUBHEADING.match(stripped):
            blocks.append(Block(SUBHEADING, stripped))
        else:
            blocks.append(Block(TEXT, stripped))
        previous_blank = False
    return [block for block in blocks if block.text or block.kind != ITEM]


def minutes_parts(meeting: MeetingDetail, org: OrgIdentity) -> MinutesParts:
    """Header, title and signature from the record; body from the typed minutes (or, when
    nothing is typed yet, from the template)."""
    text = meeting.minutes if meeting.minutes.strip() else minutes_template(meeting, org)
    _head, body, _tail = split_minutes(text, meeting, org)
    left, right = header_columns(meeting, org)
    return MinutesParts(
        header_left=tuple(left),
        header_right=tuple(right),
        title=" ".join(meeting.title.split()),
        body=tuple(body_blocks(body)),
        tasks=tuple(meeting.tasks),
        signatures=signature_columns(meeting),
    )


def task_due(task: MeetingTaskLine) -> str:
    if task.due is not None:
        due = format_date(task.due)
        return f"{due} (quá hạn)" if task.overdue else due
    return "Thường xuyên" if task.ongoing else "—"


def task_row(task: MeetingTaskLine) -> tuple[str, str, str, str]:
    """One row of the tasks table: Hạn, Nhiệm vụ, Đơn vị, Tiến độ."""
    return (
        task_due(task),
        " ".join(task.title.split()),
        " ".join(task.units.split()) or "—",
        " ".join(task.progress.split()) or "—",
    )


# --- Markdown ---------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<])")
_MD_BLOCK_START = re.compile(r"^([#>+=-]|\d+[.)])")


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def _md_cell(text: str) -> str:
    return _md(text).replace("|", r"\|")


def _md_paragraph(text: str) -> str:
    escaped = _md(text)
    return "\\" + escaped if _MD_BLOCK_START.match(escaped) else escaped


def _md_block(block: Block) -> str:
    if block.kind == HEADING:
        return f"## {_md(block.text)}"
    if block.kind == SUBHEADING:
        return f"### {_md(block.text)}"
    if block.kind == ITEM:
        indent = "  " * (block.level - 1)
        return f"{indent}- {_md_paragraph(block.text)}"
    return _md_paragraph(block.text)


def _md_bold(text: str) -> str:
    return f"**{_md_cell(text)}**" if text else ""


def _md_italic(text: str) -> str:
    return f"*{_md_cell(text)}*" if text else ""


def _md_table(rows: Sequence[Sequence[str]], align: str) -> list[str]:
    def row_line(row: Sequence[str]) -> str:
        return "|" + "|".join(f" {cell} " if cell else " " for cell in row) + "|"

    rule = "|" + "|".join([align] * len(rows[0])) + "|"
    return [row_line(rows[0]), rule, *(row_line(row) for row in rows[1:])]


def minutes_markdown(meeting: MeetingDetail, org: OrgIdentity) -> str:
    """The biên bản as Markdown: header, title, the typed body, the tasks, the signatures."""
    parts = minutes_parts(meeting, org)
    left, right = parts.header_left, parts.header_right
    lines = _md_table(
        [
            [_md_cell(left[0]), _md_bold(right[0])],
            [_md_bold(left[1]), _md_italic(right[1])],
            [_md_cell(left[2]), _md_italic(right[2])],
        ],
        ":---:",
    )
    lines += ["", f"# {DOCUMENT_KIND}", ""]
    if parts.title:
        lines += [_md_bold(parts.title), ""]
    previous: Block | None = None
    for block in parts.body:
        if previous is not None and not (previous.kind == ITEM and block.kind == ITEM):
            lines.append("")
        lines.append(_md_block(block))
        previous = block
    if parts.tasks:
        lines += ["", f"## {TASKS_HEADING}", ""]
        rows = [list(TASK_COLUMNS)] + [
            [_md_cell(cell) for cell in task_row(task)] for task in parts.tasks
        ]
        lines += _md_table(rows, "---")
    lines.append("")
    lines += _md_table(
        [
            [_md_bold(title) for title, _name in parts.signatures],
            ["" for _ in parts.signatures],
            [_md_bold(name) for _title, name in parts.signatures],
        ],
        ":---:",
    )
    return "\n".join(lines).strip("\n") + "\n"


# --- Word -------------------------------------------------------------------------------
