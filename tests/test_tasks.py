"""Task services against a real SQLite file: create, assign, done, recurrence, gia hạn."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from secretariat.errors import UserError
from secretariat.review import daily_review
from secretariat.tasks.deadlines import Band, State
from secretariat.tasks.work_calendar import load_calendar, set_calendar_day
from secretariat.tasks.writes import TaskInput, assign, assign_group, create_task, extend, mark_done
from storage.engine import session_scope
from storage.models import Assignment, Directive, Extension, Task, Unit
from tests.conftest import TODAY


def _unit_id(engine: Engine, code: str) -> int:
    with session_scope(engine) as session:
        return session.exec(select(Unit.id).where(Unit.code == code)).one()


def _create(engine: Engine, **fields) -> int:  # type: ignore[no-untyped-def]
    with session_scope(engine) as session:
        return create_task(TaskInput(**fields), session=session).id


def test_bad_task_input_is_refused_with_every_problem(engine: Engine) -> None:
    with session_scope(engine) as session:
        directive = Directive(number_symbol="604-TB/VPTU", issued_date=date(2025, 10, 3))
        session.add(directive)
        session.flush()
        directive_id = directive.id
    cases = (
        (TaskInput(title="  ", due="31/02/2026"), "Tên nhiệm vụ không được để trống.",
         ["Hạn «31/02/2026» không có thật: tháng 2/2026 chỉ có 28 ngày."]),
        (TaskInput(title="Báo cáo", due="01/10/2025", directive_id=directive_id),
         "Hạn 01/10/2025 trước ngày ban hành văn bản 604-TB/VPTU (03/10/2025). "
         "Nếu đúng như vậy, nhấn Ctrl+S lần nữa để vẫn lưu.", []),
        (TaskInput(title="Báo cáo", due="01/12/2026", kind="ongoing"),
         "Nhiệm vụ thường xuyên thì không có hạn: bỏ hạn hoặc bỏ «thường xuyên».", []),
        (TaskInput(title="Báo cáo quý", kind="quarterly"),
         "Nhiệm vụ lặp lại cần hạn của lần đầu tiên.", []),
    )  # fmt: skip
    for data, message, details in cases:
        with pytest.raises(UserError) as caught, session_scope(engine) as session:
            create_task(data, session=session)
        assert (caught.value.message, caught.value.details) == (message, details)
    with session_scope(engine) as session:
        assert session.exec(select(Task)).all() == []


def test_assign_to_all_38_chi_bo_tdp_and_the_review(engine: Engine) -> None:
    task_id = _create(
        engine, title="Báo cáo kết quả sinh hoạt chi bộ", due="26/11/2026", expected_product="BC"
    )
    with session_scope(engine) as session:
        assert assign_group(task_id, "CB_TDP", session=session) == 38
        assert assign_group(task_id, "CB_TDP", session=session) == 0  # no duplicates
        roles = {a.role for a in session.exec(select(Assignment)).all()}
    assert roles == {"chu_tri"}
    with session_scope(engine) as session:
        review = daily_review(TODAY, session=session)
    # one row for the task, its 38 units in it; the header counts assignments
    assert [len(review.overdue), len(review.due_today), len(review.upcoming)] == [0, 0, 1]
    assert len(review.upcoming[0].owing) == 38 and review.upcoming_total == 38
    assert (
        review.upcoming[0].units_line(short=False) == "38/38 chi bộ Tổ dân phố chưa xong: số 01–38"
    )
    assert (
        review.upcoming[0].status.countdown == "còn 2 ngày làm việc (3 ngày)"
    )  # 24/11 is a day off
    assert review.upcoming[0].status.band is Band.DUE_SOON


def test_lead_and_supporting_units_and_inactive_units(engine: Engine) -> None:
    task_id = _create(engine, title="Chuẩn bị tài liệu hội nghị", due="30/11/2026")
    vp, ubnd, mttq = (_unit_id(engine, c) for c in ("PH-VP", "PH-UBND", "PH-MTTQ"))
    with session_scope(engine) as session:
        assign(task_id, [vp, ubnd], lead_id=vp, session=session)
        session.get(Unit, mttq).active = False
    with session_scope(engine) as session:
        roles = {a.unit_id: a.role for a in session.exec(select(Assignment)).all()}
        with pytest.raises(UserError, match="đã ngừng hoạt động"):
            assign(task_id, [mttq], session=session)
    assert roles == {vp: "chu_tri", ubnd: "phoi_hop"}


def test_mark_done_and_the_next_monthly_occurrence(engine: Engine) -> None:
    task_id = _create(engine, title="Báo cáo tháng", due="20/11/2026", kind="monthly")
    vp, bxd = _unit_id(engine, "PH-VP"), _unit_id(engine, "PH-BXD")
    with session_scope(engine) as session:
        assign(task_id, [vp, bxd], lead_id=vp, session=session)
        first, second = session.exec(select(Assignment.id).order_by(Assignment.id)).all()
    with session_scope(engine) as session:
        with pytest.raises(UserError, match="sau hôm nay"):
            mark_done(first, "24/11/2026", "", today=TODAY, session=session)
        assert (
            mark_done(first, "19/11/2026", "Báo cáo số 12-BC/VP", today=TODAY, session=session)
            is None
        )
    with session_scope(engine) as session:
        following = mark_done(second, "23/11/2026", "", today=TODAY, session=session)
        assert following is not None
        assert following.due_date == date(2026, 12, 20)
        assert following.recurrence == "monthly:20"
        assert session.get(Task, task_id).recurrence == ""
        units = sorted(
            a.unit_id for a in session.exec(
                select(Assignment).where(Assignment.task_id == following.id)
            ).all()
        )  # fmt: skip
    assert units == sorted([vp, bxd])


def test_extension_keeps_the_original_date_reason_and_grantor(engine: Engine) -> None:
    task_id = _create(engine, title="Rà soát đảng viên", due="18/11/2026")
    tdp = _unit_id(engine, "CB-TDP07")
    with session_scope(engine) as session:
        assign(task_id, [tdp], session=session)
        assignment_id = session.exec(select(Assignment.id)).one()
    with session_scope(engine) as session:
        with pytest.raises(UserError) as caught:
            extend(assignment_id, "10/11/2026", "", "", session=session)
        assert caught.value.message == "Hạn mới phải sau hạn hiện tại (18/11/2026)."
        assert caught.value.details == ["Hãy ghi lý do gia hạn.", "Hãy ghi ai đồng ý gia hạn."]
    with session_scope(engine) as session:
        extend(assignment_id, "30/11/2026", "Chờ họp chi bộ", "Đ/c Phó Bí thư", session=session)
    with session_scope(engine) as session:
        history = session.exec(select(Extension)).one()
        assignment = session.get(Assignment, assignment_id)
        task = session.get(Task, task_id)
        review = daily_review(TODAY, session=session)
    assert (history.old_due, history.new_due) == (date(2026, 11, 18), date(2026, 11, 30))
    assert (history.reason, history.granted_by) == ("Chờ họp chi bộ", "Đ/c Phó Bí thư")
    assert task.due_date == date(2026, 11, 18)  # the original date stays on the task
    assert assignment.due_date == date(2026, 11, 30)
    assert review.overdue == [] and review.upcoming[0].status.state is State.OPEN_ON_TIME


def test_clerk_calendar_days_change_the_countdown(engine: Engine) -> None:
    with session_scope(engine) as session:
        set_calendar_day("25/11/2026", False, "Nghỉ bù", session=session)
        calendar = load_calendar(session=session)
    assert not calendar.is_working_day(date(2026, 11, 25))
    task_id = _create(engine, title="Gửi báo cáo", due="27/11/2026")
    with session_scope(engine) as session:
        assign(task_id, [_unit_id(engine, "PH-VP")], session=session)
        review = daily_review(TODAY, session=session)
    assert review.upcoming[0].status.countdown == "còn 2 ngày làm việc (4 ngày)"


def test_unit_record_lists_what_it_owes_and_its_on_time_rate(engine: Engine) -> None:
    from secretariat.tasks.queries import unit_record

    vp = _unit_id(engine, "PH-VP")
    for title, due, done in (
        ("Báo cáo quý III", "30/09/2026", "29/09/2026"),  # on time
        ("Báo cáo tháng 10", "20/10/2026", "25/10/2026"),  # late
        ("Kế hoạch năm 2027", "18/11/2026", None),  # overdue
        ("Tổng kết năm", "15/12/2026", None),  # open, on track
    ):
        task_id = _create(engine, title=title, due=due)
        with session_scope(engine) as session:
            assign(task_id, [vp], session=session)
            if done:
                assignment_id = session.exec(
                    select(Assignment.id).where(Assignment.task_id == task_id)
                ).one()
                mark_done(assignment_id, done, "", today=TODAY, session=session)
    with session_scope(engine) as session:
        record = unit_record(vp, TODAY, session=session)
    assert [row.title for row in record.owes] == ["Kế hoạch năm 2027", "Tổng kết năm"]
    assert record.overdue == 1
    assert record.on_time_rate == "1/2 đúng hạn (50%)"


def test_task_list_filters_and_sorts(engine: Engine) -> None:
    from secretariat.tasks.queries import TaskFilter, task_list

    tdp1, tdp2, vp = (_unit_id(engine, c) for c in ("CB-TDP01", "CB-TDP02", "PH-VP"))
    ids = {}
    for name, due, units in (
        ("A Rà soát đảng viên", "18/11/2026", [tdp1, tdp2]),
        ("B Chuẩn bị hội nghị", "30/11/2026", [vp]),
        ("C Kế hoạch năm", "10/12/2026", []),
        ("D Báo cáo quý", "01/11/2026", [vp]),
    ):
        ids[name[0]] = task_id = _create(engine, title=name, due=due)
        with session_scope(engine) as session:
            if units:
                assign(task_id, units, lead_id=units[0], session=session)
    with session_scope(engine) as session:
        for task, unit in (("A", tdp2), ("D", vp)):
            assignment_id = session.exec(
                select(Assignment.id).where(
                    Assignment.task_id == ids[task], Assignment.unit_id == unit
                )
            ).one()
            mark_done(assignment_id, "01/11/2026", "", today=TODAY, session=session)

    def titles(**criteria) -> list[str]:  # type: ignore[no-untyped-def]
        with session_scope(engine) as session:
            rows = task_list(TODAY, session=session, filters=TaskFilter(**criteria))
        return [row.title[0] for row in rows]

    assert titles() == ["A", "B", "C", "D"]  # unfinished first, by due date
    assert titles(status="overdue") == ["A"]
    assert titles(status="open") == ["A", "B"]
    assert titles(status="done") == ["D"]
    assert titles(status="unassigned") == ["C"]
    assert titles(group_code="CB_TDP") == ["A"]
    assert titles(unit_id=vp) == ["B", "D"]
    assert titles(due_from=date(2026, 11, 20), due_to=date(2026, 12, 5)) == ["B"]
    assert titles(sort="title") == ["A", "B", "C", "D"]
    assert titles(sort="overdue")[0] == "A"
    assert titles(query="ke hoach nam") == ["C"]


def test_extensions_and_calendar_entries_must_make_sense(engine: Engine) -> None:
    task_id = _create(engine, title="Rà soát đảng viên", due="18/11/2026")
    with session_scope(engine) as session:
        assign(task_id, [_unit_id(engine, "CB-TDP07")], session=session)
        assignment_id = session.exec(select(Assignment.id)).one()
    with pytest.raises(UserError) as caught, session_scope(engine) as session:
        extend(assignment_id, "05/12/2026", "Chờ họp", "Đ/c Bí thư", session=session)
    assert caught.value.message == (
        "Hạn mới 05/12/2026 là Thứ Bảy, không phải ngày làm việc; "
        "ngày làm việc kế tiếp là 07/12/2026."
    )
    for day, working, message in (
        ("25/11/2026", True, "vốn là ngày làm việc"),
        ("29/11/2026", False, r"vốn đã là ngày nghỉ \(Chủ nhật\)"),
        ("17/02/2026", False, r"vốn đã là ngày nghỉ \(Tết Nguyên Đán\)"),
    ):
        with pytest.raises(UserError, match=message), session_scope(engine) as session:
            set_calendar_day(day, working, session=session)


def test_words_match_names_and_codes_with_whole_numbers() -> None:
    from secretariat.text import matches_words

    assert matches_words("tdp 05", "Tổ dân phố số 05 TDP05")
    assert matches_words("to dan pho 5", "Tổ dân phố số 05 TDP05")
    assert not matches_words("to dan pho 5", "Tổ dân phố số 15 TDP15")
    assert matches_words("", "anything")


def test_history_of_a_unit_and_of_a_task_with_its_assignments(engine: Engine) -> None:
    from secretariat.history import record_history
    from secretariat.units.roster import rename_unit

    vp = _unit_id(engine, "PH-VP")
    with session_scope(engine) as session:
        rename_unit(vp, "Văn phòng Đảng ủy phường", session=session)
    task_id = _create(engine, title="Báo cáo tuần", due="20/11/2026")
    with session_scope(engine) as session:
        assign(task_id, [vp], session=session)
        assignment_id = session.exec(select(Assignment.id)).one()
        mark_done(assignment_id, "19/11/2026", "Số 3-BC/VP", today=TODAY, session=session)
    with session_scope(engine) as session:
        unit_lines = record_history("units", vp, session=session)
        task_lines = record_history("tasks", task_id, session=session)
    assert [(ln.what, ln.field, ln.old, ln.new) for ln in unit_lines] == [
        ("Sửa", "Tên", "Văn phòng Đảng ủy", "Văn phòng Đảng ủy phường"),
        ("Tạo", "", "", ""),  # seeded on first start
    ]
    assert unit_lines[0].at.utcoffset().total_seconds() == 7 * 3600
    changes = [(ln.what, ln.field, ln.new) for ln in task_lines]
    assert ("Sửa — Văn phòng Đảng ủy phường", "Ngày hoàn thành", "19/11/2026") in changes
    assert ("Sửa — Văn phòng Đảng ủy phường", "Báo cáo", "Số 3-BC/VP") in changes
    assert changes[-1] == ("Tạo", "", "")  # the task's creation comes last (newest first)


def test_a_second_terminal_cannot_overwrite_done_or_an_extension(engine: Engine) -> None:
    """Two clerks see the same open assignment; the slower one is told, nothing is lost."""
    task_id = _create(engine, title="Báo cáo quý", due="30/11/2026")
    with session_scope(engine) as session:
        assign(task_id, [_unit_id(engine, "CB-TDP01")], session=session)
        assignment_id = session.exec(select(Assignment.id)).one()
    with session_scope(engine) as session:
        mark_done(assignment_id, "20/11/2026", "BC 12", today=TODAY, session=session)
    with pytest.raises(UserError) as caught, session_scope(engine) as session:
        mark_done(assignment_id, "21/11/2026", "BC 99", today=TODAY, session=session)
    assert caught.value.message == (
        "Việc này đã được ghi hoàn thành ngày 20/11/2026 (báo cáo BC 12), có thể từ máy khác; "
        "không ghi đè. Nhấn F5 để xem lại."
    )
    with session_scope(engine) as session:
        stored = session.get(Assignment, assignment_id)
        assert stored is not None
        assert (stored.completed_date, stored.report_ref) == (date(2026, 11, 20), "BC 12")

    # An extension based on a due date someone else has just moved is refused.
    other = _create(engine, title="Kế hoạch tháng", due="30/11/2026")
    with session_scope(engine) as session:
        assign(other, [_unit_id(engine, "CB-TDP02")], session=session)
        second = session.exec(select(Assignment.id).where(Assignment.task_id == other)).one()
    with session_scope(engine) as session:
        stale = session.get(Assignment, second)  # read by the slower clerk's save
        assert stale is not None
        with session_scope(engine) as quicker:
            extend(second, "07/12/2026", "Chờ số liệu", "Đ/c Bí thư", session=quicker)
        with pytest.raises(UserError) as caught:
            extend(second, "04/12/2026", "Ốm", "Đ/c Phó Bí thư", session=session)
    assert caught.value.message.startswith(
        "Hạn của đơn vị này vừa được đổi ở nơi khác (hiện là 07/12/2026)"
    )
    with session_scope(engine) as session:
        assert session.get(Assignment, second).due_date == date(2026, 12, 7)  # type: ignore[union-attr]
        assert len(session.exec(select(Extension)).all()) == 1


def test_a_directive_that_gives_a_task_is_no_longer_untouched(engine: Engine) -> None:
    from dataclasses import replace

    from secretariat.directives.register import (
        DirectiveInput,
        create_directive,
        directive_input,
        update_directive,
    )
    from secretariat.tasks.writes import task_input, update_task

    def register(subject: str, status: str = "moi") -> int:
        data = DirectiveInput(
            subject=subject, issuer="Thành ủy Hải Phòng", received="20/11/2026", confirmed=True
        )
        with session_scope(engine) as session:
            return create_directive(replace(data, status=status), session=session).id

    def status_of(directive_id: int) -> str:
        with session_scope(engine) as session:
            directive = session.get(Directive, directive_id)
            assert directive is not None
            return directive.status

    untouched, for_information, other = (
        register("Kế hoạch A"),
        register("Để biết B", "de_biet"),
        register("C"),
    )
    with session_scope(engine) as session:
        task = create_task(TaskInput(title="Triển khai A", directive_id=untouched), session=session)
        create_task(TaskInput(title="Việc từ B", directive_id=for_information), session=session)
    assert status_of(untouched) == "dang_xu_ly"  # «Chưa xử lý» → «Đang xử lý»
    assert status_of(for_information) == "de_biet"  # the clerk's own choice stays
    # The clerk can set it back; a later task of the same directive leaves her choice alone.
    with session_scope(engine) as session:
        seen = directive_input(untouched, session=session)
        update_directive(untouched, replace(seen, status="moi"), session=session)
    assert status_of(untouched) == "moi"
    with session_scope(engine) as session:
        seen_task = task_input(task.id, session=session)
        update_task(task.id, replace(seen_task, title="Triển khai A (sửa)"), session=session)
    assert status_of(untouched) == "moi"
    # A task moved to another directive moves that one on.
    with session_scope(engine) as session:
        seen_task = task_input(task.id, session=session)
        update_task(task.id, replace(seen_task, directive_id=other), session=session)
    assert status_of(other) == "dang_xu_ly"


def test_a_deadline_already_past_is_asked_about_only_when_it_is_new(engine: Engine) -> None:
    from secretariat.errors import NeedsConfirmation
    from secretariat.tasks.writes import task_input, update_task

    late = TaskInput(title="Báo cáo quý III", due="30/09/2026")
    asked = r"Hạn 30/09/2026 đã qua \(hôm nay 23/11/2026\)"
    with pytest.raises(NeedsConfirmation, match=asked), session_scope(engine) as session:
        create_task(late, session=session, today=TODAY)
    with session_scope(engine) as session:
        task = create_task(replace(late, confirmed=True), session=session, today=TODAY)
    with session_scope(engine) as session:  # renaming an overdue task does not ask again
        current = task_input(task.id, session=session)
        update_task(task.id, replace(current, title="Báo cáo quý 3"), session=session, today=TODAY)
    with pytest.raises(NeedsConfirmation), session_scope(engine) as session:
        current = task_input(task.id, session=session)
        update_task(task.id, replace(current, due="01/10/2026"), session=session, today=TODAY)
