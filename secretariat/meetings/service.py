"""Meetings (hội nghị): schedule, invite and take attendance, keep the minutes, roll series.

Input arrives as typed and is checked here. The minutes are saved with a conditional
update on the text last saved, so an autosave never overwrites what another terminal
saved in the meantime without saying so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import extract, func
from sqlalchemy import select as core_select
from sqlmodel import Session, col, select

from secretariat.dates import format_date, parse_date
from secretariat.errors import Problems, UserError
from secretariat.meetings.meeting_records import (
    ATTENDANCE,
    UNKNOWN,
    AttendeeLine,
    MeetingDetail,
    MeetingTaskLine,
)
from secretariat.stale import claim_or_refuse
from secretariat.tasks.queries import TaskFilter, task_list
from secretariat.text import fold, internal_id, matches_words, shorten
from secretariat.vocab import MEETING_KINDS, MEETING_RECURRENCES, label
from storage.audit import clerk
from storage.models import (
    Assignment,
    AuditLog,
    Directive,
    Meeting,
    MeetingAttendee,
    MeetingDirective,
    Task,
    Unit,
)
from storage.tables import columns, read_model
from storage.versions import claim_unchanged

PAGE = 100  # past meetings shown (the latest); filter by year for older ones
RECURRENCES: dict[str, str] = MEETING_RECURRENCES
_STEPS = {
    "weekly": relativedelta(weeks=1),
    "biweekly": relativedelta(weeks=2),
    "monthly": relativedelta(months=1),
}
_TIME = re.compile(r"^\s*(\d{1,2})\s*[:hg.]\s*(\d{2})?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class MeetingInput:
    """A meeting as typed in the form."""

    kind: str
    title: str
    date: str  # dd/mm/yyyy
    time: str = "08:00"  # HH:MM ("8h", "14g30" also read)
    place: str = ""
    chair: str = ""
    secretary: str = ""
    agenda: str = ""  # one item per line
    invitees: str = ""  # one per line: "Nguyễn Văn An - Bí thư Đảng ủy"
    recurrence: str = ""
    directive_ids: tuple[int, ...] = ()
    version: int | None = None


def parse_time(text: str) -> time:
    match = _TIME.match(text)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if hour < 24 and minute < 60:
            return time(hour, minute)
    raise UserError(f"Giờ «{text.strip()}» không đúng dạng giờ:phút (VD: 08:00, 14:30).")


def parse_invitees(text: str) -> list[tuple[str, str]]:
    """(name, position) per non-empty line; the position follows " - " or the first comma."""
    people: list[tuple[str, str]] = []
    for raw in text.splitlines():
        line = " ".join(raw.strip().lstrip("-+•*").split())
        if not line:
            continue
        for separator in (" - ", " – ", ", "):
            if separator in line:
                name, position = line.split(separator, 1)
                break
        else:
            name, position = line, ""
        people.append((name.strip(), position.strip()))
    return people


def _clean(data: MeetingInput) -> dict[str, Any]:
    problems = Problems()
    title = " ".join(data.title.split())
    if not title:
        problems.add("Tên hội nghị không được để trống.", "title")
    if data.kind not in MEETING_KINDS:
        problems.add("Hãy chọn loại hội nghị.", "kind")
    if data.recurrence not in RECURRENCES:
        problems.add(f"Lặp lại «{data.recurrence}» không hợp lệ.", "recurrence")
    starts: datetime | None = None
    try:
        day = parse_date(data.date, what="Ngày họp")
    except UserError as exc:
        problems.add(exc.message, "date")
    else:
        try:
            starts = datetime.combine(day, parse_time(data.time))
        except UserError as exc:
            problems.add(exc.message, "time")
    invitees = parse_invitees(data.invitees)
    names = [fold(name) for name, _position in invitees]
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        problems.add("Một người được mời hai lần: " + ", ".join(twice) + ".", "invitees")
    problems.raise_any()
    return {
        "kind": data.kind,
        "title": title,
        "starts_at": starts,
        "place": " ".join(data.place.split()),
        "chair": " ".join(data.chair.split()),
        "secretary": " ".join(data.secretary.split()),
        "agenda": "\n".join(line.strip() for line in data.agenda.splitlines() if line.strip()),
        "recurrence": data.recurrence,
    }


def _sync_invitees(meeting_id: int, text: str, session: Session) -> None:
    """Make the invited list match the typed lines; a person already invited keeps
    their attendance."""
    wanted = parse_invitees(text)
    existing = {
        fold(a.name): a
        for a in session.exec(
            select(MeetingAttendee).where(MeetingAttendee.meeting_id == meeting_id)
        ).all()
    }
    keep = set()
    for order, (name, position) in enumerate(wanted):
        key = fold(name)
        keep.add(key)
        attendee = existing.get(key)
        if attendee is None:
            attendee = MeetingAttendee(meeting_id=meeting_id, name=name)
        attendee.name, attendee.position, attendee.sort_order = name, position, order
        session.add(attendee)
    for key, attendee in existing.items():
        if key not in keep:
            session.delete(attendee)


def _sync_directives(meeting_id: int, ids: tuple[int, ...], session: Session) -> None:
    current = {
        link.directive_id: link
        for link in session.exec(
            select(MeetingDirective).where(MeetingDirective.meeting_id == meeting_id)
        ).all()
    }
    for directive_id in ids:
        if directive_id not in current:
            if session.get(Directive, directive_id) is None:
                raise UserError("Không tìm thấy văn bản được chọn; có thể nó vừa bị xóa.")
            session.add(MeetingDirective(meeting_id=meeting_id, directive_id=directive_id))
    for directive_id, link in current.items():
        if directive_id not in ids:
            session.delete(link)


@dataclass(frozen=True)
class MeetingRead:
    """A meeting as saved (its minutes left out): what a write service hands back."""

    id: int
    kind: str
    title: str
    starts_at: datetime
    place: str
    chair: str
    secretary: str
    recurrence: str
    version: int


def create_meeting(data: MeetingInput, *, session: Session) -> MeetingRead:
    meeting = Meeting(**_clean(data))
    session.add(meeting)
    session.flush()
    assert meeting.id is not None
    _sync_invitees(meeting.id, data.invitees, session)
    _sync_directives(meeting.id, data.directive_ids, session)
    session.flush()
    return read_model(MeetingRead, meeting)


def update_meeting(meeting_id: int, data: MeetingInput, *, session: Session) -> MeetingRead:
    meeting = _get(meeting_id, session)
    cleaned = _clean(data)
    claim_or_refuse(
        session,
        meeting,
        data.version,
        lambda m: (
            "Hội nghị này vừa được sửa ở nơi khác; chưa lưu thay đổi của bạn. Hiện tại: "
            f"«{m.title}», {m.starts_at:%H:%M} {format_date(m.starts_at.date())}, "
            f"{m.place or 'chưa có địa điểm'}. Hãy đóng, xem lại rồi sửa."
        ),
    )
    for name, value in cleaned.items():
        setattr(meeting, name, value)
    session.add(meeting)
    _sync_invitees(meeting_id, data.invitees, session)
    _sync_directives(meeting_id, data.directive_ids, session)
    session.flush()
    return read_model(MeetingRead, meeting)


def _get(meeting_id: int, session: Session) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise UserError("Không tìm thấy hội nghị này; có thể nó vừa bị xóa ở nơi khác.")
    return meeting


def meeting_input(meeting_id: int, *, session: Session) -> MeetingInput:
    m = _get(meeting_id, session)
    people = session.exec(
        select(MeetingAttendee)
        .where(MeetingAttendee.meeting_id == meeting_id)
        .order_by(col(MeetingAttendee.sort_order))
    ).all()
    links = session.exec(
        select(MeetingDirective.directive_id).where(MeetingDirective.meeting_id == meeting_id)
    ).all()
    return MeetingInput(
        kind=m.kind,
        title=m.title,
        date=format_date(m.starts_at.date()),
        time=f"{m.starts_at:%H:%M}",
        place=m.place,
        chair=m.chair,
        secretary=m.secretary,
        agenda=m.agenda,
        invitees="\n".join(f"{p.name} - {p.position}" if p.position else p.name for p in people),
        recurrence=m.recurrence,
        directive_ids=tuple(links),
        version=m.version,
    )


def set_attendance(attendee_id: int, status: str, reason: str = "", *, session: Session) -> None:
    """Record whether one invited member came (and why not, when known)."""
    if status not in ATTENDANCE:
        raise UserError(f"Tình trạng «{status}» không hợp lệ.")
    attendee = session.get(MeetingAttendee, attendee_id)
    if attendee is None:
        raise UserError("Không tìm thấy người này trong danh sách mời; hãy nhấn F5.")
    attendee.status = status
    attendee.reason = " ".join(reason.split()) if status != "co_mat" else ""
    session.add(attendee)


# --- Minutes ----------------------------------------------------------------------


def save_minutes(
    meeting_id: int, text: str, base: str, *, force: bool = False, session: Session
) -> None:
    """Save the minutes if they are still ``base`` (what this editor loaded or last saved).

    Someone else's save in between is refused, unless ``force``: then their text is
    kept in the audit log before it is replaced, so nothing typed is ever lost.
    """
    meeting = _get(meeting_id, session)
    if claim_unchanged(session, Meeting, meeting_id, {"minutes": base}, {"minutes": text}):
        session.refresh(meeting, ["minutes"])
        return
    session.refresh(meeting, ["minutes"])
    if not force:
        raise UserError(
            "Biên bản vừa được lưu từ một máy hoặc cửa sổ khác; bản của bạn CHƯA được lưu "
            "và vẫn còn nguyên trên màn hình. Nhấn Ctrl+S để ghi đè (bản kia được giữ "
            "trong lịch sử), hoặc Esc rồi mở lại để xem bản kia."
        )
    session.add(
        AuditLog(
            os_user=clerk(session),
            table_name="meetings",
            record_id=meeting_id,
            action="update",
            field="minutes",
            old_value=meeting.minutes,
            new_value=text,
        )
    )
    meeting.minutes = text
    session.add(meeting)


# --- Series -----------------------------------------------------------------------


def roll_recurring(today: date, *, session: Session) -> int:
    """Give every recurring series its next meeting once the last one has passed.

    The series lives on its newest meeting (its ``recurrence``); the new one copies kind,
    title, time, place, chair, secretary, agenda and the invited list (attendance reset).
    Two terminals starting the day at once make one next meeting: each first claims the
    series (a conditional UPDATE, which SQLite serialises) and only the winner copies it.
    """
    start_of_today = datetime.combine(today, time())
    created = 0
    for meeting in session.exec(
        select(Meeting).where(Meeting.recurrence != "", Meeting.starts_at < start_of_today)
    ).all():
        step = _STEPS.get(meeting.recurrence)
        if step is None or meeting.id is None:
            continue
        if not claim_unchanged(
            session, Meeting, meeting.id, {"recurrence": meeting.recurrence}, {"recurrence": ""}
        ):
            continue  # another terminal moved this series on a moment ago
        starts = meeting.starts_at
        while starts < start_of_today:
            starts += step
        following = Meeting(
            kind=meeting.kind,
            title=meeting.title,
            starts_at=starts,
            place=meeting.place,
            chair=meeting.chair,
            secretary=meeting.secretary,
            agenda=meeting.agenda,
            recurrence=meeting.recurrence,
        )
        session.add(following)
        session.flush()
        assert following.id is not None  # flushed
        people = session.exec(
            select(MeetingAttendee).where(MeetingAttendee.meeting_id == meeting.id)
        ).all()
        for person in people:
            session.add(
                MeetingAttendee(
                    meeting_id=following.id,
                    name=person.name,
                    position=person.position,
                    sort_order=person.sort_order,
                    status=UNKNOWN,
                )
            )
        meeting.recurrence = ""  # the series continues on the new meeting only
        session.add(meeting)
        created += 1
    return created


# --- Lists and detail ---------------------------------------------------------------


@dataclass(frozen=True)
class MeetingRow:
    id: int
    starts_at: datetime
    kind: str
    title: str
    place: str
    recurrence: str
    has_minutes: bool
    task_count: int


@dataclass(frozen=True)
class MeetingLists:
    upcoming: list[MeetingRow]
    past: list[MeetingRow]
    years: list[int]


def meeting_lists(
    today: date, *, session: Session, kind: str = "", year: int | None = None, limit: int = PAGE
) -> MeetingLists:
    """Upcoming meetings (soonest first) and past ones (latest first), filtered."""
    m = columns(Meeting)
    tasks = select(func.count()).where(col(Task.meeting_id) == m.id).scalar_subquery()
    base = core_select(
        m.id, m.starts_at, m.kind, m.title, m.place, m.recurrence, m.minutes != "", tasks
    )
    if kind:
        base = base.where(m.kind == kind)
    if year is not None:
        base = base.where(
            m.starts_at >= datetime(year, 1, 1), m.starts_at < datetime(year + 1, 1, 1)
        )
    start = datetime.combine(today, time())
    upcoming = session.execute(
        base.where(m.starts_at >= start).order_by(m.starts_at).limit(limit)
    ).all()
    past = session.execute(
        base.where(m.starts_at < start).order_by(m.starts_at.desc()).limit(limit)
    ).all()
    years = session.execute(
        select(func.distinct(extract("year", m.starts_at))).order_by(
            extract("year", m.starts_at).desc()
        )
    ).scalars()
    return MeetingLists(
        [MeetingRow(*row) for row in upcoming],
        [MeetingRow(*row) for row in past],
        [int(y) for y in years if y],
    )


_MEETING_DAY = re.compile(r"^\s*(\d{1,2}/\d{1,2}/\d{4})\b\s*(.*)$")


def find_meeting(text: str, *, session: Session) -> int:
    """The meeting a clerk names by its date and title: ``05/11/2026 Ban Chấp hành``
    (the date, then words of the title, diacritics optional), the date or the words
    alone when they fit one meeting, or ``id:12``. Several fits are refused, each listed."""
    wanted = " ".join(text.split())
    internal = internal_id(wanted)
    if internal is not None:
        if session.get(Meeting, internal) is None:
            raise UserError(f"Không có hội nghị số hiệu nội bộ {internal}.")
        return internal
    day_and_words = _MEETING_DAY.match(wanted)
    statement = select(Meeting)
    words = wanted
    if day_and_words:
        day = parse_date(day_and_words.group(1), what="Ngày họp")
        start = datetime.combine(day, time())
        statement = statement.where(
            col(Meeting.starts_at) >= start, col(Meeting.starts_at) < start + timedelta(days=1)
        )
        words = day_and_words.group(2)
    found = [m for m in session.exec(statement).all() if matches_words(words, m.title)]
    if not found:
        raise UserError(
            f"Không có hội nghị nào là «{wanted}». Ghi ngày họp và tên, "
            "VD: «05/11/2026 Ban Chấp hành»."
        )
    if len(found) > 1:
        raise UserError(
            f"Có {len(found)} hội nghị hợp với «{wanted}»; hãy ghi rõ ngày và tên:",
            details=[
                f"{format_date(m.starts_at.date())} {m.starts_at:%H:%M} — {m.title}" for m in found
            ],
        )
    assert found[0].id is not None  # stored rows have ids
    return found[0].id


def meeting_detail(meeting_id: int, today: date, *, session: Session) -> MeetingDetail:
    m = _get(meeting_id, session)
    people = session.exec(
        select(MeetingAttendee)
        .where(MeetingAttendee.meeting_id == meeting_id)
        .order_by(col(MeetingAttendee.sort_order), col(MeetingAttendee.id))
    ).all()
    directives = session.exec(
        select(Directive)
        .join(MeetingDirective, col(MeetingDirective.directive_id) == Directive.id)
        .where(MeetingDirective.meeting_id == meeting_id)
    ).all()
    rows = task_list(today, session=session, filters=TaskFilter(meeting_id=meeting_id))
    units = _units_of([row.id for row in rows], session)
    return MeetingDetail(
        id=meeting_id,
        version=m.version,
        kind=m.kind,
        kind_label=label(MEETING_KINDS, m.kind),
        title=m.title,
        starts_at=m.starts_at,
        place=m.place,
        chair=m.chair,
        secretary=m.secretary,
        agenda=[line for line in m.agenda.splitlines() if line.strip()],
        attendees=[AttendeeLine(p.id or 0, p.name, p.position, p.status, p.reason) for p in people],
        directives=[
            shorten(f"{d.number_symbol or 'Không số'} — {d.subject}", 90) for d in directives
        ],
        minutes=m.minutes,
        recurrence=m.recurrence,
        tasks=[
            MeetingTaskLine(
                row.id,
                row.title,
                row.due,
                row.ongoing,
                row.progress.text,
                bool(row.progress.overdue),
                units.get(row.id, ""),
            )
            for row in rows
        ],
    )


def _units_of(task_ids: list[int], session: Session) -> dict[int, str]:
    names: dict[int, list[str]] = {}
    if task_ids:
        for task_id, name in session.exec(
            select(Assignment.task_id, Unit.name)
            .join(Unit, col(Unit.id) == Assignment.unit_id)
            .where(col(Assignment.task_id).in_(task_ids))
            .order_by(col(Assignment.role), col(Unit.sort_order))
        ).all():
            names.setdefault(task_id, []).append(name)
    return {task_id: "; ".join(found) for task_id, found in names.items()}


def next_meeting_day(today: date) -> date:
    """Default date of a new meeting: the next working weekday."""
    day = today + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day
