"""Exports made from a fixed database, opened with their own libraries and checked against it."""

from __future__ import annotations

import io
import stat
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from icalendar import Calendar
from openpyxl import load_workbook
from sqlalchemy import Engine
from sqlmodel import select

from secretariat.cli import main
from secretariat.errors import UserError
from secretariat.org import load_org
from secretariat.reports.exporting import ExportRequest, export_to_file, render_request
from secretariat.reports.signing import load_signer, report_number, title_lines
from secretariat.tasks.writes import TaskInput, assign, create_task, extend
from storage.engine import session_scope
from storage.models import Assignment, Directive, Extension, Meeting, Task, Unit

TODAY = date(2026, 11, 25)  # a Wednesday: this week is 23–29/11/2026
FIXTURES = Path(__file__).parent / "fixtures"


def _unit(session, code: str) -> int:  # type: ignore[no-untyped-def]
    return session.exec(select(Unit.id).where(Unit.code == code)).one()


def build_office(engine: Engine) -> None:
    """A small office whose every number in the week's report is known by hand."""
    with session_scope(engine) as s:
        plan = Directive(
            number_symbol="12-KH/ĐU", doc_type="Kế hoạch", issuer="Đảng ủy phường Lê Ích Mộc",
            issued_date=date(2026, 11, 2), received_date=date(2026, 11, 2),
            subject="Kế hoạch công tác tháng 11/2026",
        )  # fmt: skip
        secret = Directive(
            number_symbol="05-CV/TU", doc_type="Công văn", issuer="Thành ủy Hải Phòng",
            issued_date=date(2026, 11, 10), received_date=date(2026, 11, 11),
            subject="Về công tác bảo vệ chính trị nội bộ", confidentiality="mat",
        )  # fmt: skip
        s.add_all([plan, secret])
        s.flush()
        report = Task(title="Báo cáo kết quả sinh hoạt chi bộ tháng 11",
                      due_date=date(2026, 11, 20), directive_id=plan.id)  # fmt: skip
        review = Task(title="Rà soát danh sách đảng viên miễn sinh hoạt",
                      due_date=date(2026, 11, 24), directive_id=plan.id)  # fmt: skip
        check = Task(title="Kiểm tra công tác bảo vệ chính trị nội bộ",
                     due_date=date(2026, 11, 27), directive_id=secret.id)  # fmt: skip
        handbook = Task(title="Cập nhật sổ tay đảng viên", ongoing=True)
        s.add_all([report, review, check, handbook])
        s.flush()
        tdp1, tdp2, tdp3, ubkt = (
            _unit(s, c) for c in ("CB-TDP01", "CB-TDP02", "CB-TDP03", "PH-UBKT")
        )
        late = Assignment(task_id=report.id, unit_id=tdp2, role="phoi_hop",
                          completed_date=date(2026, 11, 23), report_ref="07-BC/CB")  # fmt: skip
        extended = Assignment(task_id=review.id, unit_id=tdp1, due_date=date(2026, 11, 26))
        s.add_all([
            Assignment(task_id=report.id, unit_id=tdp1),
            late,
            extended,
            Assignment(task_id=review.id, unit_id=tdp3, role="phoi_hop",
                       completed_date=date(2026, 11, 24)),
            Assignment(task_id=check.id, unit_id=ubkt),
            Assignment(task_id=handbook.id, unit_id=tdp2),
            # Done last month: outside this week's report.
            Assignment(task_id=handbook.id, unit_id=tdp3, completed_date=date(2026, 10, 30)),
        ])  # fmt: skip
        s.flush()
        s.add(
            Extension(
                assignment_id=extended.id, old_due=date(2026, 11, 24), new_due=date(2026, 11, 26),
                reason="Chờ số liệu của tổ dân phố", granted_by="Đồng chí Bí thư Đảng ủy",
                at=datetime(2026, 11, 24, 2, 0, tzinfo=UTC),  # 09:00 in Hải Phòng
            )
        )  # fmt: skip
        s.add_all([
            Meeting(kind="btv", title="Hội nghị Ban Thường vụ Đảng ủy tháng 11",
                    starts_at=datetime(2026, 11, 24, 14, 0), place="Phòng họp Đảng ủy"),
            Meeting(kind="giao_ban", title="Giao ban đầu tuần",
                    starts_at=datetime(2026, 11, 30, 8, 0), place="Phòng họp tầng 2"),
        ])  # fmt: skip


@pytest.fixture
def office_db(engine: Engine) -> Engine:
    build_office(engine)
    return engine


def _render(engine: Engine, fmt: str, **fields: object) -> bytes:
    with session_scope(engine) as session:
        return render_request(ExportRequest(fmt=fmt, **fields), TODAY, session=session)  # type: ignore[arg-type]


