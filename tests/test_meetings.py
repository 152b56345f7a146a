"""Meeting services on a real SQLite file: checks, invitees, minutes conflicts, series."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from secretariat.errors import UserError
from secretariat.meetings.service import (
    MeetingInput,
    create_meeting,
    meeting_detail,
    meeting_input,
    meeting_lists,
    roll_recurring,
    save_minutes,
    set_attendance,
    update_meeting,
)
from storage.engine import session_scope
from storage.models import AuditLog, Meeting, MeetingAttendee
from tests.conftest import TODAY

BTV = MeetingInput(
    kind="btv",
    title="Hội nghị Ban Thường vụ Đảng ủy tháng 11/2026",
    date="26/11/2026",
    time="8h30",
    place="Hội trường Đảng ủy phường",
    chair="Đồng chí Nguyễn Văn An, Bí thư Đảng ủy",
    secretary="Đồng chí Trần Thị Bình",
    agenda="Kết quả tháng 11\n\nNhiệm vụ tháng 12",
    invitees="Nguyễn Văn An - Bí thư Đảng ủy\n- Lê Văn Cường, Phó Bí thư\nPhạm Thị Dung",
)


def _create(engine: Engine, data: MeetingInput = BTV) -> int:
    with session_scope(engine) as session:
        meeting = create_meeting(data, session=session)
        assert meeting.id is not None
        return meeting.id


def test_bad_meeting_input_lists_every_problem(engine: Engine) -> None:
    bad = MeetingInput(kind="", title=" ", date="30/02/2026", time="25:00", invitees="An\nan")
    with pytest.raises(UserError) as caught, session_scope(engine) as session:
        create_meeting(bad, session=session)
    assert caught.value.message == "Tên hội nghị không được để trống."
    assert caught.value.details == [
        "Hãy chọn loại hội nghị.",
        "Ngày họp «30/02/2026» không có thật: tháng 2/2026 chỉ có 28 ngày.",
        "Một người được mời hai lần: an.",
    ]
    with pytest.raises(UserError) as caught, session_scope(engine) as session:
        create_meeting(replace(BTV, time="25:00"), session=session)
    assert caught.value.message == "Giờ «25:00» không đúng dạng giờ:phút (VD: 08:00, 14:30)."
    with session_scope(engine) as session:
        assert session.exec(select(Meeting)).all() == []


def test_invitees_keep_their_attendance_when_the_list_is_edited(engine: Engine) -> None:
    meeting_id = _create(engine)
    with session_scope(engine) as session:
        detail = meeting_detail(meeting_id, TODAY, session=session)
    assert detail.starts_at == datetime(2026, 11, 26, 8, 30)
    assert detail.agenda == ["Kết quả tháng 11", "Nhiệm vụ tháng 12"]
    assert [(a.name, a.position) for a in detail.attendees] == [
        ("Nguyễn Văn An", "Bí thư Đảng ủy"),
        ("Lê Văn Cường", "Phó Bí thư"),
        ("Phạm Thị Dung", ""),
    ]
    an, cuong, dung = detail.attendees
    with session_scope(engine) as session:
        set_attendance(an.id, "co_mat", "ignored when present", session=session)
        set_attendance(cuong.id, "vang_co_ly_do", "  Đi   học tập trung ", session=session)
        set_attendance(dung.id, "vang_khong_ly_do", session=session)
        with pytest.raises(UserError):
            set_attendance(dung.id, "ngu_quen", session=session)
    with session_scope(engine) as session:
        current = meeting_input(meeting_id, session=session)
        update_meeting(
            meeting_id,
            replace(current, invitees="Lê Văn Cường - Phó Bí thư Thường trực\nNguyễn Văn An"),
            session=session,
        )
    with session_scope(engine) as session:
        people = meeting_detail(meeting_id, TODAY, session=session).attendees
    assert [(p.name, p.position, p.status, p.reason) for p in people] == [
        ("Lê Văn Cường", "Phó Bí thư Thường trực", "vang_co_ly_do", "Đi học tập trung"),
        ("Nguyễn Văn An", "", "co_mat", ""),
    ]


def test_a_stale_meeting_edit_is_refused(engine: Engine) -> None:
    meeting_id = _create(engine)
    with session_scope(engine) as session:
        seen = meeting_input(meeting_id, session=session)
    with session_scope(engine) as session:
        update_meeting(meeting_id, replace(seen, place="Phòng họp tầng 2"), session=session)
    with pytest.raises(UserError) as caught, session_scope(engine) as session:
        update_meeting(meeting_id, replace(seen, place="Nhà văn hóa"), session=session)
    assert "vừa được sửa ở nơi khác" in caught.value.message
    assert "Phòng họp tầng 2" in caught.value.message


def test_minutes_never_overwrite_another_save_silently(engine: Engine) -> None:
    meeting_id = _create(engine)
    with session_scope(engine) as session:
        save_minutes(meeting_id, "Bản của máy 1", "", session=session)
    # A second editor that loaded the empty minutes tries to save on top.
    with pytest.raises(UserError) as caught, session_scope(engine) as session:
        save_minutes(meeting_id, "Bản của máy 2", "", session=session)
    assert "CHƯA được lưu" in caught.value.message
    with session_scope(engine) as session:
        assert session.get(Meeting, meeting_id).minutes == "Bản của máy 1"  # type: ignore[union-attr]
        # The clerk chooses to overwrite: the other text is kept in the audit log.
        save_minutes(meeting_id, "Bản của máy 2", "", force=True, session=session)
    with session_scope(engine) as session:
        assert session.get(Meeting, meeting_id).minutes == "Bản của máy 2"  # type: ignore[union-attr]
        kept = session.exec(select(AuditLog.old_value).where(AuditLog.field == "minutes")).all()
    assert "Bản của máy 1" in kept


def test_a_weekly_series_rolls_to_its_next_meeting(engine: Engine) -> None:
    giao_ban = MeetingInput(
        kind="giao_ban",
        title="Giao ban tuần",
        date="09/11/2026",  # a Monday two weeks ago
        time="07:30",
        invitees="Nguyễn Văn An\nLê Văn Cường",
        recurrence="weekly",
    )
    first = _create(engine, giao_ban)
    with session_scope(engine) as session:
        assert roll_recurring(TODAY, session=session) == 1
    with session_scope(engine) as session:
        assert roll_recurring(TODAY, session=session) == 0  # already rolled
        lists = meeting_lists(TODAY, session=session)
        old = session.get(Meeting, first)
        assert old is not None and old.recurrence == ""
    (upcoming,) = lists.upcoming
    assert upcoming.starts_at == datetime(2026, 11, 23, 7, 30)  # today, not a past Monday
    assert upcoming.recurrence == "weekly"
    assert [row.id for row in lists.past] == [first]
    with session_scope(engine) as session:
        people = session.exec(
            select(MeetingAttendee.name, MeetingAttendee.status).where(
                MeetingAttendee.meeting_id == upcoming.id
            )
        ).all()
    assert sorted(people) == [("Lê Văn Cường", "chua_ro"), ("Nguyễn Văn An", "chua_ro")]


def test_lists_filter_by_kind_and_year(engine: Engine) -> None:
    btv = _create(engine)
    old = _create(engine, replace(BTV, kind="bch", title="Hội nghị BCH", date="10/03/2025"))
    with session_scope(engine) as session:
        assert [r.id for r in meeting_lists(TODAY, session=session, kind="btv").upcoming] == [btv]
        only_2025 = meeting_lists(TODAY, session=session, year=2025)
    assert (only_2025.upcoming, [r.id for r in only_2025.past]) == ([], [old])
    assert only_2025.years == [2026, 2025]
    assert date(2025, 3, 10) == only_2025.past[0].starts_at.date()
