"""The history view in the clerk's words: labels, values, one line per act, the office's clock."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import select
from textual.widgets import DataTable, Static

from screens import minutes_editor
from screens.dialogs.history import HistoryScreen
from screens.tasks import TasksScreen
from secretariat import history
from secretariat.dates import OFFICE_TZ, local_now, to_local
from secretariat.directives.register import (
    DirectiveInput,
    create_directive,
    directive_input,
    update_directive,
)
from secretariat.history import HistoryLine, field_label, format_value, record_history
from secretariat.meetings.meeting_records import ATTENDANCE
from secretariat.meetings.service import RECURRENCES, MeetingInput, create_meeting, save_minutes
from secretariat.office.database import open_database
from secretariat.tasks.deadlines import EVERY_LABELS, Recurrence
from secretariat.tasks.writes import TaskInput, assign, assign_choice, create_task, mark_done
from secretariat.units.ward_structure import KIND_LABELS
from storage.audit import AUDITED
from storage.engine import session_scope
from storage.models import AuditLog, Unit
from storage.tables import table_of
from tests.conftest import TODAY, new_office_file
from tests.pilot_helpers import SIZE, make_app, settle, wait_until

FIRST_THREE = "Chi bộ Tổ dân phố số 01, Chi bộ Tổ dân phố số 02, Chi bộ Tổ dân phố số 03"


def _unit(engine: Engine, code: str) -> tuple[int, str]:
    with session_scope(engine) as session:
        unit = session.exec(select(Unit).where(Unit.code == code)).one()
        assert unit.id is not None
        return unit.id, unit.name


def _task(engine: Engine, title: str = "Báo cáo kết quả sinh hoạt chi bộ") -> int:
    with session_scope(engine) as session:
        return create_task(TaskInput(title=title, due="26/11/2026"), session=session).id


def _history(engine: Engine, table: str, record_id: int) -> list[HistoryLine]:
    with session_scope(engine) as session:
        return record_history(table, record_id, session=session)


def _move_log_back(engine: Engine, hours: int = 1) -> None:
    """Make everything logged so far older: the next change is another moment."""
    with session_scope(engine) as session:
        for row in session.exec(select(AuditLog)).all():
            row.at -= timedelta(hours=hours)
            session.add(row)


def test_a_directive_edit_in_vietnamese_labels_and_values(engine: Engine) -> None:
    with session_scope(engine) as session:
        directive_id = create_directive(
            DirectiveInput(
                number_symbol="244-KL/TU",
                issuer="Thành ủy Hải Phòng",
                received="17/04/2023",
                subject="Kết luận Hội nghị lần thứ 11",
                confirmed=True,  # no date of issue: the clerk confirmed
            ),
            session=session,
        ).id
    with session_scope(engine) as session:
        seen = directive_input(directive_id, session=session)
        update_directive(
            directive_id,
            replace(
                seen,
                subject="Kết luận Hội nghị lần thứ 12",
                issued="14/04/2023",
                confidentiality="mat",
                urgency="hoa_toc",
                status="da_xu_ly",
            ),
            session=session,
        )
    lines = _history(engine, "directives", directive_id)
    changes = {(line.field, line.old, line.new) for line in lines if line.what == "Sửa"}
    assert changes == {
        ("Trích yếu", "Kết luận Hội nghị lần thứ 11", "Kết luận Hội nghị lần thứ 12"),
        ("Ngày ban hành", "(trống)", "14/04/2023"),
        ("Độ mật", "thường", "mật"),
        ("Độ khẩn", "thường", "hỏa tốc"),
        ("Tình trạng", "chưa xử lý", "đã xử lý"),
    }  # and no «version 1 → 2»: bookkeeping is not shown
    assert lines[-1].what == "Tạo"
    subject = next(line for line in lines if line.field == "Trích yếu")
    assert subject.text == (
        "Sửa. Trích yếu: Kết luận Hội nghị lần thứ 11 → Kết luận Hội nghị lần thứ 12"
    )


def test_a_role_change_in_vietnamese_and_the_role_each_unit_was_given(engine: Engine) -> None:
    first, first_name = _unit(engine, "PH-VP")
    second, second_name = _unit(engine, "CB-TDP01")
    task_id = _task(engine)
    with session_scope(engine) as session:
        assign(task_id, [first, second], session=session)  # two units: both phối hợp
    _move_log_back(engine)
    with session_scope(engine) as session:
        assign(task_id, [first], lead_id=first, session=session)  # later: the first leads
    lines = _history(engine, "tasks", task_id)
    assert [(line.what, line.field, line.old, line.new) for line in lines] == [
        (f"Sửa — {first_name}", "Vai trò", "phối hợp", "chủ trì"),
        (f"Giao cho 2 đơn vị: {first_name}, {second_name}", "Vai trò", "", "phối hợp"),
        ("Tạo", "", "", ""),
    ]


def test_assigning_to_all_38_chi_bo_tdp_is_one_line(engine: Engine) -> None:
    task_id = _task(engine)
    with session_scope(engine) as session:
        assert assign_choice(task_id, ["CB_TDP"], [], session=session) == 38
    lines = _history(engine, "tasks", task_id)
    assert [(line.what, line.field, line.old, line.new) for line in lines] == [
        (f"Giao cho 38 đơn vị: {FIRST_THREE} và 35 đơn vị khác", "Vai trò", "", "chủ trì"),
        ("Tạo", "", "", ""),
    ]  # not 38 creations and 38 «phối hợp → chủ trì»
    assert lines[0].text.endswith("và 35 đơn vị khác. Vai trò: chủ trì")

    # What a unit does later is its own line, and the act stays folded.
    with session_scope(engine) as session:
        log = session.exec(select(AuditLog).where(AuditLog.table_name == "assignments")).first()
        assert log is not None
        mark_done(log.record_id, "23/11/2026", "Số 1-BC/CB", today=TODAY, session=session)
    later = _history(engine, "tasks", task_id)
    assert len(later) == 4  # done date and report, the act, the creation
    assert {(line.field, line.new) for line in later[:2]} == {
        ("Ngày hoàn thành", "23/11/2026"),
        ("Báo cáo", "Số 1-BC/CB"),
    }
    assert later[2] == lines[0]


def test_two_acts_of_assigning_are_two_lines(engine: Engine) -> None:
    unit_id, name = _unit(engine, "PH-VP")
    task_id = _task(engine)
    with session_scope(engine) as session:
        assign_choice(task_id, ["CB_TDP"], [], session=session)
    _move_log_back(engine)
    with session_scope(engine) as session:
        assign_choice(task_id, [], [unit_id], session=session)
    whats = [line.what for line in _history(engine, "tasks", task_id)]
    assert whats == [
        f"Giao cho {name}",
        f"Giao cho 38 đơn vị: {FIRST_THREE} và 35 đơn vị khác",
        "Tạo",
    ]


def test_every_audited_field_has_a_label_or_is_hidden() -> None:
    for model in AUDITED:
        table = table_of(model)
        for column in table.columns:
            label = field_label(table.name, column.name)
            assert history.is_hidden(table.name, column.name) or label != column.name, (
                f"{table.name}.{column.name} has no label"
            )
    for hidden in ("name_folded", "title_folded", "version", "updated_at", "created_at"):
        assert history.is_hidden("tasks", hidden)
    assert field_label("tasks", "something_new") == "something_new"  # unknown: its name
    assert field_label("directives", "subject") == "Trích yếu"
    assert field_label("meeting_attendees", "name") == "Họ tên"


def test_values_by_column_type_and_vocabulary() -> None:
    assert format_value("units", "active", "0") == "không"
    assert format_value("tasks", "ongoing", "1") == "có"
    assert format_value("directives", "incoming_number", "1") == "1"  # a number, not «có»
    assert format_value("assignments", "completed_date", "2026-11-19") == "19/11/2026"
    assert format_value("meetings", "starts_at", "2026-11-23T08:00:00") == "08:00 23/11/2026"
    assert format_value("units", "kind", "to_dan_pho") == "tổ dân phố"
    assert format_value("meetings", "kind", "bch") == "hội nghị Ban Chấp hành"
    assert format_value("meeting_attendees", "status", "co_mat") == "có mặt"
    assert format_value("tasks", "recurrence", "monthly:20") == (
        Recurrence.parse("monthly:20").label  # type: ignore[union-attr]
    )
    assert format_value("tasks", "note", None) == "(trống)"
    assert format_value("tasks", "note", "") == "(trống)"
    assert format_value("tasks", "mystery", "xyz") == "xyz"


def test_history_and_the_features_read_the_same_vocabularies() -> None:
    # One table each, in secretariat.vocab: history (below the features) and the features.
    assert history.UNIT_KINDS == KIND_LABELS
    assert history.ATTENDANCE == ATTENDANCE
    assert history.MEETING_RECURRENCES == RECURRENCES
    assert {every.value: label for every, label in EVERY_LABELS.items()} == history.TASK_RECURRENCES


def test_one_clock_the_office_local_time() -> None:
    # The audit log stores UTC; SQLite gives it back without a zone.
    assert to_local(datetime(2026, 11, 23, 17, 30)) == datetime(
        2026, 11, 24, 0, 30, tzinfo=OFFICE_TZ
    )
    assert f"{to_local(datetime(2026, 11, 23, 17, 30, tzinfo=UTC)):%d/%m/%Y %H:%M}" == (
        "24/11/2026 00:30"
    )
    offset = local_now().utcoffset()
    assert offset == timedelta(hours=7)
    assert abs(local_now() - datetime.now(UTC)) < timedelta(seconds=5)


def test_history_times_are_the_office_local_time(engine: Engine) -> None:
    task_id = _task(engine)
    with session_scope(engine) as session:
        row = session.exec(select(AuditLog).where(AuditLog.table_name == "tasks")).one()
        row.at = datetime(2026, 11, 23, 17, 30, tzinfo=UTC)  # as utcnow() stores it
        session.add(row)
    (line,) = _history(engine, "tasks", task_id)
    assert line.at == datetime(2026, 11, 24, 0, 30, tzinfo=OFFICE_TZ)


async def test_the_history_screen_shows_the_highlighted_change_in_full(db_path: Path) -> None:
    engine = open_database(new_office_file(db_path))
    task_id = _task(engine)
    with session_scope(engine) as session:
        assign_choice(task_id, ["CB_TDP"], [], session=session)
    engine.dispose()
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("3")
        await settle(pilot)
        assert isinstance(app.screen, TasksScreen)
        await pilot.press("h")
        await wait_until(pilot, lambda: isinstance(app.screen, HistoryScreen), "the history")
        table = app.screen.query_one("#history-table", DataTable)
        assert table.row_count == 2
        detail = str(app.screen.query_one("#history-detail", Static).render())
        assert detail == (f"Giao cho 38 đơn vị: {FIRST_THREE} và 35 đơn vị khác. Vai trò: chủ trì")
        await pilot.press("down")
        await settle(pilot)
        assert str(app.screen.query_one("#history-detail", Static).render()) == "Tạo"


async def test_the_minutes_editor_says_when_it_saved_on_the_office_clock(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = open_database(new_office_file(db_path))
    with session_scope(engine) as session:
        meeting_id = create_meeting(
            MeetingInput(kind="btv", title="Hội nghị Ban Thường vụ", date="23/11/2026"),
            session=session,
        ).id
        save_minutes(meeting_id, "BIÊN BẢN", "", session=session)
    engine.dispose()
    # 00:30 at the office is 17:30 UTC the day before: a computer set to UTC says 17:30.
    office_time = datetime(2026, 11, 24, 0, 30, 5, tzinfo=OFFICE_TZ)
    monkeypatch.setattr(minutes_editor, "local_now", lambda: office_time)
    app = make_app(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("4")
        await settle(pilot)
        await pilot.press("m")
        await wait_until(
            pilot, lambda: isinstance(app.screen, minutes_editor.MinutesEditorScreen), "editor"
        )
        status = str(app.screen.query_one("#minutes-status", Static).render())
        assert status == "✓ Đã lưu lúc 00:30:05"