def test_the_weeks_text_equals_the_hand_written_report(office_db: Engine) -> None:
    text = _render(office_db, "md").decode("utf-8")
    assert text == (FIXTURES / "export_week_expected.txt").read_text(encoding="utf-8")
    assert "MẬT" not in text and "bảo vệ chính trị" not in text  # left out by default


def test_confidential_work_only_when_included_and_then_announced(office_db: Engine) -> None:
    text = _render(office_db, "md", include_confidential=True).decode("utf-8")
    lines = text.splitlines()
    assert lines[0] == "⚠ CÓ NỘI DUNG MẬT — không chuyển tiếp, không đăng lên nhóm chung."
    assert "- [MẬT] Kiểm tra công tác bảo vệ chính trị nội bộ (05-CV/TU)" in lines
    assert "Tổng 6 việc giao" in text
    calendar = Calendar.from_ical(_render(office_db, "ics", include_confidential=True))
    titles = [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    assert "Hạn: [MẬT] Kiểm tra công tác bảo vệ chính trị nội bộ" in titles
    default = Calendar.from_ical(_render(office_db, "ics"))
    assert all("bảo vệ chính trị" not in str(e["SUMMARY"]) for e in default.walk("VEVENT"))


def test_calendar_events_match_the_open_deadlines_and_keep_their_uids(office_db: Engine) -> None:
    first = Calendar.from_ical(_render(office_db, "ics"))
    events = {str(e["SUMMARY"]): e for e in first.walk("VEVENT")}
    assert set(events) == {
        "Hạn: Báo cáo kết quả sinh hoạt chi bộ tháng 11",
        "Hạn: Rà soát danh sách đảng viên miễn sinh hoạt",
    }
    review = events["Hạn: Rà soát danh sách đảng viên miễn sinh hoạt"]
    assert review["DTSTART"].dt == date(2026, 11, 26)  # the extended date of the unit owing it
    assert "Chi bộ Tổ dân phố số 01" in str(review["DESCRIPTION"])
    assert str(review.walk("VALARM")[0]["TRIGGER"].to_ical().decode()) == "-P3D"
    again = Calendar.from_ical(_render(office_db, "ics"))
    assert sorted(str(e["UID"]) for e in again.walk("VEVENT")) == sorted(
        str(e["UID"]) for e in first.walk("VEVENT")
    )


def _events_of(data: bytes, title: str) -> dict[date, Any]:
    """The calendar's events of one task, by their date."""
    events = Calendar.from_ical(data).walk("VEVENT")
    return {e.decoded("DTSTART"): e for e in events if str(e["SUMMARY"]) == f"Hạn: {title}"}


def test_an_extended_unit_gets_its_own_event_on_its_new_date(engine: Engine) -> None:
    """A gia hạn moves one unit of three: the calendar shows each date with its own units."""
    title = "Báo cáo sơ kết công tác dân vận 9 tháng"
    with session_scope(engine) as s:
        task = create_task(TaskInput(title=title, due="15/10/2025"), session=s)
        tdp1, tdp2, tdp3 = (_unit(s, c) for c in ("CB-TDP01", "CB-TDP02", "CB-TDP03"))
        assign(task.id, [tdp1, tdp2, tdp3], lead_id=tdp1, session=s)
        moved = s.exec(
            select(Assignment.id).where(Assignment.task_id == task.id, Assignment.unit_id == tdp2)
        ).one()
        assert moved is not None
        extend(moved, "08/12/2026", "Chờ số liệu quý III", "Đồng chí Bí thư Đảng ủy", session=s)
    first = _events_of(_render(engine, "ics"), title)
    assert set(first) == {date(2025, 10, 15), date(2026, 12, 8)}
    old, new = first[date(2025, 10, 15)], first[date(2026, 12, 8)]
    owing = "2/3 chi bộ Tổ dân phố chưa xong: số 01, 03"  # the units' numbers
    assert owing in str(old["DESCRIPTION"]).splitlines()
    assert "Hạn: 15/10/2025" in str(old["DESCRIPTION"]).splitlines()
    lines = str(new["DESCRIPTION"]).splitlines()
    assert "1/3 chưa xong: Chi bộ Tổ dân phố số 02" in lines
    assert "Hạn: 08/12/2026 (đã gia hạn; hạn của nhiệm vụ: 15/10/2025)" in lines
    assert new.decoded("DTEND") == date(2026, 12, 9)
    assert str(new.walk("VALARM")[0]["TRIGGER"].to_ical().decode()) == "-P3D"
    # The task's own date keeps the UID of the one event a task had before; the moved date
    # has a UID of its own that names it.
    assert str(old["UID"]) == f"secretariat-task-{task.id}@le-ich-moc.dangbo"
    assert str(new["UID"]) == f"secretariat-task-{task.id}-20261208@le-ich-moc.dangbo"
    again = _events_of(_render(engine, "ics"), title)
    assert {d: str(e["UID"]) for d, e in again.items()} == {
        d: str(e["UID"]) for d, e in first.items()
    }
    assert {d: int(e["SEQUENCE"]) for d, e in again.items()} == {
        d: int(e["SEQUENCE"]) for d, e in first.items()
    }


def test_a_task_without_extensions_keeps_the_uid_it_always_had(engine: Engine) -> None:
    """One event per task, as before per-date events: a calendar that imported an earlier
    file updates its events rather than getting copies."""
    unchanged = "Báo cáo kết quả kiểm tra đảng viên 9 tháng"
    with session_scope(engine) as s:
        other = create_task(TaskInput(title=unchanged, due="15/10/2025"), session=s)
        tdp1, tdp2 = (_unit(s, c) for c in ("CB-TDP01", "CB-TDP02"))
        assign(other.id, [tdp1, tdp2], lead_id=tdp1, session=s)
    [(day, event)] = _events_of(_render(engine, "ics"), unchanged).items()
    assert day == date(2025, 10, 15)
    assert str(event["UID"]) == f"secretariat-task-{other.id}@le-ich-moc.dangbo"
    assert int(event["SEQUENCE"]) == 1 * 100_000 + (date(2025, 10, 15) - date(2000, 1, 1)).days
    assert "gia hạn" not in str(event["DESCRIPTION"])
    owing = "2/2 chi bộ Tổ dân phố chưa xong: số 01, 02"
    assert owing in str(event["DESCRIPTION"]).splitlines()


def test_word_report_matches_the_database(office_db: Engine, tmp_path: Path) -> None:
    with session_scope(office_db) as session:
        request = ExportRequest(fmt="docx", signer_name="Nguyễn Văn An")
        path = export_to_file(request, TODAY, tmp_path, session=session)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    document = Document(str(path))
    texts = [p.text for p in document.paragraphs]
    assert "BÁO CÁO" in texts
    header = " ".join(cell.text for cell in document.tables[0]._cells)
    assert "ĐẢNG ỦY PHƯỜNG LÊ ÍCH MỘC" in header and "ĐẢNG CỘNG SẢN VIỆT NAM" in header
    assert "Lê Ích Mộc, ngày 25 tháng 11 năm 2026" in header
    cells = [" | ".join(c.text for c in row.cells) for t in document.tables for row in t.rows]
    overdue = next(row for row in cells if "Báo cáo kết quả sinh hoạt chi bộ tháng 11" in row)
    assert (
        "12-KH/ĐU" in overdue and "20/11/2026" in overdue and "Chi bộ Tổ dân phố số 01" in overdue
    )
    units = next(row for row in cells if row.startswith("3 | Chi bộ Tổ dân phố số 03"))
    assert units.endswith("100%")
    assert not any("bảo vệ chính trị" in row for row in cells)


def test_spreadsheet_matrix_matches_the_database(office_db: Engine) -> None:
    book = load_workbook(io.BytesIO(_render(office_db, "xlsx")))
    matrix = book.worksheets[0]
    assert matrix.freeze_panes == "B2" and matrix.auto_filter.ref
    header = [c.value for c in matrix[1]]
    rows = {row[0].value: row for row in matrix.iter_rows(min_row=2)}
    column = next(i for i, v in enumerate(header) if v and str(v).startswith("Báo cáo kết quả"))
    assert rows["Chi bộ Tổ dân phố số 01"][column].value == (
        "Quá hạn 2 ngày làm việc (5 ngày), hạn 20/11/2026"
    )
    assert rows["Chi bộ Tổ dân phố số 02"][column].value == "Hoàn thành quá hạn 23/11/2026"
    listing = book["Danh sách"]
    records = [[c.value for c in row] for row in listing.iter_rows(min_row=2)]
    assert len(records) == 5  # the five assignments of the week, confidential left out
    dates = [v for row in records for v in row if isinstance(v, datetime)]
    assert datetime(2026, 11, 26) in dates


def test_cli_exports_to_stdout_and_files(
    office_db: Engine, db_path: Path, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    office_db.dispose()
    code = main(
        ["export", "--db", str(db_path), "--format", "ics", "--period", "month", "--out", "-"]
    )
    out, _err = capsysbinary.readouterr()
    assert code == 0 and out.startswith(b"BEGIN:VCALENDAR")
    target = tmp_path / "bao-cao.xlsx"
    code = main(["export", "--db", str(db_path), "--format", "xlsx", "--group", "CB_TDP",
                 "--from", "01/11/2026", "--to", "30/11/2026", "--out", str(target)])  # fmt: skip
    assert code == 0 and stat.S_IMODE(target.stat().st_mode) == 0o600
    code = main(["export", "--db", str(db_path), "--unit", "KHONG-CO"])
    _out, err = capsysbinary.readouterr()
    assert code == 1 and "Không có đơn vị mã «KHONG-CO»." in err.decode()


# --- The Word report's number and signer -------------------------------------------------


def _word(engine: Engine, **fields: str) -> tuple[str, list[str]]:
    """The number line of a Word report made from ``fields``, and its signature block."""
    document = Document(io.BytesIO(_render(engine, "docx", **fields)))
    number = document.tables[0].rows[0].cells[0].paragraphs[-1].text
    return number, document.tables[-1].rows[0].cells[1].text.split("\n")


def test_word_report_prints_the_number_and_signer_given_and_remembers_the_signer(
    office_db: Engine,
) -> None:
    number, signature = _word(
        office_db,
        number="15",
        signer_title="T/M Ban Thường vụ / Phó Bí thư",
        signer_name="Trần  Thị Bình",
    )
    assert number == "Số 15-BC/ĐU"
    assert signature[:2] == ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"]
    assert signature[-1] == "Trần Thị Bình"
    assert signature[2:-1] == ["", "", "", ""]  # the space to sign in
    with session_scope(office_db) as session:
        assert load_signer(session=session).title == "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ"
        org = load_org(session=session)
    assert (org.sign_on_behalf, org.signer_title, org.signer_name) == (
        "T/M BAN THƯỜNG VỤ",
        "PHÓ BÍ THƯ",
        "Trần Thị Bình",
    )
    # Next time: the same signer without typing it; the number is the report's own.
    number, signature = _word(office_db)
    assert number == "Số      -BC/ĐU"  # the blank offices fill in by hand, never «Số -BC/ĐU»
    assert signature[0] == "T/M BAN THƯỜNG VỤ" and signature[-1] == "Trần Thị Bình"
    number, signature = _word(office_db, number="Số 07-bc/đu", signer_name="Lê Văn Cường")
    assert number == "Số 07-BC/ĐU"
    assert signature[:2] == ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"]  # the title kept
    assert signature[-1] == "Lê Văn Cường"


def test_a_word_report_asks_for_a_signer_once(office_db: Engine) -> None:
    with pytest.raises(UserError, match="cần họ tên người ký") as refused:
        _render(office_db, "docx")
    assert refused.value.field == "signer_name"
    assert _render(office_db, "md")  # a text for chat has no signature: nothing asked
    with session_scope(office_db) as session:
        assert load_signer(session=session).name == ""
        assert load_signer(session=session).title == "T/M ĐẢNG ỦY / BÍ THƯ"  # the default


def test_a_number_that_does_not_read_is_refused_in_its_field(office_db: Engine) -> None:
    with pytest.raises(UserError, match="Số báo cáo «mười lăm» không đọc được") as refused:
        _render(office_db, "docx", number="mười lăm", signer_name="Nguyễn Văn An")
    assert refused.value.field == "number"
    with session_scope(office_db) as session:  # nothing remembered from a refused export
        assert load_signer(session=session).name == ""


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("15", "15-BC/ĐU"),
        (" 15 ", "15-BC/ĐU"),
        ("Số 15", "15-BC/ĐU"),
        ("15-BC/ĐU", "15-BC/ĐU"),
        ("số 15 - bc/đu", "15-BC/ĐU"),
        ("03-BC/BTV", "03-BC/BTV"),  # another body's symbol, kept
        ("", ""),
    ],
)
def test_report_numbers_as_clerks_type_them(typed: str, number: str) -> None:
    assert report_number(typed) == number


@pytest.mark.parametrize("typed", ["BC/ĐU", "15/BC", "số", "15 16"])
def test_report_numbers_that_do_not_read(typed: str) -> None:
    with pytest.raises(UserError):
        report_number(typed)


def test_signature_lines_keep_the_authority_marks_whole() -> None:
    assert title_lines("T/M Đảng ủy/Bí thư") == ["T/M ĐẢNG ỦY", "BÍ THƯ"]
    assert title_lines("T/M BAN THƯỜNG VỤ / K/T BÍ THƯ / PHÓ BÍ THƯ") == [
        "T/M BAN THƯỜNG VỤ",
        "K/T BÍ THƯ",
        "PHÓ BÍ THƯ",
    ]
    assert title_lines("t / l Ban Thường vụ") == ["T/L BAN THƯỜNG VỤ"]
    assert title_lines("  ") == []
