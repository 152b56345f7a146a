"""Plain values describing one meeting, handed to screens and to the minutes exporters."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from secretariat import vocab

# Attendance of one invited member.
PRESENT = "co_mat"
EXCUSED = "vang_co_ly_do"
ABSENT = "vang_khong_ly_do"
UNKNOWN = "chua_ro"
ATTENDANCE: dict[str, str] = vocab.ATTENDANCE  # the codes above and their labels


@dataclass(frozen=True)
class AttendeeLine:
    id: int
    name: str  # "Nguyễn Văn An"
    position: str  # "Phó Bí thư Thường trực Đảng ủy" ("" if not given)
    status: str  # a key of ATTENDANCE
    reason: str = ""  # why absent, when known


@dataclass(frozen=True)
class MeetingTaskLine:
    id: int
    title: str
    due: date | None
    ongoing: bool
    progress: str  # "2/3 đã hoàn thành, 1 quá hạn"
    overdue: bool
    units: str  # "Văn phòng Đảng ủy; UBND phường"


@dataclass(frozen=True)
class MeetingDetail:
    id: int
    version: int
    kind: str  # a key of vocab.MEETING_KINDS
    kind_label: str  # "Hội nghị Ban Thường vụ"
    title: str  # "Hội nghị Ban Thường vụ Đảng ủy tháng 11/2026"
    starts_at: datetime  # local wall-clock time
    place: str
    chair: str  # "Đồng chí Nguyễn Văn An, Bí thư Đảng ủy"
    secretary: str
    agenda: list[str] = field(default_factory=list)  # one item per entry, in order
    attendees: list[AttendeeLine] = field(default_factory=list)
    directives: list[str] = field(default_factory=list)  # labels: "604-TB/VPTU — Ý kiến…"
    minutes: str = ""  # the biên bản as typed (starts from minutes_template)
    recurrence: str = ""  # "", "weekly", "biweekly", "monthly"
    tasks: list[MeetingTaskLine] = field(default_factory=list)
