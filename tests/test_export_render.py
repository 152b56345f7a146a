"""The four export formats of a summary, rendered from a Summary built by hand.

Each produced file is opened with its own library (python-docx, openpyxl, icalendar);
the chat text is compared with an expected document typed by hand.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import docx
import openpyxl
import pytest
from icalendar import Calendar

from secretariat.org import OrgIdentity
from secretariat.reports.formats import FORMATS, default_name, render, write_export
from secretariat.reports.summary_records import (
    AssignmentItem,
    CompletedItem,
    DeadlineItem,
    DueItem,
    ExtensionItem,
    MeetingItem,
    OverdueItem,
    Period,
    Scope,
    StatusCounts,
    Summary,
    UnitLine,
)

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).parent / "fixtures" / "summary_expected.txt"

TDP05 = "Chi bộ Tổ dân phố số 05"
TDP07 = "Chi bộ Tổ dân phố số 07"
DONG_HAI = "Chi bộ Khu dân cư Đông Hải"
SCHOOL = "Chi bộ Trường Trung học cơ sở Lê Ích Mộc và Trường Tiểu học"
PRIMARY = "Chi bộ Trường Tiểu học Lê Ích Mộc"
OFFICE = "Văn phòng Đảng ủy"

TASK_101 = "Báo cáo sơ kết 3 năm thực hiện Chỉ thị 35-CT/TW về công tác tôn giáo"
TASK_102 = "Rà soát, cập nhật danh sách đảng viên miễn sinh hoạt"
TASK_103 = "Nộp báo cáo kết quả thu, nộp đảng phí năm 2026"
TASK_104 = "Chuẩn bị nội dung Hội nghị Ban Chấp hành Đảng bộ tháng 12/2026"
TASK_105 = "Báo cáo tình hình an ninh trật tự tháng 11/2026"
TASK_106 = "Tổng hợp ý kiến góp ý dự thảo văn kiện"
TASK_107 = "Kiểm tra việc lập hồ sơ đảng viên mới"
TASK_108 = "Xây dựng kế hoạch kiểm tra, giám sát năm 2027"


def _summary() -> Summary:
    """Thursday 26/11/2026, the week 23-29/11/2026, the whole Đảng bộ."""
    return Summary(
        made_on=date(2026, 11, 26),
        period=Period(
            start=date(2026, 11, 23),
            end=date(2026, 11, 29),
            name="week",
            label="tuần từ 23/11/2026 đến 29/11/2026",
        ),
        scope=Scope(kind="all", key="", label="toàn Đảng bộ phường"),
        org=OrgIdentity(signer_name="Nguyễn Văn An"),
        include_confidential=False,
        has_confidential=False,
        counts=StatusCounts(
            total=24,
            done_on_time=9,
            done_late=3,
            overdue=4,
            due_soon=3,
            on_track=4,
            ongoing=1,
            no_deadline=0,
        ),
        overdue=[
            OverdueItem(101, TASK_101, "604-TB/VPTU", date(2026, 11, 16), 10, (TDP05, TDP07)),
            OverdueItem(102, TASK_102, "12-KH/ĐU", date(2026, 11, 20), 6, (DONG_HAI,)),
        ],
        due_soon=[
            DueItem(
                103,
                TASK_103,
                "45-CV/ĐU",
                date(2026, 11, 30),
                "còn 2 ngày làm việc (4 ngày)",
                (TDP05, PRIMARY, DONG_HAI),
            ),
            DueItem(104, TASK_104, "", date(2026, 11, 26), "đến hạn hôm nay", (OFFICE,)),
        ],
        completed=[
            CompletedItem(
                105,
                TASK_105,
                "Chi bộ Công an phường",
                date(2026, 11, 25),
                date(2026, 11, 24),
                False,
                "18-BC/CB",
            ),
            CompletedItem(106, TASK_106, TDP07, date(2026, 11, 27), date(2026, 11, 23), False),
            CompletedItem(107, TASK_107, DONG_HAI, date(2026, 11, 18), date(2026, 11, 25), True),
        ],
        extensions=[
            ExtensionItem(
                108,
                TASK_108,
                TDP07,
                date(2026, 11, 25),
                date(2026, 12, 10),
                "chờ hướng dẫn của Ủy ban Kiểm tra Thành ủy",
                "Nguyễn Văn An (Bí thư Đảng ủy)",
                date(2026, 11, 24),
            )
        ],
        meetings_held=[
            MeetingItem(
                7,
                datetime(2026, 11, 23, 8, 0),
                "Hội nghị Ban Thường vụ",
                "Hội nghị Ban Thường vụ Đảng ủy tháng 11/2026",
                "Hội trường Đảng ủy phường",
            )
        ],
        meetings_upcoming=[
            MeetingItem(
                8,
                datetime(2026, 12, 3, 14, 0),
                "Hội nghị Ban Chấp hành Đảng bộ",
                "Thường kỳ tháng 12/2026",
                "Hội trường Đảng ủy phường",
            )
        ],
        units=[
            UnitLine(1, "TDP05", TDP05, 6, 2, 1, 2),
            UnitLine(2, "TDP07", TDP07, 5, 3, 0, 1),
            UnitLine(3, "KDCDH", DONG_HAI, 4, 1, 1, 1),
            UnitLine(4, "THCS", SCHOOL, 3, 0, 0, 0),
        ],
        assignments=[
            AssignmentItem(
                1,
                101,
                TASK_101,
                "604-TB/VPTU",
                TDP05,
                "TDP05",
                "Chủ trì",
                date(2026, 11, 16),
                date(2026, 11, 16),
                None,
                "Quá hạn 10 ngày",
            ),
            AssignmentItem(
                2,
                101,
                TASK_101,
                "604-TB/VPTU",
                TDP07,
                "TDP07",
                "Phối hợp",
                date(2026, 11, 16),
                date(2026, 11, 16),
                None,
                "Quá hạn 10 ngày",
            ),
            AssignmentItem(
                3,
                103,
                TASK_103,
                "45-CV/ĐU",
                TDP05,
                "TDP05",
                "Chủ trì",
                date(2026, 11, 30),
                date(2026, 11, 30),
                None,
                "Còn 2 ngày làm việc",
            ),
            AssignmentItem(
                4,
                106,
                TASK_106,
                "",
                TDP07,
                "TDP07",
                "Chủ trì",
                date(2026, 11, 27),
                date(2026, 11, 27),
                date(2026, 11, 23),
                "Đã xong đúng hạn",
            ),
            AssignmentItem(
                5,
                107,
                TASK_107,
                "",
                DONG_HAI,
                "KDCDH",
                "Chủ trì",
                date(2026, 11, 18),
                date(2026, 11, 18),
                date(2026, 11, 25),
                "Đã xong trễ hạn",
            ),
            AssignmentItem(
                6,
                108,
                TASK_108,
                "",
                TDP07,
                "TDP07",
                "Chủ trì",
                date(2026, 12, 10),
                date(2026, 11, 25),
                None,
                "Còn 10 ngày làm việc",
            ),
        ],
        deadlines=[
            DeadlineItem(
                "task-101@secretariat.le-ich-moc",
                101,
                TASK_101,
                "604-TB/VPTU",
                date(2026, 11, 16),
                (TDP05, TDP07),
                3,
            ),
            DeadlineItem(
                "task-103@secretariat.le-ich-moc",
                103,
                TASK_103,
                "45-CV/ĐU",
                date(2026, 11, 30),
                (TDP05, PRIMARY, DONG_HAI),
                1,
            ),
        ],
        reminder_days=3,
    )


def _confidential() -> Summary:
    """The same week with a mật task included (the second overdue one)."""
    summary = _summary()
    overdue = [summary.overdue[0], replace(summary.overdue[1], confidential=True)]
    deadlines = [summary.deadlines[0], replace(summary.deadlines[1], confidential=True)]
    assignments = [*summary.assignments[:-1], replace(summary.assignments[-1], confidential=True)]
    return replace(
        summary,
        include_confidential=True,
        has_confidential=True,
        overdue=overdue,
        deadlines=deadlines,
        assignments=assignments,
    )


def _empty() -> Summary:
    summary = _summary()
    return Summary(
        made_on=summary.made_on,
        period=summary.period,
        scope=Scope("unit", "TDP09", "Chi bộ Tổ dân phố số 09"),
        org=summary.org,
        include_confidential=False,
        has_confidential=False,
        counts=StatusCounts(),
    )


# --- Text ---------------------------------------------------------------------------------


def test_text_equals_the_expected_document() -> None:
    text = render(_summary(), "md").decode("utf-8")
    assert text == FIXTURE.read_text(encoding="utf-8")


@pytest.mark.parametrize("make", [_summary, _confidential, _empty])
def test_text_lines_fit_80_columns(make) -> None:
    text = render(make(), "md").decode("utf-8")
    assert text.endswith("\n")
    for line in text.splitlines():
        assert len(line) <= 80, line
        assert line == line.rstrip(), line


def test_text_with_confidential_items_starts_with_the_warning() -> None:
    lines = render(_confidential(), "md").decode("utf-8").splitlines()
    assert lines[0].startswith("⚠ CÓ NỘI DUNG MẬT")
    assert "không chuyển tiếp" in lines[0]
    assert lines[1].startswith("BÁO CÁO TIẾN ĐỘ NHIỆM VỤ")
    assert f"- [MẬT] {TASK_102} (12-KH/ĐU)" in lines
    plain = render(_summary(), "md").decode("utf-8")
    assert "MẬT" not in plain


def test_text_of_an_empty_summary_says_so_in_every_section() -> None:
    text = render(_empty(), "md").decode("utf-8")
    assert "Phạm vi: Chi bộ Tổ dân phố số 09" in text
    assert (
        "Tổng 0 việc giao: hoàn thành đúng hạn 0; hoàn thành quá hạn 0;\n"
        "chưa hoàn thành – quá hạn 0; chưa hoàn thành – trong hạn 0." in text
    )
    for heading in (
        "QUÁ HẠN",
        "SẮP ĐẾN HẠN — HÔM NAY VÀ 7 NGÀY TỚI",
        "ĐÃ HOÀN THÀNH TRONG KỲ",
        "GIA HẠN TRONG KỲ",
        "HỘI NGHỊ ĐÃ HỌP",
        "HỘI NGHỊ SẮP TỚI",
        "THEO ĐƠN VỊ",
    ):
        assert f"\n{heading}\n(không có)\n" in text


# --- Word ---------------------------------------------------------------------------------


def _document(summary: Summary) -> docx.document.Document:
    import io

    return docx.Document(io.BytesIO(render(summary, "docx")))


def _rows(table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def _table_with(document, header: str):
    for table in document.tables:
        if table.rows[0].cells[0].text == "TT" and header in [c.text for c in table.rows[0].cells]:
            return table
    raise AssertionError(f"no table with column {header!r}")


def test_docx_is_a_party_report() -> None:
    document = _document(_summary())
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)  # A4
    assert round(section.left_margin.mm) == 30
    normal = document.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert normal.font.size.pt == 14
    fonts = normal.element.rPr.rFonts
    assert fonts.get(docx.oxml.ns.qn("w:eastAsia")) == "Times New Roman"

    header = document.tables[0]
    left, right = (cell.text.split("\n") for cell in header.rows[0].cells)
    assert left == [
        "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG",
        "ĐẢNG ỦY PHƯỜNG LÊ ÍCH MỘC",
        "*",
        "Số      -BC/ĐU",  # left blank for the office to number
    ]
    assert right[0] == "ĐẢNG CỘNG SẢN VIỆT NAM"
    assert right[-1] == "Lê Ích Mộc, ngày 26 tháng 11 năm 2026"
    date_run = header.rows[0].cells[1].paragraphs[-1].runs[0]
    assert date_run.italic
    nation_run = header.rows[0].cells[1].paragraphs[0].runs[0]
    assert nation_run.bold and nation_run.underline
    assert header.rows[0].cells[0].paragraphs[1].runs[0].bold

    assert document.element.body[0].tag == docx.oxml.ns.qn("w:tbl")  # the header comes first
    texts = [p.text for p in document.paragraphs]
    assert "MẬT — Tài liệu có nội dung mật" not in texts
    title = texts.index("BÁO CÁO")
    assert texts[title + 1] == (
        "kết quả thực hiện nhiệm vụ tuần từ 23/11/2026 đến 29/11/2026, toàn Đảng bộ phường"
    )
    for heading in (
        "I. TÌNH HÌNH CHUNG",
        "II. VIỆC QUÁ HẠN",
        "III. VIỆC SẮP ĐẾN HẠN (HÔM NAY VÀ 7 NGÀY TỚI)",
        "IV. KẾT QUẢ TRONG KỲ",
        "V. HỘI NGHỊ",
        "VI. KẾT QUẢ THEO ĐƠN VỊ",
    ):
        assert heading in texts
    body = "\n".join(texts)
    assert (
        "có 24 việc giao cho các đơn vị: hoàn thành đúng hạn 9; hoàn thành quá hạn 3; "
        "chưa hoàn thành – quá hạn 4; chưa hoàn thành – trong hạn 8 (trong đó sắp đến hạn 3"
    ) in body
    assert "gia hạn từ 25/11/2026 đến 10/12/2026" in body
    assert "08 giờ 00, Thứ Hai, ngày 23/11/2026, tại Hội trường Đảng ủy phường" in body

    overdue = _rows(_table_with(document, "Quá hạn"))
    assert overdue[0] == ["TT", "Nhiệm vụ", "Văn bản", "Hạn", "Quá hạn", "Đơn vị chưa xong"]
    units_owing = "Chi bộ Tổ dân phố số 05, 07"  # the units' numbers, as a range would
    assert overdue[1] == ["1", TASK_101, "604-TB/VPTU", "16/11/2026", "10 ngày", units_owing]
    assert overdue[2] == ["2", TASK_102, "12-KH/ĐU", "20/11/2026", "6 ngày", DONG_HAI]
    due = _rows(_table_with(document, "Còn lại"))
    assert due[1][1] == TASK_103 and due[1][4] == "còn 2 ngày làm việc (4 ngày)"
    completed = _rows(_table_with(document, "Ngày xong"))
    assert completed[3] == [
        "3",
        TASK_107,
        DONG_HAI,
        "18/11/2026",
        "25/11/2026",
        "Hoàn thành quá hạn 7 ngày",
    ]

    units_table = _table_with(document, "Tỷ lệ đúng hạn")
    units = _rows(units_table)
    assert units[0] == [
        "TT",
        "Đơn vị",
        "Giao",
        "Hoàn thành đúng hạn",
        "Hoàn thành quá hạn",
        "Chưa hoàn thành – quá hạn",
        "Tỷ lệ đúng hạn",
    ]
    assert units[1] == ["1", TDP05, "6", "2", "1", "2", "40%"]
    assert units[3] == ["3", DONG_HAI, "4", "1", "1", "1", "33%"]
    assert units[4] == ["4", SCHOOL, "3", "0", "0", "0", "—"]
    assert units[5] == ["", "Cộng", "18", "6", "2", "4", "50%"]
    header_row = units_table.rows[0]._tr
    assert header_row.trPr is not None
    assert header_row.trPr.find(docx.oxml.ns.qn("w:tblHeader")) is not None
    assert units_table.style.name == "Table Grid"

    closing = document.tables[-1]
    recipients, signature = (cell.text.split("\n") for cell in closing.rows[0].cells)
    assert recipients == [
        "Nơi nhận:",
        "- Ban Thường vụ Thành ủy (để b/c),",
        "- Lưu Văn phòng Đảng ủy.",
    ]
    assert signature[:2] == ["T/M ĐẢNG ỦY", "BÍ THƯ"]
    assert signature[-1] == "Nguyễn Văn An"


def test_docx_with_confidential_items_opens_with_the_mat_line() -> None:
    document = _document(_confidential())
    body = document.element.body
    first = body[0]
    assert first.tag == docx.oxml.ns.qn("w:p")  # before the header table
    assert document.paragraphs[0].text == "MẬT — Tài liệu có nội dung mật"
    assert document.paragraphs[0].runs[0].bold
    overdue = _rows(_table_with(document, "Quá hạn"))
    assert overdue[2][1] == f"[MẬT] {TASK_102}"


def test_docx_of_an_empty_summary_says_none() -> None:
    texts = [p.text for p in _document(_empty()).paragraphs]
    assert "Không có việc quá hạn." in texts
    assert "Không có việc sắp đến hạn." in texts
    assert "Chưa có hội nghị sắp tới." in texts


# --- Spreadsheet --------------------------------------------------------------------------


def _workbook(summary: Summary) -> openpyxl.Workbook:
    import io

    return openpyxl.load_workbook(io.BytesIO(render(summary, "xlsx")))


def test_xlsx_matrix_and_list() -> None:
    workbook = _workbook(_summary())
    assert workbook.sheetnames == ["Toàn Đảng bộ phường", "Danh sách"]
    matrix = workbook["Toàn Đảng bộ phường"]
    assert matrix.freeze_panes == "B2"
    assert matrix.auto_filter.ref == "A1:F5"
    assert [c.value for c in matrix["A"]] == ["Đơn vị", TDP05, TDP07, DONG_HAI, SCHOOL]
    headers = [c.value for c in matrix[1]][1:]
    assert headers[0] == "Báo cáo sơ kết 3 năm thực hiện Chỉ thị 35-CT/TW…\nHạn 16/11/2026"
    assert headers[1] == f"{TASK_103}\nHạn 30/11/2026"
    assert headers[4] == f"{TASK_108}\nHạn 25/11/2026"  # the task's own date

    def cell(unit_row: int, task_column: str):
        return matrix[f"{task_column}{unit_row}"]

    overdue = cell(2, "B")  # TDP05 × task 101
    assert overdue.value == "Quá hạn 10 ngày, hạn 16/11/2026"
    assert overdue.fill.start_color.rgb.endswith("FFC7CE")
    soon = cell(2, "C")  # TDP05 × task 103
    assert soon.value == "Còn 2 ngày làm việc, hạn 30/11/2026"
    assert soon.fill.start_color.rgb.endswith("FFEB9C")
    done = cell(3, "D")  # TDP07 × task 106
    assert done.value == "Hoàn thành đúng hạn 23/11/2026"
    assert done.fill.start_color.rgb.endswith("C6EFCE")
    assert cell(4, "E").value == "Hoàn thành quá hạn 25/11/2026"  # Đông Hải × task 107
    assert cell(3, "F").value == "Còn 10 ngày làm việc, hạn 10/12/2026"  # extended
    assert cell(3, "F").fill.fill_type is None
    not_assigned = cell(4, "B")  # Đông Hải × task 101
    assert not_assigned.value is None
    assert not_assigned.fill.start_color.rgb.endswith("D9D9D9")

    listing = workbook["Danh sách"]
    assert listing.freeze_panes == "B2"
    assert listing.auto_filter.ref == "A1:H7"
    rows = list(listing.iter_rows(values_only=True))
    assert rows[0] == (
        "Nhiệm vụ",
        "Văn bản",
        "Đơn vị",
        "Vai trò",
        "Hạn gốc",
        "Hạn hiện tại",
        "Ngày xong",
        "Tình trạng",
    )
    assert rows[2][:4] == (TASK_101, "604-TB/VPTU", TDP07, "Phối hợp")
    assert rows[6] == (
        TASK_108,
        None,
        TDP07,
        "Chủ trì",
        datetime(2026, 11, 25),
        datetime(2026, 12, 10),
        None,
        "Còn 10 ngày làm việc",
    )
    assert rows[4][6] == datetime(2026, 11, 23)
    assert listing["E2"].number_format == "DD/MM/YYYY"
    assert listing["E2"].is_date

    assert workbook.properties.created == datetime(2026, 11, 26)
    assert workbook.properties.modified == datetime(2026, 11, 26)


def test_xlsx_with_confidential_items_opens_on_the_mat_sheet() -> None:
    workbook = _workbook(_confidential())
    assert workbook.sheetnames == ["MẬT", "Toàn Đảng bộ phường", "Danh sách"]
    assert workbook.active.title == "MẬT"
    assert workbook["MẬT"]["A1"].value.startswith("⚠ CÓ NỘI DUNG MẬT")
    assert workbook["Danh sách"]["A7"].value == f"[MẬT] {TASK_108}"
    assert workbook["Toàn Đảng bộ phường"]["F1"].value.startswith("[MẬT] ")
    assert workbook["Toàn Đảng bộ phường"].freeze_panes == "B2"


def test_xlsx_sheet_names_are_valid() -> None:
    from secretariat.reports.formats.spreadsheet import sheet_title

    name = sheet_title("Văn bản 604-TB/VPTU: [kế hoạch]* của Ban Thường vụ Thành ủy")
    assert len(name) <= 31
    assert not set("[]:*?/\\") & set(name)
    assert sheet_title("Danh sách", ["Danh sách"]) == "Danh sách (2)"


# --- Calendar -----------------------------------------------------------------------------


def test_ics_one_all_day_event_per_deadline() -> None:
    data = render(_summary(), "ics")
    calendar = Calendar.from_ical(data)
    assert str(calendar["PRODID"]) == "-//Secretariat//Van phong Dang uy//VI"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["X-WR-CALNAME"]) == "Hạn nhiệm vụ — toàn Đảng bộ phường"
    events = list(calendar.walk("VEVENT"))
    assert [str(e["UID"]) for e in events] == [
        "task-101@secretariat.le-ich-moc",
        "task-103@secretariat.le-ich-moc",
    ]
    first, second = events
    assert first.decoded("DTSTART") == date(2026, 11, 16)
    assert first.decoded("DTEND") == date(2026, 11, 17)
    assert b"DTSTART;VALUE=DATE:20261116" in data
    assert second.decoded("DTSTART") == date(2026, 11, 30)
    assert int(first["SEQUENCE"]) == 3 and int(second["SEQUENCE"]) == 1
    assert str(first["SUMMARY"]) == f"Hạn: {TASK_101}"
    assert "Chưa xong: Chi bộ Tổ dân phố số 05, 07" in str(first["DESCRIPTION"])
    assert "604-TB/VPTU" in str(first["DESCRIPTION"])
    assert first.decoded("DTSTAMP").date() == date(2026, 11, 26)
    alarms = list(first.walk("VALARM"))
    assert len(alarms) == 1
    assert str(alarms[0]["ACTION"]) == "DISPLAY"
    assert alarms[0].decoded("TRIGGER") == timedelta(days=-3)
    assert b"TRIGGER:-P3D" in data


def test_ics_is_the_same_twice_and_marks_confidential() -> None:
    assert render(_summary(), "ics") == render(_summary(), "ics")
    calendar = Calendar.from_ical(render(_confidential(), "ics"))
    assert str(calendar["X-WR-CALDESC"]).startswith("⚠ CÓ NỘI DUNG MẬT")
    events = list(calendar.walk("VEVENT"))
    assert str(events[0]["SUMMARY"]) == f"Hạn: {TASK_101}"
    assert str(events[1]["SUMMARY"]) == f"Hạn: [MẬT] {TASK_103}"
    assert [str(e["UID"]) for e in events] == [d.uid for d in _summary().deadlines]


def test_ics_says_when_an_events_date_is_a_gia_han() -> None:
    summary = _summary()
    moved = replace(
        summary.deadlines[1],
        uid="task-103-20261207@secretariat.le-ich-moc",
        due=date(2026, 12, 7),
        units=(DONG_HAI,),
        task_due=date(2026, 11, 30),
    )
    own = replace(summary.deadlines[1], task_due=date(2026, 11, 30))
    calendar = Calendar.from_ical(render(replace(summary, deadlines=[own, moved]), "ics"))
    first, second = (str(e["DESCRIPTION"]).splitlines() for e in calendar.walk("VEVENT"))
    assert "Hạn: 30/11/2026" in first
    assert "Hạn: 07/12/2026 (đã gia hạn; hạn của nhiệm vụ: 30/11/2026)" in second
    assert f"Chưa xong: {DONG_HAI}" in second


# --- Files --------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_is_byte_identical_twice(fmt: str) -> None:
    assert render(_summary(), fmt) == render(_summary(), fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_write_export_is_atomic_and_private(tmp_path: Path, fmt: str) -> None:
    summary = _summary()
    folder = tmp_path / "xuat" / "tuan"
    path = write_export(summary, fmt, folder / default_name(summary, fmt))
    assert path.name == f"bao-cao-tuan-2026-11-23-toan-bo.{fmt}"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert path.read_bytes() == render(summary, fmt)
    assert os.listdir(folder) == [path.name]  # no temporary file left behind
    write_export(summary, fmt, path)  # over an existing file: replaced, still alone
    assert os.listdir(folder) == [path.name]


def test_default_names_are_ascii() -> None:
    summary = _summary()
    unit = replace(summary, scope=Scope("unit", "TDP05", "Chi bộ Tổ dân phố số 05"))
    assert default_name(unit, "xlsx") == "bao-cao-tuan-2026-11-23-chi-bo-to-dan-pho-so-05.xlsx"
    directive = replace(
        summary,
        scope=Scope("directive", "3", "Văn bản 604-TB/VPTU"),
        period=Period(date(2026, 11, 1), date(2026, 11, 30), "range", "từ 01/11 đến 30/11/2026"),
    )
    name = default_name(directive, "ics")
    assert name == "bao-cao-2026-11-01-den-2026-11-30-van-ban-604-tb-vptu.ics"
    assert name.isascii() and " " not in name
    with pytest.raises(ValueError):
        default_name(summary, "pdf")
    with pytest.raises(ValueError):
        render(summary, "pdf")


def test_importing_the_package_stays_light() -> None:
    code = (
        "import sys\n"
        "import secretariat.reports.formats\n"
        "heavy = {'textual', 'docx', 'openpyxl', 'icalendar'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


@pytest.mark.parametrize("fmt", ["docx", "xlsx"])
def test_zip_entries_carry_the_summary_day_not_the_clock(fmt: str) -> None:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(render(_summary(), fmt))) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2026, 11, 26, 0, 0, 0)}
